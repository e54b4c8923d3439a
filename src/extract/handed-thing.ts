// Handing over a thing is no cession of land: "India will hand over four mobile hospital cubes to Ukraine" offers aid,
// "Russia's memorandum, handed over on June 2, …" names a document (content/handed-thing). The territory term "hand
// over" keeps its issue when what is handed over is land, a place, an issue of its own, a pronoun, or nothing.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const handedThing = defineRule({
  id: 'content/handed-thing', stage: 'content',
  reason: '"hand over" is ceding land ("will not hand over the part of Donetsk it controls", "refused to hand over land", "not a metre would be handed over") only when what is handed over is land: its object (after an optional "to" and a party) ends in a lower-case noun that is none of \'landNouns\' and no place or issue term ("will hand over four mobile hospital cubes to Ukraine", "handed over the documents to the mediators", "hand over the keys to the city"), or, as a participle with no object, it follows such a noun ("the memorandum, handed over on June 2"): a thing handed over names no issue; the stance\'s other words may.',
});

const STOP_AT = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”', '–', '—']);

/** Whether the territory term "hand over" at [i, end) hands over a thing, not land (content/handed-thing). */
export function handedThingAt(doc: Doc, i: number, end: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(handedThing.id, list);
  if (end - i !== 2 || !w('verbs').has(tokens[i].lower) || tokens[i + 1].lower !== 'over') return false;
  const s = doc.sentences[doc.sentenceOf[i] ?? 0];
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const land = w('landNouns'), pronouns = w('pronouns'), stops = w('objectEnds');
  const isLand = (k: number) => doc.placeAt.has(k) || doc.issueAt.has(k) || land.has(tokens[k].lower);
  let k = end;
  // ("hand over to Ukraine a draft memorandum": the recipient first.)
  if (tokens[k]?.lower === 'to') { const a = actors.find((x) => x.start === k + 1); if (a) k = a.end; }
  let head = -1;
  for (; k < s.tEnd; k++) {
    const x = tokens[k];
    if (!x.word || STOP_AT.has(x.text) || stops.has(x.lower) || actors.some((a) => a.start === k)) break;
    if (isLand(k) || pronouns.has(x.lower)) return false;
    head = k;
  }
  if (head >= 0) return !tokens[head].cap && !/\d/.test(tokens[head].text) && !w('determiners').has(tokens[head].lower);
  // A participle with no object describes the noun before it: "the memorandum, handed over on June 2".
  if (tokens[i].lower !== 'handed') return false;
  let b = i - 1;
  if (tokens[b]?.text === ',') b--;
  const n = tokens[b];
  if (!n || b < s.tStart || !n.word || n.cap || isLand(b) || pronouns.has(n.lower) || w('auxiliaries').has(n.lower)) return false;
  return w('thingNouns').has(n.lower);
}

export const takenOverTask = defineRule({
  id: 'content/taken-over-task', stage: 'content',
  reason: '"take over" is seizing land ("Russia wants to take over the whole of Donbas", "would take over the rest of the region") except when what is taken over is a task: its object, or the noun after its "part/share/much of", is one of \'taskNouns\' ("expects European countries to take over a big part of that effort", "Berlin would take over the lead", "take over the burden of funding Kyiv"): a share of the work names no issue; the stance\'s other words may.',
});

/** Whether the territory term "take over" at [i, end) takes over a task, not land (content/taken-over-task). */
export function takenOverTaskAt(doc: Doc, i: number, end: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(takenOverTask.id, list);
  if (end - i !== 2 || !w('verbs').has(tokens[i].lower) || tokens[i + 1].lower !== 'over') return false;
  const s = doc.sentences[doc.sentenceOf[i] ?? 0];
  const tasks = w('taskNouns');
  // The object's words up to its noun (a quotation mark inside it is skipped: 'to "take over a big part" of it').
  for (let k = end, n = 0; k < s.tEnd && n < 10; k++) {
    const x = tokens[k];
    if (x.text === '"' || x.text === '“' || x.text === '”' || x.text === '-') continue;
    if (!x.word || doc.placeAt.has(k) || doc.issueAt.has(k)) return false;
    n++;
    if (tasks.has(x.lower)) return true;
    if (x.cap) return false;
  }
  return false;
}
