// A verb of binding with the bound party as its object (issue 7, OFFER recall): "a separate memorandum signed by
// Russia and the UN commits the world body to help on that front", "It commits the signatories to robust security
// guarantees", "signed a declaration committing Britain and France to deploy forces", "The leaders signed a
// declaration committing them to a multinational force". The party the verb binds is the one that promises: its
// OFFER of what follows "to" (spec §2 OFFER: a commitment of one's own side). "The signatories", "participants",
// "the group" are the document's own signers, its authors. The subject (a document, a treaty) holds nothing itself,
// so the plan-provision reading of the same clause (candidate/document-provision) gives way to it.
// Words: rules.json candidate/commits-object.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { coordinatedCodes } from '../annotate/documents.js';
import { betweenDocumentBefore } from './between-document.js';

export const commitsObject = defineRule({
  id: 'candidate/commits-object', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'verbs' }],
  reason: 'A verb of binding ("commits", "committing", "obliges", \'verbs\') with its object between it and "to" binds that object: "the memorandum commits the world body to help ease Russian exports" is the UN\'s OFFER, "a declaration committing Britain and France to deploy forces" is theirs, and "It commits the signatories to robust guarantees" is the OFFER of the document\'s signers (a noun of \'signers\' in the object: the authors of the document the clause is about, named in it or in the two sentences before). The object must be a party or a signers noun of at most five words with nothing but words in it; not a passive ("were committed to"), not negated ("did not commit troops to"), not forces or money committed somewhere (\'notObjects\': "commit troops to the mission" is no party bound).',
});

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const PRONOUNS = new Set(['them', 'it', 'him', 'her', 'us']);

export function commitsObjectCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(commitsObject.id, list);
  const verbs = w('verbs');
  // (Speed: no sentence without one of its verbs can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return out;
  const { tokens } = doc;
  const signers = w('signers'), notObjects = w('notObjects'), determiners = w('determiners');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const unbinding = w('unbinding');
  // (A sentence opened by "It"/"Its" may bind through the document of the sentence before.)
  const itOpens = tokens[s.tStart].lower === 'it' || tokens[s.tStart].lower === 'its';
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    if (!verbs.has(tokens[i].lower)) continue;
    if (BE.has(tokens[i - 1].lower) || NEGATORS.has(tokens[i - 1].lower) || NEGATORS.has(tokens[i - 2]?.lower ?? '')) continue;
    // The object: words only, up to five, then "to" (or "not to").
    let to = -1;
    for (let j = i + 1; j < s.tEnd && j <= i + 6; j++) {
      const x = tokens[j];
      if (x.lower === 'to') { to = j; break; }
      if (!x.word && x.text !== "'" && x.text !== '-' && x.text !== '.') break;
      if (x.lower === 'not' && tokens[j + 1]?.lower === 'to') { to = j + 1; break; }
    }
    if (to < i + 2) continue;
    const objEnd = tokens[to - 1].lower === 'not' ? to - 1 : to;
    const words = tokens.slice(i + 1, objEnd);
    if (words.some((x) => notObjects.has(x.lower))) continue;
    // A party named as the whole object ("the world body", "Britain and France", "them").
    const inObject = actors.filter((a) => a.start > i && a.end <= objEnd && !a.possessive && a.codes.length);
    let codes: string[] = [];
    let how = '';
    const covered = (k: number) => inObject.some((a) => a.start <= k && k < a.end);
    const rest = words.filter((x, k) => !covered(i + 1 + k) && !determiners.has(x.lower) && x.lower !== 'and' && x.word);
    // The binding text: a document named before the verb in this sentence ("the memorandum commits", "a declaration
    // committing"), or the document of the sentence before for a sentence-initial "It" ("It commits the signatories").
    // A draft or a plan binds no one yet ("An earlier draft had committed the EU to the loan": 'unbinding'), and
    // "guarantees that would commit Washington to respond" or "a clause obliging it to withdraw" are no document.
    let bound: { authors: string[]; end: number } | null = null;
    for (let k = doc.mentions.documents.length - 1; k >= 0 && !bound; k--) {
      const d = doc.mentions.documents[k];
      if (d.sentence > s.index || (d.sentence === s.index && d.end > i)) continue;
      if (d.sentence < s.index - (itOpens && (tokens[s.tStart].lower === 'it' || i - s.tStart <= 3) ? 1 : 0)) break;
      if (d.sentence === s.index && i - d.end > 30) continue;
      bound = d;
    }
    // ("A separate memorandum between Russia and the UN commits the world body to …": a binding text named by the
    // parties it is between, with no author, binds its object too, candidate/between-document.)
    if (!bound && inObject.length && betweenDocumentBefore(doc, s, i)) bound = { authors: [], end: i };
    if (!bound || (bound.authors.length === 0 && !inObject.length)) continue;
    if (unbinding.has(tokens[bound.end - 1]?.lower ?? '')) continue;
    const content = words.filter((x) => x.word && !determiners.has(x.lower));
    const pronoun = content.length === 1 && PRONOUNS.has(content[0].lower);
    if (content.length === 1 && (signers.has(content[0].lower) || pronoun) && bound.authors.length) {
      // The signers of the binding document are its authors ("It commits the signatories to …"; "The leaders signed a
      // declaration committing them to …": "them" are its signers). Before a group noun's own reading: "the
      // signatories" is no last-named party.
      codes = [...bound.authors];
      how = 'the signers of the document, its authors';
    }
    if (!codes.length && inObject.length && !rest.length) {
      for (const a of inObject) for (const c of coordinatedCodes(a)) if (!codes.includes(c)) codes.push(c);
      how = 'the party it binds';
    }
    if (!codes.length) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    const t: Trigger = { start: i, end: to + 1, type: 'OFFER', cue: null, rule: 'commits-object', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: codes, heldByParty: true };
    out.push({ trigger: t, detail: `"${tokens[i].text} … to": ${how} (${codes.join('+')}) promises` });
  }
  return out;
}
