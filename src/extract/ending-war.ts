// Ending the war as a stance's own object (issue 7, issue gate): the ceasefire issue's weak terms ("end the war",
// "stop this war", issues.json) name it only right after the cue of an offer, acceptance or refusal ("ready to end
// the war"), not in a purpose clause ("a plan to end the war", "pull out of Donetsk to end the war": there the
// issue is what the plan names). Two widenings, one rule (content/ending-the-war):
// - a call on another party to end it is a demand of a ceasefire: "urged Yerevan to end the war", "demanded that
//   Baku stop the war", "called for an end to the war" (the words between cue and term are only the addressed
//   parties and "to"/"that");
// - the war may carry its adjectives: "end this senseless war", "stop the ongoing conflict" (a verb of ending, a
//   determiner, at most two lowercase words, a noun of war: `verbs`, `determiners`, `nouns` in rules.json);
// - an imperative in a quote asks it of the addressee: "Stop this senseless war!", "Settle now and stop the war!"
//   (the imperative itself, or after `imperativeLinks` only).
import type { Doc } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass, inClass } from '../annotate/word-classes.js';

export const endingTheWar = defineRule({
  id: 'content/ending-the-war', stage: 'content',
  reason: 'Ending or stopping the war is a ceasefire when it is the stance\'s own object: right after the cue of an offer, acceptance or refusal ("ready to end the war"), or as the verb of a modal offer ("Moscow would end the war if Kyiv dropped its NATO bid"), or what a demand asks of the parties it addresses ("urged Yerevan to end the war", "demanded that Baku stop this senseless war", "called for an end to the war"); not as a purpose ("a plan to end the war"). The war may carry adjectives ("end this senseless war"). An imperative in a quote asks it of the addressee ("Settle now and stop this ridiculous war!"). The war may also be the subject of a deontic whose verb ends it ("the war has to end", "this war has to be ended": a demand of a ceasefire).',
});

/** The verbs of ending, as a word class: the content loop asks at every token that names no issue (one bit test). */
const ENDING_VERB = defineWordClass('ending verbs', (index) => index.words(endingTheWar.id, 'verbs'));

/** The end of an "end/stop DET (ADJ){0,2} war" frame starting at `i`, else -1 (for a term not listed verbatim). */
export function endingFrameEnd(doc: Doc, i: number, limit: number): number {
  const { tokens } = doc;
  if (!inClass(tokens[i], ENDING_VERB)) return -1;
  const words = (list: string) => doc.index.words(endingTheWar.id, list);
  let j = i + 1;
  if (tokens[j]?.lower === 'to') j++; // "an end to this senseless war"
  if (!words('determiners').has(tokens[j]?.lower ?? '')) return -1;
  j++;
  for (let n = 0; n <= 2 && j < limit; n++, j++) {
    const x = tokens[j];
    if (!x.word || x.cap) return -1;
    if (words('nouns').has(x.lower)) return n > 0 ? j + 1 : -1; // (no adjective: the listed terms cover it)
  }
  return -1;
}

/** A weak term at `i` is the stance's own object (see the rule's reason). */
export function weakOwnObject(doc: Doc, t: Trigger, i: number): boolean {
  // An imperative in a quote asks it of the addressee: "Stop this senseless war!", "Settle now and stop the war!".
  if (t.rule === 'imperative') {
    if (i === t.start) return true;
    if (i < t.end) return false;
    const links = doc.index.words(endingTheWar.id, 'imperativeLinks');
    for (let j = t.end; j < i; j++) if (!links.has(doc.tokens[j].lower)) return false;
    return true;
  }
  // ("Moscow would end the war if …": a modal offer's cue ends with the verb of ending, so the term starts on it.)
  if ((t.rule === 'modal-offer' || t.rule === 'modal-not') && i === t.end - 1 && t.end - t.start >= 2) return true;
  // ("the war has to end", "this war has to be ended": the noun-first frame of issues.json, the war the subject of a
  // deontic and the verb of ending right after it: what must end is the war itself.)
  if (i < t.start && t.modal && t.type === 'DEMAND') {
    const m = doc.issueAt.get(i);
    if (m && m.end > t.start && m.end <= t.end + 3) return true;
  }
  // (That noun-first frame names the ceasefire only there: "wants the war to end", "could allow the war to end" say
  // what a step would bring about, not what is asked or offered.)
  if (doc.index.words(endingTheWar.id, 'nouns').has(doc.tokens[i].lower)) return false;
  if (i < t.end) return false;
  if (i - t.end <= 1 && (t.type === 'OFFER' || t.type === 'ACCEPT' || t.type === 'REJECT')) return true;
  // ("called for an end to the war"; not "wanted to stop the war": wanting to do it oneself asks nothing of another.)
  if (i - t.end <= 1 && t.type === 'DEMAND' && !t.modal && doc.tokens[t.end]?.lower !== 'to' && doc.tokens[t.end - 1]?.lower !== 'to') return true;
  if (t.type !== 'DEMAND' || t.modal) return false;
  // "urged Yerevan to end …", "demanded that Baku and Yerevan stop …", "called on both sides to end …"
  const { tokens } = doc;
  let j = t.end;
  if (tokens[j]?.lower === 'that') j++;
  const from = j;
  const actors = doc.actorsBySentence.get(doc.sentenceOf[t.start] ?? 0) ?? [];
  let parties = 0;
  for (;;) {
    const a = actors.find((x) => x.start === j && !x.possessive);
    if (a) { j = a.end; parties++; }
    else if (doc.index.words(endingTheWar.id, 'sides').has(tokens[j]?.lower ?? '') && doc.index.words(endingTheWar.id, 'sides').has(tokens[j + 1]?.lower ?? '')) { j += 2; parties++; }
    else break;
    if (tokens[j]?.lower === 'and' || tokens[j]?.text === ',') j++; else break;
  }
  // ("urged leaders to end the war", "appealed to the leaders at the opening session to \"end the war\"", "urged the
  // governments of Armenia and Azerbaijan to end the conflict": rulers or states addressed as a group stand for the
  // parties too.)
  if (parties) {
    if (tokens[j]?.lower === 'to') j++;
    if (tokens[j]?.text === '"') j++; // ("urged both sides to \"end the war\"")
    if (j === i) return true;
  }
  // ("all the belligerents in Gaza": "all the" is no pair of sides but the group's modifiers.)
  const end = addressedGroupEnd(doc, from, i);
  return end >= 0;
}

/** Words of an addressed group's phrase after its noun, at most: "the leaders at the opening session of the G20". */
const GROUP_TAIL = 8;

/**
 * Where the group addressed at `j` ends, right before the "to" that leads to the weak term at `i` (any verb when `i` < 0),
 * else -1: a noun of
 * rulers or states ('addressees': "leaders", "governments", "belligerents") among the first four words, with its
 * modifiers before it ("world leaders", "all the belligerents") and, after it, only a phrase that opens with a
 * preposition ("at the opening session", "of Armenia and Azerbaijan", "in Gaza"), no punctuation but a quote mark.
 */
export function addressedGroupEnd(doc: Doc, j: number, i: number): number {
  const { tokens } = doc;
  const groups = doc.index.words(endingTheWar.id, 'addressees');
  let noun = -1;
  for (let k = j; k < j + 4 && (i < 0 || k < i); k++) {
    if (!tokens[k].word) return -1;
    if (groups.has(tokens[k].lower)) { noun = k; break; }
  }
  if (noun < 0) return -1;
  const preps = doc.index.words(endingTheWar.id, 'groupPrepositions');
  // (With `i` < 0, any lowercase verb after "to": the call's act, claim/addressed-sides.)
  const to = (k: number) => {
    if (tokens[k]?.lower !== 'to') return false;
    const v = groupAct(doc, k);
    return i < 0 ? !!tokens[v]?.word && !tokens[v].cap : v === i;
  };
  if (to(noun + 1)) return noun + 1;
  if (!preps.has(tokens[noun + 1]?.lower ?? '')) return -1;
  for (let k = noun + 2; k < noun + 2 + GROUP_TAIL && (i < 0 || k < i); k++) {
    if (to(k)) return k;
    if (!tokens[k].word) return -1;
  }
  return -1;
}

/** The act asked of an addressed group: the word after its "to" at `to`, past a quote mark ("to \"end the war\""). */
export function groupAct(doc: Doc, to: number): number {
  return doc.tokens[to + 1]?.text === '"' ? to + 2 : to + 1;
}
