// Who holds a stance. Named strategies are tried in the order of HOLDER_RULES: the first that answers
// decides (a holder, or "none" to stop looking). Word lists live in lexicon/data/rules.json.
import { PLAN_REQUIREMENT } from './plan-requirement.js';
import { compoundSpeechWord } from './compound-speaking.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { Trigger } from './triggers.js';
import { askedAboutPhrase } from './figurative.js';
import { defineRule, type RuleInfo, type TraceSink } from './rules/registry.js';
import { joinTokens, tokenWords } from '../annotate/tokenize.js';
import { lyAdverb } from '../annotate/word-classes.js';
import { wordList } from '../annotate/lexicon-index.js';
import { joinsOthers, isComitative } from '../annotate/mentions.js';
import { inFrontedClause } from '../annotate/fronted-clause-subject.js';
import { hyphenHolder, itsDocument } from './stance-nouns.js';
import { agentGroup, reducedRelativeAgent } from './agent-holder.js';
import { sentenceActors } from './sentence-actors.js';
import { linkedConditionHolder } from './linked-condition.js';
import { offerConditionHolder } from './offer-condition.js';
import { conditionAt, conditionEnd } from './condition-marks.js';
import { authoredByVerb, deliveredContents, statedByVerb } from './authored-noun.js';
import { answeredWith } from './answered-with.js';
import { documentVerb } from './document-verb.js';
import { partyAdjectiveHolder } from './party-adjective.js';
import { goalPossessor } from './goal-holder.js';
import { predicateExperiencer } from './predicate-experiencer.js';
import { purposeSubject } from './purpose-subject.js';
import { judgedDemands } from './judged-demands.js';
import { adversaryAccusation } from './adversary-accusation.js';
import { sayingParticiple } from './saying-participle.js';
import { insetSpeaker } from './inset-speaker.js';
import { reportedMeetingPair } from './reported-meeting-pair.js';
import { copulaNoun, copulaNounRule } from './copula-noun.js';
import { groupSpeaker, groupSpeakerCodes } from './group-speaker.js';
import { sourceInParty, sourceBackReferenceHolder } from '../annotate/unnamed-source.js';
import { coordinateParenthesisSpeaker } from './coordinate-speaker.js';
import { subjectBeforeQuote, subjectBeforeQuoteHolder } from './subject-before-quote.js';
import { quotedPredicateOpen } from './quoted-predicate.js';
import { seatVerbAt } from './seat-denied.js';
import { appealSayer, appealSayerHolder } from './appeal-sayer.js';

/**
 * "filed an application", "formally submitted a request": the article at `det` ("a"/"an") follows a verb of
 * making (rules.json trigger/reference-back makingVerbs, past one adverb), so the noun is its subject's new stance.
 */
export function madeByVerb(doc: Doc, det: number): boolean {
  const w = doc.tokens[det]?.lower;
  if (w !== 'a' && w !== 'an') return false;
  // ("Kosovo countered with a proposal for …": a verb of answering before "with", trigger/answered-with.)
  if (answeredWith(doc, det)) return true;
  let v = det - 1;
  // (Past the quotation mark that opens a quoted noun phrase: 'had made "a very explicit proposal"'.)
  if (/^["“”]$/.test(doc.tokens[v]?.text ?? '')) v--;
  if (/ly$/.test(doc.tokens[v]?.lower ?? '')) v--;
  if (doc.index.words('trigger/reference-back', 'makingVerbs').has(doc.tokens[v]?.lower ?? '')) return true;
  return handedBy(doc, v);
}

/**
 * A verb of handing ends at token `v` (the token before a noun phrase's determiner), right there or before its "over"
 * or its recipient: "The Ukrainian delegation handed the Russian side a written set of proposals", "handed over a list
 * of conditions", "sent Baku a set of proposals" (holder/handed-noun).
 */
function handedBy(doc: Doc, v: number): boolean {
  const verbs = doc.index.words(handedNoun.id, 'verbs');
  // (Right before the determiner only a verb that hands a paper over: "give an order to cease fire" is a light verb.)
  if (doc.index.words(handedNoun.id, 'directVerbs').has(doc.tokens[v]?.lower ?? '')) return true;
  if (doc.tokens[v]?.lower === 'over') v--;
  else {
    const recipient = (doc.actorsBySentence.get(doc.sentenceOf[v]) ?? []).find((a) => a.end === v + 1 && !a.possessive);
    if (!recipient) return false;
    v = recipient.start - 1;
    if (doc.tokens[v]?.lower === 'the') v--;
  }
  return verbs.has(doc.tokens[v]?.lower ?? '');
}

/** The determiner of the noun phrase ending at the cue (within six tokens back) follows a verb of handing (holder/handed-noun). */
function handedPhrase(doc: Doc, s: Sentence, t: Trigger): boolean {
  const dets = doc.index.words('holder/noun-needs-possessor', 'determiners');
  for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 6); j--) {
    const w = doc.tokens[j];
    if (!w.word) return false;
    if (dets.has(w.lower)) return (w.lower === 'a' || w.lower === 'an') && handedBy(doc, j - 1);
  }
  return false;
}

const handedNoun = defineRule({
  id: 'holder/handed-noun', stage: 'holder',
  reason: 'A stance noun handed to another party ("The Ukrainian delegation handed the Russian side a written set of proposals", "Baku sent Yerevan a list of conditions", "the Serbian team handed over a package of proposals") is the hander\'s: a verb of handing (rules.json \'verbs\') with its recipient or "over" before the noun phrase\'s determiner makes it, as a verb of making right before the determiner does (trigger/reference-back \'makingVerbs\'); the verb\'s subject then holds it (holder/nearest-subject).',
});

/** Appended to a trigger's rule by trigger/predicate-noun: its possessor still holds it (holder/possessor). */
export const PREDICATE_NOUN = '+predicate-noun';

export interface Holder { codes: string[]; mention: ActorMention | null; via: 'subject' | 'possessor' | 'speaker' | 'carried' | 'coordinated'; /** The holder rule that found it. */ rule?: string; /** Held through a document of this kind (a plan's content is its authors' proposal). */ document?: 'statement' | 'plan'; /** For a holder carried to later sentences: the sentence of the claim it held. */ from?: number }

export interface HolderCtx { doc: Doc; s: Sentence; t: Trigger; list: ActorMention[]; carried: Holder | null; inQuote: boolean; quoteSpeaker: ActorMention | null }
type HolderAnswer = Holder | 'none' | undefined;
export interface HolderRule extends RuleInfo { find(c: HolderCtx): HolderAnswer }

/** Actor mentions in sentence k, in order. */
export function actorsIn(doc: Doc, k: number): ActorMention[] {
  return doc.actorsBySentence.get(k) ?? [];
}

const speech = defineRule({
  id: 'speech-verbs', stage: 'holder',
  reason: 'Verbs that report speech mark the speaker of a sentence or a quote ("…," Putin said; Lavrov told reporters that …).',
});
/** (A handle, not index.words(): some sixty call sites ask for the list, many per claim or per token: speed.) */
const SPEECH_VERBS = wordList(speech.id);
export function speechVerbs(doc: Doc): Set<string> { return SPEECH_VERBS(doc.index); }

const listedGroup = defineRule({
  id: 'discourse/listed-group', stage: 'holder',
  reason: '"The leaders of Germany, France, Poland, the Nordic countries and the Netherlands issued a joint statement pledging …", "Kenya, Ethiopia, the Nordic states and Egypt called for …": a regional group ("the Nordic countries", discourse/regional-groups) named as a member of a list of parties is one more member of the coordination, not an apposition describing the state before it; its mention starts after its article, so the list\'s ", the" (or ", and the") before it joins it as a bare comma does. Only a plural group mention: "Putin, the Russian leader" is still an apposition.',
});
void listedGroup;

defineRule({
  id: 'holder/described-person', stage: 'holder',
  reason: '"British Prime Minister Keir Starmer and French President Emmanuel Macron welcomed the outcome", "Kenyan President William Ruto and Nigerian President Bola Tinubu welcomed the exchange": a party\'s role (an adjective and a role, or a description) right before a person the lexicon knows as that party\'s is one member of the subject\'s list; the parties coordinated before the role hold the verb with the person (spec rule 8: one claim per party), where the list had stopped at the role. A role and its person after a verb ("Aliyev met Turkish President Recep Tayyip Erdogan and called for …") are its object, no member.',
});

/** "Russia and Ukraine had both agreed", "Kyiv and the leaders of France …": one claim per party (spec rule 8). */
export function withCoordinated(doc: Doc, list: ActorMention[], m: ActorMention): string[] {
  // ("Armenia and Azerbaijan's joint statement": a possessive that ends a coordination is the group's,
  // discourse/joint-possessor.)
  if (m.object || (m.possessive && !m.coordinated)) return [...m.codes];
  const codes = [...m.codes];
  let cur = m;
  for (let k = list.indexOf(m) - 1; k >= 0; k--) {
    const prev = list[k];
    // "Kyiv and its European partners": the possessive pronoun belongs to the group's phrase.
    if (prev.kind === 'pronoun' && prev.end === cur.start && (prev.pronoun === 'its' || prev.pronoun === 'their')) continue;
    if (prev.object) break;
    const between = joinTokens(doc.tokens, prev.end, cur.start, true);
    // ("if Russia broke them, Kyiv would ask …": the comma that closes a condition is no list comma, holder/condition-comma.)
    if (between.startsWith(',') && closesCondition(doc, prev)) break;
    // "Putin, the Russian leader": an apposition names the same party, it does not add one.
    if (between === ',' && (cur.kind === 'description' || cur.kind === 'adjective-role' || cur.kind === 'pronoun')) break;
    // ("Turkey, along with Qatar, offered …": a party joined to the subject between commas, discourse/comitative-parties.)
    const comitative = cur.coordinated === prev && isComitative(doc.index, between);
    // ("Poland, the Nordic countries and the Netherlands": a regional group's mention starts after its article, so the
    // list's comma comes with "the", discourse/listed-group.)
    const listedGroup = cur.kind === 'group' && cur.plural && (between === ', the' || between === ', and the');
    // ("British Prime Minister Keir Starmer and French President Emmanuel Macron": the person's own role right before
    // it is one member with it, and the list goes on before the role, holder/described-person.)
    const described = between === '' && (prev.kind === 'adjective-role' || prev.kind === 'description') && cur.kind === 'person' && prev.codes.length === 1 && cur.codes.length === 1 && prev.codes[0] === cur.codes[0];
    if (comitative || listedGroup || described || between === 'and' || between === ',' || between === 'and the' || between === ', and' || between === 'and its' || between === 'and their' || /^(?:, )?and the (?:leaders|heads|governments|presidents) of$/.test(between) || joinsOthers(between)) {
      for (const c of prev.codes) if (!codes.includes(c)) codes.unshift(c);
      cur = prev;
    } else break;
  }
  // ("Together with Brazil, Beijing had proposed …": a comitative phrase that opens the sentence joins its parties to the
  // subject after its comma, discourse/fronted-comitative; not "With Brazil's backing, Beijing …", nor one inside the
  // sentence, "met with Kenya and Uganda, and proposed …".)
  const lead = frontedComitative(doc, list, cur);
  for (const c of [...lead].reverse()) if (!codes.includes(c)) codes.unshift(c);
  // … and the parties after it ("Moldova and European leaders met … and called for"): the first subject of a
  // coordination holds with every member.
  cur = m;
  for (let k = list.indexOf(m) + 1; k < list.length && list[k].coordinated === cur && !list[k].object && !list[k].possessive; k++) {
    cur = list[k];
    for (const c of cur.codes) if (!codes.includes(c)) codes.push(c);
  }
  return codes;
}

defineRule({
  id: 'holder/condition-comma', stage: 'holder',
  reason: '"Zelensky said that if Russia broke them, Kyiv would ask Washington for more sanctions", "If Baku breaks it, Yerevan will respond": a party inside an "if" or "unless" clause (its subject, or an object or pronoun read as one) stands before the comma that closes the clause, not in a list with the subject after it; the threat after the comma is the subject\'s alone, not also the party it is held over (discourse coordination, withCoordinated, stops there).',
});

/** Mention m stands inside an "if"/"unless" clause opened in its own clause, before any comma (holder/condition-comma). */
function closesCondition(doc: Doc, m: ActorMention): boolean {
  const { tokens } = doc;
  for (let k = m.start - 1; k >= 0 && m.start - k <= 12; k--) {
    const w = tokens[k].lower;
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';' || w === ':' || w === '.' || w === '"') return false;
  }
  return false;
}

const frontedComitativeRule = defineRule({
  id: 'discourse/fronted-comitative', stage: 'discourse',
  reason: '"Together with Brazil, Beijing had proposed an international peace conference", "Along with Qatar and Egypt, Turkey offered to host the talks": a comitative phrase (\'openers\') that opens the sentence and names only parties, then a comma and the subject, makes those parties co-holders of the subject\'s stance (spec rule 8), as "Turkey, along with Qatar, offered …" does. Not a companion of another kind ("With Brazil\'s backing, …": a possessive; "Together with its allies in the region, …": no party named alone), nor such a phrase inside the sentence.',
});

/** The parties of a comitative phrase that opens the sentence and ends with a comma right before `first` (discourse/fronted-comitative). */
function frontedComitative(doc: Doc, list: ActorMention[], first: ActorMention): string[] {
  const { tokens } = doc;
  if (tokens[first.start - 1]?.text !== ',') return [];
  const s = doc.sentences[doc.sentenceOf[first.start]];
  if (!s) return [];
  const openers = doc.index.words(frontedComitativeRule.id, 'openers');
  const two = `${tokens[s.tStart]?.lower ?? ''} ${tokens[s.tStart + 1]?.lower ?? ''}`;
  const from = openers.has(two) ? s.tStart + 2 : openers.has(tokens[s.tStart]?.lower ?? '') ? s.tStart + 1 : -1;
  if (from < 0) return [];
  // (Only parties between the opener and the comma, joined by commas, "and" or "the": no other words.)
  const inside = list.filter((a) => a.start >= from && a.end <= first.start - 1);
  if (!inside.length || inside.some((a) => a.possessive || a.kind === 'pronoun' || a.kind === 'document')) return [];
  let k = from;
  const codes: string[] = [];
  for (const a of inside) {
    for (; k < a.start; k++) if (tokens[k].word && tokens[k].lower !== 'and' && tokens[k].lower !== 'the') return [];
    for (const c of a.codes) if (!codes.includes(c)) codes.push(c);
    k = a.end;
  }
  return k === first.start - 1 ? codes : [];
}

/** The last colon of sentence `s` before trigger `t` (not its first token), else -1. */
function colonBefore(doc: Doc, s: Sentence, t: Trigger): number {
  for (let c = t.start - 1; c > s.tStart; c--) if (doc.tokens[c].text === ':') return c;
  return -1;
}

const positionColon = defineRule({
  id: 'holder/position-colon', stage: 'holder',
  reason: '"Baku\'s position is simple and firm: Armenia must withdraw its troops from the border villages", "Kosovo\'s reply to the mediators was clear: the sanctions must stay": a party\'s position noun, a copula and a few words of judgement before a colon make the party the speaker of what follows the colon, as a label does.',
});

/** The possessor of a position noun before the copula and the colon that precede `t` ("Baku's position is clear: …"), else null. */
function positionSpeaker(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger): ActorMention | null {
  const { tokens } = doc;
  const c = colonBefore(doc, s, t);
  if (c < 0) return null;
  const copulas = doc.index.words(positionColon.id, 'copulas');
  // Back over the judgement ("simple and firm", "unchanged") to the copula.
  let v = c - 1;
  while (v > s.tStart && c - v <= 5 && tokens[v].word && !tokens[v].cap && !copulas.has(tokens[v].lower)) v--;
  if (!copulas.has(tokens[v]?.lower ?? '')) return null;
  const nouns = doc.index.words(positionColon.id);
  for (const m of list) {
    // (A possessive pronoun resolved to a party counts: "Israel's negotiators returned from Cairo. Their position has
    // not changed: any truce must include …".)
    if (!m.possessive || !m.codes.length || m.end > v || v - m.end > 8) continue;
    let k = m.end;
    while (k < v && (tokens[k].text === "'" || tokens[k].lower === 's')) k++;
    if (nouns.has(tokens[k]?.lower ?? '')) return m;
  }
  return null;
}

const colonSpeakerRule = defineRule({
  id: 'holder/colon-speaker', stage: 'holder',
  reason: '"Peskov read them out to Reuters, almost as a shopping list: Ukraine should cease military action …", "Vucic spelled it out in parliament: Kosovo must set up the association …", "The Kremlin put its terms in public: …": a party that heads its sentence as the subject of a clause ending in a colon introduces what follows the colon, so it speaks the deontic there, as a verb of saying or a position noun before a colon does (holder/position-colon). Only a party at the head of the sentence (past a determiner), no other party as a subject before the colon, at most 16 words before it, the stance after it, and no attribution after the colon ("…, according to two people briefed on the talks", "…, officials said"), which reports the clause itself.',
});

/** The party heading the sentence as the subject of a clause that ends in a colon before `t` ("Peskov read them out: …"), else null. */
function colonSpeaker(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger): ActorMention | null {
  const { tokens } = doc;
  const c = colonBefore(doc, s, t);
  if (c < 0 || c - s.tStart > 16) return null;
  const head = list[0];
  if (!head || head.object || head.possessive || !head.codes.length || head.inQuote || head.end > c) return null;
  if (head.start !== s.tStart && !(head.start === s.tStart + 1 && tokens[s.tStart].lower === 'the')) return null;
  // (A verb of its own follows the subject: "Peskov read …", not "Kremlin aide Ushakov, 12 March:".)
  const v = tokens[head.end];
  if (!v?.word || v.cap) return null;
  if (list.some((m) => m !== head && m.start < c && !m.object && !m.possessive && m.codes.length && m.codes.join() !== head.codes.join())) return null;
  // (A clause after the colon reported on someone's word, "…: Ukraine must withdraw …, according to two people briefed
  // on the talks", "…, officials said": that attribution reports it, the rules for it decide.)
  const speech = speechVerbs(doc);
  for (let j = c + 1; j < s.tEnd; j++) if (speech.has(tokens[j].lower) || (tokens[j].lower === 'according' && tokens[j + 1]?.lower === 'to')) return null;
  // (A stance of its own before the colon, "Aliyev set out new demands for a peace treaty: Armenia must …", takes the
  // clause after the colon as its content; a quotation after the colon, "gave a clear signal: \"the allies should …\"",
  // is someone's words the quotation rules read.)
  if ((doc.cuesBySentence.get(s.index) ?? []).some((m) => m.start > head.end && m.start < c)) return null;
  if (tokens[c + 1] && /^["“]$/.test(tokens[c + 1].text)) return null;
  return head;
}

const parenthetical = defineRule({
  id: 'holder/parenthetical-speaker', stage: 'holder',
  reason: '"Armenia, he writes, should agree to the Brussels meeting immediately", "Kosovo, Borrell said on Monday, must return to the table": a party or resolved pronoun set off by commas with a verb of saying (a short time adjunct may follow) is a parenthesis inside the reported clause: it speaks the clause, and the party before it is the clause\'s subject, the one the speaker wants something of. A condition opening the sentence may stand where that party does ("If Moscow refused, Merz said, there would be a massive tightening of sanctions"): the party inside the condition is no speaker.',
});

const wentOnSpeaker = defineRule({
  id: 'holder/went-on-speaker', stage: 'holder',
  reason: '"A final settlement, Aliyev went on, would have to fix Armenia\'s renunciation of claims", "Serbia, he went on, must recognise …": a verb of going on (rules.json \'verbs\') followed by "on" and the comma that closes a parenthesis after a party or person speaks as a verb of saying does (", Aliyev said,"), so the deontic is that speaker\'s; not "the war went on, …" (no speaker set off by a comma before it), nor "went on to …".',
});

/** Whether token i is "went" of ", X went on," set off by commas (holder/went-on-speaker). */
function wentOnAt(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (tokens[i + 1]?.lower !== 'on' || tokens[i + 2]?.text !== ',' || !doc.index.words(wentOnSpeaker.id).has(tokens[i]?.lower ?? '')) return false;
  // (The speaker between the opening comma and the verb: "he", "Putin", "the minister", "Foreign Minister Lavrov".)
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    if (tokens[j].text === ',') return j < i - 1;
    if (!tokens[j].word) return false;
  }
  return false;
}

const statedFrame = defineRule({
  id: 'holder/stated-position-frame', stage: 'holder',
  reason: '"Aliyev made clear that any treaty must …", "Belgrade has made it abundantly clear that Kosovo must …", "Addis Ababa left no doubt that Eritrean troops must withdraw", "Hamas, he made plain, would have to disarm": a frame of stating a position (a verb of making with "clear"/"plain", an optional "it" and an intensifier between; a verb of leaving with "no doubt") speaks as a verb of saying does though none of its words is one; its verb stands where the verb of saying would, so its subject is the speaker of the deontic or judgement after it. Not "clear"/"plain" without the verb of making ("it is clear that …": no party speaks).',
});

/** How many tokens the frame of stating a position at token i spans ("made clear" 2, "made it abundantly clear" 4,
 * "signalled" 1), or 0 when none starts there (holder/stated-position-frame). */
function statedFrameAt(doc: Doc, i: number): number {
  const { tokens } = doc;
  const w = tokens[i]?.lower;
  if (!w) return 0;
  const words = (k: string) => doc.index.words(statedFrame.id, k);
  // (A verb of signalling alone: "Washington signalled Europe would not have a seat at the table".)
  if (words('verbs').has(w)) return 1;
  if (words('leaveVerbs').has(w)) return words('doubt').has(`${tokens[i + 1]?.lower} ${tokens[i + 2]?.lower}`) ? 3 : 0;
  if (!words('makeVerbs').has(w)) return 0;
  let j = i + 1;
  if (tokens[j]?.lower === 'it') j++;
  // (Past at most two intensifiers: "made it abundantly clear", "made it very clear once again".)
  for (let n = 0; n < 2 && words('intensifiers').has(tokens[j]?.lower ?? ''); n++) j++;
  return words('objects').has(tokens[j]?.lower ?? '') ? j + 1 - i : 0;
}

/** A verb of saying at token i, the "went" of a parenthetical ", X went on," (holder/went-on-speaker), or the verb of a
 * frame of stating a position, "made clear", "left no doubt" (holder/stated-position-frame). */
function saysAt(doc: Doc, speech: ReadonlySet<string>, i: number): boolean {
  return speech.has(doc.tokens[i]?.lower ?? '') || wentOnAt(doc, i) || statedFrameAt(doc, i) > 0;
}

/** The token after the verb of saying at i (saysAt), past the whole of a frame of stating ("made plain"). */
function afterSaying(doc: Doc, speech: ReadonlySet<string>, i: number): number {
  return speech.has(doc.tokens[i]?.lower ?? '') ? i + 1 : i + Math.max(1, statedFrameAt(doc, i));
}

/** Whether the verb of saying at `at` stands inside the clause of `m`, before any comma after it ("After Putin said …"). */
function frontedSpeech(doc: Doc, m: ActorMention, at: number): boolean {
  for (let j = m.end; j < at; j++) if (doc.tokens[j].text === ',') return false;
  return true;
}

/** A speaker in a parenthesis (", he writes,") before the stance, after the clause's first words, else null. */
function parentheticalSpeaker(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger): ActorMention | null {
  const { tokens } = doc;
  const speech = speechVerbs(doc);
  const adjunct = doc.index.words(parenthetical.id, 'adjuncts');
  for (const m of list) {
    if (m.end >= t.start || m.object || m.possessive || !m.codes.length || m.inQuote) continue;
    if (tokens[m.start - 1]?.text !== ',' || m.start - 1 <= s.tStart || !saysAt(doc, speech, m.end)) continue;
    // (The comma closes the parenthesis within a few words: ", he said on Monday,".)
    let c = afterSaying(doc, speech, m.end);
    while (c < t.start && c - m.end <= 4 && tokens[c].text !== ',' && (adjunct.has(tokens[c].lower) || tokens[c].cap)) c++;
    if (tokens[c]?.text !== ',' || c >= t.start) continue;
    // A party before the parenthesis is the clause's subject ("Armenia, he writes, …").
    if (list.some((a) => a.end === m.start - 1 && !a.object && a.codes.length)) return m;
    // So does a condition that opens the sentence and ends at the parenthesis ("If Moscow refused, Merz said, there
    // would be …", "If Baku attacks, Pashinyan said, Armenia will respond"): the party inside it is no speaker.
    if (/^(?:if|unless)$/.test(tokens[s.tStart].lower) && !tokens.slice(s.tStart, m.start - 1).some((x) => x.text === ',')) return m;
  }
  return null;
}

/** A speaker set off by commas before the stance (", he said,") that no party was found for (holder/parenthetical-speaker). */
function unresolvedParenthetical(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const speech = speechVerbs(doc);
  const adjunct = doc.index.words(parenthetical.id, 'adjuncts');
  // (The sentence's mentions only, from the first found by halving the sorted mentions: no scan of the document.)
  const all = doc.mentions.actors;
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].start < s.tStart) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < all.length && all[k].start < t.start; k++) {
    const m = all[k];
    if (m.sentence !== s.index || m.codes.length || m.end >= t.start || m.inQuote || (m.kind !== 'pronoun' && m.kind !== 'person')) continue;
    if (tokens[m.start - 1]?.text !== ',' || m.start - 1 <= s.tStart || !saysAt(doc, speech, m.end)) continue;
    let c = afterSaying(doc, speech, m.end);
    while (c < t.start && c - m.end <= 4 && tokens[c].text !== ',' && (adjunct.has(tokens[c].lower) || tokens[c].cap)) c++;
    if (tokens[c]?.text === ',' && c < t.start) return true;
  }
  return false;
}

/** The speaker of a reporting sentence: "according to X", '"…," X said', "X, who said …", "X said (that) …". */
const creditedSpeakerRule = defineRule({
  id: 'holder/credited-speaker', stage: 'holder',
  reason: '"According to a Western diplomat who attended, Egypt\'s foreign minister told the meeting that any deal should include a ceasefire", "According to a Turkish official, Aliyev said Armenia must withdraw": an "according to" phrase that opens the sentence credits the report, and the party that opens the main clause after its comma, as the subject of a verb of saying (rules.json speech-verbs) within a few words, is the speaker of what follows, not the source credited. With no such subject the credited party still speaks ("According to Baku, Armenia must …").',
});

void creditedSpeakerRule;

/** The subject of a verb of saying that opens the main clause after a credit "According to X, …", else null (holder/credited-speaker). */
function creditedSpeaker(doc: Doc, s: Sentence, list: ActorMention[], credit: ActorMention, t: Trigger): ActorMention | null {
  const { tokens } = doc;
  // (The credit opens the sentence: "According to …, Y said".)
  let b = credit.start;
  while (b > s.tStart && tokens[b - 1].lower !== 'according') b--;
  if (b - 1 !== s.tStart) return null;
  let comma = credit.end;
  while (comma < t.start && tokens[comma].text !== ',') comma++;
  if (comma >= t.start) return null;
  let open = comma + 1;
  if (['a', 'an', 'the'].includes(tokens[open]?.lower ?? '')) open++;
  const m = list.find((a) => a.start === open && a.end <= t.start && !a.object && a.codes.length > 0 && !a.inQuote);
  if (!m || m === credit) return null;
  // (A verb of saying within six words of the subject, no punctuation between: "Egypt's foreign minister Sameh Shoukry told".)
  const speech = speechVerbs(doc);
  for (let j = m.end; j < Math.min(t.start, m.end + 6); j++) {
    if (!tokens[j].word && tokens[j].text !== "'" && tokens[j].text !== '’' && tokens[j].text !== '-' && tokens[j].text !== '.') return null;
    if (saysAt(doc, speech, j)) {
      return m;
    }
  }
  return null;
}

export function speakerOf(doc: Doc, s: Sentence, all: ActorMention[], t: Trigger): ActorMention | null {
  const { tokens } = doc;
  const speech = speechVerbs(doc);
  // (A party inside an "if" or "unless" clause that closes before the stance is the one the condition supposes, never
  // its speaker: "If Eritrea says no, the sanctions will come", holder/condition-sayer.)
  const conditional = conditionBefore(doc, s, t.start);
  const list = conditional ? all.filter((m) => !insideCondition(doc, s, m, t.start)) : all;
  // ("Baku's position is simple: Armenia must …": holder/position-colon.)
  const position = positionSpeaker(doc, s, list, t);
  if (position) return position;
  // ("Peskov read them out to Reuters: Ukraine should cease …": holder/colon-speaker.)
  const colon = colonSpeaker(doc, s, list, t);
  if (colon) return colon;
  for (const m of list) {
    let b = m.start;
    if (['a', 'an', 'the', 'one'].includes(tokens[b - 1]?.lower ?? '')) b--;
    const before = joinTokens(tokens, Math.max(s.tStart, b - 2), b, true);
    if (before === 'according to') return creditedSpeaker(doc, s, list, m, t) ?? m;
    // "For the US defence secretary, a return to the old borders is unrealistic": a viewpoint heading the sentence.
    // (Past a role word the lexicon does not list: "For the U.S. secretary, …", "For the Kremlin leader, …".)
    if (tokens[b - 1]?.lower === 'for' && b - 1 === s.tStart) {
      let c = m.end;
      while (c < m.end + 2 && tokens[c]?.word && !tokens[c].cap) c++;
      if (tokens[c]?.text === ',') return m;
    }
  }
  for (const m of list) {
    if (m.start < t.end) continue;
    // (A trailing frame of stating too: "…, Putin made clear.", holder/stated-position-frame.)
    if (saysAt(doc, speech, m.end) && !m.object) return m;
  }
  // ("… and hold elections, which Baku said should take place within 100 days": a verb of saying right before the
  // modal, whose clause's subject is the relative pronoun, has its speaker right before it, holder/relative-sayer.)
  if (speech.has(tokens[t.start - 1]?.lower ?? '') && t.start - 1 > s.tStart) {
    const sayer = subjectOfVerb(doc, s, list, t.start - 1);
    if (sayer) return sayer;
  }
  // "Armenia, he writes, should agree to the meeting", "Kosovo, Borrell said, must return to the table": a speaker
  // set off by commas inside the clause before the stance speaks it (holder/parenthetical-speaker).
  const inserted = parentheticalSpeaker(doc, s, list, t);
  if (inserted) return inserted;
  // ("It was the Ukrainian side that had refused, he said, and Kyiv would first have to …": an attribution between two
  // clauses joined by "and"/"but" reports the second too, holder/coordinate-parenthesis.)
  const joined = coordinateParenthesisSpeaker(doc, s, list, t, speech, doc.index.words(parenthetical.id, 'adjuncts'));
  if (joined) return joined;
  // ("Russia, he said, must withdraw" with a "he" no party was found for: the speaker is unknown, not the subject the
  // deontic is addressed to, holder/parenthetical-speaker.)
  if (unresolvedParenthetical(doc, s, t)) return null;
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k];
    if (m.end > t.start) continue;
    const after = tokenWords(tokens, m.end, Math.min(m.end + 8, t.start), true);
    const w = after.indexOf('who');
    if (w >= 0 && speech.has(after[w + 1] ?? '')) return m;
  }
  // "Macron, who visited the White House, told Trump that peace must not …": in a reporting sentence the
  // subject is the speaker.
  // (Not the second half of a compound adjective: "the rights of Russian-speaking citizens would have to be guaranteed"
  // reports nothing, content/compound-speaking.)
  let at = -1;
  // (Not a verb of saying inside a condition that closes before the stance, "If Moscow says no, the sanctions will
  // come": holder/condition-sayer.)
  for (let j = s.tStart; j < t.start; j++) if (saysAt(doc, speech, j) && !compoundSpeechWord(doc, j) && !(conditional && insideCondition(doc, s, { start: j, end: j + 1 }, t.start))) { at = j - s.tStart; break; }
  if (at >= 0) {
    // ("Armenia must have guarantees, they said; no limits should be placed on its army": a plural speaker set off by a
    // comma before the verb of saying speaks the clauses after the attribution too, not the first clause's subject,
    // discourse/set-off-speaker-they.)
    const setOff = list.find((m) => m.end === s.tStart + at && m.end < t.start && m.codes.length > 0 && !m.inQuote && !m.object && !m.possessive
      && (m.plural || !!m.coordinated || (m.kind === 'pronoun' && m.pronoun === 'they'))
      && doc.tokens[tokens[m.start - 1]?.lower === 'the' ? m.start - 2 : m.start - 1]?.text === ',');
    if (setOff) return setOff;
    // ("Brazil's envoy, Celso Amorim, said …": a party's role noun is the speaker when no other subject is named.)
    const roles = doc.index.words('speech-verbs', 'possessedRoles');
    // ("After US envoys met Aliyev in Baku, his aide said that Armenia must …": a party inside a subordinate clause
    // fronted before the main clause is that clause's subject, not the speaker of the main one, holder/fronted-clause-speaker.)
    const fronted = (m: ActorMention) => m.end <= s.tStart + at && inFrontedClause(m, doc.mentions.actors, tokens, doc.sentenceOf, doc.index)
      && !frontedSpeech(doc, m, s.tStart + at);
    const first = list.find((m) => m.end <= s.tStart + at && !m.object && !m.possessive && !fronted(m))
      ?? list.find((m) => {
        // (A resolved possessive pronoun too: "Azerbaijan has not moved. Its negotiators told the EU that …".)
        if (m.end > s.tStart + at || !m.possessive || (m.kind === 'pronoun' && !m.codes.length)) return false;
        let k = m.end;
        while (k < m.end + 2 && (tokens[k]?.text === "'" || tokens[k]?.text === '’' || tokens[k]?.lower === 's')) k++;
        return roles.has(tokens[k]?.lower ?? '');
      });
    // ("Blinken said Netanyahu told him that Hamas must …": the teller of the clause the stance opens speaks it, not
    // the sentence's first speaker, discourse/teller-subject.)
    const teller = tellerOfClause(doc, s, list, t);
    if (teller) return teller;
    if (first) return first;
    // ("According to a summary later confirmed by the spokesman, Putin invited Trump … but stressed that any
    // settlement must …": the first speech verb is a passive's; the one that opens the stance's clause, "stressed
    // that", has the nearest party before it that is no object as its subject.)
    for (let v = t.start - 2; v > s.tStart + at; v--) {
      if (tokens[v + 1].lower !== 'that' || !speech.has(tokens[v].lower)) continue;
      for (let k = list.length - 1; k >= 0; k--) {
        const m = list[k];
        if (m.end > v || m.object || m.possessive || !m.codes.length) continue;
        return m;
      }
      break;
    }
  }
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k];
    if (m.end > t.start) continue;
    const next = tokens[m.end]?.lower;
    // ("Kyiv has repeatedly said that …" names its speaker; "The new government in Taipei has to accept …" is the
    // deontic itself, "has to" its cue: the subject it obliges, not a speaker, holder/deontic-has-to.)
    const aux = (next === 'has' || next === 'had') && tokens[m.end + 1]?.lower !== 'to' && m.end !== t.start;
    if (next && (speech.has(next) || aux) && !m.object) return m;
  }
  return null;
}

const frontedClauseSpeaker = defineRule({
  id: 'holder/fronted-clause-speaker', stage: 'holder',
  reason: '"After EU envoys met Aliyev in Baku, Azerbaijan\'s foreign minister said there could be no treaty without …", "When Blinken visited Belgrade, the Serbian foreign minister said Kosovo must …": the speaker of a deontic or predicate is the subject before the verb of saying, but not a party inside a subordinate clause fronted before the main clause (discourse/fronted-clause-subject\'s \'subordinators\', closed by a comma, with a party named after it): that party did the meeting, not the saying. Not when the verb of saying is inside the fronted clause itself ("After Putin said Ukraine must withdraw, …"). Read by speakerOf.',
});
void frontedClauseSpeaker;

const deonticHasTo = defineRule({
  id: 'holder/deontic-has-to', stage: 'holder',
  reason: 'A party right before "has" or "had" is taken as a speaker when the verb is an auxiliary of saying ("Kyiv has repeatedly said …"); not when "has to" / "had to" is the deontic itself ("The new government in Taipei has to accept that both sides belong to one China", "Eritrea has to withdraw"): that party is who is obliged, and the speaker (or the holder carried from the sentence before) wants it, as with "must" (holder/deontic-speaker).',
});
void deonticHasTo;

const relativeSayer = defineRule({
  id: 'holder/relative-sayer', stage: 'holder',
  reason: '"… a package would require Yerevan to hold elections, which Baku said should take place within 100 days", "the talks, which Pristina says must resume in Brussels": a verb of saying right before a modal has no subject of its own between them (the relative pronoun before the speaker is the modal\'s subject), so the party right before the verb (past auxiliaries and adverbs) speaks the deontic; not the subject of the main clause, whom the clause is about. Read by holder/deontic-speaker through speakerOf.',
});
void relativeSayer;

const thatClauseSubjectRule: HolderRule = defineRule({
  id: 'holder/that-clause-subject', stage: 'holder',
  reason: 'A deontic in a that-clause ("Guterres agreed that Russian troops should be completely withdrawn from the plant", "Erdogan believes that Kyiv and Moscow must talk") is wanted by the subject of the verb the clause completes, a party named right before that verb (an adverb may stand between), when no speaker of the sentence is named: not a party carried from an earlier sentence. Not a possessor ("Moscow\'s demand that …" is a noun\'s content) and not an object. After a verb of agreeing the holders accept what the clause says ("The leaders agreed that a face-to-face meeting should wait until a draft deal was ready" = ACCEPT talks each).',
  find({ doc, s, t, list, quoteSpeaker }) {
    // (Only where holder/deontic-speaker finds no speaker of the sentence: it would take a carried holder.)
    if (!t.modal || quoteSpeaker || speakerOf(doc, s, list, t)) return;
    const m = thatClauseSubject(doc, s, list, t);
    if (m) return { codes: m.codes, mention: m, via: 'speaker' };
  },
});

/**
 * The subject of a verb of telling (discourse/teller-subject's words) whose that-clause holds the stance: "Netanyahu
 * told him that Hamas must …", "Putin had assured her last week that any deal must …".
 */
function tellerOfClause(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger): ActorMention | null {
  const that = thatBefore(doc, s, t);
  if (that < 0) return null;
  const tellers = doc.index.words('discourse/teller-subject');
  let v = -1;
  for (let q = that - 1; q >= s.tStart && that - q <= 8; q--) {
    if (!doc.tokens[q].word && doc.tokens[q].text !== '-') return null;
    if (tellers.has(doc.tokens[q].lower)) { v = q; break; }
  }
  if (v < 0) return null;
  return subjectOfVerb(doc, s, list, v);
}

export const agreedWithThat = defineRule({
  id: 'holder/agreed-with-that', stage: 'holder',
  reason: '"He also said he agreed with Trump that Ukraine\'s security should be ensured", "Vucic said he agreed with Kurti that the talks should resume in Brussels": a deontic in the that-clause of a verb of agreeing (holder/that-clause-subject \'agreeVerbs\') followed by "with" and a party is what the verb\'s subject accepts, another party\'s position it endorses: ACCEPT, not a demand of its own, when that subject is the deontic\'s holder.',
});

/** "[he] agreed with Trump that …": the deontic's that-clause follows a verb of agreeing, "with" and a party, and the
 * verb's subject has the holder's codes (holder/agreed-with-that). */
export function agreedWithThatClause(doc: Doc, s: Sentence, t: Trigger, codes: string[]): boolean {
  // (The "that" at most twelve tokens back, past words and a possessive's "'s": "that Ukraine's security should …".)
  let that = -1;
  for (let j = t.start - 1; j > s.tStart && j >= t.start - 12; j--) {
    if (doc.tokens[j].lower === 'that') { that = j; break; }
    // ('that Ukraine's security "should be ensured"': the quote opening the predicate, content/quoted-predicate.)
    if (quotedPredicateOpen(doc, s, j, t.start)) continue;
    if (!doc.tokens[j].word && doc.tokens[j].text !== '-' && !/^['’]s?$/.test(doc.tokens[j].text)) return false;
  }
  if (that < 0) return false;
  const list = actorsIn(doc, s.index);
  const partner = list.find((m) => m.end === that && m.codes.length > 0);
  if (!partner) return false;
  let w = partner.start - 1;
  if (doc.tokens[w]?.lower === 'the') w--;
  if (doc.tokens[w]?.lower !== 'with') return false;
  const verb = w - 1;
  if (!doc.index.words(thatClauseSubjectRule.id, 'agreeVerbs').has(doc.tokens[verb]?.lower ?? '')) return false;
  const subject = subjectOfVerb(doc, s, list, verb);
  return !!subject && subject.codes.join() === codes.join();
}

/** The party named right before the verb at `v`, past auxiliaries and adverbs ("had also told"): its subject, or null. */
function subjectOfVerb(doc: Doc, s: Sentence, list: ActorMention[], v: number): ActorMention | null {
  const skips = doc.index.words('discourse/teller-subject', 'skips');
  let e = v;
  while (e > s.tStart && skips.has(doc.tokens[e - 1].lower)) e--;
  return list.find((m) => m.end === e && !m.object && !m.possessive && m.codes.length > 0) ?? null;
}

/** The "that" opening the deontic's clause, at most twelve words back with no punctuation between, else -1. */
function thatBefore(doc: Doc, s: Sentence, t: Trigger): number {
  for (let j = t.start - 1; j > s.tStart && j >= t.start - 12; j--) {
    if (doc.tokens[j].lower === 'that') return j;
    if (!doc.tokens[j].word && doc.tokens[j].text !== '-') return -1;
  }
  return -1;
}

/** "The leaders agreed that a meeting should wait …": a deontic its holders agreed to (holder/that-clause-subject agreeVerbs). */
export function agreedThatClause(doc: Doc, s: Sentence, t: Trigger): boolean {
  const that = thatBefore(doc, s, t);
  return that > s.tStart && doc.index.words(thatClauseSubjectRule.id, 'agreeVerbs').has(doc.tokens[that - 1].lower);
}

/** The party subject of the verb right before the "that" that opens the deontic's clause, else null. */
function thatClauseSubject(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger): ActorMention | null {
  const { tokens } = doc;
  const that = thatBefore(doc, s, t);
  if (that < 0) return null;
  // (Past a short time or place adjunct: "Lula suggested in April that …", "said at the summit that …".)
  let v = that - 1;
  const starts = doc.index.words(thatClauseSubjectRule.id, 'adjunctStarts');
  for (let j = that - 1; j >= Math.max(s.tStart + 1, that - 4); j--) {
    if (!tokens[j].word) break;
    if (starts.has(tokens[j].lower) && tokens[j - 1].word && !tokens[j - 1].cap) { v = j - 1; break; }
  }
  const adverbs = doc.index.words(thatClauseSubjectRule.id, 'adverbs');
  if (!tokens[v]?.word || tokens[v].cap) return null;
  const m = list.find((a) => (a.end === v || (a.end === v - 1 && adverbs.has(tokens[v - 1].lower))) && !a.object && !a.possessive && a.codes.length);
  return m ?? null;
}

/** Between a party subject and its "its": words only, and no other party ("Belgrade stood firm on its …"). */
function subjectBefore(doc: Doc, list: ActorMention[], a: ActorMention, its: ActorMention): boolean {
  for (let j = a.end; j < its.start; j++) if (!doc.tokens[j].word) return false;
  return !list.some((b) => b !== a && b !== its && b.start >= a.end && b.end <= its.start);
}

/** Words that open a noun phrase after "to": "to the plan" is a preposition's object, not an infinitive. */
const TO_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'any', 'every', 'all']);

/**
 * "Moscow has used that phrase for three years to refer to its demands that …", "Belgrade sent envoys to Brussels to
 * press its demand that …": a sentence-opening party subject controls a purpose infinitive, and an "its" inside that
 * infinitive's phrase (the infinitive at most three words back) is that subject's, however far the infinitive
 * stands from the subject (twelve words at most). A thing named before the "its" with no infinitive between ("criticised
 * the draft treaty over its demands") may be what "its" stands for, and stays without this reading (holder/possessor 'purpose').
 */
function purposeIts(doc: Doc, s: Sentence, a: ActorMention, its: ActorMention): boolean {
  if (a.start !== s.tStart || its.start - a.end > 12) return false;
  const { tokens } = doc;
  for (let j = its.start - 3; j < its.start - 1; j++) {
    if (j <= a.end || tokens[j].lower !== 'to') continue;
    const v = tokens[j + 1];
    if (v.word && !v.cap && !TO_OBJECT_OPENERS.has(v.lower)) return true;
  }
  return false;
}

/** Articles that open a noun phrase of their own: after them a noun cue is no longer the phrase of a party before (not 'its', 'these': 'the Russian delegation listed its/these conditions' are its own). */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'any', 'every']);

const possessor: HolderRule = defineRule({
  id: 'holder/possessor', stage: 'holder',
  reason: 'A possessor or a party adjective right before a noun cue holds it ("Putin\'s demand", "the Russian demand", "the US proposal"); a party hyphenated to the cue brokers it ("a U.S.-brokered agreement"). "its" is too often a thing to hold a proposal. Not a possessor inside a deontic\'s subject when the sentence names a speaker ("Kurti said Serbia\'s assets should remain frozen" is Kosovo\'s demand, holder/deontic-speaker).',
  find({ doc, s, t, list, carried }) {
    const { tokens } = doc;
    // A predicate ("calling Ukraine's neutrality a non-starter") is its speaker's, not a possessor's.
    // ("… is one of Baku's main demands": a stance noun as a predicate is still its possessor's.)
    if (t.object === 'before' && !t.rule.endsWith(PREDICATE_NOUN)) return;
    // ("Kurti said Serbia's assets should remain frozen": a possessor inside a deontic's subject is part of what is
    // demanded; the sentence's speaker wants it, holder/deontic-speaker.)
    if (t.modal && !t.nominal && speakerOf(doc, s, list, t)) return;
    // ("For a settlement Putin listed more. Ukraine's status would have to be neutral.": with no speaker in the sentence,
    // a deontic whose subject a possessor opens goes on with the holder carried from before, holder/possessor-deontic.)
    if (t.modal && !t.nominal && carried && possessorSubject(doc, s, list, t)) return;
    for (const m of list) {
      // "its" holds only when the party it stands for is the subject right before ("Britain renewed its offer"),
      // past a verb with its particle or adverb ("Belgrade stood firm on its demand", "Moscow held fast to its
      // call"): words only, and no other party between.
      // (Also a subject "it" that stands for the same party, "it would only return once its demands were met".)
      if (m.pronoun === 'its' && (m.end !== t.start || !list.some((a) => a.end <= m.start && (m.start - a.end <= 4 || purposeIts(doc, s, a, m)) && !a.object && !a.possessive && (a.kind !== 'pronoun' || a.pronoun === 'it') && a.codes.length > 0 && a.codes.join() === m.codes.join() && subjectBefore(doc, list, a, m)))) continue;
      if (m.end === t.start && tokens[t.start].text === '-') return { codes: m.codes, mention: m, via: 'possessor' };
      // (A party adjective with its role noun before a verb is the verb's subject: "its European backers insisted".)
      const subjectRole = m.kind === 'adjective-role' && !m.possessive && !t.nominal && m.end - m.start >= 2;
      // (Two modifiers at most between them, a hyphenated one counting once: "Kyiv's long-standing call for".)
      let modifiers = 0;
      if (m.possessive && m.end <= t.start && t.start - m.end <= 7) for (let j = m.end; j < t.start; j++) if (tokens[j].word && tokens[j].lower !== 's' && tokens[j - 1]?.text !== '-') modifiers++;
      // ("Kyiv's European backers demanded …": a possessor whose possessed noun is another party's mention, a
      // group or a patron role, holds nothing after it; that party is the subject.)
      // ("Azerbaijan's Aliyev and Turkey's Erdogan have suggested …": a person of the possessor's own party is it.)
      const ownParty = m.possessive && list.some((a) => a !== m && a.start >= m.end && a.end <= t.start && a.codes.join() !== m.codes.join());
      // ("Russian officials rejected the US plan", "Serbian officials rejected the plan for a truce": a party with its
      // role noun, no possessive, holds a noun cue only inside its own noun phrase; a determiner or another party
      // between them opens the object's phrase, whose plan is not the subject's, holder/possessor 'phrase'.)
      const otherPhrase = !m.possessive && m.end < t.start && (tokens.slice(m.end, t.start).some((x) => PHRASE_OPENERS.has(x.lower)) || list.some((a) => a !== m && a.start >= m.end && a.end <= t.start));
      if (m.end <= t.start && (t.start - m.end <= 3 || (m.possessive && modifiers <= 2 && t.start - m.end <= 7)) && (m.possessive || m.kind === 'adjective-role') && !subjectRole && !ownParty && !otherPhrase) {
        const gap = tokens.slice(m.end, t.start).map((x) => x.text).join('');
        // ("declare their autonomy and call for …": a coordination between them is no noun phrase.)
        const coordinated = tokens.slice(m.end, t.start).some((x) => x.lower === 'and' || x.lower === 'or');
        if (/^('s?)?[a-z-]*$/i.test(gap) && !coordinated && (t.nominal || m.possessive || t.start - m.end <= 2)) return { codes: withCoordinated(doc, list, m), mention: m, via: 'possessor' };
      }
      if (m.start <= t.start && t.start < m.end && m.kind !== 'document') return { codes: m.codes, mention: m, via: 'possessor' };
    }
  },
});

const possessorDeontic = defineRule({
  id: 'holder/possessor-deontic', stage: 'holder',
  reason: '"Aliyev set out his conditions. Armenia\'s constitution would have to be changed", "Vucic listed his terms. Kosovo\'s special police should leave the north": a deontic whose clause opens with a party\'s possessive and its noun says what the speaker wants of that party, as "Armenia must …" does (holder/deontic-speaker: never the subject itself); with no speaker in the sentence but a holder carried from before, holder/possessor steps aside and the carried holder holds it. With nothing carried the possessor still holds it ("Israel\'s security must be guaranteed").',
});
void possessorDeontic;

/** Whether the deontic's clause opens with a party's possessive and its noun right before the modal ("Ukraine's status would have to …"). */
function possessorSubject(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger): boolean {
  const m = list.find((a) => a.possessive && a.end <= t.start && t.start - a.end <= 4 && a.codes.length);
  if (!m) return false;
  // (The possessive opens its sentence or its clause, after a comma or "that".)
  const before = doc.tokens[m.start - 1];
  const opens = m.start === s.tStart || (before && (before.text === ',' || before.lower === 'that' || (before.lower === 'the' && m.start - 1 === s.tStart)));
  if (!opens) return false;
  for (let j = m.end; j < t.start; j++) if (!doc.tokens[j].word && doc.tokens[j].text !== "'" && doc.tokens[j].text !== '’' && doc.tokens[j].text !== '-') return false;
  return true;
}

const deonticRefusalSpeaker: HolderRule = defineRule({
  id: 'holder/deontic-refusal-speaker', stage: 'holder',
  reason: 'A deontic refusal ("must not", "should not be": the cue should-not) says what its speaker wants not to happen, as a deontic modal does (holder/deontic-speaker): "Aliyev said Armenia must not join NATO" is Azerbaijan\'s, "European leaders have insisted … that Ukraine\'s army must not be capped" the leaders\', never the clause\'s subject or a possessor inside it, whose refusal of its own step it would otherwise read as an offer. Only when the sentence names its speaker (speakerOf); with none the other rules decide as before.',
  find({ doc, s, t, list, quoteSpeaker }) {
    if (t.nominal || t.cue?.id !== 'should-not' || quoteSpeaker) return;
    const sp = speakerOf(doc, s, list, t);
    if (sp && sp.codes.length) return { codes: coordinatedSpeaker(doc, list, sp), mention: sp, via: 'speaker' };
  },
});

const documentAuthors: HolderRule = defineRule({
  id: 'holder/document-authors', stage: 'holder',
  reason: 'A plan or proposal noun whose authors the reading knows ("the China-Brazil peace initiative", "the 28-point plan drafted by Witkoff") is held by them.',
  find({ doc, t }) {
    if (!t.nominal) return;
    for (const d of doc.mentions.documents) if (d.end === t.end && d.start <= t.start && d.via === 'phrase') return { codes: [...d.authors], mention: null, via: 'possessor' };
  },
});

const documentProvision: HolderRule = defineRule({
  id: 'holder/document-provision', stage: 'holder',
  reason: 'A stance inside what a plan provides for ("Under the draft, Ukraine would not join NATO") is held by the plan\'s authors, found by candidate/document-provision; a threat by a party\'s forces ("Russian forces would capture more territory") by that party (candidate/modal).',
  find({ doc, s, t }) {
    if (!t.heldBy?.length) return;
    if (t.rule === 'modal-threat' || t.heldByParty) return { codes: [...t.heldBy], mention: null, via: 'subject' };
    return { codes: mediatorAuthors(doc, s, t.heldBy), mention: null, via: 'subject', document: 'plan' };
  },
});

const mediatorDraft = defineRule({
  id: 'holder/mediator-draft', stage: 'holder',
  reason: 'A plan drafted by a mediator together with one side ("the 28-point plan drawn up by Washington and Moscow", "drafted by the US envoy with the Kremlin\'s negotiator") is the mediator\'s proposal: its provisions (a cap on the army, a frozen line, elections) are the mediator\'s PROPOSE, not the co-drafting side\'s, whose own positions the article reports apart (annotators credit the points to the mediator alone). The plan noun itself keeps all its authors (holder/document-authors), and a plan of the two sides only, or of mediators only, keeps them all.',
});

/** The authors a plan's provision is held by: the mediators alone when a principal side co-drafted it with them (holder/mediator-draft). */
function mediatorAuthors(doc: Doc, s: Sentence, authors: string[]): string[] {
  if (authors.length < 2) return [...authors];
  // (Only authors named as the agents of drafting, "drawn up by Washington and Moscow": the parties that issued or
  // finalised a text together, "Washington and Kyiv finalised a 20-point plan", each hold its points.)
  const same = (d: { authors: string[] }) => d.authors.length === authors.length && d.authors.every((c) => authors.includes(c));
  let source: { drafted?: boolean } | undefined;
  for (const d of doc.mentions.documents) if (d.sentence <= s.index && d.kind === 'plan' && same(d)) source = d;
  if (!source?.drafted) return [...authors];
  const sides = doc.principalsAt(s.index);
  const mediators = authors.filter((c) => !sides.includes(c));
  return mediators.length && mediators.length < authors.length ? mediators : [...authors];
}

const otherwise: HolderRule = defineRule({
  id: 'holder/otherwise-party', stage: 'holder',
  reason: '"…, otherwise the United States would impose tariffs": the threat is made by the party named right after "otherwise"/"or else".',
  find({ doc, t, list }) {
    if (t.type !== 'THREATEN' || !t.cue?.phrases.includes('otherwise')) return;
    const w = joinTokens(doc.tokens, t.start, t.end, true);
    if (w !== 'otherwise' && w !== 'or else') return;
    const after = list.find((m) => m.start >= t.end && m.start - t.end <= 3);
    if (after) return { codes: after.codes, mention: after, via: 'subject' };
  },
});

// A party subject right before the cue that opens a clause joined by ", and", ", but", ", while" or ";" after `from`.
function coordinatedOwnSubject(doc: Doc, list: ActorMention[], from: number, cue: number): boolean {
  const { tokens } = doc;
  const a = list.find((x) => x.start > from && x.end === cue && x.kind !== 'document' && !x.object && !x.possessive && x.codes.length);
  if (!a) return false;
  // The subject's first word: past the parties coordinated with it ("Britain and France", "Egypt, Qatar and Turkey").
  let first = a.start;
  for (;;) {
    const prev = list.find((x) => x.end === first - 1 && x.start > from && (tokens[first - 1].lower === 'and' || tokens[first - 1].text === ','));
    if (!prev) break;
    first = prev.start;
  }
  const j = first - 1;
  if (tokens[j]?.text === ';') return true;
  return /^(?:and|but|while)$/.test(tokens[j]?.lower ?? '') && tokens[j - 1]?.text === ',';
}
defineRule({
  id: 'holder/under-document-coordinated', stage: 'holder',
  reason: '"In that declaration the coalition pledged to deploy a force, and Britain and France signed a declaration of intent to set up military hubs": a clause joined by ", and" (", but", ", while", ";") with its own party subject right before a verb cue that is no modal reports that party\'s own act; the document named at the head of the first clause does not hold it. A modal clause ("Under the plan, Serbia would reopen the crossings, and Kosovo would lift its tariffs") stays the plan\'s provision.',
});

const underDocument: HolderRule = defineRule({
  id: 'holder/under-document', stage: 'holder',
  reason: '"Under the plan, Ukraine would cede Donbas", "According to the draft, the alliance could not base troops in Ukraine": what a document provides for is its authors\' proposal, whoever the clause\'s subject is.',
  find({ doc, t, list }) {
    for (const m of list) {
      if (m.kind !== 'document' || m.start > t.start) continue;
      const b = doc.tokens[m.start - 1]?.lower ?? '';
      const b2 = `${doc.tokens[m.start - 2]?.lower ?? ''} ${b}`;
      // ("According to statements released by the Kremlin, Russia and Azerbaijan also agreed to …", "In the Russian
      // statement, Washington went further, saying it will help restore …": a statement reports what the clause's own
      // subject did or said; only a plan provides for it, holder/reported-by-statement.)
      if ((b2 === 'according to' || b === 'in') && m.document === 'statement' && list.some((a) => a.start > m.end && a.end <= t.start && a.kind !== 'document' && !a.object && !a.possessive && a.codes.length)) continue;
      // ("In that declaration the coalition pledged to deploy a force, and Britain and France signed a declaration of
      // intent to set up military hubs": a clause joined by ", and" with its own party subject right before a verb
      // cue that is no modal reports that party's own act, out of the document's reach; "Under the plan, Serbia would
      // reopen the crossings, and Kosovo would lift its tariffs" stays the plan's, holder/under-document-coordinated.)
      if ((b === 'under' || b2 === 'according to' || b === 'in') && !/(?:^|\+)modal/.test(t.rule) && coordinatedOwnSubject(doc, list, m.end, t.start)) continue;
      // ("Zelensky said some of the points in the document did not suit Ukraine, and his government repeated that any
      // plan must begin with …": "in" after a noun naming a part of a text, "the points in the document", "the
      // language in the draft", puts the document inside that noun phrase; it frames no clause, and what follows is its
      // own speakers', holder/in-document-part.)
      if (b === 'in' && inDocumentPart(doc, m.start - 1)) continue;
      if (b === 'under' || b2 === 'according to' || b === 'in') return { codes: m.codes, mention: m, via: 'subject' };
    }
  },
});

const inDocumentPartRule = defineRule({
  id: 'holder/in-document-part', stage: 'holder',
  reason: '"In the document, Ukraine would cede …", "Kyiv said that in the draft, …", "said in a statement that …": a document after "in" frames the provisions of its clause as its authors\' (holder/under-document). Not after a noun naming a part or the wording of a text (\'parts\': "points", "clauses", "language", "wording" …): "some of the points in the document did not suit Ukraine, and his government repeated that any plan must begin with …", "Kurti said the language in the draft was vague, but Kosovo must …" put the document inside that noun phrase, the subject of a judgement; the stances of the sentence are their own speakers\', not the document authors\'.',
});

/** The word before "in" at `at` names a part or the wording of a text (holder/in-document-part 'parts'). */
const inDocumentPart = (doc: Doc, at: number): boolean =>
  doc.index.words(inDocumentPartRule.id, 'parts').has(doc.tokens[at - 1]?.lower ?? '');
defineRule({
  id: 'holder/reported-by-statement', stage: 'holder',
  reason: '"According to statements released by the Kremlin, Russia and Azerbaijan also agreed to develop measures …", "According to the joint statement, both sides agreed …", "In the Russian statement, Washington went further, saying it will help restore Russia\'s access to world markets", "In the Ukrainian statement, the United States said it remained committed to …": a statement after "according to" or "in" is the report of what its clause\'s own subject did or said; that subject holds the stance (with every party coordinated with it), not the statement\'s authors, as a plan\'s provision would be (holder/under-document).',
});

const predicateSpeaker: HolderRule = defineRule({
  id: 'holder/predicate-speaker', stage: 'holder',
  reason: 'A predicate ("… would be a direct threat to Russia", "is unacceptable") states the speaker\'s view of its subject: the holder is the quote\'s or the sentence\'s speaker.',
  find({ doc, s, t, list, quoteSpeaker }) {
    if (t.object !== 'before') return;
    // "…, a prospect that Moscow has repeatedly described as unacceptable": the nearest party that speaks
    // before the predicate is its speaker.
    const speech = speechVerbs(doc);
    // "criticised the plan, calling it destructive": the predicate is the describer's, the subject of "calling".
    const describe = doc.index.words(this.id, 'describeVerbs');
    // (Sixteen tokens back: "called any Western 'military involvement' in post-war Ukraine unacceptable".)
    for (let d = t.start - 1; d >= Math.max(s.tStart, t.start - 16) && !quoteSpeaker; d--) {
      if (doc.tokens[d].text === ',' || doc.tokens[d].text === ';') break;
      if (!describe.has(doc.tokens[d].lower)) continue;
      // A participle's subject is the clause's, its first party ("Ankara greeted the Russian memorandum coolly,
      // calling its demand …"); a finite verb's is the party right before it ("a prospect Moscow has described as …").
      const subject = (a: ActorMention) => a.end <= d && !a.object && !a.possessive && a.kind !== 'adjective-role' && a.kind !== 'document' && d - a.end <= 30;
      const m = doc.tokens[d].lower.endsWith('ing') ? list.find(subject) : [...list].reverse().find(subject);
      if (m) return { codes: coordinatedSpeaker(doc, list, m), mention: m, via: 'speaker' };
      break;
    }
    for (let k = list.length - 1; k >= 0 && !quoteSpeaker; k--) {
      const m = list[k];
      if (m.end > t.start || m.object || m.possessive) continue;
      // ("The leaders of Kenya, Uganda and Tanzania said a corridor … was unacceptable": every party coordinated with the
      // speaker holds the judgement, as for a deontic, holder/coordinated-predicate-speaker.)
      // (Not across a comma and a conjunction: "would prefer not to punish Russia, but warned that …" joins a second
      // predicate of the first subject, whose object Russia is, holder/joined-predicate-object.)
      const between = doc.tokens.slice(m.end, Math.min(m.end + 4, t.start));
      const joined = between.some((x, q) => x.text === ',' && (between[q + 1]?.lower === 'but' || between[q + 1]?.lower === 'and'));
      // ("If Eritrea says no, the sanctions will come, Blinken said": a party saying something inside a condition that
      // closes before the predicate is the one warned, not the predicate's speaker, holder/condition-sayer.)
      if (!joined && between.some((x) => speech.has(x.lower)) && !insideCondition(doc, s, m, t.start)) return { codes: coordinatedSpeaker(doc, list, m), mention: m, via: 'speaker' };
    }
    // "Erdogan opened the meeting by telling both sides that a truce 'is in everyone's interest'": a speech
    // participle after "by" is said by the clause's subject, the nearest party before "by" (not the one told).
    for (let d = t.start - 1; d > Math.max(s.tStart, t.start - 16) && !quoteSpeaker; d--) {
      if (doc.tokens[d - 1].lower !== 'by' || !doc.tokens[d].lower.endsWith('ing') || !speech.has(doc.tokens[d].lower)) continue;
      const m = [...list].reverse().find((a) => a.end <= d - 1 && d - 1 - a.end <= 6 && !a.object && !a.possessive && a.kind !== 'adjective-role' && a.kind !== 'document');
      if (m) return { codes: m.codes, mention: m, via: 'speaker' };
      break;
    }
    // ("The Minister: … On Friday, President Putin said that the text could form the basis …": speech reported inside
    // a quote or an answer is its own speaker's, as for holder/deontic-speaker.)
    const inner = quoteSpeaker && reportedInside(doc, s, list, t, quoteSpeaker);
    if (inner) return { codes: inner.codes, mention: inner, via: 'speaker' };
    const sp = quoteSpeaker ?? speakerOf(doc, s, list, t);
    if (sp) return { codes: coordinatedSpeaker(doc, list, sp), mention: sp, via: 'speaker' };
  },
});

defineRule({
  id: 'holder/condition-sayer', stage: 'holder',
  reason: '"If Eritrea says no, the sanctions will come, Blinken said", "if Kosovo says yes, its troops will be legitimate targets": a party with a verb of saying inside an "if" or "unless" clause that closes before the predicate says what the condition supposes; it is the party the predicate is held over, not its speaker. holder/predicate-speaker passes over it to the sentence\'s speaker (a trailing attribution, the quote\'s speaker), and with none names nobody.',
});

/** An "if" or "unless" before `before` in `s`: only then can a mention lie inside a condition. */
function conditionBefore(doc: Doc, s: Sentence, before: number): boolean {
  for (let k = s.tStart; k < before; k++) { const w = doc.tokens[k].lower; if (w === 'if' || w === 'unless') return true; }
  return false;
}

/** `m` (a mention or a token's span) lies inside an "if"/"unless" clause of `s` that ends before `before` (holder/condition-sayer). */
function insideCondition(doc: Doc, s: Sentence, m: { start: number; end: number }, before: number): boolean {
  for (let k = m.start - 1; k >= s.tStart; k--) {
    const w = doc.tokens[k].lower;
    if (w === ';' || w === ':') return false;
    if (w !== 'if' && w !== 'unless') continue;
    const mark = conditionAt(doc, k);
    if (!mark || (mark.kind !== 'if' && mark.kind !== 'unless')) return false;
    const end = conditionEnd(doc, k + mark.length);
    return end >= m.end && end < before;
  }
  return false;
}

/** The party right before a verb of saying before `t` in its sentence, other than the quote's speaker: speech reported inside a quote. */
function reportedInside(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger, quoteSpeaker: ActorMention): ActorMention | undefined {
  const speech = speechVerbs(doc);
  // (Past an auxiliary or adverb: "Zelensky has said several times that …", "Moscow has repeatedly said …":
  // rules.json holder/deontic-speaker 'skips'.)
  const skips = doc.index.words('holder/deontic-speaker', 'skips');
  const speaks = (k: number) => {
    for (let j = k; j < Math.min(k + 3, s.tEnd); j++) {
      if (speech.has(doc.tokens[j].lower)) return true;
      if (!skips.has(doc.tokens[j].lower)) return false;
    }
    return false;
  };
  // (Not a party saying something inside a condition that closes before the stance, holder/condition-sayer.)
  return [...list].reverse().find((m) => m.end < t.start && m.start >= s.tStart && !m.object && !m.possessive && m.codes.length && speaks(m.end) && m.codes.join() !== quoteSpeaker.codes.join()
    && !insideCondition(doc, s, m, t.start));
}

const sharedPosition: HolderRule = defineRule({
  id: 'holder/shared-position', stage: 'holder',
  reason: '"Zelensky noted that Kyiv and Washington are aligned on the principle that any agreement must be approved through a referendum", "Scholz said Berlin and Paris share the view that …": a deontic in the that-clause of a frame of shared position (rules.json frames) whose subject is several parties, the speaker\'s among them, is held by each of them, not by the speaker alone.',
  find({ doc, s, t, list, quoteSpeaker }) {
    if (!t.modal) return;
    const sp = quoteSpeaker ?? speakerOf(doc, s, list, t);
    if (!sp) return;
    const that = thatBefore(doc, s, t);
    if (that < 0) return;
    const frames = doc.index.words(this.id, 'frames');
    const fillers = doc.index.words(this.id, 'fillers');
    // Back from "that" over the frame's words ("are aligned on the principle", "share the view") to its subject.
    let j = that - 1;
    let framed = false;
    while (j > s.tStart && that - j <= 6 && doc.tokens[j].word && (frames.has(doc.tokens[j].lower) || fillers.has(doc.tokens[j].lower))) { if (frames.has(doc.tokens[j].lower)) framed = true; j--; }
    if (!framed) return;
    const subject = list.find((a) => a.end === j + 1 && !a.object && !a.possessive && a.codes.length);
    if (!subject) return;
    const codes = withCoordinated(doc, list, subject);
    if (codes.length < 2 || !sp.codes.some((c) => codes.includes(c))) return;
    return { codes, mention: subject, via: 'speaker' };
  },
});

const deonticSpeaker: HolderRule = defineRule({
  id: 'holder/deontic-speaker', stage: 'holder',
  reason: 'A deontic modal ("Kyiv must withdraw") states what the speaker wants of the subject: the holder is the quote\'s or the sentence\'s speaker, else the holder carried from the previous sentence when the subject is someone else; never the subject itself. Speech reported inside a quote or an interview answer is its own speaker\'s ("Fidan: The Russian side says such a meeting must be the final stage" is Russia\'s).',
  find(ctx) {
    if (!ctx.t.modal) return;
    return speakerHolder(ctx);
  },
});

const refusedPassiveSpeaker: HolderRule = defineRule({
  id: 'holder/refused-passive-speaker', stage: 'holder',
  reason: 'A negated passive that refuses its subject ("Borders cannot be changed by force", "- Principles: international borders must not be changed by force", "the church law would not be changed under pressure") has no party for its subject to hold it: its holder is the speaker, as for a deontic (the quote\'s or the labelled turn\'s speaker, the sentence\'s, else the holder carried from the sentence before, a numbered point\'s too). Not when a party is the clause\'s subject ("Ukrainian troops will not be deployed" is that party\'s own refusal, read by the other rules), nor the "will not be allowed to" form, which holder/deontic-speaker reads.',
  find(ctx) {
    const { doc, s, t, list } = ctx;
    if (t.rule !== 'modal-not-passive' || t.modal) return;
    // (The clause's subject: no party mention before the modal in its clause but a possessor.)
    let from = s.tStart;
    for (let j = t.start - 1; j > s.tStart; j--) if (doc.tokens[j].text === ',' || doc.tokens[j].text === ':' || doc.tokens[j].lower === 'that') { from = j + 1; break; }
    if (list.some((m) => m.start >= from && m.end <= t.start && !m.possessive)) return;
    const h = speakerHolder(ctx);
    if (h === 'none') return;
    // ("Yelensky, head of the State Service, replied that the church law would not be changed": a speaker the lexicon
    // does not know says it before the clause; the holder carried from before would be another party's.)
    if (h.via === 'carried') { const speech = speechVerbs(doc); for (let j = s.tStart; j < t.start; j++) if (speech.has(doc.tokens[j].lower)) return; }
    // ("Azerbaijan rejected the Armenian proposal. Borders cannot be changed by force.": a holder carried from a noun's
    // party adjective or possessor owns that noun, it is not who goes on speaking.)
    if (h.via === 'carried' && NOUN_HOLDER_RULES.has(h.rule ?? '')) return;
    return h;
  },
});

/** Holder rules that find the owner of a noun ("the Armenian proposal", "Kyiv's plan"), not a clause's speaker. */
const NOUN_HOLDER_RULES = new Set(['holder/party-adjective', 'holder/possessor', 'holder/hyphen-party', 'holder/its-document']);

const sectionSubject: HolderRule = defineRule({
  id: 'holder/section-subject', stage: 'holder',
  reason: 'A part of a document standing as the clause\'s subject ("The second option, set out on page two of the document, would require Kyiv to stop mobilisation", "Its first scenario would see a freeze along the line", "The third section calls for …") speaks for the authors of the document named in it or in the three sentences before ("Medinsky hands over Moscow\'s memorandum."): what it requires is their proposal, not the stance of the party last carried. The part nouns are candidate/plan-parts\' sections.',
  find({ doc, s, t, list }) {
    // (What a part requires or rules out, not what it "outlines" or "sets out": "The second section outlines two
    // possible scenarios" describes the document.)
    if (t.type === 'PROPOSE') return;
    const { tokens } = doc;
    const sections = doc.index.words('candidate/plan-parts', 'sections');
    // The part noun opens the sentence, past a caption's number or a determiner and an ordinal ("4/14 The second option").
    let n = -1;
    for (let j = s.tStart, words = 0; j < t.start && words < 4; j++) {
      if (!tokens[j].word || /^\d/.test(tokens[j].text)) continue;
      words++;
      if (sections.has(tokens[j].lower)) { n = j; break; }
      if (!SECTION_LEAD.has(tokens[j].lower)) return;
    }
    if (n < 0 || t.start - n > 24) return;
    // (The stance is the clause's verb, not one inside an insert set off by commas: "The second option, set out on
    // page two, would require …" is the option's requirement; "set out" describes the option.)
    let commas = 0;
    for (let j = n + 1; j < t.start; j++) if (tokens[j].text === ',') commas++;
    if (commas % 2) return;
    // (No party is the subject of a clause between the part noun and the stance: "The second option, which Kyiv rejected, …".)
    if (list.some((m) => m.start > n && m.end <= t.start && !m.object && !m.possessive && m.kind !== 'document')) return;
    let authors: string[] | undefined;
    for (let k = doc.mentions.documents.length - 1; k >= 0 && !authors; k--) {
      const d = doc.mentions.documents[k];
      if (d.sentence <= s.index && s.index - d.sentence <= 3 && d.start < t.start && d.authors.length) authors = d.authors;
    }
    if (authors) return { codes: [...authors], mention: null, via: 'subject', document: 'plan' };
  },
});

/** Words that may precede a document part at the head of its sentence ("The second option", "Its first scenario"). */
const SECTION_LEAD = new Set(['the', 'its', 'their', 'a', 'this', 'that', 'first', 'second', 'third', 'fourth', 'fifth', 'final', 'last', 'other', 'another', 'main', 'key']);

const existentialSpeaker: HolderRule = defineRule({
  id: 'holder/existential-speaker', stage: 'holder',
  reason: 'A stance stated as an existential ("there will be no ceasefire until …", "there can be no talks while …", "but that there would be no getting Crimea back") has no party for its subject: its holder is the quote\'s or the sentence\'s speaker ("Trump wrote that Zelensky could end the war …, but that there would be no …" is Trump\'s); with no speaker named, the later rules decide (a holder carried from the sentence before); never the subject of an earlier clause ("Zelensky", "the Europeans are right to step up …, but there will be no American boots").',
  find(ctx) {
    if (ctx.doc.tokens[ctx.t.start].lower !== 'there') return;
    // ("Scholz said that there would be no ground troops, and Washington said …": the verb of saying before the
    // clause names its speaker, before any speaker after it.)
    const before = speakerBefore(ctx);
    if (before) return { codes: coordinatedSpeaker(ctx.doc, ctx.list, before), mention: before, via: 'speaker' };
    // (With no speaker named, the later rules decide: a holder carried from the sentence before, or none.)
    const h = speakerHolder(ctx);
    return h !== 'none' && h.via === 'speaker' ? h : undefined;
  },
});

/** The subject of the nearest verb of saying before the trigger in its sentence ("Scholz said that there …"), else null. */
function speakerBefore({ doc, s, t, list }: HolderCtx): ActorMention | null {
  const speech = speechVerbs(doc);
  for (let v = t.start - 1; v >= s.tStart; v--) if (speech.has(doc.tokens[v].lower)) return subjectOfVerb(doc, s, list, v);
  return null;
}

/** The quote's or the sentence's speaker, else the carried holder when the subject is someone else (holder/deontic-speaker, holder/existential-speaker). */
/**
 * A speaker's codes with the parties coordinated with it, when the mentions say it heads or ends a coordination
 * ("The leaders of Britain, France and Germany said …"); not a party before a parenthetical speaker's comma
 * ("Kosovo, Borrell said, must return …": Kosovo is the clause's subject, not a co-speaker).
 */
function coordinatedSpeaker(doc: Doc, list: ActorMention[], sp: ActorMention): string[] {
  return sp.coordinated || list.some((m) => m.coordinated === sp) ? withCoordinated(doc, list, sp) : [...sp.codes];
}

function speakerHolder({ doc, s, t, list, carried, quoteSpeaker }: HolderCtx): Holder | 'none' {
  // ("Fidan: The Russian side says such a meeting must be the final stage": speech reported inside a quote or an
  // answer is its own speaker's, the party right before its verb of saying.)
  if (quoteSpeaker) {
    const inner = reportedInside(doc, s, list, t, quoteSpeaker);
    if (inner) return { codes: inner.codes, mention: inner, via: 'speaker' };
    return { codes: quoteSpeaker.codes, mention: quoteSpeaker, via: 'speaker' };
  }
  // ("The leaders of Britain, France and Germany said that the line of contact should be the starting point": a
  // speaker that heads a coordination speaks with every member of it, holder/deontic-speaker.)
  const sp = speakerOf(doc, s, list, t);
  if (sp) return { codes: coordinatedSpeaker(doc, list, sp), mention: sp, via: 'speaker' };
  if (carried) {
    // ("Serbia and Hungary chose not to associate themselves with the document. The participants said in it that
    // …": a plural pronoun or group noun left unresolved on purpose, discourse/document-dissenters, is someone else;
    // an unresolved "he" may still be the last speaker.)
    if (sentenceActors(doc, s.index).some((m) => m.end <= t.start && !m.codes.length && m.kind === 'pronoun' && m.plural && !m.object && !m.possessive)) return 'none';
    const subject = list.find((m) => m.end <= t.start && !m.object);
    if (!subject || !subject.codes.every((c) => carried.codes.includes(c))) return { ...carried, via: 'carried' };
  }
  return 'none';
}

const trailingSpeaker: HolderRule = defineRule({
  id: 'holder/trailing-speaker', stage: 'holder',
  reason: '"The precondition for any meeting is a signed ceasefire, Turkey\'s foreign minister said", "Lasting peace is only possible if NATO\'s expansion is rolled back, Lavrov insisted": a stance with no party before it, in a clause reported by a speaker named after a comma, is the speaker\'s. Not when its subject is a group of negotiators the lexicon does not resolve (\'groupSubjects\': "The three delegations agreed to meet again, the Emirati ministry said"): nobody is found, rather than the one who reports it.',
  find({ doc, s, t, list, inQuote }) {
    if (inQuote) return;
    // No party stands before the stance in its clause (else it holds it: holder/nearest-subject).
    if (list.some((m) => m.end <= t.start && !m.object && !(m.possessive && t.start - m.end > 3))) return;
    // "… put forward by Vladimir Putin …": a passive's agent holds it (holder/passive-agent).
    if (list.some((m) => m.start >= t.end && m.start - t.end <= 4 && doc.tokens[m.start - 1]?.lower === 'by')) return;
    const speech = speechVerbs(doc);
    for (let c = t.end; c < s.tEnd; c++) {
      if (doc.tokens[c].text !== ',') continue;
      // ", Lavrov insisted", ", Turkey's foreign minister said", ", said the Kremlin spokesman".
      // The attribution closes the sentence ("…, Lavrov insisted on Tuesday."), not a new clause ("…, while Moscow …").
      if (doc.index.words(this.id, 'notAttribution').has(doc.tokens[c + 1]?.lower ?? '')) continue;
      const m = list.find((a) => a.start > c && a.start <= c + 3);
      if (!m || !m.codes.length) continue;
      // ("…, to commit to its defence, ratified by their parliaments, negotiator X said": a party after "by" is the agent
      // of a participle or passive in the clause, not the speaker; the attribution may still follow.)
      if (doc.index.words(this.id, 'agentMarks').has(doc.tokens[m.start - 1]?.lower ?? '')) continue;
      let v = -1;
      // (Past a role of three words: ", Russia's deputy foreign minister said".)
      for (let k = m.end; k < Math.min(m.end + 6, s.tEnd); k++) if (speech.has(doc.tokens[k].lower)) { v = k; break; }
      if (v < 0 && speech.has(doc.tokens[c + 1]?.lower ?? '')) v = c + 1;
      // (A longer attribution names what the speech answers: "…, Zelensky said of calls to trade land for peace".)
      // (", Vucic said, listing …": a participle after the attribution goes on with the speaker's words.)
      const participleAfter = v >= 0 && doc.tokens[v + 1]?.text === ',' && /^[a-z]+ing$/.test(doc.tokens[v + 2]?.text ?? '');
      if (v >= 0 && (s.tEnd - v <= 8 || participleAfter || askedAboutPhrase(doc, s, t) || saidAndVerb(doc, v))) {
        // ("The three delegations agreed to meet again in Abu Dhabi, the Emirati foreign ministry said": a group of
        // negotiators the lexicon does not resolve is the stance's subject; the speaker only reports it.)
        if (groupSubject(doc, s, t, doc.index.words(this.id, 'groupSubjects'), doc.index.words(this.id, 'subjectSkips'))) return 'none';
        return { codes: [...m.codes], mention: m, via: 'speaker' };
      }
    }
  },
});

/**
 * "Talks could only begin after Baku withdrew, he said, and invited the mediators to …": the attribution after the
 * comma ends with ", and" (or "and") before a verb of the speaker's own, so it closes the reported clause however
 * long the sentence runs on (holder/trailing-speaker; the verb after "and" is the speaker's: holder/coordinated-verb).
 */
function saidAndVerb(doc: Doc, v: number): boolean {
  let k = v + 1;
  if (doc.tokens[k]?.text === ',') k++;
  return doc.tokens[k]?.lower === 'and' && !!doc.tokens[k + 1]?.word && /(?:ed|[^s]s)$/.test(doc.tokens[k + 1].lower);
}

/** A plural noun of negotiators ('groupSubjects') right before the stance, past auxiliaries and adverbs ('subjectSkips'). */
function groupSubject(doc: Doc, s: Sentence, t: Trigger, groups: Set<string>, skips: Set<string>): boolean {
  let k = t.start - 1;
  while (k > s.tStart && skips.has(doc.tokens[k].lower)) k--;
  return k >= s.tStart && groups.has(doc.tokens[k].lower);
}

const accordingTo: HolderRule = defineRule({
  id: 'holder/according-to', stage: 'holder',
  reason: '"According to Pashinyan, the only solution is a full withdrawal of Azerbaijani troops", "According to him, the best option for Kosovo would be …": a sentence headed by "According to X," reports X\'s words, so a stance with no party as its subject between the comma and the stance is X\'s (a deontic\'s already is: holder/deontic-speaker). A party subject of its own keeps it ("According to Vucic, Belgrade rejected …" is Serbia\'s by holder/nearest-subject, the same here); an outlet or unnamed sources name no party.',
  find({ doc, s, t, list }) {
    const { tokens } = doc;
    if (tokens[s.tStart]?.lower !== 'according' || tokens[s.tStart + 1]?.lower !== 'to') return;
    let b = s.tStart + 2;
    if (tokens[b]?.lower === 'the') b++;
    const m = list.find((a) => (a.start === s.tStart + 2 || a.start === b) && a.codes.length && a.kind !== 'document');
    if (!m || tokens[m.end]?.text !== ',' || m.end >= t.start) return;
    // A party subject of its own between the comma and the stance holds it (the later rules find it).
    if (list.some((a) => a.start > m.end && a.end <= t.start && !a.object && !(a.possessive && t.start - a.end > 3))) return;
    return { codes: [...m.codes], mention: m, via: 'speaker' };
  },
});

/** (holder/copula-stance-noun, defined with its test in copula-noun.ts.) */
const copulaNounHolder: HolderRule = {
  ...copulaNounRule,
  find({ doc, s, t, list, carried }) {
    const found = copulaNoun(doc, s, t, list);
    if (!found) return;
    if (found.mention) return { codes: [...found.mention.codes], mention: found.mention, via: 'possessor' };
    if (carried) return { ...carried, via: 'carried' };
  },
};

const nounNeedsPossessor: HolderRule = defineRule({
  id: 'holder/noun-needs-possessor', stage: 'holder',
  reason: 'Noun cues ("plan", "framework", "conditions for") and verb cues used as nouns after a determiner ("its ceasefire proposal", "a proposal") are not a party\'s stance without a possessor.',
  find({ doc, s, t }) {
    // ("does not see this as a serious offer": the speaker's judgement, held by the speaker: holder/predicate-speaker.)
    if (t.rule.endsWith(':negated-classification')) return;
    // ("would consider no plan that did not …": a requirement on any plan, held by the verb's subject or the speaker,
    // trigger/plan-requirement.)
    if (t.rule.endsWith(PLAN_REQUIREMENT)) return;
    // ("submitted a memo to the embassy outlining proposals for a swap": what a delivered document lays out is its
    // deliverer's, holder/delivered-contents.)
    if (deliveredContents(doc, s, t)) return;
    // ("they had produced an updated peace framework": made by the subject of a verb of authoring, holder/authored-noun.)
    // ('listed further conditions for a settlement: …': stated by the subject of a verb of listing, holder/stated-noun.)
    // ("Baku sent Yerevan a list of conditions for …": handed to a recipient by the verb's subject, holder/handed-noun.)
    if (t.cue && /-noun$/.test(t.cue.id)) return authoredByVerb(doc, s, t) || statedByVerb(doc, s, t) || handedPhrase(doc, s, t) ? undefined : 'none';
    // ("The resolution demands that …": the document's verb, not a noun, holder/document-verb.)
    if (documentVerb(doc, s, t)) return;
    if (t.cue && doc.index.words(this.id).has(doc.tokens[t.start].lower)) {
      // "a proposal", "its offer", "the Turkish-brokered sea truce proposal": a determiner at the head of the
      // noun phrase, over its modifiers.
      const dets = doc.index.words(this.id, 'determiners');
      const modifiers = doc.index.words('discourse/documents', 'modifiers');
      // ("… said that Kyiv would demand an immediate ceasefire", "plans to offer": after a modal, an auxiliary or "to"
      // the cue is a verb, whatever determiner stands further back; 'verbMarkers' of this rule.)
      if (doc.index.words(this.id, 'verbMarkers').has(doc.tokens[t.start - 1]?.lower ?? '')) return;
      for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 6); j--) {
        const w = doc.tokens[j];
        if (dets.has(w.lower)) {
          // "Kyiv submitted a request for …": made by the subject of a verb of making (trigger/reference-back).
          if (madeByVerb(doc, j)) return;
          // ("Pristina has a single demand: …": a counted noun its subject has or sets, holder/authored-noun.)
          if (authoredByVerb(doc, s, t)) return;
          return 'none';
        }
        if (!(w.word || w.text === '-') || !(modifiers.has(w.lower) || w.cap || w.text === '-' || doc.issueAt.has(j) || /ed$/.test(w.lower))) {
          if (j < t.start - 2) break;
        }
      }
    }
  },
});

const quotedNounSubject: HolderRule = defineRule({
  id: 'holder/quoted-noun-subject', stage: 'holder',
  reason: '\'"Today, 26 countries have officially committed …"\': inside a quote, a plural noun subject that names no party holds the stance, so no party does.',
  find({ doc, s, t, inQuote }) {
    if (!inQuote) return;
    const aux = doc.index.words(this.id, 'auxiliaries');
    let j = t.start - 1;
    while (j >= s.tStart && aux.has(doc.tokens[j].lower)) j--;
    if (j < s.tStart) return;
    const w = doc.tokens[j];
    if (!w.word || w.cap) return;
    if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start <= j && j < a.end)) return;
    if (/s$/.test(w.lower) && !['us', 'its', 'his', 'yes'].includes(w.lower)) return 'none';
    // '"one side accepted it, the other rejected it"': a side left unnamed is no party.
    if (doc.index.words(this.id, 'unnamedSides').has(w.lower) && doc.index.words(this.id, 'unnamedSides').has(`${doc.tokens[j - 1]?.lower ?? ''} ${w.lower}`)) return 'none';
  },
});

/**
 * The "by" of a passive's agent after `t`, else -1: right after it, or past adverbs and a time between ("was rejected
 * again by Baku", "were spelled out once more by Putin", "was dismissed outright by Moscow", "was rejected on Monday by
 * Pristina", "was proposed last week by Ankara"): what stands between the participle and its agent qualifies the act,
 * the agent still holds it. The adverbs are 'afterAdverbs' of holder/passive-agent-first (any in -ly too); a time is a
 * date the annotator read there, after an optional preposition.
 */
export function agentByAt(doc: Doc, t: Trigger): number {
  const { tokens } = doc;
  if (tokens[t.end]?.lower === 'by') return t.end;
  const si = doc.sentenceOf[t.start];
  let by = -1;
  for (let k = t.end; k < Math.min(t.end + 6, tokens.length) && doc.sentenceOf[k] === si; k++) {
    if (tokens[k].lower === 'by') { by = k; break; }
    if (!tokens[k].word) return -1;
  }
  if (by < 0) return -1;
  const after = doc.index.words('holder/passive-agent-first', 'afterAdverbs');
  let k = t.end;
  while (k < by && (after.has(tokens[k].lower) || /^[a-z]{4,}ly$/.test(tokens[k].lower))) k++;
  if (k === by) return by;
  if (/^(?:on|in|at|during)$/.test(tokens[k].lower) && k + 1 < by) k++;
  const from = tokens[k].start, to = tokens[by - 1].end;
  return doc.dates(si).some((d) => d.start <= from && d.end >= to) ? by : -1;
}

/** "has been rejected by …": an auxiliary before the stance verb and "by" after it (past adverbs and a time: agentByAt). */
export function passiveWithAgent(doc: Doc, t: Trigger): boolean {
  if (agentByAt(doc, t) < 0) return false;
  // ("is still opposed by", "has been warmly welcomed by": an adverb or two between.)
  const adverbs = doc.index.words('holder/passive-agent-first', 'adverbs');
  let j = t.start - 1;
  // (Any adverb in -ly counts: "was initially proposed by", "has been formally endorsed by".)
  const adverb = (w: string) => adverbs.has(w) || /^[a-z]{4,}ly$/.test(w);
  while (j > t.start - 3 && adverb(doc.tokens[j]?.lower ?? '')) j--;
  const auxiliaries = doc.index.words('holder/passive-agent-first');
  if (auxiliaries.has(doc.tokens[j]?.lower ?? '')) return true;
  // ("Kosovo will never be recognised by Serbia", "the plan cannot be accepted by Baku": a trigger that holds its
  // own auxiliary, a modal and "be" before a participle, is passive too.)
  const last = doc.tokens[t.end - 1]?.lower ?? '';
  // ("A truce was agreed by Israel and Egypt": a cue of an auxiliary and a participle, holder/passive-agreement.)
  return t.end - t.start >= 2 && /(?:ed|en|wn)$/.test(last) && auxiliaries.has(doc.tokens[t.end - 2]?.lower ?? '');
}

/** An agreement cue that holds its own auxiliary, "was agreed", "were agreed" (cues.json agree): an agreement in the passive. */
export function passiveAgreementCue(doc: Doc, t: Trigger): boolean {
  return t.cue?.id === 'agree' && doc.index.words('holder/passive-agent-first').has(doc.tokens[t.start].lower);
}

const passiveAgreement: HolderRule = defineRule({
  id: 'holder/passive-agreement', stage: 'holder',
  reason: '"A ceasefire was agreed between Armenia and Azerbaijan", "The prisoner exchange was agreed at talks between Serbia and Kosovo", "The exchange was agreed at the trilateral talks between Ukraine, Russia and the United States": an agreement in the passive is held by the parties named after "between" in its clause (or after "by", holder/passive-agent-first), the sides that agreed it; in a meeting of more than two that includes the principal sides, by those sides, not the mediator who hosted it.',
  find({ doc, s, t, list }) {
    if (!passiveAgreementCue(doc, t)) return;
    const speech = speechVerbs(doc);
    for (let j = t.end; j < s.tEnd && j - t.end <= 10; j++) {
      const w = doc.tokens[j].lower;
      if (w === ',' || w === ';' || speech.has(w)) return;
      if (w !== 'between') continue;
      const m = list.find((a) => a.start > j && a.start <= j + 2 && a.codes.length);
      if (!m) return;
      let codes = agentGroup(list, m);
      const sides = doc.principalsAt(s.index);
      if (codes.length > 2 && codes.filter((c) => sides.includes(c)).length >= 2) codes = codes.filter((c) => sides.includes(c));
      return { codes, mention: m, via: 'subject' };
    }
  },
});

const agreedExchange: HolderRule = defineRule({
  id: 'holder/agreed-exchange', stage: 'holder',
  reason: '"An exchange of 157 for 157 was agreed in Abu Dhabi", "The largest single exchange, 1,000 for 1,000, was agreed at the first Istanbul round": a prisoner exchange reported as agreed, in the past, with no party named in its sentence, was agreed by the two sides that swap the prisoners: the principal sides of the dispute. Not an agreement still to come ("once a ceasefire is agreed", "if an exchange were agreed": \'blockers\' before it), nor one whose subject is no exchange.',
  find({ doc, s, t, list }) { return agreedExchangeSides(doc, s, t, list); },
});

/** holder/agreed-exchange: the principal sides for an agentless past agreement of an exchange, else undefined. */
function agreedExchangeSides(doc: Doc, s: Sentence, t: Trigger, list: ActorMention[]): Holder | undefined {
  const { tokens } = doc;
  // ("was agreed", "were agreed", "had/has been agreed": the cue's last word, the passive before it.)
  const a = t.end - 1;
  if (tokens[a].lower !== 'agreed') return;
  const w0 = tokens[a - 1]?.lower ?? '';
  const pastBeen = w0 === 'been' && /^(?:had|has|have)$/.test(tokens[a - 2]?.lower ?? '');
  if (w0 !== 'was' && w0 !== 'were' && !pastBeen) return;
  // (A venue is no party: "in Abu Dhabi", "at the first Istanbul round".)
  const venue = (m: ActorMention) => { const p = tokens[m.start - 1]?.lower ?? ''; return p === 'in' || p === 'at' || (p === 'the' && (tokens[m.start - 2]?.lower === 'at' || tokens[m.start - 2]?.lower === 'in')) || /^(?:first|second|third|latest|last)$/.test(p); };
  if (list.some((m) => m.codes.length && !venue(m))) return;
  const nouns = doc.index.words(agreedExchange.id, 'nouns'), blockers = doc.index.words(agreedExchange.id, 'blockers');
  let exchange = false;
  for (let j = t.start - 1; j >= s.tStart; j--) {
    const x = tokens[j].lower;
    if (blockers.has(x)) return;
    if (nouns.has(x)) exchange = true;
  }
  if (!exchange) return;
  const sides = doc.principalsAt(s.index);
  return sides.length >= 2 ? { codes: [...sides], mention: null, via: 'subject' } : undefined;
}

const passiveFirst: HolderRule = defineRule({
  id: 'holder/passive-agent-first', stage: 'holder',
  reason: '"The proposal has been rejected by Kyiv", "was welcomed by Moscow": after "been/was/were/is" a stance verb is passive and its agent after "by" holds it, not the subject before it.',
  find({ doc, t, list }) {
    if (!passiveWithAgent(doc, t)) return;
    const by = agentByAt(doc, t);
    const m = list.find((a) => a.start > by && a.start <= by + 3);
    if (m) return { codes: agentGroup(list, m), mention: m, via: 'subject' };
  },
});

const documentSubject: HolderRule = defineRule({
  id: 'holder/document-subject', stage: 'holder',
  reason: '"The Kremlin\'s memorandum lists the following demands", "Kyiv\'s peace formula includes …": a document whose authors are named in it, standing as the clause\'s subject, speaks for them.',
  find({ doc, s, t, list }) {
    // ("Analysts called the Azerbaijani memorandum an ultimatum": the document a verb of naming judges is its object,
    // never who judges it, content/referred-document.)
    if (t.rule === 'named-judgement' || t.rule === 'named-approval') return;
    for (const d of doc.mentions.documents) {
      if (d.end > t.start || d.start < s.tStart || doc.sentenceOf[d.start] !== s.index) continue;
      const lead = doc.tokens.slice(s.tStart, d.start).filter((x) => x.word).length;
      if (lead > 2) continue;
      if (list.some((m) => m.start >= d.end && m.end <= t.start && !m.object && !m.possessive)) continue;
      // ("He called the EU's plan to use frozen assets \"robbery\" and warned …": a subject before the document makes it
      // the object of that subject's verb.)
      if (list.some((m) => m.start >= s.tStart && m.end <= d.start && !m.object && !m.possessive)) continue;
      // ("Ukraine accepts US ceasefire proposal, backs …": a party before the document is the subject; the document
      // is its verb's object, and the verb after its comma is coordinated with that verb, holder/coordinated-verb.)
      if (doc.tokens[t.start - 1]?.text === ',' && d.end === t.start - 1 && list.some((m) => m.start >= s.tStart && m.end <= d.start && !m.object && !m.possessive && m.kind !== 'pronoun' && !d.authors.every((a) => m.codes.includes(a)))) continue;
      return { codes: [...d.authors], mention: null, via: 'subject', document: d.kind };
    }
  },
});

const byGerund: HolderRule = defineRule({
  id: 'holder/by-gerund', stage: 'holder',
  reason: '"The original draft surprised Ukraine and its allies by proposing that Kyiv drop …": a stance in a "by + -ing" phrase is the main clause subject\'s, not the object named before it.',
  find({ doc, s, t, list }) {
    if (doc.tokens[t.start - 1]?.lower !== 'by' || !/ing$/.test(doc.tokens[t.start].lower)) return;
    const subject = list.find((m) => m.start >= s.tStart && m.end <= t.start && !m.object && !m.possessive);
    const lead = subject ? doc.tokens.slice(s.tStart, subject.start).filter((x) => x.word).length : 99;
    // The subject is no party ("The original draft … surprised Ukraine by proposing …"): nobody we know holds it.
    if (!subject || lead > 2) return 'none';
    return { codes: withCoordinated(doc, list, subject), mention: subject, via: 'subject' };
  },
});

const reporterVerb: HolderRule = defineRule({
  id: 'holder/reporter-verb', stage: 'holder',
  reason: '"He said Russia could join talks if it left, but ruled out a freeze", "Blinken said China was considering supplying weapons and warned that …": a past stance verb joined by "and"/"but" after a clause reported by a verb of saying, whose own verb is a modal or an auxiliary (\'auxiliaries\': what the speaker says the other party could do, was doing or had), is the reporter\'s second act, held by the subject of the verb of saying, not by the reported clause\'s subject. Not when the reported clause is a plain narrative ("said Russia attacked Kharkiv and warned …" stays with holder/coordinated-verb).',
  find({ doc, s, t, list, inQuote }) {
    const { tokens } = doc;
    const joint = tokens[t.start - 1]?.lower;
    if (inQuote || (joint !== 'and' && joint !== 'but') || !/ed$/.test(tokens[t.start].lower)) return;
    const speech = speechVerbs(doc);
    const aux = doc.index.words(this.id, 'auxiliaries');
    for (let v = t.start - 2; v > s.tStart; v--) {
      if (!speech.has(tokens[v].lower)) continue;
      // (A title the lexicon knows before a name it does not: "Secretary of State Antony Blinken said …".)
      const reporter = subjectOfVerb(doc, s, list, v) ?? list.find((m) => m.end < v && m.codes.length > 0 && !m.object && !m.possessive && tokens.slice(m.end, v).every((x) => x.cap && x.word));
      if (!reporter) return;
      // The reported clause: "(that) <party> <auxiliary> …", its subject a party (the reporter's own too: "Blinken said Washington had information that China …").
      let k = v + 1;
      if (tokens[k]?.lower === 'that') k++;
      const sub = list.find((m) => m.start === k && !m.possessive && m.codes.length > 0);
      // (Or a party's thing as the subject, "France said Armenia's army should be capped at 50,000 and proposed an EU
      // mission": a possessive party and up to three words of its noun, then the auxiliary, holder/reporter-thing.)
      const thing = !sub ? possessedSubjectEnd(doc, list, k, s.tEnd) : -1;
      const subEnd = sub ? sub.end : thing;
      if (subEnd < 0 || !aux.has(tokens[subEnd]?.lower ?? '')) return;
      // (Nothing between that opens another clause: the "and"/"but" joins the two verbs of the reporter.)
      for (let j = subEnd; j < t.start - 1; j++) if (speech.has(tokens[j].lower) || tokens[j].text === ';') return;
      return { codes: withCoordinated(doc, list, reporter), mention: reporter, via: 'subject' };
    }
  },
});

export const reporterThing = defineRule({
  id: 'holder/reporter-thing', stage: 'holder',
  reason: 'holder/reporter-verb\'s reported clause may have a party\'s thing as its subject, not the party: "France said Armenia\'s army should be capped at 50,000 troops and proposed an EU mission", "Kenya said Ethiopia\'s troops must leave Badme and offered to host talks": a possessive party and at most three words of its noun, then the auxiliary. The past verb after "and" is still the reporter\'s, not the thing\'s.',
});

/** From `k`, a possessive party ("Armenia's"), then one to three lower-case
 * words of its noun: the token after them (the auxiliary's place), else -1 (holder/reporter-thing). */
function possessedSubjectEnd(doc: Doc, list: ActorMention[], k: number, end: number): number {
  const { tokens } = doc;
  const owner = list.find((m) => m.start === k && m.codes.length > 0 && m.possessive);
  if (!owner) return -1;
  // (The possessive's "'s" may be a token of its own.)
  const from = /^['’]s?$/.test(tokens[owner.end]?.text ?? '') ? owner.end + 1 : owner.end;
  let j = from;
  while (j < end && j - from < 3 && tokens[j].word && !tokens[j].cap && !doc.index.words(reporterVerb.id, 'auxiliaries').has(tokens[j].lower)) j++;
  return j > from ? j : -1;
}

const coordinatedVerb: HolderRule = defineRule({
  id: 'holder/coordinated-verb', stage: 'holder',
  reason: '"Orban visited Kyiv, where he met Zelensky and suggested a ceasefire": a stance verb coordinated with an earlier verb ("… and suggested", or a finite verb after a stance noun and a comma: "Armenia accepts the EU proposal, backs talks") shares that verb\'s subject, the first party of the clause (past a fronted participle\'s phrase: "Speaking alongside the NATO chief, Trump said … and pledged …"), not the object named just before it. A verb of saying after a that-clause whose subject is a document ("Aliyev said that the plan could be a basis, and warned …") shares the reporting verb\'s subject: a document does not speak.',
  find({ doc, s, t, list, inQuote }) {
    // ("Ukraine accepts the US ceasefire proposal, backs immediate talks": a finite verb after a stance noun and a
    // comma is coordinated as after "and", trigger/accepted-object.)
    const asyndetic = doc.tokens[t.start - 1]?.text === ',' && doc.index.words('trigger/accepted-object').has(doc.tokens[t.start - 2]?.lower ?? '') && /(?:[^s]s|ed)$/.test(doc.tokens[t.start].lower);
    // ("… that a truce would only let Kyiv rearm, and has demanded that …": an auxiliary, or one adverb, may stand
    // between "and" and the verb; 'andAuxiliaries' of this rule.)
    let and = t.start - 1;
    const andAux = doc.index.words(this.id, 'andAuxiliaries');
    for (let n = 0; n < 2 && and > s.tStart && andAux.has(doc.tokens[and]?.lower ?? ''); n++) and--;
    // (Without a comma, not past a verb of saying: "Kosovo said Serbia had broken the ceasefire and had refused to …"
    // goes on in the reported clause, whose subject holds the verb, holder/nearest-subject; "Washington has offered
    // guarantees and has floated an economic zone" is the main subject's.)
    const reported = () => { for (let j = s.tStart; j < and; j++) if (speechVerbs(doc).has(doc.tokens[j].lower)) return true; return false; };
    if (doc.tokens[and]?.lower !== 'and' || (and < t.start - 1 && doc.tokens[and - 1]?.text !== ',' && reported())) and = t.start - 1;
    if (doc.tokens[and]?.lower !== 'and' && !asyndetic) return;
    // ("Talks could only begin after Baku withdrew, he said, and invited the mediators to …": after a speaker set off
    // by commas, the verb joined by "and" is the speaker's, not the reported clause's subject's.)
    const said = parentheticalSaid(doc, list, t, inQuote);
    if (said) return { codes: withCoordinated(doc, list, said), mention: said, via: 'subject' };
    const breaks = doc.index.words(this.id, 'clauseStarts');
    let from = s.tStart;
    for (let j = and - 1; j > s.tStart; j--) if (breaks.has(doc.tokens[j].lower)) { from = j; break; }
    // ("the leaders of Kenya and Egypt demanded that Eritrea agree to a truce, and warned of sanctions": a that-clause
    // after a verb of saying or demanding closes at ", and"; the verb after it is the main clause's subject's.)
    if (from > s.tStart && doc.tokens[from].lower === 'that' && doc.tokens[and - 1]?.text === ',') {
      const verb = doc.tokens[from - 1]?.lower ?? '';
      if (speechVerbs(doc).has(verb) || doc.index.words(this.id, 'thatVerbs').has(verb)) {
        const that = from;
        from = s.tStart;
        for (let j = that - 2; j > s.tStart; j--) if (breaks.has(doc.tokens[j].lower)) { from = j; break; }
      }
    }
    // ("Speaking alongside NATO Secretary-General Mark Rutte, Trump said … and pledged …": a fronted participle's
    // phrase ends at its comma; the parties in it are its objects, not the clause's subject.)
    if (from === s.tStart && /^[A-Z][a-z]+ing$/.test(doc.tokens[s.tStart].text)) {
      for (let j = s.tStart + 1; j < and; j++) if (doc.tokens[j].text === ',') { from = j + 1; break; }
    }
    let subject = list.find((m) => m.start >= from && m.end < and && !m.object && !m.possessive && m.inQuote === inQuote);
    // ("Aliyev told his council that the plan could be a basis, and warned that his forces would take more land": a
    // document does not speak; a verb of saying coordinated after a that-clause whose subject is a document shares
    // the subject of the verb that reported the clause, before "that".)
    if (subject?.document && doc.tokens[from]?.lower === 'that' && speechVerbs(doc).has(doc.tokens[t.start].lower)) {
      let from2 = s.tStart;
      for (let j = from - 1; j > s.tStart; j--) if (breaks.has(doc.tokens[j].lower)) { from2 = j; break; }
      const reporter = list.find((m) => m.start >= from2 && m.end <= from && !m.object && !m.possessive && !m.document && m.codes.length && m.inQuote === inQuote);
      if (reporter) return { codes: withCoordinated(doc, list.filter((m) => m.start >= from2 && m.end <= from), reporter), mention: reporter, via: 'subject' };
    }
    // Only when a verb stands between the subject and "and": "Russia and Ukraine agreed" is a coordinated subject.
    if (!subject || subject.end >= and - 1) return;
    // "the US allies in Europe should declare their autonomy and call for a ceasefire": a verb coordinated under
    // a deontic is what the speaker wants of the subject, not the subject's stance.
    const deontic = doc.index.words(this.id, 'deontics');
    for (let j = subject.end; j < and; j++) if (deontic.has(doc.tokens[j].lower)) return 'none';
    // (Nothing before the clause's start joins the subject: "… alongside the EU's chief, Vucic said …".)
    return { codes: withCoordinated(doc, from > s.tStart ? list.filter((m) => m.start >= from) : list, subject), mention: subject, via: 'subject' };
  },
});

/** ", M said, and VERB": the party or pronoun M set off by commas before a verb of saying right before ", and". */
function parentheticalSaid(doc: Doc, list: ActorMention[], t: Trigger, inQuote: boolean): ActorMention | undefined {
  const { tokens } = doc;
  if (tokens[t.start - 1]?.lower !== 'and' || tokens[t.start - 2]?.text !== ',') return;
  const v = t.start - 3;
  if (!speechVerbs(doc).has(tokens[v]?.lower ?? '')) return;
  const m = list.find((a) => a.end === v && a.codes.length && a.inQuote === inQuote);
  return m && tokens[m.start - 1]?.text === ',' ? m : undefined;
}

const withGerundSubject: HolderRule = defineRule({
  id: 'holder/with-gerund-subject', stage: 'holder',
  reason: '"Talks in Doha ended with both delegations agreeing to swap detainees", "with Armenia and Azerbaijan pledging to …": after "with", the parties right before a gerund stance are its subject, not an object (one claim per party).',
  find({ doc, t, list, inQuote }) {
    // (A gerund with an object: "with US backing." is a noun.)
    if (!/ing$/.test(doc.tokens[t.start].lower) || !doc.tokens[t.end]?.word) return;
    const m = list.find((a) => a.end === t.start && a.object && a.codes.length && a.inQuote === inQuote);
    if (!m) return;
    // The coordination's first party follows "with" (after a determiner or "both").
    let first = m;
    for (let k = list.indexOf(m) - 1; k >= 0 && list[k + 1].coordinated === list[k]; k--) first = list[k];
    let b = first.start - 1;
    if (doc.index.words(this.id, 'skips').has(doc.tokens[b]?.lower ?? '')) b--;
    if (doc.tokens[b]?.lower !== 'with') return;
    const codes: string[] = [];
    for (let c: ActorMention | undefined = m; c; c = c.coordinated) codes.unshift(...c.codes.filter((x) => !codes.includes(x)));
    return { codes, mention: m, via: 'subject' };
  },
});

const relativeWho: HolderRule = defineRule({
  id: 'holder/relative-who', stage: 'holder',
  reason: '"They held a call with Trump, who supports a swift peace process", "Erdogan, who has offered to host talks": a stance in a "who" clause is held by the party the clause describes, even when that party is an object of the main clause.',
  find({ doc, s, t, list }) {
    let j = t.start - 1;
    while (j >= s.tStart && t.start - j <= 4 && doc.tokens[j].word && !RELATIVES.has(doc.tokens[j].lower)) j--;
    if (j < s.tStart || !RELATIVES.has(doc.tokens[j].lower)) {
      // ("Kurti met Vucic, who agreed to a prisoner swap but rejected talks": a verb coordinated inside the "who"
      // clause is the antecedent's too, holder/relative-coordinated.)
      const m = coordinatedInWho(doc, s, t, list);
      if (m) return { codes: [...m.codes], mention: m, via: 'subject' };
      return;
    }
    const rel = doc.tokens[j].lower;
    const before = doc.tokens[j - 1]?.text === ',' ? j - 1 : j;
    // (A party's "which" clause is left to the other rules: "its votes at the UN General Assembly, which called on
    // Russia to withdraw" describes the votes, not the Assembly.)
    const m = rel === 'who' ? list.find((a) => a.end === before && a.codes.length && !a.possessive) : undefined;
    if (m) return { codes: [...m.codes], mention: m, via: 'subject' };
    // "grateful to the partners who are ready to provide guarantees", "once the states which support the peace
    // formula have agreed": a clause describing a group noun that names no party is held by no one named
    // (holder/relative-group), not by the sentence's subject. (Not the verb of the same spelling: "It states that
    // Ukraine will …", "Russia states that …".)
    if (before === j && doc.index.words(relativeGroup.id).has(doc.tokens[j - 1]?.lower ?? '') && !list.some((a) => a.end === j && a.codes.length) && groupNounAt(doc, j - 1)) return 'none';
  },
});
/** Words that open a relative clause a stance may stand in. */
const RELATIVES = new Set(['who', 'which', 'that']);

const relativeCoordinated = defineRule({
  id: 'holder/relative-coordinated', stage: 'holder',
  reason: '"Kurti met Vucic, who agreed to a prisoner swap but rejected talks on the border", "… Pashinyan, who backed the truce and ruled out any withdrawal": a verb joined by "and"/"but" to the verb of a "who" clause shares that clause\'s subject, the party the clause describes, not the main clause\'s subject. Only inside the clause: no comma between "who" and the coordinator (", who backed the truce, and ruled out …" goes back to the main clause), and no party of its own as a new subject before the verb ("who backed the truce but Baku ruled out …"). Words: rules.json \'coordinators\', \'stops\' (words that open another clause).',
});

/** How many tokens a "who" clause may run before the coordinated stance (holder/relative-coordinated). */
const WHO_REACH = 30;

/** The party a "who" clause describes, when stance t is a verb coordinated inside that clause (holder/relative-coordinated). */
function coordinatedInWho(doc: Doc, s: Sentence, t: Trigger, list: ActorMention[]): ActorMention | undefined {
  const { tokens } = doc;
  const w = (l: string) => doc.index.words(relativeCoordinated.id, l);
  if (!w('coordinators').has(tokens[t.start - 1]?.lower ?? '')) return;
  const stops = w('stops');
  let who = -1;
  for (let j = t.start - 2; j >= s.tStart && t.start - j <= WHO_REACH; j--) {
    const x = tokens[j];
    if (x.lower === 'who') { who = j; break; }
    if (x.text === ',' || x.text === '"' || stops.has(x.lower)) return;
  }
  if (who < 0) return;
  const inQuote = doc.mentions.inQuote[t.start];
  // (A party of its own as the subject of the coordinated verb: "who backed the truce but Baku ruled out …".)
  for (const a of list) if (a.start > who && a.end <= t.start && !a.object && !a.possessive && doc.mentions.inQuote[a.start] === inQuote) return;
  const before = tokens[who - 1]?.text === ',' ? who - 1 : who;
  return list.find((a) => a.end === before && a.codes.length > 0 && !a.possessive);
}
/** The group noun at k is a noun, not the verb of the same spelling ("It states that …", "The memorandum states
 * that …"): a determiner, a modifier of rules.json 'modifiers', a capitalised adjective ("Western partners") or a
 * possessive ("Ukraine's partners") stands before it. */
function groupNounAt(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  if (!prev || doc.sentenceOf[k - 1] !== doc.sentenceOf[k]) return false;
  // ("Germany, Finland and Canada were among the countries that would finance the deliveries": the parties named
  // are the group, the holders found by the other rules.)
  if (doc.tokens[k - 2]?.lower === 'among' || (prev.lower === 'among')) return false;
  if (doc.index.words(relativeGroup.id, 'modifiers').has(prev.lower)) return true;
  if (prev.lower === 's' && doc.tokens[k - 2]?.text === "'") return true;
  return prev.cap && prev.word && doc.sentenceOf[k - 2] === doc.sentenceOf[k];
}
const relativeGroup = defineRule({
  id: 'holder/relative-group', stage: 'holder',
  reason: '"We are grateful to the partners who are ready to provide guarantees", "once the states which support the peace formula have agreed a common plan", "the countries that refuse to recognise Kosovo": a stance in a relative clause right after a plural noun of parties that names none (rules.json \'words\', after a determiner or modifier, \'modifiers\', so not the verb of "It states that") describes those unnamed parties; nobody named holds it, not the sentence\'s subject.',
});

const reportedRefusal: HolderRule = defineRule({
  id: 'holder/reported-refusal', stage: 'holder',
  reason: '"Stoltenberg said Georgia would not be joining NATO this year", "Erdogan wrote that Armenia would not be getting the corridor": a negated modal before a verb of receiving (rules.json \'verbs\': join, get, regain …) whose subject is another party than the sentence\'s speaker is the speaker ruling it out (REJECT, set in extract.ts), not the subject\'s concession; the subject\'s own party saying it ("Pashinyan said Armenia would not be joining NATO") keeps the concession (spec rule 7).',
  find({ doc, s, t, list, inQuote }) {
    if (inQuote || !/(?:^|\+)modal/.test(t.rule) || (t.type !== 'OFFER' && t.type !== 'REJECT')) return;
    let negated = false;
    for (let k = t.start; k < t.end; k++) if (doc.tokens[k].lower === 'not' || doc.tokens[k].lower === 'never' || doc.tokens[k].lower === 't') negated = true;
    if (!negated) return;
    // (Or a place at the talks: "Stoltenberg said Georgia would not have a seat at the table", claim/seat-denied.)
    if (!doc.index.words(this.id).has(doc.tokens[t.end - 1].lower) && !seatVerbAt(doc, t.end - 1)) return;
    // The modal's subject: the party right before it, or the first party of a clause it continues after "and".
    let j = t.start - 1;
    if (doc.tokens[j]?.lower === 'and') j--;
    const subject = list.find((a) => a.end === j + 1 && !a.object && !a.possessive && a.codes.length)
      ?? (doc.tokens[t.start - 1]?.lower === 'and' ? list.find((a) => a.end <= j && !a.object && !a.possessive && a.codes.length && !a.inQuote && doc.tokens[a.end]?.lower === 'would') : undefined);
    if (!subject) return;
    const sp = speakerOf(doc, s, list, t) ?? thatClauseSubject(doc, s, list, t);
    if (!sp || sp === subject || sp.inQuote || !sp.codes.length || sp.codes.some((c) => subject.codes.includes(c))) return;
    return { codes: [...sp.codes], mention: sp, via: 'speaker' };
  },
});

const relativeWhichDocument: HolderRule = defineRule({
  id: 'holder/relative-which-document', stage: 'holder',
  reason: '"Pristina has not replied to the Serbian memorandum handed over in June, which sets out the conditions for a ceasefire", "the plan drafted by Baku, which calls for …": a stance in a ", which" clause right after a document whose authors are known is the document\'s, held by its authors, not by a party named earlier in the sentence.',
  find({ doc, s, t, list }) {
    const { tokens } = doc;
    let j = t.start - 1;
    while (j > s.tStart && t.start - j <= 3 && tokens[j].word && tokens[j].lower !== 'which') j--;
    if (tokens[j]?.lower !== 'which' || tokens[j - 1]?.text !== ',') return;
    // ("a plan …, which Moscow swiftly rejected": "which" is the object of a party's own verb, which that party holds.)
    if (list.some((m) => m.start > j && m.end <= t.start)) return;
    const comma = j - 1;
    // The document ends at the comma or a short participle phrase before it ("handed over in June", "drafted by Baku").
    for (const d of doc.mentions.documents) {
      if (doc.sentenceOf[d.start] !== s.index || d.end > comma || comma - d.end > 5 || !d.authors.length) continue;
      let words = true;
      for (let k = d.end; k < comma; k++) if (!tokens[k].word) words = false;
      // (Past a party other than the authors: "the memorandum that Yerevan rejected, which …" is no participle phrase.)
      if (!words || list.some((m) => m.start >= d.end && m.end <= comma && !m.codes.every((c) => d.authors.includes(c)))) continue;
      return { codes: [...d.authors], mention: null, via: 'subject', document: d.kind };
    }
  },
});

const relativeArrangement: HolderRule = defineRule({
  id: 'holder/relative-arrangement', stage: 'holder',
  reason: '"EU negotiators floated a zone from which Serbian troops would withdraw", "the 1994 draft, under which the Security Council members would act as guarantors", "the provision under which Armenia would withdraw from the villages was not agreed": an offer whose subject opens a relative clause after a preposition and "which" (rules.json \'prepositions\') describes what an arrangement provides for, not the subject\'s own offer. It is the proposal of the arrangement\'s authors when the reading knows them, else of the party that puts it forward in the main clause; with neither, no one\'s. Parties that say inside the clause that they themselves would act ("the declaration signed by Starmer and Macron, under which London and Paris said they would deploy forces") offer it, as any speaker does.',
  find({ doc, s, t, list, inQuote }) {
    if (inQuote || t.type !== 'OFFER' || !/(?:^|\+)modal/.test(t.rule)) return;
    const { tokens } = doc;
    // "which" a few words before the modal, only words between ("from which Serbian troops would withdraw").
    let w = t.start - 1;
    // (Past an apposition set off by commas: "under which the permanent members, including China, would act …".)
    while (w > s.tStart && t.start - w <= 16 && (tokens[w].word || tokens[w].text === ',') && tokens[w].lower !== 'which') w--;
    if (tokens[w]?.lower !== 'which' || !doc.index.words(this.id, 'prepositions').has(tokens[w - 1]?.lower ?? '')) return;
    const prep = w - 1;
    const inner = list.filter((m) => m.start > w && m.end <= t.start);
    const subject = { codes: inner.flatMap((m) => m.codes) };
    // ("the declaration signed by Starmer and Macron, under which London and Paris said they would deploy forces":
    // parties that say inside the clause that they themselves would act offer it, as any speaker does; the
    // ordinary rules read it, holder/relative-arrangement 'speakers'.)
    const speech = speechVerbs(doc);
    for (let v = w + 1; v < t.start; v++) {
      if (!speech.has(tokens[v].lower)) continue;
      const speaker = [...inner].reverse().find((m) => m.end <= v && !m.object && !m.possessive && m.codes.length);
      const own = inner.find((m) => m.start > v && !m.object && !m.possessive && m.codes.length);
      if (speaker && own && own.codes.every((c) => withCoordinated(doc, list, speaker).includes(c))) return;
      break;
    }
    // ("Britain and France signed a declaration of intent under which the two countries would set up military hubs",
    // "the leaders signed an agreement under which Serbia would reopen the crossings": what a signed text says its
    // own parties would do is their commitment, as "signed a declaration of intent to …" is; the party named as the
    // clause's subject offers it, the ordinary rules read it, holder/relative-arrangement 'signing'. Not a text
    // drafted, floated or proposed: that is still its authors' proposal.)
    const signing = doc.index.words(this.id, 'signing');
    for (let k = prep - 1; k >= Math.max(s.tStart, prep - 8); k--) {
      if (tokens[k].text === ',' || tokens[k].text === ';') break;
      if (!signing.has(tokens[k].lower)) continue;
      if (inner.some((m) => m.start === w + 1 || (m.start === w + 2 && tokens[w + 1].lower === 'the')) && inner.every((m) => !m.object && !m.possessive && m.codes.length)) return;
      break;
    }
    // The antecedent: a document whose authors are known ("the draft agreed in Istanbul, under which …", past a comma).
    const head = tokens[prep - 1]?.text === ',' ? prep - 1 : prep;
    const d = list.find((m) => m.kind === 'document' && m.codes.length && (m.end === head || (m.end < head && head - m.end <= 6 && !list.some((a) => a.start >= m.end && a.end <= head))));
    if (d) return subject.codes.some((c) => d.codes.includes(c)) ? undefined : { codes: [...d.codes], mention: null, via: 'subject', document: 'plan' };
    // Else the party that puts the arrangement forward: the main clause's subject before it.
    // (Not a party inside a relative clause on a noun: "turning the part of Donetsk that Ukraine still holds into a
    // zone from which …"; a "that" after a speech verb opens the speaker's clause, whose subject it is.)
    const relative = (m: ActorMention) => /^(?:that|which|whom)$/.test(tokens[m.start - 1]?.lower ?? '') && !speechVerbs(doc).has(tokens[m.start - 2]?.lower ?? '');
    const main = [...list].reverse().find((m) => m.end <= head && !m.object && !m.possessive && !m.inQuote && m.kind !== 'document' && m.codes.length && !inClosedRelative(doc, s, m, t) && !relative(m));
    // (The arrangement's own parties as its subject, "signed a declaration under which their countries would …",
    // offer for themselves: the ordinary rules read it.)
    const codes = main ? withCoordinated(doc, list, main) : [];
    if (main) return subject.codes.some((c) => codes.includes(c)) ? undefined : { codes, mention: main, via: 'subject', document: 'plan' };
    return 'none';
  },
});

const speechParticiple: HolderRule = defineRule({
  id: 'holder/speech-participle', stage: 'holder',
  reason: '"Aliyev said the French guarantees were dangerous, warning that they would make the region less safe", "Netanyahu said the Qatari plan had failed, insisting that …": a stance cue that is a participle of a speech act (rules.json \'words\': warning, insisting, demanding …) after a comma continues the reporting clause, so the speaker of that clause holds it, not a party named inside the clause the speaker reported (a modifier, "the French guarantees", is no subject of the participle).',
  find({ doc, s, t, list, inQuote }) {
    const { tokens } = doc;
    if (inQuote || tokens[t.start - 1]?.text !== ',' || !doc.index.words(this.id).has(tokens[t.start].lower)) return;
    const comma = t.start - 1;
    const speech = speechVerbs(doc);
    let v = -1;
    for (let k = s.tStart; k < comma; k++) if (speech.has(tokens[k].lower)) { v = k; break; }
    // (Or the clause's own stance verb: "the leaders of France and Poland demanded that Russia accept a truce, warning
    // of massive sanctions if it did not", holder/stance-participle.)
    if (v < 0) for (const c of doc.cuesBySentence.get(s.index) ?? []) if (c.start < comma && c.start > s.tStart && (v < 0 || c.start < v) && !doc.mentions.inQuote[c.start]) v = c.start;
    if (v < 0) return;
    // The speaker: a party before the speech verb, close to it, that is its subject.
    // (Past a phrase set off by commas: "the leaders of Britain and Poland, standing with Zelensky in Kyiv, demanded …".)
    const subjectOf = (at: number) => [...list].reverse().find((m) => m.end <= at && (at - m.end <= 6 || (at - m.end <= 12 && tokens[m.end]?.text === ',' && tokens[at - 1]?.text === ',')) && !m.object && !m.possessive && !m.inQuote && m.codes.length);
    let speaker = subjectOf(v);
    // ("Putin proposed talks, hours after the leaders of Britain and Poland had visited Kyiv and demanded a ceasefire,
    // threatening massive sanctions if Moscow refused": the participle continues the nearest stance verb before its
    // comma, the one in its own clause, when that verb has a party for its subject, holder/stance-participle.)
    let nearest = -1;
    for (const c of doc.cuesBySentence.get(s.index) ?? []) if (c.start > v && c.end <= comma && c.start > nearest && !doc.mentions.inQuote[c.start] && !tokens.slice(c.end, comma).some((x) => x.text === ',' || x.text === ';')) nearest = c.start;
    const nearestSpeaker = nearest >= 0 ? subjectOf(nearest) : undefined;
    // (A clause of its own, past a comma: not the subject of the first verb's complement, "demanded that Russia accept
    // a truce, warning …".)
    if (nearestSpeaker && nearestSpeaker.start > v && tokens.slice(v, nearestSpeaker.start).some((x) => x.text === ',')) { speaker = nearestSpeaker; v = nearest; }
    if (!speaker) return;
    // Only when another party inside the reported clause would be taken for the subject (else nearest-subject agrees).
    const inner = list.some((m) => m.start > v && m.end <= comma && !m.object && !m.inQuote && m.codes.some((c) => !speaker.codes.includes(c)));
    if (!inner) return;
    return { codes: withCoordinated(doc, list, speaker), mention: speaker, via: 'speaker' };
  },
});

defineRule({
  id: 'holder/stance-participle', stage: 'holder',
  reason: '"The leaders of France, Germany and Poland demanded that Russia accept a ceasefire, warning of massive new sanctions if it did not", "Baku rejected the Armenian proposal, insisting that …": a speech-act participle after a comma continues the clause of the stance verb before it as it continues a verb of saying (holder/speech-participle): that verb\'s subject holds it, not the party the stance named.',
});

const documentParticiple: HolderRule = defineRule({
  id: 'holder/document-participle', stage: 'holder',
  reason: '"China abstained from a United Nations resolution calling for an end to the war", "Baku rejected the Armenian statement demanding a withdrawal": a participle right after a document noun (discourse/documents statements and plans) that a party\'s name or adjective modifies says what the document says: its author holds it, not the subject of the sentence, which only acts on the document.',
  find({ doc, t, list }) {
    const verb = doc.tokens[t.start]?.lower ?? '';
    if (!verb.endsWith('ing')) return;
    const noun = doc.tokens[t.start - 1]?.lower ?? '';
    const nouns = (l: string) => doc.index.words('discourse/documents', l);
    if (!nouns('statements').has(noun) && !nouns('plans').has(noun)) return;
    const m = list.find((a) => a.end === t.start - 1 && a.codes.length && a.kind !== 'pronoun');
    if (m) return { codes: m.codes, mention: m, via: 'subject' };
  },
});

const nearestSubject: HolderRule = defineRule({
  id: 'holder/nearest-subject', stage: 'holder',
  reason: 'The nearest party before the cue that is not an object, on the same side of the quote marks, holds it ("Putin demanded"), with the parties coordinated with it (spec rule 8); "it" inside a quote is a thing; a party inside a condition closed before the cue ("If they leave, then hostilities will cease") is the condition\'s subject, not the main clause\'s ("for the United States to walk away": the object of "for" right before "to" and the cue is the cue\'s subject); so is a party inside a relative clause set off by commas and closed before the cue ("India, which has refrained from criticising Moscow, has urged …", "Astana, where Armenian and Azerbaijani delegations met, was ready to host …"), or inside a clause set off by dashes or brackets (holder/closed-parenthesis); a speaker set off by commas before its verb of saying ("Ukraine, he said, was ready to …") is no subject of a later stance but holds that verb itself ("If Moscow refused, they warned, it would face new sanctions": the warning is theirs).',
  find({ doc, s, t, list, inQuote }) {
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (m.end > t.start) continue;
      if ((m.object && !forToSubject(doc, m, t)) || (m.possessive && t.start - m.end > 3)) continue;
      // ("declare their autonomy and call for …": a possessor across a coordination is no subject.)
      if (m.possessive && doc.tokens.slice(m.end, t.start).some((x) => x.lower === 'and' || x.lower === 'or')) continue;
      if (inQuote !== m.inQuote) continue;
      if (inQuote && m.kind === 'pronoun' && (m.pronoun === 'it' || m.pronoun === 'its')) continue;
      // ("If Ukrainian troops leave the territories they occupy, then hostilities will cease": a party inside a
      // condition that closes before the stance is not the subject of the main clause.)
      if (insideClosedCondition(doc, s, m, t)) continue;
      // "India, which has refrained from criticising Moscow at the UN, has urged both sides to …": a party inside a
      // relative clause set off by commas, closed before the stance, is the clause's, not the subject of the stance.
      if (inClosedRelative(doc, s, m, t)) continue;
      // "a group of countries - Lula has cited China, India and Brazil - which would offer itself as mediator": a party
      // inside a clause set off by dashes or brackets, closed before the stance, is that clause's (holder/closed-parenthesis).
      if (inClosedParenthesis(doc, s, m, t)) continue;
      // "He told reporters that he did not trust Baku and that talks could only begin after …": a party inside the
      // first of two coordinated that-clauses is that clause's, not the subject of a stance in the second
      // (holder/closed-that-clause).
      if (inEarlierThatClause(doc, s, m, t)) continue;
      // "Russia said a U.S.-brokered agreement would only take effect after …": a party that opens a hyphened
      // modifier ("U.S.-brokered", "Moscow-backed") modifies the noun after it; it is no subject of a later stance
      // (holder/hyphened-modifier).
      if (hyphenedModifier(doc, m, t)) continue;
      // "Putin said the US text 'could form the basis of a settlement', but warned that …": a party that only modifies a
      // document's noun is no subject of a predicate joined after "but" or "and" (holder/document-modifier).
      if (documentModifier(doc, m, t)) continue;
      // ("Putin said the plan 'could form the basis of a settlement', but warned that if Kyiv refused, Russian forces
      // would keep advancing": a document inside the reported clause of a party's verb of saying is no subject of a
      // verb of saying joined after "but"/"and", nor of what that verb reports, holder/reported-document.)
      if (reportedDocument(doc, s, list, m, t)) continue;
      // "Ukraine, he said, was ready to …": a speaker set off by commas is a parenthesis, not the subject.
      // (Of a later stance: the parenthesis's own verb of saying is its speaker's, "If Moscow refused, they warned, it
      // would face sanctions".)
      if (doc.tokens[m.start - 1]?.text === ',' && doc.tokens[m.end + 1]?.text === ',' && speechVerbs(doc).has(doc.tokens[m.end]?.lower ?? '') && list.some((a) => a.end < m.start) && m.end !== t.start) continue;
      // ("… travelled to Kyiv and, with President Zelensky, demanded …": the parties of a comitative parenthesis right
      // before the stance verb hold it with the subject, holder/predicate-comitative.)
      const codes = withCoordinated(doc, list, m);
      for (const c of predicateComitative(doc, list, m, t)) if (!codes.includes(c)) codes.push(c);
      return { codes, mention: m, via: 'subject' };
    }
  },
});

const predicateComitativeRule = defineRule({
  id: 'holder/predicate-comitative', stage: 'holder',
  reason: '"The leaders of France and Germany travelled to Kyiv and, with President Zelensky, demanded that Russia accept a truce", "Kenya, with Ethiopia and Uganda, called for a ceasefire": a comitative parenthesis (\'openers\') set off by commas right before the stance verb (a modal or adverb may follow it), opened after the subject or after the "and" of a second predicate, and naming only parties (titles and "and" between them), makes those parties co-holders of the subject\'s stance (spec rule 8: one claim per party). Not a companion of another kind ("with the backing of its allies", "with Egypt\'s support": no party named alone, or a possessive), nor a "with" phrase that is no parenthesis ("met with Kenya and called for …").',
});

/** The parties of a comitative parenthesis ", with X," closed right before the stance t (holder/predicate-comitative). */
function predicateComitative(doc: Doc, list: ActorMention[], subject: ActorMention, t: Trigger): string[] {
  const { tokens } = doc;
  // The closing comma: right before the stance, or before a modal or adverb or two ("…, would set up", "…, also demanded").
  let close = t.start - 1;
  while (close > subject.end && t.start - close <= 3 && tokens[close].word && !tokens[close].cap) close--;
  if (tokens[close]?.text !== ',' || close <= subject.end) return [];
  const openers = doc.index.words(predicateComitativeRule.id, 'openers');
  const skip = doc.index.words(predicateComitativeRule.id, 'joiners');
  // Back over the parenthesis to its opener.
  let o = close - 1;
  let from = -1;
  for (; o >= subject.end && close - o <= 14; o--) {
    if (tokens[o].text === ',') {
      const one = tokens[o + 1]?.lower ?? '', two = `${one} ${tokens[o + 2]?.lower ?? ''}`;
      from = openers.has(two) ? o + 3 : openers.has(one) ? o + 2 : -1;
      break;
    }
  }
  if (from < 0) return [];
  // Opened after the subject (and the parties coordinated with it) or after the "and" of a second predicate.
  const lastSubject = list.filter((a) => a.end <= o && (a === subject || a.coordinated)).reduce((e, a) => Math.max(e, a.end), subject.end);
  if (!(o === lastSubject || tokens[o - 1]?.lower === 'and')) return [];
  const inside = list.filter((a) => a.start >= from && a.end <= close);
  if (!inside.length || inside.some((a) => a.possessive || a.kind === 'pronoun' || a.kind === 'document' || !a.codes.length)) return [];
  const codes: string[] = [];
  let k = from;
  for (const a of inside) {
    for (; k < a.start; k++) if (tokens[k].word && !tokens[k].cap && !skip.has(tokens[k].lower)) return [];
    for (const c of a.codes) if (!codes.includes(c)) codes.push(c);
    k = a.end;
  }
  for (; k < close; k++) if (tokens[k].word && !tokens[k].cap && !skip.has(tokens[k].lower)) return [];
  return codes;
}

/**
 * "it's time for them to say yes or for the United States to walk away": the object of "for" before "to" and the
 * cue's verb is that verb's subject (holder/nearest-subject).
 */
function forToSubject(doc: Doc, m: ActorMention, t: Trigger): boolean {
  const { tokens } = doc;
  let b = m.start - 1;
  if (tokens[b]?.lower === 'the') b--;
  if (tokens[b]?.lower !== 'for' || tokens[m.end]?.lower !== 'to') return false;
  return t.start > m.end && t.start - m.end <= 2;
}

/** Mention m stands in an "if"/"unless" clause of its own sentence that closes (a comma, "then") before the cue. */
function insideClosedCondition(doc: Doc, s: Sentence, m: ActorMention, t: Trigger): boolean {
  const { tokens } = doc;
  let opened = false;
  for (let k = m.start - 1; k >= s.tStart && !opened; k--) {
    const w = tokens[k].lower;
    if (w === 'if' || w === 'unless') opened = true;
    else if (w === ',' || w === ';' || w === 'then' || w === ':') return false;
  }
  if (!opened) return false;
  for (let k = m.end; k < t.start; k++) if (tokens[k].text === ',' || tokens[k].lower === 'then') return true;
  return false;
}

/**
 * Mention m stands inside a non-restrictive relative clause (", who …,", ", which …,", ", whose …,") that closes before the
 * stance t: "India, which has refrained from criticising Moscow, has urged …" (holder/nearest-subject). The clause
 * opens at the nearest comma before m, and a comma between m and the stance closes it.
 */
function inClosedRelative(doc: Doc, s: Sentence, m: ActorMention, t: Trigger): boolean {
  const { tokens } = doc;
  const relatives = doc.index.words(closedRelative.id);
  let j = m.start - 1;
  while (j > s.tStart && tokens[j].text !== ',') j--;
  // ("Aliyev, who will be in Brussels with leaders of France, Germany and the European Commission, has ruled out …": the
  // commas of a list of parties inside the clause do not open it: from the list's last party, after "and", past them,
  // while each comma is followed by a party, to the comma before "who".)
  const mentions = doc.actorsBySentence.get(s.index) ?? [];
  const partyAfter = (k: number) => mentions.some((a) => a.start === k + 1 || (a.start === k + 2 && tokens[k + 1].lower === 'the'));
  // (m one of a list: after "and", or before "and", "or" or a comma and another party; not "the Armenian delegation, led by".)
  const before = tokens[m.start - 1]?.lower === 'the' ? tokens[m.start - 2]?.lower : tokens[m.start - 1]?.lower;
  const after = tokens[m.end]?.lower ?? '';
  const listed = before === 'and' || before === 'or' || ((after === 'and' || after === 'or' || after === ',') && partyAfter(m.end));
  if (tokens[j]?.text === ',' && !relatives.has(tokens[j + 1]?.lower ?? '') && listed) {
    let k = j;
    while (k > s.tStart && partyAfter(k)) {
      k--;
      while (k > s.tStart && tokens[k].text !== ',' && tokens[k].text !== ';' && tokens[k].text !== '"') k--;
      if (tokens[k].text !== ',') break;
      if (relatives.has(tokens[k + 1]?.lower ?? '')) { j = k; break; }
    }
  }
  if (tokens[j]?.text !== ',' || j <= s.tStart) return false;
  if (!relatives.has(tokens[j + 1]?.lower ?? '') || j + 1 === m.start) return false;
  for (let k = m.end; k < t.start; k++) if (tokens[k].text === ',') return true;
  return false;
}

/**
 * Mention m stands inside a that-clause and before a new one coordinated with it ("… that he did not trust Baku and that
 * talks could only begin …", "…, but that …"), and the stance t is in that new clause (holder/nearest-subject).
 */
function inEarlierThatClause(doc: Doc, s: Sentence, m: ActorMention, t: Trigger): boolean {
  const { tokens } = doc;
  // (m inside a that-clause: the reporter before the first "that" is no party of it.)
  let opened = false;
  for (let k = s.tStart; k < m.start && !opened; k++) opened = tokens[k].lower === 'that';
  if (!opened) return false;
  const joins = doc.index.words(closedThatClause.id);
  for (let k = m.end + 1; k < t.start; k++) {
    if (tokens[k].lower === 'that' && joins.has(tokens[k - 1].lower)) return true;
  }
  return false;
}

/** Mention m opens a hyphened modifier ("U.S.-brokered", "Kremlin-backed") that ends before the stance t. */
function hyphenedModifier(doc: Doc, m: ActorMention, t: Trigger): boolean {
  const { tokens } = doc;
  const hyphen = tokens[m.end];
  return hyphen?.text === '-' && hyphen.start === tokens[m.end - 1].end && !!tokens[m.end + 1]?.word && tokens[m.end + 1].start === hyphen.end && /[a-z]ed$/.test(tokens[m.end + 1].lower) && m.end + 1 < t.start;
}

defineRule({
  id: 'holder/hyphened-modifier', stage: 'holder',
  reason: '"Russia said a U.S.-brokered agreement would only take effect after the sanctions were lifted": a party joined by a hyphen to a participle ("U.S.-brokered", "Moscow-backed", "EU-funded") modifies the noun after it, so it is no subject of a later stance in the clause (holder/nearest-subject passes over it); the compound\'s own stance ("the U.S.-brokered truce" as a proposal) is read by its own rule.',
});

defineRule({
  id: 'holder/joined-predicate-object', stage: 'holder',
  reason: '"He said he would prefer not to punish Russia, but warned that Washington could take steps that would be devastating for Russia": a party right before a comma and "but" or "and" that joins a second verb of saying ends the first predicate as its object; it is not the speaker of that verb (holder/predicate-speaker passes over it to the speaker before).',
});

defineRule({
  id: 'holder/document-modifier', stage: 'holder',
  reason: '"Putin said the US text \'could form the basis of a settlement\', but warned that if Kyiv rejected it …", "Aliyev said the EU draft was a start but insisted that …": a party inside a document\'s noun phrase, before its noun ("the US text", "the EU draft"), names the document\'s author, not a subject; a predicate joined after "but" or "and" (a comma may stand before it, an adverb after it) shares the subject of the clause it is joined to, so that party does not hold it (holder/nearest-subject passes over it to the speaker). Not when the document phrase is the stance\'s own clause\'s subject right before it ("the US text calls for …").',
});

/** Mention m stands inside a document's noun phrase before its noun, and the stance t opens a predicate joined by "but"
 * or "and" (holder/document-modifier). */
function documentModifier(doc: Doc, m: ActorMention, t: Trigger): boolean {
  const { tokens } = doc;
  let k = t.start - 1;
  if (doc.index.set.modalAdverbs.has(tokens[k]?.lower ?? '') || lyAdverb(tokens[k])) k--;
  const joiner = tokens[k]?.lower;
  if (joiner !== 'but' && joiner !== 'and') return false;
  // ("the American plan … but warned": a party adjective read with its noun as one mention ends with the phrase; still
  // the author's name, not a subject. A document standing for its author, kind 'document', is not passed over.)
  return doc.mentions.documents.some((d) => d.start <= m.start && (m.end < d.end || (m.end === d.end && m.kind !== 'document' && m.start < d.end - 1)) && d.end < k);
}

defineRule({
  id: 'holder/reported-document', stage: 'holder',
  reason: '"Putin said the plan \'could form the basis of a final settlement\', but warned that if Kyiv refused, Russian forces would keep advancing", "Aliyev said the draft was a start but insisted that …": a document (a plan, draft or text read as standing for its authors, or a party naming its authors inside its noun phrase, "the American plan") inside the reported clause of a party\'s verb of saying is that clause\'s subject; a verb of saying joined after "but", "and" or "while" ("while warning that …") shares the first speaker, and so does what it reports, a conditional warning included, so the document does not hold them (holder/nearest-subject passes over it to the speaker). Not a document as the subject of its own sentence ("The plan calls for … and warns that …": no party speaks before it), nor one after the joined verb.',
});

/** Mention m is a document inside a party's reported clause, and a verb of saying joined by "but"/"and" stands between
 * it and the stance t (holder/reported-document). */
function reportedDocument(doc: Doc, s: Sentence, list: ActorMention[], m: ActorMention, t: Trigger): boolean {
  // (A document standing for its authors, or a party that only names a document's authors, "the American plan".)
  const inDocument = m.kind === 'document' || doc.mentions.documents.some((d) => d.start <= m.start && m.end <= d.end);
  if (!inDocument) return false;
  const { tokens } = doc;
  const speech = speechVerbs(doc);
  // ("while warning that …": the -ing form of a verb of saying joins as its past does.)
  const says = (w: string) => speech.has(w) || (w.endsWith('ing') && speech.has(`${w.slice(0, -3)}ed`));
  // A party speaks before the document: a mention of a party (not a document) and a verb of saying after it, before m.
  const speaker = list.some((a) => a.end <= m.start && a.kind !== 'document' && a.codes.length && !a.object && tokens.slice(a.end, m.start).some((x) => speech.has(x.lower)));
  if (!speaker) return false;
  // A verb of saying joined by "but"/"and" (an adverb or comma between) after the document, at or before the stance.
  for (let k = m.end; k <= t.start && k < s.tEnd; k++) {
    if (!says(tokens[k].lower)) continue;
    let b = k - 1;
    if (doc.index.set.modalAdverbs.has(tokens[b]?.lower ?? '') || lyAdverb(tokens[b])) b--;
    if (tokens[b]?.lower === 'but' || tokens[b]?.lower === 'and' || tokens[b]?.lower === 'while') return true;
  }
  return false;
}

const closedThatClause = defineRule({
  id: 'holder/closed-that-clause', stage: 'holder',
  reason: '"Pashinyan told reporters that he did not trust Baku and that talks could only begin after Azerbaijani troops left": two that-clauses coordinated under one verb of saying are two clauses; a party inside the first is its subject or object, not the subject of a stance in the second, which, with no party of its own, is the reporter\'s (holder/nearest-subject passes over it). The words that join the clauses are data (rules.json).',
});

const closedRelative = defineRule({
  id: 'holder/closed-relative', stage: 'holder',
  reason: '"India, which has refrained from criticising Moscow, has urged both sides to …", "Tbilisi, where Armenian and Azerbaijani delegations met on Friday, remained ready to host further rounds": a party inside a clause set off by commas that opens with a relative word (rules.json) and closes before the stance is that clause\'s, not the stance\'s subject (holder/nearest-subject passes over it).',
});

const closedParenthesis = defineRule({
  id: 'holder/closed-parenthesis', stage: 'holder',
  reason: '"The proposal is a group of countries - Lula has cited China, India and Indonesia - which would offer itself as mediator", "Moscow\'s plan (Peskov said it had been sent to Washington) would freeze the front": a party inside a clause set off by spaced dashes or brackets that closes before the stance is that clause\'s subject or object, not the stance\'s subject (holder/nearest-subject passes over it). Only a clause (a verb of saying or an auxiliary inside it, rules.json "clauseWords"): an apposition ("the envoy - Steve Witkoff - offered …") or a list ("Ukraine\'s allies - France and Britain among them - offered troops") still names the subject.',
});

/**
 * Mention m stands inside a clause set off by spaced dashes or brackets that closes before the stance t
 * (holder/closed-parenthesis): "a group - Lula has cited China and India - which would offer …".
 */
function inClosedParenthesis(doc: Doc, s: Sentence, m: ActorMention, t: Trigger): boolean {
  const { tokens } = doc;
  const dash = (k: number) => tokens[k].text === '-' && tokens[k - 1] !== undefined && tokens[k + 1] !== undefined && tokens[k - 1].end < tokens[k].start && tokens[k].end < tokens[k + 1].start;
  let open = -1;
  for (let k = m.start - 1; k >= s.tStart && open < 0; k--) {
    if (tokens[k].text === ')' || tokens[k].text === ';' || tokens[k].text === ':') return false;
    if (tokens[k].text === '(' || dash(k)) open = k;
  }
  if (open < 0) return false;
  const closer = tokens[open].text === '(' ? ')' : '-';
  let close = -1;
  for (let k = m.end; k < t.start && close < 0; k++) if (tokens[k].text === closer && (closer === ')' || dash(k))) close = k;
  if (close < 0) return false;
  const clause = doc.index.words(closedParenthesis.id, 'clauseWords'), speech = speechVerbs(doc);
  for (let k = open + 1; k < close; k++) if (clause.has(tokens[k].lower) || speech.has(tokens[k].lower)) return true;
  return false;
}

/** Third-person subject pronouns: never a quote's speaker (holder/quote-speaker). */
const THIRD_PERSON_SUBJECTS = new Set(['it', 'they', 'he', 'she']);
/** ('"They are welcome at the table," the president said': a predicate of the pronoun is the speaker's stance on it.) */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);

const quoteSpeakerRule: HolderRule = defineRule({
  id: 'holder/quote-speaker', stage: 'holder',
  reason: 'A stance inside a quote with no party before it belongs to whoever speaks the quote; not one whose subject, right before it, is a third-person pronoun that found no party ("It offered us two paths", "They refused": the memorandum, the other side, never the speaker, who is "we"); a predicate of the pronoun ("They are welcome at the table") is still the speaker\'s.',
  find({ doc, s, t, list, inQuote, quoteSpeaker }) {
    if (!inQuote) return;
    // (The mention ending last before the stance, uncoded ones included: found by halving the sorted mentions.)
    const all = doc.mentions.actors;
    let lo = 0, hi = all.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].start < t.start) lo = mid + 1; else hi = mid; }
    const subject = lo > 0 && all[lo - 1].end <= t.start && all[lo - 1].sentence === s.index ? all[lo - 1] : undefined;
    if (subject && subject.kind === 'pronoun' && !subject.codes.length && !subject.object && !subject.possessive && THIRD_PERSON_SUBJECTS.has(subject.pronoun ?? '') && t.start - subject.end <= 2
      && !doc.tokens.slice(subject.end, t.start).some((x) => BE_FORMS.has(x.lower))) return;
    const sp = quoteSpeaker ?? speakerOf(doc, s, list, t);
    if (sp) return { codes: sp.codes, mention: sp, via: 'speaker' };
  },
});

const passiveAgent: HolderRule = defineRule({
  id: 'holder/passive-agent', stage: 'holder',
  reason: 'Passive: "proposed by the United States", "put forward jointly by Paris and Berlin" — the agent after "by" holds it. Only adverbs (\'between\': "-ly" words and a few others) may stand between the stance and its "by": in "called for de-escalation by both sides", "asked for, as published by the two governments" the "by" names the agent of a noun or of another verb of the clause, not of the stance.',
  find({ doc, t, list }) {
    const between = doc.index.words(this.id, 'between');
    const adverb = (k: number) => /^[a-z]+ly$/.test(doc.tokens[k].lower) || between.has(doc.tokens[k].lower);
    for (const m of list) {
      if (m.start < t.end || doc.tokens[m.start - 1]?.lower !== 'by' || m.start - t.end > 4) continue;
      let adverbs = true;
      for (let k = t.end; k < m.start - 1; k++) if (!adverb(k)) { adverbs = false; break; }
      if (adverbs) return { codes: agentGroup(list, m), mention: m, via: 'subject' };
    }
  },
});

const appositiveParticiple: HolderRule = defineRule({
  id: 'holder/appositive-participle', stage: 'holder',
  reason: '"The African plan, presented to both Putin and Zelensky in June by a delegation of leaders, called for …", "The draft, handed to Baku and Yerevan last week, envisages …": a stance verb in the past participle set off by a comma after a noun describes that noun; it is held only by a party named after its "by" (holder/passive-agent), never carried from the sentence before nor taken from the parties it was presented to. Without such an agent it is no one\'s claim here, and the sentence\'s own verb ("called for") is read on its own.',
  find({ doc, t }) {
    if (t.end - t.start !== 1) return;
    const w = doc.tokens[t.start];
    if (!/^[a-z]+(?:ed|en|wn)$/.test(w.text)) return;
    const comma = doc.tokens[t.start - 1], noun = doc.tokens[t.start - 2];
    if (comma?.text !== ',' || !noun?.word || !/^[a-z]/.test(noun.text)) return;
    return 'none';
  },
});

const carriedHolder: HolderRule = defineRule({
  id: 'holder/carried', stage: 'holder',
  reason: 'A sentence that opens with the stance ("Also demanded …"), an expletive ("There may be room for …") or a document standing for its author ("The plan then envisages …") continues the previous sentence\'s holder; one with a subject the lexicon does not know does not.',
  find({ doc, s, t, list, carried }) {
    if (!carried || t.cue?.type !== t.type) return;
    const before = doc.tokens.slice(s.tStart, t.start).filter((x) => x.word);
    const docs = doc.index.words(this.id, 'documents');
    // ("We asked for …" with a "we" nobody was found for: the sentence has a subject of its own, unknown.)
    if (before.some((x) => x.lower === 'we' || x.lower === 'i')) return;
    // (A document stands for the previous holder only when that holder put one forward: "Kyiv presented a plan on
    // Monday. The plan envisages …". After "Zelensky said he'd like the talks to continue", "The emerging plan would
    // spell out …" is someone else's plan, and the sentence names no author: holder/carried-document.)
    const expletive = before.length > 0 && doc.index.words(this.id, 'expletives').has(before[0].lower);
    const continues = !expletive && before.some((x) => docs.has(x.lower)) ? putForward(doc, carried, s.index, docs) : before.length <= 2 || expletive;
    if (continues && !list.some((m) => m.end <= t.start && !m.object)) return { ...carried, via: 'carried' };
  },
});

const carriedDocument = defineRule({
  id: 'holder/carried-document', stage: 'holder',
  reason: 'A sentence whose subject is a document ("The plan would …", "The draft envisages …") continues the previous holder only if that holder put a document forward: a document word or a proposing cue in the sentence of its claim or in the sentences since ("Kyiv presented its plan on Monday. The plan envisages …"). After "Zelensky said he would like the talks to continue", "The emerging plan would spell out …" is another party\'s plan, and with no author named it is no one\'s.',
});

/** Whether the carried holder's sentence, or one since, names a document or proposes one (holder/carried-document). */
function putForward(doc: Doc, carried: Holder, k: number, docs: ReadonlySet<string>): boolean {
  if (carried.from === undefined) return true;
  const proposing = doc.index.words(carriedDocument.id, 'cues');
  for (let j = carried.from; j < k; j++) {
    const sj = doc.sentences[j];
    if (!sj) continue;
    for (let i = sj.tStart; i < sj.tEnd; i++) if (docs.has(doc.tokens[i].lower)) return true;
    if ((doc.cuesBySentence.get(j) ?? []).some((c) => c.values.some((v) => proposing.has(v.id)))) return true;
  }
  return false;
}

// ("The source called the demand a "non-starter"": the party of the unnamed source introduced before; tried last, when no
// other rule found a holder. The holder part of discourse/source-in-party, whose mention part reads "a source in the
// Ukrainian delegation" when mentions are read.)
const sourceBackReferenceRule: HolderRule = { ...sourceInParty, find: sourceBackReferenceHolder };
// ('The statement adds that the United States "will help restore …"': a quote opened right after its clause's subject;
// before holder/quoted-noun-subject, which would read "remains" of 'Washington "remains committed"' as a plural noun.)
const subjectBeforeQuoteRule: HolderRule = { ...subjectBeforeQuote, find: subjectBeforeQuoteHolder };

// ("Shoukry, who told the delegations that … before them, and urged them to agree a ceasefire": the teller urges, not the
// parties told; before holder/coordinated-verb and holder/nearest-subject, which would take them, and asking them whom
// they would take when no teller is found.)
const appealSayerRule: HolderRule = { ...appealSayer, find: (ctx) => appealSayerHolder(ctx, (c) => coordinatedVerb.find(c) ?? nearestSubject.find(c)) };

export const HOLDER_RULES: HolderRule[] = [passiveAgreement, agreedExchange, documentProvision, deonticRefusalSpeaker, possessor, hyphenHolder, itsDocument, partyAdjectiveHolder, documentAuthors, goalPossessor, otherwise, underDocument, predicateExperiencer, judgedDemands, predicateSpeaker, thatClauseSubjectRule, sharedPosition, sectionSubject, deonticSpeaker, refusedPassiveSpeaker, existentialSpeaker, trailingSpeaker, accordingTo, copulaNounHolder, nounNeedsPossessor, subjectBeforeQuoteRule, quotedNounSubject, passiveFirst, reducedRelativeAgent, documentSubject, byGerund, reportedRefusal, reporterVerb, appealSayerRule, coordinatedVerb, relativeWho, relativeWhichDocument, withGerundSubject, relativeArrangement, offerConditionHolder, linkedConditionHolder, speechParticiple, sayingParticiple, documentParticiple, purposeSubject, adversaryAccusation, reportedMeetingPair, nearestSubject, quoteSpeakerRule, passiveAgent, appositiveParticiple, insetSpeaker, carriedHolder, sourceBackReferenceRule];

export function findHolder(doc: Doc, s: Sentence, t: Trigger, carried: Holder | null, trace?: TraceSink): Holder | null {
  const inQuote = doc.mentions.inQuote[t.start] === 1;
  const ctx: HolderCtx = { doc, s, t, list: actorsIn(doc, s.index), carried, inQuote, quoteSpeaker: inQuote ? doc.mentions.quoteSpeaker(t.start) : null };
  for (const r of HOLDER_RULES) {
    const h = r.find(ctx);
    if (h === undefined) continue;
    if (trace) {
      const span: [number, number] = [doc.tokens[t.start].start, doc.tokens[t.end - 1].end];
      trace({ rule: r.id, decision: h === 'none' ? 'drop' : 'holder', span, text: doc.text.slice(span[0], span[1]), detail: h === 'none' ? 'no holder' : `${h.codes.join('+')}${h.mention ? ` (“${doc.text.slice(doc.tokens[h.mention.start].start, doc.tokens[h.mention.end - 1].end)}”)` : ''}` });
    }
    if (h === 'none') return null;
    // ("Macron said Europe would not accept …": the speaker speaks for the group it belongs to, holder/group-speaker.)
    const own = h.mention && h.mention !== ctx.quoteSpeaker ? groupSpeakerCodes(doc, h, ctx.quoteSpeaker ?? speakerOf(doc, s, ctx.list, t), (m) => coordinatedSpeaker(doc, ctx.list, m)) : null;
    if (own) {
      if (trace) trace({ rule: groupSpeaker.id, decision: 'holder', span: [doc.tokens[t.start].start, doc.tokens[t.end - 1].end], text: doc.text.slice(doc.tokens[t.start].start, doc.tokens[t.end - 1].end), detail: own.join('+') });
      return { codes: own, mention: h.mention, via: 'speaker', rule: groupSpeaker.id, document: h.document, from: h.from };
    }
    // Every holder leaves with all its fields, in one order (rules make them with or without `document`, and
    // `rule` is set here): one shape keeps the extractor's reads of holders monomorphic (speed, issue 7).
    const holder: { [K in keyof Required<Holder>]: Holder[K] } = { codes: h.codes, mention: h.mention, via: h.via, rule: r.id, document: h.document, from: h.from };
    return holder;
  }
  if (trace) {
    const span: [number, number] = [doc.tokens[t.start].start, doc.tokens[t.end - 1].end];
    trace({ rule: 'holder/none', decision: 'drop', span, text: doc.text.slice(span[0], span[1]), detail: 'no rule found a holder' });
  }
  return null;
}
