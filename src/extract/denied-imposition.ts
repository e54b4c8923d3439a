// Refusals by denying another party the power to impose (issue 7, "refusals by impossibility"): "He can in no way
// dictate to Ukraine what it must do to establish peace", "Putin was 'not in a position to dictate' the terms of
// peace", "Moscow has no veto over where allied trainers deploy", "Baku has no right to decide for Yerevan". The
// speaker refuses what the other party would impose: a REJECT held like a deontic by the sentence's or the
// quote's speaker (never the subject, who is denied the power), about what the verb's object names, else the
// terms of the talks. Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass } from '../annotate/word-classes.js';

export interface ImpositionHit { trigger: Trigger; detail: string; rule?: string }

export const deniedImposition = defineRule({
  id: 'candidate/denied-imposition', stage: 'candidate',
  reason: 'Denying a party the power to impose ("cannot dictate", "can in no way dictate", "is not in a position to dictate", "has no right to impose", "cannot set conditions", "has no veto over", "no say over") refuses what it would impose; the speaker holds the refusal, like a deontic. The issue is what follows, else the talks when terms are dictated or imposed ("dictate", "set conditions", "impose terms"), else \'other\'. Only with a negation before the verb ("Russia dictated the terms" reports a fact) and a speaker to hold it.',
});

function reject(start: number, end: number, defaultIssue: string): Trigger {
  return { start, end, type: 'REJECT', cue: null, rule: 'denied-imposition', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false, defaultIssue };
}

export const deniedVeto = defineRule({
  id: 'candidate/denied-veto', stage: 'candidate',
  reason: 'Denying a party a veto or a say by a negated verb of holding or granting it ("Russia could not have a veto over Ukraine\'s path to NATO", "Belgrade cannot be allowed a veto over Kosovo\'s membership", "Moscow must not be given a say in Armenia\'s alliances", "the allies will never give Baku a veto on Yerevan\'s borders") refuses the other side\'s claim to decide: the speaker\'s REJECT on what follows the preposition, as "has no veto over" (candidate/denied-imposition), not the DEMAND of the modal. The noun (\'nouns\') before one of \'nounPreps\', after at most a determiner (\'determiners\') and a party or pronoun, a verb of holding or granting (\'holdingVerbs\') at most three words before it, and the verb\'s own negation (\'negations\': "not", "never", not a subject\'s "no") at most four words before it, all in one clause. "Russia wants a veto over NATO\'s expansion" (no negation) and "Hungary could veto the package" (a verb, not the noun) are no refusal.',
  needs: [{ list: 'nouns', rule: 'candidate/denied-imposition' }],
});

/**
 * Where the negation of a verb of holding or granting the power at `noun` stands ("could NOT have a veto over",
 * "cannot be allowed a veto", "will NEVER give Moscow a veto"), or -1: the verb at most three words before the noun
 * (past a determiner and a party), the negation at most four words before the verb, with no punctuation between.
 */
function negatedHolding(doc: Doc, s: Sentence, noun: number): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(deniedVeto.id, list);
  const holding = w('holdingVerbs'), determiners = w('determiners'), negations = w('negations');
  const plain = (k: number) => k >= s.tStart && tokens[k].word;
  let k = noun - 1;
  if (plain(k) && determiners.has(tokens[k].lower)) k--;
  let verb = -1;
  for (let j = k; j >= Math.max(s.tStart, k - 2); j--) {
    if (!plain(j)) break;
    if (holding.has(tokens[j].lower)) { verb = j; break; }
  }
  if (verb < 0) return -1;
  for (let j = verb - 1; j >= Math.max(s.tStart, verb - 4); j--) {
    const t = tokens[j];
    // (The verb's own negation, not a subject's "no": "no third country would have a veto" is a plan's provision.)
    if (negations.has(t.lower)) return j;
    if (!t.word) break;
  }
  return -1;
}

/** The verbs and nouns of imposing, as a word class. */
const IMPOSING = defineWordClass('imposing', (index) => [...index.words(deniedImposition.id, 'verbs'), ...index.words(deniedImposition.id, 'nouns')]);

/** Candidates; a sentence with none of the verbs or nouns of imposing costs one bit test. */
export function deniedImpositionCandidates(doc: Doc, s: Sentence, raw: Trigger[]): ImpositionHit[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(deniedImposition.id, list);
  const verbs = w('verbs'), nouns = w('nouns');
  if ((s.classes & IMPOSING.bit) === 0) return [];
  const negations = w('negations'), before = w('verbOpeners'), nounPreps = w('nounPreps'), objects = w('verbObjects');
  const lower = (j: number) => tokens[j]?.lower ?? '';
  // (A negated modal's refusal over the same verb, "Russia cannot set conditions", is the subject's own refusal
  // in candidate/modal; denying it the power is the speaker's: this candidate replaces it.)
  const replaced = (j: number) => raw.findIndex((r) => r.start <= j && j < r.end && r.rule === 'modal-not' && verbs.has(tokens[r.end - 1]?.lower ?? ''));
  const taken = (j: number) => raw.some((r) => r.start <= j && j < r.end) && replaced(j) < 0;
  const out: ImpositionHit[] = [];
  for (let i = s.tStart; i < s.tEnd; i++) {
    const x = lower(i);
    if (taken(i)) continue;
    // "has no veto over …", "no say in …": the noun with "no" before it and its preposition after.
    if (nouns.has(x) && lower(i - 1) === 'no' && nounPreps.has(lower(i + 1))) {
      // (A modal right before, "Russia should have no veto over …", "could have no say in …", is no demand of its own:
      // the refusal replaces it, as for the negated verb below.)
      if (lower(i - 2) === 'have' || lower(i - 2) === 'get') for (let r = raw.length - 1; r >= 0; r--) if (raw[r].modal && raw[r].type === 'DEMAND' && raw[r].start >= Math.max(s.tStart, i - 4) && raw[r].start < i - 1) raw.splice(r, 1);
      out.push({ trigger: reject(i - 1, i + 2, 'other'), detail: `no ${x} ${lower(i + 1)}` });
      continue;
    }
    // "could not have a veto over …", "cannot be allowed a veto over …", "must not be given a say in …", "will never
    // give Moscow a veto on …": the power denied by a negated verb of holding or granting it (candidate/denied-veto).
    if (nouns.has(x) && nounPreps.has(lower(i + 1))) {
      const neg = negatedHolding(doc, s, i);
      if (neg >= 0) {
        // (The modal of the negation, "should not have a veto", is no demand of its own: this refusal replaces it.)
        for (let r = raw.length - 1; r >= 0; r--) if (raw[r].start >= Math.max(s.tStart, neg - 1) && raw[r].end <= i + 2) raw.splice(r, 1);
        out.push({ trigger: reject(neg, i + 2, 'other'), detail: `denied a ${x} ${lower(i + 1)}`, rule: deniedVeto.id });
      }
      continue;
    }
    // "cannot dictate", "can in no way dictate", "not in a position to dictate", "has no right to impose",
    // "cannot set conditions": a verb of imposing right after a modal, "to" or "way", with a negation in the
    // few words before it.
    if (!verbs.has(x) || !before.has(lower(i - 1))) continue;
    // ("set" imposes only with conditions or terms as its object: "cannot set a date" is a schedule.)
    const needsObject = objects.has(x);
    if (needsObject && !w('conditionNouns').has(lower(i + 1))) continue;
    let neg = -1;
    for (let k = i - 1; k >= Math.max(s.tStart, i - 6); k--) {
      if (negations.has(lower(k)) || (lower(k) === "n't")) { neg = k; break; }
      if (!tokens[k].word && tokens[k].text !== "'" && tokens[k].text !== '"') break;
    }
    if (neg < 0) continue;
    // Dictating, or imposing terms, is about the terms of the settlement (the talks); imposing anything else names
    // its own issue or none ('other').
    let terms = w('termsVerbs').has(x);
    for (let k = i + 1; k < Math.min(i + 5, s.tEnd) && !terms; k++) terms = w('conditionNouns').has(lower(k));
    const r = replaced(i);
    if (r >= 0) raw.splice(r, 1);
    out.push({ trigger: reject(neg, needsObject ? i + 2 : i + 1, terms ? 'talks' : 'other'), detail: `denied the power to ${x}` });
  }
  return out;
}

/** The party denied the power, right before the refusal (its subject): it never holds the refusal. */
export function deniedParty(doc: Doc, s: Sentence, t: Trigger): string[] | null {
  if (t.rule !== 'denied-imposition') return null;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let best: string[] | null = null;
  for (const m of actors) if (m.end <= t.start && t.start - m.end <= 6 && !m.object && m.codes.length) best = m.codes;
  return best;
}
