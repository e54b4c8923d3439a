// "It is now up to Russia to accept the ceasefire, Rubio said": handing the next step to a party demands it of that
// party (issue 7, demands by their frame). Without this the infinitive's own cue read as the speaker's acceptance
// ("accept the ceasefire" = USA ACCEPT). Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { wordList } from '../annotate/lexicon-index.js';

export const upToParty = defineRule({
  id: 'candidate/up-to-party', stage: 'candidate',
  reason: '"It is now up to Russia to accept the ceasefire, Rubio said", "Now it is up to Belgrade to recognise Kosovo", "it now falls on Russia to accept the cease-fire terms", "The onus is on Baku to withdraw": "up to" after one of \'copulas\', one of \'fallVerbs\' and \'fallPreps\' after "it", or one of \'fallPreps\' after a noun of \'onusNouns\' and its copula (past one of \'adverbs\' each), then a party and "to", demand of that party the step that follows, and the speaker holds the demand (the frame widens the onus cue\'s fixed phrases, which keep the trigger where they match); the step\'s own cue ("accept") is wanted of that party, not given (trigger/pressed-acceptance). Not "stand up to Russia", "cosy up to Moscow": no copula before "up"; nor a verb of deciding after the party ("it would be up to Ukraine to make decisions on its territory" gives it the say, no step demanded).',
});

export function upToPartyCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const fallPreps = doc.index.words(upToParty.id, 'fallPreps');
  // (Speed: every frame needs "up" or one of 'fallPreps' in the sentence, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, fallPreps) && !doc.sentenceWords.hasWord(s.index, 'up')) return out;
  for (let i = s.tStart + 1; i < s.tEnd - 3; i++) {
    // (Every frame handedStepAt reads has "up to" or one of 'fallPreps' at i, i + 1: tested first, as it would be,
    // before its look-ups at every token: speed.)
    const next = tokens[i + 1].lower;
    if (!(next === 'to' && tokens[i].lower === 'up') && !fallPreps.has(next)) continue;
    if (!handedStepAt(doc, s, i)) continue;
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    // (The party may follow "the" or a title its mention leaves out: "up to President Zelensky", "up to the Prime
    // Minister of Armenia" — at most three such words.)
    const titles = doc.index.words(upToParty.id, 'titles');
    let p = i + 2;
    while (p < i + 5 && p < s.tEnd && (tokens[p].lower === 'the' || titles.has(tokens[p].lower)) && !actors.some((a) => a.start === p)) p++;
    const m = actors.find((a) => a.start === p && !a.possessive && a.codes.length);
    if (!m || tokens[m.end]?.lower !== 'to' || !tokens[m.end + 1]?.word || tokens[m.end + 1].cap) continue;
    // ("it would be up to Ukraine to make decisions on its territory": the say is the party's, no step of it demanded.)
    if (doc.index.words(upToParty.id, 'decisionVerbs').has(tokens[m.end + 1].lower)) continue;
    // (The onus cue's fixed phrases, "it now falls on", "the onus is on", already state it: one trigger, not two.)
    if (raw.some((r) => r.start <= i && r.end > i)) continue;
    const trigger: Trigger = { start: i, end: i + 2, type: 'DEMAND', cue: null, rule: 'up-to-party', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger, detail: `up to ${m.codes.join('+')}: the next step demanded of it` });
    i = m.end;
  }
  return out;
}

// (Handles for the lists handedStepAt reads: it is asked at every "up to" and before every 'fallPreps' word, speed.)
const ADVERBS = wordList(upToParty.id, 'adverbs'), COPULAS = wordList(upToParty.id, 'copulas'), FALL_VERBS = wordList(upToParty.id, 'fallVerbs');
const FALL_PREPS = wordList(upToParty.id, 'fallPreps'), ONUS_NOUNS = wordList(upToParty.id, 'onusNouns');

/**
 * A frame that hands the next step to the party after token i + 1: "up to" after a copula ("is now up to"), a verb
 * of falling to after "it" ("it now falls on Russia to"), or "on"/"with" after a noun of onus and its copula ("the
 * onus is on Moscow to"), past one listed adverb each.
 */
export function handedStepAt(doc: Doc, s: Sentence, i: number): boolean {
  const { tokens } = doc;
  const index = doc.index;
  const back = (k: number) => (k > s.tStart && ADVERBS(index).has(tokens[k].lower) ? k - 1 : k);
  const w = tokens[i].lower, next = tokens[i + 1]?.lower ?? '';
  // "is now up to Russia to …"
  if (w === 'up' && next === 'to') { const c = back(i - 1); return c >= s.tStart && COPULAS(index).has(tokens[c].lower); }
  // "it now falls on Russia to …", "it rests with Baku to …"
  if (FALL_VERBS(index).has(w) && FALL_PREPS(index).has(next)) { const c = back(i - 1); if (c >= s.tStart && tokens[c].lower === 'it') return true; }
  // "the onus is on Moscow to …", "the burden now lies with Belgrade to …"
  if (FALL_PREPS(index).has(next)) {
    let c = i;
    if (ADVERBS(index).has(tokens[c].lower)) c--;
    return c > s.tStart && (COPULAS(index).has(tokens[c].lower) || FALL_VERBS(index).has(tokens[c].lower)) && ONUS_NOUNS(index).has(tokens[c - 1].lower);
  }
  return false;
}
