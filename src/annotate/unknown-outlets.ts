// Outlets the lexicon does not know. News credits name many papers, agencies and broadcasters no list
// holds ("…, the Bosporus Daily reported", "as first reported by the Kyiv Post", "told Ukrainska Pravda").
// A capitalised name of one to four words that contains a word only news organisations carry in their
// names (Times, Post, Daily, Herald, Pravda, …) is taken as an outlet; whether the sentence credits it is
// decided where every outlet's credit is (sources.ts: "reported", "told", "according to", a dateline).
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { OutletMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';
import { joinTokens } from './tokenize.js';
import { defineWordClass, inClass } from './word-classes.js';

const unknownOutlets = defineRule({
  id: 'discourse/unknown-outlets', stage: 'discourse',
  reason: 'A capitalised name with a word that only news organisations carry in their names ("the Gulf Sentinel", "Kyiv Post", "Ukrainska Pravda") is an outlet even when the lexicon does not list it, so that a credit to it ("…, the Gulf Sentinel reported") is not given to the publisher.',
});

const interviewedName = defineRule({
  id: 'discourse/interviewed-name', stage: 'discourse',
  reason: 'A single capitalised name that no list knows right after "interview with" or "interview to" ("in an interview with Kossuth on Friday", "gave an interview to Ekho") is the broadcaster or paper interviewed: an outlet, credited as interviews are.',
});

/** The news words, as a word class: every token is asked. */
export const bylineAgency = defineRule({
  id: 'discourse/byline-agency', stage: 'discourse',
  reason: 'A byline that names the reporter\'s news organisation after the names ("By Jane Doe, The Canadian Press", "By Jane Doe and John Roe, Associated Press | Updated 6:05 a.m.") credits that organisation for the story, as a wire dateline does: a local paper running an agency\'s story is on the agency\'s word. The publisher\'s own name or a short form of it there ("By Ingrid Solberg, Fjord Public Broadcasting" on "Fjord Public Broadcasting English") credits no other outlet, and a role or a place after the names ("By Jane Doe, Political Editor", "By Jane Doe, Kyiv") is no outlet at all.',
});

const NEWS_WORD = defineWordClass('news words', (index) => index.words(unknownOutlets.id, 'newsWords'));

/**
 * Outlet mentions for capitalised names with a news word, outside the tokens `covered` by known names.
 * The name drops a leading "The" (scoring compares names without it).
 */
export function findUnknownOutlets(tokens: Token[], sentenceOf: Int32Array, covered: Uint8Array, index: LexiconIndex): OutletMention[] {
  const offices = index.words(unknownOutlets.id, 'officeWords');
  const mediaNouns = index.words(interviewedName.id, 'mediaNouns');
  const deskNouns = index.words(bylineAgency.id, 'deskNouns');
  const out: OutletMention[] = [];
  // "Speaking in an interview with Kossuth on Friday": a single capitalised name no list knows (no party, person,
  // place or outlet) right after "interview with" / "interview to" is the outlet interviewed (discourse/interviewed-name).
  for (let i = 2; i < tokens.length - 1; i++) {
    if (!tokens[i].cap || !tokens[i].word || covered[i] || tokens[i + 1].cap) continue;
    if ((tokens[i - 1].lower !== 'with' && tokens[i - 1].lower !== 'to') || tokens[i - 2].lower !== 'interview') continue;
    if (sentenceOf[i - 2] !== sentenceOf[i] || offices.has(tokens[i].lower)) continue;
    // ("an interview with Serbian media", "with Hungarian state television": a nationality before a common noun for
    // the press names no outlet.)
    if (mediaNouns.has(tokens[i + 1].lower)) continue;
    out.push({ name: tokens[i].text, start: i, end: i + 1, sentence: sentenceOf[i] });
    covered[i] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!inClass(tokens[i], NEWS_WORD) || !tokens[i].cap || covered[i]) continue;
    // In a title-case headline every word is capitalised: nothing can be told from the case there.
    const s = sentenceOf[i];
    // The name around the news word: capitalised words (and hyphens) before and after it, up to four words.
    let start = i, end = i + 1;
    // (A known name may open it: "the Baltic Courier", "the Kyiv Frontline Post"; the caller drops that mention.)
    while (start > 0 && sentenceOf[start - 1] === s && i - start < 3 && (tokens[start - 1].cap && tokens[start - 1].word && tokens[start - 1].lower !== 'the')) start--;
    // A name that is only known words and the news word must follow "the" or stand where an outlet does.
    if (start < i && covered[start] && tokens[start - 1]?.lower !== 'the') { start = i; while (start > 0 && sentenceOf[start - 1] === s && i - start < 3 && !covered[start - 1] && tokens[start - 1].cap && tokens[start - 1].word && tokens[start - 1].lower !== 'the') start--; }
    while (end < tokens.length && sentenceOf[end] === s && end - start < 4 && !covered[end] && tokens[end].cap && tokens[end].word) end++;
    // A one-word name is a news word alone ("Today", "Post"): too common to be a name.
    if (end - start < 2) continue;
    // Not at the head of a sentence that is all capitals words (a headline).
    // (A byline is capitalised names too, "By Jane Doe, Austral Press Wire": not a headline, discourse/byline-agency.)
    let caps = 0, words = 0, first = i;
    for (let j = i; j >= 0 && sentenceOf[j] === s; j--) { first = j; if (tokens[j].word) { words++; if (tokens[j].cap) caps++; } }
    for (let j = i + 1; j < tokens.length && sentenceOf[j] === s; j++) if (tokens[j].word) { words++; if (tokens[j].cap) caps++; }
    let byline = false;
    if (tokens[first].text === 'By') for (let j = first; j < start && !byline; j++) byline = tokens[j].text === ',';
    if (words >= 5 && caps / words > 0.6 && !byline) continue;
    // ("By Layla Al Aradi, Staff Reporter", "…, Tribune Washington Bureau": a title or a desk ends the byline.)
    // (Nor is "Gazette World Desk, with wire services", "Tribune Staff Reporter" or "Courier Wire Services" on a line of
    // its own: a name with a desk, a bureau, the staff or the wire services in it is the publisher's own newsroom, in a
    // byline or not, discourse/byline-agency.)
    if (byline && index.words(bylineAgency.id, 'roleNouns').has(tokens[end - 1].lower)) continue;
    if (tokens.slice(start, end).some((t) => deskNouns.has(t.lower))) continue;
    if (tokens.slice(start, end).some((t) => offices.has(t.lower))) continue;
    const name = joinTokens(tokens, start, end, false);
    out.push({ name, start, end, sentence: s });
    i = end - 1;
  }
  return out;
}
