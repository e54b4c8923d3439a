// Loads the stance vocabulary (cues.json, issues.json, roles.json, rules.json): the words that say which
// kind of stance a sentence takes and on what. Extra directories may add cues or issue terms.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimType } from '../extract/types.js';

export interface CueEntry {
  id: string;
  type: ClaimType;
  phrases: string[];
  reason: string;
  nominal?: boolean;
  complement?: boolean;
  modal?: boolean;
  object?: 'after' | 'before';
  needsIssue?: string[];
  /** The issue when the words after the cue name none ("or we're out" → talks). */
  defaultIssue?: string;
  /** Set on the copy of an entry that matches the phrases made in another form of their verb (discourse/cue-verb-forms). */
  madeForm?: boolean;
}

/** A frame: a noun of one class near a word of another names the issue ("the army would be limited to …"). */
export interface IssueFrame { reason: string; nouns: string[]; words: string[]; /** Tokens between them at most (default 3). */ window?: number; /** Words right before the noun that make no frame ('without' guarantees). */ notAfter?: string[]; /** The word must come before the noun ('choosing our leaders', not 'their leaders would pick'). */ wordFirst?: boolean;  /** The word must come after the noun ("the war has to end", not "end Russia's war"). */ nounFirst?: boolean; /** Names the issue only as a stance's own object, like a weak term ('ready to keep working with the partners'). */ weak?: boolean; /** Words within two tokens after the noun that make no frame ('claim to sovereignty' stays recognition). */ notBefore?: string[]; /** The frame's own rank, when it must outrank a term of a higher-ranked issue inside it ('give up its claim to' is territory, not the recognition of 'claim to'). */ rank?: number }
export interface IssueEntry { rank: number; reason: string; terms: string[]; /** Noun-and-word frames that name the issue when no term covers them. */ frames?: IssueFrame[]; /** Terms that name the issue only when nothing else in the item does. */ weakTerms?: string[]; /** Terms that name the issue only when no other issue is named with them. */ genericTerms?: string[]; /** Terms of another issue that name this issue too: a stance on both (content/two-issue-term). */ alsoTerms?: { reason: string; terms: string[] } }

export interface Vocab {
  cues: CueEntry[];
  modalOffer: { modals: string[]; adverbs: string[]; verbs: string[] };
  negation: { words: string[]; absence: string[] };
  acquisitive: string[];
  talkVerbs: string[];
  issues: Record<string, IssueEntry>;
  roles: string[];
  pronouns: { person: string[]; party: string[]; plural: string[]; speaker: string[] };
  bothSides: { phrases: string[]; parties: string[] };
  /** Known disputes whose two sides negotiate (disputes.json; the first is the default, discourse/principal-sides). */
  disputes: Dispute[];
  objectMarkers: string[];
  /** Word lists of the extractor's named rules (rules.json), by rule id: each entry has a reason. */
  rules: Record<string, RuleWords>;
}

/** A dispute of two sides (disputes.json): party codes, and words naming a side with no code ("hamas"). */
export interface Dispute { sides: string[]; names?: string[]; alone?: boolean; reason: string }

/** One rule's data: its reason and named word lists ("words", "after", …). */
export interface RuleWords { reason: string; [list: string]: string | string[] }

// ('../lexicon/data/', not './data/': the same folder from this module and from the extract command's bundle in
// dist/src/bundle/, whose import.meta.url is its own; scripts/bundle-cli.mjs, speed.)
export const VOCAB_DATA_DIR = fileURLToPath(new URL('../lexicon/data/', import.meta.url));

function readJson(path: string): any {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`lexicon file ${path}: ${(error as Error).message}`);
  }
}

let cached: Vocab | null = null;

export function loadVocab(extraDirs: string[] = []): Vocab {
  if (!extraDirs.length && cached) return cached;
  const cues = readJson(join(VOCAB_DATA_DIR, 'cues.json'));
  const issues = readJson(join(VOCAB_DATA_DIR, 'issues.json'));
  const roles = readJson(join(VOCAB_DATA_DIR, 'roles.json'));
  const rules = readJson(join(VOCAB_DATA_DIR, 'rules.json'));
  const disputes = readJson(join(VOCAB_DATA_DIR, 'disputes.json'));
  const vocab: Vocab = {
    cues: cues.cues,
    modalOffer: cues.modalOffer,
    negation: cues.negation,
    acquisitive: cues.acquisitive.verbs,
    talkVerbs: cues.talkVerbs.verbs,
    issues: { ...issues.issues },
    roles: roles.roles,
    pronouns: roles.pronouns,
    bothSides: roles.bothSides,
    disputes: disputes.disputes,
    objectMarkers: roles.objectMarkers.words,
    rules: { ...rules.rules },
  };
  for (const dir of extraDirs) {
    const cuePath = join(dir, 'cues.json');
    if (existsSync(cuePath)) {
      const extra = readJson(cuePath);
      if (!Array.isArray(extra.cues)) throw new Error(`lexicon file ${cuePath}: expected a "cues" list`);
      vocab.cues = extra.replace ? extra.cues : [...vocab.cues, ...extra.cues];
    }
    const issuePath = join(dir, 'issues.json');
    if (existsSync(issuePath)) {
      const extra = readJson(issuePath);
      if (typeof extra.issues !== 'object' || !extra.issues) throw new Error(`lexicon file ${issuePath}: expected an "issues" object`);
      vocab.issues = extra.replace ? { ...extra.issues } : { ...vocab.issues, ...extra.issues };
    }
    // Another language or negotiation may replace a rule's word lists, one rule at a time.
    const rulesPath = join(dir, 'rules.json');
    if (existsSync(rulesPath)) {
      const extra = readJson(rulesPath);
      if (typeof extra.rules !== 'object' || !extra.rules) throw new Error(`lexicon file ${rulesPath}: expected a "rules" object`);
      vocab.rules = { ...vocab.rules, ...extra.rules };
    }
    const rolePath = join(dir, 'roles.json');
    if (existsSync(rolePath)) {
      const extra = readJson(rolePath);
      if (Array.isArray(extra.roles)) vocab.roles = [...vocab.roles, ...extra.roles];
      if (extra.bothSides) vocab.bothSides = extra.bothSides;
    }
    // Another negotiation may bring its own disputes (its principal pair first).
    const disputePath = join(dir, 'disputes.json');
    if (existsSync(disputePath)) {
      const extra = readJson(disputePath);
      if (!Array.isArray(extra.disputes)) throw new Error(`lexicon file ${disputePath}: expected a "disputes" list`);
      vocab.disputes = extra.replace ? extra.disputes : [...vocab.disputes, ...extra.disputes];
    }
  }
  if (!extraDirs.length) cached = vocab;
  return vocab;
}
