// Documents and their authors: statements, plans, drafts, memoranda. News attributes positions to
// documents ("the statement said", "the plan would freeze the front", "under the draft, …"); a reader
// keeps track of who wrote each document and resolves later references ("the plan", "the text") to it.
// Each document mention with known authors becomes an actor mention of kind 'document', so the holder
// rules treat "the statement said" like "Zelensky said", and a plan's content becomes its authors'
// proposal (spec: the plan's author PROPOSEs).
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import { actorMention, type ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';
import { memberStates } from './member-states.js';
import { defineWordClass, inClass } from './word-classes.js';
import { frontedAuthorAt } from './fronted-authors.js';
import { peaceSummitParty, peaceSummitDocument } from './peace-summit.js';

defineRule({
  id: 'discourse/joint-possessor', stage: 'discourse',
  reason: '"Brazil and China\'s joint document sets out six common understandings", "Serbia and Kosovo\'s draft": a possessive at the end of a coordination belongs to the whole group, so every party of it is the document\'s author and proposes each item.',
});

const statementSignatories = defineRule({
  id: 'discourse/statement-signatories', stage: 'discourse',
  reason: '"\'We support …,\' said the statement, signed by Prime Minister Nikol Pashinyan, French President Emmanuel Macron and German Chancellor Friedrich Merz", "the declaration issued by Armenia, France and Germany": a statement speaks for every party listed after its "by", the whole list (members joined by commas and "and", each a title with its name), not only the first two. A statement is the text its backers sign, so a finite passive of backing names them too ("The final communiqué was endorsed by Ukraine and about 80 other countries, the Czech Republic among them": UKR and CZE, a member named after the list with "among them" or "including" among them; a plan "endorsed by" a party is that party\'s acceptance), and when it heads its sentence the next sentence\'s "It says …" is the statement speaking. A plan keeps the list of parties joined to its first author ("drafted by Britain, France and Germany"), not a second titled envoy (a draft worked out by both sides\' envoys is put forward by one side).',
});

const documentByMembers = defineRule({
  id: 'discourse/document-by-members', stage: 'discourse',
  reason: '"A European counter-proposal, circulated by Britain, France and Germany, would raise the cap …": a group\'s adjective in a document phrase ("European", "Western") says whose side the document is on, while states named after a participle of writing or presenting it ("drafted", "circulated", "drawn up", "put forward" by …) are who wrote it; they are its authors and propose its contents, each of them, instead of the group. Not a verb of backing or brokering ("a European plan backed by France" stays the group\'s), nor a party named in the phrase itself ("the EU proposal").',
});

const presentedWith = defineRule({
  id: 'discourse/document-presented-with', stage: 'discourse',
  reason: '"Zelensky presented the leaders of the Group of 20 with a ten-point plan", "Ankara provided both delegations with a draft": a verb of presenting or providing, then the party given the document and "with", names the verb\'s subject as the document\'s author, as "Zelensky presented a plan" does. Only over words (no punctuation) and within ten tokens.',
});

const handedRecipient = defineRule({
  id: 'discourse/document-handed-recipient', stage: 'discourse',
  reason: '"Medinsky handed the Ukrainian side a memorandum", "Ukrainian negotiators handed their Russian counterparts a written set of proposals", "Washington sent Kyiv a 20-point draft": a verb of giving, then the party given the document (a party mention, with its article or possessive), then the document phrase names the verb\'s subject as the author, as "Medinsky handed over a memorandum" does; the party in between only received it. Only a party right between the verb and the phrase (or a "set/list of" before the document noun); rules.json \'verbs\', \'quantities\'.',
});

/** The verb of giving before the party given a document that starts at `start` ("handed the Ukrainian side a
 * memorandum"), or -1 (discourse/document-handed-recipient). */
function handedRecipientVerb(tokens: Token[], sentenceOf: Int32Array, endAt: Map<number, ActorMention>, verbs: Set<string>, quantities: Set<string>, start: number, s: number): number {
  let k = start;
  // ("a written set of proposals": the quantity noun and its article and modifier before the document noun.)
  if (tokens[k - 1]?.lower === 'of' && quantities.has(tokens[k - 2]?.lower ?? '')) {
    k -= 2;
    for (let j = k - 1; j >= Math.max(0, k - 3) && sentenceOf[j] === s; j--) if (/^(?:a|an|the|its|their|his|her)$/.test(tokens[j].lower)) { k = j; break; }
    if (!/^(?:a|an|the|its|their|his|her)$/.test(tokens[k]?.lower ?? '')) return -1;
  }

  // (A look-up by end token, not a scan of the article's mentions per document noun: speed, issue 10.)
  const a = endAt.get(k);
  if (!a || a.sentence !== s || a.kind === 'document' || a.possessive || !a.codes.length) return -1;
  let j = a.start - 1;
  // (The recipient's own article or possessive: "the Russians", "their Russian counterparts".)
  if (j >= 0 && sentenceOf[j] === s && /^(?:the|their|its|his|her)$/.test(tokens[j].lower)) j--;
  return j >= 0 && sentenceOf[j] === s && verbs.has(tokens[j].lower) ? j : -1;
}

const documentsRule = defineRule({
  id: 'discourse/documents', stage: 'discourse',
  reason: 'Documents speak for their authors: "the statement said" is its authors speaking; "the plan would freeze the front" is its authors proposing. Authors come from the phrase ("Trump\'s plan"), "by X" after it, "X issued a statement (with Y)" before it, or the document a later "the plan" refers back to.',
});

defineRule({
  id: 'discourse/relative-members', stage: 'discourse',
  reason: '"Lula said the delegation, which included envoys of Ghana, Kenya and Chile, had come to present a six-point plan": parties named inside a relative clause set off by commas (", which included …,", ", who represented …,") describe the subject, which is named outside it; they are not who produces the document after the clause. The author is looked for before the clause.',
});

defineRule({
  id: 'discourse/document-generic-antecedent', stage: 'discourse',
  reason: '"According to the Russian document, Moscow offers two options … The memorandum also demands the recognition of Crimea": a generic document noun ("document", "text", "paper") names no kind of document, so a later "the memorandum", "the statement" or "the plan" may refer back to it, as "the document" may refer back to a plan or a statement. Only within three sentences: further on, "The final declaration" names a document of its own, not "a document signed by the parties" of a list ten sentences before.',
});

defineRule({
  id: 'discourse/document-pronoun-opener', stage: 'discourse',
  reason: '"The draft was written by Qatar\'s mediators. Beyond the hostages, it would also reopen the crossings.": a plan\'s "it" may follow a short opening phrase set off by a comma that names no one ("Beyond territory,", "In exchange,", "For the first time,"); it goes on stating the plan of the sentence before, as a sentence-initial "It proposes" does. Not past a party or a verb of saying ("In Kyiv, it was read as …" names a place; "Asked about it, …").',
});

defineRule({
  id: 'discourse/document-pronoun-subject', stage: 'discourse',
  reason: '"A European counter-proposal, seen by Reuters, keeps the structure of the American text but changes key numbers. It would set a cap of 800,000 …", "The Turkish draft answers the Russian memorandum point by point. It would freeze …": when the sentence before names two plans of different authors, the plan heading it (its subject, at most three words into the sentence) is the one the plan\'s "It" goes on stating, not the later plan its verb takes as an object. With one plan, or none heading the sentence ("Armenia rejected the Turkish draft. It would …"), the latest plan is read as before.',
});

defineRule({
  id: 'discourse/document-under-it', stage: 'discourse',
  reason: '"The 20-point plan, drafted by the US envoy with Kenya\'s negotiator, was handed to Addis Ababa. Under it, Eritrea would withdraw from Badme": "Under it," heading a sentence refers to the plan with authors named in one of the two sentences before, and frames what that plan provides for as "Under the plan," does (candidate/document-provision). Only "under" right before "it" at the sentence\'s start and a comma right after: "it" elsewhere is a party or a thing.',
});

defineRule({
  id: 'discourse/document-zero-relative', stage: 'discourse',
  reason: '"Prabowo defended the peace proposal he put to the forum at the weekend", "the twelve-point paper Beijing published in February": a relative clause with no relative word, a party right after the document and a verb of producing it, names the document\'s author, as "the proposal that Ankara drafted" does.',
});

defineRule({
  id: 'discourse/document-lede', stage: 'discourse',
  reason: '"The draft handed to President Zelensky on Thursday asks Ukraine to pull its forces out of Donetsk. The plan also proposes … The 28-point document was drafted by the US envoy …": a lede states the plan before the story says who wrote it. A definite plan phrase ("the draft", "the plan") with no author in the lede (its first six sentences), before any other document is named, is the first plan whose authors are named within the next eight sentences; its stances are theirs. Not a phrase with a name of its own ("the Minsk Protocol").',
});

defineRule({
  id: 'discourse/document-own-reach', stage: 'discourse',
  reason: '"Kyiv\'s own ten-point peace formula, first presented in 2022, calls for …", "Baku\'s own twelve-point peace plan calls for …", "Armenia\'s own five-point settlement proposal": the walk back from a document noun to its possessor stops after seven tokens, which a count or hyphenated modifier and "peace" already use; "own" after a possessive is no step away from the possessor but part of saying whose the document is, so it lengthens the reach by one token and the possessor is still found as the author. Only "own" right after a possessive ("\'s", "its", "their"); nothing else widens the walk.',
});

/** Possessive pronouns before "own" (discourse/document-own-reach). */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

defineRule({
  id: 'discourse/document-compound', stage: 'discourse',
  reason: '"Kenya\'s mediation plan for Ethiopia and Eritrea", "Moldova published its reintegration plan", "the bank\'s restructuring proposal": a document noun may be the head of a compound whose other noun is in no list; one lower-case word right before it belongs to the phrase when a determiner or a possessor closes the phrase just before that word, so the possessor is found as the author. Not a lone word with nothing closing it ("Moscow rejects mediation plan": the verb is no modifier).',
});

defineRule({
  id: 'discourse/document-topic-name', stage: 'discourse',
  reason: '"China\'s 12-point Ukraine paper", "a 20-point Gaza plan", "Trump\'s Kosovo proposal": a place\'s name with no possessive right before the document noun (or before its "peace" or "settlement"), after a count or another author in the same phrase, names what the document is about, not who wrote it; "the Turkish draft", "Kenya\'s plan" and "the Kellogg plan" (a person) still name its authors, and so does an initialism ("a 28-point US plan", "the EU proposal").',
});

const documentVenueName = defineRule({
  id: 'discourse/document-venue-name', stage: 'discourse',
  reason: '"adopted what the Elysee called the Paris Declaration", "the Istanbul communique", "the Washington declaration": a city standing for its government (a metonym with no article of its own) right before a declaration or communique names where the text was adopted, not who wrote it; the signers or the meeting that adopted it are its authors. Not an institution with its article ("the Kremlin statement" is the Kremlin\'s), nor a plan or a memorandum ("the Moscow memorandum" is Moscow\'s).',
});

const documentNamedBy = defineRule({
  id: 'discourse/document-named-by', stage: 'discourse',
  reason: '"Leaders of the coalition adopted what President Macron called the Paris declaration": a clause naming the document ("what X called", "what X dubbed") stands between the verb that produced it and the document; the verb\'s subject is its author, not the one who named it.',
});

/** The token a naming clause before the document at `start` opens at ("what … called"), else `start`. */
function namingClauseStart(tokens: Token[], sentenceOf: Int32Array, start: number, verbs: Set<string>): number {
  if (!verbs.has(tokens[start - 1]?.lower ?? '')) return start;
  for (let j = start - 2; j >= Math.max(0, start - 8) && sentenceOf[j] === sentenceOf[start]; j--) {
    if (tokens[j].lower === 'what') return j;
    if (!tokens[j].word) break;
  }
  return start;
}

const memberSubjectRule = defineRule({
  id: 'discourse/member-subject', stage: 'discourse',
  reason: '"Leaders and ministers from some 35 countries of the so-called coalition of the willing, meeting at the Elysee Palace, adopted the Paris declaration", "Delegations of the Arab League issued a statement": a subject made only of nouns for members of a group (leaders, ministers, delegations, \'words\') and the words joining them ("and", "from", "of", "some 35 countries") names the group after them, which produced the document, though "of" makes that group look like an object. Only from the sentence\'s start, and only the first party named.',
});

/** The group a member-headed subject before the verb at `v` stands for (discourse/member-subject), or null. */
function memberSubject(tokens: Token[], sentenceOf: Int32Array, actors: ActorMention[], s: number, v: number, words: Set<string>): ActorMention | null {
  let j = v - 1;
  while (j >= 0 && sentenceOf[j] === s) j--;
  const first = j + 1;
  if (!words.has(tokens[first]?.lower ?? '')) return null;
  for (const a of actors) {
    if (a.sentence !== s || a.start < first || a.end > v || !a.codes.length || a.possessive) continue;
    for (let k = first; k < a.start; k++) {
      const x = tokens[k];
      if (!(words.has(x.lower) || /^\d/.test(x.text) || x.text === '-')) return null;
    }
    return a;
  }
  return null;
}

/** Words between a topic name and its document noun: "a 20-point Gaza peace plan". */
const TOPIC_LINKS = new Set(['peace', 'settlement', 'ceasefire', 'truce']);

const documentItSays = defineRule({
  id: 'discourse/document-it-says', stage: 'discourse',
  reason: '"Britain, France and Germany replied with a counter-draft of their own. It says territorial talks should start from the line of contact.": a sentence-initial "It" and a verb of saying right after a sentence naming a plan is the plan speaking when that sentence has no single party as its subject ("it" cannot be a group of parties); after "Ankara rejected the draft." it is Ankara.',
});

const documentOfOwn = defineRule({
  id: 'discourse/document-of-own', stage: 'discourse',
  reason: '"Britain, France and Germany replied on Sunday with a counter-draft of their own", "Baku tabled a text of its own": a document "of its/their own" is its clause\'s subject\'s: they are its authors, and a later "It sets …" or "the counter-draft" states their proposal.',
});

/**
 * Whether `a` stands inside a relative clause set off by commas that closes before the verb at `v`: a "which"/"who"
 * after a comma before it (within its sentence), and a comma between it and the verb.
 */
function insideRelative(tokens: Token[], sentenceOf: Int32Array, a: ActorMention, v: number): boolean {
  let opened = false;
  for (let j = a.start - 1; j >= Math.max(0, a.start - 30) && sentenceOf[j] === sentenceOf[a.start]; j--) {
    const w = tokens[j].lower;
    if (w === ';' || w === ':' || w === '"') return false;
    if ((w === 'which' || w === 'who') && tokens[j - 1]?.text === ',') { opened = true; break; }
  }
  if (!opened) return false;
  for (let j = a.end; j < v; j++) if (tokens[j].text === ',') return true;
  return false;
}

defineRule({
  id: 'discourse/passive-author-clause', stage: 'discourse',
  reason: '"In a letter posted on Saturday, the president said he was prepared to impose sanctions on Russia": a passive verb of authorship names a document\'s authors only in the document\'s own clause; past a verb of saying it belongs to the reported speech, and "was prepared to" followed by a verb is readiness, not drafting. The letter is then the speaker\'s, not the party after "prepared to … on".',
});

defineRule({
  id: 'discourse/named-document', stage: 'discourse',
  reason: '"Kyiv presented its peace formula … Moscow said the Black Sea Grain Initiative could only be restored if …": a document phrase with capitalised words of its own (a name: "the Black Sea Grain Initiative", "the Ohrid Agreement") that the earlier document\'s phrase does not have names another document, not the earlier one referred back to; its authors are unknown.',
});

/**
 * Whether the phrase `start`..`end` (its noun at `end`) names a document of its own: a capitalised word after its
 * first that `d`'s phrase lacks, other than a document's own words ("the 'Peace Plan'" refers back to "a plan").
 */
function ownName(tokens: Token[], start: number, end: number, d: DocumentRef, documentWord: (lower: string) => boolean): boolean {
  const earlier = new Set<string>();
  for (let j = d.start; j <= d.end && j < tokens.length; j++) earlier.add(tokens[j].lower);
  for (let j = start + 1; j < end; j++) if (tokens[j].cap && tokens[j].word && !earlier.has(tokens[j].lower) && !documentWord(tokens[j].lower)) return true;
  return false;
}

/** The words findDocuments() reads a token for: "it", an author noun, a document noun; most tokens are none. */
const DOCUMENT_WORD = defineWordClass('document words', (index) => ['it', ...['authorNouns', 'statements', 'plans', 'ownPlans', 'generic'].flatMap((l) => [...index.words(documentsRule.id, l)])]);

export type DocumentKind = 'statement' | 'plan';

export interface DocumentRef {
  /** Token range of the noun phrase ("the joint statement", "Trump's 28-point plan"). */
  start: number;
  end: number;
  sentence: number;
  kind: DocumentKind;
  authors: string[];
  /** How the authors were found: in or next to the phrase, or from the earlier document it refers back to. */
  via: 'phrase' | 'reference';
  /** The authors are the agents of a verb of drafting ("drawn up by Washington and Moscow", "the plan which Kellogg
   *  co-wrote"), here or in the document referred back to; not a possessor nor the subject that issued or finalised it. */
  drafted?: boolean;
}

/**
 * Finds document noun phrases, their authors (a possessor or party adjective inside the phrase, "… by X"
 * after it, "X issued a statement (with Y)" before it, or an earlier document the phrase refers back
 * to) and returns new actor mentions for those with authors and no party already named in them.
 */
export function findDocuments(tokens: Token[], sentenceOf: Int32Array, actors: ActorMention[], index: LexiconIndex, isObject: (start: number) => boolean): { documents: DocumentRef[]; mentions: ActorMention[] } {
  const statements = index.words(documentsRule.id, 'statements');
  const plans = index.words(documentsRule.id, 'plans');
  const ownPlans = index.words(documentsRule.id, 'ownPlans');
  const byTitles = index.words(documentsRule.id, 'byTitles');
  const ownModifiers = index.words(documentsRule.id, 'ownPlanModifiers');
  /** "own" right before token i, or before one or two modifiers of a version ("own amended", "own revised shorter"). */
  const ownBefore = (i: number): boolean => {
    for (let j = i - 1, seen = 0; j >= 0 && seen <= 2; j--) {
      const t = tokens[j].lower;
      if (t === 'own') return true;
      if (ownModifiers.has(t)) { seen++; continue; }
      return false;
    }
    return false;
  };
  const generic = index.words(documentsRule.id, 'generic');
  const modifiers = index.words(documentsRule.id, 'modifiers');
  const determiners = index.words(documentsRule.id, 'determiners');
  const references = index.words(documentsRule.id, 'references');
  const producers = index.words(documentsRule.id, 'producers');
  const byVerbs = index.words(documentsRule.id, 'byVerbs');
  const writingByVerbs = index.words(documentByMembers.id, 'verbs');
  const clauseStart = index.words(documentsRule.id, 'clauseStart');
  const documents: DocumentRef[] = [];
  const mentions: ActorMention[] = [];
  // Definite plan phrases with no author before any plan has one (discourse/document-lede).
  const pending: DocumentRef[] = [];
  // Documents whose authors only a party adjective in the phrase gives ("a Russian plan").
  const adjectiveOnly = new Set<DocumentRef>();
  // Whether a document other than a lede's unauthored plan has been named so far.
  let otherDocument = false;
  // Actor mentions by start token, to look up what a phrase contains without scanning the list.
  const startAt = new Map<number, ActorMention>();
  for (const a of actors) startAt.set(a.start, a);
  // Actor mentions by end token (discourse/document-handed-recipient): the last one ending there.
  const endAt = new Map<number, ActorMention>();
  for (const a of actors) endAt.set(a.end, a);
  const actorCovering = (i: number): ActorMention | undefined => {
    for (let j = i; j >= Math.max(0, i - 6); j--) { const a = startAt.get(j); if (a && a.end > i) return a; }
    return undefined;
  };
  // 5. "It proposes that …", "It would also cap …": a sentence opened by "it" and a verb a plan provides with,
  // right after a sentence that names a plan, goes on stating that plan.
  const planPronoun = (i: number): DocumentRef | null => {
    const s = sentenceOf[i];
    const verb = tokens[i + 1]?.lower ?? '';
    if (s === 0 || (!itVerbs.has(verb) && !itSayVerbs.has(verb))) return null;
    // ("It sets aside territory and security arrangements": a particle of leaving out, rules.json 'itExcluding', makes
    // the verb say what the plan does not provide.)
    if (index.words(documentsRule.id, 'itExcluding').has(tokens[i + 2]?.lower ?? '')) return null;
    // "It says …" is the plan only when the sentence before has no single party as its subject for "it" to be
    // ("Britain, France and Germany replied with a counter-draft. It says …": a group is "they";
    // discourse/document-it-says). "Ankara rejected the draft. It says …" is Ankara speaking.
    // (Unless a statement heads that sentence: "The final communiqué was endorsed by Ukraine and 80 other countries, the
    // Czech Republic among them. It says that: …" is the communiqué speaking, discourse/statement-signatories.)
    const headedStatement = (d: DocumentRef): boolean => {
      let head = d.start;
      while (head > 0 && sentenceOf[head - 1] === d.sentence) head--;
      return d.kind === 'statement' && d.sentence === s - 1 && d.start - head <= 3;
    };
    const statementHeads = documents.some(headedStatement);
    if (!itVerbs.has(verb) && !statementHeads && actors.some((a) => a.sentence === s - 1 && !a.object && !a.possessive && a.kind !== 'document' && a.kind !== 'pronoun' && !a.plural && !a.coordinated && !actors.some((b) => b.coordinated === a))) return null;
    // ("Beyond territory, it would cap …", "In exchange, it offers …": past a short opening phrase set off by a comma
    // that names no one, discourse/document-pronoun-opener.)
    // ("Drawn up by Britain, France and Germany, it sets …": a fronted participle names the plan's authors,
    // discourse/fronted-authors.)
    const fronted = i > 0 && sentenceOf[i - 1] === s ? frontedAuthorAt(tokens, sentenceOf, startAt, writingByVerbs, i) : null;
    if (i > 0 && sentenceOf[i - 1] === s && !fronted && !openerBefore(i, s)) return null;
    // Someone speaking judges the plan ("It would be a mistake to dismiss it, Macron said"): not its words.
    // ("It sets a ceiling of 800,000 and says talks should start …": a verb of saying coordinated with the plan's own
    // verb is the plan speaking.)
    for (let j = i + 2; j < tokens.length && sentenceOf[j] === s; j++) if (speech.has(tokens[j].lower) && !(tokens[j - 1].lower === 'and' && itSayVerbs.has(tokens[j].lower))) return null;
    // ("A European counter-proposal, seen by Reuters, keeps the structure of the American text. It would set …": the plan
    // heading the sentence before, its subject, is the one "it" goes on stating, not a plan named later as its object,
    // discourse/document-pronoun-subject.)
    const subjectPlan = documents.find((d) => {
      if (d.sentence !== s - 1 || d.kind !== 'plan' || !d.authors.length || framedRefs.has(d)) return false;
      let head = d.start;
      while (head > 0 && sentenceOf[head - 1] === d.sentence) head--;
      return d.start - head <= 3 && !tokens.slice(head, d.start).some((x) => !x.word);
    });
    if (subjectPlan && documents.some((d) => d.sentence === s - 1 && d.kind === 'plan' && d.start > subjectPlan.start && d.authors.join() !== subjectPlan.authors.join())) {
      return { start: i, end: i + 1, sentence: s, kind: 'plan', authors: fronted ? withCoordinatedAfter(fronted, actors, tokens, false) : [...subjectPlan.authors], via: 'reference', drafted: fronted ? true : undefined };
    }
    for (let k = documents.length - 1; k >= 0; k--) {
      const d = documents[k];
      if (d.sentence < s - 1) break;
      // (Also a statement: "… closed with a final communiqué. It calls for …", discourse/document-it-statement.)
      if (framedRefs.has(d)) return null;
      // ("The final communiqué was endorsed by Ukraine and 80 other countries. It says that: …": a statement that heads
      // the sentence before speaks in "It says" too; after "The Kremlin issued a statement." the Kremlin speaks.)
      if (d.sentence === s - 1 && (d.kind === 'plan' || (d.kind === 'statement' && (itVerbs.has(verb) || (itSayVerbs.has(verb) && headedStatement(d)))))) return { start: i, end: i + 1, sentence: s, kind: d.kind === 'statement' && !itVerbs.has(verb) ? 'statement' : 'plan', authors: fronted ? withCoordinatedAfter(fronted, actors, tokens, false) : [...d.authors], via: 'reference', drafted: fronted ? true : undefined };
    }
    return null;
  };
  // 5b. "Under it, Eritrea would withdraw …": "it" framed by "under" at the head of a sentence, one or two sentences
  // after a plan with authors, is that plan (discourse/document-under-it).
  const framedPronoun = (i: number): DocumentRef | null => {
    const s = sentenceOf[i];
    if (s === 0 || i < 1 || tokens[i + 1]?.text !== ',' || tokens[i - 1].lower !== 'under' || sentenceOf[i - 1] !== s || (i >= 2 && sentenceOf[i - 2] === s)) return null;
    // (The latest document with authors must be the plan: "signed a separate declaration of intent. Under it, …" is
    // the declaration's, not an earlier plan's; a generic "Its text" with no authors between them refers to the plan.)
    for (let k = documents.length - 1; k >= 0; k--) {
      const d = documents[k];
      if (d.sentence < s - 2) break;
      if (d.sentence >= s || !d.authors.length) continue;
      if (d.kind !== 'plan') return null;
      const ref: DocumentRef = { start: i, end: i + 1, sentence: s, kind: 'plan', authors: [...d.authors], via: 'reference' };
      framedRefs.add(ref);
      return ref;
    }
    return null;
  };
  // ("Under it, Ukraine would declare itself neutral … It would remain a non-nuclear state": the next sentence's "It"
  // is the party, not the plan again; planPronoun does not chain from a framed "it".)
  const framedRefs = new Set<DocumentRef>();
  const openerBefore = (i: number, s: number): boolean => {
    if (tokens[i - 1].text !== ',') return false;
    let j = i - 2;
    for (; j >= 0 && sentenceOf[j] === s; j--) if (startAt.has(j) || speech.has(tokens[j].lower) || tokens[j].text === ',' || tokens[j].text === '"') return false;
    // ("According to a copy seen by reporters, it would …": the copy the reporter saw is the plan's text, a longer opener.)
    return i - 2 - j <= (tokens[j + 1]?.lower === 'according' ? 8 : 5);
  };
  // 6. "The authors also suggested …": the authors of the plan named in the last few sentences.
  const planAuthors = (i: number): ActorMention | null => {
    const s = sentenceOf[i];
    if (!references.has(tokens[i - 1]?.lower ?? '') || sentenceOf[i - 1] !== s || tokens[i + 1]?.lower === 'of' || startAt.has(i)) return null;
    for (let k = documents.length - 1; k >= 0; k--) {
      const d = documents[k];
      if (s - d.sentence > 3) break;
      if (d.kind === 'plan' && d.sentence <= s) return actorMention([...d.authors], i - 1, i + 1, s, 'group', tokens[i + 1]?.text === "'", isObject(i - 1), true, true, false, undefined, undefined, undefined);
    }
    return null;
  };
  // In a title-case headline ("US and Ukraine Trim Peace Plan") capitals say nothing about names.
  const sentences = tokens.length ? sentenceOf[tokens.length - 1] + 1 : 0;
  const words = new Uint32Array(sentences), caps = new Uint32Array(sentences);
  for (let j = 0; j < tokens.length; j++) if (tokens[j].word) { words[sentenceOf[j]]++; if (tokens[j].cap) caps[sentenceOf[j]]++; }
  const isTitle = (s: number): boolean => words[s] >= 4 && caps[s] / words[s] > 0.6;
  const itVerbs = index.words(documentsRule.id, 'itVerbs');
  const ownPossessives = index.words(documentOfOwn.id, 'possessives');
  const itSayVerbs = index.words(documentItSays.id, 'verbs');
  /** The actor mention a document with authors stands as: its authors, speaking from the head of a clause. */
  const documentMention = (d: DocumentRef): ActorMention => actorMention([...d.authors], d.start, d.end, d.sentence, 'document',
    tokens[d.end]?.text === "'" && tokens[d.end + 1]?.lower === 's',
    // A document is mostly an object ("welcomed the plan"); it speaks or acts only from the head of a clause
    // ("The statement said", "…, the plan would freeze", "under the draft").
    isObject(d.start) || !clauseStart.has(tokens[d.start - 1]?.lower ?? '.') && sentenceOf[d.start - 1] === d.sentence,
    false, d.authors.length > 1, false, undefined, undefined, d.kind);
  const authorNouns = index.words(documentsRule.id, 'authorNouns');
  const speech = index.words('speech-verbs');
  for (let i = 0; i < tokens.length; i++) {
    if (!inClass(tokens[i], DOCUMENT_WORD)) continue;
    const w = tokens[i].lower;
    if (w === 'it') { const ref = planPronoun(i) ?? framedPronoun(i); if (ref) { documents.push(ref); mentions.push(actorMention([...ref.authors], i, i + 1, ref.sentence, 'document', false, false, false, ref.authors.length > 1, false, undefined, undefined, 'plan')); } continue; }
    if (authorNouns.has(w)) { const m = planAuthors(i); if (m) mentions.push(m); continue; }
    // ("put forward their own version": a party's own version is a counter-plan, rules.json 'ownPlans'.)
    // (One or two modifiers may stand between, "their own amended version", "its own new revised version".)
    const ownPlan = ownPlans.has(w) && tokens[i + 1]?.lower !== 'of' && ownBefore(i);
    const kind: DocumentKind | null = statements.has(w) ? 'statement' : plans.has(w) || ownPlan ? 'plan' : generic.has(w) ? 'plan' : null;
    if (!kind) continue;
    const s = sentenceOf[i];
    // A verb form is no document ("plans to meet", "statement" is always a noun; "draft" before "a" is a verb).
    const next = tokens[i + 1]?.lower ?? '';
    // (After a determiner, a possessive or a modifier it is the noun: "a Turkish plan to end the war", "Trump's plan to
    // end the war", "the proposal to freeze the front" (discourse/documents 'nounBefore'); "Ankara plans to …" is a verb.)
    if (next === 'to' && (w === 'plan' || w === 'plans' || w === 'proposal')) {
      const prev = tokens[i - 1];
      const nounBefore = !!prev && sentenceOf[i - 1] === s && (index.words('discourse/documents', 'nounBefore').has(prev.lower) || prev.lower === 's' || (prev.cap && i - 1 > 0 && sentenceOf[i - 2] === s && tokens[i - 2].word && /^(?:a|an|the)$/i.test(tokens[i - 2].text))
        // ("a ten-point plan to end the war", "a 12-point plan to": a hyphenated modifier or a count is a noun's.)
        || (i > 1 && sentenceOf[i - 2] === s && tokens[i - 2].text === '-' && tokens[i - 2].end === prev.start) || /^\d/.test(prev.text));
      if (!nounBefore || w === 'plans') continue;
    }
    // Walk back over the phrase's modifiers: numbers, hyphens, names, party adjectives and possessives.
    let start = i;
    let compound = false;
    // ("Kyiv's own ten-point peace formula": "own" after a possessor adds a word to the phrase, not a step away from
    // its possessor: the reach grows by one, discourse/document-own-reach.)
    let reach = 7;
    for (let j = i - 1; j >= 0 && i - j <= reach && sentenceOf[j] === s; j--) {
      const t = tokens[j];
      if (t.lower === 'own' && reach === 7 && j > 0 && sentenceOf[j - 1] === s && (tokens[j - 1].lower === 's' || POSSESSIVE_PRONOUNS.has(tokens[j - 1].lower))) reach = 8;
      const inActor = actorCovering(j);
      // (A possessive pronoun opens the phrase: "handed Kyiv its memorandum" is Russia's, not Kyiv's.)
      if (inActor) { start = inActor.start; j = inActor.start; if (inActor.kind === 'pronoun') break; continue; }
      // (Each word of a hyphenated modifier is one too: "its twelve-point position paper", "a three-stage plan".)
      const hyphened = t.word && ((tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end) || (tokens[j - 1]?.text === '-' && tokens[j - 1].end === t.start));
      if (hyphened || t.text === '-' || t.text === "'" || (t.lower === 's' && tokens[j - 1]?.text === "'") || /^\d/.test(t.text) || modifiers.has(t.lower) || (t.cap && t.word && j > 0 && sentenceOf[j - 1] === s && !determiners.has(t.lower) && !isTitle(s))) { start = j; continue; }
      // ("Kenya's mediation plan", "its reintegration plan", "the Vatican's humanitarian proposal": one more noun of a
      // compound, when a determiner or a possessor closes the phrase right before it, discourse/document-compound.)
      if (!compound && kind === 'plan' && t.word && !t.cap && !determiners.has(t.lower) && j > 0 && sentenceOf[j - 1] === s && /^[a-z][a-z-]+$/.test(t.lower)) {
        const p = tokens[j - 1];
        if (determiners.has(p.lower) || actorCovering(j - 1)?.possessive || (p.lower === 's' && tokens[j - 2]?.text === "'")) { compound = true; start = j; continue; }
      }
      if (determiners.has(t.lower)) start = j;
      break;
    }
    // ("The White House's 28-point peace plan": a long phrase's determiner before its possessor, past the walk's reach.)
    if (start > 0 && i - start >= 7 && startAt.get(start)?.possessive && sentenceOf[start - 1] === s && determiners.has(tokens[start - 1].lower)) start--;
    const authors: string[] = [];
    const add = (codes: string[]) => { for (const c of codes) if (!authors.includes(c)) authors.push(c); };
    let drafted = false;
    // ("China's 12-point Ukraine paper", "a 20-point Gaza plan", "Trump's Kosovo proposal": a place's name, no
    // possessive, right before the document noun (or its "peace"), after a count or another author in the phrase,
    // names what the document is about, not who wrote it: discourse/document-topic-name.)
    const topicName = (a: ActorMention): boolean => {
      if ((a.kind !== 'party' && a.kind !== 'metonym') || a.possessive) return false;
      // (Not an initialism, which stands for its author: "a 28-point US plan", "the EU proposal".)
      if (tokens.slice(a.start, a.end).every((x) => !x.word || x.text === x.text.toUpperCase())) return false;
      if (!(a.end === i || (a.end === i - 1 && TOPIC_LINKS.has(tokens[i - 1].lower)))) return false;
      for (let k = start; k < a.start; k++) if (/^\d/.test(tokens[k].text) || startAt.get(k)?.possessive) return true;
      return false;
    };
    // 1. A party inside the phrase: "Trump's plan", "the Russian memorandum", "a US-backed proposal".
    let named = false;
    // ("the Paris Declaration": a city's name before a declaration names its venue, discourse/document-venue-name.)
    const venueName = (a: ActorMention): boolean => a.kind === 'metonym' && a.end === i && a.end - a.start === 1 && !a.possessive && tokens[a.start].cap && index.words(documentVenueName.id, 'nouns').has(w);
    for (let j = start; j < i; j++) { const a = startAt.get(j); if (a && a.codes.length && a.end <= i + 1 && !topicName(a) && !venueName(a)) { add(a.codes); named = true; } }
    // "Brazil and China's joint document", "Armenia and Azerbaijan's draft": a possessive that ends a coordination
    // is the group's, and every party of it is an author (discourse/joint-possessor).
    const first = startAt.get(start);
    if (first?.possessive && first.coordinated) { const all = coordinatedCodes(first); authors.length = 0; add(all); }
    // A party adjective is no actor mention on its own ("the Turkish draft", "the Franco-British plan"): it names
    // the authors here, and the phrase becomes their mention.
    let adjective = false;
    if (!named) {
      for (let j = start; j < i; j++) {
        const hit = tokens[j].cap ? index.names.matchAt(tokens, j) : null;
        if (hit && hit.end <= i) for (const v of hit.values) if (v.kind === 'adjective') { add([v.code]); adjective = true; }
      }
    }
    // 2a. "The plan, which Kellogg co-wrote …", "the proposal that Ankara drafted": a relative clause whose
    // subject produced it.
    if (!authors.length) {
      let j = i + 1;
      if (tokens[j]?.text === ',') j++;
      // (Also with no relative word: "the peace proposal he put to the forum", "the paper Beijing published",
      // discourse/document-zero-relative.)
      const zero = j === i + 1 && !!startAt.get(j)?.codes.length && !startAt.get(j)!.possessive;
      if (((tokens[j]?.lower === 'which' || tokens[j]?.lower === 'that') || zero) && sentenceOf[j] === s) {
        const a = startAt.get(zero ? j : j + 1);
        let v = a ? a.end : -1;
        while (v >= 0 && (tokens[v]?.lower === 'had' || tokens[v]?.lower === 'has' || tokens[v]?.lower === 'have' || tokens[v]?.lower === 'jointly')) v++;
        // (A hyphenated verb is three tokens: "co-wrote".)
        const verb = v < 0 ? '' : tokens[v + 1]?.text === '-' ? `${tokens[v].lower}-${tokens[v + 2]?.lower ?? ''}` : tokens[v]?.lower ?? '';
        if (a?.codes.length && !a.possessive && (producers.has(verb) || byVerbs.has(verb))) { add(withCoordinatedAfter(a, actors, tokens, kind === 'statement')); drafted = true; }
      }
    }
    // 2. "… drafted by Witkoff", "presented by Zelensky".
    const byAuthors = (verbs: Set<string>): string[] => {
      // (Also past a comma and a particle: "The document, drawn up by Ankara, …"; and through a participle phrase
      // set off by commas whose first "by" names no author: "The draft, first reported by Axios and drafted by
      // Witkoff, …" — past the old reach of five words the phrase ends at its closing comma.)
      const setOff = tokens[i + 1]?.text === ',';
      const reach = setOff ? i + 16 : i + 5;
      for (let j = i + 1; j <= reach && j < tokens.length && sentenceOf[j] === s; j++) {
        if (setOff && j > i + 5 && tokens[j].text === ',') break;
        if (tokens[j].lower !== 'by') continue;
        const verb = tokens[j - 1].lower === 'up' ? tokens[j - 2]?.lower ?? '' : tokens[j - 1].lower;
        if (!verbs.has(verb)) continue;
        // ("the ceasefire plan was endorsed by the European Union": a finite passive of backing names who accepts the
        // document, its stance of its own; "a plan backed by the US", a participle, still names its sponsor.)
        // (But a statement is the text its backers sign: "The final communiqué was endorsed by Ukraine and about 80 other
        // countries" names its signatories, discourse/statement-signatories.)
        if (kind !== 'statement' && index.words(documentsRule.id, 'backingByVerbs').has(verb) && index.words(documentsRule.id, 'passiveAuxiliaries').has(tokens[j - 2]?.lower ?? '')) break;
        // ("drafted by special envoy Steve Witkoff": past the lower-case words of a title to the name, discourse/documents 'byTitles'.)
        let n = j + 1;
        while (n < j + 4 && !startAt.get(n) && byTitles.has(tokens[n]?.lower ?? '') && !tokens[n].cap) n++;
        const a = startAt.get(j + 1) ?? startAt.get(j + 2) ?? startAt.get(n);
        if (!a?.codes.length) return [];
        const by = withCoordinatedAfter(a, actors, tokens, kind === 'statement');
        // ("endorsed by Ukraine and about 80 other countries, the Czech Republic among them": a member the list names
        // after it, ", X among them" or ", including X", signs the statement too, discourse/statement-signatories.)
        if (kind === 'statement') for (const c of signatoriesAmong(tokens, sentenceOf, actors, startAt, a, index.words(statementSignatories.id, 'among'), index.words(memberStates.id, 'openers'))) if (!by.includes(c)) by.push(c);
        return by;
      }
      return [];
    };
    if (!authors.length) { const by = byAuthors(byVerbs); if (by.length) { add(by); drafted = true; } }
    // ("A European counter-proposal, circulated by Britain, France and Germany, …": a group's adjective says whose side
    // the document is on; states named as its authors after a verb of writing it are who wrote it and put it
    // forward, so they replace the group: discourse/document-by-members.)
    else if (adjective && !named && authors.every((c) => !index.states.has(c))) {
      const by = byAuthors(writingByVerbs);
      if (by.length && by.every((c) => index.states.has(c))) { authors.length = 0; add(by); adjective = false; drafted = true; }
    }
    // ("Drawn up by Britain, France and Germany, the counter-draft sets …": a fronted participle of writing names the
    // authors, instead of none or a group's adjective, discourse/fronted-authors.)
    if (!named && (!authors.length || (adjective && authors.every((c) => !index.states.has(c))))) {
      const a = frontedAuthorAt(tokens, sentenceOf, startAt, writingByVerbs, start);
      if (a) { authors.length = 0; add(withCoordinatedAfter(a, actors, tokens, kind === 'statement')); drafted = true; adjective = false; }
    }
    // 2b. "a plan which, according to media reports, is being developed in circles close to Trump's
    // administration": a passive verb of authorship later in the sentence, and the party named after it.
    if (!authors.length) {
      const authorVerbs = index.words(documentsRule.id, 'passiveAuthorVerbs');
      const auxiliaries = index.words(documentsRule.id, 'passiveAuxiliaries');
      for (let j = i + 2; j <= i + 25 && j < tokens.length && sentenceOf[j] === s; j++) {
        // "In a letter posted on Saturday, the president said he was prepared to impose sanctions on Russia": a
        // verb of saying between them opens another clause, whose "was prepared to" is no authorship of the
        // document (discourse/passive-author-clause).
        if (speech.has(tokens[j].lower)) break;
        if (!authorVerbs.has(tokens[j].lower) || !auxiliaries.has(tokens[j - 1].lower)) continue;
        // ("was prepared to impose", "were worked to": readiness, not a document being written.)
        if (tokens[j + 1]?.lower === 'to') continue;
        for (let k = j + 1; k <= j + 8 && k < tokens.length && sentenceOf[k] === s; k++) {
          const a = startAt.get(k);
          if (a?.codes.length) { add(withCoordinatedAfter(a, actors, tokens, kind === 'statement')); drafted = true; break; }
        }
        break;
      }
    }
    // 3. "European leaders … issued a joint statement with Ukraine": the subject of a producing verb right before.
    if (!authors.length) {
      let v = -1;
      // ("adopted what the Elysee called the Paris Declaration": past a clause naming the document, back to the verb
      // that produced it, discourse/document-named-by.)
      const from = namingClauseStart(tokens, sentenceOf, start, index.words(documentNamedBy.id, 'verbs'));
      for (let j = from - 1; j >= Math.max(0, from - 3) && sentenceOf[j] === s; j--) if (producers.has(tokens[j].lower)) { v = j; break; }
      // ("Zelensky presented the leaders of the Group of 20 with a ten-point plan": the producing verb before the
      // party it is given to and "with", discourse/document-presented-with.)
      // ("Medinsky handed the Ukrainian side a memorandum", "Kyiv's negotiators handed their Russian counterparts a
      // written set of proposals": a verb of giving, then the party given it, then the document names the verb's
      // subject as the author, not the party it went to: discourse/document-handed-recipient.)
      let handed = false;
      if (v < 0) { v = handedRecipientVerb(tokens, sentenceOf, endAt, index.words(handedRecipient.id, 'verbs'), index.words(handedRecipient.id, 'quantities'), start, s); handed = v >= 0; }
      if (v < 0 && tokens[start - 1]?.lower === 'with') {
        const withVerbs = index.words(presentedWith.id);
        for (let j = start - 2; j >= Math.max(0, start - 12) && sentenceOf[j] === s; j--) {
          if (!tokens[j].word) break;
          if (withVerbs.has(tokens[j].lower)) { v = j; break; }
        }
      }
      if (v >= 0) {
        for (let k = actors.length - 1; k >= 0; k--) {
          const a = actors[k];
          if (a.sentence !== s || a.end > v) continue;
          if (a.object || a.possessive || !a.codes.length) continue;
          // (Not a party listed inside a relative clause on the subject: discourse/relative-members.)
          if (insideRelative(tokens, sentenceOf, a, v)) continue;
          add(coordinatedCodes(a));
          break;
        }
        // ("began with Washington handing Kyiv a 28-point plan": a party right before the verb of giving is its subject,
        // even after a preposition that makes it look like an object.)
        if (!authors.length && handed) { const a = endAt.get(v); if (a && a.sentence === s && !a.possessive && a.kind !== 'document' && a.codes.length) add(coordinatedCodes(a)); }
        // ("Leaders and ministers from some 35 countries of the coalition of the willing, meeting at the Elysee, adopted
        // …": a subject headed by members of a group stands for the group, discourse/member-subject.)
        if (!authors.length) { const a = memberSubject(tokens, sentenceOf, actors, s, v, index.words(memberSubjectRule.id, "words")); if (a) add(withCoordinatedAfter(a, actors, tokens, kind === "statement")); }
        // "… with Ukraine": co-authors named right after the document.
        if (authors.length && tokens[i + 1]?.lower === 'with') { const a = startAt.get(i + 2) ?? startAt.get(i + 3); if (a?.codes.length) add(a.codes); }
      }
    }
    // 3b. "Britain, France and Germany replied with a counter-draft of their own", "Ankara tabled a plan of its own":
    // the phrase's "of its/their own" names the clause's subject as the author (discourse/document-of-own).
    if (!authors.length && tokens[i + 1]?.lower === 'of' && ownPossessives.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'own') {
      for (let k = actors.length - 1; k >= 0; k--) {
        const a = actors[k];
        if (a.sentence !== s || a.end > start) continue;
        if (a.object || a.possessive || !a.codes.length || insideRelative(tokens, sentenceOf, a, start)) continue;
        add(coordinatedCodes(a));
        break;
      }
    }
    // 3c. "The two-day Summit on Peace in Ukraine closed with a final communiqué …": a document no one is named as
    // writing, in the sentence of a meeting held for peace in one party, speaks for that party
    // (discourse/peace-summit-document). Not a reference back to an earlier document ("the plan", "the text").
    if (!authors.length && !(references.has(tokens[start]?.lower ?? '') && documents.some((d) => s - d.sentence <= 12))) {
      const c = peaceSummitParty(tokens, sentenceOf, startAt, index.words(peaceSummitDocument.id, 'meetings'), start, i);
      if (c) add([c]);
    }
    const direct = authors.length > 0;
    // 4. "the plan", "this document": the latest document of the same kind (any kind for "document", "text").
    if (!authors.length && references.has(tokens[start]?.lower ?? '')) {
      for (let k = documents.length - 1; k >= 0; k--) {
        const d = documents[k];
        // (A generic noun says nothing of the kind, either way: "the Russian document … The memorandum also demands …"
        // refers back to it, within three sentences; discourse/document-generic-antecedent.)
        if (d.kind !== kind && !generic.has(w) && !(generic.has(tokens[d.end - 1]?.lower ?? '') && s - d.sentence <= 3)) continue;
        if (s - d.sentence > 12) break;
        // (A document with a name of its own is another one: "the Black Sea Grain Initiative" after "the peace
        // formula", discourse/named-document.)
        if (ownName(tokens, start, i, d, (x) => modifiers.has(x) || plans.has(x) || statements.has(x) || generic.has(x))) break;
        add(d.authors);
        drafted = !!d.drafted;
        break;
      }
    }
    if (!authors.length) {
      // (Held for the lede pass below: "The draft handed to Zelensky asks Ukraine …" before any plan has an author.)
      // (Only near the top, and only while no other document has been named that it could refer back to: "a
      // declaration … The text says …".)
      if (kind === 'plan' && s < LEDE_SENTENCES && !otherDocument && references.has(tokens[start]?.lower ?? '') && !documents.some((d) => d.kind === 'plan')) pending.push({ start, end: i + 1, sentence: s, kind, authors: [], via: 'reference' });
      else otherDocument = true;
      continue;
    }
    otherDocument = true;
    const ref: DocumentRef = { start, end: i + 1, sentence: s, kind, authors, via: direct ? 'phrase' : 'reference', drafted };
    documents.push(ref);
    if (adjective && !named) adjectiveOnly.add(ref);
    // A party already named in the phrase holds its stances itself ("the US proposal"); only a phrase that
    // names no party becomes a mention of its authors.
    if (named) continue;
    mentions.push(documentMention(ref));
  }
  // "The draft handed to Zelensky on Thursday asks Ukraine to pull out of Donetsk. … The 28-point document was drafted
  // by Witkoff …": a lede names the plan before the story says who wrote it. A definite plan phrase with no author,
  // before any plan of the article has one, is the first plan whose authors the next sentences give
  // (discourse/document-lede).
  // (Not a plan only described by a party adjective, "sounded like a Russian plan": only authors the story states.)
  // (Nor an indefinite one, a characterisation rather than the plan met again: 'dismissed it as "a Russian plan"'.)
  const firstAuthored = documents.find((d) => d.kind === 'plan' && d.via === 'phrase' && !adjectiveOnly.has(d) && tokens[d.start].lower !== 'a' && tokens[d.start].lower !== 'an');
  if (firstAuthored && pending.length) {
    for (const p of pending) {
      if (p.sentence >= firstAuthored.sentence || firstAuthored.sentence - p.sentence > LEDE_REACH) continue;
      // (A phrase with a name of its own is another document: "the Minsk Protocol" before "Trump's plan".)
      if (ownName(tokens, p.start, p.end - 1, firstAuthored, (x) => modifiers.has(x) || plans.has(x) || statements.has(x) || generic.has(x))) continue;
      p.authors = [...firstAuthored.authors];
      p.drafted = firstAuthored.drafted;
      documents.push(p);
      mentions.push(documentMention(p));
    }
    documents.sort((a, b) => a.start - b.start);
    mentions.sort((a, b) => a.start - b.start);
  }
  return { documents, mentions };
}

/** How many sentences after a lede's unauthored plan the story may name its authors (discourse/document-lede). */
const LEDE_REACH = 8;
/** A lede's sentences: its headline, standfirst or key points and first paragraph (discourse/document-lede). */
const LEDE_SENTENCES = 6;

/** The codes of a mention and of the mentions coordinated with it ("Britain, France and Germany"). */
export function coordinatedCodes(a: ActorMention): string[] {
  const codes = [...a.codes];
  for (let c = a.coordinated; c; c = c.coordinated) for (const x of c.codes) if (!codes.includes(x)) codes.unshift(x);
  return codes;
}

/**
 * "by Witkoff and Dmitriev": the mention and those coordinated right after it. A statement (`whole`) speaks for every
 * party in the list after its "by" (discourse/statement-signatories): "signed by Armenia, France and Germany" reaches
 * "Germany" through "France" (each member points back to the one before it); a title touching its name is one member
 * ("French President | Emmanuel Macron"); and after a comma a title that a name follows is the next member, not an
 * apposition ("signed by Prime Minister Nikol Pashinyan, French President Emmanuel Macron and German Chancellor
 * Friedrich Merz"; an apposition names no one after its title: "by Macron, the French president"). A plan keeps the
 * list of parties joined to its first author ("drafted by Britain, France and Germany") but not a second titled
 * person: a draft worked out by two sides' envoys ("drafted by US envoy Steve Witkoff and Kremlin envoy Kirill
 * Dmitriev") is put forward by one side, as the text after it says, and the gold gives it to that side.
 */
function withCoordinatedAfter(a: ActorMention, actors: ActorMention[], tokens: Token[], whole: boolean): string[] {
  const codes = [...a.codes];
  if (!whole) {
    const list = new Set<ActorMention>([a]);
    for (const b of actors) if (b.coordinated && list.has(b.coordinated)) { list.add(b); for (const x of b.codes) if (!codes.includes(x)) codes.push(x); }
    return codes;
  }
  const chain = new Set<ActorMention>([a]);
  let last = a;
  for (let k = actors.indexOf(a) + 1; k < actors.length && actors[k].sentence === a.sentence; k++) {
    const b = actors[k];
    const titled = b.kind === 'description' && tokens[last.end]?.text === ',' && b.start === last.end + 1 && actors[k + 1]?.start === b.end && actors[k + 1].kind === 'person';
    if (!(b.start === last.end || (b.coordinated && chain.has(b.coordinated)) || titled)) break;
    chain.add(b); last = b;
    // (Inside the participle the members are objects of "by", not the subject of the verb after it: "The declaration
    // issued by Yerevan, Paris and Berlin called for …" is the declaration calling.)
    b.object = true;
    for (const x of b.codes) if (!codes.includes(x)) codes.push(x);
  }
  return codes;
}

/**
 * Parties a list of signatories names after itself in its sentence (discourse/statement-signatories): the mention right
 * after a comma that "among them" follows ("…, the Czech Republic among them"), or the members after a comma and one of
 * discourse/member-states' openers ("…, including Moldova and Georgia", "…, among them Poland"), with those coordinated
 * with the first.
 */
function signatoriesAmong(tokens: Token[], sentenceOf: Int32Array, actors: ActorMention[], startAt: Map<number, ActorMention>, a: ActorMention, after: Set<string>, openers: Set<string>): string[] {
  for (let j = a.end; j < tokens.length && sentenceOf[j] === a.sentence && j - a.end <= 12; j++) {
    if (tokens[j].text !== ',') continue;
    const opener = [...openers].map((o) => o.split(' ')).find((words) => words.every((w, q) => tokens[j + 1 + q]?.lower === w));
    if (opener) {
      const at = j + 1 + opener.length;
      const first = startAt.get(at) ?? (tokens[at]?.lower === 'the' ? startAt.get(at + 1) : undefined);
      if (!first?.codes.length) return [];
      const codes = [...first.codes];
      let last = first;
      for (let q = actors.indexOf(first) + 1; q < actors.length && actors[q].coordinated === last; q++) { last = actors[q]; for (const c of last.codes) if (!codes.includes(c)) codes.push(c); }
      return codes;
    }
    const m = startAt.get(j + 1) ?? (tokens[j + 1]?.lower === 'the' ? startAt.get(j + 2) : undefined);
    if (m?.codes.length && after.has(`${tokens[m.end]?.lower ?? ''} ${tokens[m.end + 1]?.lower ?? ''}`)) return [...m.codes];
  }
  return [];
}
