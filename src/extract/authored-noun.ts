// A plan noun that a verb of authoring makes ("they had produced an updated peace framework", "Qatar and Egypt
// drew up a framework for a truce", "the envoys hammered out a plan for a prisoner exchange") is its subject's
// new proposal: the indefinite article says it is new, the verb who made it. holder/noun-needs-possessor
// otherwise leaves a plan noun with no possessor to nobody ("a plan to freeze the front was discussed").
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

const rule = defineRule({
  id: 'holder/authored-noun', stage: 'holder',
  reason: "A plan noun after 'a/an' that a verb of authoring governs ('produced a framework', 'drew up a plan', 'worked out a roadmap') is held by that verb's subject, found by the later holder rules; so is a counted stance noun that a verb of holding or setting governs ('Kyiv has one condition for talks', 'Baku set two conditions for a treaty'). A plan noun with no possessor and no such verb stays nobody's (holder/noun-needs-possessor).",
});

/** True when the noun at `t` is the object of a verb of authoring through "a/an" and its modifiers. */
export function authoredByVerb(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const stops = doc.index.words(rule.id, 'stops');
  const counts = doc.index.words(rule.id, 'counts');
  let det = -1, counted = false;
  for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 8); j--) {
    const w = tokens[j];
    if (w.lower === 'a' || w.lower === 'an') { det = j; break; }
    // ("Kyiv has one condition for talks", "Baku set two conditions": a count stands for the article.)
    if (counts.has(w.lower)) { det = j; counted = true; if (tokens[j - 1]?.lower === 'a') det = j - 1; break; }
    if (!w.word && w.text !== '"' && w.text !== '-') return false;
    if (stops.has(w.lower)) return false;
  }
  if (det < 0) return false;
  let v = det - 1;
  // (A quotation mark that opens the quoted noun phrase is no word between the verb and it: 'had made "a very
  // explicit proposal" to freeze the lines'.)
  if (/^["“”]$/.test(tokens[v]?.text ?? '')) v--;
  if (/ly$/.test(tokens[v]?.lower ?? '')) v--;
  const verb = tokens[v]?.lower ?? '';
  let at = -1;
  if (doc.index.words(rule.id, 'verbs').has(verb)) at = v;
  // ("Kyiv has one condition for talks: a full ceasefire", "Baku set two conditions": a counted stance noun that its
  // subject has or sets is that subject's own; 'holdingVerbs' need the count, "has a plan" may be anyone's.)
  else if (counted && doc.index.words(rule.id, 'holdingVerbs').has(verb)) at = v;
  // "drew up", "worked out", "hammered out", "put together": a particle after the verb.
  else if (doc.index.words(rule.id, 'particles').has(verb) && doc.index.words(rule.id, 'phrasalVerbs').has(tokens[v - 1]?.lower ?? '')) at = v - 1;
  if (at < 0) return false;
  // A verb that is a stance cue of its own ("unveiled a five-point plan", "drafted a plan") takes the plan as
  // its object: the noun is no second stance. Not a cue whose sense holds only with an issue of its own ("were
  // preparing", an offer only of a force, preparing-force): before a plan noun it is the authoring verb, and the
  // plan is the proposal ("were preparing a counterproposal that would keep the front line").
  return !verbIsCue(doc, s, at);
}

/** Whether the verb at `at` is a stance cue of its own (one that holds without an issue of its own): its object is no second stance. */
function verbIsCue(doc: Doc, s: Sentence, at: number): boolean {
  return (doc.cuesBySentence.get(s.index) ?? []).some((c) => c.start <= at && at < c.end && c.values.some((v) => !v.needsIssue));
}

const delivered = defineRule({
  id: 'holder/delivered-contents', stage: 'holder',
  reason: "A stance noun that a document's participle lays out ('submitted a memo to the embassy outlining proposals for a prisoner swap', 'handed over a letter setting out its conditions for a truce', 'sent a paper with suggestions on monitoring') is held by whoever delivered the document, found by the later holder rules (the subject of the verb of delivering), not dropped for want of a possessor.",
});

/** True when the noun at `t` is what a delivered document lays out: "[delivery verb] a/the DOCUMENT … outlining
 * (its) NOUN". The participle stands right before the noun (past a possessive and up to two modifiers); the
 * document noun and the verb of delivering before it, within ten words, in the same clause. */
export function deliveredContents(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const words = (list: string) => doc.index.words(delivered.id, list);
  let j = t.start - 1;
  if (words('possessives').has(tokens[j]?.lower ?? '')) j--;
  for (let k = 0; k < 2 && j > s.tStart && /(ed|al|ic|ive|ete|ous|new|own)$/.test(tokens[j].lower) && !words('participles').has(tokens[j].lower); k++) j--;
  let p = j;
  // Two-word participles: "setting out", "spelling out", "laying out".
  if (words('particles').has(tokens[p]?.lower ?? '') && words('participles').has(`${tokens[p - 1]?.lower} ${tokens[p].lower}`)) p--;
  else if (!words('participles').has(tokens[p]?.lower ?? '')) return false;
  const stops = words('stops');
  for (let d = p - 1; d >= Math.max(s.tStart + 1, p - 10); d--) {
    const w = tokens[d].lower;
    if (stops.has(w) || (!tokens[d].word && tokens[d].text !== ',' && tokens[d].text !== '-')) return false;
    if (!words('documents').has(w)) continue;
    let v = d - 1;
    // Back over the document's article and modifiers ("a formal written", "a two-page") to the verb.
    const modifier = (k: number) => words('determiners').has(tokens[k].lower) || /(ed|al|ic|ive|ten)$/.test(tokens[k].lower) || tokens[k].text === '-' || tokens[k + 1]?.text === '-' || tokens[k - 1]?.text === '-';
    while (v > s.tStart && v > d - 6 && modifier(v) && !words('verbs').has(tokens[v].lower)) v--;
    if (words('particles').has(tokens[v]?.lower ?? '') && words('verbs').has(`${tokens[v - 1]?.lower} ${tokens[v].lower}`)) return true;
    return words('verbs').has(tokens[v]?.lower ?? '');
  }
  return false;
}

const stated = defineRule({
  id: 'holder/stated-noun', stage: 'holder',
  reason: "A stance noun that a verb of stating or listing governs, past a few modifiers ('listed further conditions for a settlement: …', 'set out new demands', 'reiterated the following conditions: …', 'outlined fresh proposals') is held by that verb's subject, found by the later holder rules, not dropped for want of a possessor: the verb says whose they are. Not when the verb is a stance cue of its own ('presented proposals': the verb's claim), nor with an article ('listed a demand of Moscow's': holder/authored-noun reads those).",
});

/** True when the noun at `t` is the object of a verb of stating or listing, past 'modifiers' or "the following". */
export function statedByVerb(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const words = (list: string) => doc.index.words(stated.id, list);
  const modifiers = words('modifiers');
  let j = t.start - 1;
  for (let n = 0; n < 2 && j > s.tStart && modifiers.has(tokens[j].lower); n++) j--;
  if (tokens[j]?.lower === 'following' && tokens[j - 1]?.lower === 'the') j -= 2;
  let at = -1;
  if (words('verbs').has(tokens[j]?.lower ?? '')) at = j;
  else if (words('particles').has(tokens[j]?.lower ?? '') && words('phrasalVerbs').has(tokens[j - 1]?.lower ?? '')) at = j - 1;
  if (at < s.tStart) return false;
  return !verbIsCue(doc, s, at);
}
