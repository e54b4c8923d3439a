// A request addressed to a group of supporters rather than to a named party (issue 7, "requests to partners"): "We
// ask our partners for an immediate invitation of Armenia to the EU", "We need our partners to lift the restrictions
// on arms deliveries", "We ask our African friends to press for the release of prisoners". The group names no party
// (discourse/patron-roles: "partners", "allies", "friends" are other parties than the speaker's state), yet the
// request is the speaker's demand of what it asks for, as when it asks a named party (spec §2 DEMAND: "the actor
// wants another party to do or give something"); no target is set. Read by trigger/needs-party-object (asking) and
// trigger/want-needs-act (needing). Words: rules.json trigger/addressed-group.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const addressedGroup = defineRule({
  id: 'trigger/addressed-group', stage: 'trigger',
  reason: 'A group of supporters addressed by asking or needing ("ask our partners for …", "need our partners to lift …", "ask our African friends to …"): an opener (\'openers\': "our", "the", "its"), at most two modifiers ("African", "Western", "international") and a noun of supporters (\'nouns\') stand where a named party would; the request is a demand of the speaker, with what is asked after it ("to", "for", "not to").',
});

/** The end of a group of supporters at token `j` ("our partners", "our Western allies", "the partners"), else -1. */
export function addressedGroupEnd(doc: Doc, j: number, limit: number): number {
  const w = (list: string) => doc.index.words(addressedGroup.id, list);
  const { tokens } = doc;
  if (!w('openers').has(tokens[j]?.lower ?? '')) return -1;
  const nouns = w('nouns');
  for (let k = j + 1; k < Math.min(j + 4, limit); k++) {
    const x = tokens[k];
    if (!x.word) return -1;
    if (nouns.has(x.lower)) return k + 1;
    // (A modifier: a capitalised adjective or one listed: "our African friends", "our international partners".)
    if (!x.cap && !w('modifiers').has(x.lower)) return -1;
  }
  return -1;
}
