// When a stance was taken and on whose word: dates from the stance's clause, its sentence or its
// paragraph (else the publication window, marked as a default); the outlet the text credits (in the
// sentence, the paragraph, the article's lead, a dateline) else the publisher; the number of sources.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ArticleMeta } from '../article/types.js';
import { defaultWindow, weekdayOnOrBefore, dayRange, type DateMention } from '../annotate/dates.js';
import type { ClaimDate, ClaimSource } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { datesScheduledEvent } from './event-date.js';
import { auxiliaryBefore, presentPerfectStance } from './present-perfect-date.js';
import { inBackgroundDescription } from './background-date.js';
import { inRelativeClauseBefore } from './relative-clause-date.js';
import { nowClauseAfter, joinBetween } from './now-clause-date.js';
import { retrospectiveSceneDate } from './retrospective-scene.js';
import { mayCountSources } from '../annotate/sources.js';
import { placeDescribed } from './items.js';
import { trailingCreditOf } from './trailing-credit.js';

const CLAUSE_EDGE = new Set([';', 'but', 'when', 'where', 'which', 'who', 'while', 'after', 'before']);
/** A date right after these words dates a past event, not the stance: "the regions Russia annexed in 2022", "since the annexation in September". */
const EVENT_WORDS = new Set(['annexed', 'annexation', 'seized', 'occupied', 'captured', 'invaded', 'invasion', 'began', 'started', 'launched', 'signed', 'held', 'founded', 'elected', 'took', 'incorporated', 'fell', 'liberated', 'withdrew']);

/** Token `j` lies in a description of a place set off by a comma (content/place-apposition). */
function inPlaceDescription(doc: Doc, s: Sentence, j: number): boolean {
  for (let c = j - 1; c >= Math.max(s.tStart, j - 9); c--) if (doc.tokens[c].text === ',') return placeDescribed(doc, s, c);
  return false;
}

export function dateFor(doc: Doc, s: Sentence, t: Pick<Trigger, 'start' | 'modality'>, actor?: string): ClaimDate {
  // A pluperfect report ("said on Wednesday that Kyiv had offered …", "told the visitors that Russia had never
  // refused to negotiate") is dated by its speech: a date of its sentence, else the publication window.
  const tokenAt = (offset: number) => { let i = s.tStart; while (i < s.tEnd && doc.tokens[i].start < offset) i++; return i; };
  const crosses = (a: number, b: number) => { for (let j = Math.min(a, b); j < Math.max(a, b); j++) if (CLAUSE_EDGE.has(doc.tokens[j].lower)) return true; return false; };
  // ("the roughly one-fifth of Ukraine now held by Russian forces", "a formula both sides have now put their names to":
  // "now" tells the state of things at the time of writing, not when a position was stated: claim/present-now.)
  // ("I repeat it today" in an interview's answer: the day of the interview, claim/interview-date.)
  // ("Moscow has said that …", "Riyadh, which hosted the August meeting, has offered …": a stance in the present
  // perfect holds up to the time of writing; no past day of another clause or sentence dates it, claim/present-perfect-date.)
  // (A bullet's claim is dated with its lead-in sentence, "have told their counterparts that a settlement must include:
  // / * …": the lead-in's end stands for the stance.)
  const perfect = t.modality !== 'reported-past' && presentPerfectStance(doc, s, t.start < s.tEnd ? t.start : s.tEnd - 1);
  const reaches = (d: { value: unknown; since: boolean }) => d.since || !doc.published || (dayRange(d.value as Parameters<typeof dayRange>[0])?.[1] ?? '') >= doc.published;
  const own = doc.dates(s.index).filter((d) => !d.future && d.value != null && !presentNow(d) && !(/^today$/i.test(d.text.trim()) && inLabelledAnswer(doc, s, t.start, actor) && interviewDay(doc))
    && (!perfect || reaches(d)));
  const pos = doc.tokens[t.start].start;
  own.sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos));
  // ("told reporters on Monday that Kosovo had rejected the plan last month": a pluperfect stance's own date, in its
  // clause after it, is when it was taken; the speech's day only reports it, claim/pluperfect-own-date.)
  if (t.modality === 'reported-past' && own.length > 1) {
    const mine = own.filter((d) => d.start > pos && inStanceClause(doc, t.start, tokenAt(d.start)));
    if (mine.length && mine.length < own.length) own.splice(0, own.length, ...mine, ...own.filter((d) => !mine.includes(d)));
  }
  // ("YEREVAN, Nov 28 (Reuters) - …, Pashinyan said on Monday": the dateline's day is the report's, the sentence's
  // own day the statement's; the dateline dates it only when the sentence names no other day, claim/dateline-yields.)
  if (own.length > 1) {
    const head = entryHead(doc, s);
    const inDateline = (d: DateMention) => d === head || doc.mentions.datelines.some(([a, b]) => doc.tokens[a].start <= d.start && d.end <= doc.tokens[b].start);
    const lines = own.filter(inDateline);
    if (lines.length && lines.length < own.length) { own.splice(0, own.length, ...own.filter((d) => !inDateline(d)), ...lines); }
  }
  let nows: DateMention[] | undefined;
  let nowClause = false;
  for (const d of own) {
    const dTok = tokenAt(d.start);
    // ("Serbia rejected the agreement in 2013, and it now demands …": the later clause's "now" is the time of
    // writing, claim/now-clause-date.)
    // ("The group, set up last year, remains open, and China stands ready to …": a stance in the simple present in a
    // later clause is held at the time of writing; a past date of an earlier clause, not opening the sentence, is
    // that clause's, claim/now-clause-date.)
    if (t.start > dTok && (nowClauseAfter(doc, s, d, t.start, (nows ??= doc.dates(s.index).filter(presentNow)))
      || (dTok - s.tStart > 2 && !nearWindow(doc, d) && presentStance(doc, s, t.start) && !perfect && joinBetween(doc, s, d, doc.tokens[t.start].start)))) { nowClause = true; continue; }
    if (datesScheduledEvent(doc, s, dTok)) continue;
    // "restated the terms he set out on June 14", "the lines of February 23": a date describing a thing (claim/background-date).
    if (inBackgroundDescription(doc, s, dTok, t.start)) continue;
    // "X, who met Y in 2022, said on Friday …": a relative clause's date is its own event's (claim/relative-clause-date).
    if (inRelativeClauseBefore(doc, s, dTok, t.start)) continue;
    // "peace talks based on the Istanbul agreements of 2022", "the borders of 1991": a year after "of" names a thing.
    if (doc.tokens[dTok - 1]?.lower === 'of' && typeof d.value === 'string' && d.value.length === 4) continue;
    if ([1, 2, 3].some((k) => EVENT_WORDS.has(doc.tokens[dTok - k]?.lower ?? '')) && Math.abs(dTok - t.start) > 4) continue;
    // "will not give up Crimea, a peninsula annexed by Russia in 2014, …": a date inside a place's description.
    if (inPlaceDescription(doc, s, dTok)) continue;
    const cueAfterDate = t.start > dTok;
    const edge = crosses(dTok, t.start);
    // "… the Crimean Peninsula, which his forces annexed in 2014": a date in a later clause is about something else.
    if (edge && !cueAfterDate) continue;
    // ("Pope Leo offered in May to host talks at the Vatican; Turkey says it is ready to keep hosting": a date inside
    // an earlier clause of a list set off by semicolons is that clause's; one that opens the sentence sets the scene of
    // all of them, claim/semicolon-clause-date.)
    if (cueAfterDate && dTok - s.tStart > 2 && markBetween(doc, dTok, t.start, ';')) continue;
    // "ready to host a meeting in Istanbul, as it had offered in 2023", "… as two days of talks ended Monday": a date
    // in an "as" clause after the stance is the event it compares or times it with (claim/as-clause-date).
    if (!cueAfterDate && asClauseBetween(doc, t.start, dTok)) continue;
    const text = { basis: 'text' as const, text: d.text, span: [d.start, d.end] as [number, number] };
    // "… tougher since April": the position holds from April until publication.
    // ("the terms have not changed since September: the four regions are not a subject for discussion": the stance a
    // colon introduces after "since" is what has held since then, claim/since-colon.)
    if (d.since && (!cueAfterDate || perfect || markBetween(doc, dTok, t.start, ':')) && doc.published) return { value: { from: typeof d.value === 'string' ? rangeStart(d.value) : (d.value as { from: string }).from, to: doc.published }, ...text };
    // ("met on Friday for the first time since the spring of 2023 and agreed to …": a "since" date before a stance in
    // the simple past bounds a span, it is not when the stance was taken; "since April, when he told …" keeps it,
    // claim/since-bound-date.)
    if (d.since && cueAfterDate && !perfect && !auxiliaryBefore(doc, s, t.start, true) && !opensWhenClause(doc, tokenAt(d.end))) continue;
    // "APRIL 19 - EASTER / Putin declared a truce on Saturday": a bare weekday under a timeline's date line is
    // that entry's weekday, not the one before publication (claim/entry-weekday).
    if (d.weekday !== undefined) { const v = entryWeekday(doc, s, d.weekday); if (v) return { value: v, ...text }; }
    // "… since April, when he told Witkoff that Russia could freeze …": the when-clause is in April.
    return { value: d.value, ...text };
  }
  if (nowClause) { const value = defaultWindow(doc.published); return { value, basis: value ? 'default' : 'none' }; }
  // The next or previous sentence of the paragraph often carries the occasion ("… made this request … on Friday").
  // A date that opens its sentence sets a new scene ("In September, Ryabkov said …"): it dates what follows it,
  // so it is taken from an earlier sentence (and the one before, while no other date intervenes), never from a later one.
  // (Not for a pluperfect report: a date next to it is the background it recalls, "a draft initialled in March 2022".)
  // '"Kyiv will not recognise the annexation. There is nothing to talk about," Zelensky told reporters on Tuesday': a
  // quoted sentence is dated by its attribution, however many of the quote's sentences stand between
  // (claim/quote-attribution-date).
  const attribution = quoteAttributionDate(doc, s, t.start);
  if (attribution) return attribution;
  // ("Trump, asked on Tuesday aboard Air Force One, said … . He said he would send Witkoff to Moscow …": a sentence
  // that opens with a pronoun and a verb of saying goes on with the speech of the sentence before, whose day is its
  // own; the next sentence is looked at after it, claim/continued-speech-date.)
  // ("Moscow insists that Kyiv leave the Donbas. That idea was put forward by Washington in December.": a stance in
  // the present is held at the time of writing; the next sentence's past day is another event, claim/present-next-date.)
  const present = !perfect && presentStance(doc, s, t.start < s.tEnd ? t.start : s.tEnd - 1);
  const order = continuedSpeech(doc, s) ? [s.index - 1, s.index + 1, s.index - 2] : [s.index + 1, s.index - 1, s.index - 2];
  for (const k of t.modality === 'reported-past' ? [] : order) {
    const o = doc.sentences[k];
    if (!o || o.paragraph !== s.paragraph) continue;
    // Only a day or a month (not a year, not a season), and not one inside a relative clause ("which his forces annexed in 2014").
    const ds = doc.dates(k).filter((d) => !d.future && d.value != null && !d.since && !presentNow(d) && !(typeof d.value === 'string' && d.value.length === 4) && !d.season
      && !crosses(o.tStart, tokenAtIn(doc, o, d.start)) && !datesScheduledEvent(doc, o, tokenAtIn(doc, o, d.start))
      && !inReportedComplement(doc, o, tokenAtIn(doc, o, d.start)) && !inBackgroundDescription(doc, o, tokenAtIn(doc, o, d.start))
      // (A present perfect takes only a neighbour's date that reaches publication, a dateline of the day, "this week",
      // or the next sentence's day of speech, a restatement: "The Kremlin has demanded … . Medinsky said on Tuesday
      // that Russia's position had not changed.")
      && (!perfect || reaches(d) || (k === s.index + 1 && spokenOn(doc, tokenAtIn(doc, o, d.start)))));
    const opening = (d: { start: number }) => tokenAtIn(doc, o, d.start) - o.tStart <= 1;
    // ("Kyiv wants a ceasefire of at least 30 days. Dmitry Peskov said on Tuesday that …": the next sentence's day
    // is another party's speech, not this stance's occasion, claim/other-speaker-date.)
    if (k > s.index) { const d = ds.find((x) => !opening(x) && !otherSpeakerDate(doc, o, tokenAtIn(doc, o, x.start), actor) && !(present && !(nearWindow(doc, x) && restatedOn(doc, o, tokenAtIn(doc, o, x.start), actor)))); if (d) return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] }; continue; }
    if (k === s.index - 2) { if (doc.dates(s.index - 1).length) break; const d = ds.find(opening); if (d) return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] }; continue; }
    if (ds.length) return { value: (ds[0].weekday !== undefined ? entryWeekday(doc, s, ds[0].weekday) : null) ?? ds[0].value, basis: 'text', text: ds[0].text, span: [ds[0].start, ds[0].end] };
  }
  // "22 May 2024" on a line of its own, then "Pashinyan says Armenia is ready to sign": a timeline's or a liveblog's
  // date line dates the entries under it (claim/date-line).
  const line = dateLineAbove(doc, s);
  if (line) return line;
  // ("… a draft dated April 15, 2022. / Paragraph 1 of Article 1 states that Ukraine undertakes to remain neutral": the
  // terms a document's part sets out are dated by the day the document is dated, claim/document-dated.)
  const dated = documentDated(doc, s);
  if (dated) return dated;
  // "In late March 2023, the delegations met in Prague. Armenia proposed … Azerbaijan rejected … The Armenian side
  // insisted …": a date opening the paragraph sets the scene for every sentence of it, up to another date
  // (claim/scene-date).
  if (t.modality !== 'reported-past' && !perfect) {
    const scene = sceneDate(doc, s);
    if (scene) return scene;
  }
  // "Sybiha spoke to Harbour Weekly in Kyiv on Monday. … Sybiha: Those assets must be used for our defence": an
  // answer of an interview or a briefing transcript was given on the day its introduction names (claim/interview-date).
  if (inLabelledAnswer(doc, s, t.start, actor)) { const day = interviewDay(doc); if (day) return day; }
  // "… the round of talks at Istanbul's Dolmabahçe palace on March 29, 2022 … / The communiqué that Ukraine's
  // delegation read out in Istanbul … Kyiv proposed …": a venue named earlier with its day dates a past statement
  // made there (claim/venue-date).
  const venue = perfect ? null : venueDate(doc, s, actor);
  if (venue) return venue;
  // "The table stood in a hunting lodge … on 28 February 2022. … What Moscow wanted, he said, was …": in a
  // retrospective, a past statement was made at the point the story has reached (claim/retrospective-scene).
  if (t.modality !== 'reported-past' && !perfect) { const scene = retrospectiveSceneDate(doc, s); if (scene) return scene; }
  const value = defaultWindow(doc.published);
  return { value, basis: value ? 'default' : 'none' };
}

export const continuedSpeechDateRule = defineRule({
  id: 'claim/continued-speech-date', stage: 'claim',
  reason: 'A sentence that opens with a pronoun and a verb of saying ("He said he would send his envoy to Moscow next week", "She added that …", "They also said …") goes on with the speech of the sentence before it: with no date of its own, it takes that sentence\'s day ("Trump, asked on Tuesday aboard Air Force One, said …"), before the next sentence\'s, which is another occasion ("The deadline of Thursday that he had set …").',
});

/** The pronouns that open a continued speech (claim/continued-speech-date). */
const SPEECH_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
/** Adverbs that may stand between the pronoun and its verb ("He also said", "She then added"). */
const SPEECH_ADVERBS = new Set(['also', 'then', 'later', 'further', 'again']);

/** `s` opens with a pronoun and a verb of saying (claim/continued-speech-date). */
function continuedSpeech(doc: Doc, s: Sentence): boolean {
  if (!SPEECH_PRONOUNS.has(doc.tokens[s.tStart]?.lower ?? '')) return false;
  let j = s.tStart + 1;
  if (SPEECH_ADVERBS.has(doc.tokens[j]?.lower ?? '')) j++;
  return j < s.tEnd && doc.index.words('speech-verbs').has(doc.tokens[j].lower);
}

export const presentNextDateRule = defineRule({
  id: 'claim/present-next-date', stage: 'claim',
  reason: 'A stance in the simple present ("Moscow insists that Kyiv leave the Donbas", "Kyiv says it is ready …", "Baku is ready to sign") is a position held at the time of writing: a day or month of the next sentence that ends before the publication window ("That idea was put forward by Washington in December") dates another event, not this stance; one within the window dates it only as the day of a speech ("Peskov said on Tuesday that …") or of the party\'s own act ("Aliyev made the demand on Monday"), or of the stance restated as that sentence\'s subject ("The demand was made on Wednesday", rules.json restatedNouns), not of another event ("Russia\'s halt on strikes … lapsed on Feb 1"). The sentences before, which set a scene, are read as before.',
});

/** Words of a past or reported form that make a stance no simple present (claim/present-next-date). */
const NOT_PRESENT = new Set(['said', 'told', 'had', 'was', 'were', 'did', 'would', 'could', 'might', 'should']);

/** The stance at `start` (or the nearest speech verb before it) is in the simple present (claim/present-next-date). */
function presentStance(doc: Doc, s: Sentence, start: number): boolean {
  const speech = doc.index.words('speech-verbs');
  for (let j = start; j >= s.tStart && j >= start - 12; j--) {
    const t = doc.tokens[j];
    if (NOT_PRESENT.has(t.lower) || (t.word && !t.cap && /^[a-z]{3,}ed$/.test(t.lower))) return false;
    if (t.lower === 'is' || t.lower === 'are') return true;
    if ((j === start || speech.has(t.lower)) && t.word && !t.cap && /^[a-z]{3,}[^su]s$/.test(t.lower)) return true;
  }
  return false;
}

/** The date ends within the publication window or later (claim/present-next-date). */
function nearWindow(doc: Doc, d: DateMention): boolean {
  const w = dayRange(defaultWindow(doc.published)), r = dayRange(d.value);
  return !w || !r || r[1] >= w[0];
}

export const pluperfectOwnDateRule = defineRule({
  id: 'claim/pluperfect-own-date', stage: 'claim',
  reason: 'A stance in the pluperfect inside a report ("told reporters on Monday that Kosovo had rejected the plan last month", "said on Wednesday that Israel had agreed to the truce in July") was taken when its own clause says: a date after it in that clause (no comma, no speech verb between) dates it before the day of the report, which dates it only when the clause names none.',
});

/** No comma, semicolon or speech verb between the stance at `cue` and the date at `d` after it (claim/pluperfect-own-date). */
function inStanceClause(doc: Doc, cue: number, d: number): boolean {
  const speech = doc.index.words('speech-verbs');
  for (let j = cue + 1; j < d; j++) { const t = doc.tokens[j]; if (t.text === ',' || t.text === ';' || t.text === ':' || speech.has(t.lower)) return false; }
  return true;
}

export const semicolonClauseDateRule = defineRule({
  id: 'claim/semicolon-clause-date', stage: 'claim',
  reason: 'Clauses set off by semicolons are items of a list, each with its own occasion ("Pope Leo offered in May to host talks at the Vatican; Turkey says it is ready to keep hosting in Istanbul; the Emirates …"): a date inside an earlier item dates that item, not a stance of a later one. A date that opens the sentence ("In May, Armenia proposed talks; Azerbaijan rejected them") sets the scene of all of them and still dates them.',
});

/** The mark `mark` (";" for claim/semicolon-clause-date, ":" for claim/since-colon) between the date at token `d` and
 * the stance at token `t` after it. */
function markBetween(doc: Doc, d: number, t: number, mark: string): boolean {
  for (let j = d + 1; j < t; j++) if (doc.tokens[j].text === mark) return true;
  return false;
}

export const documentDatedRule = defineRule({
  id: 'claim/document-dated', stage: 'claim',
  reason: 'A sentence that opens with a part of a document as its subject and a verb of what a text says ("Paragraph 1 of Article 1 states that Ukraine undertakes to remain neutral", "The next clause provides that …", "The draft stipulates …") sets out that document\'s terms: with no date of its own or of its neighbours, it is dated by the day a document is "dated" in the three sentences before ("a draft dated April 15, 2022"), not by the publication window.',
});

/** How far back (sentences) the document's "dated" day is looked for (claim/document-dated). */
const DATED_BACK = 3;

/** The day a document is "dated" before `s`, when `s` opens with a document's part saying what it sets out (claim/document-dated). */
function documentDated(doc: Doc, s: Sentence): ClaimDate | null {
  const nouns = doc.index.words(documentDatedRule.id, 'nouns'), verbs = doc.index.words(documentDatedRule.id, 'verbs');
  let opens = false, noun = false;
  for (let j = s.tStart; j < s.tEnd && j < s.tStart + 8; j++) {
    const w = doc.tokens[j].lower;
    if (nouns.has(w)) noun = true;
    else if (noun && verbs.has(w)) { opens = true; break; }
    else if (doc.tokens[j].text === ',' || doc.tokens[j].text === ';') break;
  }
  if (!opens) return null;
  for (let k = s.index - 1; k >= 0 && k >= s.index - DATED_BACK; k--) {
    const o = doc.sentences[k];
    for (const d of doc.dates(k)) {
      if (d.future || d.since || d.value == null) continue;
      const at = tokenAtIn(doc, o, d.start);
      if (doc.tokens[at - 1]?.lower === 'dated' || (doc.tokens[at - 1]?.lower === 'on' && doc.tokens[at - 2]?.lower === 'dated')) return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
    }
  }
  return null;
}

export const sinceColonRule = defineRule({
  id: 'claim/since-colon', stage: 'claim',
  reason: 'A stance that a colon introduces after a date with "since" ("the terms have not changed since September: the four regions are not a subject for discussion") is what has held since then: it is dated from that date to publication, as a stance before "since" is ("tougher since April"), not by the month alone.',
});


export const datelineYieldsRule = defineRule({
  id: 'claim/dateline-yields', stage: 'claim',
  reason: 'A wire dateline\'s day ("YEREVAN, Nov 28 (Reuters) - Armenia is ready to sign …, Pashinyan said on Monday") is the day the report was filed: a day the sentence names for the statement itself ("on Monday") dates it first, however near the dateline stands to the stance; the dateline dates the stance only when its sentence names no other day.',
});

export const entryHeadDateRule = defineRule({
  id: 'claim/entry-head-date', stage: 'claim',
  reason: 'A paragraph opened by names and a day before a colon or a dash ("Le Monde (Paris), 28 November: …", "Kommersant, 30 November - …", "Readout, 28 November: …") is an entry of a press review, a digest or a list of readouts, and its day is the entry\'s, as a wire dateline\'s (claim/dateline-yields): a day the paragraph names for a statement dates it first, and a bare weekday in the paragraph is the last such day on or before the entry\'s.',
});

/** The date mention heading the paragraph of `s` before a colon or dash, after capitalised names only (claim/entry-head-date). */
function entryHead(doc: Doc, s: Sentence): DateMention | null {
  let k = s.index;
  while (k > 0 && doc.sentences[k - 1].paragraph === s.paragraph) k--;
  const o = doc.sentences[k];
  const d = doc.dates(k)[0];
  if (!d || d.future || typeof d.value !== 'string' || d.value.length !== 10) return null;
  const at = tokenAtIn(doc, o, d.start);
  if (at - o.tStart > 10) return null;
  for (let j = o.tStart; j < at; j++) if (doc.tokens[j].word && !doc.tokens[j].cap) return null;
  let after = tokenAtIn(doc, o, d.end);
  // ("30 November (Reuters):": a credit in brackets may stand between.)
  if (doc.tokens[after]?.text === '(') { while (after < o.tEnd && doc.tokens[after].text !== ')') after++; after++; }
  return /^(?::|-|–|—)$/.test(doc.tokens[after]?.text ?? '') ? d : null;
}
const entryHeadDay = (doc: Doc, s: Sentence): string | null => (entryHead(doc, s)?.value as string | undefined) ?? null;

const datelineDays = new WeakMap<Doc, string | null>();
/** The day of the article's first wire dateline ("YEREVAN, Nov 28 (Reuters) -"), when it names one (claim/dateline-yields). */
function datelineDay(doc: Doc): string | null {
  let day = datelineDays.get(doc);
  if (day !== undefined) return day;
  day = null;
  const first = doc.mentions.datelines[0];
  if (first) {
    const from = doc.tokens[first[0]].start, to = doc.tokens[first[1]].start;
    const d = doc.dates(doc.sentenceOf[first[0]]).find((x) => x.start >= from && x.end <= to && !x.future && typeof x.value === 'string' && x.value.length === 10);
    if (d) day = d.value as string;
  }
  datelineDays.set(doc, day);
  return day;
}

export const venueDateRule = defineRule({
  id: 'claim/venue-date', stage: 'claim',
  reason: 'A long-read or a fact-check names an occasion once with its venue and day ("a communiqué presented by Armenia in Prague on 29 March 2023") and comes back to it by the venue alone, paragraphs later ("Armenia\'s delegation put forward a framework in Prague, under which Yerevan would accept …"): a statement in the past tense with no date of its own, of its neighbours, scene or date line, in a paragraph that names that venue after "in" or "at", was made on that day, not in the publication window. Only a place that is not the speaker\'s own party (not "in Yerevan" for Armenia), a day or month with its year set within a few words of the venue, before the publication window; the nearest such naming before the statement decides.',
});

/** Irregular past forms a past-tense statement may carry ("put forward", "set out", "read out"); forms in -ed count too. */
const PAST_FORMS = new Set(['put', 'set', 'met', 'said', 'told', 'made', 'took', 'gave', 'held', 'came', 'went', 'brought', 'sent', 'laid', 'drew', 'wrote', 'spoke', 'sought', 'was', 'were', 'had', 'did']);

/**
 * Venue words of sentence `k`: a capitalised word after "in" or "at" that is no month or weekday, and no name of the
 * party `actor` itself ("in Prague", "at Istanbul's palace"; not "in Yerevan" for Armenia's statements, said at home
 * on many occasions).
 */
function venuesOf(doc: Doc, k: number, actor: string | undefined): Array<{ word: string; at: number }> {
  const parties = doc.actorsBySentence.get(k) ?? [];
  const out: Array<{ word: string; at: number }> = [];
  for (const v of venueWordsOf(doc, k)) {
    if (parties.some((a) => a.start <= v.at && v.at < a.end && (!actor || a.codes.includes(actor)))) continue;
    out.push(v);
  }
  return out;
}

/** Per document: each sentence's capitalised words after "in" or "at" (venuesOf before its party test), and the
 *  sentences that have any, ascending. Found once: venueDate looks back over every earlier sentence for each claim,
 *  which rescanned the tokens of the whole article before it per claim (speed). */
const venueWords = new WeakMap<Doc, { of: Map<number, Array<{ word: string; at: number }>>; sentences: number[] }>();
const NO_VENUES: ReadonlyArray<{ word: string; at: number }> = [];
function venueIndex(doc: Doc): { of: Map<number, Array<{ word: string; at: number }>>; sentences: number[] } {
  let found = venueWords.get(doc);
  if (found) return found;
  found = { of: new Map(), sentences: [] };
  for (const o of doc.sentences) {
    for (let j = o.tStart; j + 1 < o.tEnd; j++) {
      const w = doc.tokens[j].lower;
      if (w !== 'in' && w !== 'at') continue;
      const v = doc.tokens[j + 1];
      if (!v.word || !v.cap || /^\d/.test(v.text) || MONTH_OR_DAY.test(v.text)) continue;
      let l = found.of.get(o.index);
      if (!l) { l = []; found.of.set(o.index, l); found.sentences.push(o.index); }
      l.push({ word: v.text, at: j + 1 });
    }
  }
  venueWords.set(doc, found);
  return found;
}
function venueWordsOf(doc: Doc, k: number): ReadonlyArray<{ word: string; at: number }> {
  return venueIndex(doc).of.get(k) ?? NO_VENUES;
}
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Its|His|Her|Their)$/;

/** The day named with a venue of `s`'s paragraph (up to `s`) earlier in the article, for a past statement (claim/venue-date). */
function venueDate(doc: Doc, s: Sentence, actor: string | undefined): ClaimDate | null {
  if (!doc.published) return null;
  let past = false;
  for (let j = s.tStart; j < s.tEnd && !past; j++) { const w = doc.tokens[j].lower; past = PAST_FORMS.has(w) || /^[a-z]{3,}ed$/.test(w); }
  if (!past) return null;
  let first = s.index;
  while (first > 0 && doc.sentences[first - 1].paragraph === s.paragraph) first--;
  const venues = new Set<string>();
  for (let k = first; k <= s.index; k++) for (const v of venuesOf(doc, k, actor)) venues.add(v.word);
  if (!venues.size) return null;
  const window = defaultWindow(doc.published);
  const windowStart = window && typeof window === 'object' ? window.from : doc.published;
  // (Only the sentences with a venue word can name one: the others are passed over without reading their tokens.)
  const withVenues = venueIndex(doc).sentences;
  let lo = 0, hi = withVenues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (withVenues[mid] < first) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0; i--) {
    const k = withVenues[i];
    const o = doc.sentences[k];
    const named = venuesOf(doc, k, actor).filter((v) => venues.has(v.word));
    if (!named.length) continue;
    for (const d of doc.dates(k)) {
      if (d.future || d.since || d.yearless || typeof d.value !== 'string' || d.value.length < 7) continue;
      const dTok = tokenAtIn(doc, o, d.start);
      if (!named.some((v) => dTok > v.at && dTok - v.at <= 6)) continue;
      // (An earlier occasion: a day in the window itself adds nothing to the window.)
      if (d.value >= windowStart) continue;
      return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
    }
  }
  return null;
}

export const otherSpeakerDateRule = defineRule({
  id: 'claim/other-speaker-date', stage: 'claim',
  reason: 'The next sentence of the paragraph often names the occasion of a stance ("Putin demanded … The Russian leader made this request on Friday"), but not when its day is another party\'s speech: in "Armenia wants a ceasefire of at least 30 days. Azerbaijan\'s foreign ministry said on Tuesday that Baku was ready for talks", Tuesday is Baku\'s statement, and the Armenian stance takes the date of the sentence before or the window.',
});

/**
 * The date at token `d` of sentence `o` follows a verb of saying whose subject is a party other than `actor`
 * ("Dmitry Peskov said on Tuesday", "the Azerbaijani ministry told reporters on Tuesday"), and no mention of
 * `actor` comes before it in the sentence (claim/other-speaker-date).
 */
function otherSpeakerDate(doc: Doc, o: Sentence, d: number, actor: string | undefined): boolean {
  if (!actor) return false;
  const speech = doc.index.words('speech-verbs');
  const before = (doc.actorsBySentence.get(o.index) ?? []).filter((a) => a.end <= d);
  if (before.some((a) => a.codes.includes(actor))) return false;
  for (const a of before) {
    if (a.object || a.possessive || a.inQuote) continue;
    for (let j = a.end; j < d && j <= a.end + 3; j++) if (speech.has(doc.tokens[j].lower)) return true;
  }
  return false;
}

export const asClauseDateRule = defineRule({
  id: 'claim/as-clause-date', stage: 'claim',
  reason: 'A date in a clause opened by "as" after the stance ("Turkey was ready to host a meeting in Istanbul, as it had offered in 2023", "Kyiv said it was prepared to drop its NATO bid, as two days of talks ended Monday", "ready to exchange prisoners as agreed in May") dates the earlier offer, the event the statement is timed with or the agreement referred to, not the statement: the claim takes another date of its sentence, its neighbours\' or the publication window. Not "as" before a noun with no verb ("as a gesture on Monday"), "such as", "as well as", "as soon as".',
});

/** Words after which "as" opens no clause: "such as", "as well as", "as soon as", "just as". */
const AS_NOT_CLAUSE = new Set(['such', 'well', 'soon', 'so', 'long', 'far', 'much', 'same']);

/**
 * Between the stance at token `from` and the date at token `to` (after it), an "as" that opens a clause: its
 * subject and a finite verb ("as it had offered", "as two days of talks ended") or a participle right after it
 * ("as agreed") come before the date (claim/as-clause-date).
 */
function asClauseBetween(doc: Doc, from: number, to: number): boolean {
  const finite = doc.index.words(asClauseDateRule.id, 'verbs');
  for (let j = from + 1; j < to; j++) {
    if (doc.tokens[j].lower !== 'as' || AS_NOT_CLAUSE.has(doc.tokens[j - 1]?.lower ?? '') || AS_NOT_CLAUSE.has(doc.tokens[j + 1]?.lower ?? '')) continue;
    for (let k = j + 1; k < to && k <= j + 15; k++) {
      const w = doc.tokens[k].lower;
      if (k === j + 1 && /ed$/.test(w)) return true;
      if (finite.has(w) || (k > j + 1 && /[a-z]ed$/.test(w))) return true;
      if (doc.tokens[k].text === ',' || w === 'as') break;
    }
  }
  return false;
}

export const interviewDateRule = defineRule({
  id: 'claim/interview-date', stage: 'claim',
  reason: 'An interview or a briefing transcript ("Aliyev spoke to the Caspian Review in Baku on Monday. The interview has been edited for length.", "excerpts from the briefing of the spokesman on Tuesday") is introduced before its first labelled paragraph ("Aliyev: …"): a stance of the speaker\'s own party in a labelled answer with no date of its own or of its neighbours, or dated only by the speaker\'s "today", was stated on the day the introduction gives (the day nearest a word of the occasion, after it first: "…, who met Russian negotiators in Istanbul on 2 June, spoke to Gazeta Wschodnia on Saturday" is Saturday), not in the publication window. With no day in the introduction (only a place, or "this week"), the window stays.',
});

/** A paragraph that opens with a speaker's label and a colon ("Sybiha:", "PESKOV:", "Q:"), within four tokens. */
function labelledParagraph(doc: Doc, s: Sentence): boolean {
  let first = s.index;
  while (first > 0 && doc.sentences[first - 1].paragraph === s.paragraph) first--;
  const o = doc.sentences[first];
  for (let j = o.tStart + 1; j < Math.min(o.tEnd, o.tStart + 5); j++) if (doc.tokens[j].text === ':') return true;
  return false;
}

/**
 * Token `at` of sentence `s` lies in a labelled answer (discourse/speaker-label reads it as the speaker's quote),
 * and the stance is the speaker's own: another party's position the speaker reports ("The Russian document asks
 * Ukraine to withdraw …") was taken on another occasion.
 */
function inLabelledAnswer(doc: Doc, s: Sentence, at: number, actor: string | undefined): boolean {
  if (!doc.mentions.inQuote[at] || !actor || !labelledParagraph(doc, s)) return false;
  return doc.mentions.quoteSpeaker(at)?.codes.includes(actor) ?? false;
}

const interviewDays = new WeakMap<Doc, ClaimDate | null>();

/** The day the introduction of an interview or transcript names, before its first labelled paragraph (claim/interview-date). */
function interviewDay(doc: Doc): ClaimDate | null {
  if (interviewDays.has(doc)) return interviewDays.get(doc)!;
  let out: ClaimDate | null = null;
  const occasion = doc.index.words(interviewDateRule.id);
  for (const o of doc.sentences) {
    if (labelledParagraph(doc, o)) break;
    const words: number[] = [];
    for (let j = o.tStart; j < o.tEnd; j++) if (occasion.has(doc.tokens[j].lower)) words.push(j);
    if (!words.length) continue;
    // (The day nearest a word of the occasion: "… the delegation that met Russian negotiators in Istanbul on 2 June,
    // spoke to Gazeta Wschodnia on Saturday" is Saturday, not the day of the meeting the speaker is described by.)
    let d: DateMention | undefined, best = Infinity;
    for (const x of doc.dates(o.index)) {
      if (x.future || x.since || typeof x.value !== 'string' || x.value.length !== 10) continue;
      const at = tokenAtIn(doc, o, x.start);
      const gap = Math.min(...words.map((j) => (at > j ? at - j : 2 * (j - at))));
      if (gap < best) { d = x; best = gap; }
    }
    if (d) { out = { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] }; break; }
  }
  interviewDays.set(doc, out);
  return out;
}

export const presentNowRule = defineRule({
  id: 'claim/present-now', stage: 'claim',
  reason: '"now" ("the land Russia now holds", "Kyiv now insists", "a text both sides have now signed") says the state of things at the time of writing, not the day a position was stated: it dates no statement, so the day its paragraph names ("said on Thursday … He repeated that Ukraine must abandon …") or the publication window does.',
});

/** The date at token `d` follows a verb of saying ("said on Tuesday", "told reporters on Monday"): the day of a speech. */
function spokenOn(doc: Doc, d: number): boolean {
  const speech = doc.index.words('speech-verbs');
  for (let j = d - 1; j >= 0 && j >= d - 3; j--) if (speech.has(doc.tokens[j].lower)) return true;
  return false;
}

/**
 * The next sentence's day at token `d` is the occasion of a present stance (claim/present-next-date): a day of speech
 * ("Peskov said on Tuesday that …") or a day on which the stance's own party, the subject of a clause, acted
 * ("Aliyev made the demand to Pashinyan on Monday"). Not a day of another event ("Russia's halt on strikes,
 * agreed at the end of January, lapsed on Feb 1"), which a possessive or a modifier of the party does not make its act.
 */
function restatedOn(doc: Doc, o: Sentence, d: number, actor: string | undefined): boolean {
  if (spokenOn(doc, d)) return true;
  // ("The demand was made on Wednesday": the stance itself, the next sentence's subject, restated.)
  if (/^(?:the|this|that)$/.test(doc.tokens[o.tStart]?.lower ?? '') && doc.index.words(presentNextDateRule.id, 'restatedNouns').has(doc.tokens[o.tStart + 1]?.lower ?? '')) return true;
  if (!actor) return false;
  return (doc.actorsBySentence.get(o.index) ?? []).some((a) => a.end <= d && a.codes.includes(actor) && !a.object && !a.possessive && !a.inQuote
    && !DETERMINERS.has(doc.tokens[a.start - 1]?.lower ?? ''));
}

/** Words before a party's name that make it a modifier ("the Kyiv energy grid"), not a clause's subject. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/** A bare "now" (claim/present-now). */
function presentNow(d: { text: string }): boolean { return /^(?:right )?now$/i.test(d.text.trim()); }

export const sceneDateRule = defineRule({
  id: 'claim/scene-date', stage: 'claim',
  reason: 'A date that opens a paragraph ("In late March 2023, the delegations met in Prague.", "On Monday, …") sets the scene for the sentences after it in that paragraph, up to one with a date of its own: a long-read\'s or a report\'s statements there were made then. (The two sentences next to a statement were looked at first.)',
});

/** Words that may stand before a scene date at the head of a sentence ("In late March", "On 29 March", "Early on Monday"). */
const SCENE_LEAD = new Set(['in', 'on', 'late', 'early', 'mid', 'by', 'at', 'then', 'back']);

/** The date opening the first sentence of `s`'s paragraph, with no date between it and `s` (claim/scene-date). */
function sceneDate(doc: Doc, s: Sentence): ClaimDate | null {
  if (doc.dates(s.index).some((d) => !d.future)) return null;
  for (let k = s.index - 1; k >= 0 && doc.sentences[k].paragraph === s.paragraph; k--) {
    const ds = doc.dates(k);
    if (!ds.length) continue;
    // The paragraph's first sentence sets the scene with a date at its head; a later one only with a date that
    // opens a clause after "and" or a comma ("…, and by April 15 the draft showed …"); any other date ends the search.
    const o = doc.sentences[k];
    const first = !(k > 0 && doc.sentences[k - 1].paragraph === s.paragraph);
    const d = ds[0];
    if (d.future || d.since || d.value == null) return null;
    const at = tokenAtIn(doc, o, d.start);
    let head = at;
    while (head > o.tStart && at - head < 3 && SCENE_LEAD.has(doc.tokens[head - 1].lower)) head--;
    const opensClause = head === o.tStart ? first : head < at && (doc.tokens[head - 1].lower === 'and' || doc.tokens[head - 1].text === ',') && ds.length === 1 && /\d/.test(d.text);
    if (!opensClause) return null;
    return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
  }
  return null;
}

export const dateLine = defineRule({
  id: 'claim/date-line', stage: 'claim',
  reason: 'A date standing alone on its line ("22 May 2024", "Tuesday, March 18", "17.20 CEST" in a liveblog of that day; a heading in capitals that opens with its date, "MAY 11 - THE COUNTER-OFFER") heads the entries below it, in an article that has two such lines or more (a timeline, a liveblog): a statement under it with no date of its own or of its neighbours is dated by it, up to an entry that opens with a date of its own.',
});

/** Sentences of `doc` that are a date alone (at most two other words), by index; computed once per document. */
const dateLines = new WeakMap<Doc, Map<number, DateLineEntry>>();
/** A date line; `section` when it heads a numbered section of a long-read (claim/dated-section). */
interface DateLineEntry { value: ClaimDate['value']; text: string; start: number; end: number; section?: boolean }

function dateLinesOf(doc: Doc): Map<number, DateLineEntry> {
  let lines = dateLines.get(doc);
  if (lines) return lines;
  lines = new Map();
  for (const o of doc.sentences) {
    // (Cheap first: a date line is short.)
    if (o.tEnd - o.tStart > 10) continue;
    const ds = doc.dates(o.index);
    if (ds.length !== 1 || ds[0].future || ds[0].value == null || ds[0].since) continue;
    const d = ds[0];
    let others = 0;
    for (let j = o.tStart; j < o.tEnd; j++) if (doc.tokens[j].word && (doc.tokens[j].start < d.start || doc.tokens[j].start >= d.end)) others++;
    // ("MAY 11 - THE COUNTER-OFFER": a heading in capitals that opens with its date may name its entry.)
    const heading = others <= 5 && tokenAtIn(doc, o, d.start) === o.tStart && !/[a-z]/.test(doc.text.slice(doc.tokens[o.tStart].start, doc.tokens[o.tEnd - 1].end));
    const section = others > 2 && !heading && datedSection(doc, o, d);
    if (others <= 2 || heading || section) lines.set(o.index, { value: d.value, text: d.text, start: d.start, end: d.end, section });
  }
  // (Only a document built of dated entries: one date line may be a byline's or a caption's.)
  if (lines.size < 2) lines.clear();
  dateLines.set(doc, lines);
  return lines;
}

/** The date line above sentence `s` (claim/date-line), back to an entry that opens with a date of its own. */
function dateLineAbove(doc: Doc, s: Sentence): ClaimDate | null {
  const lines = dateLinesOf(doc);
  if (!lines.size) return null;
  // (In a dated section, a date that opens an earlier paragraph sets that paragraph's scene only, claim/scene-date:
  // the heading still dates the paragraphs after it. In a timeline, an entry that opens with its own date ends the
  // reach of the line above.)
  let opened = false;
  for (let k = s.index - 1; k >= 0; k--) {
    const l = lines.get(k);
    if (l) return opened && !l.section ? null : { value: l.value, basis: 'text', text: l.text, span: [l.start, l.end] };
    const o = doc.sentences[k];
    // (A plan or a count of days that opens a sentence, "After three days of talks, …", is no entry's date.)
    if (doc.dates(k).some((d) => !d.future && tokenAtIn(doc, o, d.start) - o.tStart <= 1)) {
      if (o.paragraph === s.paragraph) return null;
      opened = true;
    }
    // ("III. What the two deals have in common": a numbered section with no date of its own ends the one above.)
    if (sectionMark(doc, o)) return null;
  }
  return null;
}

export const datedSectionRule = defineRule({
  id: 'claim/dated-section', stage: 'claim',
  reason: 'A long-read or an explainer in numbered sections headed by their date ("I. July 2023: the door closes", "2) 14 May – the Istanbul round", "March 2025: the door, reopened") tells each section\'s events at that date: the heading is a date line (claim/date-line) for the statements under it with no date of their own or of their neighbours, up to the next numbered heading ("III. What the two deals have in common"), which ends its reach even without a date.',
});

/** Section numbers: "I.", "II", "3.", "4)". */
const SECTION_NUMBER = /^(?:[IVX]{1,4}|\d{1,2})[.)]?$/;

/**
 * A heading line that opens with its date, after a section number at most, the date set off by a colon or a dash
 * from a short title: "I. July 2023: the door closes", "March 2025: the door, reopened" (claim/dated-section).
 */
function datedSection(doc: Doc, o: Sentence, d: { start: number; end: number }): boolean {
  const last = doc.tokens[o.tEnd - 1];
  if (!last || /^[.!?"”]$/.test(last.text)) return false;
  let first = o.tStart;
  if (SECTION_NUMBER.test(doc.tokens[first].text)) { first++; if (doc.tokens[first]?.text === '.' || doc.tokens[first]?.text === ')') first++; }
  if (tokenAtIn(doc, o, d.start) !== first) return false;
  const after = doc.tokens[tokenAtIn(doc, o, d.end)];
  if (!after || !/^(?::|-|–|—)$/.test(after.text)) return false;
  // (Set off on a line of its own: the sentence before it ends a paragraph or is the section's number.)
  const prev = doc.sentences[o.index - 1];
  return !prev || prev.paragraph !== o.paragraph || sectionMark(doc, prev);
}

/** A numbered heading: "III.", "3. What it means", "II" alone, short and with no full stop of a sentence (claim/dated-section). */
function sectionMark(doc: Doc, o: Sentence): boolean {
  if (o.tEnd - o.tStart > 10 || !SECTION_NUMBER.test(doc.tokens[o.tStart].text)) return false;
  const next = doc.tokens[o.tStart + 1];
  // ("III." alone; "3. What it means" with no full stop at its end; not "2 people said …".)
  if (o.tEnd - o.tStart <= 2) return !next || next.text === '.' || next.text === ')';
  if (next.text !== '.' && next.text !== ')') return false;
  const next2 = doc.sentences[o.index + 1];
  return !/^[.!?"”]$/.test(doc.tokens[o.tEnd - 1].text) && (!next2 || next2.paragraph !== o.paragraph);
}

export const entryWeekdayRule = defineRule({
  id: 'claim/entry-weekday', stage: 'claim',
  reason: 'A bare weekday ("on Saturday") in an entry under a timeline\'s or a liveblog\'s date line ("APRIL 19 - EASTER", "Monday, 21 April") is read against that date, the last such weekday on or before it, not against the publication date months later: "APRIL 19 - EASTER / Aliyev declared a truce on Saturday" is 19 April. With no date line above, the publication date decides as before.',
});

/** The weekday `wd` read against the day of the date line above `s`, when that day is before publication (claim/entry-weekday). */
function entryWeekday(doc: Doc, s: Sentence, wd: number): string | null {
  const line = dateLineAbove(doc, s);
  // (With no date line above, a wire dateline's day earlier than publication: the report's day, claim/dateline-yields.)
  // (Or the date heading the entry's paragraph, "Kommersant (Moscow), 30 November: …", claim/entry-head-date.)
  const head = line ? null : entryHeadDay(doc, s);
  const v = line ? line.value : head ?? datelineDay(doc);
  if (typeof v !== 'string' || v.length !== 10 || !doc.published || v >= doc.published) return null;
  // (A wire dateline's day is when the copy was filed; the publication's own weekday is the updated story's later
  // material: "ANCHORAGE, Aug 16 (AFP) - … On Sunday, Witkoff told CNN …" in a paper of Sunday 17 August is that
  // Sunday, not the one before the dateline. Another weekday stays the copy's: "on Monday" under "Nov 28" in a paper of
  // Tuesday 1 December is 23 November.)
  if (!line && head === null && weekdayOnOrBefore(doc.published, wd) === doc.published) return null;
  return weekdayOnOrBefore(v, wd);
}

export const quoteAttributionDateRule = defineRule({
  id: 'claim/quote-attribution-date', stage: 'claim',
  reason: 'A quoted sentence with no date of its own is dated by the attribution of its quote, in a later sentence of the paragraph ("\"We will not recognise the annexation. There is nothing to talk about,\" the minister told reporters on Tuesday"), the date after the speaker.',
});

/** The date of the attribution of the quote holding token `at`, two sentences or more after `s` (claim/quote-attribution-date). */
function quoteAttributionDate(doc: Doc, s: Sentence, at: number): ClaimDate | null {
  if (!doc.mentions.inQuote[at]) return null;
  const sp = doc.mentions.quoteSpeaker(at);
  if (sp && sp.sentence < s.index) return colonIntroductionDate(doc, sp.sentence);
  if (!sp || sp.sentence <= s.index + 1) return null;
  const o = doc.sentences[sp.sentence];
  if (!o || o.paragraph !== s.paragraph) return null;
  // (Only the speaker's own sentence, after the speaker is named: '…," Lavrov said on Monday'.)
  for (const d of doc.dates(sp.sentence)) {
    if (d.future || d.value == null || d.since || (typeof d.value === 'string' && d.value.length === 4)) continue;
    const dTok = tokenAtIn(doc, o, d.start);
    if (dTok < sp.end || doc.mentions.inQuote[dTok] || datesScheduledEvent(doc, o, dTok) || inReportedComplement(doc, o, dTok)) continue;
    return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
  }
  return null;
}

export const colonQuoteDateRule = defineRule({
  id: 'claim/colon-quote-date', stage: 'claim',
  reason: 'A quote introduced by a sentence that ends with a colon ("… but in October, when Lavrov voiced an openness to talks, spokesperson Ned Price told a regular news briefing:" / "\"We do not see this as a constructive, legitimate offer …\"") was spoken on the occasion that sentence dates: its date, not a plan, a "since" or a bare year, and not one inside what it reports, dates the quote\'s statements, in the next paragraph too.',
});

/** The date of sentence `k`, the introduction of a quote that follows it after a colon (claim/colon-quote-date), or null. */
function colonIntroductionDate(doc: Doc, k: number): ClaimDate | null {
  const o = doc.sentences[k];
  if (!o || doc.tokens[o.tEnd - 1]?.text !== ':') return null;
  for (const d of doc.dates(k)) {
    if (d.future || d.value == null || d.since || (typeof d.value === 'string' && d.value.length === 4)) continue;
    const dTok = tokenAtIn(doc, o, d.start);
    if (doc.mentions.inQuote[dTok] || datesScheduledEvent(doc, o, dTok) || inReportedComplement(doc, o, dTok) || inBackgroundDescription(doc, o, dTok)) continue;
    return { value: d.value, basis: 'text', text: d.text, span: [d.start, d.end] };
  }
  return null;
}

export const complementDate = defineRule({
  id: 'claim/complement-date', stage: 'claim',
  reason: 'A date inside what a neighbouring sentence reports ("said Ukraine had agreed to a truce proposed a month ago") dates the reported event, not the speech: it does not carry to the next or previous sentence ("He said Ukraine was ready for talks" is not a month old). "said on Monday that …" keeps its date.',
});

/**
 * Does the date at token `d` of sentence `o` sit inside what a speech verb of `o` reports (claim/complement-date):
 * after the speech verb and past a complementiser or a verb of the report's own tense?
 */
function inReportedComplement(doc: Doc, o: Sentence, d: number): boolean {
  const speech = doc.index.words('speech-verbs');
  const opens = doc.index.words(complementDate.id);
  let opened = false;
  for (let j = d - 1; j >= o.tStart; j--) {
    const w = doc.tokens[j].lower;
    if (speech.has(w)) return opened;
    if (opens.has(w)) opened = true;
  }
  return false;
}

function tokenAtIn(doc: Doc, s: Sentence, offset: number): number { let i = s.tStart; while (i < s.tEnd && doc.tokens[i].start < offset) i++; return i; }

function rangeStart(v: string): string {
  if (v.length === 10) return v;
  if (v.length === 7) return `${v}-01`;
  return `${v}-01-01`;
}

export const sinceBoundDate = defineRule({
  id: 'claim/since-bound-date', stage: 'claim',
  reason: '"Met on Friday for the first time since the spring of 2023 and agreed to exchange detainees": a date after "since" bounds a span of time. Before a stance in the simple past it does not date the stance, which takes the sentence\'s other day or the usual fallback; it dates a stance held over the span ("has insisted since March") or one in the "when" clause it opens ("since April, when he told …").',
});

/** A date ending before token `k` opens a "when" clause: "since April, when he told …" (claim/since-bound-date). */
function opensWhenClause(doc: Doc, k: number): boolean {
  void sinceBoundDate;
  // (The date's text may end with the comma: "April," as chrono reads it.)
  if (doc.tokens[k]?.text === ',') k++;
  return doc.tokens[k]?.lower === 'when' && doc.tokens[k - 1]?.text === ',';
}

export interface SourceContext {
  /** First outlet credited in the article's lead (first three paragraphs) or by a dateline. */
  leadOutlet?: string;
  /** The lead outlet comes from a wire dateline ("(AFP)"), which covers the whole article. */
  leadIsDateline?: boolean;
  /**
   * A wire dateline opening a later paragraph, under a local top ("The following report is from Reuters. ¶ MOSCOW,
   * July 17 (Reuters) - …"): the wire's copy starts there and covers the claims from that sentence on
   * (discourse/wire-under-local-top).
   */
  lateWire?: Array<{ outlet: string | null; from: number }>;
  lastCount?: number;
  /** Parties that gave an interview to an outlet ("Zelensky told Axios"): their statements are on its word. */
  interviews?: Map<string, string>;
  /** For each interviewed party, the surname of the person who gave the interview, when a person is named. */
  interviewees?: Map<string, string>;
}

export function buildSourceContext(doc: Doc, meta?: ArticleMeta): SourceContext {
  // A wire dateline ("(AFP)", "/TASS/") credits that agency for the whole article, unless it only names
  // the publisher itself ("MADRID, 16 (EUROPA PRESS)" in Europa Press): then the first outlet the lead
  // credits in the text ("according to the Financial Times") is the source.
  // A credit in the text covers the article only from its lede (the first two paragraphs), and not when it
  // names an interview ("In a phone interview with NBC News, Trump …" credits Trump's words, discourse/interview):
  // "first reported by Axios last week" or "according to Bloomberg, which cited three people" further down
  // credits that report, not the article (lead-credit).
  const interviewees = new Map<string, string>();
  const interviews = findInterviews(doc, interviewees);
  const interviewed = new Set(interviews.values());
  let text: string | undefined;
  let dateline: string | undefined;
  const publisher = meta?.outlet?.toLowerCase();
  // (The lede starts after a dateline that names the publisher itself, "MADRID, 16 (EUROPA PRESS)" on a line of
  // its own in Europa Press, and after a standfirst above it: its two paragraphs are the lede, discourse/lede-after-dateline.)
  let lede = 1;
  // (A wire dateline opens the first paragraph of prose or the one after it (under a standfirst), however many short
  // masthead, headline and byline lines stand above: it is looked for up to there, discourse/dateline-after-masthead.)
  const datelineReach = Math.max(3, firstProseParagraph(doc) + 1);
  for (const s of doc.sentences) {
    if (s.paragraph > datelineReach) break;
    if (s.paragraph > 3 && !doc.source(s.index).dateline) continue;
    const src = doc.source(s.index);
    if (!src.outlet) continue;
    // ("(UrduPoint News / Sputnik - 20th May)" in UrduPoint: the other agency of a dateline that names the publisher.)
    if (src.dateline && meta?.outlet && src.datelines && src.datelines.length > 1 && samePublisher(src.outlet, meta.outlet)) {
      const other = src.datelines.find((x) => !samePublisher(x, meta.outlet!));
      if (other) { dateline ??= other; continue; }
    }
    // (Not the publisher's own banner: "Calgary News" over a page of "UAconnect Calgary", discourse/publisher-section.)
    if (src.dateline && meta?.outlet && publisherSection(doc, src.outlet, meta.outlet)) continue;
    if (src.dateline) { dateline ??= src.outlet; if (src.outlet.toLowerCase() === publisher && s.paragraph <= 2) lede = Math.max(lede, s.paragraph + 2); }
    // (Nor a credit for a named person's statement it quotes: '"…," Reuters reported, citing a statement from Kremlin
    // spokesperson Dmitry Peskov' credits that statement, not the article's other reports, discourse/named-lede-credit.)
    else if (s.paragraph <= lede && (!interviewed.has(src.outlet) || src.anonymous) && (src.anonymous || !namesPerson(doc, s))) text ??= src.outlet;
  }
  const ctx: SourceContext = { interviews, interviewees };
  // (A wire dateline past the lead, opening its paragraph under a local top, starts the wire's copy: each such dateline
  // opens a segment up to the next, as in a feed of items from several agencies; one naming the publisher, or an agency
  // the lexicon does not know, is the publisher's own item. Not when a dateline already credits the whole article;
  // WIRE_DATELINE says what a dateline looks like; discourse/wire-under-local-top.)
  if (!dateline) {
    const segments: Array<{ outlet: string | null; from: number }> = [];
    for (const s of doc.sentences) {
      if (s.paragraph <= datelineReach || doc.sentences[s.index - 1]?.paragraph === s.paragraph) continue;
      if (!WIRE_DATELINE.test(doc.text.slice(s.start, s.end))) continue;
      // (An agency the lexicon does not know, or the publisher's own initials, "SOFIA, Oct 2 (VNA) –" in the Vitosha
      // News Agency's feed: the publisher's own item.)
      const src = doc.source(s.index);
      const wire = src.dateline && src.outlet && !(meta?.outlet && samePublisher(src.outlet, meta.outlet)) ? src.outlet : null;
      segments.push({ outlet: wire, from: s.index });
    }
    if (segments.some((x) => x.outlet)) ctx.lateWire = segments;
  }
  // (A wire credit on a line of its own at the end, "ANI", "— AP", "Source: AFP", stands for a dateline,
  // discourse/trailing-credit.)
  if (!dateline || dateline.toLowerCase() === publisher) dateline = trailingCreditOf(doc, (x) => !!meta?.outlet && samePublisher(x, meta.outlet)) ?? dateline;
  // (samePublisher covers the plain name too: a short form or variant of the publisher's name is the publisher.)
  if (dateline && !(meta?.outlet && samePublisher(dateline, meta.outlet))) { ctx.leadOutlet = dateline; ctx.leadIsDateline = true; }
  else ctx.leadOutlet = text ?? dateline;
  return ctx;
}

/**
 * A wire dateline opening a paragraph: a place in capitals (one or more, joined by "/"), a date after a comma if any,
 * the agency in brackets and a dash ("MOSCOW/KYIV, July 17 (Reuters) -", "ISTANBUL (AP) —"). A transcript's
 * "QUESTION (Izvestia):" or a script's "(SOT / …)" cue is none.
 */
const WIRE_DATELINE = /^[^A-Za-z(]*[A-Z][A-Z'.\- ]*(?:\/[A-Z][A-Z'.\- ]*)*(?:,[^()]{0,30})?\s*\([^)]{1,40}\)\s*[-–—]/;

export const wireUnderLocalTop = defineRule({
  id: 'discourse/wire-under-local-top', stage: 'discourse',
  reason: 'A local paper often runs a wire story under a few paragraphs of its own ("HORSHAM — Growers were checking prices … ¶ The following report is from Reuters. ¶ MOSCOW, July 17 (Reuters) - Russia on Monday halted …"): a wire dateline that opens a paragraph past the lead starts the wire\'s copy, and the claims from that paragraph on are on the wire\'s word when their own sentence credits no one. The local top before it stays the publisher\'s. Not the publisher\'s own dateline, and not when a dateline in the lead already credits the whole article.',
});

const datelineAfterMasthead = defineRule({
  id: 'discourse/dateline-after-masthead', stage: 'discourse',
  reason: 'A wire dateline ("BELGRADE (AFP) -") opens the story\'s first paragraph of prose, and a web page may print many short lines above it (masthead, section, headline, standfirst, byline, each a paragraph of its own): the dateline credits the whole article wherever that first prose paragraph falls.',
});

/** Words a paragraph's first sentence needs to be prose rather than a masthead, headline or byline line. */
const PROSE_WORDS = 15;

/** The paragraph of the article's first sentence of prose, long and ending in a full stop (discourse/dateline-after-masthead); 0 when there is none. */
function firstProseParagraph(doc: Doc): number {
  void datelineAfterMasthead;
  for (const s of doc.sentences) {
    let words = 0;
    for (let i = s.tStart; i < s.tEnd && words < PROSE_WORDS; i++) if (doc.tokens[i].word) words++;
    // (A standfirst is as long but has no full stop: "Belgrade says no to a new round while Pristina says it is ready".)
    const last = doc.tokens[s.tEnd - 1]?.text ?? '';
    if (words >= PROSE_WORDS && /[.!?"”]$/.test(last)) return s.paragraph;
  }
  return 0;
}

export const planReportCredit = defineRule({
  id: 'discourse/plan-report-credit', stage: 'discourse',
  reason: '"According to a copy seen by Reuters, the draft drawn up by Brussels says … ¶ The army would be capped at 40,000. Sanctions would be lifted in stages.": what a plan provides for is on the word of the outlet that holds a copy of it, credited where the plan was named, when the point\'s own sentence credits none ("first reported by Axios last week" credits an earlier report, not this account of the text); an interview its authors gave elsewhere ("Borrell told Euronews") credits their words, not the plan\'s points.',
});

/** The sentence credits an outlet that holds the text itself: "according to a copy seen by Reuters", "obtained by the FT". */
function heldCopy(doc: Doc, k: number): boolean {
  const verbs = doc.index.words(planReportCredit.id, 'copyVerbs');
  const s = doc.sentences[k];
  for (let i = s.tStart; i + 1 < s.tEnd; i++) if (verbs.has(doc.tokens[i].lower) && doc.tokens[i + 1].lower === 'by') return true;
  return false;
}

/** The sentence that last named a plan of these authors, at or before sentence `upTo` (for discourse/plan-report-credit). */
export function planSentenceOf(doc: Doc, authors: string[], upTo: number): number | undefined {
  for (let k = doc.mentions.documents.length - 1; k >= 0; k--) {
    const d = doc.mentions.documents[k];
    if (d.sentence > upTo || d.kind !== 'plan' || d.via !== 'phrase') continue;
    if (d.authors.length === authors.length && d.authors.every((a) => authors.includes(a))) return d.sentence;
  }
  return undefined;
}

export function sourceFor(doc: Doc, s: Sentence, meta: ArticleMeta, ctx: SourceContext, named: boolean, actor?: string, at?: number, plan?: number): ClaimSource {
  const own = doc.source(s.index);
  let outlet = own.outlet;
  // ("Zelensky's readiness for elections followed a challenge from Trump, who told the news site Politico that …": a
  // credit inside a relative clause after the stance is that clause's, discourse/relative-clause-credit.)
  if (outlet && !own.dateline && at !== undefined && own.outletAt !== undefined && relativeClauseBetween(doc, s, at, own.outletAt)) outlet = undefined;
  // (A dateline naming the publisher itself, "(MENAFN) Orban has stated …" in MENAFN, credits no one else: the
  // sentence's claims take the credits other rules find, an interview's, a neighbour's; the other agency of a
  // dateline with two, "(UrduPoint News / Sputnik - 20th May)", is the source.)
  const publisherDateline = !!outlet && own.dateline === true && !!meta.outlet && samePublisher(outlet, meta.outlet);
  if (publisherDateline) outlet = own.datelines?.find((x) => !samePublisher(x, meta.outlet!));
  let count = own.count;
  let credited = !!outlet;
  let text = own.text;
  // "Three of them said Moscow wants …; two said it would settle for …": each clause has its own count.
  if (own.counts && at !== undefined) { const c = clauseCount(doc, s, own.counts, at); count = c.count; text = c.text; }
  if (!outlet || count === undefined) {
    // Attribution elsewhere in the paragraph: "Putin demanded … The Russian leader made this request …, according to four people …, reports Financial Times."
    for (const k of [s.index + 1, s.index - 1, s.index + 2]) {
      const o = doc.sentences[k];
      if (!o || o.paragraph !== s.paragraph) continue;
      const src = doc.source(k);
      // ("According to Axios, senior officials said …" opening a later sentence credits what follows it, like an opening date.)
      if (k > s.index && doc.tokens[o.tStart]?.lower === 'according') continue;
      // ("A senior Armenian official told Axios that Yerevan would not pull out": that credit is its own clause's,
      // discourse/own-clause-credit.)
      if (src.ownClause) continue;
      if (!outlet && src.outlet) { outlet = src.outlet; credited = true; }
      if (count === undefined && src.count !== undefined && k === s.index + 1 && !own.anaphoric) { count = src.count; text = src.text; }
    }
  }
  if (count === undefined && own.anaphoric && ctx.lastCount !== undefined) count = ctx.lastCount;
  // "Zelensky told Axios …" earlier: what Zelensky says later in the article is on Axios's word.
  // (Not when another person of that party speaks in the sentence: "Kyiv's foreign minister Sybiha, speaking
  // in Kyiv on Wednesday, stressed …" after "Zelensky told the Guardian", discourse/interview-other-speaker.)
  // A plan's point is on the word of the outlet credited where the plan was named (discourse/plan-report-credit).
  if (!outlet && plan !== undefined && plan !== s.index && heldCopy(doc, plan)) { const src = doc.source(plan); if (src.outlet && !src.ownClause && !src.dateline) { outlet = src.outlet; credited = true; } }
  // (Nor when the sentence reports the party through someone else's mouth: "The official said Aliyev had again
  // insisted on …" is on that source's word, not on the interview the party gave elsewhere.)
  if (!outlet && actor && plan === undefined && !own.anonymous && !own.anaphoric && own.count === undefined && ctx.interviews?.has(actor) && !otherSpeaker(doc, s, actor, ctx.interviewees?.get(actor))) { outlet = ctx.interviews.get(actor); credited = true; }
  // A wire dateline covers every claim. An outlet credited in the lead covers claims from its (anonymous
  // or unstated) sources, not a stance a named person states in the publisher's own reporting
  // ("Sybiha stressed that Ukraine would never recognise …").
  if (!outlet && ctx.lateWire) {
    // (The last segment opened at or before this sentence.)
    let seg: { outlet: string | null; from: number } | undefined;
    for (const x of ctx.lateWire) { if (x.from > s.index) break; seg = x; }
    if (seg?.outlet) { outlet = seg.outlet; credited = true; }
  }
  if (!outlet && ctx.leadOutlet && (ctx.leadIsDateline || !named || own.anonymous || own.anaphoric)) { outlet = ctx.leadOutlet; credited = true; }
  // (The publisher's own dateline still credits it in the text.)
  if (!outlet) { outlet = meta.outlet ?? undefined; if (publisherDateline) credited = true; }
  // "told the Frontline Post" in the Kyiv Frontline Post: a short form of the publisher's name is the publisher.
  else if (meta.outlet && outlet !== meta.outlet && isShortFormOf(outlet, meta.outlet)) outlet = meta.outlet;
  const attribution = own.count !== undefined || own.anonymous ? 'anonymous' : named ? 'named' : 'unstated';
  const out: ClaimSource = { outlet: outlet ?? null, credited, attribution };
  if (count !== undefined) out.count = count;
  if (text) out.text = text;
  return out;
}

export const relativeClauseCredit = defineRule({
  id: 'discourse/relative-clause-credit', stage: 'discourse',
  reason: 'A credit inside a relative clause that comes after the stance ("Kyiv\'s readiness for talks followed a challenge from Trump, who told Politico that …", "…, which Reuters reported") is that clause\'s: the stance before it stays on the word of the credits other rules find (a neighbour\'s, the lead\'s, the publisher\'s).',
});

/** Between the trigger at `at` and the credited outlet at `outletAt` a relative clause opens after a comma (", who told"). */
function relativeClauseBetween(doc: Doc, s: Sentence, at: number, outletAt: number): boolean {
  if (outletAt <= at) return false;
  const words = doc.index.words(relativeClauseCredit.id, 'relativeWords');
  for (let j = at + 1; j < outletAt; j++) if (doc.tokens[j - 1].text === ',' && words.has(doc.tokens[j].lower)) return true;
  return false;
}

/** The count of the trigger's clause (between semicolons): the last group counted before it there, else the first after it. */
function clauseCount(doc: Doc, s: Sentence, counts: NonNullable<ReturnType<Doc['source']>['counts']>, at: number): { count: number; text: string } {
  let from = s.tStart, to = s.tEnd;
  for (let j = at - 1; j > s.tStart; j--) if (doc.tokens[j].text === ';') { from = j; break; }
  for (let j = at; j < s.tEnd; j++) if (doc.tokens[j].text === ';') { to = j; break; }
  const before = counts.filter((c) => c.at >= from && c.at < at);
  return before.length ? before[before.length - 1] : counts.find((c) => c.at > at && c.at < to) ?? counts[0];
}

const interviewRule = defineRule({
  id: 'discourse/interview', stage: 'discourse',
  reason: '"Zelensky told Axios", "in an interview with the BBC", "speaking to Rossiya 1": the party that gave the interview states its positions on that outlet\'s word for the rest of the article.',
});

/**
 * Who gave an interview to which outlet, over the whole article ("Ushakov told the Russian Shot Telegram
 * channel …", "Speaking in an interview with Axios, Zelensky stressed …"): that party's statements in the
 * article are on the outlet's word, before and after the interview is named.
 */
export function findInterviews(doc: Doc, interviewees?: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const words = doc.index.words(interviewRule.id);
  for (const o of doc.mentions.outlets) {
    // "told Reuters", "told the Russian Shot Telegram channel", "an interview with Axios".
    let b = o.start - 1;
    if (doc.tokens[b]?.cap && doc.tokens[b - 1]?.lower === 'the') b--;
    if (doc.tokens[b]?.lower === 'the') b--;
    if (!words.has(doc.tokens[b]?.lower ?? '')) continue;
    // (An anonymous source is no interview: "A senior Ukrainian official told Axios that …" credits that
    // sentence, not the party's statements elsewhere, discourse/own-clause-credit.)
    const src = doc.source(o.sentence);
    if (src.anonymous || src.count !== undefined) continue;
    const actors = doc.actorsBySentence.get(o.sentence) ?? [];
    // The speaker: the last party before that is not an object, else the first one after ("…, Zelensky stressed").
    // (The subject of a verb of saying comes first: in "Zelensky said he planned to meet Chinese leader Xi Jinping,
    // according to Reuters" Zelensky speaks, not Xi, discourse/interview-speaker.)
    const speech = doc.index.words('speech-verbs');
    // ("… citing Angela Merkel's remark to Die Zeit", "in Aliyev's interview with the BBC": the possessor of the
    // interview noun right before the outlet gave it, whoever the sentence's subject is, discourse/interview-possessor.)
    const possessed = doc.tokens[b - 1]?.word && doc.tokens[b - 2]?.lower === 's' && doc.tokens[b - 3]?.text === "'";
    let speaker = possessed ? actors.find((a) => a.possessive && a.end === b - 3) : undefined;
    // (A possessor that is no party the lexicon knows gave the interview: no party's words are on its word.)
    if (possessed && (!speaker || speaker.codes.length !== 1)) continue;
    speaker ??= actors.find((a) => a.end <= o.start && !a.object && !a.possessive && a.codes.length === 1 && speech.has(doc.tokens[a.end]?.lower ?? ''));
    speaker ??= [...actors].reverse().find((a) => a.end <= o.start && !a.object && !a.possessive && a.codes.length === 1);
    speaker ??= actors.find((a) => a.start >= o.end && !a.object && !a.possessive && a.codes.length === 1);
    // ("According to Axios, senior U.S. officials indicated …" reports unnamed officials: no interview; "…, he said
    // at a news conference, according to the Interfax agency" credits a named speaker's words.)
    if (speaker && doc.tokens[b].lower === 'to' && doc.tokens[b - 1]?.lower === 'according' && speaker.kind !== 'pronoun' && !personName(doc, speaker)) continue;
    if (speaker && !out.has(speaker.codes[0])) {
      out.set(speaker.codes[0], o.name);
      // (A pronoun speaker, "…, he said in an interview with the Guardian": the person named last before it, in
      // its sentence or the one before.)
      let named = personName(doc, speaker);
      // (A role in apposition to a name, "Sergei Lavrov, the Russian foreign minister, told Al Jazeera": the name
      // before it in the sentence, discourse/interview-other-speaker.)
      if (!named && speaker.kind !== 'pronoun') named = appositiveName(doc, speaker.start);
      if (!named && speaker.kind === 'pronoun') {
        const code = speaker.codes[0];
        for (const k of [o.sentence, o.sentence - 1]) {
          const before = (doc.actorsBySentence.get(k) ?? []).filter((a) => a.codes.length === 1 && a.codes[0] === code && (k < o.sentence || a.end <= speaker!.start));
          for (let j = before.length - 1; j >= 0 && !named; j--) named = personName(doc, before[j]);
          if (named) break;
        }
      }
      if (named) interviewees?.set(speaker.codes[0], named);
    }
  }
  return out;
}

const interviewOtherSpeaker = defineRule({
  id: 'discourse/interview-other-speaker', stage: 'discourse',
  reason: 'An interview credits the words of the person who gave it: after "Aliyev told the Guardian", "Azerbaijan\'s foreign minister Jeyhun Bayramov said Baku would never accept peacekeepers" is another person of the same party speaking on another occasion, on the publisher\'s word.',
});
void interviewOtherSpeaker;

const interviewPossessor = defineRule({
  id: 'discourse/interview-possessor', stage: 'discourse',
  reason: '"Lavrov said the West had used the accords to buy time, citing Angela Merkel\'s remark to Die Zeit": the interview is the possessor\'s (Germany\'s), not the sentence subject\'s; Russia\'s statements elsewhere in the article stay on the publisher\'s word.',
});
void interviewPossessor;

const ownClauseCredit = defineRule({
  id: 'discourse/own-clause-credit', stage: 'discourse',
  reason: '"A senior Armenian official told Axios that Yerevan would not pull its troops out" credits Axios for that clause only: not the sentences around it ("Aliyev asked in Geneva for …", "Pashinyan himself said on Monday …"), and, from an anonymous source, no interview of the party.',
});
void ownClauseCredit;

const ledeAfterDateline = defineRule({
  id: 'discourse/lede-after-dateline', stage: 'discourse',
  reason: 'A dateline that names the publisher itself ("BELGRADE, 16 (EUROPA PRESS)") opens the story: the outlet its next two paragraphs credit ("…, according to the Financial Times") is the source of the report, as in a lede without a dateline.',
});
void ledeAfterDateline;

/**
 * The surname of a mention that names a person: "Ilham Aliyev", "Azerbaijan's Foreign Minister Jeyhun Bayramov"
 * (the last of two capitalised words that is no office: not "Azerbaijan's Foreign Minister").
 */
function personName(doc: Doc, a: { kind: string; start: number; end: number }): string | undefined {
  const last = doc.tokens[a.end - 1];
  if (a.kind === 'person') return last.lower;
  if (a.kind !== 'adjective-role' && a.kind !== 'description') return undefined;
  const prev = doc.tokens[a.end - 2];
  if (a.end - 2 < a.start || !last.cap || !prev?.cap || !last.word) return undefined;
  return doc.index.words('discourse/unknown-outlets', 'officeWords').has(last.lower) ? undefined : last.lower;
}

/** The surname in "Ararat Mirzoyan, the Armenian foreign minister": two or three capitalised words and a comma right before `start`. */
function appositiveName(doc: Doc, start: number): string | undefined {
  if (doc.tokens[start - 1]?.lower === 'the') start--;
  if (doc.tokens[start - 1]?.text !== ',') return undefined;
  const last = doc.tokens[start - 2];
  if (!last?.cap || !last.word || !doc.tokens[start - 3]?.cap) return undefined;
  return doc.index.words('discourse/unknown-outlets', 'officeWords').has(last.lower) ? undefined : last.lower;
}

/** The sentence names a person of `actor` (as a subject) who is not the interviewee `surname`. */
function otherSpeaker(doc: Doc, s: Sentence, actor: string, surname: string | undefined): boolean {
  if (!surname) return false;
  for (const a of doc.actorsBySentence.get(s.index) ?? []) {
    if (a.object || a.possessive || a.inQuote || a.codes.length !== 1 || a.codes[0] !== actor) continue;
    const name = personName(doc, a);
    if (name && name !== surname) return true;
  }
  return false;
}

/** Remember explicit counts in reading order, for "the officials said". */
export function noteCounts(doc: Doc, s: Sentence, ctx: SourceContext): void {
  // (Only a sentence with an attribution word can have a count: the others' sources are found when a claim asks.)
  if (!mayCountSources(s.classes)) return;
  const src = doc.source(s.index);
  if (src.count !== undefined) ctx.lastCount = src.count;
}

const publisherSectionRule = defineRule({
  id: 'discourse/publisher-section', stage: 'discourse',
  reason: 'A name no outlet list holds, made only of news words and words of the publisher\'s own name on a line of its own ("Calgary News" on the site banner of "UAconnect Calgary") is the publisher\'s own section or banner, not a wire dateline crediting another outlet.',
});

/** `name` is unknown to the lexicon, and each of its words is a news word or a word of the publisher's name. */
function publisherSection(doc: Doc, name: string, publisher: string): boolean {
  if (doc.index.outletByName.has(name.toLowerCase())) return false;
  const own = new Set(bareName(publisher).split(/[\s-]+/));
  const news = doc.index.words('discourse/unknown-outlets', 'newsWords');
  const words = bareName(name).split(/[\s-]+/);
  // (A section heading, "WORLD NEWS", names no organisation either: its words are section words and news words.)
  const section = doc.index.words(publisherSectionRule.id, 'sectionWords');
  let shared = false, sectionWord = false;
  for (const w of words) {
    if (own.has(w) && !news.has(w)) shared = true;
    else if (section.has(w)) sectionWord = true;
    else if (!news.has(w)) return false;
  }
  return shared || sectionWord;
}
void publisherSectionRule;

const namedLedeCredit = defineRule({
  id: 'discourse/named-lede-credit', stage: 'discourse',
  reason: 'An outlet credited in the lede covers the article\'s unnamed sources only when it reports from such sources: a credit for a named person\'s statement (\'"…," Reuters reported, citing a statement from Kremlin spokesperson Dmitry Peskov\') is that statement\'s, and the publisher\'s other reports stay on its own word.',
});
void namedLedeCredit;

/** The sentence's credit cites a named person: "citing a statement from spokesperson Dmitry Peskov", "quoting Sybiha". */
function namesPerson(doc: Doc, s: Sentence): boolean {
  let citing = -1;
  for (let j = s.tStart; j < s.tEnd && citing < 0; j++) if (doc.tokens[j].lower === 'citing' || doc.tokens[j].lower === 'quoting') citing = j;
  // (The person is the one cited, not one the cited sources spoke to: "citing officials who spoke with Mr. Li".)
  const cited = (a: { start: number }) => doc.tokens.slice(citing + 1, a.start).every((x) => !/^(?:who|which|that|with|to)$/.test(x.lower));
  return citing >= 0 && (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start > citing && a.start - citing <= 8 && !a.possessive && personName(doc, a) !== undefined && cited(a));
}

/** "UrduPoint News" of the publisher "UrduPoint", "Kyiv Post" of "The Kyiv Post": one name extends the other. */
function samePublisher(name: string, publisher: string): boolean {
  const a = bareName(name), b = bareName(publisher);
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || isShortFormOf(name, publisher);
}

const bareName = (x: string) => x.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
/** "Frontline Post" of "Kyiv Frontline Post", "Cape Observer" of "The Cape Observer": the same outlet. */
function isShortFormOf(name: string, publisher: string): boolean {
  const a = bareName(name), b = bareName(publisher);
  return a === b || (a.length >= 6 && b.endsWith(` ${a}`));
}
