// A verb of saying hyphened to the word before it is part of a compound adjective, not a report
// (content/compound-speaking): "the rights of Russian-speaking citizens must be protected", "English-speaking
// schools must stay open", "the Serbian-speaking minority should be protected". The tokenizer splits the hyphen off,
// so "speaking" looked like the reporting verb that opens a deontic's subject, and content/condition-subject cut the
// subject after it ("citizens must be protected", no issue). Only a word of the speech-verb list with a hyphen right
// before it and a word before the hyphen.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { hyphen } from './stance-nouns.js';

export const compoundSpeaking = defineRule({
  id: 'content/compound-speaking', stage: 'content',
  reason: 'A verb of saying hyphened to a word before it ("Russian-speaking", "English-speaking") is part of a compound adjective, no reporting verb opening a deontic\'s subject: "the rights and freedoms of Russian-speaking citizens in Ukraine must be fully protected" demands its whole subject, rights (gold of own AD, AV: RUS DEMAND rights). Only a hyphen right before the verb with a word before it.',
});

/** The token at `j` is a verb of saying only as the second half of a hyphened compound ("Russian-speaking"). */
export function compoundSpeechWord(doc: Doc, j: number): boolean {
  return j >= 2 && hyphen(doc, j - 1) && !!doc.tokens[j - 2].word;
}
