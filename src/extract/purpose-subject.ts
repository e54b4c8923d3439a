// "Kyiv was bombarded on Friday as African leaders visited Ukraine in an attempt to mediate": an effort stated as the
// purpose of a clause's verb ("in an attempt to", "in a bid to", "in an effort to") is made by that clause's subject,
// not by a party of the clause before it. When the subject is no party the lexicon knows, nobody is found, rather than
// the last party named ("Kyiv"). Words: rules.json holder/purpose-subject.
import type { HolderRule } from './holder.js';
import { defineRule } from './rules/registry.js';

export const purposeSubject: HolderRule = defineRule({
  id: 'holder/purpose-subject', stage: 'holder',
  reason: 'A cue of \'cues\' after "in" ("in an attempt to mediate", "in a bid to broker") is the purpose of its clause\'s verb: its holder is that clause\'s subject, the first party (not an object, not a possessive) after the clause\'s opener (\'openers\': "as", "while", "when"), else nobody.',
  find({ doc, s, t, list }) {
    if (!t.cue || !doc.index.words(this.id, 'cues').has(t.cue.id) || doc.tokens[t.start - 1]?.lower !== 'in') return;
    const openers = doc.index.words(this.id, 'openers');
    let b = s.tStart;
    for (let k = t.start - 2; k > s.tStart; k--) if (openers.has(doc.tokens[k].lower)) { b = k + 1; break; }
    const m = list.find((a) => a.start >= b && a.end <= t.start && !a.object && !a.possessive && a.codes.length > 0);
    return m ? { codes: [...m.codes], mention: m, via: 'subject' } : 'none';
  },
});
