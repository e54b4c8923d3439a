// A party's stated position as a frame: "Moscow's position is that Ukraine must stay out of NATO", "Kyiv's position
// is clear: Russia must withdraw", "Our position remains unchanged: no territorial concessions" (issue 7: holders
// inside noun phrases, "Moscow's position that"). The position noun's possessor holds the stances of the clause
// after it; a clause with no stance of its own is the position itself (cues.json demand-noun, "no X" refuses X).
// Word lists: lexicon/data/rules.json under candidate/position-frame.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const positionFrame = defineRule({
  id: 'candidate/position-frame', stage: 'candidate',
  reason: 'A party\'s position stated with a copula and "that" or a colon ("Moscow\'s position is that Ukraine must stay out of NATO", "Baku\'s position is clear: the corridor must open") is held by the possessor: the stances of the clause after it are that party\'s (not the clause subject\'s, nor a missing speaker\'s), and the position noun makes no second claim; with no stance after it, the position is the claim, and "no X" after the colon refuses X.',
});

/** Marks the stances after a position frame as held by its possessor; returns what it did, for the trace. */
export function positionFrameCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const nouns = doc.index.words(positionFrame.id);
  for (let q = raw.length - 1; q >= 0; q--) {
    const t = raw[q];
    if (t.cue?.id !== 'demand-noun') continue;
    const first = doc.tokens[t.start].lower;
    const nounAt = nouns.has(first) ? t.start : nouns.has(doc.tokens[t.start + 1]?.lower ?? '') ? t.start + 1 : -1;
    if (nounAt < 0) continue;
    // The frame opens a clause: past a copula and its adjective ("is clear", "remains unchanged"), "that" or a colon.
    let opens = -1;
    for (let j = nounAt + 1; j < Math.min(nounAt + 5, s.tEnd) && opens < 0; j++) {
      const x = doc.tokens[j];
      if (x.lower === 'that' || x.text === ':') opens = j + 1;
      else if (!x.word) break;
    }
    // (Only a copula's frame: "Moscow's position that …" with no copula is a noun, maybe another stance's object,
    // "Belarus has adopted Moscow's position that …", and keeps its own claim.)
    if (opens < 0 || !doc.index.words(positionFrame.id, 'copulas').has(doc.tokens[nounAt + 1]?.lower ?? '')) continue;
    // The possessor: "Moscow's", "the Kremlin's", "our" (a pronoun the reading resolved).
    const owner = (doc.actorsBySentence.get(s.index) ?? []).find((m) => m.codes.length && (m.possessive || m.kind === 'pronoun') && m.end <= nounAt && nounAt - m.end <= 2 && m.start >= s.tStart);
    if (!owner) continue;
    const inside = raw.filter((r) => r !== t && r.start >= opens && r.start < s.tEnd && !r.heldBy);
    if (inside.length) {
      for (const r of inside) { r.heldBy = [...owner.codes]; r.heldByParty = true; }
      raw.splice(q, 1);
      out.push({ trigger: inside[0], detail: `held by ${owner.codes.join('+')} (its stated position)` });
      continue;
    }
    if (doc.index.words(positionFrame.id, 'refusals').has(doc.tokens[opens]?.lower ?? '')) {
      t.type = 'REJECT';
      out.push({ trigger: t, detail: `"${doc.tokens[opens].text} …": the position refuses what follows` });
    }
  }
  return out;
}
