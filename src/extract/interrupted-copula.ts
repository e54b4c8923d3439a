// A stance noun whose copula a reporting clause interrupts: "The priority, he told senators, is a full exchange of
// prisoners", "Moscow's aim, Peskov said, remains the neutrality of Ukraine", "Our condition, Aliyev said, is the
// withdrawal of Armenian troops". Without the parenthesis the cue phrase ("priority is", "the aim is") or the noun
// with its possessor reads it; with it, the noun is left alone with no holder (holder/noun-needs-possessor) and the
// predicate after the copula with no stance. The noun's possessor holds it, else the party that speaks in the
// parenthesis (a goal or condition stated is its speaker's). Words: rules.json candidate/interrupted-copula.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { speechVerbs } from './holder.js';

export const interruptedCopula = defineRule({
  id: 'candidate/interrupted-copula', stage: 'candidate',
  reason: 'A stance noun opening its clause (rules.json \'nouns\', with the type of the stance), a reporting clause between commas, then a copula (\'copulas\'): "The priority, he told senators, is a full exchange of prisoners" = a demand of the exchange; "Moscow\'s aim, Peskov said, remains Ukraine\'s neutrality". Held by the noun\'s possessor, else (for the nouns of \'speakerHolds\': goals, priorities, conditions, demands) by the party that speaks in the parenthesis; a proposal or an offer with no possessor may be another party\'s, described by the speaker, and makes nothing. Not when a predicate judges the noun after the copula ("The condition, Kurti said, is unacceptable": that predicate\'s own stance).',
});

/** The stances "NOUN, SPEAKER said, is …" of a sentence; replaces a bare noun cue of the same noun phrase. */
export function interruptedCopulaCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const rule = doc.index.vocab.rules[interruptedCopula.id];
  const data = rule?.nouns as unknown as Record<string, ClaimType> | undefined;
  if (!data) return out;
  const { tokens } = doc;
  const copulas = doc.index.words(interruptedCopula.id, 'copulas');
  const speakerHolds = doc.index.words(interruptedCopula.id, 'speakerHolds');
  const speech = speechVerbs(doc);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  // The noun phrase opens the sentence (past an opening quote): at most four words before the noun.
  let open = s.tStart;
  while (open < s.tEnd && !tokens[open].word) open++;
  for (let i = open; i < Math.min(open + 5, s.tEnd - 4); i++) {
    if (tokens[i + 1].text !== ',') continue;
    const w = tokens[i].lower;
    if (!Object.prototype.hasOwnProperty.call(data, w)) continue;
    // The parenthesis: a reporting verb, then the comma that closes it, within eight tokens.
    let close = -1, spoken = false;
    for (let j = i + 2; j < Math.min(i + 11, s.tEnd); j++) {
      if (tokens[j].text === ',') { close = j; break; }
      if (speech.has(tokens[j].lower)) spoken = true;
      else if (!tokens[j].word && tokens[j].text !== "'" && tokens[j].text !== '.') break;
    }
    if (close < 0 || !spoken || !copulas.has(tokens[close + 1]?.lower ?? '')) break;
    const cop = close + 1;
    // (A predicate judging the noun after the copula is a stance of its own: "is unacceptable", "was a trap".)
    if (raw.some((r) => r.start > cop && r.start <= cop + 3)) break;
    const speaker = actors.find((a) => a.start > i + 1 && a.end <= close && !a.possessive && a.codes.length && a.kind !== 'document');
    if (!speaker) break;
    const owner = actors.find((a) => a.codes.length && (a.possessive || a.kind === 'pronoun') && a.end <= i && i - a.end <= 2 && a.start >= open);
    const codes = owner ? owner.codes : speakerHolds.has(w) ? speaker.codes : null;
    if (!codes?.length) break;
    const type = data[w];
    // The noun's own cue ("main condition", "proposal") is this stance: it is replaced, and so is the cue phrase
    // that steps over the aside ("priority, he told senators, is": discourse/reporting-aside).
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= open && raw[q].start <= i && raw[q].end <= cop + 1) raw.splice(q, 1);
    const t: Trigger = { start: i, end: cop + 1, type, cue: null, rule: 'interrupted-copula', negated: false, nominal: false, complement: type === 'DEMAND', modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: [...codes], heldByParty: true };
    out.push({ trigger: t, detail: `"${tokens[i].text}, … ${tokens[cop].text}": held by ${codes.join('+')} (${owner ? 'its possessor' : 'the speaker in the parenthesis'})` });
    break;
  }
  return out;
}
