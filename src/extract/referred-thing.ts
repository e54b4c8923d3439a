// A party takes a stance on a thing named before, by naming it: "Belgrade welcomed the paper", "Addis Ababa
// welcomed the report", "Pristina called the Serbian memorandum an ultimatum", "Islamabad dismissed the gathering
// as a stunt". The stance is the namer's; its issue is the one of the thing the noun refers back to (spec §2: the
// claim is on what was proposed, not on the word that names it).
//
// content/referred-document: a document noun ("the paper", "the report", "the principles", "the declaration") with
// only a determiner, a possessor or a few modifiers before it and nothing of its own after it refers back. A whole plan
// or text ('plans': "the paper", "the memorandum", "the draft") is the talks (spec rule 9) once the article named that
// noun before (any of them for a 'generic' "the document"), or a party owns it ("Russia's memorandum"). What a body set
// out ('contents': "the report", "the principles", "the declaration") takes the claims of other parties in the last
// earlier sentence, within fifteen, that names the same noun: their one issue (with its regions), or the talks when they
// name several. Nothing found: left to the other content rules.
//
// content/referred-meeting: a meeting noun ("the gathering", "the summit", "the conference") so named is the talks,
// whatever the judgement after "as" names ("dismissed the gathering as a futile attempt to mobilise …" is no stance
// on mobilisation).
// Words: rules.json content/referred-document.
import { wordUnion } from '../annotate/word-union.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';
import { objectStartOf } from './quoted-verb-object.js';

export const referredDocument = defineRule({
  id: 'content/referred-document', stage: 'content',
  reason: 'An acceptance or refusal whose whole object is a document named before is on what that document holds: a whole plan or text ("Belgrade welcomed the paper", "called Eritrea\'s written memorandum, handed over on Monday, an ultimatum") is the talks (spec rule 9) once the article named that noun before; what a body set out ("Addis Ababa welcomed the report", "welcomed the principles") is on the issue of the claims of other parties in the last earlier sentence that names the same noun (their one issue with its regions, else the talks). A refusal of "the report" judges a news report, no plan ("dismissed the report as fake"): nothing.',
});

export const referredMeeting = defineRule({
  id: 'content/referred-meeting', stage: 'content',
  reason: 'An acceptance or refusal whose whole object is a meeting named before ("Islamabad dismissed the gathering as a futile attempt to isolate it", "Baku welcomed the summit") is on the talks, whatever a judgement after "as" names.',
});

/** How far back (sentences) a document noun may refer. */
const LOOKBACK_SENTENCES = 15;

interface NamedObject { start: number; head: number; end: number; codes: string[] }

/** The object noun phrase at `from`: a determiner or a party's possessive, up to three modifiers, then a head; `end` is past the head. */
function namedObject(doc: Doc, s: Sentence, from: number, limit: number): NamedObject | null {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(referredDocument.id, list);
  const determiners = w('determiners');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let j = from;
  let codes: string[] = [];
  const owner = actors.find((a) => a.start === j && a.possessive && a.kind !== 'pronoun' && a.kind !== 'document');
  if (owner) { codes = owner.codes; j = owner.end; if (tokens[j]?.text === "'") j++; if (tokens[j]?.lower === 's') j++; }
  else if (determiners.has(tokens[j]?.lower ?? '')) j++;
  else return null;
  const heads = wordUnion(w('plans'), w('contents')), meetings = doc.index.words(referredMeeting.id, 'nouns');
  for (let n = 0; n < 5 && j < limit; n++, j++) {
    const x = doc.tokens[j];
    if (x.word && (heads.has(x.lower) || meetings.has(x.lower))) {
      // (A party adjective among the modifiers holds the document: "the Serbian memorandum".)
      const adjective = actors.find((a) => a.start >= from && a.end <= j && !a.possessive && a.kind !== 'pronoun' && a.kind !== 'document');
      if (!codes.length && adjective) codes = adjective.codes;
      return { start: from, head: j, end: j + 1, codes };
    }
    // (Modifiers: "the written memorandum", "the 12-point paper", "the Russian draft".)
    if (x.text !== '-' && !(x.word && /^[a-z0-9][a-z0-9.-]*$/i.test(x.text) && !w('notModifiers').has(x.lower) && !determiners.has(x.lower))) return null;
  }
  return null;
}

/** Whether nothing of the noun's own follows it at `at` (the clause ends, a time, "as" and a judgement). */
function endsObject(doc: Doc, at: number, limit: number): boolean {
  const x = doc.tokens[at];
  if (at >= limit || !x || !x.word) return true;
  return doc.index.words(referredDocument.id, 'after').has(x.lower);
}

/** The claims of other parties than `holder` made in the sentence `k`. */
function claimsIn(doc: Doc, k: number, claims: Claim[], made: Claim[], holder: string[], owner: string[]): Claim[] {
  const start = doc.sentences[k].start;
  return [...claims, ...made].filter((c) => c.sentence[0] === start && !holder.includes(c.actor) && (!owner.length || owner.includes(c.actor)) && c.issue !== 'other');
}

export interface ReferredThing { items: IssueItem[]; rule: string; detail: string }

/**
 * The issue of a thing named before that a stance's object refers back to (content/referred-document,
 * content/referred-meeting), else null. `from` is where the object starts; `verb` the stance's type.
 */
export function referredThing(doc: Doc, s: Sentence, t: Trigger, from: number, claims: Claim[], made: Claim[], holder: string[]): ReferredThing | null {
  if (t.type !== 'ACCEPT' && t.type !== 'REJECT') return null;
  const limit = t.object === 'before' ? t.start : s.tEnd;
  const o = namedObject(doc, s, from, limit);
  if (!o) return null;
  // (Past a participle set off by commas: "Eritrea's written memorandum, handed over on Monday, …".)
  if (t.object !== 'before' && !endsObject(doc, o.end, limit)) return null;
  const head = doc.tokens[o.head].lower;
  const span = { start: o.start, end: o.end };
  if (doc.index.words(referredMeeting.id, 'nouns').has(head)) return { items: [{ issue: 'talks', regions: [], ...span }], rule: referredMeeting.id, detail: `talks (the ${head} named)` };
  const w = (list: string) => doc.index.words(referredDocument.id, list);
  if (t.type === 'REJECT' && w('acceptOnly').has(head)) return null;
  const generic = w('generic').has(head);
  const plans = w('plans');
  const singular = head.replace(/s$/, '');
  const names = (k: number): boolean => {
    const x = doc.sentences[k];
    for (let j = x.tStart; j < x.tEnd; j++) {
      const l = doc.tokens[j].lower;
      if (l === head || l.replace(/s$/, '') === singular || (generic && plans.has(l))) return true;
    }
    return false;
  };
  // A whole plan or text named before: the talks (spec rule 9).
  if (plans.has(head)) {
    // (A party's own, "Russia's written memorandum", "the Serbian draft", needs no earlier mention: it names the party's plan.)
    let before = o.codes.length > 0;
    for (let k = s.index - 1; k >= Math.max(0, s.index - LOOKBACK_SENTENCES) && !before; k--) before = names(k);
    return before ? { items: [{ issue: 'talks', regions: [], ...span }], rule: referredDocument.id, detail: `talks (the ${head} named: a whole plan)` } : null;
  }
  for (let k = s.index - 1; k >= Math.max(0, s.index - LOOKBACK_SENTENCES); k--) {
    if (!names(k)) continue;
    const found = claimsIn(doc, k, claims, made, holder, o.codes);
    if (!found.length) continue;
    const issues = [...new Set(found.map((c) => c.issue))];
    if (issues.length === 1) {
      const regions = [...new Set(found.flatMap((c) => c.regions))];
      return { items: [{ issue: issues[0], regions, ...span }], rule: referredDocument.id, detail: `${issues[0]} (the ${head} of “${doc.text.slice(doc.sentences[k].start, Math.min(doc.sentences[k].end, doc.sentences[k].start + 50))}…”)` };
    }
    return { items: [{ issue: 'talks', regions: [], ...span }], rule: referredDocument.id, detail: `talks (the ${head} holds ${issues.join(', ')}: a whole plan)` };
  }
  return null;
}

/** Where the object a stance names starts: right after an acceptance's or refusal's verb (past one "-ly" adverb), or after
 * the verb of naming before a judgement ("called | the Serbian memorandum | an ultimatum"); else -1. */
export function referredObjectStart(doc: Doc, s: Sentence, t: Trigger): number {
  if (t.type !== 'ACCEPT' && t.type !== 'REJECT') return -1;
  const { tokens } = doc;
  if (t.rule === 'named-judgement' || t.rule === 'named-approval') {
    const naming = doc.index.words('holder/predicate-speaker', 'describeVerbs');
    for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 16); k--) if (naming.has(tokens[k].lower)) return k + 1;
    return -1;
  }
  if (t.object === 'before' || t.modal || t.nominal) return -1;
  // (Past the closing mark of a quoted verb: 'Nairobi "fully supports" the declaration', content/quoted-verb-object.)
  let j = objectStartOf(doc, s, t);
  if (j < s.tEnd && /ly$/.test(tokens[j].lower) && tokens[j].word) j++;
  return j < s.tEnd ? j : -1;
}
