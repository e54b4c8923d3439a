// Compiles the lexicon data and the stance vocabulary into phrase matchers, once per lexicon.
import { officeWords } from './role-reference.js';
import type { LexiconData } from '../lexicon/types.js';
import type { Vocab, CueEntry } from '../lexicon/vocab.js';
import { FirstWords, PhraseMatcher } from './phrase-matcher.js';
import { inflectedTerms, verbFormTable } from './issue-verb-forms.js';
import { adverbVariants } from './cue-adverbs.js';
import { hyphenedTerm } from './hyphened-terms.js';
import { cueNounVariants, cueVerbTable, cueVerbVariants } from './cue-verb-forms.js';

export type NameValue =
  | { kind: 'party'; code: string; sub: 'name' | 'metonym' | 'group'; members?: string[] }
  | { kind: 'adjective'; code: string }
  | { kind: 'person'; code: string; gender?: 'm' | 'f'; name: string; from?: string; to?: string; office?: string[] }
  | { kind: 'description'; code: string; from?: string; to?: string }
  | { kind: 'place'; codes: string[]; group: boolean; town?: boolean }
  | { kind: 'outlet'; name: string };

export interface IssueTerm { issue: string; rank: number; weak?: boolean; /** A party's participation (discourse/party-participation). */ party?: boolean; /** A party required as such (discourse/party-required). */ required?: boolean; /** A second issue the term names as well (issues.json 'alsoTerms', content/two-issue-term). */ also?: string }

/** The strongest issue a term names: the highest-ranked of its values that is no noise, not weak and not ranked below
 * zero (what a pronoun, a plan or an agreement named earlier stands for: content/pronoun-antecedent, content/complement-
 * pronoun, content/referred-plan, content/referred-agreement). */
export function strongestIssue(values: IssueTerm[]): IssueTerm | undefined {
  let best: IssueTerm | undefined;
  for (const v of values) if (v.issue !== '_noise' && !v.weak && v.rank >= 0 && (!best || v.rank > best.rank)) best = v;
  return best;
}

export interface LexiconIndex {
  names: PhraseMatcher<NameValue>;
  /** Lower-case names, for descriptions ("the Russian leader") and groups ("coalition of the willing"). */
  lowerNames: PhraseMatcher<NameValue>;
  cues: PhraseMatcher<CueEntry>;
  issues: PhraseMatcher<IssueTerm>;
  /** Issue frames by their noun (issues.json "frames"): see annotate/issue-frames.ts. */
  issueFrames: Map<string, Array<{ issue: string; rank: number; weak: boolean; words: Set<string>; window: number; outranks: boolean; owner?: { after: Set<string>; before: Set<string> }; notAfter?: Set<string>; notBefore?: Set<string>; wordFirst: boolean; nounFirst?: boolean }>>;
  roles: PhraseMatcher<true>;
  bothSides: PhraseMatcher<true>;
  /** The first words of the six matchers above: annotate() marks each token with its entries once. */
  firstWords: FirstWords;
  vocab: Vocab;
  /** Codes of the parties that are states (not groups or organisations): "US allies" are not the US. */
  states: Set<string>;
  lexicon: LexiconData;
  /** Outlet lookup by lower-cased name or alias. */
  outletByName: Map<string, string>;
  placeArea: Map<string, number | null>;
  /** A word list of a named rule (rules.json), as a lower-cased set; throws for an unknown rule or list. */
  words(rule: string, list?: string): Set<string>;
  set: {
    modals: Set<string>; modalAdverbs: Set<string>; concessionVerbs: Set<string>; negation: Set<string>;
    acquisitive: Set<string>; talkVerbs: Set<string>; objectMarkers: Set<string>;
    pronounPerson: Set<string>; pronounParty: Set<string>; pronounPlural: Set<string>; pronounSpeaker: Set<string>;
  };
}

/** Place suffixes ("Donetsk region") are matched by the annotator, so names are stored bare. */
export function buildIndex(lexicon: LexiconData, vocab: Vocab): LexiconIndex {
  const firstWords = new FirstWords();
  const names = new PhraseMatcher<NameValue>(false, firstWords);
  const lowerNames = new PhraseMatcher<NameValue>(true, firstWords);
  for (const a of lexicon.actors) {
    const sub = a.kind === 'group' ? 'group' : 'name';
    for (const n of a.names) {
      const value: NameValue = a.members?.length ? { kind: 'party', code: a.code, sub, members: a.members } : { kind: 'party', code: a.code, sub };
      names.add(n, value);
      if (a.kind === 'group') lowerNames.add(n, value);
    }
    for (const n of a.metonyms ?? []) names.add(n, { kind: 'party', code: a.code, sub: 'metonym' });
    for (const n of a.adjectives ?? []) {
      names.add(n, { kind: 'adjective', code: a.code });
      // Plural demonyms name the party: "the Russians", "the Ukrainians", "the Americans".
      if (/an$/.test(n)) names.add(`${n}s`, { kind: 'party', code: a.code, sub: 'name' });
    }
  }
  for (const p of lexicon.people) {
    const extra = p as { from?: string; to?: string };
    // (The office's words once per person, not per mention: discourse/known-office.)
    const office = officeWords(p.role);
    for (const n of p.names) names.add(n, { kind: 'person', code: p.party, gender: p.gender, name: p.name, from: extra.from, to: extra.to, office });
    for (const d of p.descriptions ?? []) lowerNames.add(d, { kind: 'description', code: p.party, from: extra.from, to: extra.to });
  }
  const placeArea = new Map<string, number | null>();
  for (const pl of lexicon.places) {
    placeArea.set(pl.code, pl.area_km2);
    for (const n of pl.names) names.add(n, { kind: 'place', codes: [pl.code], group: false });
    // A town or landmark stands for its region ("will not leave Kramatorsk" is about Donetsk, UA-14; "a Mariupol
    // corridor" is a humanitarian claim on UA-14); unlike a region's name it makes no item a territory item alone.
    for (const n of pl.settlements ?? []) names.add(n, { kind: 'place', codes: [pl.code], group: false, town: true });
  }
  for (const g of lexicon.placeGroups) {
    for (const n of g.names) lowerNames.add(n, { kind: 'place', codes: g.members, group: true });
  }
  const outletByName = new Map<string, string>();
  for (const o of lexicon.outlets) {
    for (const n of [o.name, ...o.names]) {
      names.add(n, { kind: 'outlet', name: o.name });
      outletByName.set(n.toLowerCase(), o.name);
    }
  }
  const cues = new PhraseMatcher<CueEntry>(true, firstWords);
  cues.skipAsides = true;
  const cuePhrases = new Set(vocab.cues.flatMap((c) => c.phrases.map((p) => p.toLowerCase())));
  const verbTable = cueVerbTable(vocab.rules);
  // Phrases made from other phrases, each added once (the first cue to make it keeps it).
  const made = new Set<string>();
  const madeEntries = new Map<CueEntry, CueEntry>();
  const addMade = (v: string, c: CueEntry) => {
    const l = v.toLowerCase();
    if (cuePhrases.has(l) || made.has(l)) return;
    made.add(l);
    cues.add(v, c);
  };
  for (const c of vocab.cues) {
    for (const p of c.phrases) {
      cues.add(p, c);
      // "argued instead for": one adverb before the final preposition (discourse/cue-adverbs).
      for (const v of adverbVariants(p, vocab.rules)) addMade(v, c);
      // "unveiled" → "unveils", "unveiling", "unveil": the other forms of a listed verb (discourse/cue-verb-forms).
      // A nominal cue's phrases are nouns ("push for", "bid for"): the other number of a listed noun ("key
      // demand", "ultimatums"), on the entry itself (its rules read nouns after determiners).
      if (c.nominal) {
        for (const v of cueNounVariants(p, verbTable)) addMade(v, c);
        continue;
      }
      const variants = cueVerbVariants(p, verbTable);
      if (!variants.length) continue;
      // (A copy of the entry marks them, for trigger/made-form-noun: "outlines of what it might take".)
      let m = madeEntries.get(c);
      if (!m) { m = { ...c, madeForm: true }; madeEntries.set(c, m); }
      for (const v of variants) {
        addMade(v, m);
        for (const a of adverbVariants(v, vocab.rules)) addMade(a, m);
      }
    }
  }
  const issues = new PhraseMatcher<IssueTerm>(true, firstWords);
  // Every written term, so that an inflected form never doubles or overrides one (discourse/issue-verb-forms).
  const written = new Set<string>();
  for (const e of Object.values(vocab.issues)) for (const t of [...e.terms, ...(e.weakTerms ?? []), ...(e.genericTerms ?? [])]) written.add(t.toLowerCase());
  const verbForms = verbFormTable(vocab.rules);
  const addTerm = (t: string, value: IssueTerm) => {
    issues.add(t, value);
    for (const f of inflectedTerms(t, verbForms)) if (!written.has(f)) { written.add(f); issues.add(f, value); }
  };
  // (A two-word term written as one hyphened compound, "mutual-defence clause", names the same issue: discourse/hyphened-terms.)
  // (A term that names two issues at once, "the new territorial realities": its own issue's value carries the other,
  // content/two-issue-term.)
  const alsoOf = new Map<string, string>();
  for (const [issue, e] of Object.entries(vocab.issues)) for (const t of e.alsoTerms?.terms ?? []) alsoOf.set(t.toLowerCase(), issue);
  for (const [issue, e] of Object.entries(vocab.issues)) {
    for (const t of e.terms) { const also = alsoOf.get(t.toLowerCase()); addTerm(t, also && also !== issue ? { issue, rank: e.rank, also } : { issue, rank: e.rank }); }
    for (const t of e.terms) { const h = hyphenedTerm(t); if (h && !written.has(h)) { written.add(h); issues.add(h, { issue, rank: e.rank }); } }
    // Weak terms name the issue only when nothing else in the item does ("ready to end the war" is a
    // ceasefire, "talks to end the war" are talks): they rank below every issue.
    for (const t of e.weakTerms ?? []) addTerm(t, { issue, rank: 0, weak: true });
    // Generic terms ("restrictions") name the issue unless another issue is named with them ("restrictions on
    // military aid"): they rank below every issue but, unlike weak terms, count anywhere.
    for (const t of e.genericTerms ?? []) issues.add(t, { issue, rank: 1 });
  }
  const issueFrames: LexiconIndex['issueFrames'] = new Map();
  for (const [issue, e] of Object.entries(vocab.issues)) {
    for (const f of e.frames ?? []) {
      // ('outranks': the frame replaces terms of lower-ranked issues inside it, see annotate/issue-frames.ts.)
      // ('weak': like a weak term, ranked below every issue and read only as a stance's own object.)
      // ('wordFirst': the word must come before the noun, the noun its object: 'choosing our leaders'.)
      // ('rank': the frame's own rank, above its issue's, so that it can outrank a term of a higher-ranked issue.)
      const weak = f.weak === true;
      const frame = { issue, rank: weak ? 0 : (f.rank ?? e.rank), weak, words: new Set(f.words.map((w) => w.toLowerCase())), window: f.window ?? 3, outranks: (f as { outranks?: boolean }).outranks === true, owner: ownerOf(f), notAfter: notAfterOf(f), notBefore: f.notBefore ? new Set(f.notBefore.map((w) => w.toLowerCase())) : undefined, wordFirst: (f as { wordFirst?: boolean }).wordFirst === true, nounFirst: f.nounFirst === true };
      for (const n of f.nouns) { const l = issueFrames.get(n.toLowerCase()); if (l) l.push(frame); else issueFrames.set(n.toLowerCase(), [frame]); }
    }
  }
  const roles = new PhraseMatcher<true>(true, firstWords);
  for (const r of vocab.roles) roles.add(r, true);
  const bothSides = new PhraseMatcher<true>(true, firstWords);
  for (const p of vocab.bothSides.phrases) bothSides.add(p, true);
  // ("the two delegations", "the two leaders": discourse/both-sides, annotate/both-sides.ts.)
  const morePairs = vocab.rules['discourse/both-sides']?.phrases;
  if (Array.isArray(morePairs)) for (const p of morePairs) bothSides.add(p, true);
  // ("the two leaders" after "Pashinyan met Aliyev": discourse/meeting-pair, annotate/meeting-pair.ts.)
  const meetingPhrases = vocab.rules['discourse/meeting-pair']?.phrases;
  if (Array.isArray(meetingPhrases)) for (const p of meetingPhrases) bothSides.add(p, true);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  // Rule → list → set, built on first use (no string keys to build on the hot path).
  const wordCache = new Map<string, Map<string, Set<string>>>();
  // Each rule's default list ('words') also by rule alone: most calls ask for it, and one Map look-up instead
  // of two was ~1% of the extractor's time (speed, issue 7: 351 call sites, many per token).
  const defaultWords = new Map<string, Set<string>>();
  const words = (rule: string, list = 'words'): Set<string> => {
    if (list === 'words') {
      const found = defaultWords.get(rule);
      if (found !== undefined) return found;
    }
    let lists = wordCache.get(rule);
    if (!lists) { lists = new Map(); wordCache.set(rule, lists); }
    let set = lists.get(list);
    if (!set) {
      const entry = vocab.rules[rule];
      const xs = entry?.[list];
      if (!Array.isArray(xs)) throw new Error(`rules.json: rule '${rule}' has no word list '${list}'`);
      set = lower(xs);
      lists.set(list, set);
      if (list === 'words') defaultWords.set(rule, set);
    }
    return set;
  };
  return {
    names, lowerNames, cues, issues, issueFrames, roles, bothSides, firstWords, vocab, lexicon, outletByName, placeArea, words,
    states: new Set(lexicon.actors.filter((a) => a.kind === 'state').map((a) => a.code)),
    set: {
      modals: lower(vocab.modalOffer.modals),
      modalAdverbs: lower(vocab.modalOffer.adverbs),
      concessionVerbs: lower(vocab.modalOffer.verbs),
      negation: lower(vocab.negation.words),
      acquisitive: lower(vocab.acquisitive),
      talkVerbs: lower(vocab.talkVerbs),
      objectMarkers: lower(vocab.objectMarkers),
      pronounPerson: lower(vocab.pronouns.person),
      pronounParty: lower(vocab.pronouns.party),
      pronounPlural: lower(vocab.pronouns.plural),
      pronounSpeaker: lower(vocab.pronouns.speaker),
    },
  };
}

/** A frame's 'notAfter' words (issues.json): its noun right after one of them makes no frame ("a truce without guarantees"). */
function notAfterOf(f: object): Set<string> | undefined {
  const n = (f as { notAfter?: string[] }).notAfter;
  return n?.length ? new Set(n.map((w) => w.toLowerCase())) : undefined;
}

/** A frame's 'owner' words (issues.json): its noun counts only when it names whose it is ("the security of Ukraine"). */
function ownerOf(f: object): { after: Set<string>; before: Set<string> } | undefined {
  const o = (f as { owner?: { after: string[]; before: string[] } }).owner;
  return o ? { after: new Set(o.after), before: new Set(o.before) } : undefined;
}

/**
 * A word list of a named rule as a handle for a hot path: `const HEDGES = wordList(rule, 'hedges')` at module
 * level, then `HEDGES(doc.index).has(w)`. The handle keeps the last lexicon index's set, so a call is one
 * identity test instead of index.words()'s two Map look-ups (speed, issue 7: conditionAt asks at every "the",
 * "as", "for" and "on" of a text).
 */
export function wordList(rule: string, list = 'words'): (index: LexiconIndex) => Set<string> {
  let last: LexiconIndex | null = null;
  let set: Set<string> | null = null;
  return (index) => {
    if (index !== last || set === null) { set = index.words(rule, list); last = index; }
    return set;
  };
}
