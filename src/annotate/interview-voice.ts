// Interviews: whose "we" the answers are (issue 7, holders). A printed interview introduces the interviewee in
// its lede or its title and then prints the answers, under "A:" labels or as quoted paragraphs after each
// question: the answers are the interviewee's words, and their "we" is the interviewee's party, not the party the
// answer or the question names last.
import { tokenize, type Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import type { LexiconIndex, NameValue } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const intervieweeLede = defineRule({
  id: 'discourse/interviewee-lede', stage: 'discourse',
  reason: 'An interview often opens with a dateline, a byline or a banner before its lede ("Lublin · Monday, 9 June ¶ Interview by K. Mazur ¶ Serhiy Kyslytsya, Ukraine\'s first deputy foreign minister, spoke to …"): when the first paragraph names no party, the first person (or person role) the paragraphs before the first answer name with a party as a subject is the interviewee the answers speak for; when the lede names none ("Halyna Moroz is a legal adviser to the Ukrainian delegation"), the party the title gives the interviewee ("… : a Ukrainian negotiator on the Istanbul talks", "a Kosovo negotiator", "Azerbaijan\'s foreign minister on …": a party, its possessive or its adjective before a person\'s role) is, at its first mention in the lede.',
});

export const questionAnswers = defineRule({
  id: 'discourse/question-answers', stage: 'discourse',
  reason: 'An interview printed as an unquoted question paragraph ("What did the Russian side put on the table?") and a quoted answer paragraph after it, twice or more, is the interviewee\'s answers (discourse/interviewee-lede), as a bare "A:" label would be: the answer\'s "we" is the interviewee\'s party, and a party the question names as a speaker ("Medinsky reportedly warned that … How did that feel?") is not the answer\'s speaker.',
});

defineRule({
  id: 'discourse/interviewer-we', stage: 'discourse',
  reason: '"Q: As far as we know, the mediators proposed a humanitarian truce. Will you sign it?": the interviewer\'s "we", "our", "I" in a question\'s paragraph (its label "Q:", "QUESTION:", the outlet\'s name) speak for the outlet, no party: they hold no stance and take no party from the lede.',
});

/** Answers needed before a document's quoted paragraphs after questions are read as an interview. */
const MIN_ANSWERS = 2;
/** Tokens after an answer's closing mark that its paragraph may still have (a stray mark, a dash). */
const ANSWER_TAIL = 1;

/**
 * The quotes (indices into `quotes`) that are whole paragraphs right after a paragraph that is an unquoted
 * question, when a document has at least MIN_ANSWERS of them; else none (discourse/question-answers).
 */
export function questionAnswerQuotes(tokens: Token[], quotes: Array<[number, number]>, sentenceOf: Int32Array, paragraphOf: (sentence: number) => number, inQuote: Uint8Array): number[] {
  const para = (i: number) => paragraphOf(sentenceOf[i]);
  const out: number[] = [];
  quotes.forEach(([a, b], q) => {
    if (tokens[a]?.text !== '"' || a === 0 || para(a - 1) === para(a)) return;
    // (The paragraph is the quote: nothing but a stray mark after it, "… blackmail." ¶.)
    let end = b + 1;
    while (end < tokens.length && para(end) === para(a)) end++;
    if (end - b - 1 > ANSWER_TAIL) return;
    // The paragraph before: a question, outside any quote.
    const last = a - 1;
    if (tokens[last].text !== '?' || inQuote[last]) return;
    out.push(q);
  });
  return out.length >= MIN_ANSWERS ? out : [];
}

/**
 * The party the title gives a person by role ("a Ukrainian negotiator on …", "Ukraine's first deputy foreign
 * minister on …", a known person's name), else null.
 */
export function titleParty(title: string, index: LexiconIndex, pick: (values: NameValue[]) => NameValue): string | null {
  const toks = tokenize(title);
  for (let i = 0; i < toks.length; i++) {
    const hit = index.names.matchAt(toks, i);
    if (!hit) continue;
    const v = pick(hit.values);
    if (v.kind === 'person' && v.code) return v.code;
    if ((v.kind === 'adjective' || (v.kind === 'party' && !v.members)) && v.code && index.roles.matchAt(toks, hit.end)) return v.code;
    if (v.kind === 'party' && !v.members && v.code && toks[hit.end]?.text === "'" && toks[hit.end + 1]?.lower === 's' && index.roles.matchAt(toks, hit.end + 2)) return v.code;
    i = hit.end - 1;
  }
  return null;
}

/**
 * The interviewee (discourse/interviewee-lede): the first party or person the first paragraph names as a subject;
 * else the first person (or person role) with a party named as a subject before `firstAnswer`; else the first
 * mention before `firstAnswer` of the party the title gives (`titleCode`); else null.
 */
export function findInterviewee(actors: ActorMention[], firstAnswer: number, paragraphOf: (sentence: number) => number, titleCode: string | null): ActorMention | null {
  const subject = (m: ActorMention) => m.codes.length > 0 && !m.object && !m.possessive && !m.inQuote && m.kind !== 'pronoun' && m.kind !== 'document';
  return actors.find((m) => paragraphOf(m.sentence) === paragraphOf(0) && subject(m))
    ?? actors.find((m) => m.start < firstAnswer && m.personLike && subject(m))
    ?? (titleCode ? actors.find((m) => m.start < firstAnswer && !m.inQuote && m.kind !== 'pronoun' && m.codes.length === 1 && m.codes[0] === titleCode) : undefined)
    ?? null;
}

export const authorVoice = defineRule({
  id: 'discourse/author-voice', stage: 'discourse',
  reason: 'A memoir or book excerpt, an op-ed, an essay or a letter (rules.json words in the title or the opening) whose opening names its author with "by" and the author\'s party in the same sentence ("an excerpt from … by Oleksandr Hrytsenko, who served as a legal adviser to the Ukrainian delegation", "by Ararat Mirzoyan, Armenia\'s foreign minister") is that official\'s own writing: after the opening, its narrative "we", "our", "us", "I" outside quotation marks are the author\'s party, not the party named last ("The Russians drove in … In it, we offered a permanent neutral status": UKR). A quote inside keeps its own speaker.',
});

/** Paragraphs of the body that may hold the author's "by" clause. */
const AUTHOR_PARAGRAPHS = 3;

/**
 * Gives the narrative first-person pronouns of an authored text its author's party (discourse/author-voice);
 * does nothing for any other text.
 */
export function resolveAuthorVoice(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, paragraphOf: (sentence: number) => number, title: string, index: LexiconIndex): void {
  if (!tokens.length) return;
  const first = paragraphOf(sentenceOf[0]);
  const para = (i: number) => paragraphOf(sentenceOf[i]);
  let openingEnd = 0;
  while (openingEnd < tokens.length && para(openingEnd) < first + AUTHOR_PARAGRAPHS) openingEnd++;
  const markers = index.words(authorVoice.id);
  const words = (toks: Token[]) => toks.map((t) => t.lower).join(' ');
  const hay = ` ${words(tokenize(title))} ${words(tokens.slice(0, openingEnd))} `;
  if (![...markers].some((w) => hay.includes(` ${w} `))) return;
  // The author's clause: "by" before a capitalised name, in the opening; its first party names the author's side.
  let codes: string[] | null = null, voiceFrom = -1;
  for (let i = 0; i < openingEnd && !codes; i++) {
    if (tokens[i].lower !== 'by' || !tokens[i + 1]?.cap || !tokens[i + 1].word) continue;
    const m = actors.find((x) => x.start > i && x.sentence === sentenceOf[i] && x.codes.length && x.kind !== 'pronoun' && !x.inQuote);
    if (!m) continue;
    codes = [...m.codes];
    voiceFrom = i;
  }
  if (!codes) return;
  // (From the paragraph after the author's clause: the voice of the text itself.)
  const from = para(voiceFrom);
  for (const p of actors) {
    if (p.kind !== 'pronoun' || p.inQuote || !index.set.pronounSpeaker.has(p.pronoun ?? '') || para(p.start) <= from) continue;
    p.codes = [...codes];
    p.plural = codes.length > 1;
  }
}
