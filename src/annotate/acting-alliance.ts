// The alliance's bare name is an alliance term ("Georgia's path into NATO", "no to NATO", "join NATO"), but when it
// names the party that acts, it is a party and no term: the agent of a passive ("no troops sent by European states or
// by NATO"), the organisation of a speaker's title ("NATO Secretary General Mark Rutte said …", "NATO's chief"), or a
// subject coordinated with another party before its verb ("hoped the United States and NATO would hold a dialogue").
// Own sets AL and AH: these gave refusals of troops and hopes for talks a second, alliance claim.
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const actingAlliance = defineRule({
  id: 'discourse/acting-alliance', stage: 'discourse',
  reason: 'The bare name of an alliance (rules.json \'names\': "NATO") is a party, no alliance term, when it acts: after an agent\'s "by" (\'agentMarks\': "sent by European states or by NATO"), before a title of its officials (\'titles\': "NATO Secretary General Mark Rutte", "NATO chief", "NATO\'s spokesperson"), or coordinated after another word with "and" right before a verb of its own (\'verbs\': "the United States and NATO would hold …"). Joining, expanding or its membership ("join NATO", "NATO expansion", "NATO membership") are longer terms or other words and stay.',
});

/** Drops from `found` (the issue terms of one sentence, in order) the bare alliance name where it names an acting party. */
export function dropActingAlliance(tokens: Token[], index: LexiconIndex, found: PhraseMatch<IssueTerm>[]): void {
  if (!found.length) return;
  const w = (list: string) => index.words(actingAlliance.id, list);
  const names = w('names');
  for (let q = found.length - 1; q >= 0; q--) {
    const m = found[q];
    if (m.end - m.start !== 1 || !names.has(tokens[m.start].lower) || !m.values.every((v) => v.issue === 'alliance')) continue;
    const prev = tokens[m.start - 1]?.lower ?? '';
    let next = m.end;
    // ("NATO's chief": past the possessive mark.)
    if (tokens[next]?.text === "'" || tokens[next]?.text === '\u2019') next += tokens[next + 1]?.lower === 's' ? 2 : 1;
    else if (tokens[next]?.lower === "'s" || tokens[next]?.lower === '\u2019s') next += 1;
    const after = tokens[next]?.lower ?? '';
    const agent = w('agentMarks').has(prev);
    const title = w('titles').has(after);
    const subject = prev === 'and' && tokens[m.start - 2]?.word === true && w('verbs').has(after);
    if (agent || title || subject) found.splice(q, 1);
  }
}
