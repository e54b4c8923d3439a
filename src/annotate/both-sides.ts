// "Both sides" names the two parties at the table. In an article about the principal negotiation that is the
// lexicon's pair (roles.json bothSides: Russia and Ukraine); in an article about other talks ("Armenian and
// Azerbaijani negotiators met in Abu Dhabi. Both sides agreed to …") it is the pair named together at the
// meeting before (spec §3 rule 8: one claim per party).
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';
import { joinTokens } from './tokenize.js';
import { meetingPairRule, pairBefore, type MeetingPair } from './meeting-pair.js';

export const bothSidesRule = defineRule({
  id: 'discourse/both-sides', stage: 'discourse',
  reason: '"Both sides", "the two delegations" are the two parties last named together at a meeting or in talks before ("Serbian and Kosovar negotiators met in Brussels. Both sides agreed to …": Serbia and Kosovo), else the lexicon\'s principal pair.',
});

/** Gives each "both sides" mention the pair of parties last named together in a meeting sentence within reach. */
export function resolveBothSides(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, index: LexiconIndex, meetings?: Map<number, MeetingPair>, paragraphOf: (sentence: number) => number = () => 0): void {
  let any = false;
  for (const m of actors) if (m.kind === 'both') { any = true; break; }
  if (!any) return;
  const meeting = index.words(bothSidesRule.id, 'meetingWords');
  // (How many sentences after the meeting "both sides" still means its pair: rules.json 'reach'.)
  const reach = Number(index.vocab.rules[bothSidesRule.id]?.reach ?? 4);
  // Sentences with a word of meeting or negotiating, found once.
  const sentences = tokens.length ? sentenceOf[tokens.length - 1] + 1 : 0;
  const meets = new Uint8Array(sentences);
  for (let j = 0; j < tokens.length; j++) if (meeting.has(tokens[j].lower)) meets[sentenceOf[j]] = 1;
  const venue = index.words(bothSidesRule.id, 'venueWords');
  const agent = index.words(bothSidesRule.id, 'agentWords');
  // (A pair named only as the two ends of a telephone call, "a call between Putin and Macron", rules.json 'callWords'.)
  const callWords = index.words(callPairRule.id, 'callWords');
  let pair: { codes: string[]; sentence: number; call?: boolean } | null = null;
  // (The last pair that is not the two ends of a call.)
  let table: { codes: string[]; sentence: number } | null = null;
  // (The last "both sides" phrase resolved to a pair, for another in the same sentence: "After separate talks with both
  // delegations in Doha, the State Department announced that the two sides had agreed …" names one pair twice.)
  let previous: ActorMention | null = null;
  for (let k = 0; k < actors.length; k++) {
    const m = actors[k];
    if (m.kind === 'both' && previous && previous.sentence === m.sentence && previous.codes.length === 2 && !m.object) {
      m.codes = [...previous.codes];
      continue;
    }
    if (m.kind === 'both') previous = m;
    if (m.kind === 'both') {
      // (Its codes are still the principal sides of its sentence, set before this resolution.)
      const principalsHere = [...m.codes];
      // ("Pashinyan met Aliyev. The two sides agreed …": the two parties of a meeting in the last two sentences,
      // discourse/meeting-pair; "the two leaders" stands for no one else.)
      const met = meetings ? pairBefore(meetings, m.sentence, m.start, 2, paragraphOf(m.sentence)) : undefined;
      const phrase = joinTokens(tokens, m.start, m.end, true).toLowerCase();
      const leaders = index.words(meetingPairRule.id, 'phrases').has(phrase);
      // ("Putin responded to Trump's initiative, and the sides agreed …": a bare "the sides" after exactly two
      // parties of its own sentence is those two.)
      // (So does "the two" in "After meeting Vucic, Kurti said the two had agreed …", rules.json 'bareNumerals'.)
      // (Not an object of a verb, "Brazil, which has refused to criticise Moscow, urged both sides to return to the
      // table": those addressed are not the party addressing them; an object after "between" is the pair that met.)
      const addressed = m.object && tokens[m.start - 1]?.lower !== 'between';
      const own = !addressed && (index.words(bothSidesRule.id, 'bare').has(phrase) || index.words(meetingPairRule.id, 'bareNumerals').has(phrase)) ? twoBefore(actors, k, tokens, venue) : undefined;
      // ("Blinken said the US hoped for a deal, and Egypt's foreign minister, who hosted the round, said the two sides
      // had agreed to meet again": two parties named apart, each in its own clause, neither a principal side of the
      // paragraph, are the speakers reporting the talks, not the sides at them; the sides stay the principal pair,
      // discourse/reporters-not-sides, when "the two sides" opens what a speaker says ("said", "told reporters"). Two
      // parties joined as one phrase, "Israel and Egypt said the two sides …", stay.)
      if (own && principalsHere.length && !own.some((c) => principalsHere.includes(c)) && !coordinatedBefore(actors, k) && reportedAt(tokens, m.start, index)) { previous = null; continue; }
      if (own) m.codes = own;
      else if (met && (!pair || met.sentence >= pair.sentence)) m.codes = [...met.codes];
      // ("… a call between Putin and Macron on Monday. … After the meeting, the head of the Russian delegation said the
      // two sides had agreed …": the two ends of a call are not the pair at a table of a later sentence that names a
      // meeting of its own, discourse/call-pair.)
      else if (pair && pair.call && !leaders && pair.sentence !== m.sentence && meets[m.sentence]) {
        // (The pair at a table named before the call, "Serbian and Kosovar negotiators met in Brussels", else the principal pair.)
        if (table && m.sentence - table.sentence <= reach) m.codes = [...table.codes];
      }
      else if (pair && m.sentence >= pair.sentence && m.sentence - pair.sentence <= (leaders ? 2 : reach)) m.codes = [...pair.codes];
      else if (leaders) m.codes = [];
      // ("… after talks between the two countries in Jeddah. … Both delegations agreed …": a pair resolved from its
      // own sentence's parties, in a sentence of meeting, is the pair at the table for the mentions after it.)
      if (own && meets[m.sentence]) table = pair = { codes: own, sentence: m.sentence };
      continue;
    }
    // ("… after talks between a US team led by Marco Rubio and a Ukrainian delegation headed by Andriy Yermak": the two
    // parties after "between" and a later "and" are the pair at the table, however each is described,
    // discourse/between-pair.)
    if (meets[m.sentence]) {
      const between = betweenPair(actors, k, tokens);
      if (between) { pair = { codes: between, sentence: m.sentence, call: betweenCall(m, tokens, callWords) }; if (!pair.call) table = pair; continue; }
    }
    // ("Kyiv said it was ready to accept a truce, after eight hours of talks with American officials in Jeddah": the
    // sentence's subject and the party its talks were "with" are the pair at the table, discourse/talks-with-pair.)
    if (meets[m.sentence]) {
      const withPair = talksWithPair(actors, k, tokens, index);
      if (withPair) { table = pair = { codes: withPair, sentence: m.sentence }; continue; }
    }
    // ("Kosovo said it would accept the EU proposal, and Serbia said it would attend a second round, after ten hours of
    // talks in Brussels": the subjects of two coordinated clauses of a sentence of meeting are the pair at the table,
    // discourse/clause-subjects-pair.)
    if (meets[m.sentence]) {
      const subjects = clauseSubjects(actors, k, tokens, sentenceOf);
      if (subjects) { table = pair = { codes: subjects, sentence: m.sentence }; continue; }
    }
    // The last mention of a coordination ("Armenia and Azerbaijan", "the Serbian and Kosovar delegations").
    if (!m.coordinated || actors[k + 1]?.coordinated === m || !meets[m.sentence]) continue;
    const codes: string[] = [];
    let first: ActorMention = m;
    for (let c: ActorMention | undefined = m; c; c = c.coordinated) { first = c; for (const x of c.codes) if (!codes.includes(x)) codes.unshift(x); }
    // ("… held talks in Geneva, mediated by France and the United States": the agents of mediating are no side.)
    if (agent.has(tokens[first.start - 1]?.lower ?? '') || (tokens[first.start - 1]?.lower === 'the' && agent.has(tokens[first.start - 2]?.lower ?? ''))) continue;
    // ("Pashinyan said he was ready to meet Aliyev at any venue except Baku and Moscow", "he named Belgrade and Vienna as
    // places where Kosovo would meet": places offered or ruled out as venues are where the talks may be held, not the
    // two parties at them, discourse/venue-list-not-pair.)
    if (venueList(first, m, tokens, index)) continue;
    if (codes.length === 2) { pair = { codes, sentence: m.sentence, call: betweenCall(first, tokens, callWords) }; if (!pair.call) table = pair; }
  }
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** 1 when an article stands right before token `start` ("a call between …", "talks with the Russian side"), else 0. */
function articleBefore(tokens: Token[], start: number): number {
  return ARTICLES.has(tokens[start - 1]?.lower ?? '') ? 1 : 0;
}

export const reportersNotSidesRule = defineRule({
  id: 'discourse/reporters-not-sides', stage: 'discourse',
  reason: '"Blinken said the US hoped for a deal, and Egypt\'s foreign minister, who hosted the round, said the two sides had agreed to meet again": a bare "the two sides" right after a verb of saying (rules.json \'reportVerbs\', "that" or one object between) whose two parties named before it in the sentence are neither a principal side of the paragraph nor joined as one phrase are the reporters of the talks, not the sides at them; the sides stay the principal pair (spec rule 8).',
});

/** Whether the mention starting at `start` opens a report: a verb of saying within three tokens before ("said that the two sides", "told reporters the two sides"). */
function reportedAt(tokens: Token[], start: number, index: LexiconIndex): boolean {
  const verbs = index.words(reportersNotSidesRule.id, 'reportVerbs');
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) if (verbs.has(tokens[j].lower)) return true;
  return false;
}

/** Whether a party named before mention k in its sentence is part of a coordination ("Israel and Egypt"). */
function coordinatedBefore(actors: ActorMention[], k: number): boolean {
  for (let j = k - 1; j >= 0 && actors[j].sentence === actors[k].sentence; j--) if (actors[j].coordinated || actors[j + 1]?.coordinated === actors[j]) return true;
  return false;
}

/**
 * The two parties named before mention k in its sentence, when they are exactly two (else undefined); of three or
 * more, the two that are no object ("Ukraine said it would accept a ceasefire with Russia, and the United States
 * agreed …, after talks between the two countries": Ukraine and the United States, not Russia).
 */
function twoBefore(actors: ActorMention[], k: number, tokens: Token[], venue: Set<string>): string[] | undefined {
  const pick = (subjectsOnly: boolean): string[] => {
    const codes: string[] = [];
    for (let j = k - 1; j >= 0 && actors[j].sentence === actors[k].sentence; j--) {
      const a = actors[j];
      if (a.kind === 'both' || a.kind === 'pronoun' || a.kind === 'document') continue;
      // ("After talks with both delegations in Doha, …": the place of the talks is no side.)
      if (venue.has(tokens[a.start - 1]?.lower ?? '') && !a.coordinated && actors[j + 1]?.coordinated !== a) continue;
      if (subjectsOnly && (a.object || a.possessive)) continue;
      for (const c of a.codes) if (!codes.includes(c)) codes.unshift(c);
    }
    return codes;
  };
  const all = pick(false);
  if (all.length === 2) return all;
  // (Not after three parties named together, "trilateral talks between Ukraine, Russia and the United States": which
  // two are meant is not said.)
  for (let j = k - 1; j >= 0 && actors[j].sentence === actors[k].sentence; j--) if (actors[j].coordinated?.coordinated) return undefined;
  const subjects = all.length > 2 ? pick(true) : [];
  return subjects.length === 2 ? subjects : undefined;
}

export const callPairRule = defineRule({
  id: 'discourse/call-pair', stage: 'discourse',
  reason: '"Serbia\'s demands were set out in a readout of a telephone call between Vucic and Macron on Monday. … After the meeting in Brussels, the Serbian negotiator said both sides had agreed to meet again": the two ends of a call (the pair after "between" behind one of rules.json \'callWords\') are the pair "both sides" stands for in a sentence with no meeting word, not in a later sentence that names a meeting, talks or delegations of its own; that sentence keeps the pair at the table (the principal pair).',
});

/** Whether the "between" pair opened by mention m is the two ends of a call ("a telephone call between X and Y"). */
function betweenCall(m: ActorMention, tokens: Token[], callWords: Set<string>): boolean {
  const at = m.start - 1 - articleBefore(tokens, m.start);
  return tokens[at]?.lower === 'between' && callWords.has(tokens[at - 1]?.lower ?? '');
}

export const clauseSubjectsPairRule = defineRule({
  id: 'discourse/clause-subjects-pair', stage: 'discourse',
  reason: '"Kosovo said it would accept the EU proposal, and Serbia said it would attend a second round, after ten hours of talks in Brussels. Both sides agreed …": in a sentence of meeting, the party that opens the sentence as its subject and the subject party of a clause joined to it by ", and" make the pair at the table (spec rule 8), not the lexicon\'s principal pair nor the objects of either clause.',
});

/** The codes of the sentence's opening subject and mention k, when k is the subject of a clause after ", and" and each is one other party. */
function clauseSubjects(actors: ActorMention[], k: number, tokens: Token[], sentenceOf: Int32Array): string[] | undefined {
  const y = actors[k];
  if (y.codes.length !== 1 || y.object || y.possessive || y.kind === 'pronoun' || y.kind === 'both' || y.kind === 'document' || y.inQuote) return undefined;
  const at = y.start - 1 - articleBefore(tokens, y.start);
  if (tokens[at]?.lower !== 'and' || tokens[at - 1]?.text !== ',') return undefined;
  let first: ActorMention | undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence === y.sentence; j--) first = actors[j];
  if (!first || first.codes.length !== 1 || first.object || first.possessive || first.kind === 'pronoun' || first.kind === 'both' || first.kind === 'document' || first.inQuote) return undefined;
  // (The opening subject starts the sentence, after a dateline at most: "BRUSSELS (AP) - Kosovo said …"; not a party of
  // a clause before the main one, "Two days after Washington announced …, the deal remains on paper, and Moscow has …".)
  const open = first.start - articleBefore(tokens, first.start);
  if (open > 0 && sentenceOf[open - 1] === sentenceOf[open] && !['-', '–', '—', ':'].includes(tokens[open - 1].text)) return undefined;
  if (first.codes[0] === y.codes[0]) return undefined;
  return [first.codes[0], y.codes[0]];
}

export const betweenPairRule = defineRule({
  id: 'discourse/between-pair', stage: 'discourse',
  reason: '"… after eight hours of talks between a US team led by Marco Rubio and a Ukrainian delegation headed by Andriy Yermak. … The two delegations also agreed to work on the release of prisoners": in a sentence of meeting, the party right after "between" and the first party of another side right after a later "and" of the sentence are the pair at the table, even when a participle ("led by …", "headed by …") breaks their coordination; "both sides", "the two delegations" after it are that pair (spec rule 8), not the lexicon\'s principal pair.',
});

/** The codes of the pair "between X … and Y" opened by mention k (X), when X and Y name one party each and differ. */
function betweenPair(actors: ActorMention[], k: number, tokens: Token[]): string[] | undefined {
  const x = actors[k];
  const before = tokens[x.start - 1]?.lower === 'a' || tokens[x.start - 1]?.lower === 'an' || tokens[x.start - 1]?.lower === 'the' ? x.start - 2 : x.start - 1;
  if (tokens[before]?.lower !== 'between' || x.codes.length !== 1 || x.kind === 'pronoun' || x.kind === 'both') return undefined;
  for (let j = k + 1; j < actors.length && actors[j].sentence === x.sentence; j++) {
    const y = actors[j];
    // (A third party in between makes it three-way talks, "between Ukraine, Russia and the United States": no pair.)
    if (y.codes.length && y.codes.some((c) => c !== x.codes[0]) && y.coordinated && y.coordinated !== x) return undefined;
    const at = y.start - 1 - articleBefore(tokens, y.start);
    if (tokens[at]?.lower !== 'and' || y.codes.length !== 1 || y.kind === 'pronoun' || y.kind === 'both' || y.possessive) {
      if (y.codes.some((c) => c !== x.codes[0])) return undefined;
      continue;
    }
    if (y.codes[0] === x.codes[0]) continue;
    // (Nor a list closed by it: "between Ukraine, Russia and the United States".)
    if (y.coordinated && y.coordinated !== x) return undefined;
    return [x.codes[0], y.codes[0]];
  }
  return undefined;
}

export const talksWithPairRule = defineRule({
  id: 'discourse/talks-with-pair', stage: 'discourse',
  reason: '"Kosovo said it was ready to dissolve the association, after six hours of talks with Serbian negotiators in Brussels. The two sides agreed to meet again": a party right after "with" behind a noun of talks (rules.json \'nouns\': talks, negotiations, meeting …) and the first party that is the subject of the same sentence make the pair at the table; "both sides", "the two sides" after it are that pair (spec rule 8), not the lexicon\'s principal pair.',
});

/** The codes of the sentence's subject and the party of "talks with X" (mention k), when each is one party and they differ. */
function talksWithPair(actors: ActorMention[], k: number, tokens: Token[], index: LexiconIndex): string[] | undefined {
  const x = actors[k];
  if (x.codes.length !== 1 || x.kind === 'pronoun' || x.kind === 'both' || x.possessive) return undefined;
  const w = x.start - 1 - articleBefore(tokens, x.start);
  if (tokens[w]?.lower !== 'with' || !index.words(talksWithPairRule.id, 'nouns').has(tokens[w - 1]?.lower ?? '')) return undefined;
  // (Not talks owned by a party, "one on its talks with the Russian side and one on its talks with the Ukrainians",
  // "Armenia's own talks with Turkey": the owner, not the sentence's subject, sits across the table.)
  const owner = tokens[w - 2]?.lower ?? '';
  if (owner === 'its' || owner === 'their' || owner === 'his' || owner === 'her' || owner === 'own' || owner === 's') return undefined;
  let subject: ActorMention | undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence === x.sentence; j--) {
    const a = actors[j];
    if (!a.object && !a.possessive && a.kind !== 'both' && a.kind !== 'document' && a.codes.length === 1) subject = a;
  }
  if (!subject || subject.codes[0] === x.codes[0]) return undefined;
  return [subject.codes[0], x.codes[0]];
}

export const venueListNotPairRule = defineRule({
  id: 'discourse/venue-list-not-pair', stage: 'discourse',
  reason: '"Pashinyan said he was ready to meet Aliyev at any venue except Baku and Moscow. … Later the two sides agreed to exchange prisoners": parties named together as the places offered or ruled out for talks (a noun of place, rules.json \'nouns\', in the few tokens before the coordination, or "as" and such a noun right after it: "named Belgrade and Vienna as places where …") are venues, not the pair at the table; "both sides" after them stays the pair named before (spec rule 8).',
});

/** Whether the coordination from mention `first` to mention `last` is a list of venues ("any venue except X and Y", "X and Y as venues"). */
function venueList(first: ActorMention, last: ActorMention, tokens: Token[], index: LexiconIndex): boolean {
  const nouns = index.words(venueListNotPairRule.id, 'nouns');
  const gap = Number(index.vocab.rules[venueListNotPairRule.id]?.before ?? 3);
  // (A noun of place just before the list, "at any venue except X and Y", "in capitals such as X and Y"; not across a
  // sentence end nor a comma, where another clause begins.)
  for (let j = first.start - 1; j >= Math.max(0, first.start - gap); j--) {
    if (tokens[j].text === ',' || tokens[j].text === '.' || tokens[j].text === ';') break;
    if (nouns.has(tokens[j].lower)) return true;
  }
  // (Or "as" and such a noun after the list, its members perhaps not all parties: "named Warsaw, Budapest, Istanbul and
  // Baku as places where …".)
  let j = last.end;
  for (let n = 0; n < 8 && j < tokens.length && tokens[j].lower !== 'as' && tokens[j].text !== '.'; n++) j++;
  if (tokens[j]?.lower !== 'as') return false;
  const after = ARTICLES.has(tokens[j + 1]?.lower ?? '') || tokens[j + 1]?.lower === 'possible' ? j + 2 : j + 1;
  return nouns.has(tokens[after]?.lower ?? '') || (tokens[after]?.lower === 'possible' && nouns.has(tokens[after + 1]?.lower ?? ''));
}
