// Phrasal stance verbs split by their object (issue 7, a verb class short of its split forms): "put a prisoner
// exchange on the table", "put a new plan forward", "turned the offer of a truce down", "ruled a land swap out",
// "brushed the proposal aside". The joined forms ("put forward", "turned down", "ruled out") are cues; split, the
// object stands between the verb and its particle, and the stance is about that object alone. Word lists:
// lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const splitPhrasal = defineRule({
  id: 'candidate/split-phrasal', stage: 'candidate',
  reason: 'A phrasal stance verb whose object stands between the verb and its particle takes that object as its content: "Pakistan put a prisoner exchange on the table" and "Belgrade put a new plan forward" propose it, "Khartoum turned the offer of a truce down", "Baku ruled a referendum out" and "brushed the proposal aside" refuse it. The verbs, their particles and their type are data (\'verbs\'); the object is one to \'maxGap\' words with no comma, no "that" and no verb of a clause of its own (\'clauseWords\'): "turned to the talks down the road" has no object before "down" of its own making, and "put pressure on Baku to …" has no particle. Joined forms are the cues\' ("put forward a plan").',
});

interface SplitVerb { particle: string[]; type: ClaimType; /** The id of the joined form's cue. */ cue: string }

const maps = new WeakMap<object, Map<string, SplitVerb[]>>();
function verbMap(doc: Doc): Map<string, SplitVerb[]> {
  const data = doc.index.vocab.rules[splitPhrasal.id].verbs as unknown as Record<string, SplitVerb[]>;
  let m = maps.get(data);
  if (!m) { m = new Map(Object.entries(data)); maps.set(data, m); }
  return m;
}

/** The particle of one of `forms` that begins at token k, or null. */
function particleAt(doc: Doc, k: number, forms: SplitVerb[]): SplitVerb | null {
  for (const f of forms) if (f.particle.every((w, n) => doc.tokens[k + n]?.lower === w)) return f;
  return null;
}

export function splitPhrasalCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const verbs = verbMap(doc);
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return out;
  const maxGap = doc.index.vocab.rules[splitPhrasal.id].maxGap as unknown as number;
  const clauseWords = doc.index.words(splitPhrasal.id, 'clauseWords');
  for (let i = s.tStart; i < s.tEnd - 2; i++) {
    const forms = verbs.get(tokens[i].lower);
    if (!forms) continue;
    // (The joined form is a cue of its own: "put forward a plan".)
    if (particleAt(doc, i + 1, forms) || raw.some((r) => r.start <= i && i < r.end)) continue;
    for (let k = i + 2; k <= Math.min(i + 1 + maxGap, s.tEnd - 1); k++) {
      const x = tokens[k - 1];
      // (A possessive's "'s" is part of the object: "ruled a referendum on Karabakh's status out".)
      const apostrophe = (x.text === "'" || x.text === '’') && tokens[k]?.lower === 's';
      if ((!x.word && !apostrophe) || x.lower === 'that' || clauseWords.has(x.lower)) break;
      const form = particleAt(doc, k, forms);
      if (!form) continue;
      // (The joined form's cue, split: a negation reads it as it reads "ruled out", trigger/negation.)
      const cue = { id: form.cue, type: form.type, phrases: [`${tokens[i].lower} … ${form.particle.join(' ')}`], reason: splitPhrasal.reason };
      const trigger: Trigger = { start: i, end: i + 1, type: form.type, cue, rule: `cue:${form.cue}-split`, negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd: k };
      out.push({ trigger, detail: `${tokens[i].lower} … ${form.particle.join(' ')}` });
      i = k + form.particle.length - 1;
      break;
    }
  }
  return out;
}
