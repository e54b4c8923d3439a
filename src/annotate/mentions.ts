// Finds who and where a text talks about: parties, people, role descriptions, pronouns, places, outlets.
// Each actor mention is marked as a possible holder (subject) or an object ("told Trump", "with Zelensky").
import type { Token } from './tokenize.js';
import type { LexiconIndex, NameValue } from './lexicon-index.js';
import type { SentenceSpan } from './sentences.js';
import { findDocuments, type DocumentKind, type DocumentRef } from './documents.js';
import { findUnknownOutlets } from './unknown-outlets.js';
import { resolveBothSides, bothSidesRule } from './both-sides.js';
import { findPrincipals, type Principals } from './principals.js';
import { meetingPairs, pairBefore, meetingPairRule, type MeetingPair } from './meeting-pair.js';
import { coordinatedBeforeRole } from './coordinated-adjectives.js';
import { questionParty, peopleBetween, peoplePlurals } from './interview-answer.js';
import { markLedGroups } from './led-group.js';
import { markFrontedCapitals } from './fronted-capital.js';
import { placeAnaphors } from './place-anaphor.js';
import { venueEvent } from './venue-event.js';
import { inFrontedClause } from './fronted-clause-subject.js';
import { markRoutePlaces } from './route-places.js';
import { markGroupAppositions } from './group-apposition.js';
import { markMemberStates } from './member-states.js';
import { inFrontedPhrase, markFrontedPhraseObjects } from './fronted-phrase.js';
import { afterFrontedAdjunct } from './fronted-adjunct-subject.js';
import { knownOffice, lastWithOffice, lastWithRole, noteOffice, titledWith } from './role-reference.js';
import { ministrySubject, ministrySubjectOf } from './ministry-subject.js';
import { assignSiteRoles } from './official-site.js';
import { sourceInPartyAt, definiteSourceAt } from './unnamed-source.js';
import { epithetAt, epithetReferent, EPITHET_PRONOUN } from './epithets.js';
import { previousSpeaker, previousSetOffSpeaker, personObjectBefore } from './speaker-pronoun.js';
import { isSetOffSpeaker, setOffAntecedent, documentSpeakerFor } from './set-off-speaker.js';
import { relativeAntecedentOf } from './relative-antecedent.js';
import { findSpeakerLabels, enumeratedPointsEnd, speakerLabel, type SpeakerLabel } from './speaker-labels.js';
import { recordHost, speaksForHost, turnEnd, ownGovernments } from './record-turns.js';
import { resolveOpposedThey, resolveNotSpeakersThey } from './opposed-they.js';
import { findInterviewee, questionAnswerQuotes, resolveAuthorVoice, titleParty } from './interview-voice.js';
import { findDocumentDissenters } from './document-dissenters.js';
import { defineRule } from '../extract/rules/registry.js';
import { quoteOpensSentence, wholeSentenceQuote } from './sentence-quote.js';
import { joinTokens, tokenize } from './tokenize.js';
import { MONTH_NUMBERS } from '../util/dates.js';
import { defineWordClass, inClass } from './word-classes.js';

/** The pronouns of roles.json (person, party, plural, speaker), as a word class: findMentions asks at most tokens. */
const PRONOUN = defineWordClass('pronouns', (index) => [...index.set.pronounPerson, ...index.set.pronounParty, ...index.set.pronounPlural, ...index.set.pronounSpeaker]);

export type ActorKind = 'person' | 'party' | 'metonym' | 'group' | 'adjective-role' | 'description' | 'pronoun' | 'both' | 'document';

export interface ActorMention {
  /** Party codes; more than one only for "both sides". */
  codes: string[];
  /** A definite role given to the publishing government (discourse/official-site): pronoun resolution keeps it. */
  site?: boolean;
  /** Token range [start, end). */
  start: number;
  end: number;
  sentence: number;
  kind: ActorKind;
  possessive: boolean;
  object: boolean;
  personLike: boolean;
  plural: boolean;
  gender?: 'm' | 'f';
  /** For pronouns: the word. */
  pronoun?: string;
  inQuote: boolean;
  /** The actor this one is coordinated with ("Russia and the US"). */
  coordinated?: ActorMention;
  /** For a document mention ("the plan", "the joint statement"): which kind of document speaks for its authors. */
  document?: DocumentKind;
}

/**
 * Every actor mention, a document's included, is made here with all its fields in one order, the optional
 * ones undefined: mentions of one shape keep the property reads of the rules that walk them monomorphic.
 * Fields added later ("coordinated", or "gender" only for some) gave them up to six shapes, and V8 threw
 * away and recompiled the largest functions of the extractor (speed, issue 7).
 */
export function actorMention(codes: string[], start: number, end: number, sentence: number, kind: ActorKind, possessive: boolean, object: boolean,
  personLike: boolean, plural: boolean, inQuote: boolean, gender: 'm' | 'f' | undefined, pronoun: string | undefined, document: DocumentKind | undefined): ActorMention {
  return { codes, start, end, sentence, kind, possessive, object, personLike, plural, gender, pronoun, inQuote, coordinated: undefined, document };
}

export interface PlaceMention {
  codes: string[]; start: number; end: number; sentence: number; group: boolean;
  /** A town or landmark (places.json 'settlements'): it gives its region to a claim, never the issue territory alone. */
  town: boolean;
}
export interface OutletMention { name: string; start: number; end: number; sentence: number }

/** Words after a capital's name that show it names an event or a time, not a government ("Minsk-3", "Moscow time"). */
const METONYM_BLOCKERS = new Set(['-', 'agreements', 'agreement', 'accords', 'accord', 'deal', 'format', 'protocol', 'time', 'ceasefire', 'region', 'oblast', 'process', 'summit', 'talks', 'communique']);
const PLURAL_ROLE_ENDINGS = /(?:s|leaders|officials|authorities|negotiators|diplomats|delegations|governments)$/;
/** A role is plural by its head noun, before any "of" ("department of foreign affairs" is one office, an "it"). */
const pluralRole = (role: string): boolean => PLURAL_ROLE_ENDINGS.test(role.replace(/ of .*$/, ''));
const PERSON_ROLES = new Set(['president', 'leader', 'prime minister', 'chancellor', 'foreign minister', 'defence minister', 'defense minister', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'aide', 'presidential aide', 'secretary of state', 'secretary - general', 'secretary general', 'president-elect', 'negotiator', 'counterpart']);
/** Prepositions that tie a role to whom it serves in an apposition ("spokesman for", "adviser to", "envoy of"). */
const APPOSITION_PREPOSITIONS = new Set(['for', 'to', 'of']);
const CLAUSE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did']);
const STANCE_ROLES = new Set(['demand', 'demands', 'proposal', 'proposals', 'offer', 'plan', 'memorandum']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our']);
const LEADER_NOUNS = new Set(['leaders', 'leader', 'heads', 'head', 'presidents', 'governments', 'government', 'ministers', 'chiefs', 'chief']);
// Lower-case words inside a list of members' names ("Kenya's William Ruto and Egypt's Abdel Fattah al-Sisi").
const LIST_NAME_WORDS = new Set(['and', 's', 'al', 'bin', 'ibn', 'de', 'da', 'von', 'van', 'der', 'la', 'le']);
/** Words that open a list of the people a group is made of: "brought together", "included", "comprised", "alongside"
 * (discourse/among-them-members). */
const ASSEMBLY_WORDS = new Set(['together', 'included', 'includes', 'include', 'comprised', 'comprises', 'comprising', 'alongside']);
// The determiners before a collective noun whose "of" names its members ("a group of European leaders", discourse/collective-of).
const DETERMINERS_OF_COLLECTIVE = new Set(['a', 'an', 'the', 'this', 'that']);
/** Participles after "Turkish-" that make the adjective the agent: "Turkish-brokered", "US-backed". */
// (Also after a capital's name, "a Moscow-endorsed truce": the capital names who backs it; holder/hyphen-party.)
const BROKER_PARTICIPLES = new Set(['brokered', 'mediated', 'backed', 'sponsored', 'drafted', 'proposed', 'led', 'authored', 'endorsed', 'approved', 'supported', 'floated', 'initiated', 'championed']);
const SURNAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PLACE_SUFFIX = new Set(['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces']);

function inWindow(v: { from?: string; to?: string }, date: string | null): boolean {
  if (!date) return !v.to; // with no date, prefer the current holder of a description
  return (!v.from || v.from <= date) && (!v.to || date < v.to);
}

export interface MentionSet {
  actors: ActorMention[];
  places: PlaceMention[];
  outlets: OutletMention[];
  /** Token index → quote depth (true when inside double quotes). */
  inQuote: Uint8Array;
  /** The actor who speaks the quote containing token i, if known. */
  quoteSpeaker(i: number): ActorMention | null;
  /** Documents (statements, plans) with their authors, in reading order. */
  documents: DocumentRef[];
  /** The principal sides of the negotiation, of the document and per sentence (discourse/principal-sides). */
  principals: Principals;
  /** Token ranges [start, dash) of the datelines heading paragraphs (discourse/dateline). */
  datelines: Array<[number, number]>;
}


function quoteAt(quotes: Array<[number, number]>, i: number): number {
  for (let q = 0; q < quotes.length; q++) if (quotes[q][0] < i && i < quotes[q][1]) return q;
  return -1;
}

/** The index of the first mention that starts at token `i` or after it, by halving (the mentions in text order). */
function firstMentionAt(actors: ActorMention[], i: number): number {
  let lo = 0, hi = actors.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (actors[mid].start < i) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The subject of the quote's own sentence when a verb of saying stands between it and the opening mark at `a`. */
function ownSentenceSpeaker(tokens: Token[], a: number, actors: ActorMention[], SPEECH_VERBS: Set<string>, sentenceOf: Int32Array): ActorMention | null {
  let v = -1, k = a - 1;
  for (; k >= 0 && sentenceOf[k] === sentenceOf[a]; k--) if (v < 0 && SPEECH_VERBS.has(tokens[k].lower)) v = k;
  if (v < 0) return null;
  // (The sentence starts at k + 1: the first mention from there.)
  for (let j = firstMentionAt(actors, k + 1); j < actors.length && actors[j].end <= v; j++) {
    const m = actors[j];
    if (!m.object && !m.possessive && m.codes.length && !m.inQuote) return m;
  }
  return null;
}

export const comitativeParties = defineRule({
  id: 'discourse/comitative-parties', stage: 'discourse',
  reason: '"Turkey, along with Qatar, offered to host the next round", "Ethiopia and Eritrea, together with Kenya, called for a ceasefire", "Germany, joined by France, rejected the plan": a party joined to the subject by one of \'words\' between commas holds the stance with it (spec rule 8: one claim each). Only between commas, and not after an object or a possessive ("sanctions on Russia along with Belarus" names what is sanctioned).',
});

/** The words between two mentions join the second to the first as a co-holder (", along with", ", together with the
 * leaders of"): discourse/comitative-parties. Only a run that opens with a comma is looked up. */
export function isComitative(index: LexiconIndex, between: string): boolean {
  if (between.charCodeAt(0) !== 44 || between.length < 4) return false;
  const words = index.words(comitativeParties.id);
  if (words.has(between.replace(/ the(?: (?:leaders|heads|governments|presidents|prime ministers) of)?$/, ''))) return true;
  // (", together with the heads of the EU institutions", ", together with the presidents of the European Commission":
  // the people who head a party, named by their office before "of" and its article, join it, discourse/comitative-heads.)
  const m = / (?:the )?([a-z]+(?: [a-z]+)?) of(?: the)?$/.exec(between);
  return !!m && index.words(comitativeHeads.id, 'ofHeads').has(m[1]) && words.has(between.slice(0, m.index));
}

export const attributionObject = defineRule({
  id: 'discourse/attribution-object', stage: 'discourse',
  reason: '"Hakan Fidan described the talks as constructive. A meeting between Aliyev and Pashinyan could take place once a treaty was ready, he said": a pronoun in a trailing attribution (a comma before it, a verb of saying right after it) speaks the clause before it; a person that clause names as an object (the parties of a meeting or deal "between" them, someone addressed) is what is spoken about, not the speaker. Such objects are passed over when the pronoun looks for a fitting mention in its own sentence; the subjects of the sentences before are taken instead.',
});

export const contactObject = defineRule({
  id: 'discourse/contact-object', stage: 'discourse',
  reason: '"Erdogan said he would call Aliyev afterwards to begin arranging a meeting between Aliyev and Pashinyan", "He broke off the talks to phone Abiy and said he had proposed …": a verb of contacting (rules.json \'words\': call, phone, telephone, contact, consult, brief, lobby, thank) in its bare form after "to" or a modal takes the party after it as its object; that party neither holds the stance of the clause that follows nor is its "he". The forms "called", "phoned" were object markers already (roles.json objectMarkers); the bare forms are not, since "After the call Putin said …" has a noun there, hence "to" or a modal before it.',
});

export const comitativeHeads = defineRule({
  id: 'discourse/comitative-heads', stage: 'discourse',
  reason: '"The leaders of Germany, France and Italy, together with EU and NATO chiefs, issued a joint statement …", "…, together with the heads of the EU institutions, issued …": the heads of an institution joined to the subject by a comitative phrase hold the stance for it, one claim per party (spec rule 8), as "together with the EU" would. \'ofHeads\': offices named before "of" and the party ("the heads of the", "the presidents of the"); \'tailHeads\': plural nouns of people after the joined parties and before the closing comma ("EU and NATO chiefs", "EU officials"). Only between commas after the subject, as discourse/comitative-parties.',
});

/** The token at i is a plural noun of the people who head or act for the parties before it, and a comma follows it
 * ("…, together with EU and NATO chiefs, issued"): discourse/comitative-heads. */
export function comitativeTail(index: LexiconIndex, tokens: Token[], i: number): boolean {
  return index.words(comitativeHeads.id, 'tailHeads').has(tokens[i]?.lower ?? '') && tokens[i + 1]?.text === ',';
}

const paragraphSpeaker = defineRule({
  id: 'discourse/paragraph-speaker', stage: 'discourse',
  reason: '\'"The key issue is a ceasefire," the office of President Pashinyan said. "We are not going there to capitulate."\': a quote that continues, in the same paragraph, the quote of a named speaker is that speaker\'s, and its "we"/"our" are the speaker\'s side even when the pronoun found another party before (a carried speaker from an earlier paragraph stays a guess).',
});
void paragraphSpeaker;

const officeOfSpeaker = defineRule({
  id: 'discourse/office-of-speaker', stage: 'discourse',
  reason: '\'"…," the office of President Nikol Pashinyan said\', \'"…," the press service of the Kremlin said\': after a quote, "the <office> of" a party or person and a verb of saying credit the quote to that party, as "Pashinyan said" would (the mention after "of" is no object here).',
});

/** The party after "the <noun(s)> of [titles]" right after the closing mark at `b`, followed by a verb of saying. */
function officeSpeaker(tokens: Token[], b: number, actors: ActorMention[], SPEECH_VERBS: Set<string>, sentenceOf: Int32Array): ActorMention | undefined {
  let j = b + 1;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower !== 'the') return undefined;
  let k = j + 1;
  while (k < j + 4 && tokens[k]?.word && !tokens[k].cap && tokens[k].lower !== 'of') k++;
  if (k === j + 1 || tokens[k]?.lower !== 'of') return undefined;
  const m = actors.find((a) => a.start > k && a.start <= k + 3 && a.codes.length && a.kind !== 'pronoun');
  if (!m || sentenceOf[m.start] !== sentenceOf[b + 1]) return undefined;
  // (Only titles between "of" and the name: "of President", "of Prime Minister".)
  for (let x = k + 1; x < m.start; x++) if (!tokens[x].cap && tokens[x].lower !== 'the') return undefined;
  void officeOfSpeaker;
  return SPEECH_VERBS.has(tokens[m.end]?.lower ?? '') ? m : undefined;
}

const datelineRule = defineRule({
  id: 'discourse/dateline', stage: 'discourse',
  reason: '"YEREVAN, Armenia (AP) — …", "GOMEL REGION, Belarus, Feb 28 (MPA) - …", "DILI (Timor-Leste), May 3: …": a dateline heading a paragraph (a place in capitals, its country in brackets or not, then a comma, and only names, dates and a credit in brackets before a dash or a colon) says where the report was filed: the country it names is no party speaking, nor the subject a later "it" or "we" stands for.',
});

/** How many tokens a dateline may have before its dash. */
const MAX_DATELINE = 16;

/** Token ranges [start, dash) of the datelines heading paragraphs (discourse/dateline). */
function datelines(tokens: Token[], sentences: SentenceSpan[], sentenceOf: Int32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const para = (i: number) => sentences[sentenceOf[i]]?.paragraph ?? -1;
  const capitals = (t: Token) => t.word && t.text.length > 1 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && para(i - 1) === para(i)) continue;
    let j = i;
    while (j < tokens.length && capitals(tokens[j])) j++;
    // ("BURGENSTOCK (Switzerland), June 16: …": the country in brackets after the place, before the comma.)
    if (j > i && tokens[j]?.text === '(') {
      let close = j + 1;
      while (close < tokens.length && close - j <= 4 && tokens[close].text !== ')' && tokens[close].cap) close++;
      if (tokens[close]?.text === ')' && close > j + 1) j = close + 1;
    }
    // ("Moscow/Beijing, May 27 (PTI) China's special envoy …", "Kyiv, Dec 11 (EFE).- …": a wire dateline in mixed
    // case, its places, a month and a day and the credit in brackets, ends at the bracket; discourse/mixed-case-dateline.)
    if (j === i) { const end = mixedCaseDateline(tokens, i, para); if (end > i) out.push([i, end]); continue; }
    if (tokens[j]?.text !== ',') continue;
    let depth = 0, dash = -1;
    for (let k = j; k < tokens.length && k - i <= MAX_DATELINE && para(k) === para(i); k++) {
      const t = tokens[k];
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if ((t.text === '-' || (t.text === ':' && k > j + 1)) && depth === 0) { dash = k; break; }
      else if (depth === 0 && t.word && !t.cap && !/^\d/.test(t.text)) break;
      else if (depth === 0 && !t.word && t.text !== ',' && t.text !== '.' && t.text !== '/') break;
    }
    if (dash > j) out.push([i, dash]);
  }
  void datelineRule;
  return out;
}

defineRule({
  id: 'discourse/mixed-case-dateline', stage: 'discourse',
  reason: '"Moscow/Beijing, May 27 (PTI) China\'s special envoy held talks …", "Kyiv, Dec 11 (EFE).- Elections could be held …": a paragraph opened by capitalised place names (joined by "/"), a comma, a month and a day and a credit in brackets is a wire dateline in mixed case, as discourse/dateline in capitals: its places are where the report was filed, not the party a later "it" stands for.',
});


/**
 * The end (the token after the credit's closing bracket) of a mixed-case dateline opening a paragraph at `i`
 * (discourse/mixed-case-dateline): one to three capitalised words or "/" between them, a comma, a month, a day, and
 * a bracketed credit of capitalised words; else -1.
 */
function mixedCaseDateline(tokens: Token[], i: number, para: (i: number) => number): number {
  let j = i, words = 0;
  while (j < tokens.length && j - i < 6 && para(j) === para(i) && ((tokens[j].word && tokens[j].cap) || (tokens[j].text === '/' && words > 0))) { if (tokens[j].word) words++; j++; }
  if (!words || words > 3 || tokens[j]?.text !== ',') return -1;
  j++;
  // ("Tashkent, Uzbekistan (Sharq Times) – Delegations of …", "Jeddah, Saudi Arabia – …": the place, its country in one
  // to three capitalised words, a credit in brackets or none, then a dash.)
  {
    let k = j, country = 0;
    while (k < tokens.length && country < 4 && tokens[k].word && tokens[k].cap && para(k) === para(i)) { k++; country++; }
    if (country >= 1 && country <= 3) {
      if (tokens[k]?.text === '(') {
        const open = k++;
        while (k < tokens.length && k - open <= 5 && tokens[k].text !== ')' && (tokens[k].cap || !tokens[k].word)) k++;
        k = tokens[k]?.text === ')' && k > open + 1 ? k + 1 : -1;
      }
      if (k > 0 && /^[-–—]$/.test(tokens[k]?.text ?? '') && para(k) === para(i) && tokens[k + 1]?.word) return k;
    }
  }
  if (!tokens[j]?.cap || !Object.hasOwn(MONTH_NUMBERS, tokens[j].lower)) return -1;
  j++;
  if (tokens[j]?.text === '.') j++;
  if (!/^\d{1,2}$/.test(tokens[j]?.text ?? '')) return -1;
  j++;
  if (tokens[j]?.text !== '(') return -1;
  const open = j++;
  while (j < tokens.length && j - open <= 4 && tokens[j].text !== ')' && (tokens[j].cap || !tokens[j].word)) j++;
  if (tokens[j]?.text !== ')' || j === open + 1 || para(j) !== para(i)) return -1;
  return j + 1;
}

defineRule({
  id: 'discourse/and-said-clause', stage: 'discourse',
  reason: '"Li Hui held talks in Moscow, wrapping up a tour that took him to Kyiv, Warsaw and Paris, and Beijing said it was willing to help": a ", and" followed by a party and a verb of saying opens the pronoun\'s own clause, whose subject "it" stands for, not the first party of the sentence (a place of a listed tour).',
});

const repeatedLabelRule = defineRule({
  id: 'discourse/repeated-label', stage: 'discourse',
  reason: 'A record or transcript names a speaker in full once ("PRESIDENT OF UKRAINE (Volodymyr Zelensky):", "THE MINISTER FOR EUROPE (Stephen Doughty):") and shortens the label later ("PRESIDENT:", "THE MINISTER:"): a label that is the opening words of an earlier label\'s title, which names a party or person, is that speaker again, and its "we" is the speaker\'s party.',
});

const dashSpeakerRule = defineRule({
  id: 'discourse/dash-speaker', stage: 'discourse',
  reason: '\'"We are ready to talk about a pull-back, but Baku must withdraw its troops to the same extent." ¶ — Nikol Pashinyan, Prime Minister of Armenia (interview)\': a dash after a quote\'s closing mark, in its paragraph or heading the next one, and a party or person with nothing after it but an apposition or a parenthesis credit the quote to that speaker; a bullet ("- Pashinyan proposed …") has a verb and credits nothing.',
});

/** The speaker credited after a dash right after the closing mark at `b` (discourse/dash-speaker), else undefined. */
function dashSpeaker(tokens: Token[], b: number, actors: ActorMention[], sentenceOf: Int32Array, paragraphOf: (sentence: number) => number): ActorMention | undefined {
  let j = b + 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '.') j++;
  if (tokens[j]?.text !== '-' || b >= tokens.length) return undefined;
  const para = paragraphOf(sentenceOf[j]), closing = paragraphOf(sentenceOf[b]);
  // In the quote's paragraph, or heading the next one (the quote then ends its own).
  if (para !== closing && (j !== b + 1 || para !== closing + 1)) return undefined;
  const m = actors[firstMentionAt(actors, j + 1)];
  if (!m || m.start !== j + 1 || !m.codes.length || m.kind === 'pronoun' || m.kind === 'document') return undefined;
  const next = tokens[m.end];
  if (next && paragraphOf(sentenceOf[m.end]) === para && next.text !== ',' && next.text !== '(' && next.text !== '.') return undefined;
  void dashSpeakerRule;
  return m;
}

const laterOfficeHolder = defineRule({
  id: 'discourse/later-office-holder', stage: 'discourse',
  reason: '"Pashinyan spoke after talks with the President of Azerbaijan, Ilham Aliyev … \'We are ready,\' said Recep Tayyip Erdogan. The corridor, as the President explained, must stay open": a definite role refers to the last mention carrying its word (discourse/role-before-name) unless a person of another party is named after that mention, untitled, whose office in the lexicon has the role (discourse/known-office): the nearer holder is meant. Nobody still when people of two parties hold the office after the carrier (lastWithOffice).',
});

const colonSpeakerRule = defineRule({
  id: 'discourse/colon-quote-speaker', stage: 'discourse',
  reason: '\'Kenya\\\'s William Ruto said: "We are not planning to send Kenyan soldiers to Sudan." Ethiopian Prime Minister Abiy Ahmed said in a statement afterwards that …\': a quote opened right after a verb of saying (a time or place phrase may stand between) and a colon, whose last word before the closing mark is a full stop, is a whole utterance of the party named before that verb; the party and verb after the closing mark begin the next sentence, not a trailing attribution (which would follow a comma: \'"…," Abiy said\'). Its "we" is the speaker\'s party.',
});

/** 'X said: "… ."': the subject of the verb of saying before the colon that opens quote [a, b], when the quote closes
 * on a full stop (discourse/colon-quote-speaker). */
function colonSpeaker(tokens: Token[], a: number, b: number, actors: ActorMention[], SPEECH_VERBS: Set<string>): ActorMention | undefined {
  if (tokens[a - 1]?.text !== ':') return undefined;
  const stop = tokens[b - 1]?.text;
  if (stop !== '.' && stop !== '!' && stop !== '?') return undefined;
  // The verb of saying within a few words before the colon ("said on Tuesday:", "told reporters:").
  let v = a - 2;
  while (v > 0 && a - 1 - v <= 4 && !SPEECH_VERBS.has(tokens[v].lower)) {
    if (tokens[v].text === '.' || tokens[v].text === '"' || tokens[v].text === ',') return undefined;
    v--;
  }
  if (!SPEECH_VERBS.has(tokens[v]?.lower ?? '')) return undefined;
  // Its subject right before it: a party (a person, a role, a state), not an object or a possessor alone.
  const m = actors.find((x) => x.end === v && x.codes.length && !x.object && !x.possessive && x.kind !== 'document');
  void colonSpeakerRule;
  return m;
}

/**
 * The subject of a speech verb that a relative clause set off by commas separates from it ("Zelensky, who spoke to
 * Trump after the Putin call, said …"), when mention `m` stands inside that clause; else undefined.
 */
function relativeSubject(tokens: Token[], actors: ActorMention[], m: ActorMention, a: number, SPEECH_VERBS: Set<string>): ActorMention | undefined {
  let v = m.end;
  while (v < a && !SPEECH_VERBS.has(tokens[v].lower)) v++;
  if (v >= a || tokens[v - 1]?.text !== ',') return undefined;
  // The clause's opening ", who" / ", whose" before m, within reach, past any comma inside the clause.
  for (let k = m.start - 1; k > 0 && m.start - k <= 20; k--) {
    if (tokens[k].text === '.' || tokens[k].text === '"') return undefined;
    if (tokens[k].text !== ',' || !/^(?:who|whose)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    return actors.find((x) => x.end === k && x.codes.length && !x.object && !x.possessive);
  }
  return undefined;
}

/** '"…," Putin said', '"…," said Putin', 'Zelensky said: "…"', 'he said on Telegram. "…"'. */
/** Also fills `carried` with the quotes whose speaker was carried from an earlier quote rather than named next to it. */
function findQuoteSpeakers(tokens: Token[], quotes: Array<[number, number]>, inQuote: Uint8Array, actors: ActorMention[], SPEECH_VERBS: Set<string>, carried: Set<number>, sentenceOf: Int32Array, paragraphOf: (sentence: number) => number = () => 0, labelled = new Map<number, ActorMention | null>(), inParagraph = new Set<number>()): Map<number, ActorMention> {
  const out = new Map<number, ActorMention>();
  // (A labelled answer's speaker is its label's, discourse/speaker-label: nobody named around it.)
  for (const [q, sp] of labelled) if (sp) out.set(q, sp);
  // The mentions are nearly always in text order: then the few next to a quote are found by halving, not by a
  // scan of all of them per quote (~1% of the extractor's time on news text; speed, issue 7). Out of order (rare),
  // every mention is scanned as before, so the first that fits is the same either way.
  let sorted = true;
  for (let k = 1; k < actors.length && sorted; k++) sorted = actors[k - 1].start <= actors[k].start;
  quotes.forEach(([a, b], q) => {
    if (!inQuote[a + 1] || labelled.has(q)) return;
    // ('"… to the same extent." ¶ — Volodymyr Zelensky, President of Ukraine': discourse/dash-speaker.)
    const dashed = dashSpeaker(tokens, b, actors, sentenceOf, paragraphOf);
    if (dashed) { out.set(q, dashed); return; }
    // ('Kenya\'s William Ruto said: "We will not send troops." Abiy Ahmed said in a statement …': a quote opened after
    // its speaker's verb of saying and a colon, and closed by a full stop, has its speaker; the name after the closing
    // mark opens the next sentence, discourse/colon-quote-speaker.)
    const colon = colonSpeaker(tokens, a, b, actors, SPEECH_VERBS);
    if (colon) { out.set(q, colon); return; }
    // '"…," Putin said' — in the same sentence as the closing mark, not the next one ('". The US says …'), nor
    // the next paragraph's ('… before the summer." ¶ The Serbian minister spoke to reporters …').
    let after: ActorMention | undefined;
    for (let j = sorted ? firstMentionAt(actors, b + 1) : 0; j < actors.length; j++) {
      const m = actors[j];
      if (sorted && m.start > b + 4) break;
      if (m.start > b && m.start <= b + 4 && (m.codes.length || m.kind === 'person') && !tokens.slice(b, m.start).some((t) => t.text === '.' || t.text === '!' || t.text === '?')
        && paragraphOf(m.sentence) === paragraphOf(sentenceOf[b])) { after = m; break; }
    }
    if (after && (SPEECH_VERBS.has(tokens[after.end]?.lower ?? '') || SPEECH_VERBS.has(tokens[after.start - 1]?.lower ?? ''))) { out.set(q, after); return; }
    // '"…," Kremlin spokesman Dmitry Peskov told reporters': a role and the name right after it are one speaker.
    let named: ActorMention | undefined;
    if (after) {
      for (let j = sorted ? firstMentionAt(actors, after.end) : 0; j < actors.length; j++) {
        const m = actors[j];
        if (sorted && m.start > after.end) break;
        if (m.start === after.end && m.kind === 'person') { named = m; break; }
      }
    }
    if (after && named && SPEECH_VERBS.has(tokens[named.end]?.lower ?? '')) { out.set(q, named.codes.length ? named : after); return; }
    // ('"…," the office of President Volodymyr Zelensky said': discourse/office-of-speaker.)
    const office = officeSpeaker(tokens, b, actors, SPEECH_VERBS, sentenceOf);
    if (office) { out.set(q, office); return; }
    // Before the quote: the last speaker named in the few tokens before the opening mark. (In order, the mentions
    // from the opening mark on end after it and would be passed over: the scan starts before them.)
    for (let k = (sorted ? firstMentionAt(actors, a) : actors.length) - 1; k >= 0; k--) {
      const m = actors[k];
      if (m.end > a || !m.codes.length) continue;
      if (a - m.end > 15) break;
      // ('Its envoy told us: "We will never accept that."': an object pronoun before the colon is the addressee.)
      if (m.kind === 'pronoun' && OBJECT_PRONOUNS.has(m.pronoun ?? '')) continue;
      const next = tokens[m.end]?.lower ?? '';
      if (!m.object && !m.possessive && (SPEECH_VERBS.has(next) || next === ':' || next === "'" || tokens.slice(m.end, a).some((t) => SPEECH_VERBS.has(t.lower)))) {
        // ("Zelensky, who spoke to Trump after the Putin call, said that Ukraine '…'": a party inside a relative
        // clause set off by commas before the speech verb is not its subject; the party before ", who" is.)
        const outer = relativeSubject(tokens, actors, m, a, SPEECH_VERBS);
        out.set(q, outer ?? m); return;
      }
    }
    // "Peskov offered a muted reaction on Tuesday, saying that sending troops was '…'": a verb of saying before
    // the quote in its own sentence, however far, speaks for that sentence's subject, not for a speaker of the
    // paragraph before (whom the search below would find within its reach).
    const own = ownSentenceSpeaker(tokens, a, actors, SPEECH_VERBS, sentenceOf);
    if (own) out.set(q, own);
  });
  // A quote with no speaker of its own continues the last one named: a speaker's words often run over
  // several quoted paragraphs, or follow "X spoke after the session. Quote: …" (issue 7: the current
  // speaker is document state).
  let last: { speaker: ActorMention; end: number } | null = null;
  const direct = new Set(out.keys());
  quotes.forEach(([a, b], q) => {
    if (!inQuote[a + 1]) return;
    const own = out.get(q);
    if (!own && labelled.has(q)) return;
    if (own) { last = { speaker: own, end: b }; return; }
    // Not across another speaker introduced between the two quotes (an interview's questions and answers).
    const other = last && actors.some((m) => m.start > last!.end && m.end <= a && !m.object && m.codes.length && !m.codes.every((c) => last!.speaker.codes.includes(c)));
    if (last && a - last.end <= 120 && !other) {
      // ('"…," the office of X said. "We are not going there to capitulate."': carried within the paragraph,
      // discourse/paragraph-speaker.)
      if (paragraphOf(sentenceOf[a]) === paragraphOf(sentenceOf[last.end])) inParagraph.add(q);
      out.set(q, last.speaker); last = { speaker: last.speaker, end: b }; return;
    }
    // "The Ukrainian delegation head spoke after the session. Quote: '…'": the last party that spoke before it.
    for (let k = actors.length - 1; k >= 0; k--) {
      const m = actors[k];
      if (m.end > a) continue;
      if (a - m.end > 40) break;
      if (!m.codes.length || m.object || m.possessive) continue;
      if (tokens.slice(m.end, Math.min(m.end + 4, a)).some((t) => SPEECH_VERBS.has(t.lower))) { out.set(q, m); last = { speaker: m, end: b }; return; }
    }
    // '"We must ramp up the pressure …"' a few paragraphs after "The statement said …", with nobody else speaking
    // in between: a quote in the first person plural that no one is named with is the statement's words.
    if (!tokens.slice(a + 1, Math.min(b, a + 4)).some((t) => t.lower === 'we' || t.lower === 'our')) return;
    for (let k = actors.length - 1; k >= 0; k--) {
      const m = actors[k];
      if (m.end > a) continue;
      if (a - m.end > 250) break;
      const speaks = tokens.slice(m.end, Math.min(m.end + 3, a)).some((t) => SPEECH_VERBS.has(t.lower));
      if (speaks && m.kind !== 'document' && !m.object && (m.codes.length || m.kind === 'person')) return;
      if (speaks && m.kind === 'document' && m.document === 'statement' && m.codes.length) { out.set(q, m); last = { speaker: m, end: b }; return; }
    }
  });
  for (const q of out.keys()) if (!direct.has(q)) carried.add(q);
  return out;
}

/**
 * The speaker of each labelled answer (discourse/speaker-label): the label's mention; for a bare "A:", the last
 * speaker labelled by name before it, else the interviewee the article introduces (discourse/interviewee-lede);
 * null when there is none.
 */
function labelSpeakers(labelQuote: Map<number, SpeakerLabel>, actors: ActorMention[], introduced: ActorMention | null): Map<number, ActorMention | null> {
  const out = new Map<number, ActorMention | null>();
  let last: ActorMention | null = null;
  for (const [q, l] of [...labelQuote].sort((x, y) => x[0] - y[0])) {
    if (l.kind === 'named' || l.kind === 'office') {
      const m = actors.find((x) => x.start === l.start && x.codes.length) ?? null;
      out.set(q, m);
      if (m) last = m;
    } else out.set(q, last ?? introduced);
  }
  return out;
}

export function findMentions(tokens: Token[], sentences: SentenceSpan[], sentenceOf: Int32Array, index: LexiconIndex, published: string | null, text = '', title = '', siteParty: string | null = null): MentionSet {
  const speechVerbs = index.words('speech-verbs');
  // "the US allies in Europe", "Russia's partners": a state's allies are other parties, not the state ("European
  // allies", a group's adjective, are that group).
  const patronWords = index.words(patronRoles.id);
  // "26 of Ukraine's allies", "thirty of Kyiv's partners": a count of two or more, then "of" before the state.
  const coalitions = index.words(countedPatrons.id);
  const countWords = index.words(countedPatrons.id, 'countWords');
  const countedCoalition = (i: number, code: string): string | undefined => {
    if (tokens[i - 1]?.lower !== 'of') return undefined;
    const n = tokens[i - 2];
    if (!n || !(/^\d{1,3}$/.test(n.text) && Number(n.text) >= 2) && !countWords.has(n.lower)) return undefined;
    for (const w of coalitions) if (w.startsWith(`${code.toLowerCase()}:`)) return w.slice(code.length + 1).toUpperCase();
    return undefined;
  };
  // "26 countries", "Twenty-six nations", "thirty countries": a count of two or more (digits, a number word, or two
  // number words hyphened), then a plural noun of states, at the start of a noun phrase (discourse/counted-coalition).
  const statesNouns = index.words(countedCoalitionRule.id);
  const countedStatesAt = (i: number): number => {
    let k = i;
    const n = tokens[k];
    // (Runs at every token no name starts: a digit is checked before any pattern.)
    const c0 = n.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) { if (!/^\d{1,3}$/.test(n.text) || Number(n.text) < 2) return 0; k++; }
    else if (countWords.has(n.lower) && n.lower !== 'several' && n.lower !== 'some') {
      k++;
      if (tokens[k]?.text === '-' && /^(one|two|three|four|five|six|seven|eight|nine)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
    } else return 0;
    if (!statesNouns.has(tokens[k]?.lower ?? '') || sentenceOf[k] !== sentenceOf[i]) return 0;
    // ("the 27 countries of the EU", "of the 26 countries": a determiner or a group after "of" names its own party.)
    const before = tokens[i - 1]?.lower ?? '';
    if (before === 'the' || before === 'of' || before === 'these' || before === 'those') return 0;
    if (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'in') return 0;
    return k + 1;
  };
  const countedGroups: ActorMention[] = [];
  const patronOf = (roleText: string, code: string) => patronWords.has(roleText) && index.states.has(code);
  // "Former US secretary of state Henry Kissinger said …", "ex-Ukrainian president …": who held an office once speaks
  // for no party now (discourse/former-office).
  const formerWords = index.words(formerOffice.id);
  // (Lower-case only: "Trump Administration" in a title-case headline is left as it was.)
  const leaderGovernments = index.words(leaderGovernment.id);
  const leaderOffices = index.words(leaderOffice.id);
  const formerAt = (i: number) => formerWords.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.text === '-' && formerWords.has(tokens[i - 2]?.lower ?? ''));
  const actors: ActorMention[] = [];
  const places: PlaceMention[] = [];
  const outlets: OutletMention[] = [];
  const inQuote = new Uint8Array(tokens.length);
  // Quote state: toggled by straight double quotes, reset at each paragraph.
  let open = -1;
  let depth = 0;
  let para = -1;
  const quotes: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const p = sentences[sentenceOf[i]]?.paragraph ?? 0;
    if (p !== para) { if (open >= 0) quotes.push([open, i]); para = p; open = -1; }
    if (tokens[i].text !== '"') continue;
    // Typographic quotes say which way they face; nested quotes (“… “Minsk-3” …”) stay inside the outer one.
    const raw = text[tokens[i].start];
    if (raw === '“' || raw === '«') { if (open < 0) { open = i; depth = 0; } else depth++; continue; }
    if ((raw === '”' || raw === '»') && open >= 0 && depth > 0) { depth--; continue; }
    if (open < 0) { open = i; depth = 0; } else { quotes.push([open, i]); open = -1; }
  }
  if (open >= 0) quotes.push([open, tokens.length]);
  // Scare quotes ("of no use", "root causes") are words, not speech: only longer quotes count, or a short one
  // that opens its sentence, closes on its punctuation and has its speaker's verb right after it ("“Stop this war
  // now!” Erdogan told Aliyev.").
  const speech = index.words('speech-verbs');
  const speechAfter = (b: number) => { for (let k = b + 1; k <= b + 4 && k < tokens.length; k++) if (speech.has(tokens[k].lower)) return true; return false; };
  // (Also after a colon, 'Quote: "Peace cannot be dictated to Ukraine," said Donald Tusk', discourse/sentence-quote.)
  const spoken = (a: number, b: number) => quoteOpensSentence(tokens, sentenceOf, a) && b < tokens.length && /^[.!?,]$/.test(tokens[b - 1]?.text ?? '') && speechAfter(b);
  // ('… he said. "We must end the war."': a short quote that is a whole sentence is speech, discourse/sentence-quote.)
  // (Only after another quote of its paragraph, whose speech it goes on: a short quote alone in its paragraph keeps
  // no speaker of its own.)
  const paragraphAt = (i: number) => sentences[sentenceOf[i]]?.paragraph ?? 0;
  quotes.forEach(([a, b], q) => {
    const continued = q > 0 && paragraphAt(quotes[q - 1][0]) === paragraphAt(a) && wholeSentenceQuote(tokens, sentenceOf, a, b);
    if (b - a > 8 || sentenceOf[a] !== sentenceOf[Math.min(b, tokens.length - 1)] || spoken(a, b) || continued) for (let i = a + 1; i < b; i++) inQuote[i] = 1;
  });
  // "ALIYEV: The language of ultimatums is unacceptable to us.": a labelled answer is its speaker's quote, from
  // the label's colon to the paragraph's end (the quotes inside it are words it cites), discourse/speaker-label.
  const allLabels = findSpeakerLabels(tokens, sentences, sentenceOf, index);
  // (A parliamentary record's or a briefing's host speaks under office labels and its spokesperson's name, its
  // turn running to the next label, discourse/record-turns.)
  const host = allLabels.some((l) => l.kind === 'office' || l.kind === 'named') ? recordHost(title, text, sentences, tokens, index, (v) => pickValue(v, published)) : null;
  const hostLabels = new Set<SpeakerLabel>();
  // ("President Zelensky:": an office label that names a known person is that person's.)
  for (const l of allLabels) if (l.kind === 'office' && labelCodes(l) !== null) l.kind = 'named';
  if (host) {
    const officeNames = new Set<string>();
    const starts = new Set(allLabels.map((l) => l.start));
    for (const l of allLabels) {
      if (labelCodes(l) !== null) continue;
      if (!speaksForHost(l, tokens, host, officeNames)) continue;
      for (const n of l.names ?? []) officeNames.add(n.toLowerCase());
      hostLabels.add(l);
      l.paraEnd = turnEnd(l, tokens, sentenceOf, sentences, starts);
    }
    // ("UMEROV R. E. I will report … ¶ The American side put forward … ¶ We once again proposed …": in a record, a
    // named speaker's turn runs over the paragraphs after the label too, until the next label.)
    for (const l of allLabels) if (!hostLabels.has(l) && l.kind === 'named' && labelCodes(l) !== null) l.paraEnd = turnEnd(l, tokens, sentenceOf, sentences, starts);
  }
  const labels = allLabels.filter((l) => hostLabels.has(l) || l.kind === 'answer' || (l.kind === 'named' && labelCodes(l) !== null));
  // ("MERZ: I would like to summarise the five points … ¶ First: Ukraine must sit at the table … ¶ Second: …": the
  // numbered points after a speaker's turn are that speaker's words too, discourse/enumerated-points.)
  for (const l of labels) l.paraEnd = Math.max(l.paraEnd, enumeratedPointsEnd(l, tokens, sentenceOf, sentences, index.words(speakerLabel.id, 'enumerators')));
  function labelCodes(l: SpeakerLabel): { codes: string[]; kind: ActorKind } | null {
    if (hostLabels.has(l)) return { codes: [host!.code], kind: 'description' };
    // ("PESKOV:": a name in capitals is looked up as the lexicon writes it.)
    const written = tokens.slice(l.start, l.end).map((t) => t.text === t.text.toUpperCase() && t.text.length > 1 ? { ...t, text: t.text[0] + t.text.slice(1).toLowerCase(), firsts: null } : t);
    const hit = index.names.matchAt(written, 0, written.length) ?? index.lowerNames.matchAt(written, 0, written.length);
    if (!hit || hit.end !== written.length) return namedInParentheses(l) ?? titledLabelCodes(written) ?? repeatedLabelCodes(l);
    const v = pickValue(hit.values, published);
    if (v.kind === 'person' || v.kind === 'description') return { codes: [v.code], kind: v.kind };
    if (v.kind === 'party') return { codes: v.members ? [...v.members] : [v.code], kind: v.sub === 'metonym' ? 'metonym' : 'party' };
    return null;
  }
  // ("PRESIDENT OF UKRAINE (Volodymyr Zelensky): … ¶ CHAIR: … ¶ PRESIDENT: We will not accept …": a label that is
  // the opening words of an earlier label's title, which names a party or person, is that speaker again;
  // discourse/repeated-label.)
  // ("PRESIDENT OF SERBIA (Aleksandar Vucic):": a title the lexicon does not know, and a person it knows in the
  // parentheses, is that person; discourse/repeated-label.)
  function namedInParentheses(l: SpeakerLabel): { codes: string[]; kind: ActorKind } | null {
    if (l.kind !== 'named' || !l.names?.length) return null;
    const toks = tokenize(l.names.join(' '));
    const hit = index.names.matchAt(toks, 0, toks.length);
    if (!hit || hit.end !== toks.length) return null;
    const v = pickValue(hit.values, published);
    return v.kind === 'person' ? { codes: [v.code], kind: 'person' } : null;
  }
  // ("FEDERAL CHANCELLOR MERZ:", "PRESIDENT ALIYEV (interpreted):", "SENATOR SHAHEEN:": title words before a person
  // the lexicon knows name that person, as the name alone would; discourse/titled-label.)
  function titledLabelCodes(written: Token[]): { codes: string[]; kind: ActorKind } | null {
    const titles = index.words(speakerLabel.id, 'titles');
    let k = 0;
    while (k < written.length && (titles.has(written[k].lower) || written[k].text === '.')) k++;
    if (k === 0 || k >= written.length) return null;
    const hit = index.names.matchAt(written, k, written.length) ?? index.lowerNames.matchAt(written, k, written.length);
    if (!hit || hit.end !== written.length) return null;
    const v = pickValue(hit.values, published);
    return v.kind === 'person' ? { codes: [v.code], kind: 'person' } : null;
  }
  function repeatedLabelCodes(l: SpeakerLabel): { codes: string[]; kind: ActorKind } | null {
    const words = (x: SpeakerLabel) => tokens.slice(x.start, x.end).filter((t) => t.word && t.lower !== 'the').map((t) => t.lower);
    // (An office's label in a record, "The Minister:", speaks for the host: discourse/record-turns.)
    if (l.kind !== 'named') return null;
    const own = words(l);
    if (!own.length) return null;
    for (let k = allLabels.length - 1; k >= 0; k--) {
      const e = allLabels[k];
      if (e.start >= l.start || e.kind !== 'named') continue;
      const full = words(e);
      if (full.length <= own.length || own.some((w, j) => full[j] !== w)) continue;
      const c = labelCodes(e);
      if (c) return c;
    }
    return null;
  }
  void repeatedLabelRule;
  const labelQuote = new Map<number, SpeakerLabel>();
  if (labels.length) {
    const kept = quotes.filter(([a]) => !labels.some((l) => a > l.colon && a < l.paraEnd));
    quotes.length = 0;
    quotes.push(...kept);
    for (const l of labels) {
      quotes.push([l.colon, l.paraEnd]);
      for (let i = l.colon + 1; i < l.paraEnd; i++) inQuote[i] = 1;
    }
    quotes.sort((x, y) => x[0] - y[0]);
    quotes.forEach(([a], q) => { const l = labels.find((x) => x.colon === a); if (l) labelQuote.set(q, l); });
  }

  const possessiveAt = (end: number) => end + 1 < tokens.length && tokens[end].text === "'" && tokens[end + 1].lower === 's'
    || (end < tokens.length && tokens[end].text === "'" && tokens[end - 1]?.lower.endsWith('s'));
  const includingHeads = index.words(includingSubjects.id);
  const includingCollectives = index.words(includingSubjects.id, 'collectives');
  const representativeNouns = index.words(representativesFrom.id);
  const staffNouns = index.words(staffOf.id);
  const compassWords = index.words(compassPlaces.id);
  const pairHeads = index.words(pairObjects.id);
  const venueNouns = index.words(venueApposition.id);
  const venueEvents = index.words(venueEvent.id, 'nouns');
  const contactVerbs = index.words(contactObject.id);
  const theAfterName = (j: number) => tokens[j].lower === 'the' && j > 0 && tokens[j - 1].cap && tokens[j - 1].word && sentenceOf[j - 1] === sentenceOf[j];
  const isObject = (start: number): boolean => {
    // (The mention's own "the": "in Geneva the Serbian side", below.)
    if (theAfterName(start)) return false;
    let j = start - 1;
    // ("met in western Belarus and agreed …", "in north-eastern Syria": a point of the compass right before the name is
    // part of the place phrase the preposition governs, discourse/compass-places.)
    if (compassWords.has(tokens[j]?.lower ?? '') && sentenceOf[j] === sentenceOf[start]) {
      j--;
      if (tokens[j]?.text === '-' && compassWords.has(tokens[j - 1]?.lower ?? '')) j -= 2;
      // ("NATO countries in Central and Eastern Europe", "in northern and eastern Syria": two points coordinated
      // before the name are one place phrase; the "and" joins no parties, discourse/coordinated-compass.)
      else if ((tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') && compassWords.has(tokens[j - 1]?.lower ?? '') && sentenceOf[j - 1] === sentenceOf[start]) j -= 2;
    }
    // ("in contact with both Moscow and Kyiv", "recognised by both Russia and Ukraine": "both" opening the pair is
    // part of the phrase the preposition governs, discourse/pair-objects.)
    if (pairHeads.has(tokens[j]?.lower ?? '') && sentenceOf[j] === sentenceOf[start]) j--;
    // Skip titles, initials and articles between a preposition and a name ("with U.S. President Donald Trump").
    // (Within the sentence: a scan into earlier ones answers false anyway, and was quadratic on "Russia Russia …".)
    // ("talks with a US team": an indefinite article too, right before the name, discourse/indefinite-object.)
    while (j >= 0 && sentenceOf[j] === sentenceOf[start] && (tokens[j].cap || tokens[j].text === '.' || tokens[j].lower === 'the' || ((tokens[j].lower === 'a' || tokens[j].lower === 'an') && j === start - 1) || tokens[j].text === "'" || tokens[j].lower === 's' && tokens[j - 1]?.text === "'")) {
      if (tokens[j].cap && index.set.objectMarkers.has(tokens[j].lower)) break;
      // "On Tuesday Russia rejected …", "In March Kyiv proposed …": the preposition governs the date, not the name.
      if (CALENDAR_WORDS.has(tokens[j].text)) return false;
      // ("At the talks in Geneva the Serbian side demanded …": a determiner right after a name opens a new noun
      // phrase, the subject after a fronted phrase with no comma; the preposition governs the name before it.)
      if (theAfterName(j)) return false;
      j--;
    }
    if (j < 0) return false;
    if (sentenceOf[j] !== sentenceOf[start]) return false;
    const w = tokens[j].lower;
    // "the leaders of France, Germany and Britain called for …": the leaders speak for their countries.
    if (w === 'of' && LEADER_NOUNS.has(tokens[j - 1]?.lower ?? '')) return false;
    // ("A group of European leaders, among them …, said …", "a handful of Gulf states called for …": a collective
    // noun's "of" names who the collective is, it governs no object; not when a preposition governs the collective,
    // "talks with a group of European leaders", discourse/collective-of.)
    if (w === 'of' && includingCollectives.has(tokens[j - 1]?.lower ?? '') && DETERMINERS_OF_COLLECTIVE.has(tokens[j - 2]?.lower ?? '')
      && !(sentenceOf[j - 3] === sentenceOf[start] && index.set.objectMarkers.has(tokens[j - 3]?.lower ?? ''))) return false;
    // ("Diplomats from Turkey and Qatar proposed …", "the delegation of Eritrea": people who act for the parties
    // named after them, discourse/representatives-from.)
    if ((w === 'from' || w === 'of') && representativeNouns.has(tokens[j - 1]?.lower ?? '')) return false;
    // ("the office of President Zelensky set out …": a person's staff speak for the person, discourse/staff-of; not
    // "met at the office of President Erdogan".)
    if (w === 'of' && staffNouns.has(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.lower === 'the' && sentenceOf[j - 2] === sentenceOf[start]
      && !(sentenceOf[j - 3] === sentenceOf[start] && index.set.objectMarkers.has(tokens[j - 3]?.lower ?? ''))) return false;
    // ("The so-called coalition of the willing …": "called" after "so-" is a modifier, no verb taking an object.)
    if (w === 'called' && tokens[j - 1]?.text === '-' && tokens[j - 2]?.lower === 'so') return false;
    // ("Several Gulf states, including Qatar and Oman, called for …": the members of a plural subject heading the
    // sentence, set off by commas, are its subject, discourse/including-subjects.)
    // ("European governments, led by France and Germany, have backed …", "Several states, such as Qatar and Oman,
    // …": the same for ", led by" and ", such as".)
    const opener = w === 'including' ? 1 : (w === 'by' && tokens[j - 1]?.lower === 'led') || (w === 'as' && tokens[j - 1]?.lower === 'such') ? 2 : 0;
    // ("A group of African nations including South Africa and Egypt proposed …": after a collective noun and "of",
    // the comma may be missing; the "of" names the members, it governs no object.)
    const comma = tokens[j - opener]?.text === ',' ? 1 : 0;
    const head = j - opener - comma;
    if (opener && includingHeads.has(tokens[head]?.lower ?? '') && (comma || w === 'including')) {
      let h = head;
      while (h > 0 && sentenceOf[h - 1] === sentenceOf[start] && (tokens[h - 1].word || tokens[h - 1].text === "'")) h--;
      // (Not a noun behind a preposition: "Talks with several states, including Qatar, …".)
      let governed = false;
      let collective = false;
      for (let k = h; k < head; k++) {
        if (!index.set.objectMarkers.has(tokens[k].lower)) continue;
        if (tokens[k].lower === 'of' && includingCollectives.has(tokens[k - 1]?.lower ?? '')) { collective = true; continue; }
        governed = true;
      }
      if (sentenceOf[h - 1] !== sentenceOf[start] && head - h <= (collective ? 6 : 4) && !governed) return false;
    }
    if (index.set.objectMarkers.has(w)) return true;
    // ("he would call Putin afterwards to begin arranging a meeting", "broke off the meeting to phone Aliyev and said
    // …": a verb of contacting in its bare form after "to" or a modal takes the party as its object, not as the subject
    // of the clause that follows, discourse/contact-object.)
    if (contactVerbs.has(w) && (tokens[j - 1]?.lower === 'to' || index.set.modals.has(tokens[j - 1]?.lower ?? '')) && sentenceOf[j - 1] === sentenceOf[start]) return true;
    // ("in the Hungarian capital Budapest", "to the Turkish city Antalya": a name in apposition to a venue noun
    // is what the noun's phrase is, an object when a preposition governs it, discourse/venue-apposition.)
    if (venueNouns.has(w) && j === start - 1) return isObject(j);
    // "the Russia-Ukraine war": a name inside a hyphenated compound modifies a noun.
    if (w === '-' && j === start - 1 && tokens[j].end === tokens[start].start) return true;
    // Coordination continues the status of the previous actor: "to Zelenskyy and European leaders". (Not to a
    // subject pronoun, never an object: "not for the Kremlin, and we do not accept …".)
    if ((w === 'and' || w === 'or') && actors.length && !NOMINATIVE.has(tokens[start].lower)) {
      const prev = actors[actors.length - 1];
      if (prev.end >= j - 1 && prev.sentence === sentenceOf[start]) return prev.object;
    }
    return false;
  };

  // ("a forum in Davos, Switzerland, where Kissinger urged …", "talks held in Geneva, Switzerland."): a country
  // after a town and a comma, in a phrase of place, is where the town is, an object (discourse/venue-apposition
  // townPrepositions); not when a verb follows it ("In Moscow, Russia rejected …": the country is the subject).
  const townPreps = index.words(venueApposition.id, 'townPrepositions');
  const townCountry = (start: number, end: number): boolean => {
    const comma = start - 1;
    if (tokens[comma]?.text !== ',' || !tokens[comma - 1]?.cap || sentenceOf[comma] !== sentenceOf[start]) return false;
    const after = tokens[end];
    if (after && after.text !== ',' && after.text !== '.' && after.text !== ';' && after.text !== ')') return false;
    let j = comma - 1;
    while (j > comma - 4 && j >= 0 && tokens[j].cap && sentenceOf[j] === sentenceOf[start]) j--;
    // (The town is no subject of its own: "with Putin, Russia." is no place phrase; "in Doha, Qatar," is.)
    if (actors.some((a) => a.end === comma && a.sentence === sentenceOf[start] && !a.object)) return false;
    return j >= 0 && townPreps.has(tokens[j].lower);
  };
  const bothVerbs = index.words(bothSubject.id, 'verbs');
  const bothVerbAt = (k: number) => !!tokens[k]?.word && !tokens[k].cap && (bothVerbs.has(tokens[k].lower) || (/ed$/.test(tokens[k].lower) && tokens[k].lower.length > 4));
  // ("wrote to Erdogan and UN chief Antonio Guterres proposing …", "met UN Secretary-General Antonio Guterres":
  // a person's name right after the role that introduces it is the same noun phrase; it is an object when the role
  // is, though a lower-case role word or a hyphened title stops isObject's walk back to the preposition,
  // discourse/role-name-apposition.)
  const roleApposedObject = (start: number, kind: ActorKind): boolean => {
    if (kind !== 'person') return false;
    for (let k = actors.length - 1; k >= 0 && k >= actors.length - 4; k--) {
      const a = actors[k];
      if (a.sentence !== sentenceOf[start]) return false;
      if (a.end !== start) continue;
      return a.object && !a.possessive && (a.kind === 'description' || a.kind === 'adjective-role');
    }
    return false;
  };
  const pushActor = (m: Omit<ActorMention, 'possessive' | 'object' | 'sentence' | 'inQuote'>) => {
    // ("he's", "she's", "it's": a personal pronoun's "'s" is "is" or "has", never a possessive.)
    const possessive = (possessiveAt(m.end) && m.kind !== 'pronoun') || (m.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(m.pronoun ?? ''));
    const hyphen = tokens[m.end]?.text === '-' && tokens[m.end].start === tokens[m.end - 1].end;
    const compound = hyphen && tokens[m.end + 1]?.word && tokens[m.end + 1].lower !== 'brokered' && !tokens[m.end + 1].cap;
    // Built field by field (not with a spread): this runs for every name and pronoun of every article.
    actors.push(actorMention(m.codes, m.start, m.end, sentenceOf[m.start], m.kind, possessive,
      isObject(m.start) || roleApposedObject(m.start, m.kind) || !!compound || (hyphen && !!tokens[m.end + 1]?.cap) || townCountry(m.start, m.end), m.personLike, m.plural, inQuote[m.start] === 1,
      m.gender || undefined, m.pronoun || undefined, undefined));
  };

  // People the lexicon does not know, introduced by a party and a role ("Indonesia's Defense Minister Prabowo
  // Subianto", "Kenyan President Samuel Ruto"): their names, learned for this article, speak for that party
  // later ("Subianto said", "Prabowo added").
  const learned = new Map<string, string>();
  const groupNouns = index.words(groupNounsRule.id);
  const groupCounts = index.words(groupNounsRule.id, 'numbers');
  const countedNouns = index.words(countedGroupRule.id);
  const institutionRoles = index.words(definiteRoles.id, 'institutions');
  const regionAdjectives = index.words(regionalGroups.id, 'adjectives'), regionNouns = index.words(regionalGroups.id, 'nouns');
  const nameWords = (k: number): number => {
    let e = k;
    while (e < tokens.length && e - k < 3 && sentenceOf[e] === sentenceOf[k] && isUnknownNameWord(tokens[e]) && !index.names.matchAt(tokens, e) && !index.lowerNames.matchAt(tokens, e)) e++;
    return e;
  };
  /**
   * Token i is an item of a list of members opened by ", among them", ", including" or ", such as" earlier in its
   * sentence, with only names, possessives, commas and "and" between (discourse/among-them-members).
   */
  const inMemberList = (i: number): boolean => {
    for (let j = i - 1; j > 0 && i - j <= 40 && sentenceOf[j] === sentenceOf[i]; j--) {
      const t = tokens[j];
      // (A dash opens the list as a comma does, discourse/among-them-after-clause.)
      const mark = (x: Token | undefined) => x?.text === ',' || x?.text === '-';
      const opener = (t.lower === 'including' && mark(tokens[j - 1])) || (t.lower === 'them' && tokens[j - 1]?.lower === 'among' && mark(tokens[j - 2]))
        || (t.lower === 'as' && tokens[j - 1]?.lower === 'such' && mark(tokens[j - 2]))
        // ("The mission brought together Ramaphosa, Senegal's Macky Sall, Zambia's Hakainde Hichilema and …", "the
        // delegation included Senegal's Macky Sall and Zambia's Hakainde Hichilema": a verb that assembles a group
        // opens the list of its members, discourse/among-them-members 'assemblyWords'.)
        || ASSEMBLY_WORDS.has(t.lower);
      if (opener) return true;
      if (t.cap || t.text === ',' || t.text === "'" || t.text === '-' || LIST_NAME_WORDS.has(t.lower)) continue;
      return false;
    }
    return false;
  };
  /** The end of "Western partners", "key allies" at k (one or two modifiers, then a patron noun), else 0. */
  const modifiedPatronAt = (k: number): number => {
    for (let j = k; j < k + 2; j++) {
      const t = tokens[j];
      if (!t?.word || sentenceOf[j] !== sentenceOf[k] || regionAdjectives.has(t.lower) || index.names.matchAt(tokens, j) || index.lowerNames.matchAt(tokens, j)) return 0;
      if (patronWords.has(tokens[j + 1]?.lower ?? '')) return j + 2;
    }
    return 0;
  };
  /** After a party's person role: the end of the unknown name that follows it, learned for `code`; else `end`. */
  const introducedName = (end: number, roleText: string, code: string | undefined): number => {
    if (!code || !(PERSON_ROLES.has(roleText) || postedRoles.has(roleText))) return end;
    const e = nameWords(end);
    if (e === end) learnPostedName(end, code);
    for (let k = end; k < e; k++) if (!learned.has(tokens[k].text)) learned.set(tokens[k].text, code);
    return e;
  };
  // "Ukraine's ambassador to South Africa, Olha Kravets, …", "Armenia's envoy to the EU, Ani Petrosyan, said": the
  // name after the post's place and a comma is the role's person, learned for the role's party, so that "Kravets:"
  // and "Kravets said" speak for Ukraine, not for the country of the post (discourse/posted-name). The mention ends
  // at the role: the place of the post is still found, as an object of "to".
  const postedRoles = index.words(postedName.id, 'roles');
  const learnPostedName = (k: number, code: string): void => {
    if (tokens[k]?.lower !== 'to') return;
    let c = k + 1;
    while (c < tokens.length && c - k <= 5 && sentenceOf[c] === sentenceOf[k] && (tokens[c].cap || tokens[c].lower === 'the')) c++;
    if (c === k + 1 || tokens[c]?.text !== ',') return;
    const e = nameWords(c + 1);
    if (e - (c + 1) < 2 || sentenceOf[e] !== sentenceOf[k] || (tokens[e]?.text !== ',' && !speechVerbs.has(tokens[e]?.lower ?? ''))) return;
    for (let j = c + 1; j < e; j++) if (!learned.has(tokens[j].text)) learned.set(tokens[j].text, code);
  };

  // "the Chinese special representative Li Hui … Li said", "Matthew Miller … Miller added": the family name of a
  // known person named in full (first in Chinese and Korean order, last in others) speaks for that party later in
  // the article (discourse/surname).
  const firstNames = new Set<string>();
  const learnName = (k: number, code: string, first: boolean) => {
    const t = tokens[k];
    if (!t?.word || !t.cap || t.text.length < 2 || learned.has(t.text)) return;
    learned.set(t.text, code);
    if (first) firstNames.add(t.text);
  };
  const learnSurname = (start: number, end: number, code: string) => {
    let k = end - 1;
    // ("Joseph R. Biden Jr.", "Lloyd J. Austin III": the surname before a suffix.)
    while (k > start && (!tokens[k].word || SURNAME_SUFFIXES.has(tokens[k].lower))) k--;
    learnName(k, code, false);
    learnName(start, code, true);
  };
  /** "Name Surname, (a|the) role for|to|of <a person or party the lexicon knows>,": the name's end and that party. */
  const appositiveRoleAt = (i: number): { end: number; code: string } | null => {
    const e = nameWords(i);
    if (e === i || tokens[e]?.text !== ',' || sentenceOf[e] !== sentenceOf[i]) return null;
    // (Not a list of names or places: "Zelensky, Macron and …" — the apposition needs a role.)
    let k = e + 1;
    if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    const role = index.roles.matchAt(tokens, k) ?? modifiedRoleAt(tokens, k, index);
    if (!role || STANCE_ROLES.has(tokens[role.end - 1].lower)) return null;
    k = role.end;
    if (!APPOSITION_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
    k++;
    if (tokens[k]?.lower === 'the') k++;
    // "President Cyril Ramaphosa", "the Spanish prime minister": a role or party adjective before the patron.
    const titled = index.roles.matchAt(tokens, k);
    if (titled) k = titled.end;
    const hit = index.names.matchAt(tokens, k) ?? index.lowerNames.matchAt(tokens, k);
    if (!hit) return null;
    const v = pickValue(hit.values, published);
    const code = v.kind === 'person' || v.kind === 'description' ? v.code : v.kind === 'party' && !v.members ? v.code : v.kind === 'adjective' && (index.roles.matchAt(tokens, hit.end) ?? modifiedRoleAt(tokens, hit.end, index)) ? v.code : undefined;
    return code ? { end: e, code } : null;
  };

  /** "(the) representative of the Russian Federation": a singular role, "of" and a single party the lexicon knows;
   * its end, the party, and whether the role is a person's (discourse/role-of-party). */
  const roleOfWords = index.words(roleOfParty.id, 'persons'), roleOfNot = index.words(roleOfParty.id, 'not');
  // ("a spokesperson for the European Commission", "an official at the Kremlin": a spokesperson's or an official's
  // "for" or "at" as "of"; not an envoy's, "the special envoy for Ukraine", rules.json 'forRoles'.)
  const forRoles = index.words(roleOfParty.id, 'forRoles'), forPrepositions = index.words(roleOfParty.id, 'forPrepositions');
  // ("an aide to Aliyev", "an adviser to the Kremlin": an aide's or an adviser's "to" as "for", rules.json 'toRoles'.)
  const toRoles = index.words(roleOfParty.id, 'toRoles');
  const roleOfPartyAt = (k: number): { end: number; code: string; person: boolean } | null => {
    const r = index.roles.matchAt(tokens, k);
    if (!r || sentenceOf[r.end] !== sentenceOf[k]) return null;
    const link = tokens[r.end]?.lower;
    if (link !== 'of' && !(forPrepositions.has(link ?? '') && r.end === k + 1 && forRoles.has(tokens[k].lower)) && !(link === 'to' && r.end === k + 1 && toRoles.has(tokens[k].lower))) return null;
    const roleText = joinTokens(tokens, k, r.end, true);
    // (Not a stance noun, a plural, a state's patrons or a side: "the proposal of Turkey", "the allies of Armenia".)
    if (STANCE_ROLES.has(tokens[r.end - 1].lower) || pluralRole(roleText) || roleOfNot.has(roleText) || patronWords.has(roleText)) return null;
    let hit = index.names.matchAt(tokens, r.end + 1) ?? index.lowerNames.matchAt(tokens, r.end + 1);
    // ("a spokesman for the Azerbaijani Foreign Ministry": an adjective after "the", read below with its institution.)
    if (!hit && tokens[r.end + 1]?.lower === 'the') {
      const adj = index.names.matchAt(tokens, r.end + 2);
      if (adj && pickValue(adj.values, published).kind === 'adjective') hit = adj;
    }
    if (!hit) return null;
    const v = pickValue(hit.values, published);
    // ("a spokesman for Aliyev", "an aide to Erdogan" read as "for": a spokesperson's or an official's "for" a leader
    // the lexicon knows speaks for the leader's party; with "of" only a party: "the government of Orban" is no role.)
    // ("a spokesman for the Azerbaijani Foreign Ministry": a party's adjective and an institution, as "of" or "for" a
    // party: read to the institution's end.)
    let end = hit.end;
    if (v.kind === 'adjective' && link !== 'of') {
      const inst = index.roles.matchAt(tokens, hit.end) ?? modifiedRoleAt(tokens, hit.end, index);
      if (!inst) return null;
      end = inst.end;
    }
    else if (v.kind === 'person') { if (link === 'of') return null; }
    else if (v.kind !== 'party' || v.members || v.sub === 'group') return null;
    // ("the president of Russia's ally Belarus": the possessive is no party of the role.)
    if (possessiveAt(end)) return null;
    return { end, code: v.code, person: PERSON_ROLES.has(roleText) || roleOfWords.has(tokens[r.end - 1].lower) };
  };
  const bareSides = index.words(bothSidesRule.id, 'bare'), sidesNotBefore = index.words(bothSidesRule.id, 'notBefore');
  // ("The two agreed …", "the pair discussed …": a pronoun-like numeral stands for a pair only before a verb, an
  // auxiliary or an adverb; "the two regions", "the two main parties" name something else, rules.json
  // discourse/meeting-pair 'bareNumerals' and 'verbAfter'.)
  const bareNumerals = index.words(meetingPairRule.id, 'bareNumerals'), verbAfter = index.words(meetingPairRule.id, 'verbAfter');
  const verbLike = (t: Token | undefined) => !!t && t.word && !t.cap && (verbAfter.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
  for (let i = 0; i < tokens.length; ) {
    // No name, description or pronoun starts with punctuation.
    if (!tokens[i].word) { i++; continue; }
    const a = index.lowerNames.matchAt(tokens, i);
    const b = index.names.matchAt(tokens, i);
    // An all-lower-case match of a capitalised name ("nato") is fine; prefer the longer match.
    const m = a && (!b || a.end >= b.end) ? a : b;
    if (!m) {
      const both = index.bothSides.matchAt(tokens, i);
      // ("the delegations of France and Germany", "the sides of the border": others, or a place; rules.json
      // discourse/both-sides 'notBefore'.)
      const bothPhrase = both ? joinTokens(tokens, i, both.end, true).toLowerCase() : '';
      // (But "in" and a name is where they met: "talks between the two countries in Jeddah".)
      const placeAfter = !!both && tokens[both.end]?.lower === 'in' && !!tokens[both.end + 1]?.cap;
      if (both && !(sidesNotBefore.has(tokens[both.end]?.lower ?? '') && bareSides.has(bothPhrase) && !placeAfter) && !(bareNumerals.has(bothPhrase) && !verbLike(tokens[both.end]))) {
        pushActor({ codes: [...index.vocab.bothSides.parties], start: i, end: both.end, kind: 'both', personLike: false, plural: true });
        i = both.end; continue;
      }
      // A name learned from its introduction earlier in the article ("… Minister Prabowo Subianto … Subianto said").
      // (A first name learned from a known person, "Li Hui … Li said", opens a sentence as a name only before a
      // verb of saying: "Hope", "Rose" are words there.)
      if (tokens[i].cap && learned.has(tokens[i].text) && !(firstNames.has(tokens[i].text) && sentenceOf[i - 1] !== sentenceOf[i] && !speechVerbs.has(tokens[i + 1]?.lower ?? ''))) {
        let e = i + 1;
        while (e < tokens.length && sentenceOf[e] === sentenceOf[i] && tokens[e].cap && learned.get(tokens[e].text) === learned.get(tokens[i].text)) e++;
        pushActor({ codes: [learned.get(tokens[i].text)!], start: i, end: e, kind: 'person', personLike: true, plural: false });
        i = e; continue;
      }
      // A person the lexicon does not know, introduced by an apposition that names whom they work for
      // ("Vincent Magwenya, spokesman for President Cyril Ramaphosa, …", "Ana Ruiz, an adviser to the Spanish
      // prime minister"): learned for that party, like a party's role before a name.
      const appos = tokens[i].cap ? appositiveRoleAt(i) : null;
      if (appos) {
        for (let k = i; k < appos.end; k++) if (!learned.has(tokens[k].text)) learned.set(tokens[k].text, appos.code);
        pushActor({ codes: [appos.code], start: i, end: appos.end, kind: 'person', personLike: true, plural: false });
        i = appos.end; continue;
      }
      // A person the lexicon does not know, named as a speaker ("Vincent Magwenya said", "said spokesman Vincent
      // Magwenya"): recorded without a party, so that "he" and a quote's "we" resolve to nobody rather than to
      // the last party named.
      // (Only a capitalised word starts one: tested here, before the call and its closure at every other word: speed.)
      const unknown = tokens[i].cap ? unknownSpeakerAt(tokens, i, sentenceOf, index, speechVerbs) : 0;
      if (unknown) {
        pushActor({ codes: [], start: i, end: unknown, kind: 'person', personLike: true, plural: false });
        i = unknown; continue;
      }
      // "The Nordic governments", "Kyiv's Scandinavian allies": a regional adjective before a group noun names
      // European states together (discourse/regional-groups).
      if (tokens[i].cap && regionAdjectives.has(tokens[i].lower) && regionNouns.has(tokens[i + 1]?.lower ?? '') && sentenceOf[i + 1] === sentenceOf[i]) {
        pushActor({ codes: ['EUR'], start: i, end: i + 2, kind: 'group', personLike: false, plural: true });
        i += 2; continue;
      }
      // "26 countries have committed to deploying troops", "Twenty-six countries, mostly European, …": a counted
      // group of states that names no party is the coalition of the willing when the article names it; settled
      // after the article's mentions are all found (discourse/counted-coalition).
      const counted = countedStatesAt(i);
      if (counted) {
        pushActor({ codes: [], start: i, end: counted, kind: 'group', personLike: false, plural: true });
        countedGroups.push(actors[actors.length - 1]);
        i = counted; continue;
      }
      // "Saudi Arabia hosted the talks. The kingdom has offered …": a descriptive epithet refers back to the last party
      // named that it can describe (discourse/epithets).
      const epithet = epithetAt(tokens, i, sentenceOf, index);
      if (epithet) {
        pushActor({ codes: [], start: i, end: epithet.end, kind: 'pronoun', personLike: false, plural: false, pronoun: `${EPITHET_PRONOUN}${epithet.key}` });
        i = epithet.end; continue;
      }
      // "The leaders agreed …", "the allies said": a definite group noun refers back to the group or the
      // coordinated parties named last, like "they" (discourse/group-nouns).
      // ("the five leaders said", "the two leaders agreed": a count between them.)
      const countedThe = tokens[i].lower === 'the' && groupCounts.has(tokens[i + 1]?.lower ?? '') ? 1 : 0;
      // ("Britain, France and Germany drafted a counter-proposal. … the three governments would not accept …": a noun of
      // states counted three or more is the parties last named together in that number, discourse/counted-group.)
      const count = countedThe ? countOf(tokens[i + 1].lower) : 0;
      const countedState = count >= 3 && countedNouns.has(tokens[i + 2]?.lower ?? '');
      if (tokens[i].lower === 'the' && (groupNouns.has(tokens[i + 1 + countedThe]?.lower ?? '') || countedState) && sentenceOf[i + 1 + countedThe] === sentenceOf[i] && !GROUP_NOUN_BLOCKERS.has(tokens[i + 2 + countedThe]?.lower ?? '')) {
        const pronoun = countedState && !groupNouns.has(tokens[i + 2].lower) ? `${COUNTED_PRONOUN}${count}` : count ? `${GROUP_PRONOUN}:${count}` : GROUP_PRONOUN;
        pushActor({ codes: [], start: i, end: i + 2 + countedThe, kind: 'pronoun', personLike: true, plural: true, pronoun });
        i += 2 + countedThe; continue;
      }
      // "The representative of the Russian Federation said …", "the foreign minister of Armenia told reporters": one
      // person (or office) of a role and "of" a party speaks for that party, like "Armenia's foreign minister", so
      // that "he added" in the next sentence is that party's (discourse/role-of-party).
      // "A source in the Ukrainian delegation told AFP …": an unnamed person placed in a party's institution is that
      // party; "The source called the demands unacceptable" refers back to it like a definite role
      // (discourse/source-in-party).
      const source = DETERMINERS.has(tokens[i].lower) ? sourceInPartyAt(tokens, i + 1, sentenceOf, index, (v) => pickValue(v, published), (k) => index.roles.matchAt(tokens, k) ?? modifiedRoleAt(tokens, k, index)) : null;
      if (source) {
        pushActor({ codes: [source.code], start: i, end: source.end, kind: 'adjective-role', personLike: true, plural: false });
        i = source.end; continue;
      }
      const definiteSource = definiteSourceAt(tokens, i, index);
      if (definiteSource && sentenceOf[definiteSource - 1] === sentenceOf[i]) {
        pushActor({ codes: [], start: i, end: definiteSource, kind: 'pronoun', personLike: true, plural: false, pronoun: `${ROLE_PRONOUN}${tokens[definiteSource - 1].lower}` });
        i = definiteSource; continue;
      }
      const roleOf = DETERMINERS.has(tokens[i].lower) ? roleOfPartyAt(i + 1) : null;
      if (roleOf) {
        pushActor({ codes: formerAt(i + 1) ? [] : [roleOf.code], start: i, end: roleOf.end, kind: 'adjective-role', personLike: roleOf.person, plural: false });
        i = roleOf.end; continue;
      }
      // "Kenyan President William Ruto visited Kyiv. The president proposed …": a definite person role refers back
      // to the last mention that carries that role (discourse/definite-roles).
      if (tokens[i].lower === 'the' && sentenceOf[i + 1] === sentenceOf[i]) {
        const r = index.roles.matchAt(tokens, i + 1);
        const roleText = r ? joinTokens(tokens, i + 1, r.end, true) : '';
        // ("Armenia's foreign ministry … The ministry also called on …": an institution's role too, not a person.)
        const person = PERSON_ROLES.has(roleText);
        if (r && (person || institutionRoles.has(roleText)) && !GROUP_NOUN_BLOCKERS.has(tokens[r.end]?.lower ?? '') && !(tokens[r.end]?.cap && tokens[r.end]?.word)) {
          pushActor({ codes: [], start: i, end: r.end, kind: 'pronoun', personLike: person, plural: false, pronoun: `${ROLE_PRONOUN}${tokens[r.end - 1].lower}` });
          i = r.end; continue;
        }
      }
      const t = tokens[i];
      // "The European Union and the United States … Both urged Azerbaijan to …": a "Both" that opens its sentence
      // before a verb (a word ending in -ed or one of rules.json 'verbs') is "they" (discourse/both-subject).
      if (t.text === 'Both' && (i === 0 || sentenceOf[i - 1] !== sentenceOf[i] || !tokens[i - 1].word) && bothVerbAt(i + 1)) {
        pushActor({ codes: [], start: i, end: i + 1, kind: 'pronoun', personLike: false, plural: true, pronoun: 'they' });
        i++; continue;
      }
      if (inClass(t, PRONOUN) && (t.word && !t.cap || (t.cap && (t.text === 'He' || t.text === 'She' || t.text === 'It' || t.text === 'They' || t.text === 'We' || t.text === 'His' || t.text === 'Her' || t.text === 'Its' || t.text === 'Their' || t.text === 'Our' || t.text === 'My' || (t.text === 'I' && inQuote[i] === 1))))) {
        const w = t.lower;
        const s = index.set;
        // ("it now falls on Russia to …", "it is up to Kyiv to …", "it is essential that …": an expletive "it"
        // stands for no one.)
        const expletive = w === 'it' && expletiveAt(tokens, i + 1, index);
        if (!expletive && (s.pronounPerson.has(w) || s.pronounParty.has(w) || s.pronounPlural.has(w) || (s.pronounSpeaker.has(w) && t.text !== 'US'))) {
          pushActor({ codes: [], start: i, end: i + 1, kind: 'pronoun', personLike: s.pronounPerson.has(w), plural: s.pronounPlural.has(w) || s.pronounSpeaker.has(w), pronoun: w });
        }
      }
      i++; continue;
    }
    const v: NameValue = pickValue(m.values, published);
    let end = m.end;
    switch (v.kind) {
      case 'place': {
        while (end < tokens.length && PLACE_SUFFIX.has(tokens[end].lower)) end++;
        places.push({ codes: v.codes, start: i, end, sentence: sentenceOf[i], group: v.group, town: !!v.town });
        break;
      }
      case 'outlet':
        outlets.push({ name: v.name, start: i, end, sentence: sentenceOf[i] });
        break;
      case 'person':
        // ("The Trump administration's plan": the leader's government, discourse/leader-government.)
        // (Only as a possessive, "the Trump administration's plan": "the Biden administration encouraged Kyiv to say it
        // was open to talks" keeps the person, whom the "it" of the clause cannot take.)
        if (!formerAt(i) && leaderGovernments.has(tokens[end]?.text ?? '') && sentenceOf[end] === sentenceOf[i] && possessiveAt(end + 1)) {
          pushActor({ codes: [v.code], start: i, end: end + 1, kind: 'description', personLike: false, plural: false });
          break;
        }
        // ("Zelensky's office said …", "Pashinyan's government replied …": a leader's possessive before an office
        // noun is that leader's office speaking, one mention of the party that is not a person, discourse/leader-office.)
        if (!formerAt(i) && possessiveAt(end) && sentenceOf[end + 1] === sentenceOf[i]) {
          // (One or two words: "office", "press office".)
          const w1 = tokens[end + 2]?.lower ?? '', w2 = `${w1} ${tokens[end + 3]?.lower ?? ''}`;
          const oEnd = leaderOffices.has(w2) ? end + 4 : leaderOffices.has(w1) ? end + 3 : -1;
          if (oEnd > 0 && !tokens[end + 2].cap && !possessiveAt(oEnd) && !(tokens[oEnd]?.cap && tokens[oEnd]?.word)) {
            pushActor({ codes: [v.code], start: i, end: oEnd, kind: 'description', personLike: false, plural: false });
            end = oEnd;
            break;
          }
        }
        pushActor({ codes: formerAt(i) ? [] : [v.code], start: i, end, kind: 'person', personLike: true, plural: false, gender: v.gender });
        // (The office the lexicon gives the person, for a definite role that nothing in the text carries:
        // discourse/known-office.)
        noteOffice(actors[actors.length - 1], v.office);
        // "the Chinese special representative Li Hui … Li said", "Matthew Miller … Miller added": a known person's
        // surname, named in full once, speaks for the same party later in the article (discourse/surname).
        if (end - i >= 2 && !formerAt(i)) learnSurname(i, end, v.code);
        break;
      case 'description':
        pushActor({ codes: formerAt(i) ? [] : [v.code], start: i, end, kind: 'description', personLike: true, plural: false });
        break;
      case 'party': {
        const next = tokens[end];
        if (v.sub === 'metonym' && next && METONYM_BLOCKERS.has(next.lower) && !(next.text === '-' && BROKER_PARTICIPLES.has(tokens[end + 1]?.lower ?? ''))) break;
        // ("Going into the first Abu Dhabi round, the Kremlin restated …": a capital before a meeting's noun is its
        // venue, discourse/venue-event.)
        if (v.sub === 'metonym' && next && venueEvents.has(next.lower)) break;
        // "Russian President Vladimir Putin": a name used as a modifier of a role or a person is one mention.
        // A stance noun after a name is a noun phrase only after a determiner ("the US proposal"); otherwise
        // it is the verb ("Ukraine demands the return of …"). A name listed with its article ("the US", "the EU",
        // "the UN") brings its own determiner: "agreed to the US proposal for a ceasefire" (holder/possessor).
        let role = index.roles.matchAt(tokens, end);
        if (role && STANCE_ROLES.has(tokens[role.end - 1].lower) && !DETERMINERS.has(tokens[i - 1]?.lower ?? '') && tokens[i].lower !== 'the') role = null;
        if (role) {
          const roleText = joinTokens(tokens, end, role.end, true);
          const codes = patronOf(roleText, v.code) || formerAt(i) ? [] : v.members ? [...v.members] : [v.code];
          end = introducedName(role.end, roleText, codes.length === 1 ? codes[0] : undefined);
          pushActor({ codes, start: i, end, kind: 'adjective-role', personLike: PERSON_ROLES.has(roleText), plural: pluralRole(roleText) && !PERSON_ROLES.has(roleText) });
          break;
        }
        // "Peru's foreign minister", "Indonesia's Defense Minister Prabowo Subianto": a possessive party and its
        // role (and an unknown name after it) are one mention, like "the Peruvian foreign minister". A stance
        // noun ("Russia's demands") stays with its possessor.
        if (tokens[end]?.text === "'" && tokens[end + 1]?.lower === 's' && !v.members) {
          const r = index.roles.matchAt(tokens, end + 2);
          if (r && !STANCE_ROLES.has(tokens[r.end - 1].lower)) {
            const roleText = joinTokens(tokens, end + 2, r.end, true);
            const patron = patronOf(roleText, v.code) || formerAt(i);
            // "26 of Ukraine's allies have pledged to deploy troops": a counted part of a state's allies is the
            // coalition the lexicon names for that state (discourse/counted-patrons).
            const coalition = patron && patronOf(roleText, v.code) ? countedCoalition(i, v.code) : undefined;
            end = introducedName(r.end, roleText, patron ? undefined : v.code);
            pushActor({ codes: coalition ? [coalition] : patron ? [] : [v.code], start: coalition ? i - 2 : i, end, kind: 'adjective-role', personLike: PERSON_ROLES.has(roleText), plural: pluralRole(roleText) && !PERSON_ROLES.has(roleText) });
            break;
          }
          // "Armenia's Western partners", "Moldova's closest partners", "Serbia's traditional allies": a state's allies
          // past a modifier or two are other parties, not the state (discourse/patron-roles). (Not a region's or a
          // party's adjective: "Kyiv's Scandinavian allies" are the European group, discourse/regional-groups.)
          // "Zambia's Hakainde Hichilema, who spoke next, said …", "Senegal's Macky Sall told reporters …": a state's
          // possessive before a person the lexicon does not know, named in two or three words and then speaking
          // (a verb of saying, or ", who"), is that person, learned for the state like a role's unknown name
          // (discourse/possessed-person). (Not "Russia's Black Sea Fleet said": a name of a body is no speaker of
          // its own here; one of two words before a speech verb is read as a person, as unknownSpeakerAt does.)
          if (index.states.has(v.code) && !formerAt(i)) {
            const e = nameWords(end + 2);
            const after = tokens[e]?.lower ?? '';
            // ("European leaders, among them Kenya's William Ruto, Ghana's John Mahama and …, said …": so is a member
            // named in a list after ", among them" or ", including", the name closed by a comma or "and",
            // discourse/among-them-members.)
            const speaks = e - (end + 2) >= 2 && sentenceOf[e] === sentenceOf[i]
              && (speechVerbs.has(after) || (after === ',' && tokens[e + 1]?.lower === 'who') || ((after === ',' || after === 'and') && inMemberList(i)));
            if (speaks) {
              for (let k = end + 2; k < e; k++) if (!learned.has(tokens[k].text)) learned.set(tokens[k].text, v.code);
              pushActor({ codes: [v.code], start: i, end: e, kind: 'person', personLike: true, plural: false });
              end = e;
              break;
            }
          }
          const p = modifiedPatronAt(end + 2);
          if (p > 0 && index.states.has(v.code)) {
            pushActor({ codes: [], start: i, end: p, kind: 'adjective-role', personLike: false, plural: true });
            end = p;
            break;
          }
        }
        // A group with members (the G7) speaks as its member states: the spec has no code for it (rule 8).
        // A group named by a plural noun ("European leaders", "G7 nations") is "they"; one named by a collective
        // noun ("the Group of Seven", "the coalition of the willing") is also "it".
        pushActor({ codes: v.members ? [...v.members] : [v.code], start: i, end, kind: v.sub === 'metonym' ? 'metonym' : v.sub === 'group' ? 'group' : 'party', personLike: false, plural: v.sub === 'group' && tokens[end - 1].lower.endsWith('s') });
        break;
      }
      case 'adjective': {
        // ("the Ukrainian energy minister", "a Russian chief negotiator": one modifier before a role's head.)
        const role = index.roles.matchAt(tokens, end) ?? modifiedRoleAt(tokens, end, index);
        // "a Turkish-brokered truce", "the US-backed plan": the adjective names who brokered it.
        if (!role && tokens[end]?.text === '-' && BROKER_PARTICIPLES.has(tokens[end + 1]?.lower ?? '')) {
          pushActor({ codes: [v.code], start: i, end, kind: 'adjective-role', personLike: false, plural: false });
          break;
        }
        // "Armenian and Azerbaijani negotiators": an adjective coordinated with another party's role is a party
        // of its own, coordinated with that role below (discourse/coordinated-adjectives).
        if (!role && coordinatedBeforeRole(tokens, end, index, (k) => { const r = index.roles.matchAt(tokens, k) ?? modifiedRoleAt(tokens, k, index); return !!r && pluralRole(joinTokens(tokens, k, r.end, true)); })) {
          pushActor({ codes: [v.code], start: i, end, kind: 'party', personLike: false, plural: false });
          break;
        }
        if (!role) break; // "Russian oil", "Ukrainian territory": not an actor
        const roleText = joinTokens(tokens, end, role.end, true);
        const patron = patronOf(roleText, v.code) || formerAt(i);
        end = introducedName(role.end, roleText, patron ? undefined : v.code);
        pushActor({ codes: patron ? [] : [v.code], start: i, end, kind: 'adjective-role', personLike: PERSON_ROLES.has(roleText), plural: pluralRole(roleText) && !PERSON_ROLES.has(roleText) });
        break;
      }
    }
    i = end;
  }
  // (discourse/counted-coalition: only when the article names the coalition, anywhere — a title or a later paragraph.)
  if (countedGroups.length && actors.some((a) => a.codes.length === 1 && a.codes[0] === 'COW')) for (const a of countedGroups) a.codes.push('COW');
  // ("JEDDAH, Saudi Arabia (AP) — …", "GOMEL REGION, Belarus, Feb 28 (MPA) - …": discourse/dateline.)
  const datelineSpans = datelines(tokens, sentences, sentenceOf);
  for (const [from, to] of datelineSpans) {
    for (let k = actors.length - 1; k >= 0; k--) if (actors[k].start >= from && actors[k].end <= to) actors.splice(k, 1);
  }
  // ("The Government welcome that work": in a host speaker's turn, its own government, discourse/record-turns.)
  for (const l of hostLabels) {
    for (const [a, b] of ownGovernments(tokens, l.colon + 1, l.paraEnd)) {
      if (actors.some((m) => m.start < b && m.end > a)) continue;
      const m = actorMention([host!.code], a, b, sentenceOf[a], 'description', possessiveAt(b), isObject(a), false, false, true, undefined, undefined, undefined);
      actors.splice(firstMentionAt(actors, a), 0, m);
    }
  }
  // ("PESKOV:": a label in capitals the lexicon did not match as written is a mention of its speaker.)
  // (And a host's office label, "The Minister:", discourse/record-turns.)
  for (const l of labels) {
    // (A host's label is the host, whatever the lexicon reads in it: "The Secretary of State for …" is no American.)
    if (hostLabels.has(l)) for (let k = actors.length - 1; k >= 0; k--) if (actors[k].start >= l.start && actors[k].end <= l.colon) actors.splice(k, 1);
    if ((l.kind !== 'named' && !hostLabels.has(l)) || actors.some((m) => m.start === l.start)) continue;
    const found = labelCodes(l)!;
    const m = actorMention(found.codes, l.start, l.end, sentenceOf[l.start], found.kind, false, false, found.kind === 'person' || found.kind === 'description', false, false, undefined, undefined, undefined);
    actors.splice(firstMentionAt(actors, l.start), 0, m);
  }
  // "the Chinese-Brazilian proposal", "Egyptian-Qatari mediators", "a Franco-German plan": two parties hyphened
  // before a role or stance noun are both its holders (discourse/hyphened-parties).
  joinHyphenedParties(actors, tokens, index, published, isObject);
  // "the Foreign Ministry in Beijing", "the authorities in Kyiv": an institution placed in a capital is that
  // capital's state (discourse/institution-in-capital).
  const institutions = index.words(institutionInCapital.id);
  for (const m of actors) {
    if (m.kind !== 'metonym' || m.codes.length !== 1 || tokens[m.start - 1]?.lower !== 'in') continue;
    let j = m.start - 2;
    if (!institutions.has(tokens[j]?.lower ?? '')) continue;
    while (j > 0 && sentenceOf[j - 1] === m.sentence && tokens[j - 1].cap && tokens[j - 1].word && tokens[j - 1].lower !== 'the' && m.start - j < 4) j--;
    if (tokens[j - 1]?.lower === 'the') j--;
    m.start = j;
    m.object = isObject(j);
    m.plural = tokens[m.start]?.lower === 'authorities' || tokens[m.start + 1]?.lower === 'authorities';
  }
  // Coordinated parties ("Russia and the US", "Britain, France and Germany"), for plural pronouns ("they had
  // agreed") and document authors. After a comma a description or role is an apposition, not another party.
  const joined = new Set<ActorMention>();
  for (let k = 1; k < actors.length; k++) {
    if (actors[k - 1].sentence !== actors[k].sentence) continue;
    const between = joinTokens(tokens, actors[k - 1].end, actors[k].start, true);
    const comma = between === ',' || between === ', and' || between === ', the' || between === ', and the';
    // ("Poland and the leaders of Estonia and Latvia": the leaders of a party stand for it.)
    const leadersOf = /^(?:, )?and the (?:leaders|heads|governments|presidents|prime ministers) of$/.test(between);
    // ("Germany, France, Britain and several other European countries": the group after 'and other' is the rest of
    // the list, coordinated with the named members, not a holder that replaces them.)
    const others = joinsOthers(between);
    // ("The Russian demand and Trump's refusal …": a party named by its stance noun is a noun phrase of its own,
    // not one of several parties holding the next noun.)
    if (actors[k - 1].kind === 'adjective-role' && STANCE_ROLES.has(tokens[actors[k - 1].end - 1].lower)) continue;
    // ("We are ready for talks with Russia, Zelensky said": a comma alone makes a list only when the list goes on,
    // "Britain, France and Germany"; else the comma ends a clause.)
    const listGoesOn = between.includes('and') || continuesList(k);
    // ("Turkey, along with Qatar, offered to host …", "France, together with Germany and Poland, called for …": a
    // party joined to the subject between commas holds the stance with it, discourse/comitative-parties.)
    const comitative = isComitative(index, between) && !actors[k - 1].object && !actors[k - 1].possessive && closedByComma(k);
    // (The joined party is a subject with it, not the object of "with"; so are the parties listed with it, "together with
    // EU and NATO chiefs", discourse/comitative-heads.)
    if (comitative) { actors[k].object = false; joined.add(actors[k]); }
    else if (joined.has(actors[k - 1]) && /^(?:,|and|, and|and the|, and the)$/.test(between)) { actors[k].object = false; joined.add(actors[k]); }
    // ("a 30-day ceasefire with Russia, and the United States agreed to lift its pause": after an object that heads
    // no list, ", and" and a party followed by its verb open a clause of their own, discourse/clause-after-object.)
    if (between.startsWith(', and') && actors[k - 1].object && !actors[k - 1].coordinated && clauseVerbAt(actors[k].end)) { actors[k].object = false; continue; }
    // ("a veto over Serbia's path to the EU and NATO, and Europe would keep up its pressure": a list the "and" before its
    // last member has closed takes no member after ", and"; a party there followed by its verb opens a clause of its
    // own, discourse/clause-after-closed-list.)
    if (between.startsWith(', and') && k >= 2 && actors[k - 1].object && !!actors[k - 1].coordinated && actors[k - 1].coordinated === actors[k - 2] && actors[k - 2].sentence === actors[k].sentence
      && /^(?:and|and the)$/.test(joinTokens(tokens, actors[k - 2].end, actors[k - 1].start, true)) && clauseVerbAt(actors[k].end)) { actors[k].object = false; continue; }
    // ("The talks brought together Aliyev, Turkey's Recep Tayyip Erdogan and Armenia's Nikol Pashinyan": a state's
    // possessive right before a person the lexicon knows as that state's is one member; the chain of the list runs on
    // through the pair, so that "their" and "the leaders" find every member, discourse/possessed-person.)
    const pairInList = possessedPerson(actors[k - 1], actors[k]) && (!!actors[k - 1].coordinated || continuesList(k));
    if (pairInList || comitative || between === 'and' || between === 'and the' || between === 'and its' || between === 'and their' || leadersOf || others || (comma && listGoesOn && !['description', 'adjective-role', 'pronoun'].includes(actors[k].kind))) actors[k].coordinated = actors[k - 1];
  }
  /** A finite verb opens at token i (a modal, an auxiliary, a verb of saying or a past form in -ed): a clause's verb. */
  function clauseVerbAt(i: number): boolean {
    const w = tokens[i]?.lower ?? '';
    return index.set.modals.has(w) || CLAUSE_AUXILIARIES.has(w) || index.words('speech-verbs').has(w) || (/^[a-z]+ed$/.test(w) && !tokens[i].cap);
  }
  /** The parties from mention k on ("Germany", "Germany and Poland") end at a comma. */
  function closedByComma(k: number): boolean {
    let q = k;
    while (actors[q + 1]?.sentence === actors[k].sentence && /^(?:,|and|and the|, and|, and the)$/.test(joinTokens(tokens, actors[q].end, actors[q + 1].start, true))) q++;
    return tokens[actors[q].end]?.text === ',' || comitativeTail(index, tokens, actors[q].end);
  }
  /** `b` is a person the lexicon knows, right after `a`, a possessive of the same single party ("Turkey's Erdogan"). */
  function possessedPerson(a: ActorMention, b: ActorMention): boolean {
    const mark = tokens[a.end + 1]?.lower === 's' ? 2 : 1; // "Turkey's", "Ukraines'"
    return a.possessive && a.end + mark === b.start && b.kind === 'person' && a.codes.length === 1 && b.codes.length === 1 && a.codes[0] === b.codes[0];
  }
  function continuesList(k: number): boolean {
    const next = actors[k + 1];
    if (!next || next.sentence !== actors[k].sentence) return false;
    const b = joinTokens(tokens, actors[k].end, next.start, true);
    // (A state's possessive and its known person are one member: the list goes on after the person.)
    if (possessedPerson(actors[k], next)) return continuesList(k + 1);
    return b === ',' || b === 'and' || b === ', and' || b === 'and the' || b === ', and the' || b === ', the' || b === 'or' || b === ', or' || joinsOthers(b);
  }
  // ("Nine NATO members, among them Poland, said …": some member states, not the organisation, discourse/member-states.)
  markMemberStates(actors, tokens, index);
  expandIncluding(actors, tokens, representativeNouns, sentenceOf);
  // ("A delegation led by Kenyan President William Ruto and including …": the leader's party, discourse/led-group.)
  markLedGroups(actors, tokens, sentenceOf, index, inQuote);
  // ("In Lisbon, Foreign Minister João Gomes Cravinho welcomed …": an office of the capital's state, discourse/fronted-capital.)
  markFrontedCapitals(actors, tokens, sentenceOf, index);
  // ('the coalition, a group of 35 countries backing Ukraine, signed …': discourse/group-apposition.)
  markGroupAppositions(actors, tokens, sentenceOf, index);
  // ("In his call with Trump on Monday, he agreed …": a party inside a fronted phrase, discourse/fronted-phrase.)
  markFrontedPhraseObjects(actors, tokens, sentenceOf, index, speech);
  expandEnumeratedGroups(actors, tokens, index);
  // ("Pashinyan met Aliyev. They agreed …": the two parties of a one-to-one meeting, discourse/meeting-pair.)
  // (One paragraph look-up for every reader below: a new paragraph ends a pronoun's, a pair's and a quote's reach.)
  const paragraphOf = (k: number): number => sentences[k]?.paragraph ?? 0;
  // ("The Prime Minister spoke to President Aliyev …" on gov.uk: a role no one was named in is the publishing
  // government's, discourse/official-site; before the meeting pairs, of which it can be one side.)
  if (siteParty) assignSiteRoles(actors, tokens, siteParty, index, ROLE_PRONOUN);
  const meetings = meetingPairs(actors, tokens, index, paragraphOf);
  // ("Both sides" with no pair named at a meeting before is the principal pair of its paragraph or document,
  // discourse/principal-sides: Armenia and Azerbaijan in an article on their talks.)
  const principals = findPrincipals(actors, tokens, sentenceOf, paragraphOf, index);
  for (const a of actors) if (a.kind === 'both') a.codes = [...principals.at(a.sentence)];
  resolveBothSides(actors, tokens, sentenceOf, index, meetings, paragraphOf);
  // (First-person pronouns, the lexicon's speaker pronouns: in a quote they are the speaker's side.)
  const setOff: ActorMention[] = [];
  resolvePronouns(actors, tokens, sentenceOf, speech, index.set.pronounSpeaker, index.words(pronounGovernment.id), index, paragraphOf, meetings, new Map(labels.map((l) => [l.colon, l.start])), setOff);
  const docs = findDocuments(tokens, sentenceOf, actors, index, isObject);
  if (docs.mentions.length) { actors.push(...docs.mentions); actors.sort((a, b) => a.start - b.start); }
  // ('"…," the statement said. Ukraine, it said, must …': a set-off speaker left unresolved is a document that spoke
  // before it, discourse/set-off-speaker.)
  if (docs.mentions.length) for (const p of setOff) {
    const d = documentSpeakerFor(p, docs.mentions, tokens, sentenceOf, speech, paragraphOf);
    if (d) { p.codes = [...d.codes]; p.plural = p.plural || d.codes.length > 1; }
  }
  const carriedQuotes = new Set<number>(), carriedInParagraph = new Set<number>();
  // (The interviewee a bare "A:" or a quoted answer after a question speaks for: discourse/interviewee-lede,
  // discourse/question-answers.)
  const answers = questionAnswerQuotes(tokens, quotes, sentenceOf, paragraphOf, inQuote);
  // (A loop, not Math.min(...spread): a hostile file of a hundred thousand labels would overflow the arguments.)
  let firstAnswer = Infinity;
  for (const l of labelQuote.values()) if (l.start < firstAnswer) firstAnswer = l.start;
  for (const q of answers) if (quotes[q][0] < firstAnswer) firstAnswer = quotes[q][0];
  const introduced = Number.isFinite(firstAnswer) ? findInterviewee(actors, firstAnswer, paragraphOf, title ? titleParty(title, index, (v) => pickValue(v, published)) : null) : null;
  const labelled = labelSpeakers(labelQuote, actors, introduced);
  for (const q of answers) if (!labelled.has(q)) labelled.set(q, introduced);
  const speakers = findQuoteSpeakers(tokens, quotes, inQuote, actors, speech, carriedQuotes, sentenceOf, paragraphOf, labelled, carriedInParagraph);
  // ("ALIYEV: … The president proposed to resume talks": in a labelled answer a definite person role is the
  // speaker's own side, discourse/speaker-label.)
  for (const [q, sp] of labelled) {
    if (!sp?.codes.length) continue;
    const [a, b] = quotes[q];
    for (const p of actors) if (p.start > a && p.end <= b && p.kind === 'pronoun' && p.pronoun?.startsWith(ROLE_PRONOUN)) p.codes = [...sp.codes];
  }
  // ('"They want our Donbas," Zelensky warned': discourse/opposed-they.)
  resolveOpposedThey(actors, tokens, sentenceOf, index, (i) => speakers.get(quoteAt(quotes, i)) ?? null);
  // ('A: They proposed to meet again. We are not against it': discourse/not-speakers-they; a speaker carried from
  // an earlier quote is a guess and decides nothing here.)
  resolveNotSpeakersThey(actors, index.lexicon.fronts, (i) => { const q = quoteAt(quotes, i); return carriedQuotes.has(q) && !carriedInParagraph.has(q) ? null : speakers.get(q) ?? null; }, allLabels.filter((l) => l.kind === 'question').map((l) => [l.start, l.paraEnd]));
  // In a quote, "we", "our", "I" are its speaker's side ('"We strongly support …," the statement said':
  // the statement's authors).
  for (const p of actors) {
    if (p.kind !== 'pronoun' || !p.inQuote || !index.set.pronounSpeaker.has(p.pronoun ?? '')) continue;
    const q = quoteAt(quotes, p.start);
    const sp = speakers.get(q);
    // A speaker carried from an earlier quote is a guess: it does not override what the pronoun resolved to,
    // unless it was carried from a quote of the same paragraph (discourse/paragraph-speaker).
    if (sp?.codes.length && (!carriedQuotes.has(q) || !p.codes.length || carriedInParagraph.has(q))) { p.codes = [...sp.codes]; p.plural = sp.codes.length > 1; }
  }
  // ("… an excerpt from … by X, who served as a legal adviser to the Ukrainian delegation. … In it, we offered …":
  // discourse/author-voice.)
  resolveAuthorVoice(actors, tokens, sentenceOf, paragraphOf, title, index);
  // ("Q: As far as we know, the mediators proposed a truce. Will you sign it?": the interviewer's "we" and "I"
  // outside quotes speak for no party, discourse/interviewer-we.)
  for (const l of allLabels) {
    if (l.kind !== 'question') continue;
    for (const p of actors) if (p.start > l.colon && p.end <= l.paraEnd && p.kind === 'pronoun' && !p.inQuote && index.set.pronounSpeaker.has(p.pronoun ?? '')) p.codes = [];
  }
  // ("… the status of Crimea … would not discuss the peninsula's status": a noun of the region's kind, discourse/place-anaphor.)
  const anaphors = placeAnaphors(tokens, sentenceOf, places, index);
  if (anaphors.length) { places.push(...anaphors); places.sort((a, b) => a.start - b.start); }
  // ("the Togliatti–Odesa ammonia pipeline": a route's ends are landmarks, discourse/route-places.)
  markRoutePlaces(tokens, places, index);
  // Outlets the lexicon does not know, outside every name it does ("…, the Bosporus Daily reported").
  const covered = new Uint8Array(tokens.length);
  // (An unknown speaker, "the Baltic Courier reported", may be the outlet itself: not covered.)
  for (const m of actors) if (m.codes.length || m.kind !== 'person') for (let j = m.start; j < m.end; j++) covered[j] = 1;
  for (const m of places) for (let j = m.start; j < m.end; j++) covered[j] = 1;
  for (const m of outlets) for (let j = m.start; j < m.end; j++) covered[j] = 1;
  const unknown = findUnknownOutlets(tokens, sentenceOf, covered, index);
  if (unknown.length) {
    outlets.push(...unknown); outlets.sort((a, b) => a.start - b.start);
    // "the Baltic Courier": "Baltic" names the outlet here, not a party or a place.
    const inside = (m: { start: number; end: number }) => unknown.some((o) => m.start >= o.start && m.end <= o.end);
    for (let k = actors.length - 1; k >= 0; k--) if (inside(actors[k])) actors.splice(k, 1);
    for (let k = places.length - 1; k >= 0; k--) if (inside(places[k])) places.splice(k, 1);
  }
  return { actors, places, outlets, inQuote, quoteSpeaker: (i: number) => speakers.get(quoteAt(quotes, i)) ?? null, documents: docs.documents, principals, datelines: datelineSpans };
}

defineRule({
  id: 'discourse/among-them-after-clause', stage: 'discourse',
  reason: '"European leaders who joined Zelensky in Berlin – among them Germany\'s Friedrich Merz, France\'s Emmanuel Macron and Britain\'s Keir Starmer – issued a statement proposing …", "Gulf states that attended the meeting, among them Qatar and Oman, offered …": the list of a group\'s members (discourse/among-them-members) may follow a relative clause on the group ("who …", "that …"), opened at the clause\'s first comma or dash, and a dash opens it as a comma does; the group then speaks as the members, one claim each, and "they" after it is those members (spec rule 8).',
});
/** Relative words that open a clause on a group before the list of its members. */
const RELATIVE_OPENERS = new Set(['who', 'that', 'which']);
/** Whether a list of members opens at i ("among them", "including", "such as"). */
function memberListOpensAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.lower;
  return (w === 'among' && tokens[i + 1]?.lower === 'them') || w === 'including' || (w === 'such' && tokens[i + 1]?.lower === 'as');
}

/**
 * "European leaders, including from Britain, France, Germany and the European Union, issued …": a group
 * followed by the list of its members speaks as those members (spec rule 8: one claim per party).
 */
function expandIncluding(actors: ActorMention[], tokens: Token[], representativeNouns: ReadonlySet<string>, sentenceOf: Int32Array): void {
  for (let k = 0; k < actors.length; k++) {
    const g = actors[k];
    if (g.kind !== 'group' && !(g.kind === 'adjective-role' && g.plural)) continue;
    let j = g.end;
    let clauseEnd = -1;
    // ("European leaders who met Aliyev in Tirana – among them Spain's Pedro Sanchez and Poland's Donald Tusk – issued
    // …", "Gulf states that attended the meeting, among them Qatar and Oman, offered …": the members' list may follow a
    // relative clause on the group; it opens at the clause's first comma or dash, discourse/among-them-after-clause.)
    if (RELATIVE_OPENERS.has(tokens[j]?.lower ?? '')) {
      let q = j + 1;
      while (q < tokens.length && q - j <= 25 && sentenceOf[q] === g.sentence && tokens[q].text !== ',' && tokens[q].text !== '-') q++;
      if (sentenceOf[q] === g.sentence && q - j <= 25 && memberListOpensAt(tokens, q + 1)) { clauseEnd = q; j = q; }
    }
    // ("European security advisers from Britain, France and Germany": the advisers are those parties'.)
    if (tokens[j]?.lower === 'from' && representativeNouns.has(tokens[j - 1]?.lower ?? '')) {
      const first = actors[k + 1];
      if (!first || first.start !== j + 1 || first.sentence !== g.sentence || first.kind === 'pronoun') continue;
      const codes = [...first.codes];
      let last = first;
      for (let q = k + 2; q < actors.length && actors[q].coordinated === last; q++) { last = actors[q]; for (const c of last.codes) if (!codes.includes(c)) codes.push(c); }
      g.codes = codes;
      continue;
    }
    if (tokens[j]?.text === ',' || tokens[j]?.text === '-') j++;
    if (tokens[j]?.lower === 'including') j++;
    else if (tokens[j]?.lower === 'such' && tokens[j + 1]?.lower === 'as') j += 2;
    // ("European leaders, among them Britain's Keir Starmer and France's Emmanuel Macron, said …": the same list
    // after "among them", discourse/among-them-members.)
    else if (tokens[j]?.lower === 'among' && tokens[j + 1]?.lower === 'them' && (tokens[j - 1]?.text === ',' || tokens[j - 1]?.text === '-')) j += 2;
    // ("European governments, led by France, Britain and Germany, …": the members that lead it speak for it.)
    else if (tokens[j]?.lower === 'led' && tokens[j + 1]?.lower === 'by' && tokens[j - 1]?.text === ',') j += 2;
    else continue;
    if (tokens[j]?.lower === 'from' || tokens[j]?.lower === 'those') j++;
    if (tokens[j]?.lower === 'of') j++;
    if (tokens[j]?.lower === 'the') j++;
    let f = k + 1;
    // (The "them" of "among them" is the group itself, no member.)
    // (Nor a party named in the relative clause before the list: "who met Aliyev in Tirana".)
    while (f < actors.length && actors[f].end <= j && (actors[f].kind === 'pronoun' || actors[f].start > g.end)) f++;
    const first = actors[f];
    if (!first || first.start !== j || first.sentence !== g.sentence) continue;
    const codes = [...first.codes];
    let last = first;
    // (Members joined by a comma alone count once an "and" closes the list: "Britain's Keir Starmer, Germany's
    // Friedrich Merz and France's Emmanuel Macron".)
    let pending: string[] = [];
    for (let q = f + 1; q < actors.length; q++) {
      const m = actors[q];
      // ("Britain's Keir Starmer and France's Emmanuel Macron": a party's possessive and its person are one member,
      // and the next member is coordinated with the person.)
      const person = last.possessive && m.kind === 'person' && m.start === last.end + 2 && m.codes.length > 0 && m.codes.every((c) => last.codes.includes(c));
      const comma = !person && m.coordinated !== last && m.sentence === g.sentence && m.start === last.end + 1 && tokens[last.end]?.text === ',' && (m.kind === 'party' || m.kind === 'person') && m.codes.length > 0;
      if (!person && !comma && m.coordinated !== last) break;
      last = m;
      if (comma) { pending.push(...m.codes); continue; }
      if (person && pending.length) continue;
      for (const c of [...pending, ...m.codes]) if (!codes.includes(c)) codes.push(c);
      pending = [];
    }
    if (codes.length < 2) continue;
    g.codes = codes;
    // (The members listed are the group itself, not subjects of their own: "European leaders, among them …
    // Germany's Friedrich Merz, said …" is said by the group, as with discourse/member-states.)
    for (let q = f; q < actors.length && actors[q].start < last.end; q++) actors[q].object = true;
    // (A party the relative clause names, "who joined Zelensky in Berlin", is no subject of the sentence either.)
    if (clauseEnd >= 0) for (let q = k + 1; q < f; q++) if (actors[q].start < clauseEnd) actors[q].object = true;
  }
}

const modifiedRole = defineRule({
  id: 'discourse/modified-role', stage: 'discourse',
  reason: '"the Ukrainian energy minister", "a Russian chief negotiator", "the Turkish deputy foreign minister": a party adjective, one lower-case modifier and a role whose head is a person or a ministry is that party\'s role.',
});

/** The role after one lower-case modifier at i ("energy minister"), if its head is one rules.json lists. */
function modifiedRoleAt(tokens: Token[], i: number, index: LexiconIndex): { end: number } | null {
  const t = tokens[i];
  if (!t || !t.word || t.cap || index.roles.matchAt(tokens, i)) return null;
  const role = index.roles.matchAt(tokens, i + 1);
  if (!role || !index.words(modifiedRole.id).has(tokens[role.end - 1].lower)) return null;
  return role;
}

defineRule({
  id: 'discourse/surname', stage: 'discourse',
  reason: '"The Chinese special representative Li Hui visited Kyiv. … Li said …", "Matthew Miller … Miller added": a known person named in full once is named by one part of the name later in the article (the last, or the first in Chinese and Korean order); a first name opening a sentence counts only before a verb of saying.',
});
defineRule({
  id: 'discourse/possessed-person', stage: 'discourse',
  reason: '"Zambia\'s Hakainde Hichilema, who spoke next, said …", "Senegal\'s Macky Sall told reporters …": a state\'s possessive before a person the lexicon does not know (two or three capitalised words, then a verb of saying or ", who") is that person, speaking for the state, learned for later mentions ("Hichilema added") and for the "he" of the next quote. A state\'s possessive before a person the lexicon knows as that state\'s ("Turkey\'s Recep Tayyip Erdogan") is one member of a list: the list\'s chain runs on through the pair, so that "their" after "Aliyev, Turkey\'s Recep Tayyip Erdogan and Armenia\'s Nikol Pashinyan" finds all three.',
});
const regionalGroups = defineRule({
  id: 'discourse/regional-groups', stage: 'discourse',
  reason: '"The Nordic governments are pushing for …", "Kyiv\'s Scandinavian allies": a regional adjective the lexicon lists for no single state, before a plural noun for governments or allies, names European states together: the group of European leaders (EUR).',
});

defineRule({
  id: 'discourse/role-name-apposition', stage: 'discourse',
  reason: '"Zelensky had written to Erdogan and UN Secretary-General Antonio Guterres proposing that the corridor continue", "Kurti spoke to UN chief Antonio Guterres, demanding …": a person\'s name right after the role that introduces it (a party\'s description or adjective and role) is one noun phrase with it, so it is an object when the role is, even where a lower-case role word ("chief", "envoy") or a hyphened title stands between the name and the preposition; it is then no subject of a later participle or verb, nor what a later "he" refers to.',
});
export const quotedAntecedent = defineRule({
  id: 'discourse/quoted-antecedent', stage: 'discourse',
  reason: '"«Vucic is not serious about peace,» Kurti said. He urged partners to impose sanctions", "«Abiy is afraid to tell the truth.» — Isaias Afwerki, in a televised address. He urged …": a pronoun outside quotes that refers back to an earlier sentence takes a party named outside that sentence\'s quotes (its speaker, its subject), never one named inside them; a pronoun inside a quote still may.',
});
const venueApposition = defineRule({
  id: 'discourse/venue-apposition', stage: 'discourse',
  reason: '"The summit in the Hungarian capital Budapest was put on hold after Moscow said it …", "talks in the Turkish city Antalya": a capital or city named in apposition to a venue noun after a preposition is a place governed by the preposition, an object, so it is neither a stance\'s subject nor what a later "it" refers to.',
});

const writerWeRule = defineRule({
  id: 'discourse/writer-we', stage: 'discourse',
  reason: 'A press release, an editorial or a column speaks in its own voice: "Our association does not take a position on territory. We call on the Red Cross to press for access to prisoners." Once the writer has named itself outside quotes ("our association", "told our members", \'selfNouns\'), an unquoted "we", "our" or "us" in a sentence with no verb of saying is the writer, no party; it does not take the last party named before it. Without such a self-description an unquoted "we" may be a transcript\'s or a reproduced statement\'s speaker ("Kravets: We will never recognise …", a ministry\'s statement "We call on our partners …"), read as before.',
});

const tellerSubjectRule = defineRule({
  id: 'discourse/teller-subject', stage: 'discourse',
  reason: '"Bennett said Zelensky told him that he was ready to give up the bid", "Lula said Putin had assured him last week that he would meet Zelensky": a subject pronoun opening the that-clause of a verb of telling (rules.json \'words\': told, assured, informed …) is the teller, the subject right before the verb (past \'skips\': auxiliaries and adverbs), not the sentence\'s first speaker nor the addressee after the verb.',
});

const unresolvedSayerRule = defineRule({
  id: 'discourse/unresolved-sayer', stage: 'discourse',
  reason: '"The American side floated a zone; the delegation had said it could discuss such a zone only if …": an "it" or "they" right after a verb of saying (or its "that") is the verb\'s subject; when that subject is a noun the reading could not resolve ("the delegation", "the mediators"), the pronoun stays unresolved too rather than taking a party named earlier in the sentence. Past auxiliaries and adverbs (discourse/teller-subject \'skips\').',
});

const sayerSubjectRule = defineRule({
  id: 'discourse/sayer-subject', stage: 'discourse',
  reason: '"Brussels proposed to involve Belgrade, an idea Pristina has said it would accept only once …", "hold elections, a vote Armenia and its allies have said they will never recognise", "Kosovo says it will not …, while Serbia has said it would …": an "it", "they", "he" or "she" right after a verb of saying (or its "that") is the subject of that verb, the party right before it (past auxiliaries and adverbs, discourse/teller-subject \'skips\'), when that party fits the pronoun; not the first party of the sentence, which in a noun phrase with a clause after it ("an idea Pristina has said …", "a vote Armenia has said …") is no subject of the pronoun\'s verb at all.',
});

const groupNounsRule = defineRule({
  id: 'discourse/group-nouns', stage: 'discourse',
  reason: '"Leaders of the Group of Seven issued a statement … The leaders agreed to continue …": a definite plural noun for a group of parties refers back to the group, or the parties coordinated, named last, as "they" would; never to one party alone.',
});
/** The pronoun word given to a definite group noun ("the leaders"), so the resolver knows it wants a group. */
const GROUP_PRONOUN = 'the-group';
const countedGroupRule = defineRule({
  id: 'discourse/counted-group', stage: 'discourse',
  reason: '"Spain, Italy and Greece drafted a counter-proposal. … Officials told reporters that the three governments would not accept …": a definite noun of states counted three or more ("the three governments", "the four countries", "the five capitals": rules.json words) stands for the parties last named together in that number, in its sentence or the six before, one claim each (spec rule 8), not for a group of another size nor the officials who report it; with no such parties it stands for no one. A counted group noun of people ("the five leaders", discourse/group-nouns) takes parties of its number first too, else the last group as before. Two are left to discourse/both-sides ("the two governments").',
});
/** The pronoun word given to a counted noun of states ("the three governments"), followed by its count. */
const COUNTED_PRONOUN = 'the-counted:';
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** The number a count word or numeral gives ("three", "3"), else 0. */
function countOf(w: string): number {
  const n = COUNT_WORDS.indexOf(w);
  return n >= 0 ? n : /^[0-9]+$/.test(w) ? Number(w) : 0;
}
/** The pronoun word given to a definite person role ("the president"), followed by the role's head word. */
const ROLE_PRONOUN = 'the-role:';
const definiteRoles = defineRule({
  id: 'discourse/definite-roles', stage: 'discourse',
  reason: '"Kenyan President William Ruto visited Kyiv. The president proposed a ceasefire.": a definite person role ("the president", "the chancellor", "the envoy"), or an institution\'s ("the ministry", "the delegation": rules.json institutions), refers back to the last mention, within a few sentences, that carries the same role word; a role followed by a name or "of" is a new description.',
});
/** Words after a group noun that make it a new description, not a reference ("the leaders of France and Germany"). */
const GROUP_NOUN_BLOCKERS = new Set(['of', 'from', 'in', 'who', 'at']);

const bothSubject = defineRule({
  id: 'discourse/both-subject', stage: 'discourse',
  reason: '"The European Union and the United States have grown impatient. Both urged Azerbaijan to free the detainees": a "Both" that opens its sentence before a verb (a word in -ed, or one of rules.json \'verbs\': auxiliaries, modals, verbs of saying and stance in the present) stands for the parties named together before it, as "they" does; not "Both sides", "Both countries" (a noun after it: a group of its own) nor "both Moscow and Kyiv" (a coordinator).',
});

const pronounGovernment = defineRule({
  id: 'discourse/pronoun-government', stage: 'discourse',
  reason: '"Slovakia\'s prime minister flew to Moscow. His government has said it will not back …": a possessive pronoun resolved to a party\'s leader and a government noun after it are that party, one mention that "it" can take.',
});

const leaderGovernment = defineRule({
  id: 'discourse/leader-government', stage: 'discourse',
  reason: '"The Trump administration\'s 28-point peace plan would include …", "the Netanyahu government\'s proposal": a leader\'s name before a government noun (\'words\') and a possessive mark names that leader\'s government, one mention of the party that is not a person, whose possessive holds the stance noun after it (holder/possessor, discourse/documents). Only as a possessive: "the Biden administration encouraged Kyiv to signal that it was open to talks" keeps the person, whom the clause\'s "it" cannot take. Not a former leader.',
});

const leaderOffice = defineRule({
  id: 'discourse/leader-office', stage: 'discourse',
  reason: '"Zelensky\'s office answered that the church laws are not a subject of negotiations", "Pashinyan\'s government said the draft was unacceptable", "Erdogan\'s press office said …": a leader\'s possessive before an office noun (rules.json \'words\') is that leader\'s office speaking for the party: one mention of the party, not a person and not a possessor (a possessor speaks for no one: the predicate had no speaker). Not a former leader; not before a possessive mark ("Zelensky\'s office\'s statement" stays with its possessor) or a name ("Zelensky\'s chief of staff Andriy Yermak" is a person of its own).',
});

// Read in resolveCoordination's loop through its id only: the rule is registered for --trace and the docs.
defineRule({
  id: 'discourse/clause-after-object', stage: 'discourse',
  reason: '"Ukraine said it was ready to accept a proposal for a ceasefire with Russia, and the United States agreed to lift its pause on aid": a party after ", and" whose verb follows it opens a clause of its own when the party before the comma is an object heading no list; the two are not coordinated (no pair for "both delegations", no group for "they"). A list goes on ("talks with Russia, Belarus, and Turkey") and a subject pair stays one ("Kyiv, and Washington, agreed").',
});

// Read in resolveCoordination's loop through its id only: the rule is registered for --trace and the docs.
defineRule({
  id: 'discourse/clause-after-closed-list', stage: 'discourse',
  reason: '"Belgrade could not block Kosovo\'s path to the Council of Europe and NATO, and Europe would keep up its pressure on Serbia": a list of objects whose last member came after "and" ("the Council of Europe and NATO") is closed, so a party after a following ", and" whose verb (a modal, an auxiliary, a verb of saying, a past form) follows it is no further member but the subject of a clause of its own: not an object, not coordinated with the list. An open list ("talks with Russia, Belarus, and Turkey") is discourse/clause-after-object\'s.',
});

const institutionInCapital = defineRule({
  id: 'discourse/institution-in-capital', stage: 'discourse',
  reason: '"The position paper issued by the Foreign Ministry in Beijing", "the authorities in Kyiv": an institution placed in a capital is the capital\'s state, one mention (an embassy is not: "the Russian embassy in Washington").',
});

const patronRoles = defineRule({
  id: 'discourse/patron-roles', stage: 'discourse',
  reason: 'A state\'s allies, partners or backers ("the US allies in Europe", "Russian partners") are other parties, unnamed: the mention names no party. A group\'s ("European allies") are that group.',
});

const roleOfParty = defineRule({
  id: 'discourse/role-of-party', stage: 'discourse',
  reason: '"The representative of the Russian Federation said his delegation had voted in favour. Any settlement, he added, must …", "the foreign minister of Armenia told reporters …": a singular role (roles.json), "of" and one party the lexicon knows are one mention of that party, like "Armenia\'s foreign minister": the speaker of its sentence and the "he"/"she" of the next, not an object of "of". A person\'s role (rules.json \'persons\') is "he"/"she"; an office is "it". Not a stance noun ("the proposal of Turkey"), a plural (discourse/representatives-from), a state\'s patrons ("the allies of Armenia") or the words of rules.json \'not\' ("the side of Ukraine"). A spokesperson\'s or an official\'s "for" or "at" counts as "of" (rules.json \'forRoles\', \'forPrepositions\'): "a spokesperson for the European Commission rejected the plan", "an official at the Kremlin said …"; not an envoy\'s ("the special envoy for Ukraine" is sent there by another).',
});

const pairObjects = defineRule({
  id: 'discourse/pair-objects', stage: 'discourse',
  reason: '"China is prepared to keep in contact with both Moscow and Kyiv", "a conference recognised by both Russia and Ukraine": a word that opens a coordinated pair (rules.json \'words\': both, either) right before a name after a preposition leaves the name governed by the preposition, an object: neither the subject a later "they" or "the participants" refers back to nor the holder of a stance.',
});

const compassPlaces = defineRule({
  id: 'discourse/compass-places', stage: 'discourse',
  reason: '"The two delegations met for three hours in western Belarus and agreed on humanitarian corridors": a point of the compass between a preposition and a party\'s name ("in western Belarus", "from eastern Sudan", "in north-eastern Syria") makes the name a place the preposition governs, an object, not the subject of the verb after it (the delegations agreed, not Belarus).',
});

const postedName = defineRule({
  id: 'discourse/posted-name', stage: 'discourse',
  reason: '"The Observer spoke to Ukraine\'s ambassador to South Africa, Olha Kravets, in Pretoria. … Kravets: We would welcome …": a person introduced by a party\'s role, the place of the post after "to", and a name between commas (or before a verb of saying) is learned for the role\'s party, so that the name later, as a speaker or an interview label, speaks for that party and not for the country of the post. Roles: the person roles and the diplomatic posts of rules.json (\'roles\').',
});

const staffOf = defineRule({
  id: 'discourse/staff-of', stage: 'discourse',
  reason: '"The office of President Aliyev demanded …", "Before the delegations sat down, the office of President Zelensky set out …", "the spokesman of Prime Minister Pashinyan said …": a person\'s staff (\'words\': office, spokesman, administration …) opening its noun phrase with "the", and "of" before the person, speak for that person: the person\'s party is the subject, not an object of "of". Not when a preposition governs the staff noun ("met at the office of President Erdogan").',
});

const representativesFrom = defineRule({
  id: 'discourse/representatives-from', stage: 'discourse',
  reason: '"Diplomats from Turkey and Qatar proposed a truce", "European security advisers from Britain, France and Germany presented a counter-proposal", "the delegation of Eritrea rejected …": the parties after "from" or "of" behind a plural noun of people who act for a party (officials, diplomats, advisers, envoys, negotiators, delegations) are the people\'s parties, the subject, one claim each; a group named before them (European) speaks as those parties.',
});

const includingSubjects = defineRule({
  id: 'discourse/including-subjects', stage: 'discourse',
  reason: '"Several Gulf states, including Qatar and Oman, called for a ceasefire", "European governments, led by Spain and Italy, have backed …": the parties listed after ", including", ", such as" or ", led by" behind a plural noun of parties that heads its sentence (at most four words from its start) are that subject, one claim each, not objects of "including" or "by".',
});

defineRule({
  id: 'discourse/among-them-members', stage: 'discourse',
  reason: '"European leaders, among them Britain\'s Keir Starmer, Germany\'s Friedrich Merz and France\'s Emmanuel Macron, said in a joint statement …", "Zelensky and European leaders, including France\'s Macron and Italy\'s Meloni, said …": a group followed by ", among them" (as by ", including") and a list of its members speaks as those members, one claim each (spec rule 8); a member may be named by a party\'s possessive and its person, and members joined by a comma count once "and" closes the list. The "them" is the group, no member.',
});
defineRule({
  id: 'discourse/collective-of', stage: 'discourse',
  reason: '"A group of European leaders said …", "a handful of Gulf states called for …": the "of" after a collective noun (discourse/including-subjects \'collectives\') with its determiner names who the collective is and governs no object, so the parties after it are the subject; not when a preposition governs the collective ("talks with a group of European leaders").',
});
defineRule({
  id: 'discourse/coordinated-compass', stage: 'discourse',
  reason: '"NATO countries in Central and Eastern Europe", "in northern and eastern Syria": two points of the compass coordinated between a preposition and a name are one place phrase the preposition governs (discourse/compass-places), the "and" joins no parties, so the name is an object and no subject for a later "they".',
});

const countedPatrons = defineRule({
  id: 'discourse/counted-patrons', stage: 'discourse',
  reason: '"26 of Ukraine\'s allies have pledged to deploy troops as a reassurance force", "thirty of Kyiv\'s partners": a counted part of a state\'s allies, partners or backers is the coalition the lexicon names for that state (Ukraine\'s: the coalition of the willing, COW), not the state and not nobody (discourse/patron-roles).',
});

const countedCoalitionRule = defineRule({
  id: 'discourse/counted-coalition', stage: 'discourse',
  reason: '"26 countries have committed to deploying troops to Ukraine", "Twenty-six countries, mostly European, pledged to take part in a reassurance force": a counted group of states ("words": countries, nations) that names no party is the coalition of the willing (COW) when the article names the coalition anywhere; otherwise it names no party. Not after a determiner or "of" ("the 27 countries of the EU"), nor before "of"/"in" ("26 countries in the coalition", read by the name after it).',
});

const formerOffice = defineRule({
  id: 'discourse/former-office', stage: 'discourse',
  reason: '"Former US secretary of state Henry Kissinger said Ukraine should concede territory", "ex-President …", "the former Ukrainian president": a person who once held an office speaks for no party now; the mention names none (nor does the name learned from it).',
});

const enumeratedGroup = defineRule({
  id: 'discourse/enumerated-group', stage: 'discourse',
  reason: 'A group whose members the article names once ("the leaders of Britain, France and Germany", "European leaders, including from …") speaks as those members in its other mentions nearby with the same role noun (spec rule 8: one claim per party).',
});

/**
 * "Ukraine and European leaders met in Kyiv … The leaders of Britain, France, Germany and Poland made the
 * announcement": when the article names the members of a group once ("the leaders of A, B and C", "European
 * leaders, including from A and B"), the group's other mentions nearby speak as those members too (spec rule
 * 8: one claim per party). With two different lists in reach the group stays as it is.
 */
function expandEnumeratedGroups(actors: ActorMention[], tokens: Token[], index: LexiconIndex): void {
  const roles = index.words(enumeratedGroup.id, 'roles');
  // The group's role noun: "European leaders" and "the leaders of …" name the same people, "its European
  // allies" need not.
  const lists: Array<{ sentence: number; codes: string[]; head: ActorMention; role: string }> = [];
  for (let k = 0; k < actors.length; k++) {
    const g = actors[k];
    // A group already spread over its members ("including from …").
    if ((g.kind === 'group' || (g.kind === 'adjective-role' && g.plural)) && g.codes.length >= 2) { lists.push({ sentence: g.sentence, codes: [...g.codes], head: g, role: tokens[g.end - 1].lower }); continue; }
    // "the leaders of Britain, France and Germany", "foreign ministers from Poland and the Baltic states".
    // ("Zelensky and the leaders of France, Germany and Poland": the first member may be coordinated with a party
    // named before the role noun; the list is still the role's.)
    if (g.kind === 'pronoun' || g.kind === 'document') continue;
    const prep = tokens[g.start - 1]?.lower;
    if ((prep !== 'of' && prep !== 'from') || !roles.has(tokens[g.start - 2]?.lower ?? '')) continue;
    // ("Zelensky will be in Washington with leaders of Britain, France and NATO": companions named after "with" are
    // who goes along on one occasion, not the members of a group the article names elsewhere, discourse/enumerated-group.)
    if (tokens[g.start - 3]?.lower === 'with' || (tokens[g.start - 3]?.lower === 'the' && tokens[g.start - 4]?.lower === 'with')) continue;
    if (g.coordinated && tokens[g.start - 3]?.lower !== 'the') continue;
    const codes = [...g.codes];
    for (let q = k + 1; q < actors.length && actors[q].coordinated; q++) {
      let inChain = false;
      for (let c = actors[q].coordinated; c && !inChain; c = c.coordinated) if (c === g) inChain = true;
      if (!inChain) break;
      for (const c of actors[q].codes) if (!codes.includes(c)) codes.push(c);
    }
    if (codes.length >= 2) lists.push({ sentence: g.sentence, codes, head: g, role: tokens[g.start - 2].lower });
  }
  if (!lists.length) return;
  // (European leaders are European: a list with Russia or the United States in it names others, rules.json europeanMembers.)
  const european = new Set([...index.words(enumeratedGroup.id, 'europeanMembers')].map((c) => c.toUpperCase()));
  for (const g of actors) {
    if (g.kind !== 'group' || g.codes.length !== 1 || g.inQuote) continue;
    const fitsGroup = (codes: string[]) => g.codes[0] !== 'EUR' || codes.every((c) => european.has(c));
    const near = lists.filter((l) => l.head !== g && l.role === tokens[g.end - 1].lower && Math.abs(l.sentence - g.sentence) <= 8 && fitsGroup(l.codes));
    const distinct = new Set(near.map((l) => [...l.codes].sort().join()));
    if (distinct.size !== 1) continue;
    g.codes = [...near[0].codes];
  }
}

const hyphenedParties = defineRule({
  id: 'discourse/hyphened-parties', stage: 'discourse',
  reason: '"the Chinese-Brazilian peace proposal", "Egyptian-Qatari mediators", "a Franco-German plan", "the US-Russian draft": a party hyphened to the adjective before a role or stance noun holds with it (one claim per party, spec rule 8); "the Russia-Ukraine war" names no holder (no role noun follows).',
});

/** Widens an adjective-and-role mention to the party hyphened before it ("Egyptian-Qatari mediators": EGY and QAT). */
function joinHyphenedParties(actors: ActorMention[], tokens: Token[], index: LexiconIndex, published: string | null, isObject: (start: number) => boolean): void {
  const combining = index.words(hyphenedParties.id);
  for (let k = actors.length - 1; k >= 0; k--) {
    const m = actors[k];
    if (m.kind !== 'adjective-role' || m.start < 2) continue;
    const dash = tokens[m.start - 1], first = tokens[m.start - 2];
    if (dash.text !== '-' || dash.start !== first.end || dash.end !== tokens[m.start].start || !first.word) continue;
    let code = '';
    const hit = index.names.matchAt(tokens, m.start - 2);
    if (hit && hit.end === m.start - 1) {
      const v = pickValue(hit.values, published);
      if ((v.kind === 'adjective' || (v.kind === 'party' && !v.members)) && v.code) code = v.code;
    }
    // ("Franco-German", "Sino-Russian", "Anglo-French": combining forms, listed with their party.)
    // (The word index lower-cases its entries, "sino:chn": party codes are upper case.)
    if (!code) for (const w of combining) if (w.startsWith(`${first.lower}:`)) code = w.slice(first.lower.length + 1).toUpperCase();
    if (!code || m.codes.includes(code)) continue;
    // ("the Chinese-Brazilian …": the first part may have been read as a name of its own.)
    let start = m.start - 2;
    const prev = actors[k - 1];
    if (prev && prev.end === m.start - 1) { start = prev.start; actors.splice(k - 1, 1); k--; }
    m.codes = [code, ...m.codes];
    m.start = start;
    m.object = isObject(start);
  }
}

function pickValue(values: NameValue[], published: string | null): NameValue {
  if (values.length === 1) return values[0];
  const fitting = values.filter((v) => (v.kind === 'person' || v.kind === 'description') ? inWindow(v, published) : true);
  return fitting[0] ?? values[0];
}

/** Resolves pronouns to the most recent fitting mention: a subject in the same sentence first, then earlier sentences. */
function resolvePronouns(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, SPEECH_VERBS: Set<string>, FIRST_PERSON: Set<string>, governments?: Set<string>, index?: LexiconIndex, paragraphOf: (sentence: number) => number = () => 0, meetings?: Map<number, MeetingPair>, labelOpens = new Map<number, number>(), setOff: ActorMention[] = []): void {
  const people = index?.words(peoplePlurals.id) ?? new Set<string>(), peopleHeads = index?.words(peoplePlurals.id, 'heads') ?? new Set<string>();
  const credited = (m: ActorMention): boolean => {
    let b = m.start;
    if (['a', 'an', 'the'].includes(tokens[b - 1]?.lower ?? '')) b--;
    return tokens[b - 1]?.lower === 'to' && tokens[b - 2]?.lower === 'according';
  };
  // ("Speaking alongside NATO Secretary-General Mark Rutte, Trump said …": a party inside a fronted participle's
  // phrase, up to its comma, is not its sentence's subject, discourse/fronted-participle.)
  // ("According to …, the conference was a failure": the credited speaker is the sentence's subject, above.)
  const notParticiples = index?.words(frontedParticiple.id, 'notParticiples') ?? new Set<string>(['according']);
  const participleRelatives = index?.words(frontedParticipleRelative.id) ?? new Set<string>(['where', 'which', 'who', 'whose', 'when']);
  const inFrontedParticiple = (m: ActorMention): boolean => {
    let head = m.start;
    while (head > 0 && sentenceOf[head - 1] === m.sentence) head--;
    if (head === m.start || !/^[A-Z][a-z]+ing$/.test(tokens[head].text) || notParticiples.has(tokens[head].lower) || startingAt.has(head)) return false;
    // ("Speaking to the summit in Bali, where Russia's foreign minister Sergei Lavrov sat among the delegates, Zelensky
    // said …": a relative clause set between commas after the phrase's place belongs to the phrase, and so does a party
    // named inside it; discourse/fronted-participle-relative.)
    let relative = false;
    for (let j = head + 1; j < m.start; j++) {
      if (sentenceOf[j] !== m.sentence) return false;
      if (tokens[j].text !== ',') continue;
      if (relative || !participleRelatives.has(tokens[j + 1]?.lower ?? '')) return false;
      relative = true;
    }
    for (let j = m.end; j < tokens.length && j - head <= (relative ? 45 : 25) && sentenceOf[j] === m.sentence; j++) if (tokens[j].text === ',') return true;
    return false;
  };
  // Whether a mention heads its sentence (within three tokens, or past a fronted adjunct), as an "it" of a later
  // sentence needs its antecedent to.
  const headsSentence = (m: ActorMention): boolean => {
    let head = m.start;
    while (head > 0 && sentenceOf[head - 1] === m.sentence) head--;
    return m.start - head <= 3 || (!!index && afterFrontedAdjunct(tokens, head, m.start, index, SPEECH_VERBS));
  };
  // Mentions another is coordinated with, and mentions by end token, found once (fits() runs per pronoun and
  // candidate: a scan of every mention there would be quadratic on a long article).
  const coordinatedTo = new Set<ActorMention>();
  const endingAt = new Map<number, ActorMention>();
  const startingAt = new Map<number, ActorMention>();
  for (const a of actors) { if (a.coordinated) coordinatedTo.add(a.coordinated); endingAt.set(a.end, a); startingAt.set(a.start, a); }
  const startsAt = (i: number): ActorMention | undefined => startingAt.get(i) ?? (['the', 'a', 'an'].includes(tokens[i]?.lower ?? '') ? startingAt.get(i + 1) : undefined);
  // Sentences that end with a question mark, found once (not by a scan per pronoun and candidate).
  const questions = new Set<number>();
  for (let j = 0; j < tokens.length; j++) if (tokens[j].text === '?' && sentenceOf[j + 1] !== sentenceOf[j]) questions.add(sentenceOf[j]);
  const isQuestion = (sentence: number): boolean => questions.has(sentence);
  // Parties that stayed out of a document are not who speaks "in the statement" (discourse/document-dissenters).
  const { dissenters, inDocument } = index ? findDocumentDissenters(actors, tokens, sentenceOf, index) : { dissenters: new Set<ActorMention>(), inDocument: new Set<number>() };
  const dissenting = (p: ActorMention, m: ActorMention): boolean => inDocument.has(p.sentence) && m.sentence < p.sentence && dissenters.has(m);
  // ("…, wrapping up a tour that took him to Kyiv, Warsaw and Paris, and Beijing said it was willing …": a ", and"
  // opening a clause whose verb of saying comes before the pronoun starts the pronoun's own clause, so a place
  // listed before it is not what "it" stands for; discourse/and-said-clause.)
  const saidAfterAnd = (j: number): boolean => {
    if (tokens[j].lower !== 'and' || tokens[j - 1]?.text !== ',') return false;
    for (let q = j + 1; q < j + 8 && q < tokens.length && sentenceOf[q] === sentenceOf[j]; q++) {
      if (SPEECH_VERBS.has(tokens[q].lower)) return q > j + 1 && !!startsAt(j + 1);
      if (tokens[q].text === ',') return false;
    }
    return false;
  };
  const tellers = index?.words(tellerSubjectRule.id) ?? new Set<string>();
  const tellerSkips = index?.words(tellerSubjectRule.id, 'skips') ?? new Set<string>();
  // Sentences with a verb of saying, found once (discourse/writer-we).
  const speaking = new Set<number>();
  for (let j = 0; j < tokens.length; j++) if (SPEECH_VERBS.has(tokens[j].lower)) speaking.add(sentenceOf[j]);
  const writerWe = index?.words(writerWeRule.id) ?? new Set<string>();
  // Where the writer names itself ("our association", "our members", "this newspaper"), outside quotes: from there on
  // it speaks in its own voice.
  const selfNouns = index?.words(writerWeRule.id, 'selfNouns') ?? new Set<string>();
  let writerFrom = Infinity;
  for (const a of actors) {
    if (a.kind !== 'pronoun' || a.inQuote || (a.pronoun !== 'our' && a.pronoun !== 'my')) continue;
    if (selfNouns.has(tokens[a.end]?.lower ?? '')) { writerFrom = a.start; break; }
  }
  for (let k = 0; k < actors.length; k++) {
    const p = actors[k];
    if (p.kind !== 'pronoun' || p.site) continue;
    // ("Our association takes no position on territory. We call on the Red Cross to press for access": an unquoted
    // "we" in a sentence where no one speaks is the writer's own voice, not the last party named, discourse/writer-we.)
    if (!p.inQuote && p.start >= writerFrom && writerWe.has(p.pronoun ?? '') && !speaking.has(p.sentence)) { p.codes = []; continue; }
    // ("the three governments", "the five leaders": the parties last named together in that number,
    // discourse/counted-group.)
    const counted = p.pronoun?.startsWith(COUNTED_PRONOUN) ? Number(p.pronoun.slice(COUNTED_PRONOUN.length)) : p.pronoun?.startsWith(`${GROUP_PRONOUN}:`) ? Number(p.pronoun.slice(GROUP_PRONOUN.length + 1)) : 0;
    if (counted) {
      const codes = countedParties(actors, k, counted, coordinatedTo);
      if (codes || p.pronoun?.startsWith(COUNTED_PRONOUN)) { p.codes = codes ?? []; continue; }
      p.pronoun = GROUP_PRONOUN;
    }
    const fits = (m: ActorMention): boolean => {
      if (dissenting(p, m)) return false;
      const personPronoun = !!p.pronoun && ['he', 'she', 'his', 'her', 'him'].includes(p.pronoun);
      if (!m.codes.length && !(personPronoun && m.kind === 'person')) return false;
      // An interviewer's question ("What did Baku put on the table?") names whom the answer's "we" is not.
      if (p.inQuote && FIRST_PERSON.has(p.pronoun ?? '') && !m.inQuote && m.sentence !== p.sentence && isQuestion(m.sentence)) return false;
      // ("both sides can collect the bodies. We said …": a speaker is one side, never both.)
      if (FIRST_PERSON.has(p.pronoun ?? '') && m.kind === 'both') return false;
      // In a quote, "we" is never the party a "they"/"he"/"it" stood for, nor "they" the speaker's "we":
      // '"They proposed short pauses. We asked for a full ceasefire"' opposes the two (issue 7).
      if (p.inQuote && m.kind === 'pronoun' && m.inQuote && FIRST_PERSON.has(p.pronoun ?? '') !== FIRST_PERSON.has(m.pronoun ?? '')) return false;
      if (personPronoun) {
        if (!m.personLike) return false;
        if (m.gender && ((p.pronoun === 'she' || p.pronoun === 'her') ? m.gender !== 'f' : m.gender !== 'm')) return false;
        return true;
      }
      // ("In Nairobi, where they were attending a summit, …": the subject of a "where" clause is who is at the place
      // it describes, never the place itself, discourse/where-clause-subject.)
      if (tokens[p.start - 1]?.lower === 'where' && (m.end === p.start - 1 || (m.end === p.start - 2 && tokens[m.end].text === ','))) return false;
      if (p.pronoun === 'it' || p.pronoun === 'its') return !m.personLike && !m.plural;
      // (Two people named together are a plural: "Pashinyan and Aliyev met … They agreed", discourse/meeting-pair.)
      // ("If Moscow refused, they would impose sanctions": a single party heading the condition is not "they" of the
      // consequence, discourse/condition-they.)
      // ("Any decision about Ukraine's armed forces should be Ukraine's alone, they said.": the "they" of a trailing
      // attribution is not a single party named as a possessor in what they said, discourse/trailing-they.)
      if (p.pronoun === 'they' && m.sentence === p.sentence && m.possessive && !m.plural && !m.coordinated && !coordinatedTo.has(m) && m.start < p.start && tokens[p.start - 1]?.text === ',' && SPEECH_VERBS.has(tokens[p.end]?.lower ?? '')) return false;
      if (p.pronoun === 'they' || p.pronoun === 'their' || p.pronoun === 'them') return (m.plural || !m.personLike || !!m.coordinated || coordinatedTo.has(m)) && !(m.sentence === p.sentence && !m.plural && !m.coordinated && !coordinatedTo.has(m) && conditionHeadedBefore(tokens, sentenceOf, m, p));
      if (p.pronoun === GROUP_PRONOUN) return m.plural || !!m.coordinated || coordinatedTo.has(m);
      if (p.pronoun?.startsWith(ROLE_PRONOUN)) {
        const head = p.pronoun.slice(ROLE_PRONOUN.length);
        if (m.kind === 'pronoun') return false;
        for (let j = m.start; j < m.end; j++) if (tokens[j].lower === head) return true;
        // ("Russian President | Vladimir Putin": the role stands in the description right before the name.)
        const d = endingAt.get(m.start);
        if (d && d.codes.join() === m.codes.join()) for (let j = d.start; j < d.end; j++) if (tokens[j].lower === head) return true;
        // ("Secretary-General António Guterres": a title the lexicon keeps in no mention.)
        return m.kind === 'person' && titledWith(tokens, m, head);
      }
      return true; // we/our/us: the speaker's side, any actor
    };
    // (An epithet takes only a party it can describe: discourse/epithets.)
    if (p.pronoun?.startsWith(EPITHET_PRONOUN)) {
      const referent = index ? epithetReferent(actors, k, index, tokens, sentenceOf) : undefined;
      if (referent) p.codes = [...referent.codes];
      continue;
    }
    let found: ActorMention | undefined;
    // ("Ukraine, it said, must have guarantees", "…, they said.": a speaker set off by a comma is not a party of the
    // clause it reports, discourse/set-off-speaker; unresolved here, a document found later may be it.)
    if (index && isSetOffSpeaker(p, tokens, sentenceOf, SPEECH_VERBS, index)) {
      found = setOffAntecedent(p, k, actors, tokens, sentenceOf, SPEECH_VERBS, fits, headsSentence, paragraphOf);
      if (!found) { p.codes = []; setOff.push(p); continue; }
    }
    if (!found && p.inQuote && (p.pronoun === 'we' || p.pronoun === 'our' || p.pronoun === 'us' || p.pronoun === 'i' || p.pronoun === 'me' || p.pronoun === 'my')) {
      // The speaker of a quote is usually named right after it: '"…," Putin added.'
      // (Not in the next paragraph: a new paragraph's "The Serbian minister spoke to reporters" speaks no
      // earlier quote, discourse/quote-paragraph.)
      for (let j = k + 1; j < actors.length && actors[j].sentence <= p.sentence + 1; j++) {
        const m = actors[j];
        if (m.sentence !== p.sentence && paragraphOf(m.sentence) !== paragraphOf(p.sentence)) break;
        if (m.inQuote || m.kind === 'pronoun' || !(m.codes.length || m.kind === 'person')) continue;
        // Only a speaker: next to a speech verb ('," Putin added'), not any party named afterwards.
        if (SPEECH_VERBS.has(tokens[m.end]?.lower ?? '') || SPEECH_VERBS.has(tokens[m.start - 1]?.lower ?? '')) { found = m; break; }
      }
    }
    // ("Macron's office said he had asked Putin …": a person's office or spokesman speaking of "he" speaks of that
    // person, discourse/staff-pronoun.)
    if (!found && (p.pronoun === 'he' || p.pronoun === 'she') && index) found = staffPronoun(p, k, actors, tokens, sentenceOf, SPEECH_VERBS, index.words(staffPronounRule.id));
    // ("In Tirana, where they were attending a summit, the leaders of France and Poland said …": the subject of a
    // "where" clause set in after a fronted place is the sentence's subject after the clause, discourse/where-clause-subject.)
    // ("Speaking in Tirana, where he attended a summit, Zelensky said …": a "he" or "she" there is the person named as
    // the subject after the clause, also after a fronted participle of speaking or visiting.)
    const personWhere = p.pronoun === 'he' || p.pronoun === 'she';
    if (!found && !p.inQuote && (p.pronoun === 'they' || p.pronoun === 'it' || personWhere) && tokens[p.start - 1]?.lower === 'where' && tokens[p.start - 2]?.text === ',') {
      let head = p.start;
      while (head > 0 && sentenceOf[head - 1] === p.sentence) head--;
      const comma = tokens.findIndex((x, j) => j > p.start && sentenceOf[j] === p.sentence && x.text === ',');
      const participle = personWhere && tokens[head].cap && /^[a-z]{3,}ing$/.test(tokens[head].lower);
      if ((tokens[head].lower === 'in' || tokens[head].lower === 'at' || participle) && comma > 0) {
        const next = actors.find((a, j) => j > k && a.sentence === p.sentence && a.start > comma && a.kind !== 'pronoun' && !a.object && !a.possessive && a.codes.length > 0);
        // (The coordination's last member carries it: "France, Germany and Poland".)
        let last = next;
        for (const a of actors) if (next && a.sentence === p.sentence && a.start > next.start) for (let c = a.coordinated; c; c = c.coordinated) if (c === next) last = a;
        if (personWhere) { if (next && next.personLike && !next.plural && last === next) found = next; }
        else if (next && (last !== next || next.plural || p.pronoun === 'it')) found = last;
      }
    }
    // 'Among them, he said, was an appeal: "We asked both sides …"': a speaker introduced before the quote in
    // the same sentence speaks for "we", even one the lexicon does not know (then "we" stays unresolved).
    if (!found && p.inQuote && ['we', 'our', 'us', 'i', 'me', 'my'].includes(p.pronoun ?? '')) {
      for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) {
        const m = actors[j];
        // ('Its envoy told us: "We …"': the addressee after the verb is no speaker.)
        if (m.inQuote || (m.kind === 'pronoun' && OBJECT_PRONOUNS.has(m.pronoun ?? ''))) continue;
        if (SPEECH_VERBS.has(tokens[m.end]?.lower ?? '') || SPEECH_VERBS.has(tokens[m.start - 1]?.lower ?? '')) { found = m; break; }
      }
      if (found && !found.codes.length) continue;
    }
    // "…, we will order a ceasefire, Putin said": a speaker named after the clause speaks for "we".
    if (!found && (p.pronoun === 'we' || p.pronoun === 'our' || p.pronoun === 'us' || p.pronoun === 'i' || p.pronoun === 'me' || p.pronoun === 'my')) {
      for (let j = k + 1; j < actors.length && actors[j].sentence === p.sentence; j++) {
        const next = tokens[actors[j].end]?.lower ?? '';
        if (actors[j].codes.length && actors[j].kind !== 'pronoun' && SPEECH_VERBS.has(next)) { found = actors[j]; break; }
      }
    }
    // 'Was anything on offer from Moscow? "They proposed …"': in the answer to a question, "they" is the party
    // the question asked about, subject or not.
    if (!found && p.inQuote && (p.pronoun === 'they' || p.pronoun === 'their' || p.pronoun === 'them') && p.sentence > 0 && isQuestion(p.sentence - 1)) {
      for (let j = k - 1; j >= 0 && actors[j].sentence >= p.sentence - 1; j--) if (actors[j].sentence === p.sentence - 1 && !actors[j].inQuote && actors[j].codes.length && actors[j].kind !== 'pronoun') { found = actors[j]; break; }
    }
    // (… and further into the answer, while no party is named in it: discourse/answer-they.)
    if (!found && p.inQuote && (p.pronoun === 'they' || p.pronoun === 'their' || p.pronoun === 'them')) found = questionParty(p, k, actors, tokens, sentenceOf, isQuestion, labelOpens);
    // (… and "he" or "she" in an answer naming no one, the person the question turn named, discourse/answer-he.)
    if (!found && p.inQuote && (p.pronoun === 'he' || p.pronoun === 'she')) found = questionParty(p, k, actors, tokens, sentenceOf, isQuestion, labelOpens, true);
    // ("… the president-elect, who has boasted that he could …": discourse/relative-antecedent.)
    if (!found) {
      const antecedent = relativeAntecedentOf(p, k, actors, tokens, sentenceOf, fits);
      if (antecedent === null) continue;
      found = antecedent;
    }
    // ("Bennett said Zelensky told him that he was ready …": discourse/teller-subject.)
    if (!found && tellers.size) found = tellerSubject(p, k, actors, tokens, sentenceOf, tellers, tellerSkips, fits);
    // ("… an idea Pristina has said it would accept only once …": the party right before the verb of saying,
    // discourse/sayer-subject.)
    if (!found) found = sayerSubject(p, k, actors, tokens, sentenceOf, SPEECH_VERBS, tellerSkips, fits);
    // ("The American side floated a zone; the delegation had said it could discuss …": the subject of the verb of
    // saying right before "it" is who "it" is, even unresolved, discourse/unresolved-sayer.)
    if (!found && unresolvedSayer(p, k, actors, tokens, sentenceOf, SPEECH_VERBS, tellerSkips)) continue;
    // ('"…," Peskov said. He also noted …': discourse/speaker-pronoun.)
    if (!found && (p.pronoun === 'he' || p.pronoun === 'she')) found = previousSpeaker(p, k, actors, tokens, sentenceOf, SPEECH_VERBS);
    // ('Serbia must withdraw, the ministers said; … They said they would …': discourse/set-off-speaker-they.)
    if (!found && p.pronoun === 'they') found = previousSetOffSpeaker(p, k, actors, tokens, sentenceOf, SPEECH_VERBS, paragraphOf);
    // 1. a subject in the same sentence, 2. any fitting mention in the same sentence, 3. the subject of an earlier sentence.
    // The sentence's subject, i.e. the first fitting subject before the pronoun ("Kyiv rejected … that it renounce NATO").
    if (!found) {
      // (The subject of the pronoun's own clause first: "The Kremlin says it will fight … while Kyiv says it will
      // not rest until …".)
      let clause = -1;
      // (", where British Prime Minister Keir Starmer said he was prepared …": a relative "where" or "when" after a comma
      // opens a clause with a subject of its own, discourse/comma-relative-clause; not "said he did not know where
      // he stood", with no comma.)
      for (let j = p.start - 1; j >= 0 && sentenceOf[j] === p.sentence; j--) if (CLAUSE_STARTS.has(tokens[j].lower) || saidAfterAnd(j) || (COMMA_CLAUSE_STARTS.has(tokens[j].lower) && tokens[j - 1]?.text === ',')) { clause = j; break; }
      let first: ActorMention | undefined;
      for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) if (!actors[j].object && !actors[j].possessive && fits(actors[j]) && actors[j].inQuote === p.inQuote && !inFrontedParticiple(actors[j])) first = actors[j];
      if (clause >= 0) for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence && actors[j].start > clause; j--) if (!actors[j].object && !actors[j].possessive && fits(actors[j]) && actors[j].inQuote === p.inQuote) first = actors[j];
      found = first;
    }
    // ('"I will do Russia and President Putin a favour," he wrote': a pronoun outside a quote does not refer to a
    // party named inside it.)
    // (Nor one inside a fronted phrase the pronoun follows: "In his call with Ruto, he agreed …", discourse/fronted-phrase.)
    // (Nor, for a trailing attribution ("…, he said"), a party the reported clause names as an object: "A meeting between
    // Aliyev and Pashinyan could take place once the treaty is ready, he said" reports the words of a speaker named
    // before, not of the parties to meet, discourse/attribution-object.)
    const attribution = !p.inQuote && tokens[p.start - 1]?.text === ',' && SPEECH_VERBS.has(tokens[p.end]?.lower ?? '');
    for (let j = k - 1; !found && j >= 0 && actors[j].sentence === p.sentence; j--) if (fits(actors[j]) && (p.inQuote || !actors[j].inQuote) && !inFrontedPhrase(actors[j]) && !(attribution && actors[j].object)) found = actors[j];
    // ("Pashinyan met Aliyev in Abu Dhabi. They agreed …": two people are each singular; the pronoun is the pair of
    // a one-to-one meeting in its sentence or the one before, discourse/meeting-pair.)
    if (!found && meetings?.size && !p.inQuote && (p.pronoun === 'they' || p.pronoun === 'their' || p.pronoun === 'them' || p.pronoun === GROUP_PRONOUN)) {
      const met = pairBefore(meetings, p.sentence, p.start, 1, paragraphOf(p.sentence));
      if (met) { p.codes = [...met.codes]; continue; }
    }
    // ("… before meeting President Pashinyan. He did not soften his position": discourse/object-person-antecedent.)
    if (!found) found = personObjectBefore(p, k, actors, tokens, sentenceOf, fits, paragraphOf);
    for (let j = k - 1; !found && j >= 0 && actors[j].sentence >= p.sentence - 4; j--) {
      // Take the first subject of the nearest earlier sentence that has one.
      if (actors[j].sentence === p.sentence) continue;
      const s = actors[j].sentence;
      let first: ActorMention | undefined;
      // ("According to the ministry's spokeswoman Maria Zakharova, …": the credited speaker is a subject too.)
      // ('"Belgrade is afraid to say so." — Kurti, in a video address. He urged …': a pronoun outside quotes does not
      // take a party named inside an earlier sentence's quote, discourse/quoted-antecedent.)
      for (let q = j; q >= 0 && actors[q].sentence === s; q--) if ((!actors[q].object || credited(actors[q])) && fits(actors[q]) && !inFrontedParticiple(actors[q]) && (p.inQuote || !actors[q].inQuote)) first = actors[q];
      // ("On Friday, after Witkoff met Putin, Putin's aide Ushakov restated Moscow's position. He said …": not a party
      // inside a fronted subordinate clause when the main clause's subject after its comma fits, discourse/fronted-clause-subject.)
      if (first && index && inFrontedClause(first, actors, tokens, sentenceOf, index)) {
        let main: ActorMention | undefined;
        for (let q = j; q >= 0 && actors[q].sentence === s; q--) if ((!actors[q].object || credited(actors[q])) && fits(actors[q]) && !inFrontedParticiple(actors[q]) && !inFrontedClause(actors[q], actors, tokens, sentenceOf, index)) main = actors[q];
        if (main) first = main;
      }
      // "it" refers back to a party only when that party was the subject at the head of its sentence.
      if (first && (p.pronoun === 'it' || p.pronoun === 'its') && s < p.sentence - 1) first = undefined;
      if (first && (p.pronoun === 'it' || p.pronoun === 'its')) {
        let head = first.start;
        while (head > 0 && sentenceOf[head - 1] === s) head--;
        // (Past a fronted adjunct's comma, "Within an hour of the talks, the Kremlin …", discourse/fronted-adjunct-subject.)
        if (first.start - head > 3 && !(index && afterFrontedAdjunct(tokens, head, first.start, index, SPEECH_VERBS))) first = undefined;
      }
      if (first) found = first;
      else while (j > 0 && actors[j - 1].sentence === s) j--;
    }
    // (A definite role further back, or in an object or possessor: discourse/role-before-name.)
    if (!found && p.pronoun?.startsWith(ROLE_PRONOUN)) found = lastWithRole(actors, k, tokens, p.pronoun.slice(ROLE_PRONOUN.length), p.sentence);
    // ("… talks with the President of Azerbaijan Ilham Aliyev. 'We support it,' said Recep Tayyip Erdogan. The corridor,
    // as the President explained, must …": a person named after the role's carrier, without the title, whose office in
    // the lexicon has the role, is the nearer holder of it, discourse/later-office-holder.)
    if (found && found.kind !== 'pronoun' && p.pronoun?.startsWith(ROLE_PRONOUN) && index) {
      const later = lastWithOffice(actors, k, joinTokens(tokens, p.start + 1, p.end, true), p.sentence, index.words(knownOffice.id, 'notAfter'), found.end);
      if (later && !later.object && later.codes.join() !== found.codes.join()) found = later;
      void laterOfficeHolder;
    }
    // ("Albin Kurti met the ambassadors … the prime minister said": the office the lexicon gives a person named before,
    // discourse/known-office.)
    if (!found && p.pronoun?.startsWith(ROLE_PRONOUN) && index) found = lastWithOffice(actors, k, joinTokens(tokens, p.start + 1, p.end, true), p.sentence, index.words(knownOffice.id, 'notAfter'));
    // ("Russia's reaction came on Wednesday. The foreign ministry said …": a ministry no earlier mention carries is that
    // of the subject heading one of the two sentences before, discourse/ministry-subject.)
    if (!found && p.pronoun?.startsWith(ROLE_PRONOUN) && index) found = ministrySubjectOf(actors, k, tokens, sentenceOf, p.pronoun.slice(ROLE_PRONOUN.length), index.words(ministrySubject.id, 'heads'));
    // ("Serbia sent a delegation. The protesters outside were furious. They want …": discourse/people-plurals.)
    if (found && (p.pronoun === 'they' || p.pronoun === 'their' || p.pronoun === 'them') && found.sentence !== p.sentence && peopleBetween(tokens, sentenceOf, found.end, p.start, people, peopleHeads)) found = undefined;
    if (found && dissenting(p, found)) found = undefined;
    if (found) {
      // "Spain, Portugal and Ireland said they …": a plural pronoun takes the whole coordination the found
      // mention belongs to, from its last member back.
      if (p.plural) {
        for (let j = k - 1; j >= 0 && actors[j].sentence >= found.sentence; j--) {
          let inGroup = false;
          for (let c = actors[j].coordinated; c && !inGroup; c = c.coordinated) if (c === found) inGroup = true;
          if (inGroup) { found = actors[j]; break; }
        }
      }
      p.codes = [...found.codes];
      if (found.gender) p.gender = found.gender;
      if (p.plural) for (let c = found.coordinated; c; c = c.coordinated) for (const code of c.codes) if (!p.codes.includes(code)) p.codes.unshift(code);
      // "Slovakia's prime minister … His government has said it will not …": a possessive pronoun and a
      // government noun are the party itself, one mention (and "it" after them refers to it).
      if (governments && p.codes.length && (p.pronoun === 'his' || p.pronoun === 'her' || p.pronoun === 'their') && governments.has(tokens[p.end]?.lower ?? '')) {
        p.end += 1; p.possessive = false; p.kind = 'description'; p.personLike = false; p.plural = false; p.pronoun = undefined;
      }
    }
  }
}

/**
 * The codes of the parties named together in number `n` nearest before mention k, in its sentence or the six before
 * (a coordination, from its last member back, or one mention with n codes: an expanded group, a resolved "they"),
 * else undefined (discourse/counted-group).
 */
function countedParties(actors: ActorMention[], k: number, n: number, coordinatedTo: Set<ActorMention>): string[] | undefined {
  const p = actors[k];
  for (let j = k - 1; j >= 0 && actors[j].sentence >= p.sentence - 6; j--) {
    const m = actors[j];
    if (m.inQuote !== p.inQuote || !m.codes.length) continue;
    // (A member inside a coordination is counted from the coordination's last member, met first.)
    if (coordinatedTo.has(m)) continue;
    const codes: string[] = [];
    for (let c: ActorMention | undefined = m; c; c = c.coordinated) for (const x of c.codes) if (!codes.includes(x)) codes.unshift(x);
    if (codes.length === n) return codes;
  }
  return undefined;
}

export const frontedParticiple = defineRule({
  id: 'discourse/fronted-participle', stage: 'discourse',
  reason: '"Speaking in the Oval Office alongside NATO Secretary-General Mark Rutte, Trump said he was unhappy. \u201cWe are going to be doing secondary tariffs,\u201d he said.": a party inside a phrase that opens its sentence with a participle or "During" and ends at its comma is that phrase\'s object, not the sentence\'s subject, so a pronoun referring back to the subject ("we", "he", "they") skips it. Not a name ending in -ing that heads the sentence itself ("Beijing, however, said …"), nor "According to X," (rules.json notParticiples), which credits its subject.',
});

export const frontedParticipleRelative = defineRule({
  id: 'discourse/fronted-participle-relative', stage: 'discourse',
  reason: '"Speaking by video link to the summit in Bali, where Russian Foreign Minister Sergei Lavrov sat among the delegates, Zelensky addressed the group": a relative clause (rules.json words: "where", "which", "who" …) that follows the place or object of a fronted participle\'s phrase, between commas, still belongs to that phrase; a party named in it is not the sentence\'s subject, so "he said" and "His plan" in the next sentences stand for the subject after it.',
});

const expletiveIt = defineRule({
  id: 'discourse/expletive-it', stage: 'discourse',
  reason: '"it now falls on Russia to accept", "it is up to Kyiv to decide", "it is essential that …": an "it" followed by a verb of being (or falling) and a word that makes it a dummy subject stands for no party, so it neither holds a stance nor takes the last party named.',
});

/** Whether the words from i make the "it" before them a dummy subject ("[it] is now up to", "[it] falls on"). */
function expletiveAt(tokens: Token[], i: number, index: LexiconIndex): boolean {
  const verbs = index.words(expletiveIt.id, 'verbs');
  const skips = index.words(expletiveIt.id, 'skips');
  const heads = index.words(expletiveIt.id);
  let j = i;
  // ("it now falls on …": an adverb may come first.)
  while (j < i + 2 && skips.has(tokens[j]?.lower ?? '')) j++;
  const verb = tokens[j]?.lower ?? '';
  const falls = index.words(expletiveIt.id, 'fallVerbs').has(verb);
  if (!falls && !verbs.has(verb)) return false;
  j++;
  const at = j;
  while (j < at + 3 && skips.has(tokens[j]?.lower ?? '')) j++;
  return (falls ? index.words(expletiveIt.id, 'fallWords') : heads).has(tokens[j]?.lower ?? '');
}

export const whereClauseSubject = defineRule({
  id: 'discourse/where-clause-subject', stage: 'discourse',
  reason: '"In Tirana, where they were attending a European summit, the leaders of … said they would …", "Baku, where it has an embassy": the pronoun heading a "where" clause is who is at the place the clause describes, never the place (a capital standing for its state) named right before "where". A "he" or "she" there after a fronted place or participle is the one person named as the subject after the clause ("Speaking in Tirana, where he attended a summit, Zelensky said …").',
});
const conditionThey = defineRule({
  id: 'discourse/condition-they', stage: 'discourse',
  reason: '"The leaders of France, Germany and Poland travelled to Kyiv. If Moscow refused, they would impose new sanctions": a single party that is the subject of an "if"/"unless" clause is not the plural "they" of the clause that states the consequence after its comma (that would be "it" or the party again); "they" looks further back, to the parties named before. A plural subject can be ("If the Russians refuse, they will …").',
});

/** `m` is the subject of an "if"/"unless" clause whose comma closes before the pronoun `p` (discourse/condition-they). */
function conditionHeadedBefore(tokens: Token[], sentenceOf: Int32Array, m: ActorMention, p: ActorMention): boolean {
  if (m.start >= p.start) return false;
  let b = m.start - 1;
  if (tokens[b]?.lower === 'the') b--;
  if (tokens[b]?.lower !== 'if' && tokens[b]?.lower !== 'unless') return false;
  for (let j = m.end; j < p.start; j++) if (tokens[j].text === ',') return sentenceOf[j] === p.sentence;
  return false;
}
void conditionThey;
/** Subject pronouns: a coordination before one never makes it an object. */
const NOMINATIVE = new Set(['we', 'i', 'he', 'she', 'they']);
/** Object pronouns: the addressee of a verb of saying, never the speaker of the quote after it. */
const OBJECT_PRONOUNS = new Set(['us', 'me', 'him', 'her', 'them']);

/** Words that open a clause with its own subject: a pronoun after one refers first to that clause's subject. */
const CLAUSE_STARTS = new Set(['while', 'whereas', 'but', 'although', 'though', ';']);
/** Relative words that open a clause with its own subject after a comma (", where Starmer said he …"). */
const COMMA_CLAUSE_STARTS = new Set(['where', 'when']);

const NOT_NAMES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Minister', 'Prime', 'Foreign', 'Secretary', 'Chancellor', 'General', 'Spokesman', 'Spokeswoman', 'The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'A', 'An', 'This', 'That', 'His', 'Her', 'Its', 'Their', 'Our', 'Earlier', 'Later', 'Officials', 'Analysts']);

const CALENDAR_WORDS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** A capitalised word that can be part of a person's name: not a title, pronoun, function word or date word. */
function isUnknownNameWord(t: Token): boolean {
  return t.cap && t.word && t.text.length > 1 && !NOT_NAMES.has(t.text) && !CALENDAR_WORDS.has(t.text) && /^[A-Z][a-z]/.test(t.text);
}

/** End (exclusive) of a two- or three-word capitalised name followed or preceded by a speech verb, or 0. */
function unknownSpeakerAt(tokens: Token[], i: number, sentenceOf: Int32Array, index: LexiconIndex, SPEECH_VERBS: Set<string>): number {
  // A word that starts a known name ("Mr Zelensky": "Zelensky") is never part of an unknown one.
  const isName = (k: number) => !!tokens[k] && tokens[k].cap && tokens[k].word && tokens[k].text.length > 1 && !NOT_NAMES.has(tokens[k].text)
    && sentenceOf[k] === sentenceOf[i] && !index.names.matchAt(tokens, k) && !index.lowerNames.matchAt(tokens, k);
  if (!isName(i)) return 0;
  // '"…," Magwenya said': one capitalised word right after a closing quote or comma, before a speech verb.
  if (!isName(i + 1)) {
    const prev = tokens[i - 1]?.text ?? '';
    return (prev === '"' || prev === ',') && SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : 0;
  }
  let end = i + 2;
  if (isName(end)) end++;
  const after = tokens[end]?.lower ?? '';
  const before = tokens[i - 1]?.lower ?? '';
  return SPEECH_VERBS.has(after) || SPEECH_VERBS.has(before) ? end : 0;
}

/**
 * The words between the last named member of a list and the group that closes it ("Germany, France and several other
 * European countries", "Egypt, Qatar and other Arab states"): 'and', an optional quantifier, 'other'. The group is the
 * list's rest, coordinated with the members (a holder is every member, spec rule 8, not the group alone).
 */
export function joinsOthers(between: string): boolean {
  return /^(?:, )?and (?:several |many |some |a few |a number of |a dozen |two |three |four |five )?other$/.test(between);
}

/**
 * The teller of "X told him that he …" for the subject pronoun `p` right after "that" (discourse/teller-subject): back
 * from "that" over the addressee and a time phrase to a verb of telling, and the mention that ends right before it
 * (past auxiliaries and adverbs), its subject.
 */
function tellerSubject(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, tellers: Set<string>, skips: Set<string>, fits: (m: ActorMention) => boolean): ActorMention | undefined {
  if (p.object || p.possessive || !['he', 'she', 'it', 'they'].includes(p.pronoun ?? '')) return;
  const that = p.start - 1;
  if (tokens[that]?.lower !== 'that' || sentenceOf[that] !== p.sentence) return;
  let v = -1;
  for (let q = that - 1; q >= 0 && that - q <= 8 && sentenceOf[q] === p.sentence; q--) {
    if (tokens[q].text === ',' || tokens[q].text === ';' || tokens[q].text === '"' || tokens[q].text === '“') return;
    if (tellers.has(tokens[q].lower)) { v = q; break; }
  }
  if (v < 0) return;
  let e = v;
  while (e > 0 && sentenceOf[e - 1] === p.sentence && skips.has(tokens[e - 1].lower)) e--;
  for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) {
    const m = actors[j];
    if (m.end < e) break;
    if (m.end === e && !m.object && !m.possessive && m.inQuote === p.inQuote && fits(m)) return m;
  }
  return undefined;
}

/**
 * The subject of the verb of saying right before `p` ("it", "they", "he", "she", or "that" between them), when it is
 * the party right before the verb (past auxiliaries and adverbs) and fits the pronoun (discourse/sayer-subject):
 * "an idea Pristina has said it would accept" is Pristina, not the first party of the sentence.
 */
function sayerSubject(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, speech: Set<string>, skips: Set<string>, fits: (m: ActorMention) => boolean): ActorMention | undefined {
  if (p.object || p.possessive || !['he', 'she', 'it', 'they'].includes(p.pronoun ?? '')) return;
  let v = p.start - 1;
  if (tokens[v]?.lower === 'that') v--;
  if (v < 0 || sentenceOf[v] !== p.sentence || !speech.has(tokens[v].lower)) return;
  let e = v;
  while (e > 0 && sentenceOf[e - 1] === p.sentence && skips.has(tokens[e - 1].lower)) e--;
  for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) {
    const m = actors[j];
    if (m.end < e) break;
    if (m.end === e && !m.object && !m.possessive && m.inQuote === p.inQuote && m.kind !== 'pronoun' && fits(m)) return m;
  }
  return undefined;
}

/**
 * Whether `p` ("it"/"they" right after a verb of saying or its "that") has the verb's subject right before the verb and
 * that subject is a mention the reading left unresolved, of the pronoun's number (discourse/unresolved-sayer): then
 * the pronoun is that unresolved subject, no party named further back.
 */
function unresolvedSayer(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, speech: Set<string>, skips: Set<string>): boolean {
  if (p.object || p.possessive || (p.pronoun !== 'it' && p.pronoun !== 'they')) return false;
  let v = p.start - 1;
  if (tokens[v]?.lower === 'that') v--;
  if (v < 0 || sentenceOf[v] !== p.sentence || !speech.has(tokens[v].lower)) return false;
  let e = v;
  while (e > 0 && sentenceOf[e - 1] === p.sentence && skips.has(tokens[e - 1].lower)) e--;
  for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) {
    const m = actors[j];
    if (m.end < e) break;
    if (m.end !== e || m.object || m.possessive || m.inQuote !== p.inQuote) continue;
    if (m.codes.length || m.personLike) return false;
    return p.pronoun === 'they' ? m.plural : !m.plural;
  }
  return false;
}

export const staffPronounRule = defineRule({
  id: 'discourse/staff-pronoun', stage: 'discourse',
  reason: '"Macron\'s office said he had asked Putin to stop the strikes", "Erdogan\'s spokesman said he would host the talks": a person\'s office, spokesman or aides (\'words\') saying "he" or "she" speak of that person, the possessor, not of the person named in the sentence before.',
});

/** "X's office said he …": the person X, when a staff noun of X is the subject of the verb of saying right before the pronoun. */
function staffPronoun(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, speech: ReadonlySet<string>, staff: ReadonlySet<string>): ActorMention | undefined {
  let v = p.start - 1;
  if (tokens[v]?.lower === 'that') v--;
  if (!speech.has(tokens[v]?.lower ?? '')) return undefined;
  // The staff noun right before the verb (one or two words: "office", "press service").
  let n = v - 1;
  if (!staff.has(tokens[n]?.lower ?? '') && staff.has(`${tokens[n - 1]?.lower ?? ''} ${tokens[n]?.lower ?? ''}`)) n--;
  else if (!staff.has(tokens[n]?.lower ?? '')) return undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence === p.sentence; j--) {
    const m = actors[j];
    // (The possessor alone, "Macron's" before "office", or the whole phrase the lexicon reads as the party.)
    if (sentenceOf[m.start] === p.sentence && m.codes.length && ((m.end <= n && n - m.end <= 1 && m.possessive) || (m.end === v && m.start < n))) return m;
  }
  return undefined;
}
