// "Belgrade is willing to talk", "Moscow was prepared to talk with the hosts": a readiness cue (ready, willing, prepared
// to: cue 'willing') whose own object is a verb of talking names the talks by that verb, even with no party named after
// it (a party named already made "ready to talk to Yerevan" a stance on talks, items.ts). Only when nothing else in the
// item names an issue ("ready to talk about the border" keeps the issue talked about), and not talking to the press.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const readyToTalk = defineRule({
  id: 'content/ready-to-talk', stage: 'content',
  reason: '"Belgrade is willing to talk", "Asmara stood ready to talk at any level", "Moscow was prepared to talk with the Saudi hosts": a readiness cue (ready, willing, prepared to) right before one of \'verbs\' of talking is an offer of talks even when the item names no party and no issue. Not when one of \'press\' is in the item ("willing to talk to reporters" names no talks), nor when the item names a region ("ready to talk about the future of Kherson" is land, content/discussed-region).',
});

/** Whether the item [itemStart, end) of readiness trigger t opens with a verb of talking and names no press (content/ready-to-talk). */
export function readyToTalkAt(doc: Doc, t: Trigger, itemStart: number, end: number): boolean {
  if (t.cue?.id !== 'willing') return false;
  const { tokens } = doc;
  const verbs = doc.index.words(readyToTalk.id, 'verbs');
  // (The verb right after the cue's "to", or one word later: "ready to also talk".)
  if (!verbs.has(tokens[t.end]?.lower ?? '') && !verbs.has(tokens[t.end + 1]?.lower ?? '')) return false;
  const press = doc.index.words(readyToTalk.id, 'press');
  for (let k = itemStart; k < end; k++) if (press.has(tokens[k].lower)) return false;
  return true;
}
