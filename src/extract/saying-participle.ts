// The speaker of a participle of saying after a comma (issue 7, holders): "Putin rejected the ceasefire that Ukraine had
// accepted, saying that any such truce would require an end to Western military aid" is Putin's demand, not Ukraine's.
// The participle ("saying", "adding", "arguing") continues the clause before its comma, so that clause's subject speaks
// what follows; the party of a relative clause inside it ("that Ukraine had accepted", "the offer Hamas made") is the
// nearest party before the stance, and was taken for its holder. Word lists: lexicon/data/rules.json under the id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import { defineRule } from './rules/registry.js';
import { withCoordinated, type HolderRule } from './holder.js';

/** How far (tokens) before the stance the participle may stand: "saying that any such truce would require". */
const PARTICIPLE_REACH = 12;

export const sayingParticiple: HolderRule = defineRule({
  id: 'holder/saying-participle', stage: 'holder',
  reason: 'A stance in the complement of a participle of saying after a comma (\'words\': "…, saying that any such truce would require …", "…, adding that a deal must include …") is spoken by the subject of the clause the participle continues: the last party before the comma that opens a clause (at the sentence\'s start or after one of \'openers\': a comma, "and", "but", "while" …), not a party inside a relative clause of its object ("the ceasefire that Ukraine had accepted", "the offer Hamas made on Monday"). Only for a deontic or a cue of \'cues\' (require, need, must: what the speaker says a thing requires), when the complement names no subject party of its own ("saying Armenia must withdraw" is Armenia\'s to hold or not), and only when such a relative party stands between.',
  find({ doc, s, t, list, inQuote }) {
    // (Only a demand the speaker states of a thing: "any such truce would require …", "a settlement must include …";
    // "saying a plan drafted without Ukraine only offered …" is what the plan does, no stance of the speaker's.)
    if (inQuote || !(t.modal || doc.index.words(this.id, 'cues').has(t.cue?.id ?? ''))) return;
    const { tokens } = doc;
    const words = doc.index.words(this.id);
    let p = -1;
    for (let k = t.start - 1; k > s.tStart && t.start - k <= PARTICIPLE_REACH; k--) {
      if (tokens[k].text === ';' || tokens[k].text === '"' || tokens[k].text === ':') return;
      if (words.has(tokens[k].lower) && tokens[k - 1]?.text === ',') { p = k; break; }
    }
    if (p < 0) return;
    // (The complement's own subject: "saying Armenia must withdraw".)
    if (list.some((m) => m.start > p && m.end <= t.start && !m.object && !m.possessive)) return;
    const comma = p - 1;
    const openers = doc.index.words(this.id, 'openers');
    let speaker: ActorMention | undefined;
    let relative = false;
    for (const m of list) {
      if (m.end > comma || m.inQuote || m.object || m.possessive || !m.codes.length) continue;
      if (opensClause(doc, s, m, openers)) { speaker = m; relative = false; }
      else if (speaker) relative = true;
    }
    if (!speaker || !relative) return;
    return { codes: withCoordinated(doc, list, speaker), mention: speaker, via: 'speaker' };
  },
});

/** Mention m opens a clause: it starts the sentence or follows one of 'openers' (past "the"). */
function opensClause(doc: Doc, s: Sentence, m: ActorMention, openers: Set<string>): boolean {
  let b = m.start - 1;
  if (doc.tokens[b]?.lower === 'the' && b >= s.tStart) b--;
  return b < s.tStart || openers.has(doc.tokens[b].lower);
}
