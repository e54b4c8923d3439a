// Stance triggers in a sentence: cue words (from cues.json), chains of cues ("ready to accept",
// "promises to refuse to join"), modal offers ("would freeze"), negation and its exceptions.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { CueEntry } from '../lexicon/vocab.js';
import type { ClaimType } from './types.js';

export interface Trigger {
  start: number;
  end: number;
  type: ClaimType;
  cue: CueEntry | null;
  /** Rule id, e.g. "cue:demand" or "modal-offer". */
  rule: string;
  negated: boolean;
  nominal: boolean;
  complement: boolean;
  modal: boolean;
  object: 'after' | 'before';
  needsIssue?: string[];
  /** 'possible' for could/may/might, 'conditional' with if/unless/as long as. */
  modality: 'asserted' | 'possible' | 'conditional' | 'reported-past';
  exchange: boolean;
}

const DETERMINERS = new Set(['this', 'that', 'these', 'those', 'such', 'the', 'a', 'an', 'any', 'no']);
const POSSIBLE = new Set(['could', 'may', 'might']);
/** Words that make what follows a question, a fear or a hypothesis rather than a stance. */
const BLOCKERS = new Set(['whether', 'unclear', 'risk', 'fears', 'fear', 'doubts', 'wonder', 'wondering', 'polls', 'poll', 'survey', 'surveys', 'hope', 'hoped', 'hopes', 'hoping']);
const CLAUSE_BLOCKERS = new Set(['hope', 'hoped', 'hopes', 'hoping', 'fear', 'fears']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me']);
/** Words between a subject and a modal: "I'm not going to", "Russia has never discussed and will not". */
const AUXILIARIES = new Set(['not', 'never', "'", 'm', 'am', 'is', 'are', 're', 's', 'was', 'were']);
/** Stance verbs that may be separated from their preposition by a few words. */
// A Map, not an object: any token is looked up ("constructor" must not find Object.prototype's).
const GAP_VERBS = new Map<string, { id: string; type: ClaimType; preps: string[] }>([
  ['agreed', { id: 'agree', type: 'ACCEPT', preps: ['to'] }],
  ['asked', { id: 'press-for', type: 'DEMAND', preps: ['for', 'to'] }],
  ['called', { id: 'call-for', type: 'DEMAND', preps: ['for'] }],
  ['urged', { id: 'call-for', type: 'DEMAND', preps: ['to'] }],
]);
const NOUN_MODIFIERS = new Set(['air', 'military', 'financial', 'economic', 'political', 'international', 'western', 'public', 'popular', 'logistical', 'humanitarian', 'intelligence', 'naval', 'their', 'its', 'his', 'her', 'our', 'full', 'continued', 'broad']);
const EXCHANGE_FIRST = new Set(['exchange', 'return']);
const flagCache = new WeakMap<CueEntry, { determinerPhrase: boolean; exchange: boolean }>();
/** Facts about a cue entry's phrases, computed once per entry. */
function cueFlags(cue: CueEntry): { determinerPhrase: boolean; exchange: boolean } {
  let f = flagCache.get(cue);
  if (!f) {
    f = { determinerPhrase: cue.phrases.some((p) => p.startsWith('the ') || p.startsWith('a ')), exchange: cue.phrases.includes('in exchange for') };
    flagCache.set(cue, f);
  }
  return f;
}
const KEEPING = new Set(['keeping', 'keep', 'retaining', 'retain']);

/** Index of a negation within `window` tokens before `start` (same sentence), or -1. */
function negationBefore(doc: Doc, s: Sentence, start: number, window = 3): number {
  const { tokens } = doc;
  for (let j = start - 1; j >= Math.max(s.tStart, start - window); j--) {
    const w = tokens[j].lower;
    if (doc.index.set.negation.has(w)) return j;
    // Contractions tokenize as "won", "'", "t".
    if (w === 't' && tokens[j - 1]?.text === "'" && /n$/.test(tokens[j - 2]?.lower ?? '')) return j - 2;
    if (!tokens[j].word && w !== "'" && w !== '-') break;
  }
  return -1;
}

function isAbsence(doc: Doc, negAt: number): boolean {
  const { tokens } = doc;
  const w = tokens[negAt].lower;
  const prev = tokens[negAt - 1]?.lower;
  const two = `${prev} ${w}`;
  if (doc.index.vocab.negation.absence.includes(two)) return true;
  if (['didn', 'hasn', 'haven', 'hadn', 'neither', 'nor'].includes(w)) return true;
  if (w === 'not' && tokens[negAt + 1]?.lower === 'yet') return true;
  return false;
}

export function findTriggers(doc: Doc, s: Sentence): Trigger[] {
  const { tokens, index } = doc;
  const raw: Trigger[] = [];
  // A question ("Who will give orders to stop hostilities?") asks; it takes no stance.
  if (tokens[s.tEnd - 1]?.text === '?' || (tokens[s.tEnd - 1]?.text === '"' && tokens[s.tEnd - 2]?.text === '?')) return raw;
  for (const m of doc.cuesBySentence.get(s.index) ?? []) {
    const cue = m.values[0];
    let b = m.start - 1;
    if (tokens[b]?.text === ']' || tokens[b]?.text === ')') { while (b > s.tStart && tokens[b].text !== '[' && tokens[b].text !== '(') b--; b--; }
    const before = tokens[b];
    const after = tokens[m.end];
    // "requested anonymity", "on condition of anonymity": how a source is protected, not a stance.
    if (after && (after.lower === 'anonymity' || (after.lower === 'of' && tokens[m.end + 1]?.lower === 'anonymity'))) continue;
    // "signed by all the guarantors", "backed by the United States": a passive participle, not a stance
    // (a proposal "presented by Zelensky" is his: the agent after "by" holds it).
    if (cue.type === 'ACCEPT' && after?.lower === 'by') continue;
    // "provide air support", "military backing": the noun, not the verb of endorsing.
    if (cue.id === 'welcome' && before && NOUN_MODIFIERS.has(before.lower)) continue;
    // "welcomed him in Anchorage": receiving a person, not endorsing a proposal.
    if (cue.type === 'ACCEPT' && after && OBJECT_PRONOUNS.has(after.lower)) continue;
    // "conditions for accepting a peace agreement": a gerund after "for" is a purpose, not a stance.
    if (before?.lower === 'for' && /ing$/.test(tokens[m.start].lower)) continue;
    // "wants Ukraine to …": wanting counts as demanding only when another party is to act.
    if (cue.id === 'want' || cue.id === 'need') {
      const obj = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === m.end);
      // … or a nominalised act: "wanted the lifting of all sanctions", "wants the withdrawal of troops",
      // … or an issue named right after: "wanted an immediate ceasefire", "needs security guarantees".
      const act = ['the', 'a', 'an'].includes(after?.lower ?? '') && /(?:ing|al|ion|ment)$/.test(tokens[m.end + 1]?.lower ?? '') && tokens[m.end + 2]?.lower === 'of';
      let issueNear = false;
      for (let q = m.end; q < Math.min(m.end + 5, s.tEnd); q++) if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && v.issue !== 'talks')) { issueNear = true; break; }
      const actorTo = obj && tokens[obj.end]?.lower === 'to';
      if (cue.id === 'need' ? !issueNear : (!act && !actorTo && !issueNear)) continue;
    }
    // "Should a ceasefire deal be reached, …": a conditional inversion, not a deontic "should".
    if (cue.modal && m.start === s.tStart) continue;
    // "this request", "the demand": a reference back to a stance already reported, not a new one.
    if (before && !cue.modal && DETERMINERS.has(before.lower) && !cueFlags(cue).determinerPhrase) {
      if (!cue.nominal || before.lower !== 'the') continue;
    }
    raw.push({
      start: m.start, end: m.end, type: cue.type, cue, rule: `cue:${cue.id}`, negated: false,
      nominal: !!cue.nominal, complement: !!cue.complement, modal: !!cue.modal, object: cue.object ?? 'after',
      needsIssue: cue.needsIssue, modality: 'asserted', exchange: cueFlags(cue).exchange && EXCHANGE_FIRST.has(tokens[m.start + 1]?.lower ?? '') && tokens[m.start].lower === 'in' && (m.end - m.start === 3),
    });
  }
  // A few words between a stance verb and its preposition: "agreed in Jeddah to the proposal", "Putin asked in
  // Anchorage for Ukraine to withdraw", "We asked both sides to de-escalate", "called on Tuesday for talks".
  for (let i = s.tStart; i < s.tEnd; i++) {
    const gap = GAP_VERBS.get(tokens[i].lower);
    if (!gap || raw.some((r) => r.start <= i && i < r.end)) continue;
    for (let j = i + 2; j <= Math.min(i + 4, s.tEnd - 1); j++) {
      if (!gap.preps.includes(tokens[j].lower)) continue;
      if (tokens.slice(i + 1, j).some((x) => (!x.word && x.text !== "'") || x.lower === 'not')) break;
      raw.push({ start: i, end: j + 1, type: gap.type, cue: { id: gap.id, type: gap.type, phrases: [`${tokens[i].lower} … ${tokens[j].lower}`], reason: 'a stance verb with words before its preposition', complement: gap.type === 'DEMAND' }, rule: `cue:${gap.id}-gap`, negated: false, nominal: false, complement: gap.type === 'DEMAND', modal: false, object: 'after', modality: 'asserted', exchange: false });
      break;
    }
  }
  // Modal offers: "would freeze", "could also withdraw", "will not start new attacks".
  for (let i = s.tStart; i < s.tEnd; i++) {
    // "not going to make …" works like a modal.
    const goingTo = tokens[i].lower === 'going' && tokens[i + 1]?.lower === 'to';
    if (!index.set.modals.has(tokens[i].lower) && !goingTo) continue;
    // The modal's subject must be a party ("Russia would freeze", "he could withdraw"), not "the move would give";
    // after "and"/"but" it is the subject of the first verb ("Russia has never discussed and will not discuss").
    let subj = i - 1;
    while (subj >= s.tStart && (index.set.modalAdverbs.has(tokens[subj].lower) || /ly$/.test(tokens[subj].lower) || AUXILIARIES.has(tokens[subj].lower))) subj--;
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    let subject = actors.find((a) => a.end === subj + 1 && !a.possessive);
    if (!subject && (tokens[subj]?.lower === 'and' || tokens[subj]?.lower === 'but')) subject = [...actors].reverse().find((a) => a.end <= subj && subj - a.end <= 8 && !a.object && !a.possessive);
    if (!subject) continue;
    // '"Putin plays a long game and will not keep promises," said a European diplomat': inside someone
    // else's quote, a third party's "will not" is the speaker's opinion of it, not its stance.
    if (subject.inQuote && subject.kind !== 'pronoun') {
      const speaker = doc.mentions.quoteSpeaker(subject.start);
      if (!speaker || !speaker.codes.some((c) => subject!.codes.includes(c))) continue;
    }
    const notBefore = tokens.slice(Math.max(s.tStart, i - 2), i).some((x) => x.lower === 'not' || x.lower === 'never');
    let j = goingTo ? i + 2 : i + 1, negated = tokens[i].lower === 'cannot' || (goingTo && notBefore);
    while (j < s.tEnd && j - i <= 5 && (index.set.modalAdverbs.has(tokens[j].lower) || /ly$/.test(tokens[j].lower) || (tokens[j].text === "'" || (tokens[j].lower === 't' && tokens[j - 1]?.text === "'")))) {
      if (tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === 't') negated = true;
      j++;
    }
    if (tokens[j]?.lower === 'to' && tokens[j - 1]?.lower === 'going') j++; // "not going to make"
    if (j >= s.tEnd) continue;
    const verb = tokens[j].lower;
    if (raw.some((r) => r.start <= j && j < r.end)) continue; // a cue already covers it ("would be willing to")
    // "would not sign away any part of Donbas", "will never recognise …": a refusal whatever the verb,
    // when a party is the subject; refusing one's own acquisitive act is an offer (rule 7).
    // A passive ("cannot be trusted", "would not be deployed") describes, it does not refuse.
    const passive = tokens.slice(i + 1, j).some((x) => x.lower === 'be' || x.lower === 'been');
    const refusal = negated && !passive && tokens[j].word && !['be', 'have', 'been', 'say', 'comment', 'confirm', 'disclose', 'rule', 'elaborate'].includes(verb);
    // '… would "help" with security guarantees': "help" skipped as an adverb is the verb itself here.
    const helpWith = tokens.slice(i + 1, j).some((x) => x.lower === 'help') && ['with', 'on', 'in'].includes(verb);
    if (index.set.concessionVerbs.has(verb) || helpWith || (negated && index.set.acquisitive.has(verb)) || refusal) {
      const type: ClaimType = negated && !index.set.acquisitive.has(verb) ? 'REJECT' : 'OFFER';
      raw.push({ start: i, end: j + 1, type, cue: null, rule: negated ? 'modal-not' : 'modal-offer', negated, nominal: false, complement: false, modal: false, object: 'after', modality: POSSIBLE.has(tokens[i].lower) ? 'possible' : 'asserted', exchange: false });
    }
  }
  raw.sort((a, b) => a.start - b.start);

  // Chains: cues within two tokens of each other form one stance ("ready to accept", "refusal to agree to").
  const chained: Trigger[] = [];
  for (const t of raw) {
    const last = chained[chained.length - 1];
    if (last && t.start - last.end <= 1 && !t.exchange && !last.exchange && !(t.nominal && !last.nominal) && !last.nominal && t.cue?.id !== 'condition') {
      last.end = Math.max(last.end, t.end);
      // "asked them to stop trying for a ceasefire": asking others to stop pursuing X opposes X.
      if (t.cue?.id === 'stop-pursuing') last.type = 'REJECT';
      else if (last.type === 'DEMAND' && last.complement) { /* "called for agreeing to": still a demand */ }
      else if (last.type === 'REJECT' || t.type === 'REJECT') last.type = 'REJECT';
      else if (t.type === 'ACCEPT') last.type = 'ACCEPT';
      else if (last.type === 'OFFER' && t.type === 'PROPOSE') last.type = 'OFFER';
      else if (t.type !== 'DEMAND' || last.type === 'DEMAND') last.type = t.type;
      // "promises to refuse to join": the promise is what counts (rule 7 below flips the refusal).
      if (raw.find((r) => r === last)?.type === 'OFFER' && t.type === 'REJECT') last.rule = `${last.rule}+${t.rule}`;
      else last.rule = `${last.rule}+${t.rule}`;
      last.complement ||= t.complement;
      continue;
    }
    chained.push({ ...t });
  }

  // Per-sentence facts, found once: most sentences have no blocker and no conditional at all.
  let hasBlocker = false, conditional = false;
  for (let j = s.tStart; j < s.tEnd; j++) {
    const w = tokens[j].lower;
    if (BLOCKERS.has(w) || w === 'if' || w === 'unless' || w === 'as' || w === 'long') hasBlocker = true;
    if (w === 'if' || w === 'unless' || (w === 'as' && tokens[j + 1]?.lower === 'long')) conditional = true;
  }
  const out: Trigger[] = [];
  for (const t of chained) {
    // "It is not clear whether Moscow is prepared to …": a question, not a stance.
    let blocked = false;
    let clauseEdge = false;
    for (let j = t.start - 1; hasBlocker && j >= s.tStart; j--) {
      const w = tokens[j].lower;
      // Hopes and fears cover their own clause only ("said he hoped the accord would open a path … and offered
      // to host further talks"); questions, doubts and polls cover the rest of the sentence.
      if (w === ',' || w === ';' || w === 'and' || w === 'but') clauseEdge = true;
      if (BLOCKERS.has(w) && !(clauseEdge && CLAUSE_BLOCKERS.has(w))) { blocked = true; break; }
      // Inside an if/unless clause: the condition, not the stance ("consequences if Putin refused a ceasefire").
      const asSoonAs = w === 'as' && tokens[j + 1]?.lower === 'soon' && tokens[j + 2]?.lower === 'as';
      if ((w === 'if' || w === 'unless' || asSoonAs) && !tokens.slice(j, t.start).some((x) => x.text === ',')) { blocked = true; break; }
    }
    // "who has long sought …": a habitual background description.
    if (tokens[t.start - 1]?.lower === 'long' && ['has', 'have', 'had'].includes(tokens[t.start - 2]?.lower ?? '')) blocked = true;
    if (blocked) continue;
    // Rule 6: proposing to keep land is a demand ("proposed keeping the entire Donbas").
    if (t.type === 'PROPOSE' && (KEEPING.has(tokens[t.end]?.lower ?? '') || (tokens[t.end]?.lower === 'to' && KEEPING.has(tokens[t.end + 1]?.lower ?? '')))) { t.type = 'DEMAND'; t.rule += ':rule6'; }
    if (t.cue && t.cue.id !== 'not-object' && t.cue.id !== 'no-more' && t.cue.id !== 'should-not') {
      const neg = negationBefore(doc, s, t.start);
      if (neg >= 0) {
        if (isAbsence(doc, neg) && t.type !== 'REJECT') continue; // "did not endorse": no stance
        if (t.type === 'REJECT' && isAbsence(doc, neg) && !['never'].includes(tokens[neg].lower) && !/^(?:did|has|have|had)$/.test(tokens[neg - 1]?.lower ?? '')) continue;
        if (t.type === 'OFFER' || t.type === 'ACCEPT' || t.type === 'PROPOSE') { t.type = 'REJECT'; t.negated = true; t.rule += ':negated'; }
        else if (t.type === 'DEMAND' && t.cue.id === 'press-for') { t.type = 'OFFER'; t.negated = true; t.rule += ':not-seeking'; }
        // "Russia had never refused to negotiate", "did not rule out talks": not refusing is a (possible) offer.
        else if (t.type === 'REJECT' && t.object !== 'before') { t.type = 'OFFER'; t.negated = true; t.modality = 'possible'; t.rule += ':negated'; }
        else if (t.type === 'REJECT') continue;
        else if (t.type === 'DEMAND' && !t.nominal) continue;
      }
    }
    // Rule 7: refusing one's own acquisitive act is a concession ("refuses to join military unions").
    if (t.type === 'REJECT') {
      let k = t.end;
      if (tokens[k]?.lower === 'to') k++;
      if (k < s.tEnd && index.set.acquisitive.has(tokens[k].lower)) { t.type = 'OFFER'; t.rule += ':rule7'; }
    }
    // Modality: could/may/might before the cue; a conditional clause in the sentence.
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 3); j--) if (POSSIBLE.has(tokens[j].lower)) t.modality = 'possible';
    if (conditional) t.modality = 'conditional';
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 3); j--) if (tokens[j].lower === 'had' || tokens[j].lower === 'previously') t.modality = 'reported-past';
    out.push(t);
  }
  return out;
}
