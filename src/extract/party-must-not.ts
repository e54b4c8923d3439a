// "Peskov said Ukraine must not join NATO", "Lavrov said Kyiv must not use any pause to rearm", "Aliyev said Armenia
// must not rearm": a deontic refusal (the cue should-not, "must not") whose subject is another party, named right before
// the modal, with an active verb after it, tells that party what it may not do: the speaker wants it of that party, a
// demand (spec §2 DEMAND: "the actor wants another party to do or give something"), as "Ukraine must never join NATO"
// already is (the cue must). Gold of own sets AO ("Ukraine must not join NATO" = RUS DEMAND alliance) and AE ("Ukraine
// must not use any pause to mobilise" = RUS DEMAND military_limits). The subject a party is what makes it a demand:
// "international borders must not be changed by force", "any agreement must not weaken Ukraine's armed forces",
// "the truce must not become a pause" stay refusals (own sets AG, X, C); so does a passive ("Belarus should not be
// rewarded", "Russia must not be allowed to keep Crimea": a thing refused, own set AO), and the speaker's own party as
// the subject ("Ukraine must not give up its land", said by Kyiv: its own refusal).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const partyMustNot = defineRule({
  id: 'claim/party-must-not', stage: 'claim',
  reason: 'A "must not" (cue should-not) whose subject right before it is another party than the holder, with an active verb after it ("Ukraine must not join NATO", said by Moscow; "Kyiv must not use any pause to rearm"), demands that party refrain: a DEMAND aimed at it (spec §2), as "must never join" is. Not a passive (\'passive\': "must not be allowed", "should not be rewarded"), not a subject that is no party ("borders must not be changed", "any agreement must not weaken …"), not a possessor ("Ukraine\'s army must not be capped"), not the holder\'s own party.',
});

/** A lower-case word in -ly, an adverb between the subject, the modal and the verb ("must not simply join"). */
function lyAdverb(x: Doc['tokens'][number] | undefined): boolean {
  return !!x && x.word && !x.cap && /ly$/.test(x.lower);
}

/** The party code the "must not" at `t` is addressed to, when it is a demand on another party than `actor` (claim/party-must-not). */
export function partyMustNotTarget(doc: Doc, s: Sentence, t: Trigger, actor: string): string | undefined {
  if (t.type !== 'REJECT' || t.nominal || t.cue?.id !== 'should-not') return;
  const tok = doc.tokens;
  if (tok[t.start]?.lower !== 'must') return;
  const w = (list: string) => doc.index.words(partyMustNot.id, list);
  // The verb: past an adverb ("must not simply join"), never a passive or a copula.
  let v = t.end;
  if (lyAdverb(tok[v])) v++;
  const verb = tok[v];
  if (!verb || !verb.word || verb.cap || w('passive').has(verb.lower)) return;
  // The subject: a coded party right before the modal (an adverb or a closing quote mark between).
  let e = t.start;
  if (tok[e - 1] && (lyAdverb(tok[e - 1]) || /^["“”']$/.test(tok[e - 1].text))) e--;
  const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === e && a.start >= s.tStart);
  if (!m || m.possessive || m.object || m.kind === 'document' || m.codes.length !== 1 || m.coordinated) return;
  const code = m.codes[0];
  if (code === actor) return;
  return code;
}
