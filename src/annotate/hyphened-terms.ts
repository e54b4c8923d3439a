// A two-word issue term written as one hyphened compound names the same issue: "NATO's mutual-defence clause" is the
// mutual defence of the security guarantees, "a land-swap deal" a land swap, "prisoner-exchange talks" a prisoner
// exchange. The tokenizer splits the hyphen off as a token of its own, so the spaced term never matches the compound;
// the index adds the hyphened form of every two-word term (words of three letters or more) that no entry writes itself.
import { defineRule } from '../extract/rules/registry.js';

export const hyphenedTerms = defineRule({
  id: 'discourse/hyphened-terms', stage: 'discourse',
  reason: 'A two-word issue term written as one hyphened compound ("mutual-defence clause", "land-swap deal", "prisoner-exchange talks", "root-causes argument") names the same issue as the spaced term; the index adds the hyphened form of every two-word term of issues.json whose words have three letters or more, unless some entry writes that form itself.',
});

/** The hyphened form of a two-word term ("mutual defence" -> "mutual-defence"), or null. */
export function hyphenedTerm(t: string): string | null {
  const m = /^([a-z]{3,}) ([a-z]{3,})$/.exec(t.toLowerCase());
  return m ? `${m[1]}-${m[2]}` : null;
}
