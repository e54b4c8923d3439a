// A condition inside another party's offer is that party's demand (issue 7, whose claim is it): "Pashinyan dismissed
// Aliyev's offer of a truce on condition that Armenia withdraw from two villages" — the truce is Aliyev's offer and
// the withdrawal his demand, not a demand of Pashinyan, the subject of the sentence, nor of Armenia, named inside the
// condition. With a verb ("Aliyev offered a truce on condition that …") the subject holds both (holder/nearest-subject);
// with a noun of offering the sentence's subject is the one who answers the offer, so the holder is the noun's possessor.
import type { HolderRule } from './holder.js';
import { defineRule } from './rules/registry.js';

export const offerConditionHolder: HolderRule = defineRule({
  id: 'holder/offer-condition', stage: 'holder',
  reason: '"Pashinyan dismissed Aliyev\'s offer of a truce on condition that Armenia withdraw from two villages", "Kurti rejected the Serbian offer of talks in exchange for Kosovo dropping its bid": a condition cue that follows a noun of offering (cues.json nominal cues) in the same noun phrase (at most six words between, no comma, no other party that is no object) is demanded by the party that makes the offer, the noun\'s possessor or party adjective, not by the subject who answers the offer. Only when the offer is refused or merely reported: after a cue of accepting or offering the condition is usually the answerer\'s own ("Armenia would accept Aliyev\'s offer of a truce only if Baku withdrew").',
  find({ doc, s, t, list }) {
    if (t.cue?.id !== 'condition') return;
    const { tokens } = doc;
    const cues = doc.cuesBySentence.get(s.index) ?? [];
    // The noun cue before the condition, nearest first.
    let noun: { start: number; end: number } | undefined;
    for (const c of cues) {
      if (c.end > t.start || (noun && c.start <= noun.start)) continue;
      if (!c.values.some((v) => v.nominal && v.type === 'OFFER')) continue;
      noun = c;
    }
    if (!noun || t.start - noun.end > 6) return;
    for (let j = noun.end; j < t.start; j++) if (!tokens[j].word && tokens[j].text !== '-') return;
    // (No cue between them: "Aliyev's offer of a truce, which Yerevan rejected only after …" is another clause's.)
    if (cues.some((c) => c.start >= noun!.end && c.end <= t.start)) return;
    if (list.some((m) => m.start >= noun!.end && m.end <= t.start && !m.object)) return;
    // (The noun is refused or merely reported, not accepted or answered with an offer: "Armenia would accept
    // Aliyev's offer of a truce only if Baku withdrew" is Armenia's condition on its acceptance.)
    // (A noun of judgement is no answer: "dismissed as an ultimatum Aliyev's offer …".)
    for (const c of cues) if (c.end <= noun.start && c.values.some((v) => v.type !== 'REJECT' && !v.nominal)) return;
    // The possessor or the party adjective right before the noun ("Aliyev's offer", "the Serbian offer").
    for (const m of list) {
      if (m.start <= noun.start && noun.start < m.end && m.kind !== 'document' && m.codes.length) return { codes: [...m.codes], mention: m, via: 'possessor' };
      if (!m.possessive || m.end > noun.start || noun.start - m.end > 3 || !m.codes.length) continue;
      let words = true;
      for (let j = m.end; j < noun.start; j++) if (!tokens[j].word && tokens[j].text !== '-' && tokens[j].text !== "'" && tokens[j].text !== '’') words = false;
      if (words) return { codes: [...m.codes], mention: m, via: 'possessor' };
    }
  },
});
