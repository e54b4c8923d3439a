// Acceptance with a proviso (issue 7, "conditions stated as nouns"; spec §2 ACCEPT and "as a condition"): "The US
// proposed a 30-day ceasefire. Ukraine agreed, provided the Russians also wanted an agreement." A bare "agreed" after
// its subject answers the last stance of another party (content/bare-answer), and "provided" before a clause with a
// subject of its own opens a condition that the acceptor demands, as "provided that" does (cue condition). Word lists:
// lexicon/data/rules.json under the rules' ids.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { conditionAt, conditionEnd } from './condition-marks.js';
import { defineRule } from './rules/registry.js';

export const bareAgreement = defineRule({
  id: 'candidate/bare-agreement', stage: 'candidate',
  reason: '"Ukraine agreed, provided the Russians also wanted an agreement", "Armenia agreed.", "Belgrade eventually consented, on condition that …": one of \'verbs\' right after a party (past \'skips\': an auxiliary or adverb), with nothing after it but the sentence\'s end, a comma or a condition, accepts the last stance of another party (the agree cue read bare: content/bare-answer). Not "agreed with Ankara that …" (an opinion shared), "as agreed", "the agreed steps", "it was agreed" (no party right before it).',
});

export const proviso = defineRule({
  id: 'candidate/proviso', stage: 'candidate',
  reason: '"Israel accepted, provided Hamas freed the hostages first": right after an acceptance (an offer\'s or a threat\'s condition is claim/if-condition\'s), "provided" or "providing" opening a clause with a subject of its own (claim/if-condition\'s reading: not "provided Kyiv with air defence", "aid provided by the ministry") is a condition its sentence\'s subject demands, as "provided that" (cue condition) is; it also ends the stance before it, so the acceptance is not read as being about the condition\'s words.',
});

const AGREE_CUE = { id: 'agree', type: 'ACCEPT' as const, phrases: ['agreed'], reason: bareAgreement.reason };
// (Read as the condition cue's "provided that" is: never chained to the stance before it.)
const CONDITION_CUE = { id: 'condition', type: 'DEMAND' as const, complement: true, phrases: ['provided'], reason: proviso.reason };

export const offerProviso = defineRule({
  id: 'candidate/offer-proviso', stage: 'candidate',
  reason: '"Ukraine\'s negotiators offered to give up the ambition to join NATO and to accept a neutral status, provided a group of foreign states guaranteed its security", "Baku agreed to reopen the road, provided Yerevan withdrew its troops": after a comma, "provided" or "providing" opening a clause with a subject of its own (claim/if-condition\'s reading) is the proviso of an offer or acceptance stated before it in the same clause, a condition its holder demands, as "provided that" is; the stance verb inside the proviso ("guaranteed") is part of the condition, not a promise of its own. Not past a clause opener or a verb of saying between the stance and the comma (rules.json words).',
});

/** No clause opener, semicolon or verb of saying in tokens [from, to) (candidate/offer-proviso). */
function clauseBetween(doc: Doc, from: number, to: number): boolean {
  const breaks = doc.index.words(offerProviso.id);
  for (let j = from; j < to; j++) if (breaks.has(doc.tokens[j].lower) || doc.tokens[j].text === ';') return false;
  return to - from <= 30;
}

export function provisoCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string; rule: string }> {
  const out: Array<{ trigger: Trigger; detail: string; rule: string }> = [];
  const { tokens } = doc;
  let verbs: Set<string> | null = doc.index.words(bareAgreement.id, 'verbs'), skips: Set<string> | null = null;
  // (Speed: a match opens at "provided", "providing" or one of the verbs, sentence-words.ts.)
  const sw = doc.sentenceWords;
  if (!sw.has(s.index, verbs) && !sw.hasWord(s.index, 'provided') && !sw.hasWord(s.index, 'providing')) return out;
  const covered = (j: number) => raw.some((r) => r.start <= j && j < r.end);
  for (let i = s.tStart; i < s.tEnd; i++) {
    const w = tokens[i].lower;
    // (Only right after an answer, "agreed, provided …", "accepted, provided …": after an offer or a threat, "would stop
    // striking the grid provided Kyiv ends its raids", the condition is read by claim/if-condition.)
    const prev = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
    const answered = (r: Trigger) => r.type === 'ACCEPT' && r.end === prev + 1;
    // ("Ukraine offered to give up its NATO bid and to accept neutrality, provided a group of states guaranteed its
    // security": after a comma, the proviso of an offer or acceptance earlier in the clause, candidate/offer-proviso.)
    const offered = (r: Trigger) => tokens[i - 1]?.text === ',' && (r.type === 'OFFER' || r.type === 'ACCEPT') && !r.nominal && !r.exchange && r.end <= i - 1 && r.start >= s.tStart && clauseBetween(doc, r.end, i - 1);
    if ((w === 'provided' || w === 'providing') && tokens[i + 1]?.lower !== 'that' && !covered(i) && (raw.some(answered) || out.some((h) => answered(h.trigger)) || raw.some(offered)) && conditionAt(doc, i)) {
      const trigger: Trigger = { start: i, end: i + 1, type: 'DEMAND', cue: CONDITION_CUE, rule: 'cue:condition-proviso', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false };
      // (An offer's proviso ends with its clause: ", provided a group of states guaranteed its security, in the most
      // substantial round of talks" demands no talks.)
      if (!raw.some(answered) && raw.some(offered)) trigger.contentEnd = conditionEnd(doc, i + 1);
      out.push({ trigger, detail: `"${tokens[i].text}" opens a condition`, rule: proviso.id });
      continue;
    }
    verbs ??= doc.index.words(bareAgreement.id, 'verbs');
    if (!verbs.has(w) || covered(i)) continue;
    // Nothing after it but the end, a comma or a condition.
    const next = tokens[i + 1];
    if (next && next.word && !conditionAt(doc, i + 1)) continue;
    if (next && !next.word && next.text !== ',' && next.text !== '.' && next.text !== ';') continue;
    // A party right before it, past auxiliaries and adverbs.
    skips ??= doc.index.words(bareAgreement.id, 'skips');
    let b = i - 1;
    while (b > s.tStart && skips.has(tokens[b].lower)) b--;
    const party = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === b + 1 && !a.object && !a.possessive && a.codes.length);
    // ("regardless of what Moscow and Ankara agreed": a subordinate or relative clause's verb names a content.)
    // (The first of coordinated parties opens the subject: "Moscow and Ankara".)
    if (!party) continue;
    let k = party.start - 1;
    while (k > s.tStart && (tokens[k].lower === 'and' || tokens[k].text === ',' || tokens[k].lower === 'the' || tokens[k].cap)) k--;
    if (k >= s.tStart && doc.index.words(bareAgreement.id, 'notAfter').has(tokens[k].lower)) continue;
    const trigger: Trigger = { start: i, end: i + 1, type: 'ACCEPT', cue: AGREE_CUE, rule: 'cue:agree-bare', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd: i + 1 };
    out.push({ trigger, detail: `"${tokens[i].text}" with nothing after it`, rule: bareAgreement.id });
  }
  return out;
}
