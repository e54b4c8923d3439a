// A party's forces as the subject of a passive of sending or stationing: "Italian soldiers would not be sent to
// Ukraine", "no US troops would be deployed to Ukraine as part of them" refuse a security guarantee for that party;
// "Turkish troops could be stationed in Armenia after a deal" offers one. The party is named by the adjective or
// name before the force noun, not by the sentence's subject (there is none: "Italian soldiers" are not a party).
// Word lists: lexicon/data/rules.json under candidate/forces-passive.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { inClass, MODAL } from '../annotate/word-classes.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const forcesPassive = defineRule({
  id: 'candidate/forces-passive', stage: 'candidate',
  // (Gate: every match is a modal, then "be" (its participle may be the next sentence's first token: no gate on it).)
  needs: [{ wordClass: MODAL }, { word: 'be' }],
  reason: '"Italian soldiers would not be sent to Ukraine", "no US troops will be deployed there", "Turkish peacekeepers could be stationed in Karabakh": a party\'s forces (its adjective or name before a force noun) under a modal, "be" and a verb of sending or stationing are that party\'s stance on a security guarantee, refused when "not"/"never" follows the modal or "no" opens the phrase, else offered; "would not be deployed without a vote" sets a condition, no refusal. Never one of the two sides at war ("Russian troops will be sent to the front" wages the war), and only on that issue. Not in a sentence that states a plan\'s provisions ("Under the draft, no NATO troops would be stationed in Ukraine", or a conditional sentence that goes on listing them): that is a point of the plan, held by its authors (candidate/provision-continues); nor in a bullet or numbered item of a plan ("The Turkish draft\'s main points: … 6. No Russian troops would be stationed in Armenia.", candidate/document-list-item).',
});

/** The party of the force phrase ending right before `modal` ("Italian soldiers", "no US troops"), and whether "no" opens it. */
function forcesBefore(doc: Doc, s: Sentence, modal: number): { code: string; start: number; no: boolean } | null {
  const { tokens, index } = doc;
  const noun = modal - 1;
  if (noun <= s.tStart || !index.words(forcesPassive.id, 'forceNouns').has(tokens[noun].lower)) return null;
  // One listed modifier may stand between the party and the noun ("British ground troops").
  let p = noun - 1;
  if (p > s.tStart && index.words(forcesPassive.id, 'modifiers').has(tokens[p].lower)) p--;
  let code = partyAdjectiveAt(doc, p);
  let start = p;
  if (!code) {
    const m = (doc.actorsBySentence.get(s.index) ?? []).find((x) => x.end === p + 1 && x.codes.length === 1 && !x.possessive);
    if (!m) return null;
    code = m.codes[0];
    start = m.start;
  }
  const no = start - 1 >= s.tStart && tokens[start - 1].lower === 'no';
  return { code, start: no ? start - 1 : start, no };
}

export function forcesPassiveCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens, index } = doc;
  const verbs = index.words(forcesPassive.id, 'verbs');
  const sides = doc.principalsAt(s.index);
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    if (!inClass(tokens[i], MODAL)) continue;
    const f = forcesBefore(doc, s, i);
    if (!f || sides.includes(f.code)) continue;
    let j = i + 1;
    let negated = f.no;
    if (tokens[j].lower === 'not' || tokens[j].lower === 'never') { negated = true; j++; }
    if (tokens[j]?.lower !== 'be' || !verbs.has(tokens[j + 1]?.lower ?? '')) continue;
    const end = j + 2;
    // ("would not be deployed without a vote in parliament": a condition on sending them, no refusal.)
    if (negated && tokens[end]?.lower === 'without') continue;
    // A negation cue inside the phrase ("will never" as a cue of its own) is this refusal: replaced; another stance
    // reaching over it is left alone.
    if (raw.some((r) => r.start < end && f.start < r.end && (r.start < f.start || r.end > end))) continue;
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= f.start && raw[q].end <= end) raw.splice(q, 1);
    const trigger: Trigger = {
      start: f.start, end, type: negated ? 'REJECT' : 'OFFER', cue: null, rule: 'forces-passive', negated, nominal: false, complement: false, modal: false,
      object: 'after', needsIssue: ['security_guarantees'], defaultIssue: 'security_guarantees', modality: 'asserted', exchange: false,
      heldBy: [f.code], heldByParty: true,
    };
    out.push({ trigger, detail: `${f.code} forces ${negated ? 'not ' : ''}${tokens[j + 1].lower}` });
  }
  return out;
}
