// Stances a sentence names without anyone taking them (issue 7, precision): a stance verb after "without"
// reports that it was not taken ("Delegations leave Riyadh without agreeing to a truce"); a clause that a noun
// of concern or speculation introduces ("concerns that China might provide military support"), or that a piece
// of evidence is said to suggest ("The findings suggest Moscow would only agree to a truce if …"), is someone
// else's guess about the party, not the party's stance. Word lists: lexicon/data/rules.json under each rule id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { handedStepAt } from './up-to-party.js';
import { passiveAgreementCue } from './holder.js';

export const withoutStance: MatchRule = defineRule({
  id: 'trigger/without', stage: 'trigger',
  reason: '"left Riyadh without agreeing to a truce", "ended the talks without committing to a ceasefire", "met without offering any concession": a stance verb right after "without" reports that the stance was not taken (spec §1: the absence of a stance is no claim). So does one whose own subject, a party, stands between them: "the talks ended without Serbia agreeing to recognise the passports", "without the Kremlin offering anything".',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    let j = t.start - 1;
    // ("without ever agreeing", "without formally accepting".)
    if (j > s.tStart && /ly$|^ever$/.test(tokens[j].lower)) j--;
    if (j >= s.tStart && tokens[j].lower === 'without' && /ing$/.test(tokens[t.start].lower)) return { drop: 'after "without": a stance not taken' };
    // ("ended without Serbia agreeing to recognise …", "resumed strikes without Hamas offering to …": the gerund's own
    // subject, a party named right after "without", trigger/without-subject.)
    if (!/ing$/.test(tokens[t.start].lower)) return;
    // (A party the lexicon knows, or any name: capitalised words, "the" before them.)
    const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === j + 1);
    let w = m ? m.start - 1 : j;
    if (!m) while (w > s.tStart && j - w < 4 && tokens[w].cap && tokens[w].word) w--;
    if (tokens[w]?.lower === 'the') w--;
    if (w < j && w >= s.tStart && tokens[w].lower === 'without') return { drop: `after "without ${tokens[w + 1].text} …": a stance not taken` };
  },
});

export const failedStance: MatchRule = defineRule({
  id: 'trigger/failed-to', stage: 'trigger',
  reason: '"Aliyev and Pashinyan failed to agree on a truce", "the ministers were unable to agree on a venue", "a plan Belgrade has so far failed to accept": a stance verb after a verb or adjective of failing and "to" (rules.json \'words\') reports that the stance was not taken (spec §1: the absence of a stance is no claim); a threat\'s condition ("if Baku fails to accept the plan") is read by the condition rules, not here.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    if (t.start - 2 < s.tStart || tokens[t.start - 1].lower !== 'to') return;
    const w = tokens[t.start - 2].lower;
    if (doc.index.words(this.id).has(w)) return { drop: `"${w} to": a stance not taken` };
  },
});

export const purposeClause: MatchRule = defineRule({
  id: 'trigger/purpose-clause', stage: 'trigger',
  reason: '"Yerevan has to amend its constitution so that any claim on Karabakh is ruled out", "Belgrade must change the law in order that recognition is excluded": a stance word inside a purpose clause (rules.json \'words\': "so that", "in order that") that opens after the sentence\'s start states what the main clause\'s stance is for, its content, not a stance of its own.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    const openers = doc.index.words(this.id);
    for (let j = t.start - 1; j > s.tStart; j--) {
      const w = tokens[j].lower;
      if (w === ',' || w === ';' || w === ':' || w === '"' || w === 'but') return;
      if (w === 'that' && openers.has(`${tokens[j - 1].lower} that`)) return { drop: `inside "${tokens[j - 1].lower} that": the purpose of the stance before it` };
    }
  },
});

export const purposeParticiple: MatchRule = defineRule({
  id: 'trigger/purpose-participle', stage: 'trigger',
  reason: '"a fabrication intended to justify new strikes", "a manoeuvre meant to derail the talks", "a campaign designed to split the allies": a participle of intending (rules.json \'words\') right after a noun or a closing quote, not a party or a pronoun, states what a thing is for; no party commits itself (the cue "intended to" of promising is "Moscow intended to …", a verb after its subject). Not after an auxiliary ("had intended to", "was intended to": other rules read those).',
  apply(t, { doc, s }) {
    if (!t.cue || t.start <= s.tStart) return;
    const { tokens } = doc;
    const w = tokens[t.start].lower;
    if (!doc.index.words(this.id).has(w) || tokens[t.start + 1]?.lower !== 'to') return;
    const b = t.start - 1;
    const prev = tokens[b];
    if (doc.index.words(this.id, 'notNouns').has(prev.lower)) return;
    if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start <= b && b < a.end)) return;
    // (A noun: a lower-case word, or a closing quote mark after quoted words: '"a typical lie" intended to'.)
    if (!((prev.word && !prev.cap) || (prev.text === '"' && tokens[b - 1]?.word))) return;
    return { drop: `"${prev.text} ${tokens[t.start].text} to": what a thing is for, no party's commitment` };
  },
});

export const pressedAcceptance: MatchRule = defineRule({
  id: 'trigger/pressed-acceptance', stage: 'trigger',
  reason: '"pressure on Serbia to accept the framework", "the way to force Hamas to stop the rockets and agree to a truce", "Baku was still waiting for Yerevan to agree on dates", "pressed Azerbaijan into accepting talks", "the sooner Belgrade agreed to peace, the sooner …": an acceptance in the infinitive (or "into" gerund) after a word of pressure or waiting (rules.json \'words\'), or in the first half of a "the sooner …, the sooner" comparison, is what another party wants of the accepting one, not an acceptance given (the pressure, when a cue, is a stance of its own). A passive keeps it: "Armenia was forced to accept the ceasefire" accepted. So does a step handed to a party: "It is now up to Russia to accept the ceasefire" (candidate/up-to-party).',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT') return;
    const { tokens } = doc;
    const prev = tokens[t.start - 1]?.lower;
    const words = doc.index.words(this.id);
    if (prev === 'to' || prev === 'into' || prev === 'and' || prev === 'or') {
      // Back over the infinitive's subject and any verb coordinated before it, within the clause.
      let to = false;
      for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 14); j--) {
        const w = tokens[j].lower;
        if (w === ',' || w === ';' || w === ':' || w === '—' || w === 'but' || w === 'said' || w === 'says' || w === 'that') return;
        if (w === 'to' || w === 'into') to = true;
        // ("It is now up to Russia to accept the ceasefire": the step handed to a party, candidate/up-to-party.)
        if (to && handedStepAt(doc, s, j)) return { drop: `"${w} ${tokens[j + 1].lower}" a party: an acceptance wanted of it, not given` };
        if (!to || !words.has(w)) continue;
        // ("Armenia was forced to accept the ceasefire", "felt compelled to agree": the passive's subject accepted.)
        // (Past a quote mark: 'was being "pressured" into agreeing'.)
        let b = j - 1;
        while (b > s.tStart && !tokens[b].word && tokens[b].text !== ',') b--;
        if (/^(?:was|were|is|are|be|been|being|felt|feels|feel)$/.test(tokens[b]?.lower ?? '')) return;
        return { drop: `after "${tokens[j].text}": an acceptance wanted of another party, not given` };
      }
    }
    // "The sooner Belgrade agreed to peace, the sooner the strikes would stop": a comparison's condition.
    const comparatives = doc.index.words(this.id, 'comparatives');
    for (let j = t.start - 1; j > s.tStart; j--) {
      const w = tokens[j].lower;
      if (w === ',' || w === ';') break;
      if (tokens[j - 1].lower === 'the' && comparatives.has(w)) return { drop: `"the ${w} …": a comparison's condition, no acceptance given` };
    }
  },
});

export const adoptedMeasure: MatchRule = defineRule({
  id: 'trigger/adopted-measure', stage: 'trigger',
  reason: '"The EU approved its 19th package of sanctions against Iran", "the leaders adopted a new round of sanctions on Belarus": a party approving a package of its own punitive measures acts; it accepts no one\'s proposal (an ACCEPT is agreeing to another\'s proposal or demand, spec §2). Approving a relief ("the lifting of sanctions") stays, and so does a threat to adopt one ("will adopt a package unless …", read as a threat).',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT') return;
    const { tokens } = doc;
    const verbs = doc.index.words(this.id, 'verbs');
    if (!verbs.has(tokens[t.start].lower) || t.end - t.start > 1) return;
    const skips = doc.index.words(this.id, 'skips');
    let k = t.end;
    while (k < s.tEnd && k - t.end <= 4 && (skips.has(tokens[k].lower) || /^\d+(?:st|nd|rd|th)?$/.test(tokens[k].lower))) k++;
    const w = tokens[k]?.lower ?? '';
    const measures = doc.index.words(this.id, 'measures');
    // "its 19th package of sanctions", "a new round of sanctions", "the sanctions package", "new sanctions".
    const own = (measures.has(w) && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'sanctions')
      || (w === 'sanctions' && (measures.has(tokens[k + 1]?.lower ?? '') || (k > t.end && (!tokens[k + 1]?.word || /^(?:against|on|targeting)$/.test(tokens[k + 1].lower)))));
    if (own) return { drop: 'approving its own punitive measures: an act, no acceptance' };
  },
});

export const capability: MatchRule = defineRule({
  id: 'trigger/capability', stage: 'trigger',
  reason: '"We must retain the ability to continue fighting", "Russia has the capacity to keep fighting for years", "Kyiv lacks the means to retake Crimea": a stance verb after a noun of capability says what a party can do, not what it threatens, offers or demands.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    if (t.start - 2 < s.tStart || tokens[t.start - 1].lower !== 'to') return;
    const w = tokens[t.start - 2].lower;
    if (doc.index.words(this.id).has(w)) return { drop: `"${w} to": a capability, not a stance` };
  },
});

export const nothingAgreed: MatchRule = defineRule({
  id: 'trigger/nothing-agreed', stage: 'trigger',
  reason: '"No ceasefire was agreed between Armenia and Azerbaijan", "Nothing was agreed at the talks in Geneva": an agreement in the passive whose subject is negated (rules.json \'words\') reports that none was reached, no party\'s refusal and no acceptance (spec §1: the absence of a stance is no claim); so does one inside a condition (\'conditions\': "if a demilitarised zone were agreed, it would be …").',
  apply(t, { doc, s }) {
    if (!passiveAgreementCue(doc, t)) return;
    const negators = doc.index.words(this.id);
    const conditions = doc.index.words(this.id, 'conditions');
    for (let j = t.start - 1; j >= s.tStart; j--) {
      const w = doc.tokens[j].lower;
      if (w === ',' || w === ';' || w === ':') return;
      if (negators.has(w)) return { drop: `"${w} … ${doc.tokens[t.start].text} agreed": none was reached` };
      // ("if a demilitarised zone were agreed, it would be …": a condition, not an agreement reached.)
      if (conditions.has(w)) return { drop: `"${w} … ${doc.tokens[t.start].text} agreed": a condition, not an agreement reached` };
    }
  },
});

export const forecast: MatchRule = defineRule({
  id: 'trigger/forecast', stage: 'trigger',
  reason: '"Venezuela is likely to demand direct talks at the summit", "Budapest was unlikely to accept the package", "Moscow is widely expected to reject the plan": a stance after a form of "be" and a word of likelihood or expectation (rules.json \'words\', with \'adverbs\' between them) is the writer\'s or observers\' forecast of it, not a stance taken (spec §1: predictions are no claims). A party\'s own hedge on its own act stays ("he would most likely impose more sanctions if …" is a threat).',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    if (t.start - 3 < s.tStart || tokens[t.start - 1].lower !== 'to') return;
    let j = t.start - 2;
    if (!doc.index.words(this.id).has(tokens[j].lower)) return;
    j--;
    while (j > s.tStart && doc.index.words(this.id, 'adverbs').has(tokens[j].lower)) j--;
    if (doc.index.words(this.id, 'be').has(tokens[j].lower)) return { drop: `"${tokens[j].lower} … ${tokens[t.start - 2].lower} to": a forecast, not a stance` };
  },
});

export const speculation: MatchRule = defineRule({
  id: 'trigger/speculation', stage: 'trigger',
  reason: 'A clause that a noun of concern or speculation opens ("growing concerns that China might provide military support for Russia", "speculation that Kyiv could accept a freeze") or that a piece of evidence suggests ("The findings suggest Moscow would only agree to a truce if …", "the data indicate Russia may …") is an observer\'s guess about the party, not the party\'s stance; it covers its own clause only ("Amid concerns that …, Kyiv offered …" keeps the offer).',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    const nouns = doc.index.words(this.id, 'nouns');
    const evidence = doc.index.words(this.id, 'evidence');
    const implying = doc.index.words(this.id, 'implying');
    for (let j = t.start - 1; j >= s.tStart; j--) {
      const w = tokens[j].lower;
      if (w === ',' || w === ';' || w === ':' || w === '—' || w === 'but') return;
      if (nouns.has(w) && thatFollows(tokens, j + 1, t.start)) return { drop: `inside "${w} that": an observer's guess` };
      // "The findings suggest …": a verb of implying whose subject is evidence, not a party.
      if (implying.has(w) && (evidence.has(tokens[j - 1]?.lower ?? '') || (/^(?:the|these|those|new|latest)$/.test(tokens[j - 2]?.lower ?? '') && evidence.has(tokens[j - 1]?.lower ?? '')))) return { drop: `"${tokens[j - 1].lower} ${w}": an inference from evidence` };
    }
  },
});

export const observerBelief: MatchRule = defineRule({
  id: 'trigger/observer-belief', stage: 'trigger',
  reason: '"I do not believe Armenians will negotiate under a white flag", "I think Serbia will never recognise Kosovo", "Analysts believe Hamas is ready to release the hostages": a stance in the clause a verb of belief completes, when the believer is the article\'s own author (a first-person pronoun outside quotes that speaks for no party) or an observer named by a noun of rules.json \'observers\' (analysts, experts, critics), is a commentator\'s opinion or prediction about the party (spec §1), not the party\'s stance. A party\'s belief is not this ("Kyiv believes Moscow must withdraw" is read by the holder rules), nor a quoted or interviewed speaker\'s "I", whose pronoun speaks for a party.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    const verbs = doc.index.words(this.id, 'verbs');
    const observers = doc.index.words(this.id, 'observers');
    for (let j = t.start - 1; j > s.tStart; j--) {
      const w = tokens[j].lower;
      if (w === ',' || w === ';' || w === ':' || w === '—' || w === 'but' || w === '"') return;
      if (!verbs.has(w)) continue;
      // The believer, past "do not", "don't", "also", "still": "I do not believe", "Analysts still think".
      let k = j - 1;
      while (k >= s.tStart && /^(?:do|does|did|not|n't|also|still|really|firmly|strongly|frankly|personally|simply)$/.test(tokens[k].lower)) k--;
      if (k < s.tStart) return;
      const b = tokens[k].lower;
      if (observers.has(b)) return { drop: `"${tokens[k].text} ${w}": an observer's opinion` };
      if ((b === 'i' || b === 'we') && doc.mentions.inQuote[k] !== 1) {
        const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === k);
        if (!m || !m.codes.length) return { drop: `"${tokens[k].text} ${w}": the author's opinion` };
      }
      return;
    }
  },
});

/** "that" at `k`, or after a short place phrase ("concerns in the West that", "fears among allies that"). */
function thatFollows(tokens: Array<{ lower: string; word: boolean }>, k: number, before: number): boolean {
  if (tokens[k]?.lower === 'that') return true;
  if (!/^(?:in|among|across|within|inside|from)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < Math.min(k + 6, before); j++) {
    if (tokens[j].lower === 'that') return true;
    if (!tokens[j].word) return false;
  }
  return false;
}

export const gerundSubject: MatchRule = defineRule({
  id: 'trigger/gerund-subject', stage: 'trigger',
  reason: '"Blinken said calling for a ceasefire before Russia withdrew would reward the conquest", "Baku argues that demanding talks now would be a trap": a demand or proposal in a gerund right after a verb of saying (or its "that") is the subject of the clause\'s predicate, a topic the speaker judges, not a call the speaker makes; the judgement is its own stance (a refusal, when the evaluation rules read it), the call none.',
  apply(t, { doc, s }) {
    if (t.type !== 'DEMAND' && t.type !== 'PROPOSE') return;
    const { tokens } = doc;
    if (!/[a-z]ing$/.test(tokens[t.start].lower) || t.start - 1 < s.tStart) return;
    const before = tokens[t.start - 1].lower;
    if (before !== 'that' && !doc.index.words('speech-verbs').has(before)) return;
    // The clause's own predicate after the gerund's phrase, with no comma or clause break before it: a modal, a
    // hypothetical judgement ('would be …'); not a copula, which may state the speaker's aim ("said proposing a new
    // round was his priority").
    const predicates = doc.index.words(this.id);
    for (let k = t.end; k < Math.min(s.tEnd, t.end + 14); k++) {
      const x = tokens[k];
      if (x.text === ',' || x.text === ';' || x.text === ':') return;
      if (predicates.has(x.lower)) return { drop: `a gerund subject of "${x.text}": the topic judged` };
    }
  },
});

export const condemnedAct: MatchRule = defineRule({
  id: 'trigger/condemned-act', stage: 'trigger',
  reason: '"reaffirmed their opposition to the use of weapons of mass destruction and to armed attacks on nuclear power plants", "Cairo rejects the shelling of civilians": opposing an act of war (its use of force, attacks, strikes, shelling) condemns how the war is fought, a principle, not a refusal of a settlement\'s terms (spec §1: facts and opinions about the war are no claims). A halt to such acts ("rejected a halt to strikes") is not this: the object must open with the act; nor is ruling out or renouncing the use of force, a commitment (or, refused, a threat).',
  apply(t, { doc, s }) {
    if (t.type !== 'REJECT' || t.object !== 'after') return;
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    const skip = w('determiners'), acts = w('acts'), used = w('used'), renounce = w('renounce');
    // ("ruled out the use of force" renounces it, an offer; "refused to rule out …" keeps it open, a threat.)
    for (let j = t.start; j < t.end; j++) if (renounce.has(tokens[j].lower)) return;
    let k = t.end;
    while (k < s.tEnd && skip.has(tokens[k].lower)) k++;
    const x = tokens[k]?.lower ?? '', next = tokens[k + 1]?.lower ?? '';
    if (acts.has(x) && /^(?:on|of|against)$/.test(next)) return { drop: `"${x} ${next}": an act of war condemned` };
    // "the use of (nuclear) weapons / force": not "the use of frozen assets", a stance on sanctions.
    if (x === 'use' && next === 'of') {
      for (let j = k + 2; j < Math.min(s.tEnd, k + 5); j++) if (used.has(tokens[j].lower)) return { drop: `"use of ${tokens[j].lower}": an act of war condemned` };
    }
  },
});
