// A topic fronted before the clause ("On the size of Armenia's army, the French draft set the ceiling at 40,000",
// "As for the sanctions, Brussels is ready to ease them in stages", "When it comes to elections, Kyiv would hold
// them within a year of a truce"): the issue named in the topic is what a stance of the clause is about when its
// own words name none. Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const topicFrame = defineRule({
  id: 'content/topic-frame', stage: 'content',
  reason: '"On the size of Armenia\'s army, the French draft set the ceiling at 40,000", "As for sanctions, Brussels would ease them in stages": a topic fronted by "on", "as for", "regarding" or "when it comes to" and closed by a comma names the issue of a stance in the clause after it whose own words name none. Not a scene ("On the sidelines of the summit, …", "On the eve of the talks, …": rules.json \'scenes\') and not a topic that names no issue ("On Monday, …").',
});

/** The issue item of the topic that heads the sentence, when the stance `t` follows it and names none itself. */
export function topicItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(topicFrame.id, list);
  const openers = w('openers');
  // The opener: one word ("On", "Regarding") or several ("As for", "When it comes to").
  let i = s.tStart;
  let opened = false;
  for (let n = 4; n >= 1 && !opened; n--) {
    let phrase = '';
    for (let j = i; j < i + n; j++) phrase += (phrase ? ' ' : '') + (tokens[j]?.lower ?? '');
    if (openers.has(phrase)) { i += n; opened = true; }
  }
  if (!opened) return [];
  // The topic closes at a comma, within a dozen words, before the stance.
  let comma = -1;
  for (let j = i; j < Math.min(s.tEnd, i + 12); j++) if (tokens[j].text === ',') { comma = j; break; }
  if (comma < 0 || t.start <= comma) return [];
  const scenes = w('scenes');
  let best: { issue: string; rank: number } | null = null;
  const regions: string[] = [];
  for (let j = i; j < comma; j++) {
    if (scenes.has(tokens[j].lower)) return [];
    const p = doc.placeAt.get(j);
    if (p) { for (const c of p.codes) if (!regions.includes(c)) regions.push(c); j = p.end - 1; continue; }
    const term = doc.issueAt.get(j);
    if (!term) continue;
    for (const v of term.values) if (v.issue !== '_noise' && !v.weak && (!best || v.rank > best.rank)) best = v;
    j = term.end - 1;
  }
  if (!best) return [];
  return [{ issue: best.issue, regions, start: s.tStart, end: Math.max(t.end, comma) }];
}
