// "Ukraine and its European partners want a ceasefire along the current front", "Kyiv wants any line to be frozen
// where the armies stand", "Baku wants the truce to hold at the existing line of contact": a wish whose object is
// shaped by where a line runs — a halt or a freeze along the present front — puts the design of an arrangement
// forward (spec §2 PROPOSE: "an arrangement that is not chiefly its own concession"), as a "should" deontic with the
// same shape does (content/shaped-arrangement). It asks no act of the other side; the corpora's gold reads a freeze
// along the current line, wanted or said to be needed, as a proposal, and a demand only where the text calls it one
// ("Kyiv's first demand is a ceasefire along the current line": no wish cue). Not negated ("does not want a freeze
// along the current line": a refusal), nor a wish in which the line is what the other side is to withdraw from or
// behind ("wants Russian troops pulled back behind the current front line": a demand of their withdrawal).
// Words: rules.json content/wanted-line.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { NEGATORS } from './negators.js';

export const wantedLine = defineRule({
  id: 'content/wanted-line', stage: 'content',
  reason: 'A wish (cue \'cues\': want) whose object, within \'window\' words after the cue and before a clause break, names a line of the front (\'lineNouns\') that is either the present one (\'lineModifiers\': current, existing) or frozen (\'freezeWords\'), or a halt where the armies stand (\'standPhrases\'), puts the design of an arrangement forward: DEMAND → PROPOSE, the issue unchanged ("want a ceasefire along the current front", "wants any line to be frozen where the armies stand"). Not negated; not when a word of withdrawal (\'withdrawWords\') stands in the window ("wants Russian troops pulled back behind the current front line" demands their withdrawal).',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** True when the wish `t` wants an arrangement shaped by the present line of the front (content/wanted-line). */
export function wantedLineAt(doc: Doc, s: Sentence, t: Trigger): boolean {
  if (t.type !== 'DEMAND' || t.negated || t.exchange || !t.cue) return false;
  const w = (list: string) => doc.index.words(wantedLine.id, list);
  if (!w('cues').has(t.cue.id)) return false;
  for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 3); k--) if (NEGATORS.has(lower(doc, k))) return false;
  const window = Number([...w('window')][0] ?? 12);
  const end = Math.min(t.end + window, s.tEnd);
  let line = false, shaped = false;
  for (let j = t.end; j < end; j++) {
    const x = lower(doc, j);
    if (x === ';' || x === ':' || x === ',' || x === 'but' || x === 'while' || x === 'if' || x === 'unless') break;
    if (NEGATORS.has(x) || w('withdrawWords').has(x)) return false;
    if (w('lineNouns').has(x)) { line = true; if (w('lineModifiers').has(lower(doc, j - 1)) || w('lineModifiers').has(lower(doc, j - 2))) shaped = true; }
    if (w('freezeWords').has(x)) shaped = true;
    if (x === 'where' && w('standPhrases').has(`${lower(doc, j + 1)} ${lower(doc, j + 2)} ${lower(doc, j + 3)}`.trim())) { line = true; shaped = true; }
    if (x === 'where' && w('standPhrases').has(`${lower(doc, j + 1)} ${lower(doc, j + 2)}`)) { line = true; shaped = true; }
  }
  return line && shaped;
}
