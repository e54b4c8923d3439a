// Lists and several parties (issue 7): a list introducer spreads its holder, type and date over its items
// (bullets, following lines, comma items), one claim per item with its own issue; several parties in one
// statement are one claim per party (spec §3 rule 8). The rules here are small and named; their word lists
// are in lexicon/data/rules.json under each rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { MatchRule, Trigger } from './triggers.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass, inClass } from '../annotate/word-classes.js';
import { listNounAt, listNounCandidate } from './list-nouns.js';
import { listSpeakerOf } from './speaker-list.js';
import { agentListAuthors } from './agent-list-heading.js';

export const typedNounWins = defineRule({
  id: 'sentence/typed-list-noun', stage: 'sentence',
  reason: 'A list whose own noun types it ("The paper sets out these conditions: …", "the draft lists Moscow\'s demands: …") keeps that type: the items are the authors\' demands or offers, not the proposal a plan\'s content otherwise is (sentence/plan-proposes), nor a mediator\'s proposal (claim/mediator-proposes): a condition is demanded whoever sets it.',
});

/** The stance's type comes from a typed list noun ("set out these conditions", "Ukraine's demands are …"). */
export function typedList(t: Trigger): boolean {
  return t.typedAt !== undefined || ((t.rule === 'list-noun' || (t.rule === 'document-provision' && t.listed === true)) && t.type !== 'PROPOSE');
}

export const partyListIntroducer = defineRule({
  id: 'content/party-list-introducer', stage: 'content',
  reason: '"Kosovo\'s government listed its demands in a statement on Friday:" + bullets, "Seoul set out the following conditions:" + numbered lines: a paragraph that ends with a colon after a typed list noun (conditions, demands, red lines, concessions) and names no plan introduces its party\'s own list. The party named before the list noun (its subject or possessor, not an object) holds every item, of the type the noun gives; with a plan in the paragraph, the plan\'s authors hold them (content/list-introducer).',
});

/**
 * A typed list noun in sentence k with a count before it ("three conditions", "a three-point offer", "its five key
 * demands"): the sentence announces the numbered lines after it as that list, colon or not (content/party-list-introducer).
 */
export function countedListNoun(doc: Doc, k: number): boolean {
  const s = doc.sentences[k];
  const numbers = doc.index.words(partyListIntroducer.id, 'numbers');
  const modifiers = doc.index.words(listNounCandidate.id, 'modifiers');
  for (let j = s.tStart + 1; j < s.tEnd; j++) {
    if (!listNounAt(doc, j)) continue;
    let b = j - 1;
    while (b > s.tStart && modifiers.has(doc.tokens[b].lower)) b--;
    // ("a three-point offer": the count before "-point".)
    if (doc.tokens[b].lower === 'point' && doc.tokens[b - 1]?.text === '-') b -= 2;
    if (b >= s.tStart && numbers.has(doc.tokens[b].lower)) return true;
  }
  return false;
}

export const listIntroducer = defineRule({
  id: 'content/list-introducer', stage: 'content',
  reason: '"The Serbian paper lists the following conditions for a deal:" + bullets, "The joint statement, issued after talks in Cairo, lists five points. Among them:" + bullets: the paragraph before a bullet list introduces it. Its plan (or, when the paragraph names only the list\'s parts, "five points", "its main provisions", the plan named in the three sentences before) holds the items, and a typed list noun in the paragraph types them: conditions are demanded, concessions offered, whoever wrote the plan. Not a list of dates, figures or losses ("lists the following dates for the talks:"): a schedule or a tally states no position.',
});

/** The first words of the nouns that name a list's parts ("points", "provisions"), as a word class. */
const LIST_PART = defineWordClass('list parts', (index) => index.words(listIntroducer.id, 'parts'));

/**
 * The plan whose items the bullets after the paragraph of sentences f..k are, and the type a typed list noun of
 * that paragraph gives them; null when the paragraph introduces no plan's list.
 */
export function listIntroducerOf(doc: Doc, f: number, k: number): { authors: string[]; type?: ClaimType; party?: boolean } | null {
  const docs = doc.mentions.documents;
  const from = doc.sentences[f].tStart, to = doc.sentences[k].tEnd;
  let part = false;
  for (let j = from; j < to; j++) if (inClass(doc.tokens[j], LIST_PART)) part = true;
  // The list noun that types the items stands in the sentence that ends with the colon ("… lists the following
  // conditions:"), or in the one before a bare opener ("… sets out five conditions. Among them:"); not anywhere
  // in the paragraph ("provides guarantees, but with a number of strict conditions. Key provisions:").
  // ("The paper lists the following dates for the talks:", "… the following casualty figures:": a schedule or a
  // tally is no list of positions.)
  const other = doc.index.words(listIntroducer.id, 'notPositions');
  for (let j = doc.sentences[k].tStart; j < to; j++) if (other.has(doc.tokens[j].lower)) return null;
  let typeFrom = doc.sentences[k].tStart;
  const sk = doc.sentences[k];
  if (k > f && sk.tEnd - sk.tStart <= 4 && amongOpenerEnd(doc, sk.tStart) > 0) typeFrom = doc.sentences[k - 1].tStart;
  let type: ClaimType | undefined;
  let typeAt = -1;
  for (let j = typeFrom; j < to && !type; j++) {
    const hit = listNounAt(doc, j);
    if (hit && hit.type !== 'PROPOSE') { type = hit.type; typeAt = j; }
  }
  // (A statement lists its points too: "The joint statement … lists five points. Among them:".)
  const listed = part || type !== undefined;
  let plan = [...docs].reverse().find((d) => (d.kind === 'plan' || listed) && d.sentence >= f && d.sentence <= k && d.authors.length);
  if (!plan && listed) plan = [...docs].reverse().find((d) => d.sentence < f && f - d.sentence <= 3 && d.authors.length);
  // ("Within an hour of the U.S. statements, the Kremlin published its own reading. The arrangement, it said, will come
  // into force only after a list of conditions is met:": the list's own speaker, not another party's document named
  // before, content/speaker-list-introducer.)
  const speaker = plan && listed && type !== undefined && plan.sentence < k ? listSpeakerOf(doc, k, plan.authors) : null;
  if (speaker) return { authors: speaker, type, party: true };
  if (plan) return { authors: plan.authors, type };
  // ("The ten points, as listed by the Armenian presidency:": the heading's own agent holds the items when no plan
  // stands near it, content/agent-list-heading.)
  if (listed) {
    const agents = agentListAuthors(doc, k);
    if (agents) return { authors: agents, type };
  }
  // ("Kosovo's government listed its demands on Friday:" + bullets: with no plan, the party that states the typed
  // list noun, its subject or possessor before it in the sentence, holds the items; content/party-list-introducer.)
  // (Not a list the party answers: "Kyiv rejected the following demands:", "Baku accepted these conditions:" are
  // someone else's demands; a rejecting or accepting cue before the noun leaves the items to no one.)
  // (content/answered-list spreads such a list as the refusal or acceptance it is, in extract.ts.)
  if (type === undefined || typeAt < 0) return null;
  const k0 = doc.sentenceOf[typeAt];
  const answered = (doc.cuesBySentence.get(k0) ?? []).some((c) => c.start < typeAt && c.values.some((v) => v.type === 'REJECT' || v.type === 'ACCEPT'));
  if (answered) return null;
  const party = (doc.actorsBySentence.get(k0) ?? []).filter((m) => m.end <= typeAt && !m.object && !m.inQuote && !m.document).pop();
  return party ? { authors: [...party.codes], type, party: true } : null;
}

export const freeRelativeList = defineRule({
  id: 'candidate/free-relative-list', stage: 'candidate',
  reason: '"The Lithuanian minister listed what Vilnius wants from any deal: – …", "What Moscow wants is recognition of …, a neutral Ukraine and …", "spelled out what Baku would offer: …": a free relative "what X wants / would offer" followed by a colon or a copula introduces X\'s list, a demand or an offer by its verb, or by a typed list noun after a verb of judging ("outlined what he considers essential conditions for …: a halt to …" are demands); the items follow the colon or copula (bullets after a colon too).',
});

/**
 * "what" + a party + (a few auxiliaries) + a verb of wanting or offering, then within a few words a colon or a
 * copula: a stance of that party whose items follow. The verb's own cue ("wants" alone names no act) gives way.
 */
export function freeRelativeLists(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const words = (list: string) => doc.index.words(freeRelativeList.id, list);
  let what = -1;
  // (The list looked up once, not at every token: speed.)
  const heads = words('heads');
  // (Speed: no head and no "what" in the sentence, no list: sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, heads) && !doc.sentenceWords.hasWord(s.index, 'what')) return out;
  for (let j = s.tStart; j < s.tEnd; j++) if (tokens[j].lower === 'what' || heads.has(tokens[j].lower)) { what = j; break; }
  if (what < 0) return out;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let j = what; j < s.tEnd; j++) {
    const rel = relativeHeadEnd(doc, s, j);
    if (rel < 0) continue;
    const m = actors.find((a) => (a.start === rel || (a.start === rel + 1 && tokens[rel].lower === 'the')) && a.codes.length && !a.possessive);
    if (!m) continue;
    let v = m.end;
    while (v < m.end + 3 && words('auxiliaries').has(tokens[v]?.lower ?? '')) v++;
    const w = tokens[v]?.lower ?? '';
    let type: ClaimType | null = words('demand').has(w) ? 'DEMAND' : words('offer').has(w) ? 'OFFER' : null;
    // "outlined what he considers essential conditions for …: …": a verb of judging and a typed list noun after it
    // type the list by the noun (candidate/free-relative-list, 'considering').
    let reach = 9;
    if (!type && words('considering').has(w)) {
      let n = v + 1;
      if (words('considering').has(`${w} ${tokens[n]?.lower ?? ''}`)) n++;
      while (n < v + 5 && tokens[n]?.word && !listNounAt(doc, n)) n++;
      const hit = listNounAt(doc, n);
      if (hit) { type = hit.type; v = n; reach = 12; }
    }
    if (!type) continue;
    // The colon or copula that opens the items, before any clause break.
    let open = -1;
    for (let k = v + 1; k < Math.min(s.tEnd, v + reach); k++) {
      const x = tokens[k].lower;
      if (x === ':' || words('copulas').has(x)) { open = k; break; }
      // ("What Moscow wanted, he said, was …": a parenthesis of saying between the relative and its copula.)
      const past = tokens[k].text === ',' ? parenthesisEnd(doc, s, k) : -1;
      if (past > 0) { reach += past - k; k = past - 1; continue; }
      if (!tokens[k].word) break;
    }
    if (open < 0 || open === s.tEnd - 1 && tokens[open].text !== ':') continue;
    // The verb's own cue gives way to the list it introduces, and so do the cues inside the free relative
    // ("essential", "conditions for") and a presenting verb whose object it is ("outlined what …").
    for (let q = raw.length - 1; q >= 0; q--) if ((raw[q].start <= v && raw[q].end > v) || (raw[q].start > j && raw[q].start < open) || (raw[q].end <= j && j - raw[q].end <= 1)) raw.splice(q, 1);
    const trigger: Trigger = { start: v, end: v + 1, type, cue: null, rule: 'free-relative-list', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true, typedAt: open };
    out.push({ trigger, detail: `what ${m.codes.join('+')} ${w}: a list` });
    j = open;
  }
  return out;
}

/**
 * Where the party of a free relative stands, or -1: after "what" ("What Moscow wants is …"), after a head of
 * 'heads' that opens the clause ("All Baku asks is …", "All that Belgrade wants is …"), after "the only thing" or
 * "the one thing" ("The only thing Yerevan wants is …"), past a "that" after the head.
 */
function relativeHeadEnd(doc: Doc, s: Sentence, j: number): number {
  const { tokens } = doc;
  const x = tokens[j].lower;
  let r: number;
  if (x === 'what') r = j + 1;
  else if (doc.index.words(freeRelativeList.id, 'heads').has(x)) {
    // "all" heads the clause only at its start (not "all Russian troops"): the sentence's, or after a comma,
    // a colon, a quote mark or a verb's "that".
    const prev = tokens[j - 1];
    if (x === 'all' && j > s.tStart && prev && prev.word && prev.lower !== 'that') return -1;
    // "the only thing", "the one thing", "the single thing".
    if (x === 'thing' && !doc.index.words(freeRelativeList.id, 'thingModifiers').has(tokens[j - 1]?.lower ?? '')) return -1;
    r = j + 1;
  } else return -1;
  if (tokens[r]?.lower === 'that' && x !== 'what') r++;
  return r;
}

/** ", he said," / ", Lavrov added on Monday,": the token after the closing comma of a parenthesis of saying at `c`, or -1. */
function parenthesisEnd(doc: Doc, s: Sentence, c: number): number {
  const { tokens } = doc;
  const speech = doc.index.words('speech-verbs');
  let said = false;
  for (let k = c + 1; k < Math.min(s.tEnd, c + 7); k++) {
    if (tokens[k].text === ',') return said && k > c + 2 ? k + 1 : -1;
    if (!tokens[k].word) return -1;
    if (speech.has(tokens[k].lower)) said = true;
  }
  return -1;
}

/** Where a list stance's items start: after the colon or copula that opens them. */
export function listOpensAt(t: Trigger): number | undefined {
  return (t.rule === 'list-noun' || t.rule === 'free-relative-list' || t.rule === 'plan-parts') && t.typedAt !== undefined ? t.typedAt + 1 : undefined;
}

export const amongOpener = defineRule({
  id: 'content/among-opener', stage: 'content',
  reason: '"The envoy set out five principles, among them respect for sovereignty, a halt to …", "Kyiv\'s formula includes, among other points, a full exchange of prisoners, …": "among them / among other points / among others" opens (or closes) a list\'s items and is none of them: the part noun after "other" names the list\'s parts, never an issue.',
});

/** The heads of amongOpener's phrases ("among"), as a word class: items.ts asks at every token. */
const AMONG_HEAD = defineWordClass('among heads', (index) => index.words(amongOpener.id, 'heads'));

/** "among them", "among other points", "among the key demands": the token after the phrase, or -1 when none starts at `i`. */
export function amongOpenerEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  if (!inClass(tokens[i], AMONG_HEAD)) return -1;
  const after = doc.index.words(amongOpener.id, 'after');
  const parts = doc.index.words(amongOpener.id, 'parts');
  let k = i + 1;
  if (!after.has(tokens[k]?.lower ?? '')) return -1;
  while (k < i + 5 && (after.has(tokens[k]?.lower ?? '') || parts.has(tokens[k]?.lower ?? ''))) k++;
  return k;
}

export const negatedItemPhrase: MatchRule = defineRule({
  id: 'trigger/negated-item-phrase', stage: 'trigger',
  reason: '"six common understandings, among them de-escalation, no use of nuclear weapons and a peace conference", "calls for no use of force": a predicate cue that starts with "no" and is followed by "of" heads a noun phrase, an item of the list it stands in ("no use" as a predicate, "the plan is of no use", judges what precedes it).',
  apply(t, { doc }) {
    if (t.object !== 'before' || doc.tokens[t.start].lower !== 'no' || doc.tokens[t.end]?.lower !== 'of') return;
    return { drop: `"${doc.text.slice(doc.tokens[t.start].start, doc.tokens[t.end].end)}" heads a noun phrase` };
  },
});

export const planParts = defineRule({
  id: 'candidate/plan-parts', stage: 'candidate',
  reason: '"It is a proposal split into four phases, which include a ceasefire, …", "The second scenario comprises 10 points, including a halt to mobilisation …", "a roadmap with three stages: …": a plan noun and its part noun before a list opener (a colon, "including", "which include") introduce the plan\'s items. A plan whose authors the reading knows (or a section of the document named just before: "the second scenario") is held by them; a principal side\'s own plan lists its demands on others (as candidate/document-list-item), anyone else\'s is a proposal.',
});

/** Plan-parts' part nouns, as a word class. */
const PLAN_PART = defineWordClass('plan parts', (index) => index.words(planParts.id, 'parts'));

/**
 * A plan noun, a few words, a part noun and a list opener: one list stance whose items follow the opener.
 * Gated on a part noun (most sentences have none).
 */
export function planPartsLists(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const words = (list: string) => doc.index.words(planParts.id, list);
  if ((s.classes & PLAN_PART.bit) === 0) return out;
  for (let j = s.tStart + 1; j < s.tEnd - 1; j++) {
    if (!inClass(tokens[j], PLAN_PART)) continue;
    // The opener: ":" or "including" right after the part noun (past a comma), or "which/that include(s)".
    let open = j + 1;
    if (tokens[open]?.text === ',') open++;
    if ((tokens[open]?.lower === 'which' || tokens[open]?.lower === 'that') && /^include/.test(tokens[open + 1]?.lower ?? '')) open++;
    const o = tokens[open]?.lower ?? '';
    if (!words('openers').has(o) || (o !== ':' && o !== 'including' && tokens[open - 1].lower !== 'which' && tokens[open - 1].lower !== 'that')) continue;
    // (A colon that ends the sentence introduces bullet lines: content/list-items reads them.)
    if (open >= s.tEnd - 1 && o !== ':') continue;
    // The plan noun a few words before the part noun ("a proposal split into four", "scenario comprises 10").
    let h = -1;
    for (let b = j - 1; b >= Math.max(s.tStart, j - 6); b--) {
      if (words('heads').has(tokens[b].lower)) { h = b; break; }
      if (!tokens[b].word && tokens[b].text !== '-') break;
    }
    if (h < 0) continue;
    // (Bullets after a sentence-final colon: only when no stance cue stands between the plan and the colon. "The
    // draft sets out these conditions:" is a typed list of its own, sentence/typed-list-noun.)
    if (open >= s.tEnd - 1 && raw.some((r) => r.start > h && r.start <= open)) continue;
    // Its authors: a document the reading knows at the noun, or for a section ("the second scenario") the
    // document named in the last few sentences.
    let authors: string[] | undefined = doc.mentions.documents.find((d) => d.start <= h && h < d.end && d.authors.length)?.authors;
    // ("It is a proposal split into four phases, which include …": a plan described by "it is" is the one named before.)
    const described = /^an?$/.test(tokens[h - 1]?.lower ?? '') && /^(?:is|was)$/.test(tokens[h - 2]?.lower ?? '') && /^(?:it|this|that)$/.test(tokens[h - 3]?.lower ?? '');
    if (!authors && (described || words('sections').has(tokens[h].lower))) {
      for (let k = doc.mentions.documents.length - 1; k >= 0 && !authors; k--) {
        const d = doc.mentions.documents[k];
        if (d.sentence <= s.index && s.index - d.sentence <= 3 && d.authors.length) authors = d.authors;
      }
    }
    const principal = !!authors && authors.some((a) => doc.principalsAt(s.index).includes(a));
    const type: ClaimType = principal ? 'DEMAND' : 'PROPOSE';
    // The plan noun's own cue ("proposal") and the cues between it and the opener give way to the list.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= h && raw[q].start <= open) raw.splice(q, 1);
    const trigger: Trigger = { start: h, end: h + 1, type, cue: null, rule: 'plan-parts', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true, typedAt: open };
    if (authors) trigger.heldBy = [...authors];
    out.push({ trigger, detail: `${tokens[h].lower} … ${tokens[j].lower} ${tokens[open].text}: a list${authors ? ` by ${authors.join('+')}` : ''}${principal ? ' (a principal side\'s demands)' : ''}` });
    j = open;
  }
  return out;
}

export const agreedAct = defineRule({
  id: 'content/agreed-act', stage: 'content',
  reason: '"The US and Russian delegations agreed in Riyadh to restore normal staffing at their embassies", "The leaders agreed to continue supporting the IAEA\'s efforts": agreeing to do something that names none of the issues is each party\'s stance on that act (spec: a stance on anything else is a claim on "other"). Agreeing to a thing ("agree to a US-proposed deal") is not an act named.',
});

/** "agreed (in Riyadh) to restore …": an agreeing cue whose "to" is followed by a verb, not by a thing. */
export function agreedToAct(doc: Doc, t: Trigger): boolean {
  if (!t.cue || !doc.index.words(agreedAct.id, 'cues').has(t.cue.id)) return false;
  const { tokens } = doc;
  // ("agreed to continue supporting": the chain's "to" and the verb after it.)
  let to = t.end - 1;
  while (to > t.start && tokens[to].lower !== 'to') to--;
  if (tokens[to]?.lower !== 'to') return false;
  const next = tokens[to + 1];
  return !!next && next.word && !next.cap && !doc.index.words(agreedAct.id, 'notActs').has(next.lower) && !doc.issueAt.has(to + 1) && !doc.placeAt.has(to + 1);
}

export const gappedVerb = defineRule({
  id: 'candidate/gapped-verb', stage: 'candidate',
  reason: '"The communique lists each side\'s position: Moscow wants the Kherson region, Kyiv a return to the 1991 borders", "Baku demands a peace treaty first, Yerevan an end to the blockade": a party after a comma, with no verb of its own and an object right after it, takes the stance of the clause before (its verb is gapped); the first party keeps its own.',
});

/**
 * For each stance verb with a party subject before it, a later "…, Party + object" with no verb: a copy of the
 * stance at the second party (zero-width, right after the party), so that the party holds it and its content
 * is the object. Runs on the stances the trigger rules kept.
 */
export function gappedVerbStances(doc: Doc, s: Sentence, kept: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const actors = doc.actorsBySentence.get(s.index);
  if (!actors || actors.length < 2 || !kept.length) return out;
  const { tokens } = doc;
  const separators = doc.index.words(gappedVerb.id, 'separators');
  const starts = doc.index.words(gappedVerb.id, 'starts');
  for (const t of kept) {
    if (t.nominal || t.object !== 'after' || t.exchange || t.listed || !t.cue) continue;
    // The first clause has a party subject before its verb.
    const subject = actors.find((a) => a.end <= t.start && t.start - a.end <= 3 && !a.object && !a.possessive && a.codes.length);
    if (!subject) continue;
    for (const m of actors) {
      if (m.start <= t.end || m.possessive || !m.codes.length || m.codes.join() === subject.codes.join()) continue;
      const sep = tokens[m.start - 1]?.lower === 'and' && tokens[m.start - 2]?.text === ',' ? m.start - 2 : m.start - 1;
      if (!separators.has(tokens[sep]?.lower ?? '')) continue;
      // No other stance between the verb and the second party, and an object right after it.
      if (kept.some((o) => o !== t && o.start > t.start && o.start < m.start)) break;
      const next = m.end;
      if (!(starts.has(tokens[next]?.lower ?? '') || doc.placeAt.has(next) || doc.issueAt.has(next))) continue;
      const trigger: Trigger = { ...t, start: next, end: next, rule: 'gapped-verb', heldBy: undefined, typedAt: undefined, contentEnd: undefined };
      out.push({ trigger, detail: `${m.codes.join('+')} takes the verb "${tokens[t.start].text}" of the clause before` });
      break;
    }
  }
  return out;
}
