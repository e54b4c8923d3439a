// A date inside a relative clause set off by commas before the stance dates the clause's own event, not the stance:
// "Kosovo's prime minister, who visited Belgrade in March, demanded on Thursday that …", "Pashinyan, who met Aliyev in
// Prague in 2022, is ready to sign …", "The plan, which Baku rejected in May, …". The stance takes another date of its
// sentence, a neighbour's, or the publication window. A clause of speech ("Putin, who spoke to reporters on Friday,
// said …") dates the speech it reports, and stays.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const relativeClauseDate = defineRule({
  id: 'claim/relative-clause-date', stage: 'claim',
  reason: 'A date in a relative clause set off by commas and closed before the stance ("X, who met Y in 2022, said on Friday …", "the prime minister, who visited Belgrade in March, demanded …", "the plan, which Baku rejected in May, …") belongs to the clause\'s event, not to the stance after it: it dates no stance outside the clause. A clause of speech ("Putin, who spoke to reporters on Friday, said …") tells when the speaker spoke, and dates the stance as before.',
});

const RELATIVE_WORDS = new Set(['who', 'which', 'whose', 'whom']);
/** How far (tokens) the clause may run on each side of its date. */
const REACH = 14;

/** Token `d` (a date) lies in a comma-set relative clause that closes before token `cue`, and the clause is not one of speech. */
export function inRelativeClauseBefore(doc: Doc, s: Sentence, d: number, cue: number): boolean {
  if (d >= cue) return false;
  const tokens = doc.tokens;
  let open = -1;
  for (let j = d - 1; j >= s.tStart && j >= d - REACH; j--) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ';' || t.text === '(' || t.text === '"' || t.text === '“') return false;
    if (RELATIVE_WORDS.has(t.lower)) { if (tokens[j - 1]?.text === ',') open = j; break; }
  }
  if (open < 0) return false;
  let close = -1;
  for (let j = d + 1; j < cue && j <= d + REACH; j++) if (tokens[j].text === ',') { close = j; break; }
  if (close < 0) return false;
  const speech = doc.index.words('speech-verbs');
  for (let j = open + 1; j < close; j++) if (speech.has(tokens[j].lower)) return false;
  return true;
}
