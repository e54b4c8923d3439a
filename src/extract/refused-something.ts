// "A format with Russian troops inside the plant was not something Ukrainians could accept", "limits on the army
// are not something we will ever agree to", "a corridor under foreign control is nothing Baku would sign": a
// thing declared not to be something a party could accept is refused, like "is unacceptable" (reject-predicate).
// The thing refused is the clause's subject (object 'before'); the holder is the speaker (holder/predicate-speaker),
// who in these reports is the party named inside ("Ukrainians", "we"). Word lists: lexicon/data/rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass } from '../annotate/word-classes.js';

export const refusedSomething = defineRule({
  id: 'candidate/not-something-accepted', stage: 'candidate',
  reason: 'A subject declared "not something" (or "nothing") a party could accept, agree to, support or live with is refused by the speaker: "was not something Ukrainians could accept", "is not something we are agreeing to", "is nothing Baku would sign". Between "something" and the verb: at most five words (the party, a modal, "ever", "be prepared to"); the verb is one of \'verbs\' (a multi-word verb such as "agree to" ends with its preposition).',
});

const KEY = defineWordClass('not-something starts', () => new Set(['something', 'nothing']));

export interface RefusedSomethingHit { trigger: Trigger; detail: string }

export function refusedSomethingCandidates(doc: Doc, s: Sentence, raw: Trigger[]): RefusedSomethingHit[] {
  if ((s.classes & KEY.bit) === 0) return [];
  const { tokens, index } = doc;
  const verbs = index.words(refusedSomething.id, 'verbs');
  const between = index.words(refusedSomething.id, 'between');
  const out: RefusedSomethingHit[] = [];
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    const w = tokens[i].lower;
    const negated = w === 'nothing' || (w === 'something' && /^(?:not|never|n't)$/.test(tokens[i - 1].lower));
    if (!negated) continue;
    // ("not something that we …": an optional relative word.)
    let j = i + 1;
    if (tokens[j]?.lower === 'that' || tokens[j]?.lower === 'which') j++;
    // The words between: a party or a pronoun, then modals and fillers; words only, no clause break.
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    let hit = -1, hitEnd = -1;
    for (let k = j; k < Math.min(j + 7, s.tEnd); k++) {
      const x = tokens[k];
      if (!x.word && x.text !== "'") break;
      const two = `${x.lower} ${tokens[k + 1]?.lower ?? ''}`;
      if (k > j && verbs.has(two)) { hit = k; hitEnd = k + 2; break; }
      if (k > j && verbs.has(x.lower)) { hit = k; hitEnd = k + 1; break; }
      const inParty = actors.some((a) => a.start <= k && k < a.end);
      if (!inParty && !between.has(x.lower)) break;
    }
    if (hit < 0) continue;
    const start = w === 'nothing' ? i : i - 1;
    // The verb's own cue ("accept", "agree to") would read an acceptance of what follows it: nothing follows, the
    // thing refused comes before; the refusal replaces it. Any other candidate in the span leaves it be.
    if (raw.some((r) => r.start < hitEnd && r.end > start && !(r.cue && r.start >= hit))) continue;
    for (let r = raw.length - 1; r >= 0; r--) if (raw[r].start < hitEnd && raw[r].end > start) raw.splice(r, 1);
    const t: Trigger = { start, end: hitEnd, type: 'REJECT', cue: null, rule: 'not-something-accepted', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false };
    out.push({ trigger: t, detail: `${tokens[start].lower} … ${tokens.slice(hit, hitEnd).map((x) => x.lower).join(' ')}` });
    i = hitEnd;
  }
  return out;
}
