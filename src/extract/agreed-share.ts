// A document said to be agreed or ready to a share ("the 20-point framework was \"90 percent\" agreed", "the documents on
// security guarantees were \"100% ready\"", "the twenty points are \"ninety per cent\" done") is accepted by the party
// that reports it: the text is settled between the sides, and the speaker stands by it (spec §2 ACCEPT). Its issue is
// what the subject names (a guarantee document is security_guarantees), and a whole plan or framework that names nothing
// else is the talks (spec §3 rule 9). The subject must name a proposal (content/plan-is-talks 'words', this rule's
// 'nouns') or an issue; "it was 80% ready" (a pronoun) and a share of anything else ("turnout was 60 percent") give
// nothing. The holder is the speaker (holder/predicate-speaker). Words: rules.json under the rule id.
import { wordUnion } from '../annotate/word-union.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const agreedShare = defineRule({
  id: 'candidate/agreed-share', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'done' }],
  reason: 'A document said to be agreed, ready or done to a share is accepted by the party that reports it (spec §2 ACCEPT): "the 20-point framework drafted with Washington was \\"90 percent\\" agreed" (gold of own AF, M: UKR ACCEPT talks), "Both say a 20-point framework is \\"90 to 95%\\" agreed" (AJ: USA, UKR ACCEPT talks), "the documents on US security guarantees were \\"100% ready\\"" (AH, X: UKR ACCEPT security_guarantees). A verb of being (\'copulas\'), a number (digits or \'numbers\', with "to"/"and"/hyphens), "per cent", "percent" or "%", then one of \'done\'; the subject before the verb names a proposal (content/plan-is-talks \'words\' or \'nouns\') or an issue; a whole plan naming no issue is the talks.',
});

export interface AgreedShareHit { trigger: Trigger; detail: string }

export function agreedShareCandidates(doc: Doc, s: Sentence, raw: Trigger[]): AgreedShareHit[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(agreedShare.id, list);
  const done = w('done');
  if (!doc.sentenceWords.has(s.index, done)) return [];
  const copulas = w('copulas'), numbers = w('numbers'), breaks = w('subjectBreaks');
  const plans = wordUnion(doc.index.words('content/plan-is-talks'), w('nouns'));
  const out: AgreedShareHit[] = [];
  for (let v = s.tStart + 1; v < s.tEnd - 3; v++) {
    if (!copulas.has(tokens[v].lower)) continue;
    // The share: quotation marks, a number (words or digits, "90 to 95"), then the unit.
    let k = v + 1, num = false;
    while (k < s.tEnd && (tokens[k].text === '"' || /^\d+$/.test(tokens[k].text) || numbers.has(tokens[k].lower) || (num && (tokens[k].lower === 'to' || tokens[k].lower === 'and' || tokens[k].text === '-')))) {
      if (/^\d+$/.test(tokens[k].text) || numbers.has(tokens[k].lower)) num = true;
      k++;
    }
    if (!num || k >= s.tEnd) continue;
    if (tokens[k].text === '%' || tokens[k].lower === 'percent') k++;
    else if (tokens[k].lower === 'per' && tokens[k + 1]?.lower === 'cent') k += 2;
    else continue;
    while (k < s.tEnd && tokens[k].text === '"') k++;
    if (!done.has(tokens[k]?.lower ?? '')) continue;
    // The subject: back from the verb to a clause's edge, at most twelve tokens.
    let b = v;
    while (b > s.tStart && !breaks.has(tokens[b - 1].lower) && tokens[b - 1].text !== ',' && v - b < 12) b--;
    let named = false;
    for (let j = b; j < v && !named; j++) named = plans.has(tokens[j].lower) || !!doc.issueAt.get(j)?.values.some((x) => x.issue !== '_noise' && !x.weak);
    if (!named) continue;
    if (raw.some((r) => r.start <= k && k < r.end)) continue;
    const t: Trigger = { start: v, end: k + 1, type: 'ACCEPT', cue: null, rule: 'agreed-share', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false, defaultIssue: 'talks', subject: [b, v] };
    out.push({ trigger: t, detail: `${tokens.slice(v + 1, k + 1).map((x) => x.text).join(' ')}: the text settled, accepted` });
    v = k;
  }
  return out;
}
