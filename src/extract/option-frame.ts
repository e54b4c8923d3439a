// "The memorandum sets out two options for a ceasefire. Under the first, Ukraine would withdraw from the four
// regions. Under the second, Kyiv would have to stop mobilisation …": a frame naming one of the options, variants or
// stages of a plan named just before ("Under the first", "In the second variant,") frames what the plan provides for,
// as "Under the plan," does (candidate/document-provision): the stances of its clause are held by the plan's authors.
// Read alone, "Ukraine would withdraw" was Ukraine's offer of the very land the Russian memorandum demands.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { optionFrameSection, sectionPlanAuthors } from './option-frame-section.js';

export const optionFrame = defineRule({
  id: 'candidate/option-frame', stage: 'candidate',
  reason: '"The Russian memorandum sets out two options. Under the first, Ukraine would withdraw from Donetsk", "Baku\'s draft has two variants. In the second, Armenia would give up the corridor": a sentence opening with "under"/"in" + "the" + an ordinal ("first", "second", "latter" …) and a comma, with an optional noun of alternatives ("option", "variant", "stage"), frames one option of the plan named in the two sentences before (or of the plan an option frame or provision just before belongs to): its stances are held by the plan\'s authors, as under "Under the plan,". The plan\'s sentence or the frame must name alternatives ("two options", "several paths"); an apposition after the comma ("a \\"package\\" option,") is part of the frame.',
});

/** The frame of an option of a plan opening sentence `s`: where its clause starts and the plan's authors, or null. */
export function optionFrameAt(doc: Doc, s: Sentence, provisions: Map<number, string[]>): { k: number; authors: string[]; rule: string } | null {
  const { tokens, index } = doc;
  const id = optionFrame.id;
  const i = s.tStart;
  if (s.tEnd - i < 6 || !index.words(id, 'prepositions').has(tokens[i].lower) || tokens[i + 1].lower !== 'the' || !index.words(id, 'ordinals').has(tokens[i + 2].lower)) return null;
  const alternatives = index.words(id, 'alternatives');
  let k = i + 3;
  const named = alternatives.has(tokens[k].lower) || alternatives.has(`${tokens[k].lower}s`);
  if (named) k++;
  if (tokens[k]?.text !== ',') return null;
  k++;
  // ('Under the second, a "package" option, Kyiv would …': an indefinite apposition names the option.)
  if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') {
    let c = k + 1;
    while (c < s.tEnd && c - k <= 8 && tokens[c].text !== ',') c++;
    if (tokens[c]?.text !== ',') return null;
    k = c + 1;
  }
  if (k >= s.tEnd) return null;
  // The plan (or a memorandum, a statement: any document with authors): an option frame or a provision in the sentence just before goes on ("Under the second, …" after
  // "Under the first, …"); else the latest plan with authors named in the two sentences before, in this paragraph or the one before.
  const before = provisions.get(s.index - 1);
  if (before) return { k, authors: before, rule: id };
  let plan: { sentence: number; authors: string[] } | null = null;
  for (const d of doc.mentions.documents) {
    if (!d.authors.length || d.sentence >= s.index || d.sentence < s.index - 2) continue;
    if (s.paragraph - doc.sentences[d.sentence].paragraph > 1) continue;
    if (!plan || d.sentence >= plan.sentence) plan = d;
  }
  if (!plan) {
    // (A sentence naming the alternatives with no party of its own speaks of its section's document:
    // candidate/option-frame-section.)
    const section = sectionPlanAuthors(doc, s, alternatives);
    return section ? { k, authors: section, rule: optionFrameSection.id } : null;
  }
  // (The alternatives named: in the frame, or in a sentence from the plan's to the frame: "two options", "two paths".)
  if (!named) {
    let found = false;
    for (let j = doc.sentences[plan.sentence].tStart; j < i && !found; j++) found = alternatives.has(tokens[j].lower);
    if (!found) return null;
  }
  return { k, authors: [...plan.authors], rule: id };
}
