// A threat named by its noun and the harmful step after it (issue 7, threats of harmful action; nominal stances):
// "Moscow's threat to strike decision-making centres in Kyiv", "Venezuela's threat to annex the Essequibo",
// "Azerbaijan's threat to use force against Armenia". cues.json threat-noun lists a few such phrases ("threat to
// impose", "threat to cut"); any verb of a harmful step (harm.ts, the verbs of trigger/harmful-act) makes one, and the
// step gives the threat its issue as it does after "threatened to" ("strike" → ceasefire, "annex" → territory).
// 'threat to' before anything else is a danger, not a stance ("a threat to peace", "a threat to Europe").
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { CueEntry } from '../lexicon/vocab.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';
import { harmAt } from './harm.js';

export const threatenedStep = defineRule({
  id: 'candidate/threatened-step', stage: 'candidate',
  // (Gate: every match is one of 'nouns' before "to".)
  needs: [{ word: 'to' }, { list: 'nouns' }],
  reason: 'One of \'nouns\' ("threat", "threats") + "to" + a verb of a harmful step (trigger/harmful-act\'s verbs, read in its sentence by harmAt: "threat to strike Kyiv", "threat to annex the Essequibo", "threats to take the corridor by force") is a threat held by the noun\'s possessor, as cues.json threat-noun is, with the step\'s issue; where a threat-noun phrase already ends in the verb ("threat to use"), the step gives it its issue ("threat to use force" → ceasefire). Not before a verb that is no harmful step ("a threat to leave Europe defenceless" is no step; "threat to peace" no verb).',
});

const threatCues = new WeakMap<object, CueEntry | null>();
/** The threat-noun cue of the lexicon: the new candidates are that cue's, for the holder and content rules. */
function threatCue(doc: Doc): CueEntry | null {
  const cues = doc.index.vocab.cues;
  let c = threatCues.get(cues);
  if (c === undefined) { c = cues.find((x) => x.id === 'threat-noun') ?? null; threatCues.set(cues, c); }
  return c;
}

/** THREATEN candidates of "<threat> to <harmful step>" in the sentence not read by a cue phrase already. */
export function threatenedStepCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  let nouns: Set<string> | null = null;
  for (let i = s.tStart; i < s.tEnd - 2; i++) {
    if (tokens[i + 1].lower !== 'to') continue;
    nouns ??= doc.index.words(threatenedStep.id, 'nouns');
    if (!nouns.has(tokens[i].lower)) continue;
    if (raw.some((r) => r.start <= i && r.end > i)) continue;
    const harm = harmAt(doc, s, i + 2);
    const cue = harm === null ? null : threatCue(doc);
    if (harm === null || !cue) continue;
    const trigger: Trigger = { start: i, end: i + 3, type: 'THREATEN', cue, rule: 'threatened-step', negated: false, nominal: true, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: harm };
    out.push({ trigger, detail: `"${tokens[i].text} to ${tokens[i + 2].text}": a harmful step threatened (${harm})` });
  }
  return out;
}

/** A threat-noun phrase that ends in its verb ("threat to use"): the issue of the step it names, or null. */
export function threatPhraseStep(doc: Doc, s: Sentence, t: Trigger): string | null {
  if (!t.nominal || t.type !== 'THREATEN' || t.cue?.id !== 'threat-noun' || t.defaultIssue !== undefined) return null;
  if (t.end - t.start < 3 || doc.tokens[t.end - 2]?.lower !== 'to') return null;
  return harmAt(doc, s, t.end - 1);
}
