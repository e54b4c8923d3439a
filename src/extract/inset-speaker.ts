// "A meeting of Putin and Zelensky, Medinsky said, could take place only once a draft treaty had been agreed", "If Kyiv
// refused, he said, Russian forces would keep advancing": an attribution set off by commas inside the sentence, before
// the stance, names who states the clause around it. The modal rules read it for "must" (holder/deontic-speaker); a
// stance of any other kind that no rule found a holder for (a condition on a meeting, a continued act, an end of the
// war on conditions) is that speaker's too.
import type { HolderCtx, HolderRule } from './holder.js';
import { speechVerbs } from './holder.js';
import { defineRule } from './rules/registry.js';

export const insetSpeaker: HolderRule = defineRule({
  id: 'holder/inset-speaker', stage: 'holder',
  reason: '"A meeting of Putin and Zelensky, Medinsky said, could take place only once a draft treaty had been agreed", "If Pristina refused, he said, Serbian police would keep patrolling the north", "The war would end, she said, either when …": a stance no other rule found a holder for, after an attribution set off by commas inside its sentence (a comma, a party, a person or a resolved pronoun, a verb of saying with up to two words after it, a comma), with no party of another side as a subject between the attribution and the stance, is held by the attribution\'s speaker; a "he" resolved to a party named earlier in the same sentence ("A meeting between Putin and Zelensky, he said, …") is the speaker carried from before instead. Not inside a quote, and not an attribution after the stance (holder/trailing-speaker).',
  find({ doc, s, t, list, inQuote, carried }: HolderCtx) {
    if (inQuote) return;
    const { tokens } = doc;
    const speech = speechVerbs(doc);
    // The latest attribution that closes before the stance: ", <speaker> said," / ", <speaker> said on Monday,".
    for (let c = t.start - 1; c > s.tStart; c--) {
      if (tokens[c].text !== ',') continue;
      // A verb of saying one to three tokens before this comma.
      let v = -1;
      for (let k = c - 1; k >= c - 3 && k > s.tStart; k--) if (speech.has(tokens[k].lower)) { v = k; break; }
      if (v < 0) continue;
      const m = list.find((a) => a.end === v && a.codes.length > 0 && !a.possessive && !a.object);
      if (!m || tokens[m.start - 1]?.text !== ',') continue;
      // (No party of another side as a subject between the attribution and the stance: "…, he said, Kosovo would …"
      // is left to the rules that read Kosovo.)
      if (list.some((a) => a.start > c && a.end <= t.start && a.codes.length && !a.object && !a.possessive && !a.codes.every((x) => m.codes.includes(x)))) return;
      // (A pronoun resolved to a party named earlier in the same sentence, "A meeting between Putin and Zelensky, he
      // said, …", took the fronted phrase's noun: the attribution's "he" is the speaker carried from before.)
      if (m.kind === 'pronoun' && list.some((a) => a.end <= m.start - 1 && a !== m && a.codes.length && a.codes.every((x) => m.codes.includes(x)))) {
        return carried && carried.codes.length ? { ...carried, via: 'carried' } : undefined;
      }
      return { codes: [...m.codes], mention: m, via: 'speaker' };
    }
  },
});
