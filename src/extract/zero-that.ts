// A verb of stance whose clause has no "that" (issue 7, stance constructions): "Armenia and Azerbaijan agreed the
// border commissions would meet in March", "The two agreed their teams would begin negotiations", "Baku hopes
// Yerevan will sign". News drops the complementiser as often as it keeps it; cues.json lists the "VERB that" form
// ("agreed that", "insisted that", "hopes that"), so the same verb before a clause of its own — a subject, then a
// modal within a few words — is that cue, with the same type. Nothing is added for a verb the lexicon has no
// "that" form of, and nouns ("position that", "suggestion that") are left alone.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { CueEntry } from '../lexicon/vocab.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export interface ZeroThatHit { trigger: Trigger; detail: string }

export const zeroThat = defineRule({
  id: 'candidate/zero-that', stage: 'candidate',
  reason: '"The two agreed their teams would begin negotiations", "Kosovo and Serbia agreed the commission should meet in May": a cue verb listed with "that" (cues.json) also takes a clause without it. The clause must open right after the verb with a subject (a party, a pronoun, or one of \'openers\' and at most three words) and reach one of \'modals\' before any punctuation, "that" or "to"; the verb must not follow an article or a form of "be" ("the agreed plan", "it was agreed the …").',
});

/** "agreed" → the cue listing "agreed that" (non-nominal cues only), built once per cue list. */
const tables = new WeakMap<object, Map<string, CueEntry>>();
function thatVerbs(doc: Doc): Map<string, CueEntry> {
  const cues = doc.index.vocab.cues;
  let m = tables.get(cues);
  if (!m) {
    m = new Map();
    for (const c of cues) {
      if (c.nominal) continue;
      for (const p of c.phrases) {
        const w = p.toLowerCase().split(' ');
        if (w.length === 2 && w[1] === 'that' && !m.has(w[0])) m.set(w[0], c);
      }
    }
    tables.set(cues, m);
  }
  return m;
}

export function zeroThatCandidates(doc: Doc, s: Sentence, raw: Trigger[]): ZeroThatHit[] {
  const { tokens } = doc;
  const verbs = thatVerbs(doc);
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return [];
  const w = (list: string) => doc.index.words(zeroThat.id, list);
  let out: ZeroThatHit[] | undefined;
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    const cue = verbs.get(tokens[i].lower);
    if (!cue || raw.some((r) => r.start <= i && i < r.end)) continue;
    const before = tokens[i - 1].lower;
    if (w('notAfter').has(before)) continue;
    // The clause's subject: a party or pronoun right after the verb, or an opener and up to three words.
    const next = tokens[i + 1];
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    const party = actors.find((a) => a.start === i + 1 && !a.possessive && a.codes.length);
    let j: number;
    if (party) j = party.end;
    else if (w('pronouns').has(next.lower)) j = i + 2;
    else if (w('openers').has(next.lower)) j = i + 2;
    else continue;
    const modals = w('modals');
    let found = -1;
    for (let k = j; k < Math.min(s.tEnd, j + 4); k++) {
      const x = tokens[k];
      if (modals.has(x.lower)) { found = k; break; }
      if (!x.word || x.lower === 'that' || x.lower === 'to') break;
    }
    if (found < 0) continue;
    (out ??= []).push({
      trigger: { start: i, end: i + 1, type: cue.type, cue, rule: `cue:${cue.id}`, negated: false, nominal: false, complement: !!cue.complement, modal: !!cue.modal, object: 'after', needsIssue: cue.needsIssue, modality: 'asserted', defaultIssue: cue.defaultIssue, exchange: false },
      detail: `${tokens[i].lower} (that) … ${tokens[found].lower}: ${cue.id}`,
    });
  }
  return out ?? [];
}
