// A party's stated position as a frame: "Moscow's position is that Ukraine must stay out of NATO", "Kyiv's position
// is clear: Russia must withdraw", "Our position remains unchanged: no territorial concessions" (issue 7: holders
// inside noun phrases, "Moscow's position that"). The position noun's possessor holds the stances of the clause
// after it; a clause with no stance of its own is the position itself (cues.json demand-noun, "no X" refuses X).
// Word lists: lexicon/data/rules.json under candidate/position-frame.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const positionFrame = defineRule({
  id: 'candidate/position-frame', stage: 'candidate',
  reason: 'A party\'s position stated with a copula and "that" or a colon ("Moscow\'s position is that Ukraine must stay out of NATO", "Baku\'s position is clear: the corridor must open") is held by the possessor: the stances of the clause after it are that party\'s (not the clause subject\'s, nor a missing speaker\'s), and the position noun makes no second claim; with no stance after it, the position is the claim, and "no X" after the colon refuses X.',
});

/** Marks the stances after a position frame as held by its possessor; returns what it did, for the trace. */
export function positionFrameCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const nouns = doc.index.words(positionFrame.id);
  for (let q = raw.length - 1; q >= 0; q--) {
    const t = raw[q];
    if (t.cue?.id !== 'demand-noun') continue;
    const first = doc.tokens[t.start].lower;
    const nounAt = nouns.has(first) ? t.start : nouns.has(doc.tokens[t.start + 1]?.lower ?? '') ? t.start + 1 : -1;
    if (nounAt < 0) continue;
    // The frame opens a clause: past a copula and its adjective ("is clear", "remains unchanged"), "that" or a colon.
    let opens = -1;
    for (let j = nounAt + 1; j < Math.min(nounAt + 5, s.tEnd) && opens < 0; j++) {
      const x = doc.tokens[j];
      if (x.lower === 'that' || x.text === ':') opens = j + 1;
      else if (!x.word) break;
    }
    // (Only a copula's frame: "Moscow's position that …" with no copula is a noun, maybe another stance's object,
    // "Belarus has adopted Moscow's position that …", and keeps its own claim.)
    if (opens < 0 || !doc.index.words(positionFrame.id, 'copulas').has(doc.tokens[nounAt + 1]?.lower ?? '')) continue;
    // The possessor: "Moscow's", "the Kremlin's", "our" (a pronoun the reading resolved).
    const owner = (doc.actorsBySentence.get(s.index) ?? []).find((m) => m.codes.length && (m.possessive || m.kind === 'pronoun') && m.end <= nounAt && nounAt - m.end <= 2 && m.start >= s.tStart);
    if (!owner) continue;
    const inside = raw.filter((r) => r !== t && r.start >= opens && r.start < s.tEnd && !r.heldBy);
    if (inside.length) {
      for (const r of inside) { r.heldBy = [...owner.codes]; r.heldByParty = true; }
      raw.splice(q, 1);
      out.push({ trigger: inside[0], detail: `held by ${owner.codes.join('+')} (its stated position)` });
      continue;
    }
    if (doc.index.words(positionFrame.id, 'refusals').has(doc.tokens[opens]?.lower ?? '')) {
      t.type = 'REJECT';
      out.push({ trigger: t, detail: `"${doc.tokens[opens].text} …": the position refuses what follows` });
    }
  }
  return out;
}

export const positionFrameInsert = defineRule({
  id: 'candidate/position-frame-insert', stage: 'candidate',
  reason: 'A party\'s position whose copula and "that" stand past an insert ("Armenia\'s position, Pashinyan said, was that …", "Kosovo\'s position, set out by Kurti in a letter, is that …", "Eritrea\'s stance on the border has always been that …", "The Serbian position, according to a spokesman, remains that …") is a position frame as candidate/position-frame reads it: the stances of the clause after "that" are the possessor\'s (or the party adjective\'s), not the clause subject\'s nor the speaker\'s of the insert. The insert is one stretch set off by commas (up to 16 words), or up to five words with no punctuation (a prepositional phrase, "since September"), or an auxiliary and adverb before the copula ("has always been"); rules.json \'copulas\', \'auxiliaries\'.',
});

/** Marks the stances after a position frame with an insert before its copula as held by the possessor (candidate/position-frame-insert). */
export function positionFrameInsertCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const nouns = doc.index.words(positionFrame.id);
  const copulas = doc.index.words(positionFrameInsert.id, 'copulas');
  const aux = doc.index.words(positionFrameInsert.id, 'auxiliaries');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let n = s.tStart + 1; n < s.tEnd - 2; n++) {
    if (!nouns.has(tokens[n].lower)) continue;
    // The possessor or party adjective right before the noun: "Armenia's position", "our position", "The Serbian position".
    // (The possessive's "'s" may stand between: tokens "Armenia", "'", "s".)
    const owner = actors.find((m) => m.codes.length && m.end <= n && m.start >= s.tStart && !m.object
      && ((m.possessive && tokens.slice(m.end, n).every((x) => x.text === "'" || x.text === '’' || x.lower === 's'))
        || (m.end === n && tokens[m.start - 1]?.lower === 'the')));
    if (!owner) continue;
    // (A copula right after the noun is candidate/position-frame's when its cue was found; what it left unheld is read
    // here: "Russia's stance remains that …".)
    let j = n + 1;
    if (copulas.has(tokens[j].lower) || aux.has(tokens[j].lower)) { /* no insert */ } else if (tokens[j].text === ',') {
      // One stretch set off by commas: ", Pashinyan said,", ", set out by Kurti in a letter,".
      let c = j + 1;
      while (c < s.tEnd && c - j <= 16 && tokens[c].text !== ',' && tokens[c].text !== ':' && tokens[c].text !== ';') c++;
      if (tokens[c]?.text !== ',' || c - j > 16) continue;
      j = c + 1;
    } else {
      // Up to five words, no punctuation: "on security guarantees", "since September".
      let c = j;
      while (c < s.tEnd && c - j < 5 && tokens[c].word && !copulas.has(tokens[c].lower) && !aux.has(tokens[c].lower)) c++;
      j = c;
    }
    // An auxiliary and an adverb before the copula: "has always been", "had long been".
    let k = j;
    if (aux.has(tokens[k]?.lower ?? '')) { k++; if (tokens[k]?.word && !copulas.has(tokens[k].lower)) k++; }
    if (!copulas.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'that') continue;
    const opens = k + 2;
    // (The clause ends at a comma that opens an apposition or another clause: "…, a demand Kyiv has rejected", "…, which".)
    const ends = doc.index.words(positionFrameInsert.id, 'scopeEnds');
    let end = opens;
    while (end < s.tEnd && !(tokens[end].text === ',' && ends.has(tokens[end + 1]?.lower ?? '')) && tokens[end].text !== ';') end++;
    const inside = raw.filter((r) => r.start >= opens && r.start < end && !r.heldBy);
    if (!inside.length) continue;
    for (const r of inside) { r.heldBy = [...owner.codes]; r.heldByParty = true; }
    // (The noun's own cue, if one was found across the insert, makes no second claim.)
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start <= n && raw[q].end > n && !inside.includes(raw[q])) raw.splice(q, 1);
    out.push({ trigger: inside[0], detail: `held by ${owner.codes.join('+')} (its stated position, past an insert)` });
  }
  return out;
}
