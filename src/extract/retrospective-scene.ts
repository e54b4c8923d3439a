// In a retrospective (a memoir, a fact-check, an anniversary piece: its title names only past years,
// discourse/retrospective-year), a statement told in the past tense with no date of its own, of its neighbours or
// of its paragraph's head was made at the point the story has reached: the last date the text gave before it ("The
// table stood in a hunting lodge … on 28 February 2022. … What Moscow wanted, he said, was …"), not in the
// publication window, years after the story.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimDate } from './types.js';
import { defineRule } from './rules/registry.js';

export const retrospectiveScene = defineRule({
  id: 'claim/retrospective-scene', stage: 'claim',
  reason: 'In a retrospective (its title names only years before publication, discourse/retrospective-year), a statement in the past tense (a verb in -ed or one of \'pastForms\') with no date of its own, of its neighbours, scene, date line or venue was made at the point the story has reached: the last date (to the month) the text gave before it, when that date is in one of the title\'s years, however far back, as long as no other time is named in between ("on 28 February 2022. … What Moscow wanted, he said, was Ukraine\'s neutrality" = 2022-02-28). Not a present or present-perfect statement ("Moscow still insists …"), nor a pluperfect one: those keep the publication window.',
});

const NOW = /^(?:right )?now$/i;

/** Sentence `s` tells something in the past tense: a verb in -ed or an irregular past form. */
function pastTense(doc: Doc, s: Sentence): boolean {
  const forms = doc.index.words(retrospectiveScene.id, 'pastForms');
  for (let j = s.tStart; j < s.tEnd; j++) {
    const t = doc.tokens[j];
    if (t.word && !t.cap && (forms.has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower))) return true;
  }
  return false;
}

/** The date of the story's point at `s` in a retrospective (claim/retrospective-scene), or null. */
export function retrospectiveSceneDate(doc: Doc, s: Sentence): ClaimDate | null {
  const years = doc.retrospective;
  if (!years?.size || !doc.published || !pastTense(doc, s)) return null;
  for (let k = s.index - 1; k >= 0; k--) {
    const ds = doc.dates(k).filter((d) => !d.future && !NOW.test(d.text.trim()));
    if (!ds.length) continue;
    // (The last time the sentence names decides: a date of the story's years, else the story has moved on.)
    const d = ds[ds.length - 1];
    if (d.since || typeof d.value !== 'string' || d.value.length < 7 || !years.has(Number(d.value.slice(0, 4)))) return null;
    return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
  }
  return null;
}
