// Who gives and who receives what a signed or endorsed document commits its parties to (the Paris declaration family:
// a coalition's leaders sign up to guarantees and a force for a third state, which signs beside them).
// - A declaration of the signers' own acts is their OFFER (trigger/signed-document), but not for a signer that those
//   acts are for: "Macron, Meloni and Pashinyan signed a declaration of intent on deploying monitors to Armenia" is an
//   offer of France and Italy and Armenia's acceptance (spec §2 ACCEPT: it agrees to what the others put forward). The
//   tuning gold reads the Ukrainian president's signature of the British-French declaration of intent as ACCEPT in
//   every article that has it.
// - On the security guarantees, joining a document ("signed up to a declaration on security guarantees for Armenia",
//   "endorsed a plan for a peacekeeping force that would deploy in Sudan") commits its parties to the force or the
//   guarantees they would give another party: their OFFER, not an acceptance of someone else's proposal. The tuning gold
//   has coalition members signing, adopting or endorsing such a text as OFFER (or OFFER|PROPOSE) throughout; supporting
//   another party's plan ("Kenya has supported the African Union's plan", a possessor before the noun) and the
//   receiving state's own endorsement ("Armenia endorsed the plan for a European force in Armenia") stay acceptances.
// The receiving party is a state named right after a preposition of destination ('destinations': to, in, for …) within
// a few words of the document noun (not a capital: "signed a declaration in Paris" names the venue). Words: rules.json claim/signed-commitment.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const signedCommitment = defineRule({
  id: 'claim/signed-commitment', stage: 'claim',
  reason: 'A document signed or joined whose content is a commitment to another party: a signer the declared acts are for (a party right after one of \'destinations\' past the document noun, \'documents\') accepts them, OFFER → ACCEPT ("Macron, Meloni and Pashinyan signed a declaration of intent on deploying monitors to Armenia": ARM ACCEPT); on the security guarantees, a party that joins such a document (\'joins\': signed up to, endorsed, adopted, with no other party\'s possessive before the noun) for a party other than itself offers the guarantees or the force, ACCEPT → OFFER ("The Nordic states signed up to a declaration on security guarantees for Armenia").',
});

const lower = (doc: Doc, k: number) => doc.tokens[k]?.lower ?? '';

/** The document noun a joining or signing cue takes as its object (determiners and modifiers between), else -1. */
function documentAfter(doc: Doc, s: Sentence, from: number): number {
  const w = (list: string) => doc.index.words(signedCommitment.id, list);
  for (let k = from; k < Math.min(s.tEnd, from + 5); k++) {
    if (w('documents').has(lower(doc, k))) return k;
    if (/^[,;:.()"“”]$/.test(doc.tokens[k].text)) return -1;
  }
  return -1;
}

/** The parties named right after a preposition of destination within the document's content (from `from`). */
function recipientsAfter(doc: Doc, s: Sentence, from: number): string[] {
  const w = (list: string) => doc.index.words(signedCommitment.id, list);
  const window = Number([...w('window')][0] ?? 18);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const out: string[] = [];
  for (let k = from; k < Math.min(s.tEnd, from + window); k++) {
    if (/^[;:]$/.test(doc.tokens[k].text) || lower(doc, k) === 'but') break;
    if (!w('destinations').has(lower(doc, k))) continue;
    const at = lower(doc, k + 1) === 'the' ? k + 2 : k + 1;
    // (A state's name, not a capital: "signed a declaration of intent in Paris" names the venue.)
    const m = actors.find((a) => a.start === at && !a.possessive && a.kind === 'party');
    if (m) out.push(...m.codes);
  }
  return out;
}

/** The type `actor`'s claim takes from a signed or joined document whose content commits to another party, else null. */
export function signedCommitmentType(doc: Doc, s: Sentence, t: Trigger, actor: string, type: string, issue: string): 'ACCEPT' | 'OFFER' | null {
  const w = (list: string) => doc.index.words(signedCommitment.id, list);
  if (t.negated) return null;
  if (type === 'OFFER' && w('signs').has(lower(doc, t.start))) {
    const noun = documentAfter(doc, s, t.start + 1);
    if (noun < 0) return null;
    return recipientsAfter(doc, s, noun + 1).includes(actor) ? 'ACCEPT' : null;
  }
  if (type === 'ACCEPT' && issue === 'security_guarantees') {
    const cue = [];
    for (let k = t.start; k < t.end; k++) cue.push(lower(doc, k));
    if (!w('joins').has(cue.join(' '))) return null;
    const noun = documentAfter(doc, s, t.end);
    if (noun < 0) return null;
    // (Another party's document is supported, not joined: "backed the coalition's declaration".)
    if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.possessive && a.start >= t.end && a.start < noun)) return null;
    const to = recipientsAfter(doc, s, noun + 1);
    return to.length > 0 && !to.includes(actor) ? 'OFFER' : null;
  }
  return null;
}
