// A deadline set for another party's act (issue 7, "deadlines and ultimatums"): "Trump had given Kyiv until Thursday,
// the US Thanksgiving holiday, to respond", "set a deadline of Thursday for Kyiv to respond", "Thanksgiving was an
// appropriate deadline for Zelensky to accept the plan", "Trump's deadline for Russia to agree a ceasefire expires on
// Friday". A time limit put on what another party must do is a demand of that act by whoever sets it (spec §2 DEMAND),
// like "gave Putin 50 days to agree to a ceasefire" (the gap verb 'ultimatum', whose gap is a few words at most). This
// rule reads the two shapes that one cannot: a verb of giving, the party, then "until"/"till" and a time that may run
// on past commas ("until Thanksgiving, on Thursday, to accept the plan"); and the noun "deadline" with "for", a party
// and "to". An act with no issue of its own ("to respond", "to reply") answers the plan on the table: the talks.
// Word lists: lexicon/data/rules.json under the id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';

export const deadlineSet = defineRule({
  id: 'candidate/deadline-set', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: ['giveVerbs', 'nouns'] }],
  reason: 'A time limit set for another party\'s act demands the act (DEMAND, by whoever sets it): one of \'giveVerbs\', a party right after it, "until"/"till" and a time of up to ten words (commas allowed), then "to" and a verb ("had given Kyiv until Thursday, the US Thanksgiving holiday, to respond"); or one of \'nouns\' ("deadline"), up to eight words (of a time: "a deadline of Thursday, Thanksgiving Day,"), "for", a party and "to" ("an appropriate deadline for Zelensky to accept the plan"). The act\'s own words give the issue; "to respond" with none is about the talks. Not across "that", a negation or one of \'clauseVerbs\' (a clause of its own).',
});

/** DEMAND triggers of "gave Kyiv until Thursday to respond" and "a deadline for Kyiv to respond" in the sentence. */
export function deadlineCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(deadlineSet.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const giveVerbs = w('giveVerbs'), nouns = w('nouns'), clauseVerbs = w('clauseVerbs');
  // (Speed: every match has one of the verbs or nouns; most sentences have neither.)
  if (!doc.sentenceWords.has(s.index, giveVerbs) && !doc.sentenceWords.has(s.index, nouns)) return out;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  // The end of a party named at k (past "the"), or -1.
  const partyEnd = (k: number): number => {
    if (lower(k) === 'the') k++;
    const m = actors.find((a) => a.start === k && !a.possessive && a.codes.length > 0);
    if (!m) return -1;
    // (Past the rest of a title and name: "Ukrainian | President Volodymyr Zelensky".)
    let e = m.end;
    for (let n = 0; n < 5 && e < s.tEnd; n++) {
      const next = actors.find((a) => a.start === e && !a.possessive);
      if (next) e = next.end;
      else if (tokens[e].word && tokens[e].cap) e++;
      else break;
    }
    return e;
  };
  // The "to" of the act within `max` tokens from k, before anything that ends the time phrase, or -1.
  const toAfter = (k: number, max: number): number => {
    for (let j = k; j < Math.min(s.tEnd - 1, k + max); j++) {
      const x = lower(j);
      if (x === 'to') return tokens[j + 1]?.word ? j : -1;
      if (x === 'that' || x === 'not' || x === 'never' || x === ';' || x === 'if' || x === 'unless' || clauseVerbs.has(x)) return -1;
    }
    return -1;
  };
  const taken = (a: number, b: number) => raw.some((r) => r.start < b && r.end > a);
  for (let i = s.tStart; i < s.tEnd - 3; i++) {
    let to = -1, detail = '';
    if (giveVerbs.has(lower(i))) {
      // "the time given to Kyiv": a participle after an article or a copula is no act of giving.
      if (/^(?:a|an|the|was|were|is|are|been|be|being)$/.test(lower(i - 1))) continue;
      const p = partyEnd(i + 1);
      if (p < 0 || (lower(p) !== 'until' && lower(p) !== 'till')) continue;
      to = toAfter(p + 1, 11);
      detail = `${lower(i)} … until … to: a time limit for the act`;
    } else if (nouns.has(lower(i))) {
      for (let k = i + 1; k < Math.min(s.tEnd - 2, i + 9); k++) {
        const x = lower(k);
        if (x === 'that' || x === ';' || clauseVerbs.has(x)) break;
        if (x !== 'for') continue;
        const p = partyEnd(k + 1);
        if (p >= 0 && lower(p) === 'to' && tokens[p + 1]?.word) to = p;
        break;
      }
      detail = `${lower(i)} for … to: a time limit for the act`;
    }
    if (to < 0 || taken(i, to + 1)) continue;
    const t: Trigger = { start: i, end: to + 1, type: 'DEMAND', cue: null, rule: 'deadline-set', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'talks', adjunctEnd: to };
    // (The time and the party are no content: "until Friday, the last day of the summit, to withdraw its police" is
    // about the police, not the summit; adjunctEnd starts the content at "to" when issue words follow it.)
    out.push({ trigger: t, detail });
    i = to;
  }
  return out;
}
