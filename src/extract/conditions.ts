// Conditions between a sentence's stances (spec §2 `conditions`; issue 7): an offer "if Y", a refusal
// "until/unless Y" and a threat under any condition each state the demand Y, and the stance is conditioned
// on it (claim/if-condition); a conditional stance whose condition names an earlier claim is linked to it
// (claim/if-links). The sentence reader (extract.ts) calls these after it has made a sentence's claims.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim, ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import type { Holder } from './holder.js';
import { itemsOf, type IssueItem } from './items.js';
import { defineRule, type TraceSink } from './rules/registry.js';
import { conditionAt, conditionEnd, CONDITION_START, IF_CONDITION } from './condition-marks.js';
import { inClass } from '../annotate/word-classes.js';
import { jointOutcome, jointOutcomeCondition } from './joint-outcome.js';
import { circumstanceCondition, conditionCircumstance } from './condition-circumstance.js';
import { ongoingDuration, ongoingDurationCondition } from './ongoing-duration.js';
import { conditionNegated } from './condition-negation.js';
import { persistingRefusal, persistingRefusalCondition } from './persisting-refusal.js';
import { partiesConsent, partiesConsentCondition } from './parties-consent.js';
import { breachCondition, breachConditionAt } from './breach-condition.js';

/** What the condition rules need from the reading of an article (extract.ts's Run). */
export interface ConditionRun {
  doc: Doc;
  claims: Claim[];
  trace?: TraceSink;
  /** How far back (in claims) a look-back goes (extract.ts's LOOKBACK, issue 10). */
  lookback: number;
  /** Makes a claim of a sentence as the sentence reader does (date, source, target, mentions). */
  makeClaim(s: Sentence, t: Trigger, holder: Holder, actor: string, type: ClaimType, item: { issue: string; regions: string[]; start: number; end: number }, n: number): Claim;
  /** Reports a decision on a trigger to the trace. */
  note(rule: string, decision: 'drop' | 'change' | 'keep' | 'holder' | 'claim', t: Trigger, detail: string): void;
}

const ifCondition = defineRule({
  id: IF_CONDITION, stage: 'claim',
  reason: 'An offer "if/as long as/provided Y" (or "Should Y, …") yields the demand Y of the same holder (a refusal when Y is negated: "as long as it does not involve a NATO presence"); a refusal "until/unless Y" the demand Y ("not ready to discuss a ceasefire until Ukrainian troops leave Kursk"); a threat under any condition the demand Y ("would add tariffs if Russia did not negotiate", "will blockade the ports if Kyiv keeps attacking tankers"). The stance is conditioned on it. Hedges ("if necessary") are no conditions. The condition ends at a comma, not one inside a list of names ("if Yerevan withdrew from the Syunik, Tavush and Ararat regions and renounced NATO membership" demands both).',
});

/** Cheap gate: most sentences have no condition word at all. */
export function hasConditionWord(doc: Doc, s: Sentence): boolean {
  if ((s.classes & CONDITION_START.bit) === 0) return false;
  for (let i = s.tStart; i < s.tEnd; i++) if (inClass(doc.tokens[i], CONDITION_START) && conditionAt(doc, i)) return true;
  return false;
}

/** Makes the demands in the conditions of this sentence's stances; adds to `dropped` the stances they replace. */
export function conditionDemands(run: ConditionRun, s: Sentence, mains: Claim[], n: number, dropped: Set<Claim>, exchanges: Claim[] = []): Claim[] {
  const { doc } = run;
  const out: Claim[] = [];
  const stances = mains.filter((c) => c.type === 'OFFER' || c.type === 'ACCEPT' || c.type === 'REJECT' || c.type === 'THREATEN');
  // ("The best way is to go directly to a peace agreement rather than a mere ceasefire": a demand or a proposal
  // preferred to an alternative refuses it too, claim/rather-than.)
  const preferring = mains.filter((c) => c.type === 'DEMAND' || c.type === 'PROPOSE');
  if (!stances.length && !preferring.length) return out;
  const { tokens } = doc;
  const negs = doc.index.words(ifCondition.id, 'negations');
  for (let i = s.tStart; i < s.tEnd; i++) {
    const mark = inClass(tokens[i], CONDITION_START) ? conditionAt(doc, i) : null;
    if (!mark) continue;
    const kind = mark.kind;
    // "within 90 days of a ceasefire": a time, no demand (claim/contingency).
    if (kind === 'when') continue;
    // (Only one named before the alternative: a fronted "Instead of talking about new sanctions, this House should …"
    // sets no stance's alternative.)
    const pool = kind === 'rather' ? [...stances, ...preferring.filter((m) => m.span[1] <= tokens[i].start)] : stances;
    if (!pool.length) continue;
    // "in exchange for …", "on condition that …" read by a cue of its own (sentence/exchange, cue "condition")
    // already state their demand.
    const at = tokens[i].start;
    if (exchanges.some((x) => x.span[0] <= at && at < x.span[1])) continue;
    const stated = mains.find((m) => (m.type === 'DEMAND' || m.type === 'PROPOSE') && m.span[0] <= at && at < m.span[1]);
    if (stated) {
      // (The offers before it are conditioned on it: "would be glad to host …, on condition that …".)
      for (const m of stances) if ((m.type === 'OFFER' || m.type === 'ACCEPT') && m.actor === stated.actor && m.span[1] <= at && !m.conditions.includes(stated.id)) m.conditions.push(stated.id);
      continue;
    }
    const from = i + mark.length;
    const e = conditionEnd(doc, from);
    // "will not negotiate as long as Russian troops occupy its land": a refusal that lasts as long as Y wants Y
    // ended, as under "until" (claim/durative-refusal).
    const durative = kind === 'if' && doc.index.words(durativeRefusal.id).has(tokens.slice(i, from).map((x) => x.lower).join(' '));
    const cond: Trigger = { start: i, end: from, type: 'DEMAND', cue: null, rule: 'if-condition', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'conditional', exchange: false };
    // "would keep up the pressure as long as the killing continues": how long the stance holds, no demand.
    const lasting = ongoingDurationCondition(doc, s.index, i, from, e);
    if (lasting) { run.note(ongoingDuration.id, 'drop', cond, lasting); continue; }
    const allItems = itemsOf(doc, from, e, cond);
    // (Only a negation of the condition's own verb: not one in an aside or a relative clause, claim/condition-negation-scope.)
    const negated = conditionNegated(doc, from, e, negs);
    // "ready to send observers if there is a ceasefire", "would defend them if they came under attack": an offer's
    // condition that is a circumstance demands nothing (claim/condition-circumstance).
    const circumstance = negated ? null : circumstanceCondition(doc, from, e);
    // (A ceasefire as that time, "would deploy only after a ceasefire.", for a holder that is no principal side only:
    // content/event-time-clause 'halts'.)
    const haltCircumstance = negated || circumstance ? null : circumstanceCondition(doc, from, e, true);
    const principalsHere = doc.principalsAt(doc.sentenceOf[from]);
    // A condition after stances qualifies the nearest stance before it ("Moldova will not negotiate until …, and
    // Ukraine will not talk until Russia leaves Sumy": the second condition is Ukraine's alone).
    // (The nearest of all the sentence's stances: "The Kremlin says it will fight … while Kyiv says it will not
    // rest until …" — the condition belongs to Kyiv's demand, not to the threat before it.)
    const before = mains.filter((m) => m.span[0] < tokens[i].start);
    const nearestStart = before.length ? Math.max(...before.map((m) => m.span[0])) : -1;
    // (Stances coordinated by "and" share it: "would order a ceasefire and begin negotiations if Kyiv withdrew …".)
    const starts = new Set([nearestStart]);
    for (let grew = true, first = nearestStart; grew;) {
      grew = false;
      for (const m of before) {
        if (starts.has(m.span[0]) || m.span[1] > first || !/^\s*,?\s*and\s*$/.test(doc.text.slice(m.span[1], first))) continue;
        starts.add(m.span[0]); first = m.span[0]; grew = true; break;
      }
    }
    const qualified = before.length ? pool.filter((m) => starts.has(m.span[0])) : pool;
    // ("A counter-proposal by London and Paris would raise the army cap and would start territorial talks from the line
    // of contact rather than from a withdrawal": the alternative sets the terms of the holder's stance on its own issue
    // even when the phrase is also paired with the holder's stance on another issue, claim/rather-than.)
    const termsOf = new Set(kind === 'rather' ? qualified.filter((m) => m.type !== 'THREATEN' && m.type !== 'REJECT').map((m) => `${m.actor} ${m.issue}`) : []);
    for (const main of qualified) {
      // Which stances a condition qualifies: an offer or acceptance "if/as long as Y"; a refusal "until/unless Y";
      // a threat under any condition ("… if Kyiv keeps attacking", "unless the EU drops its ban").
      const pairs = main.type === 'THREATEN' || kind === 'rather' || (main.type === 'REJECT' ? kind !== 'if' || durative : kind !== 'until');
      if (!pairs) continue;
      // ("Vienna is available at any level if both sides wished to meet there": a helper waits for the sides' consent
      // and asks nothing of them, claim/parties-consent.)
      const consent = negated ? null : partiesConsentCondition(doc, main, from, e);
      if (consent) { run.note(partiesConsent.id, 'drop', cond, `${main.id}'s condition is ${consent}`); continue; }
      const circ = circumstance ?? (haltCircumstance && !principalsHere.includes(main.actor) ? haltCircumstance : null);
      if (circ && (main.type === 'OFFER' || main.type === 'ACCEPT')) { run.note(conditionCircumstance.id, 'drop', cond, `${main.id}'s condition is ${circ}: no demand`); continue; }
      if (tokens[i].start < main.span[0] - 2 && tokens[e - 1].end > main.span[0]) continue;
      if (tokens[i].start >= main.span[0] && tokens[i].end <= main.span[1] && main.type !== 'THREATEN') continue;
      // An offer's negated condition ("as long as it does not involve a NATO presence") rules something out; a
      // threat's condition is read by claim/threat-condition.
      const wanted = kind === 'unless' || kind === 'failing' || kind === 'until' || negated;
      const items = main.type === 'THREATEN' ? (allItems.length ? allItems : otherAct(run, s, cond, from, e, main)) : allItems.filter((it) => it.regions.length || it.issue !== 'talks' || talksActedOn(run, s, cond, from, main));
      for (const item of items) {
        // "would fight on rather than surrender the Donbas": the alternative is refused (claim/rather-than).
        // ("If there is no agreement on a ceasefire, Russia will continue fighting": claim/joint-outcome.)
        if (main.type === 'THREATEN' && kind !== 'failing' && kind !== 'rather' && jointOutcomeCondition(doc, s.index, from, e, main.actor)) { run.note(jointOutcome.id, 'drop', cond, 'no agreement reached: a failure feared, no demand'); continue; }
        // ("proposed an exchange of all prisoners rather than a partial swap": an alternative on the issue the preferred
        // stance is itself about sets that stance's terms; it is no refusal of its own. A threat's or a refusal's
        // alternative stays one: "would fight on rather than accept a ceasefire".)
        if (kind === 'rather' && main.type !== 'THREATEN' && main.type !== 'REJECT' && (item.issue === main.issue || termsOf.has(`${main.actor} ${item.issue}`)) && !item.regions.length) { run.note(ratherThan.id, 'drop', cond, `the alternative is on ${main.id}'s own issue: its terms, no refusal`); continue; }
        const condType: ClaimType | null = kind === 'rather' ? 'REJECT' : main.type === 'THREATEN' ? threatConditionType(run, cond, from, e, item, wanted)
          : main.type === 'OFFER' || main.type === 'ACCEPT' ? (negated ? 'REJECT' : 'DEMAND') : 'DEMAND';
        if (!condType) continue;
        // ("threatened "very severe consequences" if Putin did not agree to stop the fighting", "warned Western countries
        // would run colossal risks if they supplied F-16s": a threat on the condition's own issue whose claim already
        // spans the condition states that position once; its condition is no second claim, claim/threat-carries-condition.)
        if (main.type === 'THREATEN' && condType === 'DEMAND' && item.issue === main.issue && item.issue !== 'other' && tokens[i].start > main.span[0] && tokens[i].start < main.span[1]) {
          run.note(threatCarries.id, 'drop', cond, `${main.id} (THREATEN ${main.issue}) already spans its condition: no second claim`);
          continue;
        }
        // ("would coordinate further sanctions if Russia kept refusing a ceasefire": a refusal going on refers back to a
        // demand already made; the sentence states the threat alone, claim/persisting-refusal.)
        const persisting = condType === 'DEMAND' ? persistingRefusalCondition(doc, main, from, e) : null;
        if (persisting) { run.note(persistingRefusal.id, 'drop', cond, persisting); continue; }
        if (durative && main.type === 'REJECT') run.note(durativeRefusal.id, 'keep', cond, `${main.id} refuses for as long as the condition holds: its end is demanded`);
        const holder: Holder = { codes: [main.actor], mention: null, via: 'carried' };
        const c = run.makeClaim(s, cond, holder, main.actor, condType, { ...item, start: i, end: Math.max(item.end, cond.end) }, n + out.length);
        out.push(c);
        if (kind === 'rather') { run.note(ratherThan.id, 'claim', cond, `${c.id}: the alternative ${main.id} is preferred to`); continue; }
        main.conditions.push(c.id);
        run.note(ifCondition.id, 'claim', cond, `${main.id} conditioned on ${c.id}`);
        takeConditionPlaces(run, main, c, i);
      }
      if (items.length && (kind === 'until' || kind === 'rather') && main.type === 'THREATEN' && main.issue === 'ceasefire') fightUntil(run, main, cond, i, dropped);
    }
    i = e;
  }
  return out;
}

const durativeRefusal = defineRule({
  id: 'claim/durative-refusal', stage: 'claim',
  reason: 'A refusal that lasts "as long as" Y ("Kyiv will not negotiate as long as Russian troops occupy its territory", "As long as Hamas keeps its weapons, Israel will not withdraw from Rafah", "Belgrade will not recognise Pristina so long as NATO troops stay in the north") wants Y ended: the demand Y of the refuser, as under "until"/"unless" (claim/if-condition), before or after the refusal. The phrases are data; an affirmative "if" after a refusal stays none ("would not attend if Moscow were invited" opposes the invitation, wants nothing ended).',
});

const conditionTalks = defineRule({
  id: 'claim/condition-talks', stage: 'claim',
  reason: 'An offer\'s condition on the talks states a demand only when another party acts in it: "would join the guarantor states once Baku and Yerevan sign a framework accord", "would reopen the crossing if Belgrade returns to the negotiating table" (DEMAND talks); "would consider a truce once the talks begin", "if negotiations go well" only tell when, and state no demand.',
});

/** Whether a party other than the offer's holder is the subject of the condition that begins at `from` (claim/condition-talks). */
function talksActedOn(run: ConditionRun, s: Sentence, cond: Trigger, from: number, main: Claim): boolean {
  const acts = (run.doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start >= from && a.start <= from + 2 && !a.possessive && !a.object && a.codes.some((c) => c !== main.actor));
  if (acts) run.note(conditionTalks.id, 'keep', cond, 'another party acts in the condition: its talks are demanded');
  return acts;
}

const threatCondition = defineRule({
  id: 'claim/threat-condition', stage: 'claim',
  reason: 'What a threat\'s condition says the threatener wants: nothing when it is a failure feared ("Should the talks collapse, Russia would keep fighting"); what it names under "unless", "until", "failing" or a negated "if" ("unless Brussels releases the funds", "if Kyiv does not leave Donetsk") is demanded; the other side\'s act under an affirmative "if" is opposed ("would walk away if Moscow raised the question of Odesa", "boycott the summit if accession talks were put on the agenda": a refusal), except a hostile act, whose end is demanded ("if Kyiv keeps attacking tankers", "as long as the West kept arming Kyiv", "if Armenia kept stalling").',
});

const threatCarries = defineRule({
  id: 'claim/threat-carries-condition', stage: 'claim',
  reason: 'A threat on the same issue as its condition, whose claim already spans the condition after it ("threatened \'very severe consequences\' if Putin did not agree to stop the fighting", "warned that Western countries would run colossal risks if they supplied F-16s to Kyiv", "Baku will face consequences if the shelling continues"), is one statement: the threat, on that issue (spec §3 rule 1, one claim per statement; the tuning sets\' annotators mark the threat alone, 0 of 8 such demands in gold). Its condition is no second DEMAND claim. A condition on another issue ("would push for tougher sanctions if Moscow did not agree to a ceasefire"), or one fronted before the threat ("If the army does not leave Donetsk, Russian forces will take it") still states the demand (claim/if-condition).',
});

/** The type of the claim a threat's condition states (claim/threat-condition). */
function threatConditionType(run: ConditionRun, cond: Trigger, from: number, to: number, item: { issue: string }, wanted: boolean): ClaimType | null {
  if (wanted) return 'DEMAND';
  const { doc } = run;
  // "if Russia broke the deal, Kyiv would ask for more sanctions": a breach that a snapback answers, no stance
  // (claim/breach-condition).
  const breach = breachConditionAt(doc, from, to);
  if (breach) { run.note(breachCondition.id, 'drop', cond, breach); return null; }
  // "Should the talks collapse, Russia would keep fighting": a failure feared is neither wanted nor refused.
  const failures = doc.index.words(threatCondition.id, 'failures');
  for (let k = from; k < to; k++) if (failures.has(doc.tokens[k].lower)) { run.note(threatCondition.id, 'drop', cond, 'a failure feared, no stance'); return null; }
  const continuing = doc.index.words(threatCondition.id, 'continuations');
  let hostile = doc.index.words(threatCondition.id, 'hostileIssues').has(item.issue);
  for (let k = from; k < to && !hostile; k++) hostile = continuing.has(doc.tokens[k].lower);
  if (hostile) return 'DEMAND';
  run.note(threatCondition.id, 'change', cond, `DEMAND → REJECT (${item.issue}: the other side's act is opposed)`);
  return 'REJECT';
}

const threatOther = defineRule({
  id: 'claim/threat-condition-other', stage: 'claim',
  reason: 'A threat\'s condition that names an act of another party but none of the eleven issues ("will block the package unless Brussels releases the cohesion funds", "if Seoul keeps sending leaflets") still states what the threatener wants: a claim with issue "other" (spec §2).',
});

const ellipticalCondition = defineRule({
  id: 'claim/elliptical-condition', stage: 'claim',
  reason: '"demanded that Russia accept a ceasefire, warning of massive new sanctions if it did not", "must withdraw, or face sanctions if it does not": a threat\'s condition whose act is only an auxiliary and "not" (rules.json \'words\') stands for the demand just stated; it is no claim of its own on issue "other" (claim/threat-condition-other).',
});

/** The condition of a threat as one item on issue "other" when another party acts in it (claim/threat-condition-other). */
function otherAct(run: ConditionRun, s: Sentence, cond: Trigger, from: number, to: number, main: Claim): IssueItem[] {
  const { doc } = run;
  const actor = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start >= from && a.start <= from + 2 && !a.possessive && a.codes.length === 1 && a.codes[0] !== main.actor);
  if (!actor || to - actor.end < 2) return [];
  // ("warning of massive sanctions if it did not", "or else, if they do not": an elliptical act, the demand just
  // stated before it, is no further claim, claim/elliptical-condition.)
  const ellipsis = doc.index.words(ellipticalCondition.id);
  let elliptical = true;
  for (let j = actor.end; j < to && elliptical; j++) if (doc.tokens[j].word && !ellipsis.has(doc.tokens[j].lower)) elliptical = false;
  if (elliptical) { run.note(ellipticalCondition.id, 'drop', cond, 'an elliptical act ("if it did not"): the demand already stated'); return []; }
  run.note(threatOther.id, 'keep', cond, `another party's act with no issue: other`);
  return [{ issue: 'other', regions: [], start: from, end: to }];
}

const conditionPlaces = defineRule({
  id: 'claim/condition-places', stage: 'claim',
  reason: 'A stance whose object is a pronoun ("Russian forces will take it by force", "or our army will take them") is about the places its condition names ("If the Ukrainian army does not leave the rest of the Donetsk region, …"), when both are on the same issue and the stance names none of its own.',
});

/** Gives `main` the places of its condition `c` when its object is "it"/"them" (claim/condition-places). */
function takeConditionPlaces(run: ConditionRun, main: Claim, c: Claim, condStart: number): void {
  if (main.regions.length || !c.regions.length || main.issue !== c.issue) return;
  const { doc } = run;
  const pronouns = doc.index.words(conditionPlaces.id, 'pronouns');
  const s = doc.sentences[doc.sentenceOf[condStart]];
  let found = false;
  for (let k = s.tStart; k < s.tEnd && !found; k++) {
    const tok = doc.tokens[k];
    found = tok.start >= main.span[0] && tok.end <= main.span[1] && pronouns.has(tok.lower);
  }
  if (!found) return;
  main.regions = [...c.regions];
  if (run.trace) run.trace({ rule: conditionPlaces.id, decision: 'change', span: main.span, text: main.quote, detail: `${main.actor} ${main.type} ${main.issue} takes [${c.regions.join(',')}] from its condition` });
}

const ratherThan = defineRule({
  id: 'claim/rather-than', stage: 'claim',
  reason: '"vowed to fight on rather than surrender the Donbas", "would accept a freeze instead of a formal cession": the alternative a party puts after "rather than"/"instead of" is refused (condition-marks.ts reads where it begins, as for a condition); it conditions nothing. An alternative on the issue of one of the holder\'s own stances it qualifies (not a threat or refusal) sets that stance\'s terms, whichever of its stances the phrase is paired with ("a counter-proposal by London and Paris would raise the army cap and start territorial talks from the line of contact rather than from a withdrawal": no refusal of a withdrawal).',
});

const fightUntilRule = defineRule({
  id: 'claim/fight-until', stage: 'claim',
  reason: '"vowed to fight on until every occupied village is liberated", "rather than surrender the Donbas": fighting the war itself until Y, or rather than Y, states the demand Y (or the refusal of Y) and threatens nothing beyond the war (challenge FP-T1); a harmful step of its own until the other side gives in ("will keep striking cities until Kyiv accepts its terms") stays a threat.',
});

/** Drops a threat of fighting on whose "until" condition states its demand (claim/fight-until). */
function fightUntil(run: ConditionRun, main: Claim, cond: Trigger, condStart: number, dropped: Set<Claim>): void {
  const { doc } = run;
  const war = doc.index.words(fightUntilRule.id, 'warVerbs');
  const s = doc.sentences[doc.sentenceOf[condStart]];
  for (let k = s.tStart; k < condStart; k++) {
    const tok = doc.tokens[k];
    if (tok.start >= main.span[0] && war.has(tok.lower)) {
      dropped.add(main);
      run.note(fightUntilRule.id, 'drop', cond, `${main.actor} THREATEN ${main.issue}: fighting on until the demand is met`);
      return;
    }
  }
}

const ifLinks = defineRule({
  id: 'claim/if-links', stage: 'claim',
  reason: '"if this demand was accepted", "if its root causes were solved", "as long as …": a conditional stance is linked to the earlier claim its condition names (by issue, or any demand for "this"/"demands"/"conditions").',
});

export function linkIfConditions(run: ConditionRun): void {
  const { doc, claims } = run;
  const refs = doc.index.words(ifLinks.id, 'references');
  const sentenceAt = new Map(doc.sentences.map((x) => [x.start, x] as const));
  for (const [n, c] of claims.entries()) {
    if (c.modality !== 'conditional' || c.rule === 'if-condition') continue;
    const s = sentenceAt.get(c.sentence[0]);
    if (!s) continue;
    const words = doc.tokens.slice(s.tStart, s.tEnd);
    const at = words.findIndex((w, i) => (w.lower === 'if' || w.lower === 'unless' || (w.lower === 'as' && words[i + 1]?.lower === 'long')) && w.start >= c.span[0] - 200);
    if (at < 0) continue;
    const issues = new Set<string>();
    for (let i = s.tStart + at; i < s.tEnd; i++) for (const v of doc.issueAt.get(i)?.values ?? []) issues.add(v.issue);
    const refersToDemand = words.slice(at).some((w) => refs.has(w.lower));
    // Claims are in text order: the last candidate is among those up to this sentence's end (bounded look-back).
    let upTo = n;
    while (upTo + 1 < claims.length && claims[upTo + 1].sentence[0] === c.sentence[0]) upTo++;
    let pick: Claim | undefined;
    for (let i = upTo; !pick && i >= Math.max(0, upTo + 1 - run.lookback); i--) {
      const o = claims[i];
      if (o !== c && o.doc === c.doc && o.span[0] <= c.span[0] && (issues.has(o.issue) || (refersToDemand && o.type === 'DEMAND')) && o.type !== c.type) pick = o;
    }
    if (pick && !c.conditions.includes(pick.id)) {
      c.conditions.push(pick.id);
      if (run.trace) run.trace({ rule: ifLinks.id, decision: 'change', span: c.span, text: c.quote, detail: `conditioned on ${pick.id}` });
    }
  }
}
