// A stance noun that is the subject of its clause (issue 7, precision): "India's calls for a negotiated end to the
// war were welcomed in Kyiv", "Trump's refusal to push for a ceasefire is likely to worry European leaders", "The
// Russian demand for a buffer zone has angered Kyiv": the noun phrase ends where its clause's verb begins; what the
// predicate says (who welcomed it, whom it worries) is no part of the stance's content.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const nounSubjectPredicate = defineRule({
  id: 'content/noun-subject-predicate', stage: 'content',
  reason: 'A stance noun after a possessive or a determiner that is its clause\'s subject ("India\'s calls for a negotiated end to the war were welcomed in Kyiv", "the refusal to push for a ceasefire is likely to worry European leaders") has its content up to the predicate\'s finite verb, not past it (a party named in the predicate is no party the call is addressed to).',
});

/** The stance at `t` is a noun after a possessive or a determiner ("India's calls for", "the refusal to"). */
export function nounSubject(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const b = t.start - 1;
  if (b < s.tStart) return false;
  const w = tokens[b].lower;
  return (w === 's' && tokens[b - 1]?.text === "'") || doc.index.words(nounSubjectPredicate.id, 'determiners').has(w);
}

/**
 * The token at `e` is a finite verb that opens the predicate of a noun subject: a copula before a passive participle
 * ("were welcomed in Kyiv") or another verb ("is likely to worry", "has angered"). A copula before anything else and
 * a verb of including spell out the noun's content ("Moscow's conditions are …", "his conditions would include …").
 */
export function predicateVerb(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  const w = doc.index.words(nounSubjectPredicate.id);
  if (!w.has(tokens[e].lower)) return false;
  let k = e + 1;
  while (k < e + 3 && (tokens[k]?.lower === 'not' || (/ly$/.test(tokens[k]?.lower ?? '') && !/likely$/.test(tokens[k].lower)) || tokens[k]?.lower === 'be' || tokens[k]?.lower === 'been')) k++;
  const next = tokens[k]?.lower ?? '';
  if (doc.index.words(nounSubjectPredicate.id, 'spellOut').has(next)) return false;
  if (doc.index.words(nounSubjectPredicate.id, 'copulas').has(tokens[e].lower)) return /ed$/.test(next) || next === 'likely' || next === 'unlikely' || next === 'expected' || next === 'set';
  return true;
}
