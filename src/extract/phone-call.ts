// "held a video call on Tuesday": the noun "call" before a day or date is a conversation, not the verb
// "call on" that urges someone (issue 7: a holder found for the sentence must not make it a demand).
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const callOnDate: MatchRule = defineRule({
  id: 'trigger/call-on-date', stage: 'trigger',
  reason: '"The coalition held a video call on Tuesday after which its members said …", "a phone call on 12 March": "call on" followed by a day, a month or a date names a conversation, not a demand on someone; the verb takes a party or a people noun ("called on Moscow to …").',
  apply(t, { doc }) {
    const w = doc.tokens[t.end - 1]?.lower;
    // (Only the noun's forms: "Zelensky called on Monday for a truce" is the verb, its object later.)
    const v = doc.tokens[t.start].lower;
    if (w !== 'on' || (v !== 'call' && v !== 'calls')) return;
    const next = doc.tokens[t.end];
    if (!next) return;
    if (doc.index.words(this.id).has(next.lower) || /^\d/.test(next.text)) return { drop: `a call on ${next.text}` };
  },
});
