// What a stance is about: the words after the cue (or before, for predicates such as "unacceptable")
// are cut into list items; each item gets the highest-ranked issue term it contains, places in an
// item with no issue term join the previous item ("… from Donetsk, Luhansk and Kherson").
import type { Doc, Sentence } from '../annotate/annotate.js';
import { compoundSpeechWord } from './compound-speaking.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { peoplePlaceItem } from './people-place.js';
import { conditionAt, CONDITION_START } from './condition-marks.js';
import { defineWordClass, inClass } from '../annotate/word-classes.js';
import { amongOpenerEnd, listOpensAt } from './lists.js';
import { nounSubject, nounSubjectPredicate, predicateVerb } from './noun-subject.js';
import { endingFrameEnd, weakOwnObject } from './ending-war.js';
import { leadingTimeEnd } from './leading-time.js';
import { trailingCeasefireTimeEnd } from './trailing-ceasefire-time.js';
import { handedThingAt, takenOverTaskAt } from './handed-thing.js';
import { leftArrangementIssue } from './left-arrangement.js';
import { realitiesAccountedAt } from './realities-accounted.js';
import { discussedRegionAt } from './discussed-region.js';
import { readyToTalkAt } from './ready-to-talk.js';
import { purposeForAt } from './purpose-for.js';
import { financialGuaranteeAt } from './financial-guarantee.js';
import { guaranteePartEnd } from './guarantee-part.js';
import { programmeFormatEnd } from './programme-format.js';
import { annexedLandAt } from './annexed-land.js';
import { subjectConditionSpan } from './subject-condition.js';
import { coordinatedComplementizer } from './coordinated-that-subject.js';
import { passiveMet } from './met-with-force.js';
import { speechInsertEnd } from './speech-insert.js';
import { sentenceActors } from './sentence-actors.js';
import { QUOTE_MARKS as BASE_QUOTE_MARKS } from './quote-marks.js';
import { facilityPlaceAt, facilityHeldAt } from './facility-place.js';

export interface IssueItem { issue: string; regions: string[]; start: number; end: number }

const appositiveRelative = defineRule({
  id: 'content/appositive-relative', stage: 'content',
  reason: '"Paris floated a European monitoring mission, an idea which Baku has called unacceptable": a predicate in a relative clause on an appositive noun phrase ("an idea", "a step", "a move") judges the clause the appositive stands for, as after ", which".',
});

const scopeRule = defineRule({
  id: 'content/scope', stage: 'content',
  reason: 'A stance\'s content runs from its cue to the next stance, a new clause ("but", ";", and once an issue is named "which", "while", "after" …) or an attribution ("…, according to three people", "…, the officials said"); a predicate\'s content is the clause before it.',
});
defineRule({
  id: 'content/named-object', stage: 'content',
  reason: '"In Nairobi, where they were attending a summit, the leaders of Kenya and Uganda called Ethiopia\'s position \'unacceptable\'", "Baku, after the talks in Geneva, branded the plan a trap": a predicate after a verb of naming (holder/predicate-speaker \'describeVerbs\') with an object judges that object; the words before the verb (the occasion, the speakers) are no part of what is judged.',
});
const subjectCircumstance = defineRule({
  id: 'content/subject-circumstance', stage: 'content',
  reason: '"Baku said plans to send troops to Armenia after the end of hostilities were unacceptable": a predicate judges the noun phrase a phrase of time follows ("after/before/during/following" + a determiner and no verb up to the predicate), not the phrase of time; it names when, not what is judged.',
});
const nounComplement = defineRule({
  id: 'content/noun-complement', stage: 'content',
  reason: 'A noun stance after a possessor ("Putin\'s demand") takes content only through a complement ("for", "of", "that", "include", "as" …); "territorial demands" mentioned in passing names no more than its own words.',
});
const modifierHead = defineRule({
  id: 'content/modifier-head', stage: 'content',
  reason: 'An issue word that modifies a noun which names an issue itself ("a demilitarised \'free economic zone\'" in the part of Donetsk Kyiv holds, "a demilitarised free trade area") is that noun\'s attribute: the noun, the head of the phrase, names the issue (the zone is a land arrangement: territory). Coordinated with the head\'s own modifier ("a demilitarised or \'free economic\' zone in Syunik") it modifies the same head, and after a comma that follows a zone ("a special zone in Syunik, demilitarised and under monitoring") it describes the zone. Alone it keeps its issue ("a demilitarised Ukraine", "a demilitarised buffer zone", "a neutral Georgia, demilitarised and without foreign bases").',
});
/** A noun of an area ("zone", "buffer") among the few words before the comma at `c`, from `start` on (content/modifier-head). */
function zoneBefore(doc: Doc, c: number, start: number): boolean {
  const zones = doc.index.words(modifierHead.id, 'zoneNouns');
  for (let k = c - 1; k >= Math.max(start, c - 8); k--) {
    if (!doc.tokens[k].word && doc.tokens[k].text !== '-') return false;
    if (zones.has(doc.tokens[k].lower)) return true;
  }
  return false;
}
defineRule({
  id: 'content/zone-in-region', stage: 'content',
  reason: '"proposed a demilitarised zone under international monitoring in the part of Donetsk still held by Ukraine", "offered to discuss a demilitarised zone in parts of Donetsk", "a demilitarised buffer zone in Syunik": a demilitarised zone (the modifier right before a zone noun, content/modifier-head \'zoneNouns\') placed in a named region ("in" within the four words before the region) is an arrangement of that land, who holds and polices it (spec §2 territory: the tuning gold files every such zone in a named region under territory). With no region named ("a demilitarised zone around the plant", "around the Zaporizhzhia nuclear plant", "a demilitarised zone of 800 miles along the line", a town or a landmark only) or a state demilitarised ("a demilitarised Armenia") it stays military_limits.',
});
defineRule({
  id: 'content/place-in-frame', stage: 'content',
  reason: 'An issue term or frame that spans a place ("the independence of the Donbas republics", "recognise the separatist republics of Donetsk and Luhansk as independent states") still names that place: its words are skipped as the term\'s, its places are the item\'s regions, as they would be outside it.',
});
const haltPurpose = defineRule({
  id: 'content/halt-purpose', stage: 'content',
  reason: '"Kyiv would not accept a short truce \'to collect bodies\'", "floated two or three days of silence on some parts of the front, to collect the bodies": a purpose clause ("to" and a verb of rules.json \'words\') after a halt of the fighting says what the truce is for; the bodies it names are no humanitarian stance, the truce stays a ceasefire (the tuning gold files all four such truces under ceasefire). Only after a ceasefire head, or opening the next item right after one.',
});
const coordinatedPredicates = defineRule({
  id: 'content/coordinated-predicates', stage: 'content',
  reason: '"demanded that Armenia be demilitarised and denazified", "insists that Kosovo be \'demilitarized\' and \'neutral\'": an issue modifier coordinated with another issue term that no noun follows is a predicate of its own, not the attribute of a shared head (content/modifier-head: "a demilitarised or \'free economic\' zone" has one); each names its issue, one item each.',
});
/**
 * Whether the term at `h`..`e` coordinated after an issue modifier names or precedes a head noun (a term of two words
 * or more, or a word right after it, past quote marks): else both are predicates (content/coordinated-predicates).
 */
function headAfterModifier(doc: Doc, h: number, e: number, end: number): boolean {
  if (e - h >= 2) return true;
  let k = e;
  while (k < end && !doc.tokens[k].word && QUOTE_MARKS.has(doc.tokens[k].text)) k++;
  if (k >= end || !doc.tokens[k].word) return false;
  return !doc.index.words(coordinatedPredicates.id, 'notHeads').has(doc.tokens[k].lower);
}
const legislativeVoteRule = defineRule({
  id: 'content/legislative-vote', stage: 'content',
  reason: '"Washington would put the guarantees to the U.S. Senate for a vote", "without a vote in parliament", "we cannot vote for something that will destroy our own economy": a vote of a legislature, or "vote" as the verb a party votes with, is how a decision is taken, not an election (governance); it names no issue. "Ukraine will hold a vote within 90 days" stays governance.',
});

/** "vote" at `i` is a legislature's vote or the verb of voting (content/legislative-vote). */
function legislativeVote(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (tokens[i].lower !== 'vote') return false;
  const bodies = doc.index.words(legislativeVoteRule.id, 'bodies');
  for (let k = Math.max(0, i - 4); k <= i + 3 && k < tokens.length; k++) if (k !== i && bodies.has(tokens[k].lower)) return true;
  // (The verb: a modal, "not" or "to" before it and "for"/"against"/"on" after it.)
  return doc.index.words(legislativeVoteRule.id, 'verbBefore').has(tokens[i - 1]?.lower ?? '') && doc.index.words(legislativeVoteRule.id, 'verbAfter').has(tokens[i + 1]?.lower ?? '');
}

const circumstance = defineRule({
  id: 'content/circumstance', stage: 'content',
  reason: 'The head of an item names its issue, not a phrase of circumstance after it: "will not hold elections under missiles" is about the elections (governance), "would contribute troops to the mission, initially on NATO territory" about the troops (security guarantees). A preposition of circumstance ("under", "amid", "during") after the item\'s first issue term, or an adverb and a preposition of place opening an item after a comma, names where or when: its terms name no issue (its places still count).',
});
const gloss = defineRule({
  id: 'content/gloss', stage: 'content',
  reason: '"must first remove the \'root causes\' of the conflict, a phrase Baku uses to describe Armenia\'s claims on Karabakh", "proposals that respect the \'new realities\' - code for its claim to the corridor": an apposition that glosses a term (a determiner and a noun for words, or such a noun before "for") is the writer\'s explanation of the term; its words name no issue of the stance.',
});

/** Whether the comma or dash at `e` opens a gloss of the term before it (content/gloss). */
export function glossAt(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  const nouns = doc.index.words(gloss.id, 'nouns');
  let k = e + 1;
  const determiner = doc.index.words(gloss.id, 'determiners').has(tokens[k]?.lower ?? '');
  if (determiner) k++;
  if (!nouns.has(tokens[k]?.lower ?? '')) return false;
  return determiner || tokens[k + 1]?.lower === 'for';
}

const actComment = defineRule({
  id: 'content/act-comment', stage: 'content',
  reason: '"Kyiv would accept a proposal for a 30-day ceasefire, a step that was met by Washington with the lifting of its pause on military aid", "Baku agreed to a prisoner swap, a move welcomed in Brussels": an apposition that names the act itself ("a step", "a move", "a decision" and a relative clause or a participle after it) is the writer\'s comment on what the act led to or how it was received; its words are no content of the stance.',
});

/** Whether the comma or dash at `e` opens a comment on the act before it (content/act-comment). */
export function actCommentAt(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  if (!doc.index.words(gloss.id, 'determiners').has(tokens[e + 1]?.lower ?? '')) return false;
  if (!doc.index.words(actComment.id, 'nouns').has(tokens[e + 2]?.lower ?? '')) return false;
  const next = tokens[e + 3];
  return !!next && (next.lower === 'that' || next.lower === 'which' || (next.lower.length > 4 && next.lower.endsWith('ed')));
}

const priceRule = defineRule({
  id: 'content/price', stage: 'content',
  reason: '"Armenia would not trade its land for a truce", "Kosovo will not give up the north for recognition", "refused to swap Syunik for a corridor": after a verb of giving in trade ("words"), the first issue of the thing given is the item\'s; what "for" names after it is the price asked, no issue of the stance (a refusal to trade land is about the land).',
});

const QUOTE_MARKS = new Set([...BASE_QUOTE_MARKS, '«', '»']);

defineRule({
  id: 'content/own-verb-term', stage: 'content',
  reason: '"We will swap one territory for another", "Armenia was ready to swap territory with Azerbaijan", "agreed to swap the Presevo valley for northern Kosovo": a verb of exchanging that is an issue term (a swap is mostly of prisoners), as the stance\'s own verb or an infinitive, names the issue only when its object names none ("agreed to swap 40 each" is the prisoners\' exchange; swapping territory or places is about land).',
});

const pointSubjectPlaces = defineRule({
  id: 'content/point-subject-places', stage: 'content',
  reason: '"Under the text, Crimea, Luhansk and Donetsk would be recognised as Russian", "In Kherson and Zaporizhzhia the front would be frozen", and a point of a plan\'s list in the present or as an infinitive ("2. Crimea, Luhansk and Donetsk are recognised as de facto Russian", "- Crimea, Luhansk and Donetsk to be recognised as Russian"): in what a plan provides for, places listed before the clause\'s verb (a modal or a form of "be") are its subject or frame; they go with the issue term after them, not into an item of land of their own.',
});

const itemRule = defineRule({
  id: 'content/items', stage: 'content',
  reason: 'Content is cut into list items at commas, "and", "or", "including"; each item takes its highest-ranked issue term; places without an issue term join the previous item; talking about a topic is talks unless places or a ceasefire are named.',
});

const purposeAfterHead = defineRule({
  id: 'content/purpose-after-head', stage: 'content',
  reason: 'Once the object has named an issue of its own (not the talks, not a weak term), a purpose clause after it says why the step is taken, not what is held: "offered a two-day ceasefire on parts of the front to collect the bodies of the dead", "proposed a 24-hour truce in order to resolve urgent humanitarian issues" offer a ceasefire. A purpose opens with "in order to", "so as to", or "to", a lower-case verb and a determiner ("to the line", "to Kyiv" name where the object goes).',
});

const COORDINATORS = new Set(['and', 'or', ',', 'nor']);

/** Whether a purpose clause opens at `e` (content/purpose-after-head): "in order to", "so as to", "to" + verb + determiner. */
function purposeAt(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  const w = tokens[e].lower;
  if ((w === 'in' || w === 'so') && doc.index.words(purposeAfterHead.id, 'openers').has(`${w} ${tokens[e + 1]?.lower ?? ''} ${tokens[e + 2]?.lower ?? ''}`)) return true;
  if (w !== 'to') return false;
  const v = tokens[e + 1], d = tokens[e + 2];
  if (!v || !d || !v.word || v.cap || /\d/.test(v.text)) return false;
  const dets = doc.index.words(purposeAfterHead.id, 'determiners');
  return !dets.has(v.lower) && dets.has(d.lower) && !doc.issueAt.has(e + 1) && !doc.placeAt.has(e + 1);
}

defineRule({
  id: 'content/list-item-infinitive', stage: 'content',
  reason: '"The formula calls for the withdrawal of all Russian troops, a special tribunal to try the crime of aggression, compensation for war damage and the release of all prisoners", "Baku demands the return of its territory, a commission to mark the border, and guarantees": an infinitive inside a later item of a list (after a comma and a determiner that opens the item, with another list comma or "and" after it) says what that item is for; it is no purpose clause of the whole object (content/purpose-after-head), and the list goes on.',
});

/**
 * The infinitive at `e` stands inside a later item of a list opened after `from` (content/list-item-infinitive): a comma
 * and a determiner (or a bare noun) open the item at most six words before it, and a comma or "and" within twelve words
 * after it opens the next item.
 */
function listItemInfinitive(doc: Doc, s: Sentence, from: number, e: number): boolean {
  const { tokens } = doc;
  const dets = doc.index.words(purposeAfterHead.id, 'determiners');
  let open = -1;
  for (let j = e - 1; j > from && j >= e - 7; j--) {
    if (tokens[j].text === ',') { open = j; break; }
    if (!tokens[j].word) return false;
  }
  if (open < 0 || !(dets.has(tokens[open + 1]?.lower ?? '') || (tokens[open + 1]?.word && !tokens[open + 1].cap))) return false;
  for (let j = e + 1; j < s.tEnd && j <= e + 12; j++) {
    if (tokens[j].text === ',' || tokens[j].lower === 'and') return true;
    if (tokens[j].text === ';' || tokens[j].text === ':') return false;
  }
  return false;
}

/** Whether the issue term at `k` names an issue strong enough to head the object (content/purpose-after-head). */
function headIssueAt(doc: Doc, k: number): boolean {
  const term = doc.issueAt.get(k);
  if (!term) return false;
  const heads = doc.index.words(purposeAfterHead.id, 'headIssues');
  return term.values.some((v) => !v.weak && heads.has(v.issue));
}

/** The first words of scopeRule's two-word 'purposeStarts' ("to help"), as a word class: the content loop asks at every token. */
const PURPOSE_HEAD = defineWordClass('purpose starts', (index) => [...index.words(scopeRule.id, 'purposeStarts')].map((p) => p.split(' ')[0]));

/** Words of a time or manner between a verb of saying and its "that" ("said on Friday that", "said again that"). */
const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
const SAID_TIME = new Set(['during', 'after', 'before', 'with', 'to', 'on', 'in', 'at', 'last', 'this', 'earlier', 'today', 'yesterday', 'again', 'also', 'publicly', 'repeatedly', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon']);

export const semicolonItems = defineRule({
  id: 'content/semicolon-items', stage: 'content',
  reason: 'After a colon that opens a list in the stance\'s content ("set out his proposals for the talks: a complete ceasefire on the Line of Control; the return of captured soldiers; and a neutral venue for further talks"), a semicolon parts its items rather than ending the clause, when what follows it, up to the next semicolon or the end, is a noun phrase with no verb of its own (no auxiliary, modal or verb of saying: "…; Baku said it would wait" is a new clause). With no colon, a semicolon parts items too when the series closes with "; and" or "; or" before its last piece and no piece from it to the end of the sentence holds such a verb ("Baku\'s draft demands the recognition of Karabakh; Armenia\'s renunciation of claims, with a change to its constitution; and the lifting of the blockade").',
});

/** The semicolon at `e` parts the items of a list a colon opened after the stance (content/semicolon-items). */
function semicolonItemAt(doc: Doc, s: Sentence, t: Trigger, e: number): boolean {
  const { tokens } = doc;
  // (The colon may stand before the stance's words too: "They were, in order: a ceasefire …; the return of …".)
  let colon = false;
  for (let j = s.tStart; j < e && !colon; j++) colon = tokens[j].text === ':';
  const verbs = doc.index.words(semicolonItems.id, 'clauseWords');
  const speech = doc.index.words('speech-verbs');
  // ("demands the recognition of Karabakh as Azerbaijani; Armenia's renunciation of claims, with a change to its
  // constitution; and the lifting of the blockade": with no colon, a series whose last piece opens with "and" or "or"
  // after its semicolon, every piece to the end a noun phrase with no verb of its own, is a list too.)
  if (!colon) {
    let last = -1;
    for (let j = e; j < s.tEnd; j++) {
      const x = tokens[j].lower;
      if (verbs.has(x) || (speech.has(x) && !tokens[j].cap)) return false;
      if (tokens[j].text === ';') last = j;
    }
    return last >= 0 && doc.index.words(semicolonItems.id, 'seriesClosers').has(tokens[last + 1]?.lower ?? '');
  }
  let words = 0;
  for (let j = e + 1; j < s.tEnd && tokens[j].text !== ';'; j++) {
    const x = tokens[j].lower;
    if (verbs.has(x) || speech.has(x)) return false;
    if (tokens[j].word) words++;
  }
  return words > 0;
}

export function scopeOf(doc: Doc, s: Sentence, t: Trigger, nextStart: number, nounUse = false): [number, number] {
  const { tokens } = doc;
  // "did not endorse the Russian demand in his public statement": a noun stance mentioned in passing has no
  // content beyond its own words ("territorial demands").
  if (nounUse && !doc.index.words(nounComplement.id).has(tokens[t.end]?.lower ?? '')) return [t.start, t.end];
  const clauseBreaks = doc.index.words(scopeRule.id, 'clauseBreaks');
  const attribution = doc.index.words(scopeRule.id, 'attribution');
  const relatives = doc.index.words(scopeRule.id, 'contentRelatives');
  // (Asked at every token of the content below: looked up once here, speed.)
  const subjectClauseOpeners = doc.index.words(scopeRule.id, 'subjectClauseOpeners');
  if (t.object === 'before') {
    // (The subject a predicate found past a subordinate clause: candidate/evaluation.)
    if (t.subject) return t.subject;
    // (A stance that opens the sentence has nothing before it: "Only two countries can veto it".)
    let b = Math.max(s.tStart, t.start - 1);
    // ("The EU said the withdrawal of all Russian forces would be one of the main preconditions …": a verb of saying,
    // and the "that" after it, end the subject; the speaker is no part of what is judged.)
    const speech = doc.index.words('speech-verbs');
    // ("said on Friday that …": past a time between the verb and its "that".)
    const saidThat = (k: number) => {
      if (tokens[k].lower !== 'that') return false;
      for (let v = k - 1; v >= Math.max(s.tStart, k - 4); v--) {
        if (speech.has(tokens[v].lower) && !tokens[v].cap) return true;
        if (!tokens[v].cap && !SAID_TIME.has(tokens[v].lower)) return false;
      }
      return false;
    };
    // (Not a verb of saying inside a relative clause or one of regarding: "the four regions that Moscow declared annexed
    // are not …", "a buffer zone, which Warsaw described as a non-starter".)
    // (Nor the second half of a compound adjective: "Russian-speaking citizens", content/compound-speaking.)
    const saying = (v: number) => speech.has(tokens[v].lower) && !tokens[v].cap && !compoundSpeechWord(doc, v) && tokens[v + 1]?.lower !== 'as' && !tokens.slice(Math.max(s.tStart, v - 3), v).some((x) => RELATIVES.has(x.lower));
    // ("told reporters that the meeting had been useful and that foreign troops were unacceptable": the walk stops at a
    // coordinated "that", content/coordinated-that-subject.)
    while (b > s.tStart && !clauseBreaks.has(tokens[b - 1].lower) && !saying(b - 1) && !saidThat(b - 1) && !coordinatedComplementizer(doc, s, b - 1, t.start)) b--;
    // ("European leaders said in a joint statement that borders must not be changed": past a phrase after the verb to its "that".)
    // ("said after a call with Trump that Russia's position was unacceptable": a preposition of time that is itself a
    // clause break, right after the verb, ends the same way at its "that".)
    const timeAfterSaying = b - 1 > s.tStart && SAID_TIME.has(tokens[b - 1].lower) && clauseBreaks.has(tokens[b - 1].lower) && saying(b - 2);
    if (b > s.tStart && ((saying(b - 1) && SAID_TIME.has(tokens[b].lower)) || timeAfterSaying)) {
      for (let k = b + 1; k < Math.min(t.start - 1, b + (timeAfterSaying ? 9 : 7)); k++) if (tokens[k].lower === 'that') { b = k + 1; break; } else if (!tokens[k].word) break;
    }
    // ("in Tirana, where they were attending a summit, the leaders … called Russia's position 'unacceptable'": a verb of
    // naming before the predicate has the judged thing as its object; what precedes the verb is no part of it,
    // content/named-object.)
    if (t.start - b > 2) {
      const naming = doc.index.words('holder/predicate-speaker', 'describeVerbs');
      for (let d = t.start - 2; d >= b; d--) {
        if (!naming.has(tokens[d].lower) || tokens[d].cap) continue;
        // (Not a verb inside a relative clause of the subject: "the four regions that Moscow declared annexed are not
        // a subject for discussion" judges the regions.)
        let relative = false;
        // ("demanded that …, calling the demands unacceptable", "told AFP that …": a "that" after a cue or a verb of
        // saying (with its addressee) opens its content, no relative clause.)
        const cueEnds = new Set((doc.cuesBySentence.get(s.index) ?? []).map((c) => c.end));
        for (let k = b; k < d && !relative; k++) {
          const x = tokens[k].lower;
          relative = x === 'which' || x === 'who' || x === 'whom' || (x === 'that' && k > s.tStart + 2 && tokens[k - 1].word && !saying(k - 1) && !saying(k - 2) && !saying(k - 3) && !cueEnds.has(k) && !cueEnds.has(k + 1));
        }
        if (relative) break;
        let object = false;
        for (let k = d + 1; k < t.start; k++) if (tokens[k].word && tokens[k].lower !== 'as') { object = true; break; }
        if (object) b = d + 1;
        break;
      }
    }
    // "a ceasefire before Russian troops withdraw was unacceptable": the subject is the head before the precondition
    // (content/subject-condition).
    const headOfCondition = b > s.tStart ? subjectConditionSpan(doc, s, t, b - 1) : null;
    if (headOfCondition) return headOfCondition;
    // "plans to send troops to Armenia after the end of hostilities were unacceptable": a preposition of time before a
    // noun phrase right before the predicate ends no clause; the subject is the noun it follows
    // (content/subject-circumstance; the phrase then names no issue of its own, content/circumstance).
    const timePreps = doc.index.words(subjectCircumstance.id, 'prepositions');
    const determiners = doc.index.words(subjectCircumstance.id, 'determiners');
    const aux = doc.index.words(scopeRule.id, 'predicateAux');
    while (b - 2 > s.tStart && timePreps.has(tokens[b - 1].lower) && determiners.has(tokens[b].lower) && tokens[b - 2].word && !clauseBreaks.has(tokens[b - 2].lower)) {
      // (The predicate's own auxiliaries end it: "… after the end of hostilities were | unacceptable".)
      let p = t.start;
      while (p > b && aux.has(tokens[p - 1].lower)) p--;
      let verbless = p > b;
      for (let k = b; k < p && verbless; k++) verbless = tokens[k].word && !aux.has(tokens[k].lower);
      if (!verbless) break;
      b -= 2;
      while (b > s.tStart && !clauseBreaks.has(tokens[b - 1].lower)) b--;
    }
    // "Moscow would regard any Western boots on the ground after a settlement as unacceptable": after a verb of
    // regarding, the object runs to "as", whatever clause word ("after", "until") it holds.
    if (tokens[t.start - 1]?.lower === 'as') {
      const regard = doc.index.words(scopeRule.id, 'regardVerbs');
      for (let k = t.start - 2; k > Math.max(s.tStart, t.start - 16); k--) {
        const x = tokens[k];
        if (x.text === ';' || x.text === ':') break;
        if (regard.has(x.lower)) { if (k + 1 < t.start - 1) return [k + 1, t.start - 1]; break; }
      }
    }
    // "Baku proposed a peace treaty, which Yerevan called a good starting point", "… suggested to organise talks
    // with Russia, which “can only be welcomed”": a predicate in a clause that ", which" opens judges the
    // antecedent, the words before the comma back to a clause break (six at most).
    if (tokens[b - 1]?.lower === 'which' && tokens[b - 2]?.text === ',' && b - 2 > s.tStart) {
      const comma = b - 2;
      let a = comma;
      while (a > Math.max(s.tStart, comma - 6) && tokens[a - 1].word && !clauseBreaks.has(tokens[a - 1].lower)) a--;
      if (a < comma) return [a, comma];
    }
    // "Paris floated a monitoring mission, an idea which Baku has called unacceptable", "…, a step that Moscow has
    // branded a provocation": a short noun phrase set off by a comma before "which" or "that" (an appositive that
    // 'appositiveDeterminers' open) names the clause before it, which the predicate judges (content/appositive-relative).
    if ((tokens[b - 1]?.lower === 'which' || tokens[b - 1]?.lower === 'that') && b - 3 > s.tStart) {
      const dets = doc.index.words(appositiveRelative.id, 'determiners');
      for (let k = b - 2; k >= Math.max(s.tStart + 1, b - 5); k--) {
        if (!tokens[k].word || clauseBreaks.has(tokens[k].lower)) break;
        if (!dets.has(tokens[k].lower)) continue;
        if (tokens[k - 1]?.text !== ',') break;
        const comma = k - 1;
        let a = comma;
        while (a > Math.max(s.tStart, comma - 6) && tokens[a - 1].word && !clauseBreaks.has(tokens[a - 1].lower)) a--;
        if (a < comma) return [a, comma];
        break;
      }
    }
    // "For the Azerbaijani leadership, a corridor through Armenia is unacceptable", "According to Kyiv, …": the
    // viewpoint that heads the sentence names who judges, not what is judged.
    // ("Without a ceasefire, talks are meaningless": a fronted "without" phrase is what the judged thing lacks, its
    // own demand, candidate/not-without; not the subject judged.)
    if (tokens[b].lower === 'for' || tokens[b].lower === 'according' || tokens[b].lower === 'without') {
      for (let c = b + 1; c < Math.min(t.start, b + 9); c++) if (tokens[c].text === ',') { b = c + 1; break; }
    }
    // "the presence of troops from NATO countries in Ukraine, whatever flag they flew, would be unacceptable": a
    // clause of only auxiliaries after a comma has its subject before the insertion set off by commas.
    let lastComma = -1;
    for (let k = b; k < t.start; k++) if (tokens[k].text === ',') lastComma = k;
    const pred = lastComma >= 0 ? lastComma + 1 : b;
    if (pred < t.start && (lastComma >= 0 || tokens[b - 1]?.text === ',')) {
      const aux = doc.index.words(scopeRule.id, 'predicateAux');
      let onlyAux = true;
      for (let k = pred; k < t.start && onlyAux; k++) onlyAux = aux.has(tokens[k].lower);
      // The comma that opens the insertion.
      let c = pred - 2;
      while (onlyAux && c > s.tStart && tokens[c].text !== ',' && pred - c <= 9) c--;
      if (onlyAux && tokens[c].text === ',' && pred - c <= 9) {
        let b2 = c;
        while (b2 > s.tStart && !clauseBreaks.has(tokens[b2 - 1].lower) && tokens[b2 - 1].lower !== 'that') b2--;
        if (b2 < c) return [b2, c];
      }
    }
    // "a truce without monitors would not hold": what is judged is the truce, not what it lacks.
    if (t.rule === 'evaluation') {
      let seen = false;
      for (let k = b; k < t.start; k++) {
        if (seen && tokens[k].lower === 'without') return [b, k];
        if (doc.issueAt.has(k)) seen = true;
      }
    }
    return [b, t.start];
  }
  // ("Moscow's offer, according to the leaked paper, has three elements: …", "What Moscow wants is …": a list's
  // items start after the colon or copula that opens them, candidate/partitive-list and candidate/free-relative-list.)
  let e = listOpensAt(t) ?? t.end;
  // (The cue's own words may name the issue, "would be willing to negotiate with Russia, days after Russian
  // troops pulled out of Kherson": then a new clause ends the content as after any issue term.)
  let seenTerm = false;
  for (let k = t.start; k < t.end && !seenTerm; k++) if (doc.issueAt.has(k)) seenTerm = true;
  // (An issue of its own named after the cue: a purpose clause after it is no content, content/purpose-after-head.)
  let headSeen = false;
  const subordinateOpened = doc.index.words(scopeRule.id, 'subordinateOpeners').has(tokens[s.tStart]?.lower ?? '');
  // A stance inside a quote ends with the quote: "Captives must be brought home," following a briefing …
  // (the narration after the closing mark is not the speaker's words).
  const quoted = doc.mentions.inQuote[t.start] === 1;
  // "India's calls for a negotiated end to the war were welcomed in Kyiv": a noun subject's content ends at its
  // predicate's verb, unless a complement or relative clause opened first (content/noun-subject-predicate).
  let subject = t.object === 'after' && nounSubject(doc, s, t);
  for (; e < Math.min(nextStart, s.tEnd); e++) {
    const w = tokens[e].lower;
    // ("Armenia's main demand, Pashinyan said on Tuesday, is the withdrawal of …": a reporting clause between a stance
    // noun and its copula, content/speech-insert.)
    if (e === t.end && w === ',') { const c = speechInsertEnd(doc, s, e); if (c > 0) { e = c; continue; } }
    if (subject && (w === 'that' || w === 'which' || w === 'who' || w === ',')) subject = false;
    if (subject && e > t.end && seenTerm && predicateVerb(doc, e)) break;
    // ("China's plan - published last month - does not call for Russia to leave": a negated predicate says what the
    // noun does not hold; none of it is the noun's content.)
    if (subject && e > t.end && tokens[e + 1]?.lower === 'not' && doc.index.words(nounSubjectPredicate.id, 'negatedAuxiliaries').has(w)) break;
    if (quoted && doc.mentions.inQuote[e] !== 1 && e > t.end) break;
    // ("a counter-proposal, which, according to the paper's sources, would cap the army …": a credit set off by
    // commas inside a relative clause is skipped, content/parenthetical-credit.)
    if (w === 'according' && e > t.end) { const c = parentheticalCreditEnd(doc, s, e); if (c > 0) { e = c; continue; } }
    // ("The US plan, reported by several outlets this week, would include …": a participle of reporting set off by
    // commas describes the plan; the content goes on after it, content/reported-apposition.)
    if (attribution.has(w) && e > t.end) { const c = reportedAppositionEnd(doc, s, e); if (c > 0) { e = c; continue; } }
    // ("The Turkish proposal, as described by officials familiar with it, would cap …": an attribution word inside a
    // participle phrase of describing set off by commas credits the description; the content goes on past it,
    // content/described-apposition.)
    if (attribution.has(w) && e > t.end) { const c = describedAppositionEnd(doc, s, t, e); if (c > 0) { e = c; continue; } }
    // ("promised to help remove the obstacles that Moscow says Western sanctions place on its exports": a party and a verb
    // of saying right after the relative word of a clause on the object report that clause; the content goes on,
    // content/relative-report.)
    if (attribution.has(w) && e > t.end && reportedRelativeAt(doc, s, t, e)) continue;
    if (attribution.has(w)) { e = trailingSpeakerStart(doc, s, t, e); break; }
    // "ready to sign the minerals agreement but repeated that …", "…; …":
    // a new clause, whether or not the first one named an issue.
    // ("set out his proposals: a ceasefire on the Line of Control; the return of captured soldiers; and a neutral
    // venue": after a colon, semicolons part the items of a list of noun phrases, content/semicolon-items.)
    if (w === ';' && e > t.end && semicolonItemAt(doc, s, t, e)) continue;
    if ((w === 'but' || w === ';') && e > t.end) break;
    // A demand's "which would end Ukraine's statehood and push back NATO" spells out its content.
    // "a proposal split into four phases, which include a ceasefire": a relative clause that spells out the
    // content ("which include", "which would mean") continues it.
    // A condition ("… until Russian troops are out of Kharkiv", "unless …", "provided Kyiv ends …", "the moment
    // Ukrainian units leave …") is never the stance's own content: the claim rules make it a demand of its own
    // (conditions.ts, conditionDemands).
    // ("warned that if Kyiv rejected it, Russian forces would …": a condition that opens the content is the
    // frame of the consequence after it, which is the content. A threat's "if" clause names what the threat
    // is about when its step does not: "consequences if Putin refused a ceasefire"; "would fight on for as
    // long as the West kept arming Kyiv" is about the fighting.)
    if (w === 'until' || w === 'unless') break;
    // ("demanded the withdrawal of Armenian forces from Syunik, as a condition for any ceasefire": what follows names
    // what the stance is a condition of, content/condition-of-what.)
    if (w === 'as' && e > t.end && conditionOfAt(doc, e)) break;
    // ("Ukrainian forces must leave the region for any ceasefire to take effect": once an issue was named, "for" + a goal +
    // "to" + a verb of coming about is what the stance is for, content/purpose-for.)
    if (w === 'for' && seenTerm && e > t.end && purposeForAt(doc, e)) break;
    // (Only for the stances a condition pairs with, conditions.ts: "talks would only be possible once Russian
    // troops leave" demands what its condition names.)
    if ((t.type === 'OFFER' || t.type === 'ACCEPT' || t.type === 'REJECT' || (t.type === 'THREATEN' && t.defaultIssue !== undefined && t.defaultIssue !== 'other')) && inClass(tokens[e], CONDITION_START) && !(e === t.end + 1 && tokens[t.end].lower === 'that') && conditionAt(doc, e)) break;
    // ("insisted on a comprehensive agreement rather than a truce", "called for talks in Brussels instead of sanctions": the
    // alternative a stance of any type is preferred to is refused, never its content, claim/rather-than, also when no
    // issue term came before it, content/contrast-alternative.)
    if (e > t.end && inClass(tokens[e], CONDITION_START) && conditionAt(doc, e)?.kind === 'rather') break;
    // "pledged to send $53 million in energy equipment to help Ukraine withstand the attacks": a purpose after
    // the object says why, it is not what is offered.
    // ("ready to do whatever it takes to help end the war", "will spare no effort to help find a solution": after an
    // effort with no object of its own the purpose is the content.)
    // ("called on its partners to strengthen sanctions", "urged the EU to boost aid": after a demand's addressee, a
    // few words naming no issue, "to" is the act demanded of it, no purpose.)
    // ("offered a two-day ceasefire on parts of the front to collect the bodies of the dead": once the object named an
    // issue of its own, a purpose clause says why, content/purpose-after-head.)
    // (Not a second infinitive joined to the first, "to renounce membership of any bloc and to remain a non-nuclear
    // state", nor the act a demand asks of its addressee, "urged the bloc to shift its focus to a ceasefire".)
    // (Not inside a later item of a list the object opens: "calls for the withdrawal of all troops, a special tribunal to
    // try the crime of aggression, the release of all prisoners …" names what the tribunal is for, and the list goes on,
    // content/list-item-infinitive.)
    if (headSeen && e - t.end >= 2 && (w === 'to' || w === 'in' || w === 'so') && !(t.type === 'DEMAND' && e - t.end <= 3) && !COORDINATORS.has(tokens[e - 1].lower) && purposeAt(doc, e) && !listItemInfinitive(doc, s, t.end, e)) break;
    if (e - t.end >= 2 && inClass(tokens[e], PURPOSE_HEAD) && doc.index.words(scopeRule.id, 'purposeStarts').has(`${w} ${tokens[e + 1]?.lower ?? ''}`) && !doc.index.words(scopeRule.id, 'effortVerbs').has(tokens[t.end]?.lower ?? '') && !addresseeOnly(doc, t, e)) break;
    // ("… should stay at 40,000 troops, and that decisions on territory were …", "…, and the two sides had not agreed
    // on …": content/second-clause.)
    if (w === 'and' && seenTerm && e > t.end && secondClauseAt(doc, s, t, e)) break;
    // ("called for the war to end through dialogue and has not joined Western sanctions": content/second-predicate.)
    if (w === 'and' && seenTerm && e > t.end && secondPredicateAt(doc, t, e)) break;
    if (clauseBreaks.has(w) && seenTerm && !((w === 'which' || w === 'that') && (t.type === 'DEMAND' || relatives.has(tokens[e + 1]?.lower ?? '')))) break;
    if (w === ',' && tokens[e + 1]?.lower === 'but') break;
    // ("the best way to end the war was to go directly to a peace agreement, and not a mere ceasefire", "wants a peace
    // treaty rather than a truce": the alternative set against what was named is no part of it, content/contrast-alternative.)
    if (seenTerm && e > t.end && contrastAt(doc, t, e)) break;
    // "We are not going to sign memoranda while they are shelling our cities": a subordinator before a subject of
    // its own opens another clause, issue named or not.
    if (e > t.end && subjectClauseOpeners.has(w) && (doc.index.words(scopeRule.id, 'subjectPronouns').has(tokens[e + 1]?.lower ?? '') || (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start === e + 1 && !a.possessive))) break;
    // "will not give up Crimea, a peninsula annexed by Russia in 2014, …", "… Zaporizhzhia, which Russian troops
    // have occupied since March": a description of a place set off by a comma is background, no content (its
    // issue words and dates are not the stance's).
    if (w === ',' && e > t.end && placeDescribed(doc, s, e)) break;
    // ("will not give up land that the constitution defines as Kosovar": content/object-relative.)
    if (w === 'that' && seenTerm && e > t.end && relativeOnHeadAt(doc, e)) break;
    // ("has nothing against the Belarusian capital, where the Minsk agreements were signed": content/where-relative.)
    if (w === ',' && e > t.end && doc.index.words(whereRelative.id).has(tokens[e + 1]?.lower ?? '')) break;
    // ("… the 'root causes' of the conflict, a phrase Moscow uses to describe …": content/gloss.)
    if ((w === ',' || w === '-' || w === '—') && e > t.end && glossAt(doc, e)) break;
    // ("would accept a proposal for a 30-day ceasefire, a step that was met by Washington with the lifting of its
    // pause on military aid": content/act-comment.)
    if ((w === ',' || w === '-' || w === '—') && e > t.end && seenTerm && actCommentAt(doc, e)) break;
    // "While Moscow insists on all of Donbas, Kyiv wants …": a clause opened by a subordinator ends at its
    // comma when a party, the main clause's subject, follows.
    if (w === ',' && seenTerm && subordinateOpened && (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start === e + 1 || (a.start === e + 2 && tokens[e + 1].lower === 'the'))) break;
    // "called for a ceasefire as Russian and Ukrainian delegations met …": "as" before a party opens a new clause
    // ("as part of", "as a condition", "as well as" do not).
    // ("recognition of Crimea as part of Russia, a neutral Ukraine …": "as part of" goes on listing; so does the last "as"
    // of "as well as", "non-nuclear status as well as its demilitarisation", whose possessive is no new subject.)
    // ("five conditions for negotiations, such as the restoration of Armenia's territorial integrity, …": "such as"
    // opens the list's items, content/such-as-items.)
    if (w === 'as' && seenTerm && !doc.index.words(scopeRule.id, 'asContinues').has(tokens[e + 1]?.lower ?? '') && tokens[e - 1]?.lower !== 'such' && !(tokens[e - 1]?.lower === 'well' && tokens[e - 2]?.lower === 'as') && (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start > e && a.start <= e + 4)) break;
    if (!seenTerm && (doc.issueAt.has(e) || doc.placeAt.has(e))) seenTerm = true;
    if (!headSeen && e >= t.end && headIssueAt(doc, e)) headSeen = true;
    // (Past the words of a term: "troops remain where they stand" holds a "where" that opens no clause.)
    const term = doc.issueAt.get(e);
    if (term && term.end - 1 > e && term.end <= s.tEnd) e = term.end - 1;
  }
  // The cue's own words can name the issue: "territorial demands", "will continue fighting" (not a plan's
  // name: what it provides for follows it).
  return [t.rule === 'document-provision' ? t.end : t.start, e];
}

const contrastAlternative = defineRule({
  id: 'content/contrast-alternative', stage: 'content',
  reason: '"The best way to end the war was to go directly to a peace agreement, and not a mere ceasefire", "Baku wants a full peace treaty rather than a temporary truce", "proposed talks in Istanbul instead of Minsk": once the content named an issue, an alternative set against it ("rather than", "instead of", "and not", ", not": rules.json \'phrases\') is what the holder does not want; it ends the content (its issue words are no part of the stance). Not "not only", "not least" (\'notAfter\').',
});

/** A phrase of contrast (content/contrast-alternative) starts at `e`, after a term or place that ends right before it. */
function contrastAt(doc: Doc, t: Trigger, e: number): boolean {
  const { tokens } = doc;
  const w = tokens[e].lower;
  if (w !== ',' && w !== 'and' && w !== 'rather' && w !== 'instead' && w !== 'as') return false;
  // ("will never recognise occupied territory as Russian - not Crimea, not Donetsk": after a refusal, "not" lists
  // more of what is refused.)
  if ((w === ',' || w === 'and') && (t.type === 'REJECT' || t.negated)) return false;
  const phrases = doc.index.words(contrastAlternative.id, 'phrases');
  let text = w;
  let end = -1;
  for (let k = e + 1; k < Math.min(e + 3, tokens.length) && end < 0; k++) {
    text += ` ${tokens[k].lower}`;
    if (phrases.has(text)) end = k + 1;
  }
  if (end < 0 || doc.index.words(contrastAlternative.id, 'notAfter').has(tokens[end]?.lower ?? '')) return false;
  // ("policed by European rather than American troops": between two modifiers of one noun the contrast is inside the
  // noun phrase; only after a term or a place that ends right before it, or a closing mark, is an alternative set
  // against the content.)
  let b = e;
  while (b > 0 && !tokens[b - 1].word && tokens[b - 1].text !== ',' ) b--;
  for (let k = b - 1; k >= Math.max(0, b - 6); k--) {
    const term = doc.issueAt.get(k);
    if (term && term.end === b) return true;
    if (doc.placeAt.has(k) && (doc.placeAt.get(k)?.end ?? k + 1) === b) return true;
  }
  return b < e;
}

const secondClause = defineRule({
  id: 'content/second-clause', stage: 'content',
  reason: '"They said Armenia\'s army should stay at 40,000 troops, and that decisions on territory were for the people", "Israel demanded a veto over when monitors could enter Gaza, and the two sides had not agreed on the release of prisoners": once the content has named an issue, "and" before "that" after a cue whose content is a verb phrase (a modal or a cue ending in "to"; not a cue that took a "that" clause of its own, "demanded that Armenia withdraw, and that all prisoners be released", nor a verb with objects, "demanded a ceasefire and that Armenia withdraw") or, after a comma, before a subject of its own (a pronoun, a party, or a determiner and at most three words) and its verb opens another clause, another statement of the speaker or the writer\'s narration; its words are no content of the stance.',
});

/** Whether the "and" at `e` opens a clause of its own after the content (content/second-clause). */
function secondClauseAt(doc: Doc, s: Sentence, t: Trigger, e: number): boolean {
  const { tokens } = doc;
  if (tokens[e].lower !== 'and') return false;
  const next = tokens[e + 1]?.lower ?? '';
  if (next === 'that') {
    // (The cue's own "that" clause, within or right after its words, goes on: "demanded that …, and that …".)
    for (let k = t.start; k <= t.end + 1; k++) if (tokens[k]?.lower === 'that') return false;
    // (Only after a cue whose content is a verb phrase, a modal or a cue ending in "to" ("should remain …", "ready to
    // resume talks …"): a verb that takes objects coordinates a that-clause with them, "demanded a ceasefire and that
    // Armenia withdraw" (sentence/coordinated-that-clause ends it when the clause holds a stance of its own).)
    return !!t.modal || tokens[t.end - 1]?.lower === 'to';
  }
  if (tokens[e - 1]?.text !== ',') return false;
  const verbs = doc.index.words(secondClause.id, 'finiteVerbs');
  if (doc.index.words(secondClause.id, 'subjectPronouns').has(next)) return verbs.has(tokens[e + 2]?.lower ?? '') || /ed$/.test(tokens[e + 2]?.lower ?? '');
  const party = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === e + 1 && !a.possessive);
  if (party) return verbs.has(tokens[party.end]?.lower ?? '') || /ed$/.test(tokens[party.end]?.lower ?? '');
  if (!doc.index.words(secondClause.id, 'determiners').has(next)) return false;
  for (let k = e + 2; k <= Math.min(e + 5, s.tEnd - 1); k++) {
    if (!tokens[k].word) return false;
    if (doc.issueAt.has(k) && k === e + 2) continue;
    if (verbs.has(tokens[k].lower)) return k > e + 2;
  }
  return false;
}

const secondPredicate = defineRule({
  id: 'content/second-predicate', stage: 'content',
  reason: '"Nepal has called for the war to end through dialogue and has not joined Western sanctions", "Baku offered talks in Tbilisi and has since recalled its envoy": once the content has named an issue, "and" before a perfect ("has", "have", "had", past adverbs such as "not" or "since", and a participle) is a second predicate of the cue\'s own subject when the content so far has no finite verb of its own (a noun phrase or an infinitive: "called for", "urged X to", "offered"); its words are no content of the stance. After a that-clause with a finite verb ("said Kyiv had broken the truce and had shelled …") the perfect may be the clause\'s own and the content goes on.',
});

/** Whether the "and" at `e` opens a second predicate of the cue's subject (content/second-predicate). */
function secondPredicateAt(doc: Doc, t: Trigger, e: number): boolean {
  const { tokens } = doc;
  const auxiliaries = doc.index.words(secondPredicate.id, 'auxiliaries');
  if (tokens[e].lower !== 'and' || !auxiliaries.has(tokens[e + 1]?.lower ?? '')) return false;
  const adverbs = doc.index.words(secondPredicate.id, 'adverbs');
  let k = e + 2;
  while (k < e + 5 && adverbs.has(tokens[k]?.lower ?? '')) k++;
  const v = tokens[k];
  if (!v || !v.word || v.cap || !(/(?:ed|en)$/.test(v.lower) || doc.index.words(secondPredicate.id, 'participles').has(v.lower))) return false;
  // (The content's own finite verb, "that Kyiv had broken the truce and had shelled …", may take the perfect.)
  const finite = doc.index.words(secondClause.id, 'finiteVerbs');
  for (let j = t.end; j < e; j++) if (finite.has(tokens[j].lower)) return false;
  return true;
}

const conditionOf = defineRule({
  id: 'content/condition-of-what', stage: 'content',
  reason: '"demanded the withdrawal of Armenian forces from Syunik, including two villages, as a condition for any ceasefire": "as a condition (precondition, prerequisite) for/of" after the content names what the stance is the condition of; the ceasefire is no content of the demand (trigger/condition-of-what drops the phrase as a stance of its own).',
});

/** "as a condition for/of" (or precondition, prerequisite) at `e` (content/condition-of-what). */
function conditionOfAt(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  const a = tokens[e + 1]?.lower;
  if (a !== 'a' && a !== 'an') return false;
  return doc.index.words(conditionOf.id, 'nouns').has(tokens[e + 2]?.lower ?? '') && doc.index.words(conditionOf.id, 'linkers').has(tokens[e + 3]?.lower ?? '');
}

const parentheticalCredit = defineRule({
  id: 'content/parenthetical-credit', stage: 'content',
  reason: '"presented a counter-proposal, which, according to the paper\'s sources, would cap Armenia\'s army and lift sanctions", "a plan that, according to two diplomats, would freeze the front": a credit set off by commas between a relative word and its verb says on whose word the clause is told, not where the content ends; the content goes on after the closing comma (the credit still names the source).',
});

/** The closing comma of ", according to …," at e when a relative word ("which", "that") opens it and a modal or verb of the clause follows; else -1. */
function parentheticalCreditEnd(doc: Doc, s: Sentence, e: number): number {
  const { tokens } = doc;
  if (tokens[e + 1]?.lower !== 'to' || tokens[e - 1]?.text !== ',') return -1;
  if (!doc.index.words(parentheticalCredit.id, 'relatives').has(tokens[e - 2]?.lower ?? '')) return -1;
  for (let c = e + 2; c < Math.min(s.tEnd - 1, e + 14); c++) {
    const x = tokens[c];
    if (x.text === ',') return doc.index.words(parentheticalCredit.id, 'verbsAfter').has(tokens[c + 1].lower) ? c : -1;
    if (!x.word && x.text !== "'" && x.text !== '-' && x.text !== '.') return -1;
  }
  return -1;
}

const reportedApposition = defineRule({
  id: 'content/reported-apposition', stage: 'content',
  reason: '"The Trump administration\'s 28-point peace plan, reported by several media outlets this week, would include …", "The Israeli proposal, first reported by Axios, would see …": a participle of reporting with "by" right after a comma, closed by a comma before the clause goes on in lower case, describes the noun before it (who reported it); it is no trailing speaker, and the content goes on past it.',
});

const describedApposition = defineRule({
  id: 'content/described-apposition', stage: 'content',
  reason: '"The Turkish proposal, as described by officials familiar with it, would cap Armenia\'s army …", "The draft, as outlined by two people briefed on it, would freeze …": a participle of describing or seeing (rules.json \'participles\', "as" before it or not) with "by" right after the comma that opens the phrase credits the description of the noun before it to its sources; an attribution word inside that phrase ("familiar", "briefed") is no trailing speaker when a comma closes the phrase before the clause goes on in lower case, and the content goes on past it. Not a phrase that opens no noun\'s apposition ("…, as described by officials familiar with it." ending the sentence still ends the content).',
});

/** At an attribution word `e` inside ", [as] described by … ,": the closing comma of the phrase, or -1 (content/described-apposition). */
function describedAppositionEnd(doc: Doc, s: Sentence, t: Trigger, e: number): number {
  const { tokens } = doc;
  let c0 = e - 1;
  while (c0 > t.end && e - c0 <= 8 && tokens[c0].text !== ',') c0--;
  if (c0 <= t.end - 1 || tokens[c0].text !== ',') return -1;
  let v = c0 + 1;
  if (tokens[v]?.lower === 'as') v++;
  if (!doc.index.words(describedApposition.id, 'participles').has(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== 'by') return -1;
  for (let c = e + 1; c < Math.min(s.tEnd - 1, e + 10); c++) {
    const x = tokens[c];
    if (x.text === ',') return tokens[c + 1]?.word && !tokens[c + 1].cap ? c : -1;
    if (!x.word) return -1;
  }
  return -1;
}

/** At an attribution word `e` right after a comma and before "by": the closing comma of the participle phrase, or -1. */
function reportedAppositionEnd(doc: Doc, s: Sentence, e: number): number {
  const { tokens } = doc;
  let v = e;
  if (tokens[e - 1]?.lower === 'first' || tokens[e - 1]?.lower === 'widely') v = e - 1;
  if (tokens[v - 1]?.text !== ',' || tokens[e + 1]?.lower !== 'by') return -1;
  for (let c = e + 2; c < Math.min(s.tEnd - 1, e + 14); c++) {
    const x = tokens[c];
    if (x.text === ',') return tokens[c + 1]?.word && !tokens[c + 1].cap ? c : -1;
    if (!x.word && x.text !== "'" && x.text !== '-' && x.text !== '.') return -1;
  }
  return -1;
}

const placeApposition = defineRule({
  id: 'content/place-apposition', stage: 'content',
  reason: 'A description of a place set off by a comma ("Crimea, a peninsula annexed by Russia in 2014,", "Zaporizhzhia, which Russian troops have occupied since 2022") is background: the stance\'s content ends at the comma, so "annexed" names no recognition issue and "2014" no date of the stance.',
});

/** A comma at `c` right after a place, opening a description of it with a participle of seizing or holding. */
export function placeDescribed(doc: Doc, s: Sentence, c: number): boolean {
  let place = false;
  for (let k = c - 1; k >= Math.max(s.tStart, c - 5) && !place; k--) if (doc.placeAt.get(k)?.end === c) place = true;
  if (!place) return false;
  const opener = doc.tokens[c + 1]?.lower ?? '';
  if (!doc.index.words(placeApposition.id, 'openers').has(opener)) return false;
  const participles = doc.index.words(placeApposition.id);
  // (A noun phrase describes the place only with its participle right after its head, "a peninsula annexed by …";
  // "the return of the villages it holds in …" is a list item, not a description.)
  const relative = doc.index.words(placeApposition.id, 'relatives').has(opener);
  for (let k = c + 2; k < Math.min(c + (relative ? 8 : 5), s.tEnd); k++) {
    const w = doc.tokens[k].lower;
    if (!doc.tokens[k].word || (!relative && (w === 'of' || w === 'it' || w === 'they'))) return false;
    if (participles.has(w)) return true;
  }
  return false;
}

const objectRelative = defineRule({
  id: 'content/object-relative', stage: 'content',
  reason: '"Kosovo will not give up land that the constitution defines as Kosovar", "Baku will not hand back villages that Armenian forces held for thirty years": "that" right after a noun of land, forces or measures (rules.json \'words\', nouns that take no "that" clause of their own, unlike a guarantee or a demand) that ends an issue term opens a relative clause describing it; the stance\'s content ends there, so the description\'s issue words ("constitution", "forces") are not the stance\'s.',
});

/** "that" at `e` opens a relative clause on the noun before it: a noun of content/object-relative's class that ends an issue term. */
function relativeOnHeadAt(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  if (!doc.index.words(objectRelative.id).has(tokens[e - 1]?.lower ?? '')) return false;
  for (let k = e - 1; k >= Math.max(0, e - 6); k--) {
    const m = doc.issueAt.get(k);
    if (m && m.end === e) return m.values.some((v) => !v.weak && v.issue !== 'talks' && v.issue !== '_noise');
  }
  return false;
}

const whereRelative = defineRule({
  id: 'content/where-relative', stage: 'content',
  reason: 'A relative of place set off by a comma ("has nothing against the Belarusian capital, where the Minsk agreements were signed ten years ago", "proposed talks in Doha, where Hamas keeps its political office") describes the place or venue named before it: the stance\'s content ends at the comma, so the description\'s issue words ("agreements") are not the stance\'s.',
});

defineRule({
  id: 'content/such-as-items', stage: 'content',
  reason: '"Pashinyan outlined five conditions for negotiations, such as the restoration of Armenia\'s territorial integrity, the return of prisoners and reparations": "such as" opens a list\'s items, as "including" does; it is no clause "as" opens before a party ("called for a ceasefire as Moscow and Tiraspol exchanged accusations").',
});

defineRule({
  id: 'content/trailing-speaker', stage: 'content',
  reason: 'A reporting clause after the content ("…, head of the Armenian delegation Ararat Mirzoyan told reporters", "…, Kosovo\'s chief negotiator Besnik Bislimi said") is no part of what is stated: the content ends at the comma before the speaker, so a role word in the speaker\'s title ("delegation", "negotiator") names no issue of its own.',
});

const reportedRelative = defineRule({
  id: 'content/relative-report', stage: 'content',
  reason: '"the UN promised to help remove the obstacles that Moscow says Western sanctions place on its exports", "Baku rejected the conditions which Yerevan says it attached to the truce": a party and a verb of saying right after the relative word of a clause on a noun of the object (not after a verb of saying: "said that Moscow says" is a complement) report that clause; they end no content, and the clause after them is still the object\'s.',
});

/** Whether the attribution word at `e` closes "that/which" + a party right after a noun of the content (content/relative-report). */
function reportedRelativeAt(doc: Doc, s: Sentence, t: Trigger, e: number): boolean {
  const { tokens } = doc;
  // (A relative word a few words back first: cheap, this is asked at attribution words of every content, speed.)
  let rel0 = -1;
  for (let k = e - 2; k >= Math.max(t.end, e - 7) && rel0 < 0; k--) if (tokens[k].lower === 'that' || tokens[k].lower === 'which') rel0 = k;
  if (rel0 < 0) return false;
  const speaker = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === e && a.start === rel0 + 1 && !a.object && !a.possessive);
  if (!speaker || speaker.start - 2 < t.end) return false;
  const rel = tokens[speaker.start - 1].lower;
  if (rel !== 'that' && rel !== 'which') return false;
  const noun = tokens[speaker.start - 2];
  if (!noun.word || doc.index.words('speech-verbs').has(noun.lower) || doc.index.words(reportedRelative.id, 'notNouns').has(noun.lower)) return false;
  // (Something must follow in the clause: "…, which Moscow says." has nothing of its own.)
  return e + 1 < s.tEnd && tokens[e + 1].word;
}

/**
 * The content ends at an attribution word at e; when a comma a few words back opens the speaker's phrase (a party
 * mention that ends right before the attribution word), the content ends at that comma (content/trailing-speaker).
 */
function trailingSpeakerStart(doc: Doc, s: Sentence, t: Trigger, e: number): number {
  const { tokens } = doc;
  // (A person the lexicon does not know is a mention too: "…, head of the Armenian delegation Ararat Mirzoyan told reporters".)
  const speaker = sentenceActors(doc, s.index).find((a) => a.end === e && !a.object);
  if (!speaker) return e;
  for (let c = speaker.start - 1; c > t.end && c >= speaker.start - 8; c--) {
    if (tokens[c].text === ',') return c;
    if (!tokens[c].word) return e;
  }
  return e;
}

defineRule({
  id: 'content/participle-describes', stage: 'content',
  reason: '"an international peace conference recognised by both sides", "a ceasefire line guaranteed by the UN": a participle with its agent ("… by X") after an item\'s noun that already names an issue describes that noun and names no issue of its own.',
});

const listPlaceItem = defineRule({
  id: 'content/list-place-item', stage: 'content',
  reason: 'In a typed list ("Moscow\'s offer has three elements: a freeze of the front in Kherson, the return of the villages it holds in Mykolaiv, …"), an item with words of its own that names places and no issue term is a claim about that land (territory); a bare place ("withdrawal from Donetsk, Luhansk and Kherson") continues the item before it.',
});

/** Content words of an item outside its places and list words ("the return of the villages it holds in" → 3). */
function placeItemWords(doc: Doc, from: number, to: number): number {
  const stop = doc.index.words(listPlaceItem.id, 'stopwords');
  let n = 0;
  for (let j = from; j < to; j++) {
    const p = doc.placeAt.get(j);
    if (p) { j = p.end - 1; continue; }
    if (doc.tokens[j].word && !stop.has(doc.tokens[j].lower)) n++;
  }
  return n;
}

defineRule({
  id: 'content/two-issue-term', stage: 'content',
  reason: 'A term written as naming two issues at once (issues.json \'alsoTerms\': "take into account the new territorial realities" is both the land Russia keeps and its recognition) makes a stance on each, when it is the item\'s highest-ranked term.',
});
const processTalks = defineRule({
  id: 'content/process-talks', stage: 'content',
  reason: 'Agreeing to a process about an issue is agreeing to talks, not to the issue: "agreed to discuss a ceasefire at the next round", "agreed to exchange written positions on a truce", "agreed to set up working groups on humanitarian issues" (a verb of talking or a noun of a negotiating process before the issue term).',
});

const leavingTalks = defineRule({
  id: 'content/leaving-talks', stage: 'content',
  reason: 'Withdrawing, pulling out or walking out of the talks, a deal or a treaty is leaving that process, not land: "threatened to pull out of the Jeddah talks", "would withdraw from the negotiations", "pulled out of the agreement". A withdrawal term right before "from"/"of" and, within three words naming no place, a talks term or a noun of a process or agreement names no issue; the thing left does.',
});

/** Whether the territory term ending at `end` is a withdrawal from talks or an agreement (content/leaving-talks). */
function leavingTalksAt(doc: Doc, end: number): boolean {
  const { tokens } = doc;
  if (!doc.index.words(leavingTalks.id, 'prepositions').has(tokens[end]?.lower ?? '')) return false;
  const nouns = doc.index.words(leavingTalks.id, 'agreementNouns');
  const stops = doc.index.words(leavingTalks.id, 'stops');
  // (A place may name the deal, "its withdrawal from the Black Sea grain initiative" leaves the deal: up to four words
  // of modifiers before its noun; with no such noun, "withdrawal from the Donetsk region" is land. A preposition or a
  // conjunction ends the phrase: "withdrawal of all forces before talks" is still land.)
  for (let k = end + 1; k <= end + 5 && k < tokens.length; k++) {
    if (!tokens[k].word || stops.has(tokens[k].lower)) return false;
    if (doc.placeAt.has(k)) continue;
    const term = doc.issueAt.get(k);
    if (term?.values.some((v) => v.issue === 'talks') || nouns.has(tokens[k].lower)) return true;
    if (term) return false;
  }
  return false;
}

/** Talk words that are nouns: "talks with X on Y" is a stance on the talks. */
const TALK_NOUNS = new Set(['talks', 'negotiations', 'dialogue', 'negotiation']);

export function itemsOf(doc: Doc, start: number, end: number, t: Trigger, point = false): IssueItem[] {
  const { tokens } = doc;
  const s0 = doc.sentenceOf[start] ?? 0;
  const items: IssueItem[] = [];
  const itemBreaks = doc.index.words(itemRule.id, 'breaks');
  let cur: { start: number; best: { issue: string; rank: number; also?: string } | null; regions: string[]; leading: string[]; talk: boolean; region?: boolean; talkedRegion?: boolean; talkNoun?: boolean; process?: boolean; zone?: boolean; regionIn?: boolean; facility?: boolean; ceasefire: boolean; noise?: boolean; circumstance?: 'all' | 'war' } | null = null;
  const circumstancePreps = doc.index.words(circumstance.id, 'prepositions');
  // (A verb of giving in trade from the cue to the item: content/price.)
  const tradeVerbs = doc.index.words(priceRule.id), tradePhrases = doc.index.words(priceRule.id, 'phrases');
  // (The thing given must name an issue of its own between the verb and "for": "if Kyiv gave up its bid for NATO
  // membership" gives up no issue before "for", its bid is for the alliance.)
  const tradedBefore = (to: number) => {
    for (let k = t.start; k < to; k++) {
      const e = tradeVerbs.has(tokens[k].lower) ? k + 1 : tradePhrases.has(`${tokens[k].lower} ${tokens[k + 1]?.lower ?? ''}`) ? k + 2 : 0;
      if (e) { for (let j = e; j < to; j++) if (doc.issueAt.has(j)) return true; return false; }
    }
    return false;
  };
  const circumstanceAdverbs = doc.index.words(circumstance.id, 'adverbs');
  const placePreps = doc.index.words(circumstance.id, 'placePrepositions');
  const warPreps = doc.index.words(circumstance.id, 'warPrepositions'), reasonNouns = doc.index.words(circumstance.id, 'reasonNouns');
  // The end of a reason phrase's words from `k` (after "for"/"on"): quote marks, one or two words, one of 'reasonNouns',
  // a closing quote mark; else -1 (content/circumstance).
  const reasonPhraseEnd = (k: number): number => {
    let words = 0;
    for (; k < end && words <= 2; k++) {
      const x = tokens[k];
      if (x.text === '"' || x.text === '“' || x.text === "'") continue;
      if (!x.word) return -1;
      if (words >= 1 && reasonNouns.has(x.lower)) {
        k++;
        while (k < end && (tokens[k].text === '"' || tokens[k].text === '”' || tokens[k].text === "'")) k++;
        return k;
      }
      words++;
    }
    return -1;
  };
  const warIssues = doc.index.words(circumstance.id, 'warIssues');
  // (A proposal or an offer of a paper each side drafts for the talks, "each side would set out its vision of a possible
  // future ceasefire", is about the talks too; only the papers ('papers'), not a verb of talking: "proposed to discuss a
  // ceasefire" proposes the ceasefire's discussion, whose issue the gold reads from what is discussed.)
  const paperProcess = t.type === 'PROPOSE' || t.type === 'OFFER';
  const processWords = t.type === 'ACCEPT' ? doc.index.words(processTalks.id) : paperProcess ? doc.index.words(processTalks.id, 'papers') : null;
  // (A plan's point, content/point-subject-places: items of nothing but places and issue words before the item that
  // holds the clause's modal, and no modal before it: they are its subject.)
  // (A bullet of a list is a point too: "- Crimea, Luhansk and Donetsk to be recognised as Russian", point.)
  const pointSubject = point || t.rule === 'document-provision';
  // (Words of a subject item besides its places, issue terms and list words: "all occupied territories, including"
  // has none, "the status of Crimea" has one.)
  const subjectWords = (from: number, to: number): number => {
    const stop = doc.index.words(listPlaceItem.id, 'stopwords');
    let n = 0;
    for (let j = from; j < to; j++) {
      const p = doc.placeAt.get(j) ?? doc.issueAt.get(j);
      if (p) { j = p.end - 1; continue; }
      if (tokens[j].word && !stop.has(tokens[j].lower) && tokens[j].lower !== 'including') n++;
    }
    return n;
  };
  const modalBefore = (to: number): boolean => { for (let k = start; k < to; k++) if (doc.index.set.modals.has(tokens[k].lower)) return true; return false; };
  // (The verb of a plan's point: a modal, or a form of "be" in a point written in the present or as an infinitive,
  // "2. Crimea, Luhansk and Donetsk are recognised as Russian", "- Crimea … to be recognised as Russian", rules.json
  // 'verbs'.)
  const pointVerbs = pointSubject ? doc.index.words(pointSubjectPlaces.id, 'verbs') : null;
  const verbBefore = (to: number): boolean => { if (modalBefore(to)) return true; if (pointVerbs) for (let k = start; k < to; k++) if (pointVerbs.has(tokens[k].lower)) return true; return false; };
  const close = (at: number) => {
    if (!cur) return;
    let issue = cur.best?.issue;
    // ("must be returned to Ukrainian control": a facility's place with a word of who holds it is land again,
    // content/facility-place.)
    if (cur.facility && !cur.region && facilityHeldAt(doc, cur.start, at)) cur.region = true;
    // "willing to talk about territory", "ready to discuss security guarantees": the issue talked about is the
    // stance's issue (the talk verb only makes a party named with it a stance on talks, below).
    // ("open to talks with Washington on arms control": talks with a party named are talks, whatever about.)
    if (cur.talkNoun && issue !== undefined && !cur.regions.length && (doc.actorsBySentence.get(s0) ?? []).some((a) => a.start >= cur!.start && a.start < at)) issue = 'talks';
    // "he would speak directly to Putin": talking with a party is about talks; "I will speak about the
    // political aspect" is not.
    if (!issue && cur.talk && (doc.actorsBySentence.get(s0) ?? []).some((a) => a.start >= cur!.start && a.start < at)) issue = 'talks';
    // ("Belgrade is willing to talk": a readiness cue's own verb of talking, no party and no region named (a region
    // talked about is land, below), content/ready-to-talk.)
    if (!issue && cur.talk && !cur.regions.length && readyToTalkAt(doc, t, cur.start, at)) issue = 'talks';
    if (issue === '_noise') issue = undefined;
    // "agreed to discuss a ceasefire at the next round", "agreed to set up working groups on humanitarian issues":
    // agreeing to a process about an issue is agreeing to talks (content/process-talks).
    if ((t.type === 'ACCEPT' || paperProcess) && cur.process && issue !== undefined && issue !== 'talks' && issue !== 'other' && !cur.regions.length) issue = 'talks';
    // "room for negotiation over the division of the four regions": talks about named places are about territory.
    // (A town alone does not: "talks in Mariupol", places.json 'settlements'.)
    // ("We proposed to discuss Crimea and Sevastopol separately": a region a talk verb is about, content/discussed-region.)
    if (issue === 'talks' && cur.region && (!cur.talk || cur.talkedRegion)) issue = 'territory';
    // ("proposed a demilitarised zone in the part of Donetsk still held by Ukraine": a demilitarised zone in ("in", within
    // four words before it) a named region is an arrangement of that land, content/zone-in-region.)
    if (issue === 'military_limits' && cur.zone && cur.regionIn && cur.best?.issue === 'military_limits') issue = 'territory';
    // "has three elements: a freeze of the front in Kherson, the return of the villages it holds in Mykolaiv, …":
    // in a typed list, an item of its own words that names places and no issue is about the land (content/list-place-item);
    // a bare place ("…, Luhansk and Kherson") still continues the item before it.
    let ownPlaceItem = false;
    if (!issue && cur.regions.length && t.listed && items.length) ownPlaceItem = placeItemWords(doc, cur.start, at) >= 2;
    if (ownPlaceItem) issue = 'territory';
    // (A town continues the item before it only as a bare name, "… from Donetsk, Luhansk and Kramatorsk"; with words
    // of its own, "as well as the opening of a Mariupol corridor", it names no issue of the item before.)
    if (!issue && cur.regions.length && (cur.region || (items.length && placeItemWords(doc, cur.start, at) < 2))) issue = items.length ? items[items.length - 1].issue : 'territory';
    // ("spare the lives of the Ukrainian soldiers in Kursk", "returned the residents of the Kursk region": places that
    // only say where the people are make the stance humanitarian, content/people-place.)
    if (issue === 'territory' && !cur.best && !ownPlaceItem && peoplePlaceItem(doc, cur.start, at)) issue = 'humanitarian';
    // "set out the conditions: the return of the occupied land, punishment of war criminals, …": an item of a
    // typed list that names none of the issues is still one of the party's terms (spec §2: issue "other").
    // Several such items of one list are one claim: nothing tells their issues apart.
    // ("Moscow's stated goal is …, the Russian ambassador told the Council": a trailing attribution is no item.)
    const attribution = !issue && t.listed && doc.index.words('speech-verbs').has(tokens[at]?.lower ?? '') && (doc.actorsBySentence.get(s0) ?? []).some((a) => a.start >= cur!.start && a.end <= at);
    if (!issue && t.listed && !cur.noise && !attribution) {
      const stop = doc.index.words('content/other-issue', 'stopwords');
      const openers = doc.index.words(itemRule.id, 'listOpeners');
      let words = 0;
      // (Not the cue and its list noun: "set out its conditions." names no item; nor what precedes the list's
      // opener: "Moscow's red lines were unchanged, …"; the first item only after one: "the conditions under
      // which it would …" is no item.)
      let opened = items.length > 0;
      for (let j = Math.max(cur.start, t.end, (t.typedAt ?? -1) + 1); j < at; j++) {
        if (openers.has(tokens[j].lower)) { words = 0; opened = true; }
        else if (tokens[j].word && !stop.has(tokens[j].lower)) words++;
      }
      if (!opened) words = 0;
      if (words >= 2) {
        const prev = items[items.length - 1];
        if (prev?.issue === 'other') { prev.end = at; cur = null; return; }
        issue = 'other';
      }
    }
    // "Under the draft, Crimea, Luhansk and Donetsk would be recognised as Russian", "In Kherson and Zaporizhzhia
    // the front would be frozen": in a plan's point, places listed before its verb are the point's subject or
    // frame, so they belong to the item whose term follows them (content/point-subject-places).
    if (pointSubject && cur.best && items.length && !verbBefore(cur.start) && verbBefore(at) && items.every((it) => it.regions.length > 0 && subjectWords(it.start, it.end) === 0)) {
      for (let k = items.length - 1; k >= 0; k--) for (const r of items[k].regions) if (!cur.regions.includes(r)) cur.regions.unshift(r);
      cur.start = items[0].start;
      cur.leading = [];
      items.length = 0;
    }
    const prev0 = items[items.length - 1];
    // "… Zaporozhye, and Kherson regions to establish a ceasefire": places that open an item continue the
    // previous item's list; the issue term after them belongs to a purpose clause.
    if (cur.best && cur.leading.length && prev0?.regions.length) {
      for (const r of cur.leading) if (!prev0.regions.includes(r)) prev0.regions.push(r);
      cur.regions = cur.regions.filter((r) => !cur!.leading.includes(r));
    }
    if (issue) {
      const prev = items[items.length - 1];
      if (!cur.best && prev && issue !== 'other' && !ownPlaceItem) { for (const r of cur.regions) if (!prev.regions.includes(r)) prev.regions.push(r); prev.end = at; }
      else {
        const regions = [...new Set(cur.regions)];
        items.push({ issue, regions, start: cur.start, end: at });
        // ("must take into account the new territorial realities": the term names the land kept and its recognition,
        // a stance on both, content/two-issue-term; places named after it, "…, including Crimea", join both: one list.)
        const also = cur.best?.also;
        if (also && issue === cur.best!.issue && also !== issue) items.push({ issue: also, regions, start: cur.start, end: at });
      }
    }
    cur = null;
  };
  // ("Stop this senseless war!": an imperative verb of ending is its own object's first word, content/ending-the-war.)
  const first = t.rule === 'imperative' && start >= t.end && (endingFrameEnd(doc, t.start, end) > 0 || !!doc.issueAt.get(t.start)?.values.some((v) => v.weak)) ? t.start : start;
  for (let i = first; i < end; ) {
    if (!cur) {
      cur = { start: i, best: null, regions: [], leading: [], talk: false, ceasefire: false };
      // ("…, initially on NATO territory": an adverb and a preposition of place after a comma open a circumstance
      // of the item before, content/circumstance.)
      if (items.length && tokens[i - 1]?.text === ',' && circumstanceAdverbs.has(tokens[i].lower) && placePreps.has(tokens[i + 1]?.lower ?? '')) {
        cur.circumstance = 'all';
        cur.noise = true;
      }
    }
    // ("the guarantees Ukraine will need after a ceasefire", "wants after the truce a full withdrawal": a phrase of time
    // that opens the content says when; its words name no issue, content/leading-time-phrase.)
    if (!cur.best && !items.length && i >= t.end) {
      const timeEnd = leadingTimeEnd(doc, t, i);
      if (timeEnd > 0) { i = timeEnd; continue; }
    }
    // ("pledge troops for Ukraine after a ceasefire": a later phrase of time naming a ceasefire, before any issue of the
    // item, says when; its words name no issue, content/trailing-ceasefire-time.)
    if (!cur.best && !items.length) {
      const timeEnd = trailingCeasefireTimeEnd(doc, t, i, cur.start);
      if (timeEnd > 0) { i = timeEnd; continue; }
    }
    // ("will not hold elections under missiles": past the head's issue, a preposition of circumstance opens no issue.)
    // ("a neutral status under international guarantees": "under" only before an act or a weapon of war, "under missiles".)
    if (cur.best && !cur.circumstance && (circumstancePreps.has(tokens[i].lower) || warPreps.has(tokens[i].lower))) cur.circumstance = warPreps.has(tokens[i].lower) ? 'war' : 'all';
    // ("a ceasefire for humanitarian reasons", "a truce on humanitarian grounds": the reason for the head names no
    // issue of its own, content/circumstance 'reasonNouns'.)
    // (Quoted or with two words before the noun too: 'on "humanitarian grounds"', "for purely humanitarian reasons";
    // and after a head that names no issue: "a halt to police raids for humanitarian reasons" is no humanitarian step.)
    if (tokens[i].lower === 'for' || tokens[i].lower === 'on') {
      const reasonEnd = reasonPhraseEnd(i + 1);
      if (reasonEnd > 0) { i = reasonEnd; continue; }
    }
    // ("would not accept a short truce 'to collect bodies'", "two or three days of silence on some parts of the front, to
    // collect the bodies": the purpose of a halt of the fighting names no issue, content/halt-purpose.)
    if (tokens[i].lower === 'to' && !cur.circumstance && doc.index.words(haltPurpose.id).has(tokens[i + 1]?.lower ?? '')) {
      const prev = items[items.length - 1];
      if (cur.best?.issue === 'ceasefire' || (!cur.best && !cur.regions.length && prev?.issue === 'ceasefire' && i - cur.start <= 1)) { cur.circumstance = 'all'; if (!cur.best) cur.noise = true; }
    }
    // ("would not trade its land for a truce", "will not give up Syunik for a peace deal": after a verb of giving in
    // trade, "for" names the price; the head's issue is the item's, content/price.)
    if (cur.best && !cur.circumstance && tokens[i].lower === 'for' && tradedBefore(i)) cur.circumstance = 'all';
    // "opposes a truce without monitors": in a refusal, what the thing lacks is an item of its own (refusing
    // the lack demands it: content/lack-refused).
    const lackBreak = t.type === 'REJECT' && cur.best !== null && doc.index.words('content/lack-refused').has(tokens[i].lower);
    // ("offered to buy $90 billion of American weapons, financed by Europe, as part of a guarantee package": arms framed
    // as part of a guarantee are the guarantee; the frame names no item of its own, content/guarantee-part.)
    if (tokens[i].lower === 'as' && i > start) {
      const partEnd = guaranteePartEnd(doc, i, end);
      const prev = items[items.length - 1];
      if (partEnd > 0 && cur.best?.issue === 'military_limits') { cur.best = { issue: 'security_guarantees', rank: cur.best.rank }; i = partEnd; continue; }
      if (partEnd > 0 && !cur.best && !cur.regions.length && prev?.issue === 'military_limits') { prev.issue = 'security_guarantees'; prev.end = partEnd; cur = null; i = partEnd; continue; }
    }
    // ("proposed that the exports continue in a three-way format of Ukraine, the UN and Turkey": the format a programme
    // runs in is no format of talks; the item is on 'other', content/programme-format.)
    if (tokens[i].lower === 'in' && i > start && !cur.best && !items.length) {
      const formatEnd = programmeFormatEnd(doc, i, end, start);
      if (formatEnd > 0) { cur.best = { issue: 'other', rank: 0 }; i = formatEnd; continue; }
    }
    // ("a 24-hour ceasefire as well as the opening of a corridor": "as well as" joins list items as "and" does.)
    if (i > start && tokens[i].lower === 'as' && tokens[i + 1]?.lower === 'well' && tokens[i + 2]?.lower === 'as' && i + 3 < end) { close(i); i += 3; continue; }
    if ((itemBreaks.has(tokens[i].lower) || lackBreak) && i > start) {
      if (lackBreak) { close(i); continue; }
      // A list separator closes the item unless the next token continues a place list.
      close(i); i++; continue;
    }
    // "…, among other points, a full exchange of prisoners": the list's opener is none of its items (content/among-opener).
    const among = amongOpenerEnd(doc, i);
    if (among > 0) { i = among; continue; }
    if ((i - cur.start <= 1 || (i >= t.end && i - t.end <= 1)) && doc.index.set.talkVerbs.has(tokens[i].lower)) { cur.talk = true; if (TALK_NOUNS.has(tokens[i].lower)) cur.talkNoun = true; }
    if (processWords && !cur.best && ((processWords.has(tokens[i].lower) && !tokens[i].cap) || (!paperProcess && cur.talk && !cur.talkNoun))) cur.process = true;
    const place = doc.placeAt.get(i);
    // ("the Zaporizhzhia nuclear plant": a region naming a facility places the item but is no land, content/facility-place.)
    if (place) { cur.regions.push(...place.codes); if (!place.town) { if (facilityPlaceAt(doc, place.end)) cur.facility = true; else cur.region = true; } if (!place.town && place.codes.length && cur.talk && cur.best?.issue === 'talks' && discussedRegionAt(doc, cur.start, i)) cur.talkedRegion = true; if (!place.town && place.codes.length && tokens.slice(Math.max(cur.start, i - 4), i).some((x) => x.lower === 'in')) cur.regionIn = true; if (!cur.best) cur.leading.push(...place.codes); i = place.end; continue; }
    const term = doc.issueAt.get(i);
    // "ready to end this senseless war": a weak term with adjectives (content/ending-the-war).
    if (!term) {
      const frameEnd = endingFrameEnd(doc, i, end);
      if (frameEnd > 0 && weakOwnObject(doc, t, i)) { if (!cur.best || cur.best.rank < 0) cur.best = { issue: 'ceasefire', rank: 0 }; i = frameEnd; continue; }
    }
    if (term && (cur.circumstance === 'all' || (cur.circumstance === 'war' && term.values.every((v) => warIssues.has(v.issue))))) { i = term.end; continue; }
    // ("would be met with force", "was met with scepticism": a passive "met with" answers, no meeting, candidate/met-with-force.)
    if (term && tokens[i].lower === 'met' && passiveMet(doc, i)) { i = term.end; continue; }
    if (term) {
      // ("the independence of the Donbas republics", "the separatist republics of Donetsk and Luhansk as independent": a
      // frame spanning a place still names it; the term's words are skipped, its places are the item's,
      // content/place-in-frame.)
      for (let k = i + 1; k < term.end; k++) { const p = doc.placeAt.get(k); if (p?.codes.length) { for (const c of p.codes) if (!cur.regions.includes(c)) cur.regions.push(c); k = p.end - 1; } }
      // "recognise any agreement reached in Riyadh": recognising an agreement or its outcome is about the talks,
      // not about recognising territory.
      const agreementAfter = term.values.some((v) => v.issue === 'recognition') && [1, 2, 3].some((k) => doc.index.words(itemRule.id, 'agreementNouns').has(tokens[term.end - 1 + k]?.lower ?? ''));
      if (agreementAfter) { if (!cur.best || cur.best.rank < 2) cur.best = { issue: 'talks', rank: 2 }; i = term.end; continue; }
      // ("the four regions that Moscow declared annexed are not a subject for discussion", "will never return the annexed
      // regions": land described as annexed is the land, content/annexed-land.)
      if (term.values.every((v) => v.issue === 'recognition') && annexedLandAt(doc, i, term.end)) { if (!cur.best || cur.best.rank < 3) cur.best = { issue: 'territory', rank: 3 }; i = term.end; continue; }
      // ("would put them to the U.S. Senate for a vote", "cannot vote for something that will destroy our economy": a
      // vote of a legislature, or voting as the verb, names no election, content/legislative-vote.)
      // (It still names the item's topic, a procedure, issue 'other': "troops would not be deployed without a vote in
      // parliament" is a domestic condition, no stance on the troops.)
      if (term.end - i === 1 && legislativeVote(doc, i)) { if (!cur.best) cur.best = { issue: 'other', rank: 0 }; i = term.end; continue; }
      // "an international peace conference recognised by both sides": a participle with its agent after the item's
      // noun describes that noun; it names no issue of its own (content/participle-describes).
      if (cur.best && term.end - i === 1 && /ed$/.test(tokens[i].lower) && tokens[term.end]?.lower === 'by') { i = term.end; continue; }
      // "turning the rest of Donetsk into a demilitarised 'free economic zone'": a modifier before another term of
      // the same noun phrase names no issue of its own; the noun it modifies does (content/modifier-head).
      if (term.end - i === 1 && doc.index.words(modifierHead.id, 'modifiers').has(tokens[i].lower)) {
        let k = term.end;
        while (k < end && !tokens[k].word && QUOTE_MARKS.has(tokens[k].text)) k++;
        // (A demilitarised zone: a region named in the item makes it territory, content/zone-in-region.)
        if (k < end && doc.index.words(modifierHead.id, 'zoneNouns').has(tokens[k].lower)) cur.zone = true;
        if (doc.issueAt.has(k)) { i = k; continue; }
        // ("a demilitarised or 'free economic' zone": a modifier coordinated with the head's own modifier by "or"/"and"
        // modifies the same head.)
        if (k < end && (tokens[k].lower === 'or' || tokens[k].lower === 'and')) {
          let h = k + 1;
          while (h < end && !tokens[h].word && QUOTE_MARKS.has(tokens[h].text)) h++;
          // (Only when a head follows the coordinated term: "that Armenia be demilitarised and denazified" coordinates two
          // predicates, each its own item, content/coordinated-predicates.)
          const coordinated = doc.issueAt.get(h);
          if (coordinated && headAfterModifier(doc, h, coordinated.end, end)) { i = h; continue; }
        }
        // ("the idea of a special zone in Syunik, demilitarised and under international monitoring": a modifier after
        // a comma that follows a zone describes the zone; it names no issue of its own.)
        if (tokens[i - 1]?.text === ',' && zoneBefore(doc, i - 1, start)) { i = term.end; continue; }
      }
      // "will swap one territory for another": an exchange verb that is the stance's own verb (rules.json ownVerbTerms)
      // names its issue only when nothing after it does (content/own-verb-term).
      if (((i >= t.start && term.end <= t.end) || tokens[i - 1]?.lower === 'to') && term.end === i + 1 && doc.index.words(itemRule.id, 'ownVerbTerms').has(tokens[i].lower)) {
        const v = term.values.find((x) => x.issue !== '_noise');
        if (v && !cur.best) cur.best = { issue: v.issue, rank: 0.5 };
        i = term.end; continue;
      }
      // ("threatened to pull out of the Jeddah talks": leaving the talks or a deal names no land, content/leaving-talks.)
      if (term.values.every((v) => v.issue === 'territory') && leavingTalksAt(doc, term.end)) { i = term.end; continue; }
      // ("would withdraw from it if Ukraine violated it", of a moratorium named before: leaving the arrangement a pronoun
      // stands for names its issue, not land, content/left-arrangement.)
      if (term.values.every((v) => v.issue === 'territory')) {
        const left = leftArrangementIssue(doc, i, term.end);
        if (left) { if (!cur.best || left.rank > cur.best.rank) cur.best = left; i = term.end; continue; }
      }
      // ("will hand over four mobile hospital cubes", "the memorandum, handed over on June 2": a thing handed over is no land,
      // content/handed-thing.)
      if (term.values.every((v) => v.issue === 'territory') && handedThingAt(doc, i, term.end)) { i = term.end; continue; }
      // ("expects European countries to take over a big part of that effort": a task taken over is no land,
      // content/taken-over-task.)
      if (term.values.every((v) => v.issue === 'territory') && takenOverTaskAt(doc, i, term.end)) { i = term.end; continue; }
      // ("demanded firm guarantees from other member states that it will not be left alone to face Russian lawsuits": a
      // guarantee of money or legal risk, no security guarantee, content/financial-guarantee.)
      if (term.values.every((v) => v.issue === 'security_guarantees') && financialGuaranteeAt(doc, i, term.end)) { i = term.end; continue; }
      for (const v of term.values) {
        // A weak term names the issue only as the stance's own object, right after its cue ("ready to end the
        // war"), not in a purpose clause ("a plan to end the war", "pull out of Donetsk to end the war").
        if (v.weak && !weakOwnObject(doc, t, i)) continue;
        if (v.issue === 'ceasefire' && !v.weak) cur.ceasefire = true;
        if (v.issue === '_noise') cur.noise = true;
        // ("must take into account the new territorial realities": the land kept, not its recognition,
        // content/realities-accounted.)
        if (v.issue !== '_noise' && (!cur.best || v.rank > cur.best.rank)) cur.best = v.also && realitiesAccountedAt(doc, i) ? { issue: v.also, rank: v.rank } : v;
      }
      i = term.end; continue;
    }
    i++;
  }
  close(end);
  return items;
}

/** A demand's content up to `e` is only its addressee: at most three words, no issue term ("its partners", "the EU"). */
function addresseeOnly(doc: Doc, t: Trigger, e: number): boolean {
  if (t.type !== 'DEMAND' || e - t.end > 3) return false;
  for (let k = t.end; k < e; k++) if (doc.issueAt.has(k) || !doc.tokens[k].word) return false;
  return true;
}
