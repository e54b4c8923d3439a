// A speaker's evaluation of a proposal is a stance on it: "a ceasefire would only freeze the conflict",
// "such gatherings cannot serve as a basis for peace", "a truce on its own would not hold", "the memorandum
// is a list of ultimatums" refuse it; "the plan could form the basis of a settlement" accepts it.
// The proposal is the clause's subject (an issue term or a plan noun, never a party: "Russia would only
// negotiate …" is the party's own stance, found by the modal rules); the holder is the speaker who reports
// the evaluation (holder/predicate-speaker), so a sentence with no speaker and no quote gives nothing.
// Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass } from '../annotate/word-classes.js';
import { phraseEnd } from '../annotate/phrase-end.js';
import { speechVerbs } from './holder.js';
import { hyphen } from './stance-nouns.js';
import { presentMeaning, infinitiveHarmAfter, parentheticalStart } from './meant-harm.js';

export const evaluation = defineRule({
  id: 'candidate/evaluation', stage: 'candidate',
  reason: 'A speaker judging a proposal takes a stance on it: "would only freeze the conflict", "would merely give the enemy time", "would not hold", "cannot serve as a basis", "is a list of ultimatums" refuse it; "could form the basis of a settlement", "can be taken as the basis" accept it. The proposal is the subject (an issue or plan noun, not a party); the speaker holds it.',
});

/** Every word that can start an evaluation, as a word class: most sentences are ruled out by one bit. */
const KEY_WORD = defineWordClass('evaluation starts', (index) => {
  const k = new Set(['not', 'never', 'cannot', "n't"]);
  for (const list of ['only', 'basis', 'negativeNouns', 'helpVerbs', 'meanVerbs', 'rewardVerbs']) for (const w of index.words(evaluation.id, list)) k.add(w.split(' ')[0]);
  // ("means freezing the war": a verb of meaning with no modal, candidate/present-meaning.)
  for (const w of index.words(presentMeaning.id, 'verbs')) k.add(w);
  return k;
});

export interface EvaluationHit { trigger: Trigger; detail: string }

/** "in exchange for", "in return for" between `from` and `to` (a subject that names a price). */
function pricedSubject(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k + 2 < to; k++) if (tokens[k].lower === 'in' && (tokens[k + 1].lower === 'exchange' || tokens[k + 1].lower === 'return') && tokens[k + 2].lower === 'for') return true;
  return false;
}

/** A party, or one of 'rewardedNouns' (the aggressor, its conquest), within three words from `k` (candidate/evaluation 'rewardVerbs'). */
function rewardedAfter(doc: Doc, s: Sentence, k: number): boolean {
  const { tokens } = doc;
  const nouns = doc.index.words(evaluation.id, 'rewardedNouns');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let j = k; j < Math.min(k + 4, s.tEnd); j++) {
    if (nouns.has(tokens[j].lower) || actors.some((m) => m.start === j)) return true;
    if (!tokens[j].word && tokens[j].text !== "'" && tokens[j].text !== '’') return false;
  }
  return false;
}

export function evaluationCandidates(doc: Doc, s: Sentence, raw: Trigger[]): EvaluationHit[] {
  const { tokens, index } = doc;
  if ((s.classes & KEY_WORD.bit) === 0) return [];
  const w = (list: string) => index.words(evaluation.id, list);
  const anchors = w('anchors');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  const presentMeans = index.words(presentMeaning.id, 'verbs');
  if (!doc.sentenceWords.has(s.index, anchors) && !doc.sentenceWords.has(s.index, presentMeans)) return [];
  const copulas = w('copulas'), only = w('only'), outcome = w('outcomeVerbs'), fail = w('failVerbs');
  const notBe = w('notBe'), basisVerbs = w('basisVerbs'), basis = w('basis'), negNouns = w('negativeNouns'), conditions = w('conditions');
  const subjectBreaks = w('subjectBreaks'), plans = index.words('content/plan-is-talks'), proposalNouns = w('proposalNouns');
  const speech = speechVerbs(doc);
  // A speaker: a reporting verb in the sentence, or the evaluation inside a quote.
  let spoken = false;
  for (let j = s.tStart; j < s.tEnd && !spoken; j++) spoken = speech.has(tokens[j].lower) || (tokens[j].lower === 'according' && tokens[j + 1]?.lower === 'to');
  const out: EvaluationHit[] = [];
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let i = s.tStart + 1; i < s.tEnd; i++) {
    const a = tokens[i].lower;
    if (!anchors.has(a) && !presentMeans.has(a)) continue;
    if (!spoken && doc.mentions.inQuote[i] !== 1) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    // The subject: back to the clause's start ("Lavrov said that | a ceasefire would …").
    // ("allowing talks now, while the occupier is on our land, means freezing the war": the subject is before a clause
    // set off by commas, candidate/parenthetical-subject.)
    const paren = parentheticalStart(doc, s, i);
    // ("A ceasefire without guarantees, Kurti said, would only give Belgrade time to rearm": a reporting aside between
    // the subject and the predicate is stepped over, discourse/reporting-aside.)
    let aside = -1;
    if (paren < 0 && tokens[i - 1]?.text === ',') for (let k = i - 2; k > s.tStart && i - k <= 10 && aside < 0; k--) if (tokens[k].aside === i - 1) aside = k;
    const subjectEnd = paren > 0 ? paren : aside > 0 ? aside : i;
    let b = subjectEnd - 1;
    // (Over a hyphen inside a word: "a short-lived truce".)
    while (b > s.tStart && !subjectBreaks.has(tokens[b - 1].lower) && !speech.has(tokens[b - 1].lower) && (tokens[b - 1].word || hyphen(doc, b - 1)) && subjectEnd - b < 14) b--;
    if (!tokens[b].word) b++;
    if (b >= subjectEnd) continue;
    // A party heading the subject acts itself ("Russia would only negotiate …"): not an evaluation.
    // (A party named first and nothing proposed after it: "Russia would only …", "the Russian delegation would not …".)
    const namesProposal = (from: number, to: number): boolean => {
      const head = actors.find((m) => m.start >= from && m.start <= from + 1 && !m.possessive && m.kind !== 'document');
      // ("the Russian memorandum": an adjective's noun may be the proposal itself.)
      for (let k = head && head.kind !== 'adjective-role' ? head.end : from; k < to; k++) if (doc.issueAt.has(k) || plans.has(tokens[k].lower) || proposalNouns.has(tokens[k].lower)) return true;
      return false;
    };
    let named = false;
    let subject: [number, number] | undefined;
    // "opening talks while Russian troops remain in Ukraine would only freeze the war", "a ceasefire before Kosovo
    // police leave the north would merely reward Pristina": a subordinate clause inside the subject; the proposal
    // is the one named before it (subordinators in rules.json).
    if (b - 2 > s.tStart && w('subordinators').has(tokens[b - 1].lower)) {
      let b2 = b - 2;
      while (b2 > s.tStart && !subjectBreaks.has(tokens[b2 - 1].lower) && !speech.has(tokens[b2 - 1].lower) && tokens[b2 - 1].word && b - b2 < 8) b2--;
      if (tokens[b2].word && namesProposal(b2, b - 1)) { named = true; subject = [b2, b - 1]; }
    }
    if (!named) named = namesProposal(b, subjectEnd);
    if (named && !subject && paren > 0) subject = [b, paren];
    // ("Russia had received the plan and that it 'could form the basis of a final settlement'": "it" after a plan noun
    // earlier in the sentence is the plan; only for a basis, the one judgement a pronoun is read for here.)
    let pronoun = false;
    if (!named && tokens[b].lower === 'it' && (b + 1 === i || (b + 2 === i && !tokens[b + 1].word))) {
      for (let k = s.tStart; k < b && !pronoun; k++) pronoun = plans.has(tokens[k].lower) || proposalNouns.has(tokens[k].lower);
      named = pronoun;
    }
    if (!named) continue;
    // The predicate: adverbs and a negation after the anchor (the verb of meaning itself when it has no modal,
    // candidate/present-meaning).
    const bareMeaning = presentMeans.has(a) && !anchors.has(a) && !afterAuxiliary(doc, i);
    let j = bareMeaning ? i : i + 1, neg = a === 'cannot';
    const helpVerbs = w('helpVerbs');
    while (!bareMeaning && j < s.tEnd && !only.has(tokens[j].lower) && !helpVerbs.has(tokens[j].lower) && (tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === "n't" || (index.set.modalAdverbs.has(tokens[j].lower) && tokens[j].lower !== 'be' && tokens[j].lower !== 'been') || (/ly$/.test(tokens[j].lower) && !only.has(tokens[j].lower)))) {
      if (tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === "n't") neg = true;
      j++;
    }
    if (j >= s.tEnd) continue;
    // ("would only mean freezing the war": "only" before a verb of meaning, candidate/present-meaning.)
    if (!bareMeaning && only.has(tokens[j].lower) && w('meanVerbs').has(tokens[j + 1]?.lower ?? '')) j++;
    // "would not be possible without …", "only after …": a condition, found by the condition rules.
    let conditional = false;
    for (let k = j; k < Math.min(j + 8, s.tEnd) && !conditional; k++) conditional = conditions.has(tokens[k].lower);
    let type: ClaimType | null = null, end = j + 1, detail = '';
    const v = tokens[j].lower;
    // (A scare quote may open the outcome: 'would only "freeze the war"'.)
    const o = tokens[j + 1]?.text === '"' ? j + 2 : j + 1;
    if (!neg && only.has(v) && outcome.has(tokens[o]?.lower ?? '')) { type = 'REJECT'; end = o + 1; detail = `only ${tokens[o].lower}`; }
    else if (neg && !conditional && fail.has(v) && !copulas.has(a)) { type = 'REJECT'; detail = `not ${v}`; }
    else if (neg && !conditional && v === 'be' && notBe.has(tokens[j + 1]?.lower ?? '')) { type = 'REJECT'; end = j + 2; detail = `not be ${tokens[j + 1].lower}`; }
    else {
      // "could form the basis of", "cannot serve as a basis for", "can be taken as the basis".
      let k = j;
      // (Past a scare quote: 'could still serve as "a basis" for a settlement'.)
      while (k < Math.min(j + 5, s.tEnd) && (basisVerbs.has(tokens[k].lower) || tokens[k].lower === 'as' || tokens[k].lower === 'a' || tokens[k].lower === 'the' || tokens[k].lower === 'good' || tokens[k].lower === 'possible' || (tokens[k].text === '"' && k > j))) k++;
      if (k > j && basis.has(tokens[k]?.lower ?? '') && (basisVerbs.has(v) || copulas.has(a))) { type = neg ? 'REJECT' : conditional ? null : 'ACCEPT'; end = k + 1; detail = `${neg ? 'no ' : ''}basis`; }
      // "the working groups would contribute to this process", "a prisoner exchange could help build trust": a step
      // that helps the settlement along is put forward by its speaker, or accepted when it is another party's.
      else if (!neg && !copulas.has(a) && !conditional && w('helpVerbs').has(v) && helpsSettlement(doc, j + 1)) {
        const owner = actors.find((m) => m.start >= (subject ?? [b])[0] && m.start < i && (m.possessive || m.kind === 'adjective-role'));
        type = owner ? 'ACCEPT' : 'PROPOSE'; detail = `${v}: helps the settlement`;
      }
      // "stopping the fighting now would mean forgetting the root causes", "a freeze would amount to capitulation": a
      // step whose meaning the speaker names as a harm is refused ('meanVerbs', then 'harms' or a negative noun).
      else if (!neg && !copulas.has(a) && !conditional && (w('meanVerbs').has(v) || bareMeaning) && (harmAfter(doc, j + 1, s.tEnd) || infinitiveHarmAfter(doc, j + 1))) {
        type = 'REJECT'; end = harmAfter(doc, j + 1, s.tEnd) || infinitiveHarmAfter(doc, j + 1); detail = `${v} a harm`;
      }
      // "a ceasefire now would ratify Russia's conquest", "a frozen conflict would reward the aggressor": a step said to
      // reward, legitimise or embolden the other side or its gains is refused with no "only" ('rewardVerbs' before a
      // party or one of 'rewardedNouns' within three words).
      // (Not when the subject holds a price, "Lifting them in exchange for a pause in the fighting would reward
      // aggression": the pause is what would be bought, not the step judged.)
      else if (!neg && !copulas.has(a) && !conditional && w('rewardVerbs').has(v) && rewardedAfter(doc, s, j + 1) && !pricedSubject(doc, b, i)) {
        type = 'REJECT'; end = j + 1; detail = `${v} the other side`;
      }
      // "is a list of ultimatums", "are the same ultimatums", "was a trap".
      else if (!neg && copulas.has(a)) {
        k = j;
        // (Past a scare quote: 'were "an ultimatum"'.)
        while (k < Math.min(j + 6, s.tEnd) && !negNouns.has(tokens[k].lower) && (/^(a|an|the|same|just|another|list|of|nothing|but|more|than|new|mere|pure|clear|simply)$/.test(tokens[k].lower) || /^["“”']$/.test(tokens[k].text))) k++;
        if (negNouns.has(tokens[k]?.lower ?? '')) { type = 'REJECT'; end = k + 1; detail = tokens[k].lower; }
      }
    }
    if (!type || (pronoun && !detail.endsWith('basis'))) continue;
    // (The subject is the proposal, not the reporting clause before it: "Erdogan said | a prisoner exchange would …";
    // what the proposal lacks is not judged: "a truce | without monitors will not last".)
    if (!subject) {
      let e = i, seen = false;
      for (let k = b; k < i; k++) { if (seen && tokens[k].lower === 'without') { e = k; break; } if (doc.issueAt.has(k)) seen = true; }
      subject = [b, e];
    }
    // The quote runs to the end of the judgement ("would merely give Kyiv time to rearm").
    while (end < s.tEnd && tokens[end].word && !subjectBreaks.has(tokens[end].lower) && end - i < 12) end++;
    const t: Trigger = { start: i, end, type, cue: null, rule: 'evaluation', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false };
    if (subject) t.subject = subject;
    // ("the 2022 texts could still serve as a basis for talks": a document taken as the ground of a settlement is
    // about the talks when the subject names no other issue.)
    if (detail.endsWith('basis')) t.defaultIssue = 'talks';
    // ("the demands were "an ultimatum"": a package judged as a whole, content/judged-package.)
    // (Not when a stance before it in the sentence is what the noun refers back to: "Moscow demanded that Ukraine
    // withdraw …, and Kyiv said the demands were an ultimatum".)
    else if (type === 'REJECT' && subject && !raw.some((r) => r.start >= s.tStart && r.end <= subject![0])) { for (let k = subject[0]; k < subject[1]; k++) if (packageNounAt(doc, k)) { t.judgedPackage = k; break; } }
    out.push({ trigger: t, detail });
    i = end - 1;
  }
  return out;
}

/** A verb right after a modal, an auxiliary, a negation, "to" or "only" ("would mean", "does not mean", "to mean"): not a
 * bare verb of meaning heading its predicate (candidate/present-meaning). */
function afterAuxiliary(doc: Doc, i: number): boolean {
  let k = i - 1;
  while (k > 0 && /^["“”']$/.test(doc.tokens[k].text)) k--;
  const p = doc.tokens[k]?.lower ?? '';
  return doc.index.set.modals.has(p) || doc.index.words(presentMeaning.id, 'auxiliaries').has(p);
}

/** "(would mean) forgetting …", "(would amount) to capitulation", "(would mean) a reward for aggression": the token after
 * the harm word, within three words (a preposition, an article, a scare quote between), or 0. */
function harmAfter(doc: Doc, from: number, to: number): number {
  const harms = doc.index.words(evaluation.id, 'harms'), negNouns = doc.index.words(evaluation.id, 'negativeNouns');
  for (let k = from; k < Math.min(from + 4, to); k++) {
    const x = doc.tokens[k];
    if (harms.has(x.lower) || negNouns.has(x.lower)) return k + 1;
    if (!(x.lower === 'to' || x.lower === 'a' || x.lower === 'an' || x.lower === 'the' || x.lower === 'nothing' || x.lower === 'but' || x.lower === 'de' || x.lower === 'facto' || /^["“”']$/.test(x.text))) return 0;
  }
  return 0;
}

/** A goal of the settlement within five words after `from` ("to this process", "build trust", "pave the way for talks"). */
function helpsSettlement(doc: Doc, from: number): boolean {
  const goals = doc.index.words(evaluation.id, 'helpGoals');
  for (let k = from; k < Math.min(from + 5, doc.tokens.length); k++) {
    const x = doc.tokens[k];
    if (!x.word && x.text !== '-') return false;
    if (goals.has(x.lower)) return true;
  }
  return false;
}

export const judgedPackage = defineRule({
  id: 'content/judged-package', stage: 'content',
  reason: 'A judgement of a whole set of terms, a position or a plan ("the demands were \'an ultimatum\'", "Belgrade\'s conditions are unacceptable", "Russia\'s position was not acceptable", "described the demands as non-starters"), whose subject names no issue of its own, is about the stances it refers back to: those of another party (its possessor, if named) in the two sentences before, demands for a list of demands, proposals and offers for a plan. When they name one issue it is that issue; when they name several or none the package is judged as a whole, which spec rule 9 puts under `talks`. Only plural lists of terms, positions and plan nouns: a single demand or offer judged ("the demand was unacceptable") is left to the rules of anaphoric objects; nor when a stance earlier in the sentence is what it refers back to.',
});

/** Token k is a noun of a whole package of terms or a plan (content/judged-package). */
export function packageNounAt(doc: Doc, k: number): boolean {
  // ("Warsaw did not plan to send soldiers": a word of the list used as a verb, after a negation, an auxiliary, a
  // modal or "to", names no package; rules.json 'verbMarkers'.)
  if (doc.index.words(judgedPackage.id, 'verbMarkers').has(doc.tokens[k - 1]?.lower ?? '')) return false;
  return doc.index.words(judgedPackage.id).has(doc.tokens[k]?.lower ?? '');
}

export const namedJudgement = defineRule({
  id: 'candidate/named-judgement', stage: 'candidate',
  reason: 'A party naming a proposal with a noun of condemnation refuses it: "Yerevan called it an ultimatum", "Pristina branded the plan a trap", "something Beijing calls theft". A verb of naming (holder/predicate-speaker describeVerbs), its object (if any: at most six words), an optional "as" and fillers ("a", "an", "nothing but", "an act of"), then one of \'nouns\' or the evaluation\'s negativeNouns: the namer holds a refusal of what it names (its object, or what "it"/"something" refers back to). Not negated ("did not call it an ultimatum").',
});

/** A phrase of likeness or purpose (named-judgement 'tails') starting at token k, past a closing quote. */
function tailAt(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k] && /^["”']$/.test(tokens[k].text)) k++;
  return phraseEnd(tokens, k, doc.index.words(namedJudgement.id, 'tails')) >= 0;
}

/** "called it an ultimatum", "calls theft": a verb of naming, its object and a noun of condemnation. */
export function namedJudgementCandidates(doc: Doc, s: Sentence, raw: Trigger[]): EvaluationHit[] {
  const { tokens, index } = doc;
  const naming = index.words('holder/predicate-speaker', 'describeVerbs');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, naming)) return [];
  const nouns = index.words(namedJudgement.id), negNouns = index.words(evaluation.id, 'negativeNouns'), fillers = index.words(namedJudgement.id, 'fillers');
  const out: EvaluationHit[] = [];
  for (let i = s.tStart + 1; i < s.tEnd - 1; i++) {
    if (!naming.has(tokens[i].lower)) continue;
    if (/^(?:not|never|n't)$/.test(tokens[i - 1]?.lower ?? '') || /^(?:not|never|n't)$/.test(tokens[i - 2]?.lower ?? '')) continue;
    // The object (words only), then "as" and fillers, then the noun.
    let reach = i + 8;
    for (let j = i + 1; j < Math.min(reach, s.tEnd); j++) {
      let k = j;
      if (tokens[k].lower === 'as') k++;
      // ('called it "an ultimatum"': a quote may open before the fillers.)
      if (k < s.tEnd - 2 && k > i + 1 && (tokens[k].text === '"' || tokens[k].text === '“') && fillers.has(tokens[k + 1].lower)) k++;
      while (k < s.tEnd && k - j < 5 && fillers.has(tokens[k].lower)) k++;
      // ('called it "propaganda"', 'branded the plan a "trap"': the noun quoted is still the name given.)
      if (k < s.tEnd - 1 && (tokens[k].text === '"' || tokens[k].text === '“')) k++;
      const w = tokens[k]?.lower ?? '';
      // ('called the memorandum an "ultimatum"': a stance noun's own cue on the name given is no stance of its own; a scare
      // quote kept it from the determiner rule, trigger/reference-back.)
      const own = raw.findIndex((r) => r.start === k && r.end === k + 1 && r.cue?.nominal && k > j);
      if (k < s.tEnd && (nouns.has(w) || negNouns.has(w)) && !raw.some((r, q) => q !== own && r.start <= k && k < r.end)) {
        if (own >= 0) raw.splice(own, 1);
        // (The noun ends its phrase: "called it an ultimatum", not "called the ultimatum deadline absurd".)
        const after = tokens[k + 1];
        // (An indefinite name may go on with "of": "called the proposals an ultimatum of the kind Hitler used to issue"; not
        // "called the ultimatum of Russia unacceptable", where the noun is the object.)
        const indefiniteOf = after?.lower === 'of' && k > i + 2 && tokens.slice(j, k).some((x) => x.lower === 'a' || x.lower === 'an');
        // (A likeness or purpose may follow the name given: "called the demands an ultimatum no different from those of the
        // past", "called the demand a non-starter designed to make the talks fail", "called the proposals 'ultimatum
        // messages'"; rules.json 'tails', one or more words.)
        if (!after || !after.word || indefiniteOf || /^(?:and|but|that|which|because|as|by|from|on|in|to|for)$/.test(after.lower) || tailAt(doc, k + 1)) {
          const t: Trigger = { start: j, end: k + 1, type: 'REJECT', cue: null, rule: 'named-judgement', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false };
          // ("described the demands as "non-starters"": a package named, content/judged-package.)
          for (let q = i + 1; q < j; q++) if (packageNounAt(doc, q)) { t.judgedPackage = q; break; }
          out.push({ trigger: t, detail: `${tokens[i].lower} … ${w}` });
          // ("called the Serbian memorandum an ultimatum": the noun named is a stance reported before, whose issue the
          // refusal takes (content/referred-document), no new proposal of its holder.)
          for (let q = raw.length - 1; q >= 0; q--) {
            const r = raw[q];
            if (r.start > i && r.cue?.nominal && r.end - r.start === 1 && (r.end === j || tokens[r.end]?.text === ',') && r.end <= j) raw.splice(q, 1);
          }
        }
        i = k;
        break;
      }
      // ("called Russia's written memorandum, handed over on Monday, an ultimatum": a participle set off by commas
      // describes the object; the name given follows it.)
      if (tokens[j].text === ',' && j > i + 1 && /ed$/.test(tokens[j + 1]?.lower ?? '')) {
        let c = j + 2;
        while (c < Math.min(j + 9, s.tEnd) && tokens[c].text !== ',' && (tokens[c].word || tokens[c].text === '-')) c++;
        if (tokens[c]?.text === ',') { reach += c - j; j = c; continue; }
      }
      // (A possessive inside the object: "called Russia's memorandum an ultimatum".)
      if (tokens[j].text === "'" && tokens[j + 1]?.lower === 's' && tokens[j - 1]?.word && j > i + 1) { reach++; continue; }
      if (!tokens[j].word || tokens[j].text === "'" ) break;
    }
  }
  return out;
}
