// Land or a site that must go back to a party (content/returned-land): "the Zaporizhzhia nuclear power plant must be
// returned to Ukrainian control", "the plant must operate safely under Ukraine's full sovereign control", "Russia must
// hand the plant back to its rightful Ukrainian owner", "the villages had to be returned to Armenia first". A deontic
// states what its speaker requires without a verb of demanding; when its predicate hands land back to a party or puts
// it under a party's control, the requirement is about who holds that land (spec §2 territory), though neither the
// modal nor a site's name (a town or a plant, which alone names no region: content/items) is an issue term.
// Only with land named next to the modal (its subject, or the object of "hand … back") and a party named as the one
// it goes to: "the assets should be returned to Russia" and "prisoners must be returned" name no land; "must be under
// international supervision" names no party.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const returnedLand = defineRule({
  id: 'content/returned-land', stage: 'content',
  reason: 'A deontic whose predicate gives land back to a party or puts it under a party\'s control ("the Zaporizhzhia nuclear power plant must be returned to Ukrainian control", "must operate safely under Ukraine\'s full sovereign control", "Russia must hand the plant back to its rightful Ukrainian owner", "the villages had to be returned to Armenia first") demands that land: territory, with the regions its place names, when nothing else in it names an issue. The land is a place or one of \'landNouns\' in the subject right before the modal (back across ", which") or between a verb of giving back and "back"; the party is a party mention after "to" or between "under" and one of \'controlNouns\'. Lists: rules.json content/returned-land.',
});

/** The items of a deontic `t` that gives land back to a party (content/returned-land), else []. */
export function returnedLandItems(doc: Doc, s: Sentence, t: Trigger, to: number): IssueItem[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(returnedLand.id, list);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  // (A party adjective counts as the party: "under Ukrainian control", "to its rightful Ukrainian owner".)
  const partyAt = (k: number) => actors.some((a) => a.start <= k && k < a.end) || !!partyAdjectiveAt(doc, k);
  const landNouns = w('landNouns'), giveVerbs = w('giveVerbs'), controlNouns = w('controlNouns');
  const end = Math.min(to, s.tEnd, t.end + 14);
  // The predicate: a party's control ("under Ukraine's full sovereign control") or a giving back ("returned to
  // Ukraine", "hand the plant back"), in the modal's own clause (up to a semicolon or a new subject's comma).
  let predEnd = -1, objFrom = -1, objTo = -1;
  for (let k = t.end; k < end && predEnd < 0; k++) {
    const x = tokens[k];
    if (x.text === ';' || x.text === ':') break;
    if (x.lower === 'under') {
      for (let j = k + 1; j <= Math.min(k + 7, end - 1); j++) {
        if (!tokens[j].word && tokens[j].text !== "'" && tokens[j].text !== '"' && tokens[j].text !== '\u2019') break;
        if (controlNouns.has(tokens[j].lower)) { let party = false; for (let q = k + 1; q < j; q++) if (partyAt(q)) party = true; if (party) predEnd = j + 1; break; }
      }
    }
    else if (giveVerbs.has(x.lower)) {
      // "returned to Ukraine", "restored to Ukrainian control": a party right after "to" (past "the").
      const p = tokens[k + 1]?.lower === 'back' ? k + 2 : k + 1;
      if (tokens[p]?.lower === 'to' && (partyAt(p + 1) || (tokens[p + 1]?.lower === 'the' && partyAt(p + 2)))) {
        // (The quote runs to the control noun after a party adjective: "restored to Sudanese control".)
        predEnd = partyAt(p + 1) ? p + 2 : p + 3;
        if (controlNouns.has(tokens[predEnd]?.lower ?? '')) predEnd++;
        break;
      }
      // "hand the plant back to …", "give the villages back": the land is the object before "back".
      for (let j = k + 1; j <= Math.min(k + 6, end - 1); j++) {
        if (!tokens[j].word) break;
        if (tokens[j].lower === 'back') { if (j > k + 1) { objFrom = k + 1; objTo = j; } predEnd = j + 1; break; }
      }
    }
  }
  if (predEnd < 0) return [];
  // The land: the object given back, else the subject right before the modal.
  const regions: string[] = [];
  let land = -1;
  const landIn = (from: number, upTo: number) => {
    for (let k = from; k < upTo; k++) {
      const p = doc.placeAt.get(k);
      if (p && !partyAt(k)) { for (const c of p.codes) if (!regions.includes(c)) regions.push(c); if (land < 0) land = k; k = p.end - 1; continue; }
      if (landNouns.has(tokens[k].lower) && land < 0) land = k;
    }
  };
  if (objFrom >= 0) landIn(objFrom, objTo);
  else {
    // Back from the modal over the subject's words; a ", which" (with a reporting clause after it: "which he said must
    // be returned") reaches the noun it describes.
    let b = t.start;
    for (let k = t.start - 1, n = 0; k >= s.tStart && n < 10; k--, n++) {
      const x = tokens[k];
      if (x.text === ',' && tokens[k + 1]?.lower === 'which') { b = k; continue; }
      // (A party ends the subject, but not the speaker of the reporting clause after "which".)
      const mention = actors.some((a) => a.start <= k && k < a.end);
      const reporter = mention && [1, 2, 3].some((d) => tokens[k - d]?.lower === 'which');
      if (!x.word || x.lower === 'that' || (mention && !doc.placeAt.has(k) && !reporter)) break;
      b = k;
    }
    landIn(b, t.start);
  }
  if (land < 0) return [];
  return [{ issue: 'territory', regions, start: Math.min(land, t.start), end: predEnd }];
}
