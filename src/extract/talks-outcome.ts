// An agreement that a round of talks produced (issue 7, "lists and several parties"): "Talks between Azerbaijan and
// Armenia in Almaty ended on Friday with an agreement to exchange 40 detainees on each side", "a second round on
// March 3 produced an agreement in principle on humanitarian corridors". The talks are the subject, so no party is:
// the agreement is accepted by the parties at the table (spec §3 rule 8: one claim each). They are the parties the
// sentence names with the talks ("talks between A and B", "Armenian-Azerbaijani talks"), else the pair named together
// in the two sentences before in its paragraph ("Serbian and Kosovar negotiators met in Brussels. The talks ended
// with …"), else the negotiation's principal pair (roles.json bothSides). Word lists: lexicon/data/rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass, inClass } from '../annotate/word-classes.js';
import { coordinatedCodes } from '../annotate/documents.js';

export interface TalksOutcomeHit { trigger: Trigger; detail: string }

export const talksOutcome = defineRule({
  id: 'candidate/talks-outcome', stage: 'candidate',
  reason: 'Talks that "ended with", "produced", "yielded" or "resulted in" an agreement ("The talks in Almaty ended with an agreement to exchange 40 detainees on each side") report what the parties at the table accepted: an ACCEPT of the agreement\'s content by each of them — the parties named with the talks, else the pair named together just before, else the principal pair. A talks noun must stand before the verb in the sentence, and no party may be its subject (then the party\'s own verb rules).',
});

/** The verbs of a talks outcome, as a word class: a sentence with none costs one bit test. */
const OUTCOME_VERB = defineWordClass('talks outcome verbs', (index) => index.words(talksOutcome.id, 'verbs'));

export function talksOutcomeCandidates(doc: Doc, s: Sentence, raw: Trigger[]): TalksOutcomeHit[] {
  if ((s.classes & OUTCOME_VERB.bit) === 0) return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(talksOutcome.id, list);
  const talksNouns = w('talksNouns'), agreementNouns = w('agreementNouns'), gapWords = w('gapWords');
  const out: TalksOutcomeHit[] = [];
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let v = s.tStart + 1; v < s.tEnd; v++) {
    if (!inClass(tokens[v], OUTCOME_VERB)) continue;
    // A talks noun before the verb, and no party as the verb's subject right before it.
    let talks = -1;
    for (let j = v - 1; j >= Math.max(s.tStart, v - 25); j--) if (talksNouns.has(tokens[j].lower)) { talks = j; break; }
    // ("The United States, Russia and Ukraine ended a second round of three-way talks in Abu Dhabi on Thursday with an
    // agreement to …": parties as the subject of a verb of ending whose object is the talks are the parties at the
    // table, and the agreement follows "with" after the talks' own words.)
    const partiesEnded = talks < 0 && actors.some((a) => a.end === v && !a.possessive && a.codes.length) && w('endVerbs').has(tokens[v].lower);
    let from = v + 1;
    if (partiesEnded) {
      let seen = false, withAt = -1;
      for (let j = v + 1; j < Math.min(s.tEnd, v + 16); j++) {
        const x = tokens[j].lower;
        if (!tokens[j].word && tokens[j].text !== '-') break;
        if (x === 'that' || x === 'but' || x === 'without') break;
        if (talksNouns.has(x)) seen = true;
        if (x === 'with' && seen) { withAt = j; break; }
      }
      if (withAt < 0) continue;
      from = withAt;
    } else {
      if (talks < 0) continue;
      if (actors.some((a) => a.end === v && !a.possessive)) continue;
    }
    // The agreement noun within a few words after the verb ("ended on Thursday with an agreement", "ended in Istanbul on
    // Friday after less than two hours with an agreement", "produced one concrete result: an agreement").
    let noun = -1;
    for (let j = from; j < Math.min(s.tEnd, from + 13); j++) {
      if (agreementNouns.has(tokens[j].lower)) { noun = j; break; }
      if (tokens[j].text === ':' && j > from && tokens[j - 1].lower === 'result') continue;
      if (!tokens[j].word || !(gapWords.has(tokens[j].lower) || /^\d/.test(tokens[j].text) || tokens[j].cap)) break;
    }
    if (noun < 0 || raw.some((r) => r.start <= noun && noun < r.end)) continue;
    let end = noun + 1;
    if (tokens[end]?.lower === 'in' && tokens[end + 1]?.lower === 'principle') end += 2;
    const codes = participants(doc, s, actors, v);
    if (!codes.length) continue;
    out.push({
      trigger: { start: v, end, type: 'ACCEPT', cue: { id: 'agree', type: 'ACCEPT', phrases: [`${tokens[v].lower} … ${tokens[noun].lower}`], reason: talksOutcome.reason }, rule: 'talks-outcome', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: codes, heldByParty: true },
      detail: `${tokens[v].lower} … ${tokens[noun].lower}: ${codes.join('+')} at the table`,
    });
  }
  return out;
}

/** The parties at the table: named before the verb in the sentence, else a pair just before, else the principal pair. */
export function participants(doc: Doc, s: Sentence, actors: ActorMention[], v: number): string[] {
  // ("talks between Russian and Ukrainian delegations … ended": the parties after "between" are those at the table,
  // not another party named earlier in the sentence.)
  for (let k = v - 1; k > Math.max(s.tStart, v - 25); k--) {
    if (doc.tokens[k].lower !== 'between') continue;
    // (The first party after it and those listed with it: not a venue after them, "between Serbia and Kosovo in
    // Brussels".)
    const first = actors.find((a) => a.start > k && a.end <= v && a.codes.length && !a.possessive);
    const list = new Set(first ? [first] : []);
    for (const a of actors) if (a.coordinated && list.has(a.coordinated) && a.end <= v) list.add(a);
    const pair = codesOf([...list]);
    if (pair.length >= 2) return pair;
    break;
  }
  const named = codesOf(actors.filter((a) => a.start >= s.tStart && a.end <= v && a.codes.length));
  if (named.length >= 2) return named;
  for (let k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
    if (doc.sentences[k].paragraph !== s.paragraph) break;
    const pair = (doc.actorsBySentence.get(k) ?? []).find((a) => a.coordinated && a.codes.length);
    if (pair) {
      const codes = coordinatedCodes(pair);
      if (codes.length === 2) return codes;
    }
  }
  return [...doc.principalsAt(s.index)];
}

function codesOf(list: ActorMention[]): string[] {
  const out: string[] = [];
  for (const a of list) for (const c of a.codes) if (!out.includes(c)) out.push(c);
  return out;
}
