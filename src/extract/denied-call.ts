// "Harris said Putin was not calling for negotiations but for Ukraine's surrender", "Kurti said Belgrade is "not
// seeking talks, it is seeking capitulation"": a speaker who says another party's call is not for what it names but
// for a capitulation dismisses that call (spec §2 REJECT: "rejects", as "dismissed the offer as an ultimatum" does).
// The negated demand reports no demand of the subject's (trigger/negation would drop it as a negated demand); it is the
// speaker's refusal of what the subject claims to want, on the issue of the denied object ("negotiations" → talks).
// Word lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { negationBefore } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { sentenceActors } from './sentence-actors.js';
import { speechVerbs } from './holder.js';

export const deniedCall: MatchRule = defineRule({
  id: 'trigger/denied-call', stage: 'trigger',
  reason: 'A negated demand of a party ("Putin was not calling for negotiations", \'cues\': call-for, seek and the like) followed in its sentence by a contrast ("but (for)", or ", he is calling for" again: \'contrasts\') naming a capitulation within a few words (\'capitulations\': "surrender", "capitulation") is the speaker\'s dismissal of that call: REJECT, held by the subject of the verb of saying before it ("Harris said Putin was not calling for negotiations but for Ukraine\'s surrender" = USA REJECT talks), with the issue of what the call names. Only with a speaker other than the subject; not without a capitulation ("was not calling for negotiations but for a ceasefire" corrects what was asked, no dismissal).',
  apply(t, { doc, s }) {
    if (t.type !== 'DEMAND' || t.nominal || !t.cue) return;
    const w = (k: string) => doc.index.words(this.id, k);
    if (!w('cues').has(t.cue.id)) return;
    const neg = negationBefore(doc, s, t.start);
    if (neg < 0) return;
    const { tokens } = doc;
    // The contrast after the cue's object, then a capitulation within a few words of it.
    const contrasts = w('contrasts'), caps = w('capitulations');
    let capAt = -1;
    for (let k = t.end + 1; k < s.tEnd && k <= t.end + 8 && capAt < 0; k++) {
      if (tokens[k].text === ';' || tokens[k].text === '.') break;
      if (!contrasts.has(tokens[k].lower)) continue;
      for (let j = k + 1; j < s.tEnd && j <= k + 7; j++) if (caps.has(tokens[j].lower)) { capAt = j; break; }
    }
    if (capAt < 0) return;
    // The speaker: the party right before the nearest verb of saying before the negation (past auxiliaries and adverbs).
    const speech = speechVerbs(doc), skips = w('skips');
    const list = sentenceActors(doc, s.index);
    let speaker: string[] | null = null;
    for (let v = neg - 1; v >= s.tStart && !speaker; v--) {
      if (!speech.has(tokens[v].lower)) continue;
      let e = v;
      while (e > s.tStart && skips.has(tokens[e - 1].lower)) e--;
      // (Right before the verb, else the sentence's first party before it, past an insert set off by commas:
      // "Harris, speaking in Switzerland on Saturday, said …".)
      const subj = (a: typeof list[number]) => !a.object && !a.possessive && a.codes.length > 0;
      const m = list.find((a) => a.end === e && subj(a)) ?? (tokens[e - 1]?.text === ',' ? list.find((a) => a.end < v && subj(a)) : undefined);
      if (!m) return;
      speaker = [...m.codes];
    }
    if (!speaker) return;
    // (The subject right before the negation is another party: "Harris said Putin was not …"; "Kyiv said it was not
    // calling for …, but for …" states its own aim.)
    const subject = [...list].reverse().find((a) => a.end <= neg && !a.object && !a.possessive && a.codes.length > 0);
    if (!subject || subject.codes.some((c) => speaker!.includes(c))) return;
    t.type = 'REJECT'; t.negated = true; t.negatedAt = neg; t.heldBy = speaker; t.heldByParty = true; t.rule += ':denied-call';
    return { change: `not ${tokens[t.start].lower} … but … ${tokens[capAt].lower}: the speaker's dismissal of the call, REJECT by ${speaker.join('+')}` };
  },
});
