// A meeting a party says could or would be held, with no condition: "Ushakov said the next meeting between the two
// presidents could take place in Moscow", "Zelensky said a second summit could be held within months", "Witkoff said
// further talks would take place in the coming weeks". candidate/possible-meeting reads such a sentence only with a
// condition after it ("once a treaty is ready": an offer) and leaves the bare happening as a schedule. But a schedule a
// party announces for talks it takes part in or brokers, a venue or a time it names, is its proposal of that format
// (spec §2 PROPOSE: "a format"; the tuning gold files these PROPOSE, some also OFFER or ACCEPT). What stays a schedule
// (spec §1, "the summit might occur next week") is the sentence with no one saying it, a question of whether or when it
// takes place ("did not say when the next round would take place"), and a denial or doubt before it ("I can't imagine
// that the next meeting would take place without a ceasefire", which sets a condition, not a date). No party is the
// subject, so the sentence's speaker holds it, as for a possible meeting. Word lists: lexicon/data/rules.json under the id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { NEGATORS } from './negators.js';

export const reportedMeetingTime = defineRule({
  id: 'candidate/reported-meeting-time', stage: 'candidate',
  needs: [{ list: 'nouns', rule: 'candidate/possible-meeting' }],
  reason: 'A meeting (candidate/possible-meeting\'s nouns) that a modal says "could take place", "would be held" (its happenings) with no condition after it is the proposal of talks of the party that says so, a verb of saying (rules.json speech-verbs) in the sentence: "Ushakov said the next meeting could take place in Moscow" = RUS PROPOSE talks. Not after a word of asking or doubt (\'blockers\': "whether", "when", "imagine") or a denial in the words before the meeting. A new meeting only (\'newWords\': "the next meeting", "a second summit"; "the meeting", "such a meeting" are fixed already), and a possibility (\'modals\': "could", "may"; "would" and "will" announce what was agreed). Not a "round" of the delegations (no noun of the list): their next round continues talks agreed, which the tuning gold files with that agreement.',
});

/** Whether the unconditioned happening of the meeting noun at `n`, its modal at `pred`, is reported as a party's proposal. */
export function reportedMeetingAt(doc: Doc, s: Sentence, n: number, pred: number): boolean {
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const w = (list: string) => doc.index.words(reportedMeetingTime.id, list);
  // (A meeting already fixed, "the meeting", "the talks", "such a meeting", is scheduled, not put forward: only a new one,
  // "a meeting", "another summit", "the next meeting", "a second summit", or talks with no determiner, 'newWords'.)
  const fresh = w('newWords');
  let k0 = n - 1, isNew = false;
  while (k0 >= s.tStart && k0 >= n - 4 && tokens[k0].word && !['the', 'a', 'an', 'such', 'this', 'that', 'any'].includes(lower(k0))) { if (fresh.has(lower(k0))) isNew = true; k0--; }
  const det = lower(k0);
  if ((det === 'the' || det === 'such' || det === 'this' || det === 'that' || det === 'any') && !isNew) return false;
  if (lower(k0 - 1) === 'such') return false;
  // (A possibility, "could", "may", "might", "can", is put forward; "would" and "will" announce what was agreed, which
  // the parties' agreement carries.)
  if (!w('modals').has(lower(pred))) return false;
  // (Someone says it: a verb of saying anywhere in the sentence, before or after the meeting.)
  const speech = doc.index.words('speech-verbs');
  let said = false;
  for (let k = s.tStart; k < s.tEnd; k++) if (speech.has(lower(k)) || (lower(k) === 'according' && lower(k + 1) === 'to')) { said = true; break; }
  if (!said) return false;
  // (A question of whether, when or where it takes place, a doubt or a denial in the words before the meeting: no
  // proposal. The walk stops at the verb of saying that opens the clause.)
  const blockers = w('blockers');
  for (let k = n - 1; k >= s.tStart && k >= n - 8; k--) {
    const x = lower(k);
    if (blockers.has(x) || NEGATORS.has(x) || x === 't') return false;
    if (speech.has(x)) break;
  }
  return true;
}
