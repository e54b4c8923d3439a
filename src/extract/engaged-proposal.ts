// Readiness to engage with another party's proposal is an answer to it, not an offer of one's own:
// "Baku is ready to discuss the Armenian proposals", "Moscow was prepared to look at the American plan", "Russia
// remained willing to consider the African ideas" agree to take the proposal up (spec §2 ACCEPT: the actor agrees to,
// welcomes or endorses another's proposal). trigger/open-to-proposal reads "open to the proposal"; this rule reads the
// same readiness with a verb of engaging between the cue and the proposal noun. The tuning sets' gold types these
// ACCEPT (own N, V, Z, AM) or ACCEPT|OFFER (own U, AJ), never OFFER alone.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const engagedProposal: MatchRule = defineRule({
  id: 'trigger/engaged-proposal', stage: 'trigger',
  reason: 'Readiness to take up another party\'s proposal with a verb of engaging ("ready to discuss the Armenian proposals", "prepared to look at the American plan", "willing to consider the African ideas", "ready to discuss the basic provisions of the Ethiopian plan") accepts it (spec §2 ACCEPT), as openness to it does (trigger/open-to-proposal): the tuning sets\' gold types these ACCEPT or ACCEPT|OFFER, never OFFER alone. The holder\'s own proposal ("ready to discuss its own proposal", "our plan") and a proposal of no one ("ready to discuss a ceasefire", "the idea of a truce" with no author) stay offers. The verbs (\'verbs\'), the particles after them (\'particles\'), the words that may stand between the verb and the noun (\'partWords\': "the basic provisions of") and the possessives that make it one\'s own (\'ownWords\') are lexicon data; the nouns and determiners are trigger/open-to-proposal\'s. A capitalised adjective the lexicon codes no party for names an author too, another than the holder ("willing to consider the African proposals"), unless it repeats the name of a party before the cue.',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER' || t.cue?.id !== 'willing' || t.negated) return;
    if (doc.tokens[t.end - 1]?.lower !== 'to') return;
    const w = (list: string) => doc.index.words(engagedProposal.id, list);
    // The verb right after the cue, or a second infinitive coordinated with the first ("prepared to receive Mr Witkoff
    // and to discuss the basic provisions of the American plan"), within six tokens.
    let v = t.end;
    if (!w('verbs').has(doc.tokens[v]?.lower ?? '')) {
      v = -1;
      for (let k = t.end + 1; k < Math.min(t.end + 7, s.tEnd - 2); k++) {
        if (doc.tokens[k].lower === 'and' && doc.tokens[k + 1].lower === 'to' && w('verbs').has(doc.tokens[k + 2].lower)) { v = k + 2; break; }
        if (!doc.tokens[k].word) break;
      }
    }
    if (v < 0 || v >= s.tEnd) return;
    const verb = doc.tokens[v].lower;
    let j = v + 1;
    if (j < s.tEnd && w('particles').has(doc.tokens[j].lower)) j++;
    const nouns = doc.index.words('trigger/open-to-proposal', 'nouns');
    const dets = doc.index.words('trigger/open-to-proposal', 'determiners');
    const own = w('ownWords'), parts = w('partWords');
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    // (The holder named before the cue: an author of the same party makes the proposal its own.)
    const holderCodes = new Set(actors.filter((m) => m.end <= t.start && m.codes.length).flatMap((m) => m.codes));
    let author = false, otherAuthor = false, modifiers = 0;
    // Bounded: ten tokens past the verb at most (quotation marks count).
    for (let k = j; k < Math.min(j + 10, s.tEnd); k++) {
      const x = doc.tokens[k].lower;
      if (own.has(x)) return;
      // (A mention may take in the noun itself, "the European proposals": the noun is looked at first.)
      const m = nouns.has(x) ? undefined : actors.find((a) => a.start <= k && k < a.end);
      if (m) {
        author = true;
        if (m.codes.length && m.codes.some((c) => !holderCodes.has(c))) otherAuthor = true;
        if (m.codes.length && m.codes.every((c) => holderCodes.has(c))) return;
        continue;
      }
      if (nouns.has(x)) {
        const inside = actors.find((a) => a.start < k && k < a.end && a.codes.length);
        if (inside) {
          if (inside.codes.every((c) => holderCodes.has(c))) return;
          otherAuthor = true;
        }
        // ("the idea of a truce" with no author: the content is a phrase of its own, perhaps the holder's offer.)
        if (doc.tokens[k + 1]?.lower === 'of' && !otherAuthor) return;
        t.type = 'ACCEPT';
        // (The verb of engaging joins the cue, "ready to discuss": its object is then read from the proposal's words. A
        // coordinated verb leaves the cue as it is.)
        if (v === t.end) t.end = j;
        return { change: `OFFER → ACCEPT (ready to ${verb} the ${x} of another)` };
      }
      if (dets.has(x) || parts.has(x) || x === 's' || x === "'s" || x === '’s' || /^["'“”‘’]$/.test(doc.tokens[k].text)) continue;
      // ("willing to consider the African proposals", "ready to study the Egyptian plan": a capitalised adjective the
      // lexicon codes no party for still names the proposal's author, another than the holder, who is named before the
      // cue; not the holder's own name repeated.)
      if (doc.tokens[k].cap && doc.tokens[k].word && !author && !actors.some((a) => a.end <= t.start && doc.tokens[a.start]?.lower === x)) { author = true; otherAuthor = true; continue; }
      // (Two modifiers at most after the author: "the American draft plan".)
      if (author && doc.tokens[k].word && !doc.tokens[k].cap && ++modifiers <= 2) continue;
      return;
    }
  },
});
