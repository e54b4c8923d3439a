// "Macron said Europe would not accept any deal that limited Ukraine's army": a collective name the speaker belongs to
// ("Europe", "the Europeans"), as the subject of the clause the speaker reports, is the speaker's own voice: the
// statement is the speaker's party's (FRA), not a position of European leaders as a group (EUR). Word lists live in
// lexicon/data/rules.json under holder/group-speaker.
import type { Doc } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { Holder } from './holder.js';
import { defineRule } from './rules/registry.js';

export const groupSpeaker = defineRule({
  id: 'holder/group-speaker', stage: 'holder',
  reason: 'A collective of \'groups\' named by a word of \'names\' ("Europe", "the Europeans") that holds a stance in a clause reported by one speaker of a party of \'members\' ("French President Emmanuel Macron said the Europeans were ready to add sanctions", "Merz said Europe would not accept borders being changed by force", "von der Leyen said Europe would keep up sanctions pressure") is that speaker speaking for the group it belongs to: the claim is the speaker\'s party\'s (with its coordinated co-speakers: "He and Merz said Europe would …"). A speaker outside the group ("Waltz said Europe would have to take the lead", "Zelensky said Europe must …") asks something of the group: the holder rules decide as before.',
});

/**
 * The speaker's codes when the holder `h` is a group named by a collective the speaker `sp` belongs to, else null.
 * `speakerCodes` gives the speaker's codes with its coordinated co-speakers.
 */
export function groupSpeakerCodes(doc: Doc, h: Holder, sp: ActorMention | null, speakerCodes: (m: ActorMention) => string[]): string[] | null {
  const m = h.mention;
  if (!m || !sp || sp === m || !sp.codes.length || h.codes.length !== 1) return null;
  const groups = doc.index.words(groupSpeaker.id, 'groups');
  if (!groups.has(h.codes[0].toLowerCase())) return null;
  const names = doc.index.words(groupSpeaker.id, 'names');
  const name = doc.tokens.slice(m.start, m.end).map((x) => x.lower).join(' ');
  if (!names.has(name)) return null;
  const members = doc.index.words(groupSpeaker.id, 'members');
  const codes = speakerCodes(sp);
  if (!codes.length || !codes.every((c) => members.has(c.toLowerCase()))) return null;
  return codes;
}
