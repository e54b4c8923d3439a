// An agreement as what the talks left the parties with, told by other words than a verb of the talks' ending
// (issue 7, "agreements reached by two parties"): the parties at the table "came away", "walked away" or "emerged"
// with it ("Armenian and Azerbaijani delegations met in Almaty and came away with one concrete result: an agreement
// to exchange 40 detainees"), or it is the talks' result or outcome, after a copula ("The only concrete result was an
// agreement to release the detained officers"). As with candidate/talks-outcome, each party at the table accepts the
// agreement (spec §3 rule 8): the parties named before the verb, else the pair named together just before, else the
// principal pair (talks-outcome.ts `participants`). Words: rules.json candidate/talks-result.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass, inClass } from '../annotate/word-classes.js';
import { participants, talksOutcome, type TalksOutcomeHit } from './talks-outcome.js';

export const talksResult = defineRule({
  id: 'candidate/talks-result', stage: 'candidate',
  reason: 'Parties that "came away", "walked away" or "emerged" from a meeting with an agreement ("The two delegations met in Almaty and came away with an agreement to exchange 40 detainees"), or an agreement that "was" the talks\' result or outcome ("The only concrete result was an agreement to release the officers"), report what the parties at the table accepted, as talks that "ended with" one do (candidate/talks-outcome): an ACCEPT of its content by each of them. The agreement noun must follow within a few words of the talks\' own (candidate/talks-outcome gapWords); "came away empty-handed", "the result was a stalemate" name none.',
});

/** The words that open such an outcome, as a word class: a sentence with none costs one bit test. */
const RESULT_WORD = defineWordClass('talks result words', (index) => new Set([...index.words(talksResult.id, 'awayVerbs'), ...index.words(talksResult.id, 'resultNouns')]));

export function talksResultCandidates(doc: Doc, s: Sentence, raw: Trigger[]): TalksOutcomeHit[] {
  if ((s.classes & RESULT_WORD.bit) === 0) return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(talksResult.id, list);
  const agreementNouns = doc.index.words(talksOutcome.id, 'agreementNouns'), gapWords = doc.index.words(talksOutcome.id, 'gapWords');
  const talksNouns = doc.index.words(talksOutcome.id, 'talksNouns');
  const awayVerbs = w('awayVerbs'), resultNouns = w('resultNouns'), copulas = w('copulas'), particles = w('particles');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const out: TalksOutcomeHit[] = [];
  for (let v = s.tStart + 1; v < s.tEnd; v++) {
    if (!inClass(tokens[v], RESULT_WORD)) continue;
    let from = -1;
    if (awayVerbs.has(tokens[v].lower)) {
      // "came away … with", "walked away … with", "emerged … with": the particle, then "with" past a short gap of
      // time ("walked away less than two hours later with an agreement").
      let j = v + 1;
      if (particles.has(tokens[j]?.lower ?? '')) j++;
      else if (!w('bareVerbs').has(tokens[v].lower)) continue;
      // (Or past the meeting left: "emerged from two days of talks in Jeddah with a deal".)
      for (let n = 0; n < 8 && j < s.tEnd && tokens[j].lower !== 'with'; n++, j++) {
        const x = tokens[j].lower;
        if (!tokens[j].word || !(gapWords.has(x) || w('timeWords').has(x) || talksNouns.has(x) || w('fromWords').has(x) || /^\d/.test(tokens[j].text) || tokens[j].cap)) break;
      }
      if (tokens[j]?.lower !== 'with') continue;
      from = j + 1;
    } else if (resultNouns.has(tokens[v].lower)) {
      // "The only concrete result was an agreement": the noun heads its clause's subject (a determiner and adjectives
      // before it), and a copula follows it, past "of the talks".
      let j = v + 1;
      if (tokens[j]?.lower === 'of') for (let n = 0; n < 6 && j < s.tEnd && !copulas.has(tokens[j].lower); n++) j++;
      if (!copulas.has(tokens[j]?.lower ?? '')) continue;
      from = j + 1;
    } else continue;
    let noun = -1;
    for (let j = from; j < Math.min(s.tEnd, from + 8); j++) {
      if (agreementNouns.has(tokens[j].lower)) { noun = j; break; }
      if (tokens[j].text === ':' && j > from && resultNouns.has(tokens[j - 1].lower)) continue;
      if (!tokens[j].word || !(gapWords.has(tokens[j].lower) || /^\d/.test(tokens[j].text))) break;
    }
    if (noun < 0 || raw.some((r) => r.start <= noun && noun < r.end)) continue;
    // (The stance opens at the agreement noun: "of the talks" or "from two days of talks" before it names the meeting,
    // not what was agreed.)
    const start = noun;
    let end = noun + 1;
    if (tokens[end]?.lower === 'in' && tokens[end + 1]?.lower === 'principle') end += 2;
    // (The parties that are no object before the verb, "Serbian and Kosovar negotiators met in Brussels and came away
    // with …": not the venue; else those talks-outcome finds.)
    const named: string[] = [];
    for (const a of actors) if (a.end <= v && !a.object && !a.possessive) for (const c of a.codes) if (!named.includes(c)) named.push(c);
    // (One party alone as the subject, "Pashinyan came away with a deal of his own", is its own report, not the table's.)
    if (named.length === 1) continue;
    const codes = named.length >= 2 ? named : participants(doc, s, actors, v);
    if (!codes.length) continue;
    out.push({
      trigger: { start, end, type: 'ACCEPT', cue: { id: 'agree', type: 'ACCEPT', phrases: [`${tokens[v].lower} … ${tokens[noun].lower}`], reason: talksResult.reason }, rule: 'talks-outcome', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: codes, heldByParty: true },
      detail: `${tokens[v].lower} … ${tokens[noun].lower}: ${codes.join('+')} at the table`,
    });
  }
  return out;
}
