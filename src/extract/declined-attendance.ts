// Attending is the talks: "China declined to attend", "Putin declined to attend in person", "Aliyev refused to come to
// Prague", "Pashinyan agreed to come to Prague", "Kurti is ready to travel to Brussels". A stance whose object is a bare
// verb of attending, coming or taking part names no issue of its own; the meeting it goes to or stays away from is the
// talks, so the stance is on the talks when no other issue is named after it ("declined to take part in the joint
// borrowing" keeps its own). "Putin will not attend" already reads so (content/harm-issue).
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const declinedAttendance: MatchRule = defineRule({
  id: 'trigger/declined-attendance', stage: 'trigger',
  reason: '"China declined to attend", "Aliyev refused to come to Prague", "Pashinyan agreed to come to Prague": a stance cue (no threat, no noun) whose "to" takes a verb of attending (\'attendance\': attend, come, take part, participate, show up, travel …) with nothing after it but a place or "in person" is a stance on the meeting, the talks, when the words after it name no other issue (the issue is a default, used only then).',
  apply(t, { doc }) {
    if (!t.cue || t.type === 'THREATEN' || t.nominal) return;
    const w = (list: string) => doc.index.words(this.id, list);
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    // (The verb's "to", after the cue or as its last word: "declined to attend", "agreed to come", "ready to travel".)
    const to = lower(t.end - 1) === 'to' ? t.end - 1 : lower(t.end) === 'to' ? t.end : -1;
    if (to < 0) return;
    const one = lower(to + 1), two = `${one} ${lower(to + 2)}`;
    const verb = w('attendance').has(two) ? two : w('attendance').has(one) ? one : '';
    if (!verb) return;
    // (Only with nothing after it, "in person", or a place, "to Prague", "in Istanbul": "declined to take part in the
    // joint borrowing" stays away from something else, not a meeting.)
    const k = to + 1 + verb.split(' ').length;
    const x = doc.tokens[k];
    const bare = !x || !x.word || w('after').has(x.lower) || (lower(k) === 'in' && lower(k + 1) === 'person')
      || (w('placePrepositions').has(x.lower) && !!doc.tokens[k + 1]?.cap);
    if (!bare) return;
    t.defaultIssue = 'talks';
    return { change: `attending ("to ${verb}") is the talks, unless an issue is named after it` };
  },
});
