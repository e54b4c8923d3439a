// Agreeing with another party's position as a whole (issue 7, the issue gate): "Moscow said it shared Beijing's views",
// "Russia shares China's assessment", "highly valued China's \"balanced\" approach", "Kuleba's remarks were in tune with
// Russia's position". What is endorsed is a party's whole stance, no term of it, so it is a stance on the talks, as
// endorsing a whole plan is (spec rule 9); a position on a named issue ("shared Beijing's views on the ceasefire") keeps
// that issue. Word lists: lexicon/data/rules.json under the rules' ids.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const sharedPosition = defineRule({
  id: 'candidate/shared-position', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'verbs' }],
  reason: '"Moscow said it shared Beijing\'s views", "Russia shares China\'s assessment", "Baku fully shares Ankara\'s position": one of \'verbs\' of sharing (past one of \'adverbs\'), then a party named in the possessive and one of content/shared-position \'nouns\' of a whole stance, is an acceptance of that party\'s stance (ACCEPT; the cue phrases "shared the views of" need no party between). Not "shared border", "shared concerns about the strikes" (no party\'s noun of a stance), not a party\'s own ("shared its views").',
});

export const sharedPositionContent = defineRule({
  id: 'content/shared-position', stage: 'content',
  reason: 'An acceptance naming no issue whose words or object (within four words after it, no comma) hold one of \'nouns\' of a whole stance owned by a party ("shared Beijing\'s views", "highly valued China\'s balanced approach", "in tune with our position", "in line with Russia\'s position") endorses that party\'s stance as a whole: the talks (spec rule 9, as a whole plan endorsed). Not a refusal (content/judged-package reads those), not a noun owned by no party ("shared the view that …" has its content in the clause).',
});

const w = (doc: Doc, id: string, list: string) => doc.index.words(id, list);

/** The possessive party mention that ends right before token `k` (past up to two modifiers), or undefined. */
function ownerBefore(doc: Doc, s: Sentence, k: number) {
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let j = k; j >= Math.max(s.tStart, k - 3); j--) {
    const m = actors.find((a) => a.possessive && a.codes.length && (a.end === j || (a.end === j - 1 && doc.tokens[j - 1].lower === 's') || (a.end === j - 2 && doc.tokens[j - 1].lower === 's')));
    if (m) return m;
    // (Modifiers between: "China's \"balanced\" approach", "Beijing's stated position".)
    const x = doc.tokens[j - 1];
    if (!x || x.text === ',' || x.text === ';') return undefined;
  }
  return undefined;
}

export function sharedPositionCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const verbs = w(doc, sharedPosition.id, 'verbs');
  if (!doc.sentenceWords.has(s.index, verbs)) return out;
  const adverbs = w(doc, sharedPosition.id, 'adverbs'), nouns = w(doc, sharedPositionContent.id, 'nouns');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let i = s.tStart; i < s.tEnd - 2; i++) {
    if (!verbs.has(tokens[i].lower)) continue;
    let k = i + 1;
    if (adverbs.has(tokens[k]?.lower ?? '')) k++;
    const m = actors.find((a) => a.start === k && a.possessive && a.codes.length && a.kind !== 'pronoun');
    if (!m) continue;
    // (Past the possessive's "'s" when the mention ends before it.)
    let e = m.end;
    if (tokens[e]?.text === "'" || tokens[e]?.text === '’') e++;
    if (tokens[e]?.lower === 's') e++;
    const noun = e < s.tEnd && nouns.has(tokens[e].lower) ? e : -1;
    if (noun < 0) continue;
    if (raw.some((r) => r.start <= i && r.end > i)) continue;
    const trigger: Trigger = { start: i, end: noun + 1, type: 'ACCEPT', cue: null, rule: 'shared-position', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger, detail: `shares ${m.codes.join('+')}'s ${tokens[noun].lower}` });
    i = noun;
  }
  return out;
}

/** Whether the acceptance `t` (content up to `to`) endorses a party's whole stance (content/shared-position). */
export function sharedPositionAt(doc: Doc, s: Sentence, t: Trigger, to: number): string | null {
  if (t.type !== 'ACCEPT' || t.negated) return null;
  const { tokens } = doc;
  const nouns = w(doc, sharedPositionContent.id, 'nouns'), owners = w(doc, sharedPositionContent.id, 'owners');
  const end = Math.min(s.tEnd, Math.max(t.end, Math.min(to, t.end + 5)));
  for (let k = t.start; k < end; k++) {
    const x = tokens[k];
    if (k >= t.end && (x.text === ',' || x.text === ';' || x.lower === 'that')) return null;
    if (!x.word || !nouns.has(x.lower)) continue;
    // (A clause after the noun states a content of its own: "shared the view that …".)
    if (tokens[k + 1]?.lower === 'that' || tokens[k + 1]?.lower === 'on' || tokens[k + 1]?.lower === 'of') return null;
    if (owners.has(tokens[k - 1]?.lower ?? '')) return `“${tokens[k - 1].text} ${x.text}”`;
    const m = ownerBefore(doc, s, k);
    if (m) return `${m.codes.join('+')}'s ${x.lower}`;
  }
  return null;
}
