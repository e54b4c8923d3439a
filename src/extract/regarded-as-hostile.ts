// Threats made by saying how a future act will be regarded (issue 7, "threats of harmful action"): "Moscow would treat
// any use of the assets as theft", "any use of the money would be treated as theft and met by the seizure of …",
// "Kyiv would regard any movement of Russian warships outside the eastern Black Sea as a violation of the
// arrangement". Declaring beforehand that another party's act will count as theft, a violation or an attack states
// what the speaker will do about it: a threat about that act (spec §2 THREATEN), as "would be legitimate targets"
// is (cues.json threat-predicate). Only in the future, after a modal: "Moscow regards the seizure as theft" or
// "called it theft" judges a thing done (candidate/named-judgement, a refusal). Word lists: lexicon/data/rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { phraseEnd, splitPhrases } from '../annotate/phrase-end.js';
import type { Trigger } from './triggers.js';

export const regardedAsHostile = defineRule({
  id: 'candidate/regarded-as-hostile', stage: 'candidate',
  reason: 'A modal (\'modals\'), then one of \'verbs\' ("would treat … as", "will regard … as") or "be" and one of \'participles\' ("would be treated as", "will be regarded as"), then "as" and one of \'labels\' ("theft", "a violation", "an attack", "a hostile act") is a threat about what is so regarded: the object between the verb and "as", or the passive\'s subject. A verb of judging (\'bareVerbs\') needs no "as" ("would be considered a violation", "would consider any movement of warships a violation"); a label may also be one of \'within\' a few words on ("as potential carriers of military cargo"). Ships, vessels or warships so regarded (\'seaNouns\') make it about the safety of navigation (ceasefire) when nothing else names an issue. The modal may stand apart from its verb by one of \'adjuncts\' or a starting point ("would from now be considered an attack", "could from Friday be considered to be carrying military cargo"); the active verb answers in kind too ("would treat ships heading for its ports in the same way"); a long passive subject is read back to its clause\'s start (\'clauseStarts\') for ships. Not negated ("would not be treated as theft" reassures), not after "could"/"might" (a guess), not a thing done ("regards the seizure as theft": a refusal, candidate/named-judgement).',
});

/** THREATEN triggers of "would treat X as theft", "X would be regarded as a violation" in the sentence. */
export function regardedAsHostileCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(regardedAsHostile.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const verbs = w('verbs'), participles = w('participles'), modals = w('modals');
  const bare = w('bareVerbs'), sea = w('seaNouns'), within = w('within');
  // The label at token l, past a quote mark and an article: its end, or -1 ('as "theft"', "as a violation of …");
  // one of 'within' a few words on ("as potential carriers of military cargo", "vessels that may be carrying military cargo").
  const labelEnd = (l: number): number => {
    if (!tokens[l]?.word && /^["“”']$/.test(tokens[l]?.text ?? '')) l++;
    if (lower(l) === 'a' || lower(l) === 'an') l++;
    const end = phraseEnd(tokens, l, w('labels'));
    if (end >= 0) return end;
    for (let k = l; k < Math.min(s.tEnd, l + 6) && tokens[k].word; k++) {
      for (const parts of splitPhrases(within)) { if (parts.every((p, n) => lower(k + n) === p)) return k + parts.length; }
    }
    return -1;
  };
  for (let i = s.tStart; i < s.tEnd; i++) {
    const active = verbs.has(lower(i));
    const passive = !active && participles.has(lower(i)) && lower(i - 1) === 'be';
    if (!active && !passive) continue;
    // The modal right before the verb (or its "be"), past "not"/"never", which deny it.
    let m = passive ? i - 2 : i - 1;
    // (Past an adverb or a starting point between the modal and the verb: "would also be treated", "would from now be
    // considered an attack", "could from Friday be considered to be carrying military cargo", 'adjuncts'.)
    m = pastAdjunct(doc, s, m);
    if (lower(m) === 'not' || lower(m) === 'never' || !modals.has(lower(m))) continue;
    // "as" within the object (active) or right after the participle (passive).
    let as = -1;
    for (let k = i + 1; k < Math.min(s.tEnd, i + (active ? 16 : 2)); k++) {
      if (lower(k) === 'as') { as = k; break; }
      if (tokens[k].text === ';' || lower(k) === 'if' || lower(k) === 'unless') break;
    }
    let end = as < 0 ? -1 : labelEnd(as + 1);
    // ("ships bound for Russian ports could be treated the same way", "… would be regarded in the same way": a passive
    // answering in kind another party's declared regard, 'sameWay'.)
    if (end < 0 && passive) for (const parts of splitPhrases(w('sameWay'))) {
      if (parts.every((x, n) => lower(i + 1 + n) === x)) { as = i; end = i + 1 + parts.length; break; }
    }
    // ("Kyiv said it would treat ships heading for Russian ports in the same way": the active answer in kind, the way
    // after the object that is so regarded, within its clause.)
    if (end < 0 && active) {
      for (let k = i + 2; k < Math.min(s.tEnd, i + 16) && end < 0; k++) {
        if (tokens[k].text === ';' || tokens[k].text === ',' || lower(k) === 'if' || lower(k) === 'unless' || lower(k) === 'that' || lower(k) === 'as') break;
        for (const parts of splitPhrases(w('sameWay'))) {
          if (parts.every((x, n) => lower(k + n) === x)) { as = k; end = k + parts.length; break; }
        }
      }
    }
    // With no "as", a verb of judging ('bareVerbs') takes the label straight after it (passive: "would be considered a
    // violation of the agreement") or after its object (active: "would consider any movement of warships a violation").
    if (as < 0 && bare.has(lower(i))) {
      if (passive) end = labelEnd(i + 1);
      else for (let k = i + 2; k < Math.min(s.tEnd, i + 16) && end < 0; k++) {
        if (tokens[k].text === ';' || tokens[k].text === ',' || lower(k) === 'if' || lower(k) === 'unless' || lower(k) === 'that') break;
        if (lower(k) === 'a' || lower(k) === 'an' || lower(k) === 'potential') { end = labelEnd(k); if (end >= 0) as = k - 1; }
      }
      if (end >= 0 && as < 0) as = i;
    }
    if (end < 0 || raw.some((r) => r.start < end && r.end > as)) continue;
    // (The content runs on past the label: "as a violation of the truce" names what is protected, and "… and met by
    // the seizure of Western companies' assets" the response; a passive's subject is read when nothing after names an
    // issue, content/condition-subject.)
    const t: Trigger = active
      ? { start: m, end: i + 1, type: 'THREATEN', cue: null, rule: 'regarded-as-hostile', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false }
      : { start: m, end: i + 1, type: 'THREATEN', cue: null, rule: 'regarded-as-hostile', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'asserted', exchange: false };
    // ("would treat all ships sailing to Ukrainian ports as carriers of military cargo", "any movement of warships outside
    // the eastern Black Sea would be considered a violation": ships so regarded are a threat to the safety of navigation,
    // a maritime truce, when nothing else names an issue.)
    const from = active ? i + 1 : Math.max(s.tStart, m - 14), to = active ? as : m;
    // (The content then ends with the label: "… as potential carriers of military cargo, two days after it pulled out of
    // the deal that had allowed Ukraine to export grain" says when, not what is threatened.)
    let labelTo = end;
    // (Past the label's own complement: "a violation | of the agreement".)
    if (lower(end - 1) === 'of' || lower(end) === 'of') while (labelTo < s.tEnd && labelTo - end < 6 && tokens[labelTo].word && !/^(?:and|or|but|which|in|two|after|before|when|while)$/.test(lower(labelTo))) labelTo++;
    for (let k = from; k < to; k++) if (sea.has(lower(k))) { t.defaultIssue = 'ceasefire'; t.contentEnd = labelTo; break; }
    // (A long passive subject, "ships heading to Russian ports and to Russian-occupied Ukrainian ports in the Black Sea
    // could be treated the same way": back from the modal to the start of its clause, 'clauseStarts'.)
    if (!active && !t.defaultIssue) {
      const starts = w('clauseStarts');
      for (let k = m - 1; k >= Math.max(s.tStart, m - 24) && !starts.has(lower(k)); k--) if (sea.has(lower(k))) { t.defaultIssue = 'ceasefire'; t.contentEnd = labelTo; break; }
    }
    out.push({ trigger: t, detail: `"${tokens[m].text} … ${tokens[i].text} … ${as === i ? '' : 'as '}${tokens[end - 1].text}": the act so regarded is threatened` });
  }
  return out;
}

/** Back from `m` past one or two adjuncts between a modal and its verb ('adjuncts': "also", "then", "now"; "from" and
 * up to three words of a starting point, "from now", "from Friday", "from 20 July"): the modal's place, or `m`. */
function pastAdjunct(doc: Doc, s: Sentence, m: number): number {
  const adjuncts = doc.index.words(regardedAsHostile.id, 'adjuncts');
  const lower = (k: number) => doc.tokens[k]?.lower ?? '';
  for (let n = 0; n < 2; n++) {
    let f = -1;
    for (let k = m - 1; k >= Math.max(s.tStart, m - 3); k--) {
      if (!doc.tokens[k].word) break;
      if (lower(k) === 'from') { f = k; break; }
    }
    if (f >= 0) { m = f - 1; continue; }
    if (!adjuncts.has(lower(m))) break;
    m--;
  }
  return m;
}
