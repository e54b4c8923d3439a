// Explainers' party sections (issue 7): "What Russia wants" as a heading, then bullet lines of bare noun phrases
// ("- Recognition of Crimea as Russian territory.", "- No NATO troops in Ukraine."). The heading is the only
// place the holder and the type are said; each bullet is one of that party's demands (or offers), until the next
// heading. Bullets that are clauses of their own ("- Sequencing: Kyiv wants a ceasefire first") are sentences.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Holder } from './holder.js';
import type { Trigger } from './triggers.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';
import { listNounAt } from './list-nouns.js';
import { bulletLabelEnd, documentHeading, documentSectionOf, headingBodyStart, labelledClause } from './document-heading.js';

export const sectionHeading = defineRule({
  id: 'content/section-heading', stage: 'content',
  reason: 'An explainer\'s party heading ("What Russia wants", "What Kyiv is offering", "Moscow\'s demands", "Baku\'s red lines") stands alone on its line and gives the holder and the type of the bullet lines of its section: each bullet that is a bare noun phrase ("- Withdrawal of Armenian troops from …", "- No foreign troops in …") is one of that party\'s demands (offers), a negative one a refusal, even when a paragraph of prose stands between the heading and the bullets. The section ends at the next heading. A bullet that opens with a label ("- Territory: …") or with a party ("- Serbia wants …") is a sentence of its own.',
});

/** A line of its own, short, with no closing punctuation: a heading ("What Russia wants", "Key sticking points"). */
export function headingLine(doc: Doc, s: Sentence): boolean {
  const prev = doc.sentences[s.index - 1], next = doc.sentences[s.index + 1];
  if ((prev && prev.paragraph === s.paragraph) || (next && next.paragraph === s.paragraph)) return false;
  // (A factbox label, "FACTBOX —", "Factbox:", is not counted: content/document-heading.)
  const n = s.tEnd - headingBodyStart(doc, s);
  if (n < 2 || n > 8) return false;
  const first = doc.tokens[s.tStart], last = doc.tokens[s.tEnd - 1];
  return first.word && first.cap && last.word;
}

export interface Section { t: Trigger; holder: Holder; type: ClaimType; s: Sentence; /** A party's document in a factbox: its bullets' labels are no items (content/document-heading). */ document?: boolean }

/**
 * The party section a heading opens: "What" + party + (auxiliaries) + a verb of wanting or offering, or a
 * party's typed list noun ("Moscow's demands", "Kyiv's red lines"). Null for any other heading.
 */
export function sectionOf(doc: Doc, s: Sentence): Section | null {
  const words = (list: string) => doc.index.words(sectionHeading.id, list);
  const { tokens } = doc;
  // ("FACTBOX — RUSSIA'S MEMORANDUM", "What Kyiv's plan says": a party's document, content/document-heading.)
  const d = documentSectionOf(doc, s);
  if (d) return { t: d.t, holder: { codes: d.codes, mention: d.mention ?? null, via: 'possessor', rule: documentHeading.id, document: 'plan' }, type: d.type, s, document: true };
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let at = s.tStart, type: ClaimType | null = null, m = actors[0];
  if (!m || !m.codes.length) return null;
  if (tokens[s.tStart].lower === 'what') {
    if (m.start !== s.tStart + 1 && !(m.start === s.tStart + 2 && tokens[s.tStart + 1].lower === 'the')) return null;
    let v = m.end;
    while (v < s.tEnd - 1 && words('auxiliaries').has(tokens[v].lower)) v++;
    const w = tokens[v]?.lower ?? '';
    type = words('demand').has(w) ? 'DEMAND' : words('offer').has(w) ? 'OFFER' : null;
    at = v;
    if (v !== s.tEnd - 1) return null;
  } else if (m.start === s.tStart && m.possessive) {
    // ("Moscow's demands", "Kyiv's key conditions": the noun ends the heading.)
    let j = m.end;
    if (tokens[j]?.text === "'" && tokens[j + 1]?.lower === 's') j += 2;
    else if (tokens[j]?.text === "'") j++;
    while (j < s.tEnd - 1 && words('modifiers').has(tokens[j].lower)) j++;
    const hit = listNounAt(doc, j);
    if (!hit || hit.end !== s.tEnd || hit.type === 'PROPOSE') return null;
    type = hit.type;
    at = j;
  }
  if (!type) return null;
  const t: Trigger = { start: at, end: at + 1, type, cue: null, rule: 'section-heading', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true };
  return { t, holder: { codes: [...m.codes], mention: m, via: 'subject', rule: sectionHeading.id }, type, s };
}

/** A bullet that is a clause of its own: it opens with a label and a colon, or with a party that is no possessor. */
export function clauseBullet(doc: Doc, s: Sentence, section?: Section | null): boolean {
  const { tokens } = doc;
  // (Under a party's document, "* Territory: recognition of …" is an item after its label; a party after the label
  // opens a sentence, content/document-heading.)
  if (section?.document) {
    const lab = bulletLabelEnd(doc, s);
    if (lab > 0) return labelledClause(doc, s, lab) && !plainClauseBullet(doc, s, lab);
  }
  const from = s.tStart + 1;
  for (let j = from; j < Math.min(s.tEnd, from + 4); j++) if (tokens[j].text === ':') return true;
  const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start >= from && a.start <= from + 1);
  return !!m && !m.possessive && !plainClauseBullet(doc, s, from);
}

export const plainClauseItem = defineRule({
  id: 'content/plain-clause-item', stage: 'content',
  reason: 'Under a party\'s heading or its document in a factbox, a bullet that states what a party does in the plain present, with no stance word and no modal ("- Option two: Armenia halts mobilisation and begins demobilisation; arms deliveries stop; Yerevan lifts martial law and holds elections", "- Serbia withdraws its police from the north"), is a term of that list written as a clause: the heading\'s party holds it, of the heading\'s type, like a bare noun phrase. A bullet with a stance word ("- Kosovo wants …", "- Sequencing: Kyiv rejects …") or a modal ("- Ukraine would not join NATO") is a sentence of its own, read with its own subject.',
});

/** No cue and no modal from `from` to the sentence's end: a plain present clause (content/plain-clause-item). */
function plainClauseBullet(doc: Doc, s: Sentence, from: number): boolean {
  if (doc.cuesBySentence.get(s.index)?.length) return false;
  const modals = doc.index.set.modals;
  for (let j = from; j < s.tEnd; j++) if (modals.has(doc.tokens[j].lower)) return false;
  return true;
}
