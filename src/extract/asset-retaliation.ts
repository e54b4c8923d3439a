// Threats of retaliation for another party's use of assets (issue 7, threats of harmful action): "Russia would pursue
// Belgium and the EU in international courts if the money were used", "would seek to recover the funds in any court",
// "would take measures against Western holdings if the plan went ahead", "will treat it as theft and answer with
// seizures of Western property". A step against the other side's money or a suit to get one's own back, declared
// beforehand, is economic pressure: a threat of sanctions (spec §2), whoever is named as its target. Only in the
// future, after a modal, with money in the sentence: "Russia sued Euroclear" reports a thing done, "would pursue
// talks" names no money. Word lists: lexicon/data/rules.json candidate/asset-retaliation.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { phraseEnd, splitPhrases } from '../annotate/phrase-end.js';
import type { Trigger } from './triggers.js';

export const assetRetaliation = defineRule({
  id: 'candidate/asset-retaliation', stage: 'candidate',
  // (Gate: every match needs one of 'moneyNouns' in the sentence, the walk its finder starts with.)
  needs: [{ list: 'moneyNouns' }],
  reason: 'One of \'modals\' (not negated; or a modal earlier in the same clause joined by "and": "will treat it as theft and answer with …") then one of \'verbs\' ("would seek to recover", "would take measures against", "will answer with seizures", "would retaliate") in a sentence that names one of \'moneyNouns\' ("assets", "funds", "money", "holdings", "property", "reserves") or one of \'legalVerbs\' with one of \'courtNouns\' within ten words ("would pursue Belgium in international courts") is a threat of sanctions by the modal\'s subject: "Russia would pursue Belgium in international courts if the money were used", "would take measures against Western holdings if the plan went ahead". A verb of answering (\'answerVerbs\') needs "with" and one of \'stepNouns\' after it ("answer with seizures", "respond with countermeasures"). Not a thing done ("Russia sued Euroclear": no modal), not "could"/"might" (a guess), not negated ("would not seize foreign property" reassures), not a sentence with no money ("would pursue talks").',
});

export const assetResponse = defineRule({
  id: 'candidate/asset-response', stage: 'candidate',
  reason: 'A response promised with no manner named ("there will be a response", "would respond,": cues.json retaliation-response, about the fighting by default) after one of candidate/asset-retaliation \'moneyNouns\' earlier in its sentence answers a use of that money: "Any use of our assets without our consent is theft, and there will be a response" threatens sanctions. Not a response of arms ("a military response": one of \'forceWords\' in the cue), not money named only after it.',
});

/** The retaliation-response THREATEN triggers in `raw` answering a use of money named before them in the sentence
 * ("Any use of our assets is theft, and there will be a response"): their default issue becomes sanctions. */
export function assetResponseTriggers(doc: Doc, s: Sentence, raw: Trigger[]): Trigger[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(assetRetaliation.id, list);
  const out: Trigger[] = [];
  for (const t of raw) {
    if (t.type !== 'THREATEN' || t.cue?.id !== 'retaliation-response' || t.defaultIssue !== 'ceasefire' || t.negated) continue;
    let force = false;
    for (let k = t.start; k < t.end; k++) if (w('forceWords').has(tokens[k].lower)) force = true;
    if (force) continue;
    let money = false;
    for (let k = s.tStart; k < t.start && !money; k++) if (w('moneyNouns').has(tokens[k].lower)) money = true;
    if (money) out.push(t);
  }
  return out;
}

/** THREATEN (sanctions) triggers of "would pursue X in court if the money were used", "would answer with seizures of property". */
export function assetRetaliationCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(assetRetaliation.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const money = w('moneyNouns');
  let hasMoney = false;
  for (let k = s.tStart; k < s.tEnd && !hasMoney; k++) if (money.has(lower(k))) hasMoney = true;
  if (!hasMoney) return out;
  const verbs = w('verbs'), answers = w('answerVerbs'), modals = w('modals'), steps = w('stepNouns');
  const legal = w('legalVerbs'), courts = w('courtNouns');
  for (let i = s.tStart + 1; i < s.tEnd; i++) {
    const x = lower(i);
    // The phrase at i: one of 'verbs' (words may follow: "seek to recover", "take measures against"), or a verb of
    // answering with "with" and a step noun within four words ("answer with seizures of Western property").
    let end = phraseEnd(tokens, i, verbs);
    // A verb of legal pursuit needs a court within ten words ("would pursue Belgium in international courts"; not
    // "would pursue a loan backed by the assets").
    if (end < 0) for (const parts of splitPhrases(legal)) {
      if (!parts.every((p, n) => lower(i + n) === p)) continue;
      for (let k = i + parts.length; k < Math.min(s.tEnd, i + parts.length + 10); k++) if (courts.has(lower(k))) { end = i + parts.length; break; }
    }
    if (end < 0 && answers.has(x) && lower(i + 1) === 'with') {
      for (let k = i + 2; k < Math.min(s.tEnd, i + 6); k++) if (steps.has(lower(k))) { end = k + 1; break; }
    }
    if (end < 0) continue;
    // The modal right before (past "also"/"then"), or earlier in the clause with "and" right before the verb.
    let m = i - 1;
    if (lower(m) === 'also' || lower(m) === 'then') m--;
    if (!modals.has(lower(m))) {
      if (lower(i - 1) !== 'and') continue;
      m = -1;
      for (let k = i - 2; k >= Math.max(s.tStart, i - 12); k--) {
        const y = lower(k);
        if (tokens[k].text === ',' || tokens[k].text === ';' || y === 'if' || y === 'unless' || y === 'that' || y === 'but') break;
        if (modals.has(y)) { m = k; break; }
      }
      if (m < 0) continue;
    }
    if (lower(m + 1) === 'not' || lower(m + 1) === 'never' || lower(m - 1) === 'not') continue;
    if (raw.some((r) => r.start < end && r.end > i && r.type === 'THREATEN')) continue;
    const trigger: Trigger = { start: i === m + 1 ? m : i, end, type: 'THREATEN', cue: null, rule: 'asset-retaliation', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'sanctions' };
    out.push({ trigger, detail: `"${tokens[m].text} … ${tokens.slice(i, end).map((t) => t.text).join(' ')}" with money named: a threat of sanctions` });
  }
  return out;
}
