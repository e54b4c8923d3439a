// A side that asks others to back, support, join or attend something on the talks, "He urged the African leaders to
// back his own peace formula", "asked the G20 to back a special international conference", "invited the leaders to
// attend a summit on the formula", puts its own format forward (spec §2 PROPOSE: an arrangement, a format), rather than
// wanting another party to do or give something: what is asked is adherence to the asker's plan, not a concession.
// Every such item of the tuning gold on the talks is PROPOSE (11) or PROPOSE|DEMAND (6), none DEMAND alone; an ask on
// any other issue stays a demand ("asking Western allies to invite Ukraine to join NATO": DEMAND alliance; "asked the
// G20 to help return the children": DEMAND humanitarian). Not an ask addressed to the other principal side ("urged
// Moscow to join the talks" asks the adversary to act). Words: rules.json claim/backing-asked.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const backingAsked = defineRule({
  id: 'claim/backing-asked', stage: 'claim',
  reason: 'A demand on the talks whose cue is a verb of asking (\'asks\': urged, asked, invited, called on) with "to" and a verb of backing (\'backs\': back, support, join, attend; not endorse or sign, an acceptance asked: "pressed Chisinau to endorse the framework" stays a demand) after it within a few words, addressed to no principal side other than the holder, is PROPOSE: "He urged the African leaders to back his own peace formula", "asked the leaders to support an international conference on the formula" put the asker\'s format forward (tuning gold 17 of 17 PROPOSE or PROPOSE|DEMAND). Other issues stay demands ("asking allies to invite Ukraine to join NATO").',
});

/** True when the demand `t` on the talks asks third parties to back or join something. */
export function backingAskedAt(doc: Doc, s: Sentence, t: Trigger, actor: string, issue: string): boolean {
  if (issue !== 'talks') return false;
  const w = (list: string) => doc.index.words(backingAsked.id, list);
  const { tokens } = doc;
  if (!w('asks').has(tokens[t.start]?.lower ?? '')) return false;
  // "to" and a verb of backing, within eight words of the verb of asking, no clause break before.
  let to = -1;
  for (let k = t.start + 1; k < Math.min(s.tEnd - 1, t.start + 9); k++) {
    if (/^[,;:.()]$/.test(tokens[k].text)) return false;
    if (tokens[k].lower === 'to') { to = k; break; }
  }
  if (to < 0 || !w('backs').has(tokens[to + 1]?.lower ?? '')) return false;
  // (Not the other side asked: "urged Moscow to join the talks" asks the adversary to act.)
  const principals = doc.principalsAt(s.index);
  const addressed = (doc.actorsBySentence.get(s.index) ?? []).filter((a) => a.start > t.start && a.start < to);
  return !addressed.some((a) => a.codes.some((c) => c !== actor && principals.includes(c)));
}
