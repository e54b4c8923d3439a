// "wanted any deal to deal with the original sources of the conflict", "wants the settlement to enshrine the status
// of the Russian language", "wants the war to end": what a party wants a thing to do is an act it wants done, a
// demand, as when it wants another party to act ("wants Kyiv to withdraw"). Part of trigger/want-needs-act; the
// words that open such a thing are its `thingOpeners` in rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';

const ID = 'trigger/want-needs-act';
const stops = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'if', 'as', 'than']);
const notVerbs = new Set(['the', 'a', 'an', 'be', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/** A short noun phrase opened by a determiner at `from`, then "to" and a verb: a thing that is to act. */
export function thingToAct(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  if (!doc.index.words(ID, 'thingOpeners').has(tokens[from]?.lower ?? '')) return false;
  for (let q = from + 1; q <= Math.min(from + 5, s.tEnd - 2); q++) {
    const w = tokens[q];
    if (!w.word || stops.has(w.lower)) return false;
    if (w.lower === 'to') {
      const v = tokens[q + 1];
      // ("wants the money to Ukraine": a place or a party after "to" is no verb; "to be" is: "to be the basis".)
      if (q === from + 1 || !v?.word || v.cap || (v.lower !== 'be' && notVerbs.has(v.lower))) return false;
      // What the thing is to do names an issue of the settlement ("to enshrine the status of the Russian
      // language"), not only the talks: "wants the conversation to be public", "wanted the arrangement to
      // continue" state a wish about a process, no term of it.
      for (let k = q + 1; k < Math.min(q + 10, s.tEnd); k++) {
        if (doc.issueAt.get(k)?.values.some((x) => x.issue !== '_noise' && x.issue !== 'talks' && !x.weak)) return true;
      }
      return false;
    }
  }
  return false;
}

/** A party coordinated after a party that ends at `end` ("Berlin and Paris", "Berlin, Paris and Rome"), if any. */
export function coordinatedAfter(actors: ActorMention[], doc: Doc, end: number): ActorMention | undefined {
  const w = doc.tokens[end]?.lower ?? '';
  if (w !== 'and' && w !== 'or' && w !== ',') return undefined;
  return actors.find((a) => a.start === end + 1 && !a.possessive);
}

/** The end of the last party coordinated with one that ends at `end` ("Berlin, Paris and Rome"), else `end`. */
export function coordinatedEnd(actors: ActorMention[], doc: Doc, end: number): number {
  for (let more = coordinatedAfter(actors, doc, end); more; more = coordinatedAfter(actors, doc, end)) end = more.end;
  return end;
}

/**
 * Where the words of a wanted thing start, for counting how near an issue is: past a light verb ("wanted to see a
 * demilitarised Georgia"), a writer's distancing ("what he called a neutral Georgia") and parties coordinated with
 * the first ("wanted Turkey, Russia and Iran involved in …"). The words are `lightVerbs` and `distancing` in rules.json.
 */
export function wantedFrom(doc: Doc, s: Sentence, from: number): number {
  const { tokens } = doc;
  let j = from;
  if (tokens[j]?.lower === 'to' && doc.index.words(ID, 'lightVerbs').has(tokens[j + 1]?.lower ?? '')) j += 2;
  // 'wanted "a full and unconditional ceasefire"', 'needs "reliable guarantees"': a quote mark opening the wanted
  // words is none of them (the window of five words after it would lose its last word to the mark).
  if (tokens[j]?.text === '"' && tokens[j + 1]?.word) j++;
  // "what he called", "what Moscow calls", "what they described as"
  if (tokens[j]?.lower === 'what' && j + 2 < s.tEnd) {
    const distancing = doc.index.words(ID, 'distancing');
    for (let k = j + 2; k <= Math.min(j + 4, s.tEnd - 1); k++) {
      if (!tokens[k].word) break;
      if (distancing.has(tokens[k].lower)) { j = k + 1; if (tokens[j]?.lower === 'as') j++; break; }
    }
  }
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const first = actors.find((a) => a.start === j && !a.possessive);
  if (first) {
    const end = coordinatedEnd(actors, doc, first.end);
    // Only when more than one party is listed: a lone party is the start of the wanted thing's words as before.
    if (end !== first.end) j = end;
  }
  return j;
}

/**
 * A settlement wanted first or by a time: "Moscow wants a full agreement first", "wanted a signed framework
 * \"within weeks\"", "Baku wants a comprehensive treaty before any truce". Wanting the whole deal ahead of
 * something else, or by a deadline, sets the sequencing or timing of the negotiations, a demand on the talks
 * (spec §2: talks covers sequencing), though the deal names no term. The nouns are `settlementNouns`, the words of
 * order and time after them `sequenceWords` in rules.json; the noun phrase is a determiner and up to two
 * modifiers ("a full agreement", "a signed framework"), a quote mark may open the time ("within weeks").
 */
export function wantedSequence(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  const nouns = doc.index.words(ID, 'settlementNouns'), sequence = doc.index.words(ID, 'sequenceWords');
  let j = from;
  if (doc.index.words(ID, 'thingOpeners').has(tokens[j]?.lower ?? '')) j++;
  for (let q = j; q <= Math.min(j + 2, s.tEnd - 2); q++) {
    const w = tokens[q];
    if (!w.word || stops.has(w.lower)) return false;
    if (!nouns.has(w.lower)) continue;
    let k = q + 1;
    while (k < s.tEnd && (tokens[k].text === '"' || tokens[k].text === '“')) k++;
    return sequence.has(tokens[k]?.lower ?? '');
  }
  return false;
}

/**
 * An issue expected to begin or be kept: "expects a full and lasting ceasefire to start from tomorrow", "expects the
 * truce to be respected", "expects sanctions to be lifted by June". A party that expects a settlement term (a
 * ceasefire, sanctions relief) to take effect, with no party named to act, wants it done: a demand, as "wants the war
 * to end". The thing is a determiner and up to four words with an issue that is not the talks (their resuming is a
 * forecast: "talks are expected to resume"); the verb after "to" (past "be") is one of 'onsetVerbs' in rules.json;
 * "expects the ceasefire to collapse" forecasts.
 */
export function expectedOnset(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  // (Or a bare noun phrase: "expected Western sanctions affecting its shipments to be eased", "expects sanctions to be
  // lifted": a capitalised modifier or the issue term itself opens it.)
  const bare = !!tokens[from]?.cap || doc.issueAt.has(from);
  if (!bare && !doc.index.words(ID, 'thingOpeners').has(tokens[from]?.lower ?? '')) return false;
  let issue = doc.issueAt.get(from)?.values.some((x) => x.issue !== '_noise' && x.issue !== 'talks' && !x.weak) ?? false;
  for (let q = from + 1; q <= Math.min(from + 6, s.tEnd - 2); q++) {
    const w = tokens[q];
    if (doc.issueAt.get(q)?.values.some((x) => x.issue !== '_noise' && x.issue !== 'talks' && !x.weak)) issue = true;
    if (w.lower === 'to') {
      let v = q + 1;
      if (tokens[v]?.lower === 'be') v++;
      return issue && doc.index.words(ID, 'onsetVerbs').has(tokens[v]?.lower ?? '');
    }
    // ("We expect a full and lasting ceasefire starting tomorrow", "expects a full ceasefire, beginning on Monday": the
    // term and the time it is to take effect from, 'onsetParticiples' then a word of time, 'onsetTimes', or a date.)
    const at = w.text === ',' ? q + 1 : q;
    if (issue && doc.index.words(ID, 'onsetParticiples').has(tokens[at]?.lower ?? '')) {
      const next = tokens[at + 1];
      return !!next && (doc.index.words(ID, 'onsetTimes').has(next.lower) || /^\d/.test(next.text) || (next.lower === 'on' && !!tokens[at + 2]?.cap));
    }
    if (!w.word && w.text !== '-') return false;
    if (w.lower !== 'and' && stops.has(w.lower)) return false;
  }
  return false;
}

/**
 * "wants the oil pipeline from Kirkuk to Ceyhan reopened", "wanted the central bank, its main lender, reconnected to
 * SWIFT", "wants it returned", "wants them released": a thing and, after its noun phrase (up to nine words, an
 * appositive between commas skipped), what is to be done to it, a past participle (a regular "-ed" form or one of
 * `participles`) or a predicate of place (`objectPredicates`). The noun phrase opens with a determiner, a name or
 * a pronoun object; a clause word or a finite verb ends it first ("wants the people … to live in peace" is no act
 * done to them). The participle must end the thing: one followed by its own object ("wants the agreement signed
 * last year") describes it.
 */
export function wantedDone(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  const first = tokens[from];
  if (!first?.word) return false;
  const pronoun = first.lower === 'it' || first.lower === 'them';
  if (!pronoun && !first.cap && !doc.index.words(ID, 'thingOpeners').has(first.lower)) return false;
  const participles = doc.index.words(ID, 'participles'), predicates = doc.index.words(ID, 'objectPredicates');
  const done = (q: number) => {
    const w = tokens[q].lower;
    if (!tokens[q].word || tokens[q].cap) return false;
    if (!(/[a-z]{3,}ed$/.test(w) || participles.has(w) || predicates.has(w))) return false;
    // (The participle ends the thing: punctuation, the sentence's end or "to"/"by" follows, or a lower-case word that
    // is neither an issue term nor a time ("signed last year", "signed on Monday" describe the thing).)
    const next = tokens[q + 1];
    if (!next || !next.word || next.lower === 'to' || next.lower === 'by') return true;
    return !next.cap && !/^(?:last|this|next|on)$/.test(next.lower) && !doc.issueAt.has(q + 1);
  };
  if (pronoun) return from + 1 < s.tEnd && done(from + 1);
  const limit = Math.min(from + 10, s.tEnd - 1);
  for (let q = from + 1; q <= limit; q++) {
    const w = tokens[q];
    if (w.text === ',') {
      // An appositive between commas ("Rosselkhozbank, its main agricultural lender, reconnected"): skip it.
      let c = q + 1;
      while (c < Math.min(q + 7, s.tEnd) && tokens[c].word) c++;
      if (tokens[c]?.text !== ',' || c === q + 1) return false;
      q = c;
      continue;
    }
    if (!w.word && w.text !== '-') return false;
    if (stops.has(w.lower) || w.lower === 'to' && !doc.placeAt.has(q + 1) && !tokens[q + 1]?.cap && tokens[q + 1]?.lower !== 'the') return false;
    if (/^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|said|says)$/.test(w.lower)) return false;
    if (q >= from + 2 && done(q)) return true;
  }
  return false;
}

/**
 * A party's place in the process wanted or needed, from `from` (the word after the cue): "wanted Turkey and Qatar
 * involved", "wanted Turkey, the Gulf states and Europe involved" (a listed group that names no party may stand among
 * the parties), "would need Russian participation", "needs Kosovo's consent", "will need the participation of the
 * African Union". A party wanted there asks the others to let it in, a demand on the talks (as "wants to be included",
 * `placeWords`; spec §2: talks covers who takes part). For "want", a party (or a list opened by one) then one of
 * `placeWords`; for either cue, a noun of taking part (`participationNouns`) after a party, a party adjective or a
 * possessive within three words of the cue ("strong US backing", "French support" name help, no place: not listed),
 * or before "of" and a party. Returns the index after the phrase, or -1.
 */
export function wantedPartyPlace(doc: Doc, s: Sentence, from: number, cue: 'want' | 'need'): number {
  const { tokens } = doc;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  // (A party's adjective counts: "Eritrean participation".)
  const isParty = (q: number) => actors.some((a) => a.start <= q && q < a.end)
    || (!!tokens[q]?.cap && !!doc.index.names.matchAt(tokens, q)?.values.some((v) => v.kind === 'adjective'));
  const nouns = doc.index.words(ID, 'participationNouns');
  if (cue === 'want') {
    if (!actors.some((a) => a.start === from)) return -1;
    const places = doc.index.words(ID, 'placeWords');
    for (let q = from + 1; q < Math.min(from + 10, s.tEnd); q++) {
      const w = tokens[q];
      // (Involved in something named after it, "involved in those guarantees": that thing is what the place is in; an
      // issue term there is found near the cue as for any wanted thing, and without one nothing says it is the talks.)
      // ("involved in the peace talks" names the talks themselves.)
      if (places.has(w.lower) && !w.cap) {
        if (!/^(?:in|on|into|with)$/.test(tokens[q + 1]?.lower ?? '')) return q + 1;
        for (let k = q + 2; k < Math.min(q + 6, s.tEnd); k++) {
          if (!tokens[k].word) break;
          if (doc.issueAt.get(k)?.values.some((v) => v.issue === 'talks' && !v.weak)) return k + 1;
        }
        return -1;
      }
      // (Only the words of a list: names, commas, "and", a determiner and the nouns of a listed group.)
      if (w.text === ',' || w.lower === 'and' || w.lower === 'the' || isParty(q) || w.cap) continue;
      if (!w.word || stops.has(w.lower) || q + 1 >= s.tEnd || !(tokens[q + 1].text === ',' || tokens[q + 1].lower === 'and' || places.has(tokens[q + 1].lower))) return -1;
    }
    return -1;
  }
  let j = from;
  if (tokens[j]?.lower === 'the') j++;
  // "the participation of the African Union"
  if (nouns.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'of') {
    let k = j + 2;
    if (tokens[k]?.lower === 'the') k++;
    const party = actors.find((a) => a.start === k);
    return party && !warPart(doc, s, party.end) ? k + 1 : -1;
  }
  // "Eritrean participation", "Kosovo's consent", "Russia's full participation"
  let party = false;
  for (let q = from; q < Math.min(from + 4, s.tEnd); q++) {
    const w = tokens[q];
    if (!w.word && w.text !== "'" && w.text !== '’') return -1;
    if (isParty(q)) { party = true; continue; }
    if (party && nouns.has(w.lower)) return warPart(doc, s, q + 1) ? -1 : q + 1;
    if (stops.has(w.lower)) return -1;
  }
  return -1;
}

/**
 * A part in the war after a noun of taking part ("Belarusian participation in the invasion", "the participation of
 * Belarusian troops"): the words of discourse/party-participation's 'warWords' within the next six words of the
 * phrase (up to a clause break) make it no place in the process.
 */
function warPart(doc: Doc, s: Sentence, from: number): boolean {
  const war = doc.index.words('discourse/party-participation', 'warWords');
  for (let k = from; k < Math.min(from + 6, s.tEnd); k++) {
    const t = doc.tokens[k];
    if (t.text === ',' || t.text === ';' || stops.has(t.lower)) return false;
    if (war.has(t.lower)) return true;
  }
  return false;
}

/**
 * A settlement term wanted or expected to be extended or kept, past a parenthesis that describes it: "Turkey wanted
 * the deal, which is due to expire on November 19, to be extended", "Mali wanted the grain arrangement, due to expire
 * in July, to be extended", "Russia expected Western sanctions affecting its shipments, including those on insurance,
 * to be eased", "Moscow expected Ukraine's non-aligned status to be fixed in a binding form", "expected the promises
 * about its exports to be kept". The holder wants the term done, a demand, as "wants the war to end" (thingToAct,
 * expectedOnset), though the words between the term and "to" are a relative clause, an appositive or a participle
 * phrase. The thing opens with a determiner (`thingOpeners`), a capitalised modifier, an issue term or a possessive
 * party; it holds an issue term or a settlement noun (`settlementNouns`, `keptNouns`) before the first comma; one parenthesis
 * between commas (up to twelve words) is skipped; then "to be" and one of `keptVerbs` ("to be extended", "to be
 * kept", "to be signed"). "expects the talks to be difficult", "wanted the meeting, which was delayed, to be
 * public" name no step (no such verb).
 */
export function wantedTermKept(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let j = from;
  // ("Ukraine's non-aligned status": the party's possessive, flagged on the mention or an "'s" token after it.)
  const at = actors.find((a) => a.start === from);
  const poss = at && (at.possessive || /^['’]s?$/.test(tokens[at.end]?.text ?? '')) ? at : undefined;
  if (poss) {
    j = poss.end;
    while (j < s.tEnd && /^(?:['\u2019]|s)$/.test(tokens[j].text) && j < poss.end + 2) j++;
  }
  else if (!tokens[j]?.cap && !doc.issueAt.has(j) && !doc.index.words(ID, 'thingOpeners').has(tokens[j]?.lower ?? '')) return false;
  const nouns = doc.index.words(ID, 'settlementNouns'), kept = doc.index.words(ID, 'keptVerbs');
  const keptNouns = doc.index.words(ID, 'keptNouns');
  const term = (q: number) => nouns.has(tokens[q].lower) || keptNouns.has(tokens[q].lower) || !!doc.issueAt.get(q)?.values.some((x) => x.issue !== '_noise' && !x.weak);
  let issue = poss ? false : term(j);
  let skipped = false;
  for (let q = j + (poss ? 0 : 1); q <= Math.min(from + 22, s.tEnd - 3); q++) {
    const w = tokens[q];
    if (w.text === ',') {
      // One parenthesis between commas; the term must come before it.
      if (skipped || !issue) return false;
      let c = q + 1;
      while (c < Math.min(q + 13, s.tEnd) && (tokens[c].word || /^\d/.test(tokens[c].text) || tokens[c].text === '-' || tokens[c].text === '"')) c++;
      if (tokens[c]?.text !== ',' || c === q + 1) return false;
      skipped = true;
      q = c;
      continue;
    }
    if (!w.word && w.text !== '-') return false;
    if (w.lower === 'to') {
      return issue && tokens[q + 1]?.lower === 'be' && kept.has(tokens[q + 2]?.lower ?? '');
    }
    if (!skipped && term(q)) issue = true;
    // (Past the first words, a clause word or a finite verb ends the thing unless a parenthesis follows.)
    if (/^(?:is|are|was|were|has|have|had|will|would|said|says)$/.test(w.lower) && !skipped) return false;
  }
  return false;
}

/**
 * "Moscow wanted a long-term peace that removed the causes of the conflict", "We need legally binding agreements that
 * remove the root causes", "it wants a binding international treaty under which a group of guarantor countries would
 * …": a wanted thing that a relative clause right after it describes by an issue of the settlement is a term asked for,
 * as one named right after the cue is (trigger/want-needs-act, 'describedRelatives'). The noun phrase is short (a
 * determiner or none, a few modifiers, a closing quote) and the issue is named inside the relative clause, before
 * its end (a comma, a semicolon, a colon). The bare talks are not enough ("wants a process that leads to talks").
 */
export function wantedDescribed(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  const relatives = doc.index.words(ID, 'describedRelatives');
  const preps = doc.index.words(ID, 'describedPrepositions');
  // (A noun phrase, not a pronoun: "wants it understood that he will stand in the election" describes no thing.)
  if (doc.index.words(ID, 'describedNotFirst').has(tokens[from]?.lower ?? '')) return false;
  let rel = -1;
  // (Up to six words: quote marks and hyphens do not count, 'a "long-term" peace that …'.)
  for (let q = from + 1, words = 0; q < s.tEnd - 2 && words < 6; q++) {
    const w = tokens[q];
    if (w.word) words++;
    if (relatives.has(w.lower)) { rel = q; break; }
    // ("under which", "in which": a preposition before "which".)
    if (preps.has(w.lower) && tokens[q + 1]?.lower === 'which') { rel = q + 1; break; }
    if (!w.word && w.text !== '"' && w.text !== '“' && w.text !== '”' && w.text !== '-') return false;
    if (stops.has(w.lower)) return false;
  }
  if (rel < 0) return false;
  for (let k = rel + 1; k < Math.min(rel + 13, s.tEnd); k++) {
    const x = tokens[k].text;
    if (x === ',' || x === ';' || x === ':') return false;
    if (doc.issueAt.get(k)?.values.some((v) => v.issue !== '_noise' && v.issue !== 'talks' && v.issue !== 'other' && !v.weak)) return true;
  }
  return false;
}

/**
 * Past a contrast or an alternative set after the party wanted to act, the word where its act begins (else `end`):
 * "wanted the United States, not Moscow, to act as guarantor", "wanted France, rather than Russia, to …", "wants the
 * United States or another third party to monitor compliance". A contrast ('contrastOpeners' after a comma) names a
 * party and closes with a comma; an alternative opens with "or" and one of 'alternativeOpeners' and runs at most four
 * words; either must end right before "to" (trigger/want-needs-act).
 */
export function contrastedPartyEnd(doc: Doc, actors: ActorMention[], s: Sentence, end: number): number {
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  if (lower(end) === ',') {
    const openers = doc.index.words(ID, 'contrastOpeners');
    const n = openers.has(`${lower(end + 1)} ${lower(end + 2)}`) ? 2 : openers.has(lower(end + 1)) ? 1 : 0;
    if (!n) return end;
    const party = actors.find((a) => a.start === end + 1 + n || (a.start === end + 2 + n && lower(end + 1 + n) === 'the'));
    if (!party) return end;
    const close = coordinatedEnd(actors, doc, party.end);
    return lower(close) === ',' && lower(close + 1) === 'to' ? close + 1 : end;
  }
  if (lower(end) === 'or' && doc.index.words(ID, 'alternativeOpeners').has(lower(end + 1))) {
    for (let k = end + 2; k < Math.min(end + 6, s.tEnd); k++) {
      if (!tokens[k].word) return end;
      if (lower(k) === 'to') return k;
    }
  }
  return end;
}
