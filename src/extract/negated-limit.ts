// A position stated as the absence of a limit, "no limits on the size of Ukraine's army", "there can be no limitations
// on its armed forces", "no restrictions should be placed on Armenia's military", "no recognition of any occupied
// territory as Russian", "no veto for Moscow over Kyiv's path to NATO", refuses that limit, recognition or veto (spec
// §2 REJECT: "rules out, opposes"), whatever the sentence or the list it stands in is read as: the memorandum that
// "proposes" it, the leaders who say it "should" be so. In the tuning gold such items are REJECT (44 military_limits,
// 8 alliance, 6 recognition; a few DEMAND|REJECT), never PROPOSE, and DEMAND alone only for a risk shared "without
// limit" (sanctions, not read here). The noun of limiting must be right after "no" (a quote mark or one adjective
// between: 'no "limitations"', 'no legal recognition') and reach the item's issue term within the same phrase, with no
// clause break or "and" between, so "a ceasefire and no limits on the army" leaves the ceasefire alone.
// Words: rules.json content/negated-limit.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

/** How far before its issue term the noun of limiting may stand ('no limits on the size or deployment of Ukraine's armed forces'). */
const REACH = 10;

export const negatedLimit = defineRule({
  id: 'content/negated-limit', stage: 'content',
  reason: 'An item stated as the absence of a limit on an army, a recognition or a veto ("no limits on the size of Ukraine\'s army", "there can be no limitations on its armed forces", "no recognition of any occupied territory as Russian", "Russia could have no veto over Ukraine\'s path to NATO") refuses it: REJECT on its issue (\'issues\'), not the DEMAND of the modal or the PROPOSE of the plan it is listed in. "no" right before a noun of limiting (\'nouns\'; a quote mark or one adjective may stand between), which reaches the issue term within ten words with no clause break or \'stops\' word between. Tuning gold: 58 such items REJECT (a few DEMAND|REJECT), none PROPOSE.',
});

/** True when `item` is stated as the absence of a limit, a recognition or a veto ("no limits on …"). */
export function negatedLimitAt(doc: Doc, stance: Sentence, item: IssueItem): boolean {
  const w = (list: string) => doc.index.words(negatedLimit.id, list);
  if (!w('issues').has(item.issue)) return false;
  // (The item's own sentence: a list's bullet is read with the sentence that introduces the list.)
  const s = doc.sentences[doc.sentenceOf[Math.min(item.start, doc.tokens.length - 1)]] ?? stance;
  const { tokens } = doc;
  const nouns = w('nouns'), stops = w('stops'), negators = w('negators');
  const quote = (k: number) => /^["“”'‘’]$/.test(tokens[k]?.text ?? '');
  // "no" before the noun at q, past a quote mark or one adjective.
  const negatedNoun = (q: number) => {
    let k = q - 1;
    if (k >= s.tStart && quote(k)) k--;
    if (k >= s.tStart && negators.has(tokens[k].lower)) return true;
    return k - 1 >= s.tStart && tokens[k].word && !tokens[k].cap && negators.has(tokens[k - 1].lower);
  };
  const from = Math.max(s.tStart, item.start - REACH), to = Math.min(s.tEnd, item.end);
  for (let p = Math.max(s.tStart, item.start - 2); p < to; p++) {
    const term = doc.issueAt.get(p);
    if (!term || !term.values.some((v) => v.issue === item.issue)) continue;
    // From the term's end back to the noun of limiting, no break between.
    for (let q = Math.min(term.end, to) - 1; q >= Math.max(from, p - REACH); q--) {
      if (q < p && (stops.has(tokens[q].lower) || /^[,;:.()]$/.test(tokens[q].text))) break;
      if (nouns.has(tokens[q].lower) && negatedNoun(q)) return true;
    }
    // (The item's own term only, its first: "Ukraine's army would be limited to 600,000, and no restrictions would be
    // placed on Russia's" is a limit proposed, whatever follows.)
    return false;
  }
  return false;
}
