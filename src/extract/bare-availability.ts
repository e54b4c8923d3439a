// A party or its city said to be available, with nothing after "available" but the end of the clause or an open
// scope ("at any time", "for any step", "if both sides wished"), offers itself as host or go-between, as "available
// to host talks" does (cue 'available'): "the Vatican remained available \"for any step that brings the two peoples
// closer\"", "Vienna \"is available at any time and at any level\" if both sides wished to meet there", "Ankara keeps
// repeating that Istanbul is available". Its issue is talks (spec §2: meetings, format, venue). The subject right
// before the verb of being (or before an appositive set off by commas) must be a party, a capital standing for one, or
// a pronoun standing for one; a thing available ("the text is available",
// "funds were available") or "available for comment" offers nothing. Words: rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const bareAvailability = defineRule({
  id: 'candidate/bare-availability', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'words' }],
  reason: 'A party said to be available with no object of the cue available after it offers its good offices, talks: "the Vatican remained available \\"for any step that brings the two peoples closer\\"", "Vienna \\"is available at any time and at any level\\"", "Istanbul is available". Needs a verb of being (\'be\') right before "available" (adverbs \'adverbs\' between), a party mention (not possessive) right before that verb, and after "available" the clause\'s end, a comma, or an open scope (\'after\': "at any time", "for any", "if", "whenever"); not negated.',
});

export function bareAvailabilityCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(bareAvailability.id, list);
  const words = w('words');
  if (!doc.sentenceWords.has(s.index, words)) return out;
  const be = w('be'), adverbs = w('adverbs'), after = w('after'), afterAny = w('afterAny'), negators = w('negators');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let i = s.tStart + 2; i < s.tEnd; i++) {
    if (!words.has(tokens[i].lower)) continue;
    // Back over adverbs and quotation marks to the verb of being.
    let k = i - 1;
    while (k > s.tStart && (adverbs.has(tokens[k].lower) || tokens[k].text === '"')) k--;
    if (!be.has(tokens[k].lower)) continue;
    let negated = false;
    for (let j = k + 1; j < i; j++) if (negators.has(tokens[j].lower)) negated = true;
    // ("would be available", "will remain available": a modal before the verb.)
    let subjEnd = k;
    if (k - 1 > s.tStart && (tokens[k - 1].lower === 'would' || tokens[k - 1].lower === 'will')) subjEnd = k - 1;
    while (subjEnd > s.tStart && tokens[subjEnd - 1].text === '"') subjEnd--;
    if (negators.has(tokens[subjEnd - 1]?.lower ?? '')) negated = true;
    if (negated) continue;
    const who = actors.find((a) => a.end === subjEnd && !a.possessive && a.codes.length > 0);
    // (An appositive between the party and its verb: "Vienna, a seat of the United Nations and the OSCE, \"is available".)
    const apposed = !who && tokens[subjEnd - 1]?.text === ',' ? actors.find((a) => !a.possessive && a.kind !== 'pronoun' && a.codes.length > 0 && tokens[a.end]?.text === ',' && a.end < subjEnd - 1 && subjEnd - a.end <= 12) : undefined;
    const subject = who ?? apposed;
    if (!subject) continue;
    // After "available": the clause's end, or an open scope.
    let n = i + 1;
    while (n < s.tEnd && tokens[n].text === '"') n++;
    const x = tokens[n];
    const open = n >= s.tEnd || !x.word || after.has(x.lower) || (afterAny.has(x.lower) && tokens[n + 1]?.lower === 'any');
    if (!open) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    const t: Trigger = { start: k, end: i + 1, type: 'OFFER', cue: null, rule: 'bare-availability', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'talks', heldBy: subject.codes, heldByParty: true };
    out.push({ trigger: t, detail: `"${tokens[k].text} … ${tokens[i].text}" with no object: ${subject.codes.join('+')} offers its good offices` });
  }
  return out;
}
