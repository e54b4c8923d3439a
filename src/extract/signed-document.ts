// Signing (issue 7, the claim audit: "signed" as an ACCEPT cue was right once in twenty-one claims on the tuning sets).
// What a party signed decides what the signing says. "Paris and Rome signed a declaration under which they would train
// Moldovan units", "signed a letter of intent to send engineers": the document states the signers' own future acts,
// an OFFER of them. "Baku and Yerevan signed the peace agreement", "signed a memorandum": agreeing to a text negotiated
// with another side, the ACCEPT the cue has always given. Anything else is no stance: the passive ("no documents were
// signed", "a final text to be signed by the parties"), a thing signed that is no agreement ("signed a decree",
// "signed the law", "signed a mirror text"), nothing signed at all ("We want to see them signed", "signed in October").
// Word lists: lexicon/data/rules.json under the id.
import { defineRule } from './rules/registry.js';
import type { MatchRule } from './triggers.js';

const lowerAt = (doc: { tokens: Array<{ lower: string }> }, i: number) => doc.tokens[i]?.lower ?? '';

export const signedDocument: MatchRule = defineRule({
  id: 'trigger/signed-document', stage: 'trigger',
  reason: 'The bare cue "signed" (not "signed off on", "signed up to") in the active voice: a noun after it with only determiners and modifiers between (\'between\', and \'counterparts\': mirror, identical, parallel, set off by a comma or quotes). ("signed mirror agreements", "signed a separate, identical accord"; a plain "mirror text" stays no stance: its issue is no one\'s to read.) An agreement (\'agreements\': agreement, deal, memorandum, ceasefire …) is accepted, the cue\'s ACCEPT. A declaration (\'declarations\': declaration, letter of intent, pledge …) whose content is linked to it ("under which", "in which", "setting out", "pledging", "to" + verb, within \'window\' tokens past the noun: \'links\') is the signers\' OFFER of that content; a declaration with no such content, any other thing signed ("a decree", "the law"), a passive ("was signed", "to be signed by") or nothing signed is no stance.',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT' || t.end - t.start !== 1 || lowerAt(doc, t.start) !== 'signed') return;
    const w = (list: string) => doc.index.words(this.id, list);
    // (The passive: "were signed", "to be signed by the parties", "guarantees signed before …".)
    // (With its agent the signer is named: "once the treaty is signed by Baku" is read by the agent rules; not a
    // signing still to come, "a final text to be signed by the parties".)
    const toBe = lowerAt(doc, t.start - 1) === 'be' && lowerAt(doc, t.start - 2) === 'to';
    if (lowerAt(doc, t.end) === 'by' && !toBe) return;
    if (w('passiveBefore').has(lowerAt(doc, t.start - 1))) return { drop: 'a passive "signed": no party signs in the clause' };
    let j = t.end;
    // ("Russia and Ukraine signed mirror agreements with Turkey and the UN", "each signed a parallel accord": one
    // side's copy of a text signed in parallel is an agreement too ('counterparts'); its modifiers may be set off by a
    // comma or quoted, "signed a separate, identical agreement", "an identical "mirror" accord".)
    const setOff = (k: number) => /^[,"'\u201c\u201d\u2018\u2019]$/.test(doc.tokens[k]?.text ?? '') && j > t.end;
    while (j < s.tEnd && j < t.end + 6 && (w('between').has(lowerAt(doc, j)) || w('counterparts').has(lowerAt(doc, j)) || setOff(j))) {
      j++;
    }
    const noun = lowerAt(doc, j);
    // (An agreement is accepted whatever it provides for: "signed an agreement to exchange prisoners" agrees to a
    // text the other side wrote too.)
    if (w('agreements').has(noun)) return;
    if (!w('declarations').has(noun)) return { drop: `"signed" ${noun ? `"${doc.tokens[j].text}", ` : ''}no agreement or declaration` };
    const window = Number([...w('window')][0] ?? 12);
    for (let k = j + 1; k < s.tEnd && k <= j + window; k++) {
      const x = lowerAt(doc, k);
      if (x === ';' || x === 'but') break;
      // ("… to send forces": "to" and a verb; "under which they would", "setting out", "pledging to".)
      const link = w('links').has(`${x} ${lowerAt(doc, k + 1)}`) ? 2 : w('links').has(x) ? 1
        : x === 'to' && doc.tokens[k + 1]?.word && !w('notVerbs').has(lowerAt(doc, k + 1)) ? 1 : 0;
      if (!link) continue;
      t.type = 'OFFER';
      t.adjunctEnd = k + link;
      return { change: `ACCEPT → OFFER (the ${noun} states the signers' own acts: "${doc.tokens[k].text}")` };
    }
    return { drop: `"signed" a ${noun} that states no act of the signers` };
  },
});
