// Two shapes of a party's announced contribution to a settlement that the modal rule (candidate/modal in
// triggers.ts) did not reach because the concession verb is not the first word after the modal:
// - the party helped stands between "help" and the act: "the United States would help Europe provide security
//   guarantees", "Washington will help Ukraine with air defence", "Ankara would help Baku and Yerevan to exchange
//   prisoners" — the helper offers the act as "would help provide" does (candidate/modal-help-party);
// - leading a mechanism, mission or force of the settlement: "the United States would lead a mechanism to monitor
//   any ceasefire", "Britain will head the reassurance force", "Turkey would lead the monitoring of the corridor" —
//   taking charge of it is an offer of it, as taking part is (candidate/modal-lead). Not "would lead to" (a
//   consequence) nor leading anything else ("Medinsky will lead the delegation" is a schedule; "would lead the
//   offensive" is war).
// Words: rules.json under both ids.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const modalHelpParty = defineRule({
  id: 'candidate/modal-help-party', stage: 'candidate',
  reason: 'A party after "help" under a modal is the one helped, not the act: "the United States would help Europe provide security guarantees", "we will help Ukraine with its air defence" offer the act (a concession verb, "with" and its object, or stationing and training forces) on the helper\'s word, as "would help provide" does. The act must follow the party (at most "to" between): "would help Ukraine win" names no step of a settlement.',
});

export const modalLead = defineRule({
  id: 'candidate/modal-lead', stage: 'candidate',
  reason: 'A party that would lead or head a mechanism, mission or force of the settlement ("the United States would lead a mechanism to monitor any ceasefire", "Britain will head the reassurance force", "Ankara would lead the monitoring of the corridor") offers to take charge of it, as taking part is an offer; the object must be such a noun (rules.json \'nouns\') within four words, so "would lead to a wider war" (a consequence), "Medinsky will lead the delegation" (a schedule) and "would lead the offensive" are none.',
});

/** The fields of an actor mention read here. */
type Mention = { start: number; end: number; possessive?: boolean; codes: readonly string[] };

/**
 * "would help Europe provide …", "will help Ukraine with …": when token `j` (right after "help") opens a party
 * mention followed by the act, the index of the act's first word (a concession verb, "with", or a word of stationing
 * or training forces); else -1. `isAct` says whether a word is such an act.
 */
export function helpedPartyEnd(doc: Doc, s: Sentence, j: number, actors: readonly Mention[], isAct: (k: number) => boolean): number {
  const { tokens } = doc;
  if (tokens[j - 1]?.lower !== 'help') return -1;
  const m = actors.find((a) => a.start === j && !a.possessive && a.codes.length > 0);
  if (!m) return -1;
  let e = m.end;
  // ("would help Ethiopia and Eritrea to exchange prisoners": the parties helped may be a list.)
  for (let n = 0; n < 4 && (tokens[e]?.lower === 'and' || tokens[e]?.text === ','); n++) {
    const next = actors.find((a) => a.start === e + 1 && !a.possessive && a.codes.length > 0);
    if (!next) break;
    e = next.end;
  }
  if (tokens[e]?.lower === 'to') e++;
  if (e >= s.tEnd || !tokens[e].word || tokens[e].cap) return -1;
  return isAct(e) ? e : -1;
}

/** "would lead a mechanism to monitor …": the verb at `j` is one of leading and a noun of the settlement's machinery follows. */
export function ledMachinery(doc: Doc, s: Sentence, j: number): boolean {
  const { tokens, index } = doc;
  if (!index.words(modalLead.id, 'verbs').has(tokens[j].lower)) return false;
  if (tokens[j + 1]?.lower === 'to') return false;
  const nouns = index.words(modalLead.id, 'nouns');
  for (let k = j + 1; k < Math.min(j + 6, s.tEnd); k++) {
    const w = tokens[k];
    if (!w.word || w.lower === 'to' || w.lower === 'and') break;
    if (nouns.has(w.lower)) return true;
  }
  return false;
}
