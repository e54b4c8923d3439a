// "A senior Ukrainian official told AFP that the Russian delegation had put forward "unacceptable" demands", "Kyiv
// accused Moscow of making demands that were "unacceptable"": a predicate of refusal that judges another party's
// demands (before the noun, or after it in "that were …") is the judgement of whoever reports or levels it, the
// speaker or the accuser, not of the party that made the demands (holder/nearest-subject would give the refusal to the
// Russian delegation, the subject of "put forward"). With no speaker found, nobody we know holds it.
// Words: rules.json holder/judged-demands.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { HolderRule } from './holder.js';
import { speakerOf, withCoordinated } from './holder.js';
import { defineRule } from './rules/registry.js';

/** The copulas and relative words between a noun and its judgement: "demands that were …". */
const LINK_WORDS = new Set(['were', 'was', 'are', 'is', 'that', 'which', 'as', 'being']);

/** The noun of demands that the predicate of refusal at `t` judges: "unacceptable" demands (past quote marks), or
 * demands that were "unacceptable"; else -1 (holder/judged-demands). */
export function judgedDemandsNoun(doc: Doc, s: Sentence, t: Trigger): number {
  const { tokens } = doc;
  const ids = doc.index.words(judgedDemands.id, 'cues');
  const nouns = doc.index.words(judgedDemands.id, 'nouns');
  const cues = doc.cuesBySentence.get(s.index) ?? [];
  const judged = (k: number) => cues.some((c) => c.start <= k && k < c.end && c.values.some((v) => ids.has(v.id)));
  for (let k = t.start; k < Math.min(t.end + 1, s.tEnd); k++) {
    if (!judged(k)) continue;
    let n = k + 1;
    while (n < s.tEnd && !tokens[n].word) n++;
    if (nouns.has(tokens[n]?.lower ?? '')) return n;
    let b = k - 1;
    while (b > s.tStart && !tokens[b].word) b--;
    for (let j = b; j >= Math.max(s.tStart, b - 3); j--) {
      if (!LINK_WORDS.has(tokens[j].lower)) {
        if (nouns.has(tokens[j].lower) && j < b) return j;
        break;
      }
    }
  }
  return -1;
}

/** The party that made the demands at `noun`: a subject right before the noun in its clause (at most eight tokens
 * before it); the judgement is not its (holder/judged-demands, content/judged-demands-package). */
export function demandsMaker<M extends { start: number; end: number; object?: boolean; possessive?: boolean }>(list: readonly M[], noun: number): M | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k];
    if (m.end > noun) continue;
    return !m.object && !m.possessive && noun - m.end <= 8 ? m : undefined;
  }
  return undefined;
}

export const judgedDemands: HolderRule = defineRule({
  id: 'holder/judged-demands', stage: 'holder',
  reason: 'A refusal whose words are a predicate of refusal (cue \'cues\': "unacceptable", "unrealistic") judging a noun of another party\'s demands (\'nouns\'), right before it ("put forward "unacceptable" demands") or after it in a relative clause ("demands that were "unacceptable""), is held by the one who judges them: the subject of a verb of accusing before them (\'accusing\': "Kyiv accusing Moscow of putting forward demands that were …"), else the sentence\'s speaker ("A Ukrainian official told AFP that the Russian delegation had put forward "unacceptable" demands"), else nobody; never the party that made the demands.',
  find({ doc, s, t, list }) {
    if (t.type !== 'REJECT') return;
    const { tokens } = doc;
    const noun = judgedDemandsNoun(doc, s, t);
    if (noun < 0) return;
    const maker = demandsMaker(list, noun);
    const accusing = doc.index.words(this.id, 'accusing');
    for (let j = noun - 1; j > s.tStart; j--) {
      if (!accusing.has(tokens[j].lower)) continue;
      const accuser = list.find((m) => m.end === j && m.codes.length > 0);
      if (accuser) return { codes: withCoordinated(doc, list, accuser), mention: accuser, via: 'subject' };
    }
    const sp = speakerOf(doc, s, list, t);
    // ("A source in the Ukrainian delegation told AFP that the Russian side had put forward demands that were
    // "non-starters"": a maker that put the demands forward, 'making', is not the one judging them, even when no other
    // party speaks.)
    const making = doc.index.words(this.id, 'making');
    const made = !!maker && tokens.slice(maker.end, noun).some((x) => making.has(x.lower));
    // (The speaker as the nearest subject judges demands named before: "Pashinyan said the demands were unacceptable".)
    if (sp && sp.codes.length > 0 && ((sp === maker && !made) || !maker || sp.codes.join() !== maker.codes.join())) return { codes: [...sp.codes], mention: sp, via: 'speaker' };
    if (!maker) return;
    return 'none';
  },
});
