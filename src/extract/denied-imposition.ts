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

export interface ImpositionHit { trigger: Trigger; detail: string }

export const deniedImposition = defineRule({
  id: 'candidate/denied-imposition', stage: 'candidate',
  reason: 'Denying a party the power to impose ("cannot dictate", "can in no way dictate", "is not in a position to dictate", "has no right to impose", "cannot set conditions", "has no veto over", "no say over") refuses what it would impose; the speaker holds the refusal, like a deontic. The issue is what follows, else the talks when terms are dictated or imposed ("dictate", "set conditions", "impose terms"), else \'other\'. Only with a negation before the verb ("Russia dictated the terms" reports a fact) and a speaker to hold it.',
});

function reject(start: number, end: number, defaultIssue: string): Trigger {
  return { start, end, type: 'REJECT', cue: null, rule: 'denied-imposition', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false, defaultIssue };
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
      out.push({ trigger: reject(i - 1, i + 2, 'other'), detail: `no ${x} ${lower(i + 1)}` });
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
