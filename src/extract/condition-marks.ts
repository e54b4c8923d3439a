// Where a condition begins: the conjunctions and phrases that open one ("if", "unless", "until",
// "provided", "as long as", "on condition that", "the moment Kyiv …", "Should Moscow …", "Failing a deal
// …"), with their word lists in rules.json under claim/if-condition. Three readers need the same answer:
// the content of a stance ends where its condition begins (items.ts), a stance inside a condition is
// none of the speaker's (triggers.ts, trigger/blocker), and the condition rules make the demand the
// condition states (conditions.ts).
import type { Doc, Sentence } from '../annotate/annotate.js';
import { wordList, type LexiconIndex } from '../annotate/lexicon-index.js';
import { defineWordClass, inClass, MODAL } from '../annotate/word-classes.js';
import { defineRule } from './rules/registry.js';
import { thatClauseEndsCondition } from './condition-that-clause.js';
import { nominalConditionEnds } from './nominal-condition.js';

export const IF_CONDITION = 'claim/if-condition';

/**
 * if: the stance holds when the condition does ("would halt strikes if …", "Should …", "provided …");
 * until / unless: the stance holds until the condition does; failing: the stance holds when the
 * condition does not ("Failing a deal by Friday, …"), so what it names is wanted, as under "unless";
 * rather: no condition but an alternative refused ("would fight on rather than surrender the Donbas"), read
 * like one (it ends the stance's content, a stance inside it is none of its own); when: no condition but a span
 * of time from an event of the settlement ("within 90 days of a ceasefire"): the act before it is offered for
 * then, and nothing is demanded (claim/contingency).
 */
export type ConditionKind = 'if' | 'until' | 'unless' | 'failing' | 'rather' | 'when';

export const contingency = defineRule({
  id: 'claim/contingency', stage: 'claim',
  reason: 'An act timed by a span from an event of the settlement is offered for then, with no demand: "Ukraine could hold a presidential election within 90 days of a ceasefire taking effect", "Eritrea could release the prisoners within weeks of a peace deal being signed". "within" + a number and a unit of time + "of/after/from" + a ceasefire or talks term ends the stance\'s content and makes the sentence conditional (a modal\'s act under it is offered, candidate/modal conditionalVerbs); no party is asked to act, so nothing is demanded.',
});

export interface ConditionMark { kind: ConditionKind; /** tokens of the conjunction */ length: number }

/** A word list's phrases split into words, once per list: split again at every "the" of a sentence they were ~2% of the extractor's time (speed, issue 7). */
const splitLists = new WeakMap<Set<string>, string[][]>();
function splitPhrases(list: Set<string>): string[][] {
  let split = splitLists.get(list);
  if (!split) { split = [...list].map((p) => p.split(' ')); splitLists.set(list, split); }
  return split;
}

/** Every word a condition can begin with, once per lexicon: a cheap test per token for the readers above. */
const startSets = new WeakMap<Set<string>, Set<string>>();
export function conditionStarts(doc: Doc): Set<string> {
  return startWords(doc.index);
}
function startWords(index: LexiconIndex): Set<string> {
  const words = index.words(IF_CONDITION);
  let set = startSets.get(words);
  if (!set) {
    set = new Set([...words, 'until', 'unless', 'should', ...index.words(contingency.id, 'starts'), ...index.words(IF_CONDITION, 'phraseStarts'), ...index.words(IF_CONDITION, 'negativeStarts'), ...index.words(IF_CONDITION, 'alternatives'), ...index.words(IF_CONDITION, 'preferences')]);
    startSets.set(words, set);
  }
  return set;
}
/** The words of conditionStarts() as a word class: one bit test per token (or per sentence) where a condition may begin. */
export const CONDITION_START = defineWordClass('condition starts', startWords);

/** conditionAt()'s word lists (claim/if-condition in rules.json), as handles: it runs at every token of its class. */
const IF_WORDS = wordList(IF_CONDITION);
const IF_ALTERNATIVES = wordList(IF_CONDITION, 'alternatives');
const IF_HEDGES = wordList(IF_CONDITION, 'hedges');
const IF_NEGATIVE_STARTS = wordList(IF_CONDITION, 'negativeStarts');
const IF_NOT_CONDITIONS = wordList(IF_CONDITION, 'notConditions');
const IF_PARTICIPLE_HEADS = wordList(IF_CONDITION, 'participleHeads');
const IF_PHRASES = wordList(IF_CONDITION, 'phrases');
const IF_PREFERENCE_LINKS = wordList(IF_CONDITION, 'preferenceLinks');
const IF_PREFERENCES = wordList(IF_CONDITION, 'preferences');
const IF_TIME_PREPOSITIONS = wordList(IF_CONDITION, 'timePrepositions');
/** The verbs of saying (holder.ts speech-verbs; read here by id, holder.ts imports this module). */
const SPEECH_VERBS = wordList('speech-verbs');
const IF_SUBJECT_PRONOUNS = wordList(IF_CONDITION, 'subjectPronouns');
const IF_SUBJECT_NOUNS = wordList(IF_CONDITION, 'subjectNouns');
const IF_MID_CLAUSE = wordList(IF_CONDITION, 'midClauseOnly');
const IF_ADVERBIAL_NEXT = wordList(IF_CONDITION, 'adverbialNext');
const WHEN_ISSUES = wordList(contingency.id);
const WHEN_STARTS = wordList(contingency.id, 'starts');
const WHEN_UNITS = wordList(contingency.id, 'units');
const WHEN_LINKS = wordList(contingency.id, 'links');

/** Whether a ceasefire or talks term begins within three tokens of `from`, in the same sentence ("a ceasefire holds", "the fighting stops"). */
function settlementEventAt(doc: Doc, from: number): boolean {
  const s = doc.sentenceOf[from - 1];
  for (let k = from; k < from + 3 && k < doc.tokens.length && doc.sentenceOf[k] === s; k++) {
    if (doc.tokens[k].text === ',') return false;
    if (doc.issueAt.get(k)?.values.some((v) => WHEN_ISSUES(doc.index).has(v.issue))) return true;
    // (Inside a longer term that names no issue: "within 90 days of a ceasefire", where "days of a ceasefire" is noise.)
    if (doc.issueAt.get(k)?.values.some((v) => v.rank < 0) === false) continue;
    if (doc.index.issues.matchAt(doc.tokens, k)?.values.some((v) => WHEN_ISSUES(doc.index).has(v.issue))) return true;
  }
  return false;
}

/** "within 90 days of a ceasefire", "within ninety days after a truce holds": the length of the span of time, or 0 (claim/contingency). */
function spanFromEvent(doc: Doc, i: number): number {
  const { tokens } = doc;
  if (!WHEN_STARTS(doc.index).has(tokens[i].lower)) return 0;
  // "within 90 days of", "within the first 100 days after": a number or a word, then a unit and a link.
  for (let u = i + 1; u <= i + 3; u++) {
    if (!WHEN_UNITS(doc.index).has(tokens[u]?.lower ?? '') || !WHEN_LINKS(doc.index).has(tokens[u + 1]?.lower ?? '')) continue;
    return settlementEventAt(doc, u + 2) ? u + 2 - i : 0;
  }
  return 0;
}

/**
 * A party named within two tokens after `from` as a subject (not "its"/"Russia's"), a subject pronoun
 * ("provided they quit our land") or a party's forces ("the moment Ukrainian units leave"): a clause of its
 * own follows.
 */
function subjectFollows(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  if (IF_SUBJECT_PRONOUNS(doc.index).has(tokens[from]?.lower ?? '')) return true;
  // "the moment Ukrainian units leave …", "once Russian troops withdraw …": a party's forces.
  const f = tokens[from]?.lower === 'the' ? from + 1 : from;
  if (tokens[f]?.cap && IF_SUBJECT_NOUNS(doc.index).has(tokens[f + 1]?.lower ?? '')) return true;
  return (doc.actorsBySentence.get(doc.sentenceOf[from - 1]) ?? []).some((a) => a.start >= from && a.start <= from + 2 && !a.possessive);
}

/**
 * "provided Kyiv ends its raids", "providing that …" are conditions; "the US provided Kyiv with air defence",
 * "stop providing Russia with weapons" are the verb: a subject must follow, with no "with" after it, and no
 * auxiliary or verb that takes a participle or gerund may come before it ('participleHeads'); "providing"
 * without "that" only at the head of a clause.
 */
export const provisoNounSubject = defineRule({
  id: 'claim/proviso-noun-subject', stage: 'claim',
  reason: '"Ukraine offered to accept a neutral status, provided a group of foreign states guaranteed its security", "Baku agreed to reopen the road, providing the international monitors withdrew": after a comma, "provided"/"providing" followed by a noun phrase (opened by one of rules.json \'determiners\') and a finite verb before any comma opens a condition whose subject the lexicon need not know; not the verb "provided … with", "provided by", "provided to/for".',
});

/** From `from`, a noun phrase opened by a determiner, then a finite verb before any comma ("a group of foreign states
 * guaranteed …", "the West lifted …"); not the verb's "provided by/with/to/for" (claim/proviso-noun-subject). */
function nounSubjectClause(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(provisoNounSubject.id, list);
  if (!w('determiners').has(tokens[from]?.lower ?? '')) return false;
  const sentence = doc.sentenceOf[from];
  for (let j = from + 1; j < Math.min(tokens.length, from + 8) && doc.sentenceOf[j] === sentence; j++) {
    const x = tokens[j];
    if (!x.word || w('stops').has(x.lower)) return false;
    if (j > from + 1 && tokens[j - 1].lower !== 'of' && (w('verbs').has(x.lower) || /^[a-z]{3,}ed$/.test(x.lower))) return true;
  }
  return false;
}

function participleCondition(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const w = tokens[i].lower;
  if (tokens[i + 1]?.lower === 'that') return true;
  // (", provided a group of foreign states guaranteed its security": after a comma, a subject the lexicon does not
  // know, claim/proviso-noun-subject.)
  if (tokens[i - 1]?.text === ',' && nounSubjectClause(doc, i + 1)) return true;
  if (!subjectFollows(doc, i + 1)) return false;
  const prev = tokens[i - 1];
  if (prev && w === 'providing' && prev.text !== ',') return false;
  if (prev && IF_PARTICIPLE_HEADS(doc.index).has(prev.lower)) return false;
  // "provided Kyiv with air defence": the verb's "with" follows its object.
  for (let k = i + 2; k < Math.min(i + 6, tokens.length); k++) if (tokens[k].lower === 'with') return false;
  return true;
}

/** The condition that begins at token i, or null. */
/**
 * "European rather than American troops", "Turkish instead of Russian gas": capitalised modifiers on both sides of the
 * link at `i` and a lower-case word after the second are two modifiers of one noun, not a refused alternative.
 */
function sharedNounModifiers(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const before = tokens[i - 1], after = tokens[i + 2], noun = tokens[i + 3];
  return !!before && !!after && !!noun && before.word && before.cap && after.word && after.cap && noun.word && !noun.cap;
}

export function conditionAt(doc: Doc, i: number): ConditionMark | null {
  const { tokens } = doc;
  const w = tokens[i].lower;
  if (!inClass(tokens[i], CONDITION_START)) return null;
  const next = tokens[i + 1]?.lower ?? '';
  if (w === 'until') return { kind: 'until', length: 1 };
  if (w === 'unless') return { kind: 'unless', length: 1 };
  const s = doc.sentences[doc.sentenceOf[i]];
  const span = spanFromEvent(doc, i);
  if (span) return { kind: 'when', length: span };
  // "Should Moscow sign up to a truce, Washington would …": an inverted condition at the head of the sentence.
  if (w === 'should') return s && i === s.tStart ? { kind: 'if', length: 1 } : null;
  if (IF_WORDS(doc.index).has(w)) {
    // "if necessary" is a hedge; "even if" concedes and "as if" compares: neither sets a condition.
    if (IF_HEDGES(doc.index).has(next)) return null;
    if (w === 'if' && IF_NOT_CONDITIONS(doc.index).has(tokens[i - 1]?.lower ?? '')) return null;
    if (w !== 'if' && !participleCondition(doc, i)) return null;
    return { kind: 'if', length: 1 };
  }
  // "Failing a deal on the prisoner lists by the end of the month, Ukraine would walk away …": at the head of a
  // clause, a condition on what does not happen.
  if (IF_NEGATIVE_STARTS(doc.index).has(w)) {
    const head = s && (i === s.tStart || tokens[i - 1].text === ',' || (!tokens[i - 1].word && i - 1 === s.tStart));
    return head && tokens[i + 1]?.word ? { kind: 'failing', length: 1 } : null;
  }
  // "rather than", "instead of": an alternative refused.
  // ("policed by European rather than American troops": two modifiers of one noun, no alternative of its own.)
  if (IF_PREFERENCES(doc.index).has(w)) return IF_PREFERENCE_LINKS(doc.index).has(next) && !sharedNounModifiers(doc, i) ? { kind: 'rather', length: 2 } : null;
  // "Either they give up Kupiansk, or our army will take it": the first alternative is what is wanted, the
  // second what follows if it is not done (the second "unless" the first).
  if (IF_ALTERNATIVES(doc.index).has(w)) {
    const head = s && (i === s.tStart || !tokens[i - 1].word);
    if (!head) return null;
    for (let k = i + 2; k < s.tEnd - 1; k++) if (tokens[k].text === ',' && tokens[k + 1].lower === 'or') return { kind: 'unless', length: 1 };
    return null;
  }
  for (const ws of splitPhrases(IF_PHRASES(doc.index))) {
    if (ws[0] !== w || !ws.every((x, k) => tokens[i + k]?.lower === x)) continue;
    // "once", "the moment" and "the same day" need a clause with its own subject after them ("once Kyiv and
    // Moscow sign …"): "once again", "at the moment" are no conditions.
    if ((ws.length === 1 || ws[0] === 'the') && !subjectFollows(doc, i + ws.length)) return null;
    // ("offered once again Minsk as the venue": a party right after "once again" is the object, not a condition's
    // subject; "once again", "once more" repeat.)
    if (ws.length === 1 && IF_ADVERBIAL_NEXT(doc.index).has(next)) return null;
    // ("Before the Kremlin stated there would be no extension, …": a fronted "before" sets the time; after a
    // stance, "agreeing to a settlement before it agrees to a ceasefire", it is the condition.)
    if (IF_MID_CLAUSE(doc.index).has(w) && (i === 0 || doc.sentenceOf[i - 1] !== doc.sentenceOf[i] || !tokens[i - 1].word)) return null;
    // "as soon as possible" is a hedge.
    if (IF_HEDGES(doc.index).has(tokens[i + ws.length]?.lower ?? '')) return null;
    if ((w === 'provided' || w === 'providing') && ws.length === 1 && !participleCondition(doc, i)) return null;
    // "said on the same day that …", "at the moment": after a preposition the phrase tells the time.
    if (ws[0] === 'the' && IF_TIME_PREPOSITIONS(doc.index).has(tokens[i - 1]?.lower ?? '')) return null;
    // (So does one right after a verb of saying, before its "that": "Putin said the same day that the plan could form
    // the basis of a settlement" says when he said it.)
    if (ws[0] === 'the' && tokens[i + ws.length]?.lower === 'that' && SPEECH_VERBS(doc.index).has(tokens[i - 1]?.lower ?? '')) return null;
    return { kind: 'if', length: ws.length };
  }
  return null;
}

/** Whether the sentence times an act by a span from an event of the settlement ("within 90 days of a ceasefire", claim/contingency): it is conditional. */
export function hasContingency(doc: Doc, s: Sentence): boolean {
  if ((s.classes & CONDITION_START.bit) === 0) return false;
  // (Speed: a span from an event opens at one of the contingency's 'starts', sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, WHEN_STARTS(doc.index))) return false;
  for (let i = s.tStart; i < s.tEnd; i++) if (inClass(doc.tokens[i], CONDITION_START) && conditionAt(doc, i)?.kind === 'when') return true;
  return false;
}

/**
 * Where a condition that begins at `from` (after its conjunction) ends: at a comma (not one inside a list of
 * names: listComma) or semicolon, or where a
 * new clause with its own subject begins ("… until all its aims are achieved while Kyiv says …", "… until
 * Russian troops leave, and Ukraine will not talk until …").
 */
export function conditionEnd(doc: Doc, from: number): number {
  const { tokens } = doc;
  const s = doc.sentences[doc.sentenceOf[from - 1]];
  const actorsHere = doc.actorsBySentence.get(s.index) ?? [];
  const newClause = (k: number) => (tokens[k].lower === 'and' || tokens[k].lower === 'but' || tokens[k].lower === 'while') && actorsHere.some((a) => a.start === k + 1 && !a.object && !a.possessive && !(a.coordinated && a.coordinated.end === k));
  let e = from;
  // (Not before a party that may be the next clause's subject: "If Baku leaves Zvecan, Serbia and Kosovo will sign".)
  const listAt = (k: number) => listComma(doc, k, s.tEnd) && !actorsHere.some((a) => a.start === k + 1 && !a.object && !a.possessive);
  // ("said that 'nothing will happen until we meet' and that he was ready to meet": a new that-clause after "and"
  // is a statement of its own, claim/condition-that-clause; "in case of provocations — a response": a noun-phrase
  // condition ends at a dash or an existential "there", claim/nominal-condition-end.)
  // ("that if Russia broke them he would ask Trump for more sanctions": with no comma, a nominative pronoun right
  // before a modal is the main clause's subject, claim/condition-pronoun-subject.)
  const pronouns = doc.index.words(pronounSubject.id, 'pronouns');
  // (Not one coordinated into the condition's own subject: "If Russia and I cannot reach a deal".)
  const mainSubject = (k: number) => k > from && pronouns.has(tokens[k].lower) && k + 1 < s.tEnd && inClass(tokens[k + 1], MODAL) && !doc.index.words(pronounSubject.id, 'notAfter').has(tokens[k - 1].lower);
  while (e < s.tEnd && (tokens[e].text !== ',' || listAt(e) || predicateComma(doc, from, e, s.tEnd)) && tokens[e].text !== ';' && !newClause(e) && !mainSubject(e) && !thatClauseEndsCondition(doc, from, e) && !nominalConditionEnds(doc, from, e)) e++;
  return e;
}

const pronounSubject = defineRule({
  id: 'claim/condition-pronoun-subject', stage: 'claim',
  reason: 'A condition with no comma after it ends where the main clause\'s subject begins when that subject is a nominative pronoun right before a modal ("that if Russia broke them he would ask Trump for more sanctions", "if Baku attacks again we will respond"): such a pronoun cannot stand inside the condition\'s predicate, so the step after it is the main clause\'s, not the condition\'s (trigger/blocker, candidate/refusal-consequence). \'pronouns\': the nominative pronouns read so ("it" and "you" are objects as well, and are not); \'notAfter\': words before the pronoun that keep it in the condition, a coordinated subject ("If Russia and I cannot reach a deal") or a clause it opens.',
});

const predicateSeries = defineRule({
  id: 'claim/condition-predicates', stage: 'claim',
  reason: 'A condition whose subject takes a series of predicates in the past ("would end the operation if Yerevan withdrew its troops, amended its constitution to drop the claim and recognised the border") goes on past the commas between them: each predicate is demanded, not only the first; a comma before anything but another past verb of the series ends it ("if Kosovo withdrew, Serbia would …").',
});

/**
 * A comma between two past predicates of a condition's subject: the condition (from `from`) has a past verb of its
 * own before the comma `k`, and a past verb ('-ed', or an irregular past in 'pastVerbs') follows right after it
 * (claim/condition-predicates).
 */
function predicateComma(doc: Doc, from: number, k: number, end: number): boolean {
  const { tokens } = doc;
  const past = (j: number) => { const x = tokens[j]; return !!x && x.word && !x.cap && (/[a-z]{3,}ed$/.test(x.lower) || doc.index.words(predicateSeries.id, 'pastVerbs').has(x.lower)); };
  if (!past(k + 1)) return false;
  let own = false;
  for (let j = from; j < k && !own; j++) own = past(j);
  return own;
}

/**
 * A comma inside a list of names ("withdrew from the Syunik, Tavush and Ararat regions and renounced …"): a name
 * before it, one to three names after it, then another comma or "and"/"or" (claim/if-condition: the condition
 * goes on after the list). (conditionEnd: not when a party's name follows, which may start the next clause.)
 */
function listComma(doc: Doc, k: number, end: number): boolean {
  const { tokens } = doc;
  if (!tokens[k - 1]?.cap) return false;
  let j = k + 1;
  while (j < end && j <= k + 3 && tokens[j].cap && tokens[j].word) j++;
  if (j === k + 1 || j >= end) return false;
  return tokens[j].text === ',' || tokens[j].lower === 'and' || tokens[j].lower === 'or';
}
