// "It is now up to Russia to accept the ceasefire, Rubio said": handing the next step to a party demands it of that
// party (issue 7, demands by their frame). Without this the infinitive's own cue read as the speaker's acceptance
// ("accept the ceasefire" = USA ACCEPT). Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const upToParty = defineRule({
  id: 'candidate/up-to-party', stage: 'candidate',
  reason: '"It is now up to Russia to accept the ceasefire, Rubio said", "Now it is up to Belgrade to recognise Kosovo", "The decision is entirely up to Baku": after one of \'copulas\' (past one of \'adverbs\'), "up to" and a party handed the next step demand of it what follows "to", and the speaker holds the demand; the step\'s own cue ("accept") is wanted of that party, not given (trigger/pressed-acceptance). Not "stand up to Russia", "cosy up to Moscow": no copula before "up"; nor a verb of deciding after the party ("it would be up to Ukraine to make decisions on its territory" gives it the say, no step demanded).',
});

export function upToPartyCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  for (let i = s.tStart + 1; i < s.tEnd - 3; i++) {
    if (tokens[i].lower !== 'up' || tokens[i + 1].lower !== 'to') continue;
    if (!upToCopulaBefore(doc, s, i)) continue;
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    const m = actors.find((a) => (a.start === i + 2 || (a.start === i + 3 && tokens[i + 2].lower === 'the')) && !a.possessive && a.codes.length);
    if (!m || tokens[m.end]?.lower !== 'to' || !tokens[m.end + 1]?.word || tokens[m.end + 1].cap) continue;
    // ("it would be up to Ukraine to make decisions on its territory": the say is the party's, no step of it demanded.)
    if (doc.index.words(upToParty.id, 'decisionVerbs').has(tokens[m.end + 1].lower)) continue;
    if (raw.some((r) => r.start === i)) continue;
    const trigger: Trigger = { start: i, end: i + 2, type: 'DEMAND', cue: null, rule: 'up-to-party', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger, detail: `up to ${m.codes.join('+')}: the next step demanded of it` });
    i = m.end;
  }
  return out;
}

/** "up" at `i` follows a copula, past one listed adverb ("is now up to", "it's entirely up to"). */
export function upToCopulaBefore(doc: Doc, s: Sentence, i: number): boolean {
  const words = (list: string) => doc.index.words(upToParty.id, list);
  let c = i - 1;
  if (c > s.tStart && words('adverbs').has(doc.tokens[c].lower)) c--;
  return c >= s.tStart && words('copulas').has(doc.tokens[c].lower);
}
