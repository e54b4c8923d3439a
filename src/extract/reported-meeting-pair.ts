// "Aliyev's aide said that Aliyev and Pashinyan could meet in Prague, but only when the text is ready": a meeting of two
// leaders reported by a third party's speaker is a stance of the speaker's side (the one announcing when or whether the
// meeting may happen), not of the party named last in the pair of those who would meet. The pair is the subject of a
// reciprocal verb of meeting right after it (a modal or adverb between); the speaker is the subject of the verb of
// saying that opens the that-clause. When the speaker is one of the pair ("Trump said he and Putin would meet"),
// holder/nearest-subject already gives it. Words: rules.json holder/reported-meeting-pair.
import type { HolderRule } from './holder.js';
import { speakerOf } from './holder.js';
import { defineRule } from './rules/registry.js';

export const reportedMeetingPair: HolderRule = defineRule({
  id: 'holder/reported-meeting-pair', stage: 'holder',
  reason: '"The Armenian spokesman said that Pashinyan and Aliyev could meet in Prague, but only once the text is agreed", "He added that Vucic and Kurti might meet in Brussels": two parties joined by "and" (titles between) as the subject of a reciprocal verb of meeting (\'verbs\', after up to three modals or adverbs of \'skips\'), opening a that-clause or the report right after a verb of saying, do not hold the stances of that clause: the speaker who reports the meeting does (its party from a name, a title or a pronoun carried before). Not when the speaker is one of the pair.',
  find({ doc, s, t, list, inQuote }) {
    if (inQuote) return;
    const { tokens } = doc;
    const verbs = doc.index.words(this.id, 'verbs');
    const skips = doc.index.words(this.id, 'skips');
    const titles = doc.index.words(this.id, 'titles');
    // The second of the pair: the last party before the stance that is followed by the verb of meeting.
    const before = list.filter((a) => a.end <= t.start && a.start >= s.tStart && !a.object && !a.possessive && a.codes.length > 0);
    const second = before[before.length - 1];
    if (!second) return;
    let v = second.end;
    while (v < t.end && skips.has(tokens[v]?.lower ?? '') && v - second.end < 3) v++;
    if (!verbs.has(tokens[v]?.lower ?? '') || v >= t.end) return;
    // The first of the pair: "X and [US President] Y" (a party adjective of the title, "US", is passed over).
    let first: typeof second | undefined;
    let sawAnd = false;
    for (let k = second.start - 1; k >= s.tStart && second.start - k <= 6; k--) {
      const w = tokens[k];
      if (w.lower === 'and') { sawAnd = true; continue; }
      if (sawAnd) { first = before.find((a) => a.end === k + 1); break; }
      if (!(w.cap || titles.has(w.lower) || w.text === '.')) return;
    }
    if (!first || first.codes.length === 0) return;
    // Opening the reported clause: "that" or a verb of saying right before the pair.
    const sp = speakerOf(doc, s, list, t);
    if (!sp || sp === first || sp === second || sp.end > first.start) return;
    if (sp.codes.length === 0) return;
    return { codes: [...sp.codes], mention: sp, via: 'speaker' };
  },
});
