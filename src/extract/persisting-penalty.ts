// A penalty kept in place until the other side acts (issue 7, "conditions"): "the sanctions would remain in place until
// Moscow ended its aggression", "the assets will stay immobilised until Russia compensates Ukraine", "Tokyo will
// maintain its sanctions until there is a just and lasting peace". Saying that a penalty lasts until a condition is
// met is a demand about that penalty (spec §2 DEMAND: a precondition stated by the party that holds the penalty):
// the claim's issue is the penalty's (sanctions), not the condition's, whose words are only its price. The passive
// shape (a penalty noun as the subject of a verb of lasting) is held like a deontic, by the quote's or the
// sentence's speaker; the active one ("will maintain the sanctions until …") by its subject. Not negated ("will not
// remain frozen"), not a time ("until the end of the year", "until 2027"): the words after the conjunction must name
// a party, an existential "there", or one of 'conditionHeads'. Word lists: lexicon/data/rules.json under the id.
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';
import { NEGATORS } from './negators.js';

export const persistingPenalty = defineRule({
  id: 'candidate/persisting-penalty', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'subjects' }],
  reason: 'A penalty (\'subjects\': sanctions, the frozen assets) that one of \'verbs\' says will last ("would remain in place", "stay immobilised", "be kept frozen") or that a party will keep (\'keepVerbs\': "will maintain the sanctions") until a condition (\'conjunctions\': until, unless, as long as) naming a party, "there", or one of \'conditionHeads\' is demanded by whoever says so: issue sanctions. Not negated, not when the conjunction opens a time ("until the end of the year").',
});


/** DEMAND triggers of "the sanctions will remain until …", "will maintain the sanctions until …" in the sentence. */
export function persistingPenaltyCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(persistingPenalty.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const verbs = w('verbs'), keepVerbs = w('keepVerbs'), subjects = w('subjects');
  // (Every match names a penalty: a sentence without one of 'subjects' returns at once, the document's word index.)
  if (!doc.sentenceWords.has(s.index, subjects)) return out;
  const conditions = splitPhrases(w('conjunctions'));
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const partyAt = (k: number) => actors.some((a) => a.start === k && a.codes.length > 0);
  const deniedIn = (from: number, to: number) => { for (let k = from; k < to; k++) if (NEGATORS.has(lower(k))) return true; return false; };
  for (let i = s.tStart; i < s.tEnd; i++) {
    const lasting = verbs.has(lower(i));
    const keeping = !lasting && keepVerbs.has(lower(i));
    if (!lasting && !keeping) continue;
    // The penalty: for a verb of lasting, its subject a few words before ("the sanctions on Russia would remain",
    // "Russian assets, he said, will stay"); for a verb of keeping, its object right after ("maintain its sanctions").
    let penalty = -1;
    if (lasting) {
      for (let k = i - 1; k >= Math.max(s.tStart, i - 7); k--) {
        if (subjects.has(lower(k))) { penalty = k; break; }
        if (tokens[k].text === ';') break;
      }
    } else {
      for (let k = i + 1; k < Math.min(s.tEnd, i + 5); k++) if (subjects.has(lower(k))) { penalty = k; break; }
    }
    if (penalty < 0) continue;
    // Denied: "will not remain", "won't stay", "never be maintained".
    if (lasting ? deniedIn(penalty + 1, i) : deniedIn(Math.max(s.tStart, i - 3), i)) continue;
    // The condition within a few words after the verb (past "in place", "frozen", "where they are", its object):
    // one of 'conjunctions', "as long as" and "for as long as" among them.
    const from = keeping ? penalty + 1 : i + 1;
    let c = -1, cEnd = -1;
    for (let k = from; k < Math.min(s.tEnd, from + 8) && c < 0; k++) {
      if (tokens[k].text === ';' || tokens[k].text === ':') break;
      for (const parts of conditions) if (parts.every((x, n) => lower(k + n) === x) && k + parts.length > cEnd) { c = k; cEnd = k + parts.length; }
    }
    if (c < 0) continue;
    // A condition, not a time: a party, "there is", or a head of a state of affairs within three words.
    let cond = false;
    for (let k = cEnd; k < Math.min(s.tEnd, cEnd + 3) && !cond; k++) if (partyAt(k) || (k === cEnd && lower(k) === 'there') || w('conditionHeads').has(lower(k))) cond = true;
    if (!cond) continue;
    // (A stance already found on the verb, "will keep up pressure" read otherwise, stays.)
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    const t: Trigger = {
      start: i, end: i + 1, type: 'DEMAND', cue: null, rule: 'persisting-penalty', negated: false, nominal: false, complement: false,
      modal: lasting, object: 'after', modality: 'conditional', exchange: false, defaultIssue: 'sanctions', contentEnd: keeping ? penalty + 1 : i + 1,
    };
    out.push({ trigger: t, detail: `"${tokens[penalty].text} … ${tokens[i].text} … ${tokens[c].text}": a penalty kept until a condition is met is a demand` });
  }
  return out;
}
