// "Nine NATO members, among them Poland, said they supported …", "Three EU member states, including Hungary, rejected
// …": an organisation's name before a noun of its members names some of its member states, not the organisation
// (which speaks through its own bodies and officials); the members listed after ", among them"/", including" are who
// speaks, and with none listed nobody known does (issue 7, holders: such a group had held as NATO or the EU itself).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const memberStates = defineRule({
  id: 'discourse/member-states', stage: 'discourse',
  reason: '"Nine NATO members, among them Poland, said they supported …", "Three EU member states, including Hungary, rejected …": an organisation of states (rules.json \'organisations\', by code) named before a noun of its members (\'nouns\') is some of its members, not the organisation: the mention becomes a plural group that speaks as the members listed after ", among them" or ", including" (one or more), else as no known party. "NATO allies", "EU leaders" are left as they were.',
});

/** Turns "ORG members" mentions into groups of the members listed after them (discourse/member-states). */
export function markMemberStates(actors: ActorMention[], tokens: Token[], index: LexiconIndex): void {
  const orgs = index.words(memberStates.id, 'organisations'), nouns = index.words(memberStates.id, 'nouns'), openers = index.words(memberStates.id, 'openers');
  for (let k = 0; k < actors.length; k++) {
    const g = actors[k];
    if (g.kind === 'pronoun' || g.codes.length !== 1 || !orgs.has(g.codes[0].toLowerCase())) continue;
    let j = g.end;
    if (tokens[j]?.lower === 'member' && nouns.has(`member ${tokens[j + 1]?.lower ?? ''}`)) j += 2;
    else if (nouns.has(tokens[j]?.lower ?? '')) j++;
    else continue;
    g.end = j; g.kind = 'group'; g.plural = true; g.personLike = false; g.codes = [];
    // The members listed: ", among them Poland,", ", including Hungary and Slovakia,".
    let at = j;
    if (tokens[at]?.text === ',') at++;
    let opened = false;
    for (const o of openers) {
      const words = o.split(' ');
      if (words.every((w, i) => tokens[at + i]?.lower === w)) { at += words.length; opened = true; break; }
    }
    if (!opened) continue;
    const first = actors.find((a, q) => q > k && a.start >= at && a.kind !== 'pronoun');
    if (!first || first.sentence !== g.sentence || first.start > at + 1 || !first.codes.length) continue;
    const codes = [...first.codes];
    let last = first;
    for (let q = actors.indexOf(first) + 1; q < actors.length && actors[q].coordinated === last; q++) { last = actors[q]; for (const c of last.codes) if (!codes.includes(c)) codes.push(c); }
    g.codes = codes;
    // (The members listed are the group itself, not objects of "among" nor subjects of their own.)
    for (let a: ActorMention | undefined = first; a; a = a === last ? undefined : actors[actors.indexOf(a) + 1]) a.object = true;
  }
}
