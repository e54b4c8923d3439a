// "His full list, as he set it out: / 1. Ukrainian troops must be withdrawn from … / 2. Kyiv must officially notify …
// / 3. Ukraine must have a neutral status …": numbered points on lines of their own go on with one speaker's list, so
// the holder carried from point N (a claim's holder, or the speaker the deontic of point 1 took) goes on to point N+1,
// though each point is a paragraph of its own and a holder that was no sentence's subject ends at a paragraph break.
// Only from N to N+1 with nothing between: a numbered point after prose, or a list that starts again at 1, carries
// nothing; bullets with the same mark ("- …" / "- …") go on the same way (discourse/numbered-carry).
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const numberedCarry = defineRule({
  id: 'discourse/numbered-carry', stage: 'discourse',
  reason: '"Aliyev set out his terms: / 1. Armenian troops must leave Syunik\'s border posts. / 2. Yerevan must amend its constitution.": a paragraph that opens with the number N+1 right after the paragraph that opened with N continues the same list, so the holder carried from the point before (a claim\'s holder, or the speaker a deontic took) is not dropped at the paragraph break, as it is elsewhere for a holder that was no sentence\'s subject. Bullets with the same mark on consecutive paragraphs ("- …" / "- …") go on the same way. Only consecutive numbers: a list starting again at 1, a point or bullet after a prose paragraph, or a bullet after a number carry nothing.',
});

const NUMBERED = /^\s*(\d{1,2})[.)]\s/;

/** Whether the paragraph starting at `start` opens with the number right after the one that opens the paragraph starting at `prevStart`. */
export function continuesNumbered(doc: Doc, prevStart: number, start: number): boolean {
  if (prevStart < 0) return false;
  const cur = NUMBERED.exec(doc.text.slice(start, start + 6));
  if (!cur) return false;
  const prev = NUMBERED.exec(doc.text.slice(prevStart, prevStart + 6));
  return !!prev && Number(cur[1]) === Number(prev[1]) + 1;
}

const BULLET = /^\s*([-*•–])\s/;

/** Whether the paragraph starting at `start` opens with the same bullet mark as the paragraph starting at `prevStart`. */
export function continuesBullet(doc: Doc, prevStart: number, start: number): boolean {
  if (prevStart < 0) return false;
  const cur = BULLET.exec(doc.text.slice(start, start + 4));
  const prev = BULLET.exec(doc.text.slice(prevStart, prevStart + 4));
  return !!cur && !!prev && cur[1] === prev[1];
}
