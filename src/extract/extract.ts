// The extractor: an annotated article in, claims out (spec §1–2). For each sentence: triggers
// (triggers.ts), holders (holder.ts), the sentence rules below (reporting clauses, complements,
// exchanges), each trigger's content cut into issue items (items.ts, then the content rules), a date
// and a source (attach.ts); then the claim rules (conditions) and the document rules (merge).
// Every rule is named in the registry (rules/registry.ts) and reports to the trace when it is on.
import { beforeQuotedJudgement, planJustBefore, quotedJudgedPronoun } from './quoted-judged-pronoun.js';
import { staysAtTable, staysAtTableAt } from './stays-at-table.js';
import { planMutualFormat, mutualFormatAt } from './plan-mutual-format.js';
import { truceOnTerms, truceOnTermsAt } from './truce-on-terms.js';
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Article } from '../article/types.js';
import { annotate, type Doc, type Sentence } from '../annotate/annotate.js';
import { toRawSpan } from '../article/clean.js';
import { authoredByVerb } from './authored-noun.js';
import type { Claim, ClaimType, Mention } from './types.js';
import type { ActorMention } from '../annotate/mentions.js';
import { backedPronounAt, findTriggers, NEGATED_HEAD, type Trigger } from './triggers.js';
import { addressedGroupEnd, groupAct } from './ending-war.js';
import { offerProviso } from './proviso.js';
import { agreedThatClause, agreedWithThat, agreedWithThatClause, findHolder, passiveAgreementCue, passiveWithAgent, PREDICATE_NOUN, speechVerbs, type Holder } from './holder.js';
import { itemsOf, scopeOf, type IssueItem } from './items.js';
import { documentVerb } from './document-verb.js';
import { dateFor, sourceFor, buildSourceContext, noteCounts, planSentenceOf, type SourceContext } from './attach.js';
import { markFactboxPoint, markProvision, markStanding, mergeClaims } from './merge.js';
import { markPartial } from './partial.js';
import { getIndex, type ExtractOptions } from './index-cache.js';
import { sitePartyOf } from '../annotate/official-site.js';
import { defineRule, type TraceSink } from './rules/registry.js';
import { economicThreat, economicHarm } from './economic-threat.js';
import { finishClaims } from './finish.js';
import { isoDate } from '../util/dates.js';
import { objectHead } from './object-phrase.js';
import { joinTokens, tokenWords } from '../annotate/tokenize.js';
import { appositionContent, appositionOf, hyphen, partyAdjectiveAt, proFormMark, relativeAntecedent, relativeStance } from './stance-nouns.js';
import { coordinatedThatAt, coordinatedThatClause, nounCoordinatedThatAt, nounThatClause } from './coordinated-clause.js';
import { reducedRelativeAgent, reducedRelativePhrase } from './agent-holder.js';
import { coordinatedStance, coordinatedWith } from './coordinated-stance.js';
import { orFaceHolder } from './or-face.js';
import { invertedOffers } from './inverted-condition.js';
import { conditionalAcceptanceOffers } from './conditional-acceptance.js';
import { linkSequenceStep } from './sequence-step.js';
import { denouncedMeasure } from './denounced-measure.js';
import { conditionDemands, hasConditionWord, linkIfConditions, type ConditionRun } from './conditions.js';
import { conditionAt } from './condition-marks.js';
import { passivePlan, passivePlanNoun } from './passive-plan.js';
import { agreedAct, agreedToAct, typedList, typedNounWins } from './lists.js';
import { askedAbout, askedAboutItems } from './figurative.js';
import { topicFrame, topicItems } from './topic-frame.js';
import { proposedVenue, proposedVenueItems } from './proposed-venue.js';
import { promotedFormat, promotedFormatItems } from './promotion-verb.js';
import { formatStances, participationAct, participationItems } from './participation-act.js';
import { deferredStances, deferredStatus, deferredStatusItems } from './deferred-status.js';
import { listAfterAlternative, resumedListRange } from './list-after-alternative.js';
import { deferredQuestionIssue, deferredQuestionItems } from './deferred-question.js';
import { proceduralDeontic, proceduralItem, lineStartingPoint, lineStartingPointAt } from './procedural-deontic.js';
import { lineStartItem, lineStartItemAt } from './line-start-item.js';
import { negatedLimit, negatedLimitAt } from './negated-limit.js';
import { backingAsked, backingAskedAt } from './backing-asked.js';
import { signedCommitment, signedCommitmentType } from './signed-commitment.js';
import { euConsentHolder, euConsentOfOther } from './eu-consent-holder.js';
import { shapedArrangement, shapedArrangementAt } from './shaped-arrangement.js';
import { wantedLine, wantedLineAt } from './wanted-line.js';
import { backedPrinciple, backsPrinciple, planPrinciple, planPrincipleItem, planSanctionsEnd, planSanctionsEndItem } from './backed-principle.js';
import { negatedRequirement, negatedRequirementAt } from './negated-requirement.js';
import { participationFormat, participationFormatAt } from './participation-format.js';
import { mediationMatter, mediationMatterItems, offeredService, offeredServiceItems, peaceRole, peaceRoleItems } from './offered-service.js';
import { exchangeCounterpart, exchangeCounterpartItems } from './exchange-counterpart.js';
import { demonstrativeSubject, demonstrativeSubjectItems } from './demonstrative-subject.js';
import { setOffSubject, setOffSubjectItems } from './set-off-subject.js';
import { canBeAntecedent } from './condition-antecedent.js';
import { adjunctAfterPronoun, pronounAntecedent, pronounAntecedentItems, pronounSubject, pronounSubjectItems } from './pronoun-antecedent.js';
import { oneAntecedent, oneAntecedentItems } from './one-antecedent.js';
import { hostedTalks, hostedTalksItems } from './hosted-talks.js';
import { aidDecision, aidDecided } from './aid-decision.js';
import { eventTimeClause, eventTimeItems } from './event-time-clause.js';
import { eventTimeCondition, eventTimeConditionItems } from './event-time-condition.js';
import { possessiveReturn, possessiveReturnItems } from './possessive-return.js';
import { suchAntecedent, suchObject, suchObjectAt } from './such-object.js';
import { referredPlan, referredPlanIssue, referredPlanSubject } from './referred-plan.js';
import { referredAgreement, referredAgreementItems, sameAgreement } from './referred-agreement.js';
import { cargoObject, cargoObjectItems } from './cargo-object.js';
import { presentedPlan, presentedPlanAt } from './presented-plan.js';
import { planProvisions, planProvisionItems } from './plan-provisions.js';
import { standingOffer, standingOfferItems } from './standing-offer.js';
import { complementPronoun, complementPronounItems } from './complement-pronoun.js';
import { unexcludedTopic, unexcludedTopicItems } from './unexcluded-topic.js';
import { answeredAct, answeredActItems } from './answered-act.js';
import { furtherStepItems, furtherSteps, furtherStepThreats, judgedDecision, judgedDecisionItems, referredDecision, referredDecisionItems } from './referred-step.js';
import { replyDemanded, replyDemandedItems } from './reply-demanded.js';
import { sharedRisk, sharedRiskItems } from './shared-risk.js';
import { undoneStep, undoneStepItems, undoneSteps } from './undone-step.js';
import { rejoinedAgreement, rejoinedAgreementItems, endedAgreement, endedAgreementItems } from './rejoined-agreement.js';
import { addRepeatedStances } from './repeated-stance.js';
import { addNamedProposers } from './named-proposer.js';
import { addReturnOffers } from './return-offer.js';
import { listIntroduction, listIntroductions } from './list-sentences.js';
import { sentenceSpeaker, speakerSentenceRule, unknownSpeakerRule, unknownSpeakerSentence } from './speaker-sentence.js';
import { continuesList, listMarkOf, numberedCarry } from './numbered-carry.js';
import { saidList, saidListSpeaker } from './said-list.js';
import { ownConsequence, ownConsequenceRule } from './own-consequence.js';
import { detailedStance, stanceDetail } from './stance-detail.js';
import { forceAlternative, forceAlternativeStance, refersBack } from './force-resolution.js';
import { deniedImposition, deniedParty } from './denied-imposition.js';
import { deonticPassiveEnd, namesIssue, passiveClauseEnd, scareQuoteOpen } from './deontic-passive.js';
import { returnedLand, returnedLandItems } from './returned-land.js';
import { defenceQuestion, defenceQuestionEnd } from './defence-question.js';
import { interruptedSubject, parenthesisBeforeModal, talksSubjectBefore } from './interrupted-subject.js';
import { whoseObject, whoseObjectItems } from './whose-object.js';
import { clauseBullet, headingLine, sectionHeading, sectionOf, type Section } from './section-lists.js';
import { bulletLabelEnd, documentPointType } from './document-heading.js';
import { barePoint, principalTalksPoint } from './principal-talks-point.js';
import { bulletObligation, bulletModalType } from './bullet-obligation.js';
import { heldNounMention } from './held-noun.js';
import { secondClauseBetween } from './second-clause-stance.js';
import { occasionClauseBetween } from './occasion-clause.js';
import { referredThing, referredObjectStart } from './referred-thing.js';
import { packageSubjectAt, judgedPackageIssue, isDebateNoun, judgedDemandsPackage } from './judged-package.js';
import { ultimatumRefusal, ultimatumRefused } from './ultimatum-refused.js';
import { quotedPredicate, quotedPredicateOpen } from './quoted-predicate.js';
import { quotedSubject, quotedSubjectOpen } from './quoted-subject.js';
import { sequencedSubject, sequencedEnd } from './sequenced-subject.js';
import { compoundSpeaking, compoundSpeechWord } from './compound-speaking.js';
import { packageNounAt } from './evaluation.js';
import { demandsMaker, judgedDemands, judgedDemandsNoun } from './judged-demands.js';
import { grantedPermission, grantedPermissionAt } from './granted-permission.js';
import { concedesOtherSide, otherSideConcession } from './other-side-concession.js';
import { partyMustNot, partyMustNotTarget } from './party-must-not.js';
import { droppedStanceRule, droppedStanceType } from './dropped-stance.js';
import { noOutcomeRefusal, noOutcomeWithout } from './no-outcome-without.js';
import { thirdPartyCessation, thirdPartyCessationDrop } from './third-party-cessation.js';
import { escalatedDemand, escalatedDemandAt } from './escalated-demand.js';
import { mannerOfAddress, mannerOfAddressSubject } from './manner-of-address.js';
import { welcomedEfforts, welcomedEffortsOf } from './welcomed-efforts.js';
import { quotedVerbObjectAt, objectStartOf } from './quoted-verb-object.js';
import { offeredHosting, offeredHostingAt } from './offered-hosting.js';
import { sharedPositionContent, sharedPositionAt } from './shared-position.js';
import { welcomedOutcome, welcomedOutcomeItem } from './welcomed-outcome.js';
import { addressedParty, addressedPartyAt } from './addressed-party.js';
import { ownSeat, ownSeatSubject } from './own-seat.js';
import { seatDenied, seatDeniedAt } from './seat-denied.js';
import { lesserSubstitute, lesserSubstituteAt } from './lesser-substitute.js';
import { ownDisputeAside, ownDisputeAt } from './own-dispute-aside.js';
import { warEffort, warEffortObject } from './war-effort.js';
import { perfectCall, perfectCallAt } from './perfect-call.js';

const OPPOSITE: Partial<Record<ClaimType, ClaimType>> = { DEMAND: 'OFFER', OFFER: 'DEMAND', PROPOSE: 'DEMAND', ACCEPT: 'DEMAND' };

interface Run {
  article: Article; doc: Doc; ctx: SourceContext; claims: Claim[]; trace?: TraceSink;
  /** A list introduced by a stance ending in ':' ("The memorandum lists the following demands:"): its bullets are its items. */
  list?: { t: Trigger; holder: Holder; type: ClaimType; s: Sentence; issue?: string; paragraph?: number; section?: boolean; principal?: boolean; numberOnly?: number; document?: boolean } | null;
  /** The party section an explainer's heading opened ("What Russia wants"): its bullets are that party's items. */
  section?: Section | null;
  /** The same reading as the condition rules see it (conditions.ts). */
  conditions?: ConditionRun;
}

/**
 * Claims (before merging) after which an article is not read further. Real articles make at most
 * about 50; a megabyte of "Moscow, Kyiv offered Donetsk, …" makes 80,000, each with its own work
 * and memory. The cap bounds both whatever the text's shape (issue 10); the article gets a warning.
 */
export const MAX_CLAIMS_PER_ARTICLE = 2000;
/** How far back (in claims) a rule looks for an earlier claim: unbounded look-backs made absurd inputs quadratic (issue 10). */
const LOOKBACK = 200;

export function extract(article: Article, options: ExtractOptions = {}): Claim[] {
  const index = getIndex(options);
  const doc = annotate(article.body, article.meta.published, index, article.meta.title, sitePartyOf(article.meta.url, article.meta.outlet, index));
  const sink = options.trace;
  // The trace names each sentence once, before the first decision made in it.
  let header: (() => void) | null = null;
  const trace: TraceSink | undefined = sink && ((e) => { if (header) { header(); header = null; } sink(e); });
  const run: Run = { article, doc, ctx: buildSourceContext(doc, article.meta), claims: [], trace };
  run.conditions = { doc, claims: run.claims, trace, lookback: LOOKBACK, makeClaim: (...a) => makeClaim(run, ...a), note: (...a) => note(run, ...a) };
  let carried: Holder | null = null;
  // (The sentence of a "Pashinyan told reporters:" whose speaker goes into the list lines after it, discourse/said-list.)
  let saidIntro = -1;
  let lastParagraph = -1, paragraphFirst: Sentence | undefined;
  for (const s of doc.sentences) {
    if (run.claims.length >= MAX_CLAIMS_PER_ARTICLE) {
      article.warnings.push({ source: article.source, code: 'too-many-claims', fatal: false,
        message: `${article.source}: more than ${MAX_CLAIMS_PER_ARTICLE} claims; the text after character ${s.start} of the body was not read for claims` });
      break;
    }
    if (sink) header = () => sink({ rule: 'sentence', decision: 'found', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: `sentence ${s.index + 1}` });
    // Only a holder that was a sentence's subject carries over a paragraph break, or one carried from a numbered point
    // to the next, "1. …" / "2. …" (discourse/numbered-carry).
    if (s.paragraph !== lastParagraph) {
      const numbered = continuesList(doc, paragraphFirst, s);
      const mark = listMarkOf(doc, s), restart = typeof mark === 'number' && !numbered && (mark > 1 || listMarkOf(doc, paragraphFirst) !== null);
      // (The first list line right after "… told reporters:" is the speaker's, discourse/said-list.)
      const said = saidIntro >= 0 && carried !== null && mark !== null && (mark === 1 || typeof mark === 'string') && doc.sentences[saidIntro].paragraph === lastParagraph;
      saidIntro = -1;
      lastParagraph = s.paragraph; paragraphFirst = s;
      if (said && carried) { if (trace) trace({ rule: saidList.id, decision: 'holder', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: `${carried.codes.join('+')} carried into the list the sentence before introduces` }); }
      else if (carried && carried.via !== 'subject' && !numbered) carried = null;
      // (A numbered point that does not follow the point before it, a "2." after prose or a list starting again at
      // "1.", is no continuation of anyone's list: nothing carries into it, discourse/numbered-carry.)
      else if (carried && restart) carried = null;
      else if (carried && numbered && trace) trace({ rule: numberedCarry.id, decision: 'holder', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: `${carried.codes.join('+')} carried from the numbered point before` });
    }
    noteCounts(doc, s, run.ctx);
    // A heading ends the section before it and may open a party's own (content/section-heading).
    if (headingLine(doc, s)) {
      run.section = sectionOf(doc, s);
      if (run.section) note(run, sectionHeading.id, 'keep', run.section.t, `${run.section.holder.codes.join('+')} ${run.section.type}: the section's bullets are its items`);
      run.list = null;
    }
    if (!run.list && run.section && bulletLine(doc, s) && !clauseBullet(doc, s, run.section)) run.list = { ...run.section, section: true };
    if (run.list && (!run.list.section || !clauseBullet(doc, s, run.section)) && readListItem(run, s)) { run.list.paragraph = s.paragraph; continue; }
    // (A bullet's own further sentences, '- Withdrawal from X. "If they leave, …," Putin said.', are read as
    // sentences, and the list goes on after them.)
    if (run.list && run.list.paragraph === s.paragraph) { carried = readSentence(run, s, carried); continue; }
    run.list = null;
    const made = run.claims.length;
    carried = readSentence(run, s, carried);
    // "Israel's defence minister addressed the sequence on Monday. Only if Hamas disarms …": a claimless sentence
    // that introduces a party's words carries it on (discourse/speaker-sentence).
    if (run.claims.length === made) {
      const sp = sentenceSpeaker(doc, s);
      // ("Pashinyan told reporters:" + list lines: the speaker goes into the list, discourse/said-list.)
      const listSp = sp ? null : saidListSpeaker(doc, s);
      if (listSp) {
        carried = listSp; saidIntro = listSp.listIntro;
        if (trace) trace({ rule: saidList.id, decision: 'holder', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: `${listSp.codes.join('+')} speaks the list lines after the colon` });
      }
      else if (sp) {
        carried = sp;
        if (trace) trace({ rule: speakerSentenceRule.id, decision: 'holder', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: `${sp.codes.join('+')} carried to the next sentences` });
      }
      // ("Sall said Africa had a stake in the war. He called on …": an unknown person takes the floor, and the holder
      // carried from before ends, discourse/unknown-speaker.)
      else if (carried && unknownSpeakerSentence(doc, s)) {
        carried = null;
        if (trace) trace({ rule: unknownSpeakerRule.id, decision: 'drop', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: 'a speaker no party is known for: nothing carried on' });
      }
    }
  }
  if (sink) header = () => sink({ rule: 'sentence', decision: 'found', span: [0, doc.text.length], text: '(the whole article)', detail: 'document' });
  dropListIntroductions(run);
  addRepeatedStances(doc, article, run.ctx, run.claims, trace);
  addNamedProposers(doc, article, run.ctx, run.claims, trace);
  addReturnOffers(doc, article, run.ctx, run.claims, trace);
  linkIfConditions(run.conditions);
  const merged = mergeClaims(run.claims, scopesOf(doc));
  if (run.trace) for (const [from, into] of merged.alias) {
    const c = run.claims.find((x) => x.id === from)!;
    const k = merged.claims.find((x) => x.id === into);
    const when = (d: Claim['date']) => `${JSON.stringify(d.value)}/${d.basis}${d.text ? ` "${d.text}"` : ''}`;
    run.trace({ rule: mergeRule.id, decision: 'merge', span: c.span, text: c.quote, detail: `${c.actor} ${c.type} ${c.issue} (${when(c.date)}) merged into ${into}${k ? ` «${k.quote}» (${when(k.date)})` : ''}` });
  }
  return finishClaims(article, markPartial(doc, merged.claims));
}

// ---------------------------------------------------------------------------------------------
// Sentence rules: how the triggers of one sentence relate.

const reportingClause = defineRule({
  id: 'sentence/reporting-clause', stage: 'sentence',
  reason: '"Ukraine refuses to join military alliances, Ukrainian negotiators promised at the talks": a stance verb in a trailing reporting clause reports the stance already made; it is not another one.',
});
const complementAbsorbs = defineRule({
  id: 'sentence/complement', stage: 'sentence',
  reason: 'A stance inside another\'s complement belongs to it ("demanded that Russia first agree to …", "called on Moscow to agree to …", "His demands include that Kiev accept neutrality"), unless the same party takes it ("… and told Trump he would halt fighting"); threats and refusals stay their own.',
});
const warnedEscalation = defineRule({
  id: 'sentence/warned-escalation', stage: 'sentence',
  reason: '"Medinsky warned that Moscow could demand more land", "Aliyev warned that Baku might ask for more": a warning that the speaker\'s own side could demand or propose more is a threat of that harder position, one THREATEN on its issue; the demand under "could", "might", "may" or "would" (\'modals\') is the threat\'s content, not a demand stated.',
});
const acceptedOwner = defineRule({
  id: 'holder/accepted-owner', stage: 'holder',
  reason: 'A stance noun accepted or refused right after its verb and a possessive pronoun ("Kosovo welcomed their offer of talks", "Taiwan rejected our proposal") is another party\'s: when the pronoun resolves to the party that accepts or refuses it, it was resolved wrongly, and the noun has no holder (a party does not accept or refuse its own offer).',
});

const exchangeHolder = defineRule({
  id: 'sentence/exchange', stage: 'sentence',
  reason: '"X in exchange for Y": Y is held by X\'s holder and is X\'s counterpart (a demand for an offer, an offer for a demand; a third party\'s proposed trade between the two sides proposes both), and X is conditioned on Y.',
});
/**
 * The counterpart of a stance "in exchange for" something: a demand for an offer, an offer for a demand. A
 * third party's proposal of a trade between the two sides ("Turkey suggested that Armenia's bid be put on hold
 * in exchange for guarantees") proposes both halves; a principal side proposing its own trade demands its half.
 */
/** A plan held by a principal side only ("the Russian memorandum"): its requirements are that side's demands. */
function principalPlan(doc: Doc, s: Sentence, holder: Holder): boolean {
  const sides = doc.principalsAt(s.index);
  return holder.codes.length > 0 && holder.codes.every((c) => sides.includes(c));
}

const principalFormula = defineRule({
  id: 'sentence/principal-formula', stage: 'sentence',
  reason: 'A plan noun (rules.json \'nouns\': "formula", "plan", "memorandum", "framework") held by a principal side itself (discourse/principal-sides: "Zelensky\'s peace formula", "Baku\'s draft framework") whose points follow it as a list or an apposition ("formula: …", "formula, first of all …") sets out what that side asks of the other: its content on the substance (territory, prisoners, guarantees, sanctions, … ; rules.json \'issues\') is a DEMAND, not the proposal a mediator\'s plan makes (spec §2: PROPOSE is an arrangement that is not chiefly the actor\'s own; the tuning sets\' gold types these DEMAND, 5 of 5). The plan itself as the basis of talks stays a proposal on talks (spec §3 rule 9), and a ceasefire in it, a mutual step, stays PROPOSE; so does a plan "for" an arrangement ("hammered out a plan for a prisoner exchange"), the arrangement itself put forward.',
});

/** The item is substance (not talks or a ceasefire) of a plan noun held by a principal side (sentence/principal-formula). */
function principalFormulaItem(doc: Doc, s: Sentence, t: Trigger, holder: Holder, item: { issue: string }): boolean {
  if (t.cue?.id !== 'propose-noun' || !principalPlan(doc, s, holder)) return false;
  if (!doc.index.words(principalFormula.id, 'issues').has(item.issue)) return false;
  if (!doc.index.words(principalFormula.id, 'nouns').has(doc.tokens[t.end - 1].lower)) return false;
  // (Its points listed or set in apposition after it, "formula: …", "formula, first of all …": a plan "for" a prisoner
  // exchange is the arrangement itself, put forward, not a list of what the other side must do.)
  return doc.index.words(principalFormula.id, 'marks').has(doc.tokens[t.end]?.text ?? '');
}

/** A plan noun of 'leadNouns' among the first words of the lead sentence, before the list's cue t, after a possessive
 * or a number ("His ten points, as presented …:", "Kyiv's plan, as published:"): the list is that plan's. */
function leadPlanNoun(doc: Doc, s: Sentence, t: Trigger): boolean {
  const nouns = doc.index.words(principalFormula.id, 'leadNouns');
  for (let j = s.tStart + 1; j < Math.min(t.start, s.tStart + 5); j++) {
    if (!nouns.has(doc.tokens[j].lower)) continue;
    const before = doc.tokens[j - 1];
    if (/^\d+$/.test(before.text) || doc.index.words(principalFormula.id, 'leadOwners').has(before.lower) || before.lower === 's' || doc.index.words('content/party-list-introducer', 'numbers').has(before.lower)) return true;
  }
  return false;
}

const planOtherSide = defineRule({
  id: 'sentence/plan-other-side-concession', stage: 'sentence',
  reason: 'In a principal side\'s own plan, a concession whose subject is another party ("Under Baku\'s draft, Armenia would withdraw from the villages", "- Russia would return all deported children" in Ukraine\'s counter-text) is what the plan\'s authors demand of that party, not their offer: the modal reads as an offer only when the subject acts for the authors.',
});

const planOtherSideAssent = defineRule({
  id: 'sentence/plan-other-side-assent', stage: 'sentence',
  reason: 'In a principal side\'s own plan, the other party\'s assent ("Under the second, Kyiv would agree to a ban on redeploying its troops" in Russia\'s memorandum, "Armenia would accept the new border" in Baku\'s draft) or its halting a step of its own war effort ("Ukraine would stop mobilisation", read alone a harmful act) is what the plan\'s authors demand of that party, as its concession is (sentence/plan-other-side-concession): neither the authors\' acceptance nor their threat.',
});

/** The party right before the stance (its clause subject, not a possessor) is none of the holder's. */
function otherSideSubject(doc: Doc, s: Sentence, t: Trigger, holder: Holder): boolean {
  const best = partyBefore(doc, s, t, 2, (m) => !m.possessive) ?? forcesSubject(doc, s, t);
  return !!best && best.codes.every((c) => !holder.codes.includes(c));
}
const forcesSubjectRule = defineRule({
  id: 'sentence/plan-forces-subject', stage: 'sentence',
  reason: 'A party\'s forces heading the stance\'s clause ("Under the first, Ukrainian forces would fully withdraw from the four regions" in Russia\'s memorandum, "Armenian troops would leave the villages" in Baku\'s draft) are that party as the subject, not a possessor: the plan\'s provision is asked of that party (sentence/plan-other-side-concession) or provided for it (sentence/plan-negated-provision), as a party named alone would be. The forces nouns are claim/if-condition \'subjectNouns\' (troops, forces, units, soldiers, army, …); the party\'s adjective or possessive stands right before the noun, and the noun right before the stance or one adverb from it.',
});
/** "Ukrainian forces would …": a party's adjective or possessive, then a forces noun right before the stance (sentence/plan-forces-subject). */
function forcesSubject(doc: Doc, s: Sentence, t: Trigger): ActorMentionLike | undefined {
  const nouns = doc.index.words('claim/if-condition', 'subjectNouns');
  // (The noun right before the stance's first word, or with one adverb between: "forces would fully withdraw" starts at "would".)
  for (let n = t.start - 1; n >= Math.max(s.tStart, t.start - 2); n--) {
    if (!nouns.has(doc.tokens[n].lower)) continue;
    // (A mention may take in the noun itself, "Russia's forces"; an adjective before a forces noun is often no mention
    // at all, "Ukrainian forces", and is read from the lexicon's names.)
    const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => (a.end === n || (a.start < n && a.end === n + 1)) && a.codes.length && !a.object);
    if (m) return m;
    const code = n - 1 >= s.tStart ? partyAdjectiveAt(doc, n - 1) : null;
    if (code) return { start: n - 1, end: n, codes: [code] };
  }
  return undefined;
}
type ActorMentionLike = { start: number; end: number; codes: string[]; possessive?: boolean; object?: boolean; kind?: string };

/** The party mention that ends last before the stance, at most `reach` tokens before it, among those `keep` takes. */
function partyBefore(doc: Doc, s: Sentence, t: Trigger, reach: number, keep: (m: ActorMentionLike) => boolean = () => true): ActorMentionLike | undefined {
  let best: ActorMentionLike | undefined;
  for (const m of doc.actorsBySentence.get(s.index) ?? []) if (m.end <= t.start && t.start - m.end <= reach && m.codes.length && keep(m) && (!best || m.end > best.end)) best = m;
  return best;
}

/** Whether the stance's own subject, a few words before it ("the United States would in return offer"), is the plan's authors. */
function authorSubject(doc: Doc, s: Sentence, t: Trigger, holder: Holder): boolean {
  const best = partyBefore(doc, s, t, 4);
  if (!best || best.possessive || best.kind === 'document' || !best.codes.every((c) => holder.codes.includes(c))) return false;
  // (Not the agent of a participle on the plan: "The map drawn up by the US envoy would freeze the line".)
  if (doc.tokens[best.start - 1]?.lower === 'by' || (doc.tokens[best.start - 2]?.lower === 'by' && doc.tokens[best.start - 1]?.lower === 'the')) return false;
  // (A party right before an auxiliary heads its own clause even where the reading took it for an object: "… deployed
  // by the United Nations, and Indonesia was ready to contribute troops".)
  return !best.object || doc.index.words(planAuthorOffer.id, 'auxiliaries').has(doc.tokens[best.end]?.lower ?? '');
}
const planAuthorOffer = defineRule({
  id: 'sentence/plan-author-offer', stage: 'sentence',
  reason: '"Under the plan, the United States would in return offer Ukraine a security guarantee", "Indonesia was ready to contribute troops": what a plan\'s authors undertake themselves with a verb of offering or readiness, named as the subject of the offer, is their offer, not a proposal for others to carry out (sentence/plan-proposes). A bare modal clause of the plan ("- Serbia. France would recognise Kosovo\'s independence" under "The French proposals") stays the plan\'s proposal.',
});

const ownConcession = defineRule({
  id: 'sentence/own-concession', stage: 'sentence',
  reason: '"propose that a group of states guarantee Ukraine\'s security, in return for Ukraine giving up its bid to join NATO", "in exchange for Serbia dropping its bid": when the clause after "in return for"/"in exchange for" has the holder itself as its subject (its name, or "its"/"their", before a gerund), the counterpart is the holder\'s own concession, an offer, whatever the main stance; another party\'s act there is asked of it (sentence/exchange).',
});

/** Whether the exchange cue `t` is followed by the holder's own party (or "its"/"their") and a gerund. */
function ownConcessionAfter(doc: Doc, s: Sentence, t: Trigger, holder: Holder): boolean {
  if (!holder.codes.length) return false;
  const { tokens } = doc;
  let j = t.end;
  const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === j || (a.start === j + 1 && tokens[j].lower === 'the'));
  if (m) { if (!m.codes.length || !m.codes.every((c) => holder.codes.includes(c))) return false; j = m.end; }
  else if (doc.index.words(ownConcession.id, 'pronouns').has(tokens[j]?.lower ?? '')) j++;
  else return false;
  return j < s.tEnd && /[a-z]{2,}ing$/.test(tokens[j].lower);
}

function exchangeType(doc: Doc, s: Sentence, main: ClaimType, holder: Holder, t?: Trigger): ClaimType {
  if (t && ownConcessionAfter(doc, s, t, holder)) return 'OFFER';
  const sides = doc.principalsAt(s.index);
  if (main === 'PROPOSE' && holder.codes.length && holder.codes.every((c) => !sides.includes(c))) return 'PROPOSE';
  return OPPOSITE[main] ?? 'DEMAND';
}
const selfObligation = defineRule({
  id: 'sentence/self-obligation', stage: 'sentence',
  reason: '"he needs to discuss it with NATO leaders", "we must be ready": a deontic whose subject is the speaker\'s own side states its own obligation, not a demand on another party; not an entitlement ("Kyiv should be able to skip the action plan", "Georgia must be allowed to join": others are to let it).',
});
const planProposes = defineRule({
  id: 'sentence/plan-proposes', stage: 'sentence',
  reason: 'What a plan, draft or proposal says ("the plan would freeze the front", "under the draft, Ukraine could not join NATO", "the paper says accession should be postponed") is its authors\' proposal, whatever the verb, except a refusal ("the plan condemns unilateral sanctions" rejects them), a penalty it sets for a party\'s act ("if Kyiv attacks Russian cities, it will lose the guarantee": a threat) and a principal side\'s own plan, whose requirements are its demands ("Russia\'s memorandum … requires the cessation of arms deliveries"). Not a deontic the reading only attributes to the plan as the last speaker ("Faced with this, Moscow should agree to …" after a paragraph on the plan): an obligation put on another party is a demand.',
});
const planNegatedProvision = defineRule({
  id: 'sentence/plan-negated-provision', stage: 'sentence',
  reason: 'In a mediator\'s plan or draft (not a principal side\'s own), a negated modal whose subject is another party than the authors ("Under the Qatari draft, Israel would not resume strikes", "- Ukraine would not become a member of NATO" in Washington\'s text) says what the plan provides for that party: its authors\' proposal, not their refusal. A refusal the plan itself states ("the plan rejects …", "the draft would not allow …" with the plan as subject) stays one.',
});
const principalPlanList = defineRule({
  id: 'content/principal-plan-list', stage: 'content',
  reason: '"First presented by Zelensky to the G20, the formula calls for:", "The document also sets out:" + bullets, where the plan is one principal side\'s own (discourse/principal-sides): its bullets are what that side asks of the other, as the plan\'s own sentences are (sentence/plan-proposes keeps a principal side\'s demand): a demanding cue keeps DEMAND for every bullet, and a proposing one makes the bullets on the substance demands (sentence/principal-formula \'issues\'), not the proposal a mediator\'s plan makes. Not a plan two sides hold together (a joint statement\'s points), not a list answered by a refusal or an acceptance.',
});
const listItems = defineRule({
  id: 'content/list-items', stage: 'content',
  reason: 'A stance that ends its sentence with a colon ("The paper sets out these conditions:", "published Ukraine\'s demands:") introduces a list: each following bullet line ("–", "-", "•", "1.") is one of its items, with its holder, type and date; a negative item ("no NATO troops …") of a demand is a refusal.',
});

const splitNumber = defineRule({
  id: 'content/split-number', stage: 'content',
  reason: 'A numbered list line ("1. The release of all prisoners …") may reach the extractor as two sentences, the number and its period ("1.") and the line\'s text: the text, in the same paragraph right after the number, is the bullet\'s body and one item of the list, as a line with its number is.',
});

const answeredList = defineRule({
  id: 'content/answered-list', stage: 'content',
  reason: '"Kyiv rejected the following demands:", "Baku accepted these conditions:" + bullets: a list noun with no holder of its own after a refusal or an acceptance is that verb\'s object, so each bullet is refused or accepted by the verb\'s subject; the subject\'s demands they are not (the demands are another party\'s, unnamed here).',
});

const bulletOtherPiece = defineRule({
  id: 'content/bullet-other-piece', stage: 'content',
  reason: 'A bullet line is one item of its list: "- Guarantees for the Armenian language and for the Apostolic Church", "- Security guarantees that work like a defence pact and are ratified by parliament" are one demand each. A piece of the bullet that names no issue (a stance on "other") beside a piece that names one is part of that item, not a demand of its own.',
});

const bulletCompletes = defineRule({
  id: 'content/bullet-completes', stage: 'content',
  reason: '"The ceasefire map would freeze the line in: – the Zaporizhzhia region, – the Kherson region": bullets that name places and no issue complete the introducing sentence; they take the issue its own words name after the cue (here a ceasefire), not territory.',
});

/** The issue the introducing sentence's words name after its cue (the highest-ranked term), if any. */
function introIssue(doc: Doc, t: Trigger, s: Sentence): string | undefined {
  let best: { issue: string; rank: number } | undefined;
  for (let j = t.start; j < s.tEnd; j++) for (const v of doc.issueAt.get(j)?.values ?? []) if (v.issue !== '_noise' && !v.weak && (!best || v.rank > best.rank)) best = v;
  return best?.issue;
}

/** A sentence that opens with a bullet ("–", "•") or a list number ("3.", "3)"). */
function bulletLine(doc: Doc, s: Sentence | undefined): boolean {
  return listMarkOf(doc, s) !== null;
}

const typedTail = defineRule({
  id: 'content/typed-list-tail', stage: 'content',
  reason: '"The Serbian paper sets out the following conditions for a final settlement:", "Baku listed its demands for a peace treaty:": a typed list noun may take a short complement before the colon and still introduce the bullets after it; when bullet items follow, the introducer makes no claim of its own (its complement, "for a final settlement", is what the items are for, not a stance on talks).',
});

const listFrame = defineRule({
  id: 'content/list-frame', stage: 'content',
  reason: '"Its negotiators have told the EU that a final settlement must include:" + bullets: a modal whose only content is its own subject (the settlement, deal or treaty the bullets fill) makes no claim of its own; the bullets are its items, each a demand on its own issue.',
});

const announcedList = defineRule({
  id: 'content/announced-list', stage: 'content',
  reason: '"The border arrangement would come into force only after the following steps were taken:" + numbered lines, "would return to the deal only once these conditions are met:": a phrase that announces the bullets ("the following …", "these …", then at most an auxiliary and a participle) is all that stands between the cue and the colon, so the bullets are the cue\'s content, as they are right after "only after:"; the phrase itself names no issue and makes no claim.',
});

/** Between the cue `t` and the sentence's colon only a phrase announcing the bullets (content/announced-list). */
function announcedListTail(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const colon = s.tEnd - 1;
  if (colon - t.end < 2 || colon - t.end > 8) return false;
  const openers = doc.index.words(announcedList.id, 'openers'), aux = doc.index.words(announcedList.id, 'auxiliaries');
  let j = t.end;
  if (tokens[j].lower === 'the' || tokens[j].lower === 'all') j++;
  if (!openers.has(tokens[j]?.lower ?? '')) return false;
  // (The phrase's words: its noun and modifiers ("the following steps", "these conditions", "the following"), then an
  // auxiliary and one participle at most ("were taken", "are met", "had been fulfilled").)
  let k = j + 1;
  while (k < colon && tokens[k].word && !aux.has(tokens[k].lower) && k - j <= 3) k++;
  if (k < colon && !aux.has(tokens[k].lower)) return false;
  while (k < colon && aux.has(tokens[k].lower)) k++;
  if (k < colon) k++;
  if (k !== colon) return false;
  for (let q = t.end; q < colon; q++) if (!tokens[q].word || doc.issueAt.has(q)) return false;
  return true;
}

/** A typed list noun (t.typedAt) followed, before the sentence's colon, only by a short complement of words. */
function typedListTail(doc: Doc, s: Sentence, t: Trigger): boolean {
  if (t.typedAt === undefined || t.typedAt >= s.tEnd - 1) return false;
  const max = doc.index.words(typedTail.id, 'complementStarts');
  if (!max.has(doc.tokens[t.typedAt + 1]?.lower ?? '') || s.tEnd - 1 - t.typedAt > 9) return false;
  for (let j = t.typedAt + 1; j < s.tEnd - 1; j++) if (!doc.tokens[j].word && doc.tokens[j].text !== '-') return false;
  return true;
}

const asideListVerb = defineRule({
  id: 'content/aside-list-verb', stage: 'content',
  reason: '"His plan, which officials in Kyiv have since begun calling a \"peace formula\", includes:" + bullets: a plan or list noun with a holder, followed by an aside between commas (a relative clause or an apposition) and a verb of including right before the colon (rules.json \'verbs\'), introduces the bullets as the noun does right before its colon; a stance noun inside the aside ("peace formula") is no introducer of its own.',
});

/** The index of the trigger whose noun is the subject of a verb of including that closes the sentence before its
 * colon, past an aside between commas ("His plan, which …, includes:"), else -1 (content/aside-list-verb). */
function asideListTrigger(doc: Doc, s: Sentence, triggers: Trigger[], holders: Array<Holder | null>): number {
  const { tokens } = doc;
  const verb = s.tEnd - 2;
  if (!doc.index.words(asideListVerb.id, 'verbs').has(tokens[verb]?.lower ?? '') || tokens[verb - 1]?.text !== ',') return -1;
  for (let q = 0; q < triggers.length; q++) {
    const t = triggers[q];
    if (!holders[q] || t.exchange || (t.cue?.id !== 'propose-noun' && t.typedAt === undefined && t.rule !== 'document-provision')) continue;
    if (tokens[t.end]?.text !== ',' || verb - 1 - t.end < 3 || verb - 1 - t.end > 20) continue;
    // (One aside: no comma inside it, so the verb's subject is the noun.)
    let commas = 0;
    for (let j = t.end + 1; j < verb - 1; j++) if (tokens[j].text === ',') commas++;
    if (commas === 0) return q;
  }
  return -1;
}

const semicolonPieces = defineRule({
  id: 'content/semicolon-pieces', stage: 'content',
  reason: 'A bullet of a list of demands whose pieces a semicolon parts ("- No recognition of any occupied territory as Russian; talks on territory to start from the current line of contact") states two points: a "no" opening the bullet refuses only its own piece, and a piece after the semicolon is refused only when it opens with "no" itself ("…; no veto for Russia over …").',
});

/** The first token of the semicolon piece of [from, at) that holds token `at` (from when there is no semicolon). */
function pieceStart(doc: Doc, from: number, at: number): number {
  for (let j = at - 1; j > from; j--) if (doc.tokens[j].text === ';') return j + 1;
  return from;
}

defineRule({
  id: 'document/factbox-points', stage: 'document',
  reason: 'The points of a party\'s document under a factbox heading ("FACTBOX — UKRAINE\'S MEMORANDUM" + "* An all-for-all exchange of prisoners …") are that document\'s statement: they do not merge with what a speaker of the party says elsewhere in the article ("Umerov … demanded their return"), a different occasion (spec §3 rule 1); two bullets of the factbox are two provisions (document/distinct-provisions).',
});

/** Reads a bullet line of the list introduced just before; false when the line is no bullet (the list has ended). */
function readListItem(run: Run, s: Sentence): boolean {
  const { doc } = run;
  const list = run.list!;
  // ("1." alone, then "The release of all prisoners …": a list number that the sentence splitter parted from its line's
  // text leaves that text as the next sentence of the same paragraph, which is the bullet's body, content/split-number.)
  const afterNumber = list.numberOnly === s.paragraph && s.index > 0 && doc.sentences[s.index - 1].paragraph === s.paragraph;
  list.numberOnly = undefined;
  if (!afterNumber && !bulletLine(doc, s)) return false;
  const first = doc.tokens[s.tStart];
  // ("* Territory: recognition of …" under a party's document: the label is no item, content/document-heading.)
  const label = list.document && !afterNumber ? bulletLabelEnd(doc, s) : -1;
  const from = afterNumber ? s.tStart : label > 0 ? label : s.tStart + (first.word ? 2 : 1);
  if (!afterNumber && first.word && from >= s.tEnd) { list.numberOnly = s.paragraph; note(run, splitNumber.id, 'keep', list.t, `list number “${first.text}.” on a sentence of its own: its line's text is the item`); return true; }
  const negatives = doc.index.words(listItems.id, 'negative');
  const negative = negatives.has(doc.tokens[from]?.lower ?? '');
  const type: ClaimType = negative && list.type === 'DEMAND' ? 'REJECT' : list.type;
  const made: Claim[] = [];
  // "would freeze the line in: – the Zaporizhzhia region, – the Kherson region": a bullet of places only completes
  // the introducing sentence, whose own words name the issue (content/bullet-completes).
  let terms = false;
  for (let j = from; j < s.tEnd && !terms; j++) terms = doc.issueAt.has(j);
  // (A bullet is one item of the list: a piece of it that names no issue, "- Guarantees for the Russian language and
  // for the Orthodox Church", goes with the piece that does, content/bullet-other-piece.)
  let items = itemsOf(doc, from, s.tEnd, list.t, true);
  if (items.some((x) => x.issue !== 'other') && items.some((x) => x.issue === 'other')) {
    note(run, bulletOtherPiece.id, 'drop', list.t, `${items.filter((x) => x.issue === 'other').length} piece(s) naming no issue`);
    items = items.filter((x) => x.issue !== 'other');
  }
  for (const item0 of items) {
    const item = !terms && list.issue && item0.regions.length ? { ...item0, issue: list.issue } : item0;
    if (item !== item0) note(run, bulletCompletes.id, 'change', list.t, `${item0.issue} → ${list.issue} (places completing the sentence)`);
    let itemType = type;
    // ("- No recognition of any occupied territory as Russian; talks on territory to start from the current line": a
    // piece after a semicolon is a point of its own, refused only when it opens with "no" itself, content/semicolon-pieces.)
    const piece = pieceStart(doc, from, item.start);
    if (piece > from && list.type === 'DEMAND') {
      itemType = negatives.has(doc.tokens[piece]?.lower ?? '') ? 'REJECT' : 'DEMAND';
      if (itemType !== type) note(run, semicolonPieces.id, 'change', list.t, `${type} → ${itemType} (the piece after the semicolon)`);
    }
    // (A principal side's document under a factbox heading proposes its talks and its ceasefire, content/document-heading.)
    if (list.document && documentPointType(doc, itemType, item.issue) !== itemType) { itemType = documentPointType(doc, itemType, item.issue); note(run, principalFormula.id, 'change', list.t, `DEMAND → ${itemType} (${item.issue}: a mutual step in a principal side's document)`); }
    if (list.principal && type === 'PROPOSE' && doc.index.words(principalFormula.id, 'issues').has(item.issue)) { itemType = 'DEMAND'; note(run, principalFormula.id, 'change', list.t, `PROPOSE → DEMAND (${item.issue}: a bullet of a principal side's own plan)`); }
    // ("* Ukraine must withdraw all its troops …" under Putin's "peace proposal:": an obligation on another party in a
    // principal side's own list, content/bullet-obligation.)
    else if (itemType === 'PROPOSE' && principalPlan(doc, list.s, list.holder)) {
      const own = bulletModalType(doc, s, from, list.holder.codes);
      if (own) { itemType = own; note(run, bulletObligation.id, 'change', list.t, `PROPOSE → ${own} (${item.issue}: ${own === 'DEMAND' ? 'an obligation in' : 'the side\'s own step in'} a principal side's list)`); }
    }
    // ("Kyiv's proposal contains: - a neutral, non-bloc status for Ukraine; - a commitment not to acquire nuclear
    // weapons": a limit a principal side puts on itself in its own list is its offer, claim/own-neutrality.)
    // (Only a principal side's list: a mediator's draft puts limits on the sides, not on itself.)
    // ("10. Confirmation of the end of the war, with a document signed by the parties." in Kyiv's own list: a format it
    // puts forward, claim/principal-talks-point; not a list its own noun types, "set out his conditions: - a neutral
    // venue for further talks", whose points are demands whatever they are on.)
    if (itemType === 'DEMAND' && item.issue === 'talks' && !typedList(list.t) && principalPlan(doc, list.s, list.holder) && barePoint(doc, from, s.tEnd)) {
      itemType = 'PROPOSE'; note(run, principalTalksPoint.id, 'change', list.t, `DEMAND → PROPOSE (a bare point on the talks in a principal side's own list)`);
    }
    // ("- No recognition …; talks on territory to start from the current line of contact": the present line put forward
    // as where the talks on land begin, content/line-start-item; a bullet is listed.)
    if (itemType === 'DEMAND' && lineStartItemAt(doc, s, { ...list.t, listed: true }, item)) { itemType = 'PROPOSE'; note(run, lineStartItem.id, 'change', list.t, 'DEMAND → PROPOSE (territory: the line where the talks on land start)'); }
    const limitable = (itemType === 'PROPOSE' || itemType === 'DEMAND') && principalPlan(doc, list.s, list.holder);
    for (const code of list.holder.codes) {
      let codeType = itemType;
      if (limitable && ownConcessionIn(doc, s.index, from, s.tEnd, item.issue, [code])) {
        note(run, ownNeutrality.id, 'change', list.t, `${code} ${itemType} → OFFER (${item.issue}: a limit the side puts on itself)`);
        codeType = 'OFFER';
      }
      // The claim is dated and sourced by the introducing sentence; its quote is the bullet.
      const c = makeClaim(run, list.s, { ...list.t, start: from, end: Math.max(from + 1, item.end) }, list.holder, code, codeType, { ...item, start: from, end: Math.max(item.end, from + 1) }, run.claims.length + made.length);
      // (A point of a party's document under a factbox heading: its own provision, document/distinct-provisions, and
      // no restatement of a speaker's words outside the factbox, document/factbox-points.)
      if (list.document) { markProvision(c, s.paragraph); markFactboxPoint(c, list.s.index); }
      made.push(c);
    }
  }
  if (made.length) note(run, listItems.id, 'claim', list.t, `${made.length} claim(s) from a bullet`);
  run.claims.push(...made);
  return true;
}

const deonticAddressee = defineRule({
  id: 'content/deontic-addressee', stage: 'content',
  reason: 'A stance whose content, cut at the next stance of its sentence, a deontic ("must", "should"), is only the party that deontic addresses ("Belgium insisted its European Union partners must provide guarantees", "Budapest insisted the European Union should stop …") has no content of its own: the party is the deontic\'s subject and the deontic carries the stance. A party\'s name is no issue here ("European Union" as the bloc, not membership of it). The words a party\'s phrase may have are lexicon data.',
});

/** Tokens [from, to) are only "that" and one party's phrase ("its European Union partners", "the EU"). */
function deonticAddresseeOnly(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const extra = doc.index.words(deonticAddressee.id, 'words');
  let j = from, party = false;
  if (doc.tokens[j]?.lower === 'that') j++;
  while (j < to) {
    const a = actors.find((x) => x.start === j && x.end <= to && !x.possessive);
    if (a && !party) { party = true; j = a.end; continue; }
    if (!doc.tokens[j].word || !extra.has(doc.tokens[j].lower)) return false;
    j++;
  }
  return party;
}

/** Words that open a relative clause on a plan noun ("the roadmap, which would …"). */
const RELATIVE_OPENERS = new Set(['which', 'that']);

const nextStanceEnds = defineRule({
  id: 'content/next-stance-ends-scope', stage: 'content',
  reason: 'The next stance of the sentence ends this one\'s content, unless it is this one\'s object ("rejected the European proposal for …").',
});

const documentSpeaks = defineRule({
  id: 'sentence/document-speaks', stage: 'sentence',
  reason: '"The US peace plan discussed with Kyiv last month had envisaged using 100 billion dollars of the frozen assets", "The original Serbian draft presented in May proposed a joint commission": a plan noun at the head of its sentence that is the subject of a verb its authors hold (holder/document-subject) states nothing of its own; the verb says what the plan proposes. Without this the noun alone was a second claim, a PROPOSE on the talks (spec rule 9) the article does not make.',
});

const nounInfinitive = defineRule({
  id: 'content/noun-infinitive', stage: 'content',
  reason: '"Bern agreed to a request from Kyiv to organise a peace summit", "Baku accepted an invitation from Ankara to hold talks", "Belgrade rejected a proposal by Brussels to freeze the dispute": the infinitive after a stance noun (content/anaphoric-object \'words\') that is this stance\'s object, with only its author between them, states what the noun asks: its stance is this one\'s object, and does not end this one\'s content (content/next-stance-ends-scope). Not past a comma.',
});

const heading = defineRule({
  id: 'sentence/heading', stage: 'sentence',
  reason: 'A subheading between paragraphs of text ("Territory and red lines in Ukraine", "Guarantees and sanctions"): a paragraph of one short line with no closing punctuation names topics; its nouns and predicates ("red lines", "demands") state no stance. A verb of its own ("Kremlin rejects plan") still does.',
});

/** A one-line paragraph of two to ten words with no closing punctuation, text before and after it. */
function isHeading(doc: Doc, s: Sentence): boolean {
  const prev = doc.sentences[s.index - 1], next = doc.sentences[s.index + 1];
  if (!prev || !next || prev.paragraph === s.paragraph || next.paragraph === s.paragraph) return false;
  const last = doc.tokens[s.tEnd - 1];
  if (!last?.word) return false;
  let words = 0;
  for (let j = s.tStart; j < s.tEnd; j++) if (doc.tokens[j].word) words++;
  return words >= 2 && words <= 10;
}

const coordinatedInfinitiveRule = defineRule({
  id: 'holder/coordinated-infinitive', stage: 'holder',
  reason: '"Ukraine\'s negotiators offered on Tuesday to give up the country\'s ambition to join NATO and to accept a neutral, non-nuclear status", "Belgrade agreed to withdraw its police from the north and to accept an EU mission": a stance verb in an infinitive joined by "and to"/"or to" to the infinitive of an earlier verb of offering, accepting, proposing or refusing shares that verb\'s subject; a party named inside the first infinitive ("join NATO") is its object, not the subject of the second. Under a refusal ("refused to withdraw … and to accept EU monitors") an acceptance or offer is refused too. Only when the first infinitive follows its verb directly (past adverbs and a time: "offered on Tuesday to"); a party between ("urged Kyiv to withdraw and to accept") makes the infinitives that party\'s.',
});

/** The index of the earlier trigger whose infinitive the trigger `k` coordinates with ("offered to X and to accept Y"),
 * or -1 (holder/coordinated-infinitive). */
function coordinatedInfinitive(doc: Doc, s: Sentence, triggers: Trigger[], holders: Array<Holder | null>, k: number): number {
  const { tokens } = doc;
  const t = triggers[k];
  if (t.exchange || t.nominal || tokens[t.start - 1]?.lower !== 'to') return -1;
  const and = t.start - 2;
  if (tokens[and]?.lower !== 'and' && tokens[and]?.lower !== 'or') return -1;
  const w = (list: string) => doc.index.words(coordinatedInfinitiveRule.id, list);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let o = k - 1; o >= 0; o--) {
    const prev = triggers[o], h = holders[o];
    if (prev.end > and || prev.nominal || prev.exchange || !h) continue;
    if (!w('types').has(prev.type.toLowerCase())) return -1;
    // The first infinitive right after the verb, past adverbs and a time ("offered on Tuesday to").
    let to = -1;
    for (let j = prev.end; j < Math.min(and, prev.end + 5); j++) {
      if (tokens[j].lower === 'to') { to = j; break; }
      if (!tokens[j].word || actors.some((m) => m.start <= j && j < m.end)) break;
    }
    if (to < 0 && tokens[prev.end - 1]?.lower === 'to') to = prev.end - 1;
    if (to < 0) return -1;
    // (One clause: no clause opener or verb of saying between the infinitives.)
    const breaks = w('breaks');
    for (let j = to + 1; j < and; j++) if (breaks.has(tokens[j].lower) || tokens[j].text === ';' || speechVerbs(doc).has(tokens[j].lower)) return -1;
    const own = holders[k];
    // (Only over a holder found as a party inside the first infinitive, or none, or the same.)
    if (own && own.codes.join() !== h.codes.join() && !(own.mention && own.mention.start > to && own.mention.end <= and)) return -1;
    return o;
  }
  return -1;
}

function readSentence(run: Run, s: Sentence, carriedIn: Holder | null): Holder | null {
  const { doc, trace } = run;
  let carried = carriedIn;
  let triggers = findTriggers(doc, s, trace);
  if (!triggers.length) return carried;
  if (isHeading(doc, s)) {
    const stated = triggers.filter((t) => !t.nominal && t.object !== 'before');
    for (const t of triggers) if (!stated.includes(t)) note(run, heading.id, 'drop', t, 'a subheading names topics');
    triggers = stated;
    if (!triggers.length) return carried;
  }
  // Holders first, so that stances inside another's complement are known before scopes are cut.
  // Filled by push, not made by map(): V8's map() builds a holey array where its optimised inline copy builds
  // a packed one, so the optimised readSentence met arrays of another kind and was thrown away (speed, issue 7).
  const holders: Array<Holder | null> = [];
  const absorbed: boolean[] = [];
  const reporting: boolean[] = [];
  for (const t of triggers) { holders.push(t.exchange ? null : findHolder(doc, s, t, carried, trace)); absorbed.push(false); reporting.push(false); }
  // "It backs exchanges of prisoners and calls for …": a coordinated stance verb shares the holder before it.
  for (let k = 1; k < triggers.length; k++) {
    const t = triggers[k];
    if (holders[k] || t.exchange || t.nominal || t.modal) continue;
    const o = coordinatedWith(doc, s, triggers, holders, k);
    if (o < 0) continue;
    holders[k] = { ...holders[o]!, via: 'subject', rule: coordinatedStance.id };
    note(run, coordinatedStance.id, 'holder', t, `${holders[k]!.codes.join('+')} (as “${doc.tokens[triggers[o].start].text}”)`);
  }
  // ("offered to give up its bid to join NATO and to accept a neutral status": a stance verb in an infinitive coordinated
  // with the infinitive of an earlier stance verb shares that verb's holder, content/coordinated-infinitive.)
  for (let k = 1; k < triggers.length; k++) {
    const o = coordinatedInfinitive(doc, s, triggers, holders, k);
    if (o < 0) continue;
    if (holders[k]?.codes.join() !== holders[o]!.codes.join()) {
      holders[k] = { ...holders[o]!, via: 'subject', rule: coordinatedInfinitiveRule.id };
      note(run, coordinatedInfinitiveRule.id, 'holder', triggers[k], `${holders[k]!.codes.join('+')} (as “${doc.tokens[triggers[o].start].text}”)`);
    }
    // ("refused to withdraw … and to accept EU monitors": the refusal governs both infinitives.)
    if (triggers[o].type === 'REJECT' && (triggers[k].type === 'ACCEPT' || triggers[k].type === 'OFFER')) {
      note(run, coordinatedInfinitiveRule.id, 'change', triggers[k], `${triggers[k].type} → REJECT (under “${doc.tokens[triggers[o].start].text}”)`);
      triggers[k] = { ...triggers[k], type: 'REJECT' };
    }
  }
  // ("offered …, provided a group of foreign states guaranteed its security": an offer's proviso is demanded by the
  // offer's holder, not by a party named inside the offer, candidate/offer-proviso.)
  for (let k = 1; k < triggers.length; k++) {
    if (triggers[k].rule !== 'cue:condition-proviso') continue;
    let o = k - 1;
    while (o >= 0 && !(holders[o] && !triggers[o].exchange && !triggers[o].nominal && (triggers[o].type === 'OFFER' || triggers[o].type === 'ACCEPT') && triggers[o].end <= triggers[k].start)) o--;
    if (o < 0 || !holders[o]!.codes.length || holders[k]?.codes.join() === holders[o]!.codes.join()) continue;
    holders[k] = { ...holders[o]!, via: 'subject', rule: offerProviso.id };
    note(run, offerProviso.id, 'holder', triggers[k], `${holders[k]!.codes.join('+')} (the holder of “${doc.tokens[triggers[o].start].text}”)`);
  }
  // ("Kosovo welcomed their offer of talks": the pronoun's party is not the acceptor's, holder/accepted-owner.)
  for (let k = 1; k < triggers.length; k++) {
    const h = holders[k], o = triggers[k - 1], t = triggers[k], ho = holders[k - 1];
    if (!h || !ho || h.via !== 'possessor' || h.mention?.kind !== 'pronoun' || (o.type !== 'ACCEPT' && o.type !== 'REJECT') || o.nominal) continue;
    if (h.mention.start !== o.end || h.mention.end !== t.start) continue;
    if (!h.codes.length || h.codes.join() !== ho.codes.join()) continue;
    holders[k] = null;
    note(run, acceptedOwner.id, 'drop', t, `“${doc.tokens[h.mention.start].text}” is not “${doc.tokens[o.start].text}”'s own party`);
  }
  // "urged Kyiv to begin negotiations now or face losing more territory": the penalty is the demand's holder's threat.
  for (let k = 1; k < triggers.length; k++) {
    // (Also when a cue right after it chained to it: "or face consequences", rule "or-face+cue:threaten".)
    if (triggers[k].rule !== 'or-face' && !triggers[k].rule.startsWith('or-face+')) continue;
    let o = k - 1;
    while (o >= 0 && !(triggers[o].type === 'DEMAND' && holders[o])) o--;
    holders[k] = o >= 0 ? { ...holders[o]!, via: 'subject', rule: orFaceHolder.id } : null;
    if (o >= 0) note(run, orFaceHolder.id, 'holder', triggers[k], `${holders[k]!.codes.join('+')} (the demand's holder)`);
  }
  const reportingWords = doc.index.words(reportingClause.id);
  triggers.forEach((t, k) => {
    if (k === 0 || !holders[k]) return;
    const m = holders[k]!.mention;
    if (!m || m.end !== t.start) return;
    if (doc.tokens[m.start - 1]?.text === ',' && reportingWords.has(doc.tokens[t.end]?.lower ?? '')) {
      holders[k] = null; reporting[k] = true;
      note(run, reportingClause.id, 'drop', t, 'reports the stance before it');
    }
  });
  // "Trump said he needs to discuss it with NATO leaders": a deontic about the speaker's own side obliges
  // itself; it demands nothing of another party (a harmful step is a threat: trigger/harmful-act).
  triggers.forEach((t, k) => {
    const h = holders[k];
    if (!h || !t.modal || t.type !== 'DEMAND' || t.rule === 'imperative' || t.rule === 'not-without') return;
    const subject = (doc.actorsBySentence.get(s.index) ?? []).find((m) => m.end === t.start || (m.end === t.start - 1 && !doc.tokens[m.end].word));
    // ("Kyiv should be able to skip the action plan", "Georgia must be allowed to join": an entitlement of its own
    // side demands that others let it.)
    const lower = (j: number) => doc.tokens[j]?.lower ?? '';
    const be = lower(t.end - 1) === 'be' ? t.end : lower(t.end) === 'be' ? t.end + 1 : -1;
    if (be >= 0 && doc.index.words(selfObligation.id, 'entitlements').has(lower(be))) { note(run, selfObligation.id, 'keep', t, `an entitlement ("be ${lower(be)}"): demanded of others`); return; }
    // ("Poland should have a seat at the table", "Europe must have a say": a place in the process, rules.json 'seats'.)
    const have = lower(t.end - 1) === 'have' ? t.end : lower(t.end) === 'have' ? t.end + 1 : -1;
    if (have >= 0 && (lower(have) === 'a' || lower(have) === 'its' || lower(have) === 'their' || lower(have) === 'our') && doc.index.words(selfObligation.id, 'seats').has(lower(have + 1))) { note(run, selfObligation.id, 'keep', t, `an entitlement ("have a ${lower(have + 1)}"): demanded of others`); return; }
    // ("we must first of all talk about effective guarantees of peace": what one's own side must discuss first sets the
    // agenda, a demand that it come first, rules.json 'orderWords' and 'agendaVerbs'.)
    if (firstOnAgenda(doc, t.end)) { note(run, selfObligation.id, 'keep', t, 'what must be discussed first: demanded'); return; }
    // ("all Western sanctions against Russia would have to be lifted": a party after a preposition ends a noun phrase
    // whose head is something else; it is no subject of the deontic.)
    if (subject && doc.index.words(selfObligation.id, 'prepositions').has(lower(subject.start - 1))) return;
    if (subject && subject.codes.length && subject.codes.every((c) => h.codes.includes(c))) { holders[k] = null; note(run, selfObligation.id, 'drop', t, 'obliges its own speaker'); }
  });
  // "Moscow has no veto over …": the party denied the power to impose holds no refusal (candidate/denied-imposition).
  triggers.forEach((t, k) => {
    const denied = holders[k] ? deniedParty(doc, s, t) : null;
    if (denied && denied.every((c) => holders[k]!.codes.includes(c))) { holders[k] = null; note(run, deniedImposition.id, 'drop', t, 'held by the party denied the power'); }
  });
  // ("… Then, and only then, would Chisinau grant the region a special status": the holder's own step in return after a
  // backward condition cue is an offer, content/own-consequence.)
  triggers.forEach((t, k) => {
    const h = holders[k];
    if (h && ownConsequence(doc, s, t, h.codes)) { note(run, ownConsequenceRule.id, 'change', t, `→ OFFER (${h.codes.join('+')}'s own step in return)`); t.type = 'OFFER'; }
  });
  // ("Putin agreed that the United States and Europe could offer Ukraine protection": what a party agrees another
  // could do is its own acceptance, no offer of the other's, sentence/granted-permission.)
  for (let k = 0; k < triggers.length; k++) {
    const g = grantedPermissionAt(doc, s, triggers[k], holders[k]);
    if (!g) continue;
    const own = holders[k]!.codes;
    const o = triggers.findIndex((x, q) => q !== k && x.type === 'ACCEPT' && x.start <= g.verb && g.verb < x.end && holders[q] && !absorbed[q]);
    if (o >= 0) {
      if (holders[o]!.codes.some((c) => own.includes(c))) continue;
      absorbed[k] = true;
      note(run, grantedPermission.id, 'drop', triggers[k], `permitted by ${holders[o]!.codes.join('+')} (“${doc.tokens[triggers[o].start].text}”), accepted there`);
      continue;
    }
    const t = triggers[k];
    const agreed: Trigger = { ...t, start: g.verb, end: g.that + 1, type: 'ACCEPT', modal: false, complement: false, modality: 'asserted' };
    const h = findHolder(doc, s, agreed, carried, trace);
    if (!h || !h.codes.length || h.codes.some((c) => own.includes(c))) continue;
    triggers[k] = { ...t, start: g.verb, type: 'ACCEPT', modal: false, modality: 'asserted' };
    holders[k] = { ...h, rule: grantedPermission.id };
    note(run, grantedPermission.id, 'change', triggers[k], `→ ${h.codes.join('+')} ACCEPT (what “${doc.tokens[g.verb].text}” grants ${own.join('+')})`);
  }
  for (let k = 0; k < triggers.length; k++) {
    const h = holders[k];
    if (!h || triggers[k].exchange) continue;
    for (let o = 0; o < k; o++) {
      // "A senior official phoned the Ukrainian president, urging him to accept a freeze": what a call urges on its
      // addressee is no stance of the addressee's, even when no party is found to hold the call.
      if (!holders[o] && !absorbed[o] && urgedInfinitive(doc, triggers[o], triggers[k])) { absorbed[k] = true; note(run, complementAbsorbs.id, 'drop', triggers[k], 'urged by a call with no holder'); break; }
      if (absorbed[o] || !holders[o] || triggers[o].exchange) continue;
      if (absorbs(doc, triggers[o], holders[o]!, triggers[k], h, s)) {
        // ("set out the conditions under which Russia would order a ceasefire: …": the holder's own truce offered on
        // the terms listed after the colon, sentence/truce-on-terms.)
        const terms = h.codes.some((c) => holders[o]!.codes.includes(c)) && inRelativeOfObject(doc, s, triggers[o], triggers[k]) ? truceOnTermsAt(doc, s, triggers[o], triggers[k], objectHead(doc, s, triggers[o].end)) : -1;
        if (terms >= 0) {
          triggers[o].termsListAt = terms;
          triggers[k].contentEnd = Math.min(triggers[k].contentEnd ?? terms, terms);
          note(run, truceOnTerms.id, 'keep', triggers[k], `a truce ${h.codes.join('+')} offers on the terms listed after “:”`);
          continue;
        }
        absorbed[k] = true; note(run, inRelativeOfObject(doc, s, triggers[o], triggers[k]) ? relativeContent.id : complementAbsorbs.id, 'drop', triggers[k], 'inside the content of an earlier stance'); break; }
    }
  }
  // "reiterated Moscow's position that NATO's expansion would be a direct threat": the predicate types the view.
  for (let k = 1; k < triggers.length; k++) {
    // (Also a predicate no rule found a holder for: "China's position that NATO's expansion would be a direct threat".)
    if (absorbed[k] || triggers[k].object !== 'before' || triggers[k].exchange) continue;
    const o = viewHolding(doc, triggers, holders, absorbed, k);
    if (o < 0) continue;
    holders[k] = { ...holders[o]!, via: 'speaker' };
    absorbed[o] = true;
    note(run, viewPredicate.id, 'holder', triggers[k], `${holders[k]!.codes.join('+')} (the view “${joinTokens(doc.tokens, triggers[o].start, triggers[o].end, false)}” it judges)`);
    note(run, viewPredicate.id, 'drop', triggers[o], `typed by the predicate “${doc.tokens[triggers[k].start].text}” inside it`);
  }
  // "'Any attempts to make demands are unacceptable for us,' Lavrov said", "Talk about the need to make concessions
  // is unacceptable, Pashinyan said": a stance inside the subject a refusing predicate judges, held by the same
  // party, is what that party refuses, not a stance of its own (sentence/judged-subject).
  for (let k = 1; k < triggers.length; k++) {
    const p = triggers[k];
    if (absorbed[k] || !holders[k] || p.object !== 'before' || p.type !== 'REJECT' || p.exchange) continue;
    if (doc.tokens[p.start - 1]?.lower === 'as') continue;
    const b = judgedSubjectStart(doc, s, p.start, triggers);
    for (let o = 0; o < k; o++) {
      const t = triggers[o];
      // ("Without a ceasefire, talks are meaningless": a fronted "without" phrase ended by its comma is no part of the
      // subject judged, candidate/not-without.)
      if (absorbed[o] || !holders[o] || t.exchange || t.type === 'REJECT' || t.type === 'ACCEPT' || t.start < b || t.end > p.start || (t.rule === 'not-without' && t.contentEnd !== undefined && t.contentEnd < p.start)) continue;
      if (!holders[o]!.codes.length || !holders[o]!.codes.every((c) => holders[k]!.codes.includes(c))) continue;
      absorbed[o] = true;
      note(run, judgedSubject.id, 'drop', t, `inside the subject the predicate “${doc.tokens[p.start].text}” refuses`);
    }
  }
  // ("The US peace plan discussed with Kyiv last month had envisaged using the frozen assets": a plan noun that is its
  // clause's subject speaks through its verb, which its authors hold, sentence/document-speaks.)
  for (let k = 0; k < triggers.length; k++) {
    const t = triggers[k];
    if (absorbed[k] || !t.nominal || holders[k]?.rule !== 'holder/document-authors') continue;
    if (doc.tokens.slice(s.tStart, t.start).filter((x) => x.word).length > 4) continue;
    // ("The 28-point plan drafted by Witkoff …": a participle right after the noun describes the plan, no verb of it.)
    const describing = (v: Trigger) => v.start === t.end && /ed$/.test(doc.tokens[v.start].lower);
    const speaks = (v: Trigger, j: number) => j > k && !absorbed[j] && !v.nominal && holders[j]?.rule === 'holder/document-subject' && holders[j]!.codes.join() === holders[k]!.codes.join();
    // (With no verb of its own after it, the participle carries the plan's content: "The US peace plan unveiled last
    // month would have put …".)
    let q = triggers.findIndex((v, j) => speaks(v, j) && !describing(v));
    const verbOwn = q >= 0;
    if (q < 0) q = triggers.findIndex(speaks);
    if (q < 0) continue;
    absorbed[k] = true;
    note(run, documentSpeaks.id, 'drop', t, `the subject of “${doc.tokens[triggers[q].start].text}”, which states its content`);
    // ("The 28-point plan drafted by Witkoff and Dmitriev … would require …": a participle right after the noun
    // describes the plan; the plan's verb says what it proposes.)
    for (let j = k + 1; verbOwn && j < q; j++) {
      const p = triggers[j];
      if (absorbed[j] || p.nominal || !describing(p) || holders[j]?.rule !== 'holder/document-subject') continue;
      absorbed[j] = true;
      note(run, documentSpeaks.id, 'drop', p, 'a participle describing the plan');
    }
  }
  const mainIdx = triggers.findIndex((t, k) => !t.exchange && holders[k] && !absorbed[k]);
  triggers.forEach((t, k) => { if (t.exchange && mainIdx >= 0) { holders[k] = { ...holders[mainIdx]!, via: 'subject' }; note(run, exchangeHolder.id, 'holder', t, `held by ${holders[k]!.codes.join('+')}`); } });
  const made: Claim[] = [];
  const exchangeClaims: Claim[] = [];
  const mainClaims: Claim[] = [];
  const byTrigger = new Map<Trigger, Claim[]>();
  for (let k = 0; k < triggers.length; k++) {
    const t = triggers[k];
    const holder = holders[k];
    if (!holder || absorbed[k]) continue;
    // A stance whose object is another's stance noun ("backing Trump's call for …", "rejected the European
    // proposal for …") takes that noun's content as its own.
    let headCache = -2;
    const headOf = () => (headCache === -2 ? (headCache = objectHead(doc, s, t.end)) : headCache);
    // (Not past a comma: "welcomed the Chinese proposal, calling its offer of talks a good start" ends the proposal's
    // content at the offer, as "the Belarusian memorandum coolly, calling its demand …" does.)
    const commaBefore = (n: Trigger) => { for (let j = t.end; j < n.start; j++) if (doc.tokens[j].text === ',') return true; return false; };
    // ("presented the leaders of the G20 with a ten-point plan": the document after "with" is the verb's object,
    // discourse/document-presented-with.)
    const withObject = (n: Trigger) => n.nominal && n.start - t.end <= 12 && doc.index.words('discourse/document-presented-with').has(doc.tokens[t.end - 1].lower) && doc.tokens.slice(t.end, n.start).some((x) => x.lower === 'with') && doc.tokens.slice(t.end, n.start).every((x) => x.word || x.text === '-');
    // ("Moscow's memorandum demands …": the document's verb is no noun this stance governs, holder/document-verb.)
    const documentVerbAt = (n: Trigger, q: number) => holders[q]?.via === 'possessor' && !n.nominal && documentVerb(doc, s, n);
    const isObject = (n: Trigger, q: number) => withObject(n) || !documentVerbAt(n, q) && (n.nominal || holders[q]?.via === 'possessor') && ((n.start <= t.end + 3 && !((t.nominal || holder.via === 'possessor') && commaBefore(n))) || (n.start <= headOf() && headOf() < n.end) || (holders[q]?.via === 'possessor' && !!holders[q]!.mention && holders[q]!.mention!.start <= t.end + 3 && holders[q]!.mention!.start >= t.end));
    // ("At President Trump's request, the Kremlin agreed to halt strikes": what a fronted adjunct's stance noun asks is
    // the main clause's act, which stays its subject's own stance too, sentence/fronted-adjunct.)
    // (Only a noun that names nothing of its own before the comma: "In response to Trump's idea of a 30-day ceasefire,
    // Putin outlined …" proposes the truce it names.)
    let frontEnd = t.nominal || holder.via === 'possessor' ? frontedAdjunctEnd(doc, s, t) : -1;
    for (let q = t.end; q < frontEnd; q++) if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak)) { frontEnd = -1; break; }
    // (A plan's provision in a relative clause on a noun of this stance's content, "rejected the Polish roadmap, which
    // would limit its army", describes what is rejected: it does not end the content, content/next-stance-ends-scope.)
    // ("agreed to a request from Kyiv to organise a summit": the noun's infinitive, content/noun-infinitive.)
    const nounInfinitiveOf = (n: Trigger) => {
      const h = headOf();
      if (h < t.end || n.start <= h + 1 || n.start - h > 6 || doc.tokens[n.start - 1]?.lower !== 'to' || !doc.index.words(anaphoricObject.id).has(doc.tokens[h].lower)) return false;
      for (let j = h + 1; j < n.start; j++) if (doc.tokens[j].text === ',' || doc.tokens[j].text === ';') return false;
      if (trace) note(run, nounInfinitive.id, 'keep', t, `“${doc.tokens[n.start].text}” states what “${doc.tokens[h].text}” asks`);
      return true;
    };
    const relativeProvision = (n: Trigger) => n.rule === 'document-provision' && n.start === n.end && RELATIVE_OPENERS.has(doc.tokens[n.start - 1]?.lower ?? '');
    // ("had put forward demands that were 'non-starters', including that Ukraine withdraw …": a judgement of this
    // stance's own noun in its relative clause describes the demands; what follows it is still their content,
    // content/judged-relative.)
    const judgedRelative = (n: Trigger) => {
      if (n.type !== 'REJECT' || n.cue?.id !== 'reject-predicate' || n.start <= t.end || n.start - t.end > 5) return false;
      // (The relative word closes the stance, "demands that", or opens the words after it, "demands which were".)
      let j = t.end;
      if (!RELATIVE_OPENERS.has(doc.tokens[t.end - 1]?.lower ?? '')) { if (!RELATIVE_OPENERS.has(doc.tokens[j]?.lower ?? '')) return false; j++; }
      if (!doc.tokens.slice(j, n.start).every((x) => !x.word || doc.index.words(judgedRelativeRule.id, 'copulas').has(x.lower))) return false;
      // (Only when the demands' own content follows, ", including …": "accusing Pristina of making demands that were
      // 'unacceptable' on the recognition of Kosovo" says what the judgement is about, and is no demand stated.)
      let e = n.end;
      while (e < s.tEnd && !doc.tokens[e].word && doc.tokens[e].text !== ',') e++;
      return doc.tokens[e]?.text === ',' && doc.index.words(judgedRelativeRule.id, 'contentOpeners').has(doc.tokens[e + 1]?.lower ?? '');
    };
    const next = triggers.find((n, q) => q > k && !absorbed[q] && !(t.termsListAt !== undefined && n.start < t.termsListAt) && (holders[q] || reporting[q]) && !isObject(n, q) && !relativeProvision(n) && !nounInfinitiveOf(n) && !judgedRelative(n) && !(frontEnd >= 0 && n.start > frontEnd));
    // ("Moscow's memorandum demands the recognition of …": a possessed document's verb is no noun, holder/document-verb.)
    const nounUse = holder.via === 'possessor' && t.rule !== 'list-noun' && !t.rule.endsWith(PREDICATE_NOUN) && doc.index.words('content/noun-complement', 'nounCues').has(doc.tokens[t.end - 1].lower) && !documentVerb(doc, s, t);
    const [from0, to0] = scopeOf(doc, s, t, next ? next.start : s.tEnd, nounUse);
    let to = t.contentEnd !== undefined ? Math.min(to0, t.contentEnd) : to0;
    // ("wants Kosovo to give up the north, terms that Pristina rejects": the next stance's pro-form and its clause
    // are not this stance's content, content/apposition.)
    if (next) { const q = triggers.indexOf(next); const at = holders[q] ? proFormMark(doc, s, next, holders[q]!.mention) : -1; if (at > t.end && at < to) to = at; }
    // ("… must not turn Transnistria into a bargaining chip and that the Russian troops stationed there must leave":
    // the next stance's own that-clause is not this stance's content, content/coordinated-that-clause.)
    if (next && !t.nominal) { const at = coordinatedThatAt(doc, t.end, Math.min(to, next.start)); if (at > t.end) { to = at; note(run, coordinatedThatClause.id, 'change', t, `content ends at “${doc.tokens[at].text}”`); } }
    // ("backed the EU proposal for a new round, and that questions of territory could only be discussed …": a noun's
    // content ends before a that-clause coordinated after a comma, content/noun-coordinated-that.)
    if (t.nominal || holder.via === 'possessor') { const at = nounCoordinatedThatAt(doc, t.end, to); if (at > t.end) { to = at; note(run, nounThatClause.id, 'change', t, `content ends at “${doc.tokens[at].text}”`); } }
    // "put forward its terms: …": the list noun announces the items, it is none of them.
    let from = t.typedAt !== undefined ? Math.max(from0, t.typedAt + 1) : from0;
    // ("the conditions under which Russia would order a ceasefire: …": the terms start after the colon, the relative
    // clause before it is the holder's own offer, sentence/truce-on-terms.)
    if (t.termsListAt !== undefined) from = Math.max(from, t.termsListAt + 1);
    // ("urged the bloc to shift its focus to a ceasefire": content/addressee-noun.)
    const pastAddressee = addresseeNounEnd(doc, t);
    if (pastAddressee > from) for (let q = pastAddressee; q < to; q++) if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak)) { from = pastAddressee; break; }
    // ("agreed during the talks in Cairo to release prisoners": the adjunct before the preposition is the occasion,
    // not the content, candidate/gap-verb and adjunct-gap.ts.)
    if (t.adjunctEnd !== undefined && t.adjunctEnd > from) for (let q = t.adjunctEnd; q < to; q++) if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak)) { from = t.adjunctEnd; break; }
    // "a plan for talks which Beijing has endorsed": a relative clause's stance is on the noun it describes.
    const floor = triggers.reduce((f, o, q) => (q < k && o.end <= t.start ? Math.max(f, o.end) : f), s.tStart);
    // ("the Easter ceasefire declared on Saturday by the Russian leader": a participle's content is its noun.)
    const rel = (holder.rule === reducedRelativeAgent.id ? reducedRelativePhrase(doc, s, t, floor) : null) ?? relativeStance(doc, s, t, holder.mention, floor);
    if (rel) { [from, to] = rel; note(run, holder.rule === reducedRelativeAgent.id ? reducedRelativeAgent.id : relativeAntecedent.id, 'change', t, `content is “${joinTokens(doc.tokens, rel[0], rel[1], false)}”`); }
    // "The neutrality clause, a key Russian demand, …": a stance noun in apposition names the stance of what precedes it.
    const app = rel ? null : appositionOf(doc, s, t);
    if (app) { [from, to] = app; note(run, appositionContent.id, 'change', t, `content is “${joinTokens(doc.tokens, app[0], app[1], false)}”`); }
    if (next && trace) note(run, nextStanceEnds.id, 'keep', t, `content ends at “${doc.tokens[next.start].text}”`);
    // ("Belgium insisted its European Union partners must provide guarantees": a deontic's subject is all this stance
    // has before the deontic; the party asked is no content of its own, the deontic carries the stance,
    // content/deontic-addressee.)
    if (next && next.modal && !rel && !app && deonticAddresseeOnly(doc, s, Math.max(from, t.end), Math.min(to, next.start))) {
      note(run, deonticAddressee.id, 'drop', t, `only the party the deontic “${doc.tokens[next.start].text}” addresses`);
      continue;
    }
    // ("The Saudi statement said the participants had agreed on the importance of continuing consultations": what the
    // attendees of a meeting, referred to as such, agreed together is the meeting's outcome, no position of each one,
    // claim/meeting-outcome.)
    if (t.type === 'ACCEPT' && t.cue && doc.index.words(jointAgreement.id, 'cues').has(t.cue.id) && holder.codes.length >= 3 && meetingAttendees(doc, holder)) {
      note(run, meetingOutcome.id, 'drop', t, `agreed by "${doc.tokens[holder.mention!.end - 1].text}" of a meeting: its outcome, no party's position`);
      continue;
    }
    // ("European leaders said they welcomed Trump's efforts": a third party's praise of another's efforts, claim/welcomed-efforts.)
    const praised = welcomedEffortsOf(doc, s, t, holder);
    if (praised) { note(run, welcomedEfforts.id, 'drop', t, praised); continue; }
    // ("The language of ultimatums is unacceptable to us": how the holder is addressed, no position, content/manner-of-address.)
    const manner = mannerOfAddressSubject(doc, s, t);
    if (manner) { note(run, mannerOfAddress.id, 'drop', t, manner); continue; }
    let items = contentOf(run, s, t, holder, from, to, made);
    // ("the future of the Donbas would be left to a meeting of the two presidents": the format put forward, the talks;
    // "the status of Crimea would be the subject of separate talks": the land, content/deferred-question.)
    const deferredItems = deferredQuestionItems(doc, t);
    if (deferredItems) { items = deferredItems; note(run, deferredQuestionIssue.id, 'change', t, `${items[0].issue} (a question left to later talks)`); }
    // ("Zelensky called the demand an 'ultimatum'": the terms refused as a basis for talks, content/ultimatum-refused.)
    const ultimatum = ultimatumRefusal(doc, t, items);
    if (ultimatum) { note(run, ultimatumRefused.id, 'change', t, `${items.map((it) => it.issue).join(',') || 'no issue'} → talks (named an ultimatum)`); items = [ultimatum]; }
    // ("would cap the army at 800,000, start talks from the line of contact rather than from a withdrawal, and use frozen
    // assets …": the list goes on after the alternative that ended the content, content/list-after-alternative.)
    if (!rel && !app && !deferredItems && to === to0) {
      const resumed = resumedListRange(doc, s, t, to, next ? next.start : s.tEnd);
      if (resumed) {
        const more = contentOf(run, s, t, holder, resumed[0], resumed[1], made).filter((it) => !items.some((o) => o.issue === it.issue));
        if (more.length) { items = [...items, ...more]; note(run, listAfterAlternative.id, 'change', t, `the list goes on at “${doc.tokens[resumed[0]].text}”: ${more.map((it) => it.issue).join(', ')}`); }
      }
    }
    let type: ClaimType = t.exchange ? exchangeType(doc, s, mainIdx >= 0 ? triggers[mainIdx].type : 'OFFER', holder, t) : t.type;
    if (t.exchange && type === 'OFFER' && trace && ownConcessionAfter(doc, s, t, holder)) note(run, ownConcession.id, 'change', t, 'OFFER (the holder\'s own concession)');
    // ("territorial questions should be left for the leaders' meeting": where and by whom a question is to be
    // settled is a format proposed, on the talks, content/procedural-deontic.)
    const procedure = t.exchange ? null : proceduralItem(doc, s, t);
    if (procedure) {
      items = [procedure];
      type = 'PROPOSE';
      note(run, proceduralDeontic.id, 'change', t, 'DEMAND → PROPOSE talks (where or by whom it is to be settled: a format)');
    }
    // ("the current line of control should be the starting point for negotiations": a line put forward as the basis of
    // the talks on land, content/line-starting-point.)
    else if (!t.exchange && lineStartingPointAt(doc, s, t)) {
      type = 'PROPOSE';
      note(run, lineStartingPoint.id, 'change', t, 'DEMAND → PROPOSE (a line as the starting point of the talks)');
    }
    // ("any security guarantees should be provided by European troops", "any freeze should be along the current line":
    // "should" with how an arrangement is to be built, the speaker's design put forward, content/shaped-arrangement.)
    else if (shapedArrangementAt(doc, s, t, holder.rule)) {
      type = 'PROPOSE';
      note(run, shapedArrangement.id, 'change', t, 'DEMAND → PROPOSE (should: how an arrangement is to be built)');
    }
    // ("want a ceasefire along the current front", "wants any line to be frozen where the armies stand": a wish shaped
    // by the present line of the front puts an arrangement forward, content/wanted-line.)
    else if (!t.exchange && wantedLineAt(doc, s, t)) {
      type = 'PROPOSE';
      note(run, wantedLine.id, 'change', t, 'DEMAND → PROPOSE (a wish shaped by the present line of the front)');
    }
    // (Not a list its own noun types: "the paper sets out these conditions: …" are the authors' demands, sentence/typed-list-noun.)
    // (Nor a principal side's own plan: "Russia's memorandum … requires the cessation of arms deliveries" demands it,
    // candidate/plan-parts, candidate/document-list-item.)
    // ("- Ukraine would not become a member of NATO" in Washington's draft: a negated modal whose subject is another
    // party than the plan's authors is what the plan provides, not the authors' refusal, sentence/plan-negated-provision.)
    // (The type a plan's content had before sentence/plan-proposes made it a proposal: claim/plan-principle.)
    let planDemand: ClaimType | null = null;
    if ((holder.mention?.document ?? holder.document) === 'plan' && type === 'REJECT' && t.rule.startsWith('modal-not') && !principalPlan(doc, s, holder) && otherSideSubject(doc, s, t, holder)) {
      note(run, planNegatedProvision.id, 'change', t, 'REJECT → PROPOSE (another party\'s "would not" in a plan: a provision)');
      type = 'PROPOSE';
    }
    // (A harmful step of the other side inside a principal side's plan, "Under the second, Ukraine would stop redeploying
    // its troops, halt mobilisation …" in Russia's memorandum, is held by the plan's authors with no document kind, as a
    // threat by forces is: it too is asked of that side, sentence/plan-other-side-assent.)
    if (type === 'THREATEN' && t.rule === 'modal-threat' && holder.rule === 'holder/document-provision' && principalPlan(doc, s, holder) && otherSideSubject(doc, s, t, holder)) { note(run, planOtherSideAssent.id, 'change', t, 'THREATEN → DEMAND (the other side halting a step of its own in a principal side\'s plan)'); type = 'DEMAND'; }
    if ((holder.mention?.document ?? holder.document) === 'plan' && type !== 'PROPOSE' && type !== 'REJECT' && holder.rule !== 'holder/deontic-speaker') {
      if (typedList(t)) note(run, typedNounWins.id, 'keep', t, `${type} (the list noun's type, not a plan's PROPOSE)`);
      // ("Under the draft, if Kyiv attacks Russian cities, it will lose the guarantee": the penalty a plan sets for a
      // party's act is its authors' threat, candidate/consequence-threat.)
      else if (t.rule === 'consequence-threat') note(run, planProposes.id, 'keep', t, `${type} (a penalty the plan sets: its authors' threat)`);
      // ("- Russia would return all deported children" in Ukraine's counter-text: the other side's concession the
      // plan sets out is its authors' demand, sentence/plan-other-side-concession.)
      else if (principalPlan(doc, s, holder) && type === 'OFFER' && otherSideSubject(doc, s, t, holder)) { note(run, planOtherSide.id, 'change', t, 'OFFER → DEMAND (the other side\'s concession in a principal side\'s plan)'); type = 'DEMAND'; }
      // ("Under the second, Kyiv would agree to a ban on redeploying its troops", "Ukraine would stop mobilisation" in
      // Russia's memorandum: the other side's assent, or its halting a step of its own war effort, is asked of it too,
      // sentence/plan-other-side-assent.)
      else if (principalPlan(doc, s, holder) && type === 'ACCEPT' && otherSideSubject(doc, s, t, holder)) { note(run, planOtherSideAssent.id, 'change', t, `${type} → DEMAND (the other side's assent or halt in a principal side's plan)`); type = 'DEMAND'; }
      // ("reaching peace requires the involvement of and dialogue between all parties" in Kyiv's communiqué: a format
      // binding every side alike is put forward, sentence/plan-mutual-format.)
      else if (principalPlan(doc, s, holder) && type === 'DEMAND' && mutualFormatAt(doc, items)) { note(run, planMutualFormat.id, 'change', t, 'DEMAND → PROPOSE (a format on the talks binding all sides alike)'); type = 'PROPOSE'; }
      else if (principalPlan(doc, s, holder)) note(run, planProposes.id, 'keep', t, `${type} (a principal side's own plan: its demand)`);
      // ("Under the plan, the United States would in return offer Ukraine a guarantee": the authors' own undertaking in
      // their plan is their offer, sentence/plan-author-offer.)
      else if (type === 'OFFER' && t.cue && authorSubject(doc, s, t, holder)) note(run, planAuthorOffer.id, 'keep', t, 'OFFER (the plan\'s authors offering it themselves)');
      else { note(run, planProposes.id, 'change', t, `${type} → PROPOSE (a plan's content)`); planDemand = type; type = 'PROPOSE'; }
    }
    const ownAct = type === 'PROPOSE' && items.length ? selfOffer(doc, s, t, holder, from, to) : -1;
    if (ownAct >= 0) {
      // ("made a proposal: I can release the prisoners": the offer is a stance of its own; the noun introduces it.)
      if (next && next.start === ownAct) { note(run, proposedOwnAct.id, 'drop', t, `introduces the offer “${doc.tokens[next.start].text}” after it`); continue; }
      type = 'OFFER'; note(run, proposedOwnAct.id, 'change', t, 'PROPOSE → OFFER (the proposer itself would act)');
    }
    // ("would not sign any treaty without a full ceasefire": the document refused for its lack is no stance on the
    // talks; the lack's demand is the claim, content/lacking-document.)
    const namesDocument = (it: IssueItem) => doc.tokens.slice(it.start, it.end).some((x) => doc.index.words(lackingDocument.id, 'nouns').has(x.lower));
    if (type === 'REJECT' && items.length >= 2) {
      const lack = items.find((it) => it.issue !== 'talks' && it.issue !== 'other' && lackingItem(doc, t, it));
      const refused = lack ? items.filter((it) => it.issue === 'talks' && it.end <= lack.start && namesDocument(it)) : [];
      if (refused.length) { items = items.filter((it) => !refused.includes(it)); note(run, lackingDocument.id, 'drop', t, `talks (the document refused for lack of ${lack!.issue})`); }
    }
    // (The lack read as a stance of its own, right after the refusal: "Podolyak said Kyiv would not sign any treaty without a
    // full ceasefire", candidate/not-without.)
    // (Only a lack that names an issue other than the talks: "would not recognise any agreement reached without it" refuses
    // a deal over its head, the talks.)
    if (type === 'REJECT' && next?.rule === 'not-without' && next.start <= to + 1 && items.length && items.every((it) => it.issue === 'talks' && namesDocument(it)) && lackNamesIssue(doc, s, next.end)) {
      note(run, lackingDocument.id, 'drop', t, 'talks (the document refused for what the "without" after it lacks)');
      continue;
    }
    // "set out their shared positions: …", "published Ukraine's demands:": the list noun says what its items are.
    for (const item of items) {
      // "… demands: no NATO troops in Ukraine and the lifting of sanctions": a demanded absence refuses.
      let itemType = type === 'DEMAND' && t.listed && refusedItem(doc, s, t, item) ? 'REJECT' : type;
      // "The paper says the sovereignty and territorial integrity of all countries must be upheld": a third party's plan
      // asking that territorial integrity be respected demands it, as its support for the principle does (claim/plan-principle).
      if (planDemand === 'DEMAND' && item.issue === 'territory' && planPrincipleItem(doc, item)) { itemType = 'DEMAND'; note(run, planPrinciple.id, 'change', t, 'PROPOSE → DEMAND (territory: the principle of territorial integrity in a plan)'); }
      // ("The Chinese paper also calls for an end to 'unilateral sanctions'": a third party's plan calling for the end of
      // sanctions demands it of those who impose them, claim/plan-sanctions-end.)
      if (planDemand === 'DEMAND' && item.issue === 'sanctions' && !doc.principalsAt(s.index).some((c) => holder.codes.includes(c)) && planSanctionsEndItem(doc, t.end, item)) { itemType = 'DEMAND'; note(run, planSanctionsEnd.id, 'change', t, 'PROPOSE → DEMAND (sanctions: a third party\'s plan calls for their end)'); }
      // "rejected any deal that would … fail to provide security guarantees": refusing a lack demands the thing.
      if (type === 'REJECT' && lackingItem(doc, t, item)) { itemType = 'DEMAND'; note(run, lackRefused.id, 'change', t, `REJECT → DEMAND (${item.issue}: refusing its lack)`); }
      // "ready to agree to a short humanitarian pause", "would accept a neutral, non-aligned status": agreeing to a thing
      // that is no one's proposal, out of readiness or for one's own status, offers it (content/offered-acceptance).
      if (itemType === 'ACCEPT' && offeredAcceptance(doc, s, t, item, items[items.length - 1].end, holder.codes)) { itemType = 'OFFER'; note(run, offeredAcceptanceRule.id, 'change', t, `ACCEPT → OFFER (${item.issue}: no one's proposal)`); }
      // "will not join the sanctions against Iran", "refuses to join the talks": joining a measure or a process is no
      // gain of one's own (spec rule 7 is about joining an alliance), so refusing it refuses the thing.
      if (itemType === 'OFFER' && item.issue !== 'alliance' && item.issue !== 'other' && refusedJoining(doc, t, item)) { itemType = 'REJECT'; note(run, joinRefused.id, 'change', t, `OFFER → REJECT (${item.issue}: joining it is no gain)`); }
      // ("Zelensky's peace formula: … the release of prisoners and the restoration of territorial integrity": what a
      // principal side's own plan asks on the substance is its demand, sentence/principal-formula.)
      if (itemType === 'PROPOSE' && principalFormulaItem(doc, s, t, holder, item)) { itemType = 'DEMAND'; note(run, principalFormula.id, 'change', t, `PROPOSE → DEMAND (${item.issue}: a principal side's own plan asks it)`); }
      // ("- the current line of contact as the starting point for talks on territory": the present line put forward as
      // where the talks on land begin, content/line-start-item.)
      if (itemType === 'DEMAND' && lineStartItemAt(doc, s, t, item)) { itemType = 'PROPOSE'; note(run, lineStartItem.id, 'change', t, 'DEMAND → PROPOSE (territory: the line where the talks on land start)'); }
      for (const code of holder.codes) {
        const c = makeClaim(run, s, t, holder, code, itemType, item, run.claims.length + made.length);
        made.push(c);
        (t.exchange ? exchangeClaims : mainClaims).push(c);
        const own = byTrigger.get(t);
        if (own) own.push(c); else byTrigger.set(t, [c]);
      }
    }
    if (!t.exchange && items.length) carried = { ...holder, from: s.index };

  }
  // "… set out these conditions:" / "The memorandum lists the following demands:": the bullets that follow are
  // the items of the stance nearest the colon, held by it or by the sentence's first holder.
  if (doc.tokens[s.tEnd - 1]?.text === ':') {
    // ("His plan, which officials in Kyiv call a "peace formula", includes:": the list's noun, then an aside between
    // commas and a verb of including, content/aside-list-verb.)
    const aside = asideListTrigger(doc, s, triggers, holders);
    const k = aside >= 0 ? aside : triggers.length - 1;
    const t = triggers[k];
    // ("Kyiv rejected the following demands:", "Baku accepted these conditions:": a list noun with no holder of its
    // own after a refusal or an acceptance is its object; the bullets are what the party refuses or accepts, not
    // its demands, content/answered-list.)
    let answered = -1;
    if (!holders[k]) for (let q = k - 1; q >= 0; q--) if (holders[q] && !absorbed[q] && !triggers[q].exchange && triggers[q].end <= t.start && (triggers[q].type === 'REJECT' || triggers[q].type === 'ACCEPT')) { answered = q; break; }
    const holder = answered >= 0 ? holders[answered] : holders[k] ?? holders.find((h, q) => h && !absorbed[q] && !triggers[q].exchange) ?? null;
    const tail = !(s.tEnd - t.end <= 4 || t.typedAt === s.tEnd - 1) && typedListTail(doc, s, t);
    // ("would come into force only after the following steps were taken:", content/announced-list.)
    const announced = !(s.tEnd - t.end <= 4 || t.typedAt === s.tEnd - 1) && !tail && bulletLine(doc, doc.sentences[s.index + 1]) && announcedListTail(doc, s, t);
    if (announced) note(run, announcedList.id, 'keep', t, 'the phrase before the colon announces the bullets');
    if (holder && !t.exchange && (s.tEnd - t.end <= 4 || t.typedAt === s.tEnd - 1 || tail || announced || aside >= 0)) {
      // ("the formula calls for:", "The document also sets out:" in a principal side's own plan: its bullets are what
      // it asks of the other side, content/principal-plan-list.)
      const planList = (holder.mention?.document ?? holder.document) === 'plan' && !typedList(t);
      const ownPlan = planList && answered < 0 && holder.codes.length === 1 && principalPlan(doc, s, holder);
      const type = answered >= 0 ? triggers[answered].type : planList && !(ownPlan && t.type === 'DEMAND') ? 'PROPOSE' : t.type;
      if (ownPlan && t.type === 'DEMAND') note(run, principalPlanList.id, 'keep', t, 'DEMAND (a principal side\'s own plan asks it: the bullets are its demands)');
      if (answered >= 0) note(run, answeredList.id, 'change', t, `${t.type} → ${type}: the items are what ${holder.codes.join('+')} ${type === 'REJECT' ? 'refuses' : 'accepts'}`);
      // (A principal side's own plan as the list's noun: its bullets on the substance are its demands, as its
      // points set after a colon in one sentence are, sentence/principal-formula.)
      // ("His ten points, as presented to the summit:": the plan noun heads the lead and the verb after it is the cue,
      // sentence/principal-formula 'leadNouns' in the lead's first words.)
      const principal = type === 'PROPOSE' && answered < 0 && principalPlan(doc, s, holder) && (doc.index.words(principalFormula.id, 'nouns').has(doc.tokens[t.end - 1]?.lower ?? '') || leadPlanNoun(doc, s, t) || ownPlan);
      run.list = { t, holder, type, s, issue: tail ? undefined : introIssue(doc, t, s), principal };
      note(run, tail ? typedTail.id : listItems.id, 'keep', t, 'introduces a list');
      // (With bullets after it, the introducer's own claim is none: content/typed-list-tail. Nor a modal's claim on
      // its own subject, "a final settlement must include:": the settlement is the frame the bullets fill,
      // content/list-frame.)
      const at = doc.tokens[t.start].start;
      const own = byTrigger.get(t) ?? [];
      const frame = !tail && t.modal && own.length > 0 && own.every((c) => c.span[0] < at);
      if ((tail || frame) && bulletLine(doc, doc.sentences[s.index + 1])) {
        const rule = tail ? typedTail.id : listFrame.id;
        for (let q = made.length - 1; q >= 0; q--) if (own.includes(made[q])) { note(run, rule, 'drop', t, `${made[q].actor} ${made[q].type} ${made[q].issue}: the bullets are its items`); made.splice(q, 1); }
        for (let q = mainClaims.length - 1; q >= 0; q--) if (own.includes(mainClaims[q])) mainClaims.splice(q, 1);
      }
    }
  }
  for (const m of mainClaims) for (const e of exchangeClaims) if (e.actor === m.actor && e.type !== m.type) m.conditions.push(e.id);
  const dropped = new Set<Claim>();
  if (mainClaims.length && hasConditionWord(doc, s)) made.push(...conditionDemands(run.conditions!, s, mainClaims, run.claims.length + made.length, dropped, exchangeClaims));
  // ("Only if Baku withdraws will there be any talk of a treaty": what the inverted clause promises, claim/inverted-only-if.)
  if (mainClaims.length) made.push(...invertedOffers(run.conditions!, s, mainClaims, run.claims.length + made.length));
  // ("Moscow will only agree to a full ceasefire if Kyiv withdraws": its own offer at a price, claim/conditional-acceptance-offers.)
  if (mainClaims.length) conditionalAcceptanceOffers(doc, s, mainClaims, made, run.trace);
  // ("Eritrea must first release the fishermen. Khartoum would then free the pilot": claim/sequence-side.)
  if (made.length) linkSequenceStep(run.conditions!, s, made);
  // Threats of fighting on that a condition turned into its demand (see conditionDemands).
  for (let q = made.length - 1; q >= 0; q--) if (dropped.has(made[q])) made.splice(q, 1);
  // ("there could be no lasting settlement unless …": what the settlement needs, its condition read above; the refusal
  // itself goes, claim/no-outcome-without.)
  const before = made.length;
  for (const [t, own] of byTrigger) {
    const why = own.some((c) => c.type === 'REJECT') ? noOutcomeRefusal(doc, s, t) : null;
    if (!why) continue;
    for (let q = made.length - 1; q >= 0; q--) if (own.includes(made[q]) && made[q].type === 'REJECT') { note(run, noOutcomeWithout.id, 'drop', t, `${made[q].actor} REJECT ${made[q].issue}: ${why}`); made.splice(q, 1); }
  }
  // ("Sullivan said the war could end tomorrow if Russia withdrew": a third party's halt is no offer of its own; its
  // condition, read above, stays its demand, claim/third-party-cessation.)
  for (const [t, own] of byTrigger) {
    if (t.rule !== 'conditional-cessation') continue;
    for (let q = made.length - 1; q >= 0; q--) {
      const why = own.includes(made[q]) ? thirdPartyCessationDrop(doc, s, t, made[q]) : null;
      if (why) { note(run, thirdPartyCessation.id, 'drop', t, `${made[q].actor} OFFER ${made[q].issue}: ${why}`); made.splice(q, 1); }
    }
  }
  // (Claims made after a dropped one were numbered with it counted: number them again, conditions with them, so that no
  // id is given twice.)
  if (made.length < before) renumberMade(run.claims.length, made);
  run.claims.push(...made);
  return carried;
}

/** Numbers a sentence's claims `base`+1 … in order (ids "<doc>#<n>") and their conditions with them, after some were dropped. */
function renumberMade(base: number, made: Claim[]): void {
  const ids = new Map<string, string>();
  made.forEach((c, q) => { const want = `${c.id.slice(0, c.id.lastIndexOf('#'))}#${base + q + 1}`; if (want !== c.id) ids.set(c.id, want); });
  // (A condition on a claim dropped here goes with it: an id of this sentence that no kept claim had is no claim now.)
  const kept = new Set(made.map((c) => c.id));
  const number = (id: string): number => Number(id.slice(id.lastIndexOf('#') + 1));
  for (const c of made) c.conditions = c.conditions.filter((x) => kept.has(x) || number(x) <= base);
  if (!ids.size) return;
  for (const c of made) { c.id = ids.get(c.id) ?? c.id; c.conditions = c.conditions.map((x) => ids.get(x) ?? x); }
}

const judgedSubject = defineRule({
  id: 'sentence/judged-subject', stage: 'sentence',
  reason: '"\'Any attempts to make demands, especially ultimatums, are unacceptable for us,\' Lavrov said", "The demand that Kosovo recognise Serbian sovereignty is unacceptable, Kurti said": a stance whose cue lies inside the subject a refusing predicate judges, held by the same party as the predicate, is what that party refuses; it is no demand of its own. Another party\'s stance there stays its own ("Russia\'s demand for the Donbas is unacceptable, Zelensky said").',
});
/** Where the subject a predicate at `p` judges starts: back from it to a clause's edge (sentence/judged-subject 'edges', a quote's opening mark, the sentence's start). */
function judgedSubjectStart(doc: Doc, s: Sentence, p: number, triggers: Trigger[]): number {
  const edges = doc.index.words(judgedSubject.id, 'edges');
  let b = p;
  for (; b > s.tStart; b--) {
    if (doc.mentions.inQuote[b] === 1 && doc.mentions.inQuote[b - 1] !== 1) break;
    const w = doc.tokens[b - 1].lower;
    if (!edges.has(w)) continue;
    // ("The demand that Kosovo recognise … is unacceptable": a stance noun's own "that" is inside the subject.)
    if (w === 'that' && triggers.some((t) => t.start < b - 1 && t.end >= b - 1)) continue;
    break;
  }
  return b;
}

const viewPredicate = defineRule({
  id: 'sentence/view-predicate', stage: 'sentence',
  reason: 'A view noun\'s "that"-clause judged by a predicate ("reiterated Moscow\'s position that any expansion of NATO would be a direct threat", "Baku\'s stance that the corridor is unacceptable") is one stance: the predicate\'s, held by the view\'s holder (not by the clause\'s subject); the view noun adds no claim of its own.',
});

/** The earlier view-noun trigger ("position that") whose content holds predicate trigger k, or -1. */
function viewHolding(doc: Doc, triggers: Trigger[], holders: Array<Holder | null>, absorbed: boolean[], k: number): number {
  const t = triggers[k];
  const views = doc.index.words(viewPredicate.id, 'viewNouns');
  const breaks = doc.index.words(complementAbsorbs.id, 'clauseBreaks');
  for (let o = k - 1; o >= 0; o--) {
    const v = triggers[o];
    if (!holders[o] || absorbed[o] || !v.nominal || v.end > t.start || t.start - v.end > 20) continue;
    if (doc.tokens[v.end - 1].lower !== 'that' || !views.has(doc.tokens[v.end - 2]?.lower ?? '')) continue;
    for (let j = v.end; j < t.start; j++) if (breaks.has(doc.tokens[j].lower) || doc.tokens[j].text === ';') return -1;
    return o;
  }
  return -1;
}

const proposedOwnAct = defineRule({
  id: 'content/proposed-own-act', stage: 'content',
  reason: 'A proposal whose content opens with the proposer as the subject of a modal of offering ("made a simple proposal: I can call my ministers now and give you assurances", "Baku proposed that it would pull back its troops") is its own concession: an OFFER (spec §2), not a PROPOSE.',
});

/** Where the modal of offering starts when the content of proposal t (after ":" or "that") opens with its holder
 * (or "I/we") and such a modal; -1 when it does not. */
function selfOffer(doc: Doc, s: Sentence, t: Trigger, holder: Holder, from: number, to: number): number {
  const { tokens } = doc;
  let j = from;
  const end = Math.min(to, from + 8);
  while (j < end && tokens[j].text !== ':' && tokens[j].lower !== 'that') j++;
  if (j >= end) return -1;
  const mentions = doc.actorsBySentence.get(s.index) ?? [];
  const subject = mentions.find((m) => m.start === j + 1 || (m.start === j + 2 && tokens[j + 1].text === '"'));
  if (!subject) return -1;
  const own = subject.pronoun === 'i' || subject.pronoun === 'we' || (subject.codes.length > 0 && subject.codes.every((c) => holder.codes.includes(c)));
  if (!own) return -1;
  const modals = doc.index.words(proposedOwnAct.id, 'offerModals');
  const w1 = tokens[subject.end]?.lower ?? '';
  const w2 = `${w1} ${tokens[subject.end + 1]?.lower ?? ''}`;
  return modals.has(w1) || modals.has(w2) ? subject.end : -1;
}

const relativeContent = defineRule({
  id: 'sentence/relative-content', stage: 'sentence',
  reason: '"rejected any deal that would require it to relinquish territory", "opposes a plan which calls for …": a stance in a relative clause on another stance\'s object describes that object; it is the outer stance\'s content, not a stance of its own.',
});

function inRelativeOfObject(doc: Doc, s: Sentence, outer: Trigger, t: Trigger): boolean {
  const head = objectHead(doc, s, outer.end);
  if (head < 0 || t.start <= head) return false;
  const rel = doc.tokens[head + 1]?.lower ?? '';
  if ((rel === 'that' || rel === 'which') && t.start - head <= 4) return true;
  // ("proposed a roadmap for peace in Ukraine, which will require …": past the head's prepositional phrase; not a
  // predicate, which judges: "suggested to organise talks with Russia, which can only be welcomed".)
  const pp = t.object === 'before' ? -1 : headPhraseEnd(doc, head, t.start);
  if (pp > 0 && t.start - pp <= 4) return true;
  // "set out the conditions under which Kyiv would negotiate: …", "the terms on which Moscow would sign":
  // a preposition's relative clause describes the object too.
  // (Only when the list follows: "set out the conditions under which it would lift the restrictions" offers that.)
  if (!doc.index.words(relativeContent.id, 'prepositions').has(rel) || !(doc.tokens[head + 2]?.lower === 'which' || doc.tokens[head + 2]?.lower === 'whom') || t.start - head > 7) return false;
  for (let j = t.end; j < s.tEnd; j++) if (doc.tokens[j].text === ':') return true;
  return false;
}

/** After an object head's prepositional phrase ("a roadmap for peace in Ukraine"), the ", which" that opens a
 * relative clause on it: the index of "which", or -1. Words only (no verb of another clause is likely in five). */
function headPhraseEnd(doc: Doc, head: number, limit: number): number {
  const { tokens } = doc;
  const preps = doc.index.words(relativeContent.id, 'headPrepositions');
  if (!preps.has(tokens[head + 1]?.lower ?? '')) return -1;
  for (let j = head + 2; j < Math.min(limit, head + 8); j++) {
    if (tokens[j].text === ',' && tokens[j + 1]?.lower === 'which') return j + 1;
    if (!tokens[j].word) return -1;
  }
  return -1;
}

/** "urging him to accept …", "called on Kyiv to agree to …": an infinitive right after a call's addressee. */
function urgedInfinitive(doc: Doc, outer: Trigger, t: Trigger): boolean {
  return !outer.exchange && outer.complement && outer.type === 'DEMAND' && !t.exchange && t.type !== 'THREATEN'
    && doc.tokens[t.start - 1]?.lower === 'to' && t.start > outer.end && (t.start - outer.end <= 6 || addresseeAdjuncts(doc, outer, t));
}

const addresseeAdjunct = defineRule({
  id: 'sentence/addressee-adjuncts', stage: 'sentence',
  reason: 'A call\'s infinitive may follow its addressee\'s full title and phrases of place and time ("pressed Armenian Prime Minister Nikol Pashinyan at the summit in Washington on Friday to accept Baku\'s terms and hand over the villages"): it is still what the call asks of the addressee (a demand), not the caller\'s own acceptance; no comma, clause word or "that" between.',
});

/** Between a call and the "to" of trigger t: an addressee (a party mention right after the cue) and only words of
 * phrases of place and time after it ("… Nikol Pashinyan at the summit on Friday to …"), at most 16 tokens. */
function addresseeAdjuncts(doc: Doc, outer: Trigger, t: Trigger): boolean {
  const { tokens } = doc;
  if (t.start - outer.end > 16 || tokens[t.start - 1]?.lower !== 'to') return false;
  const s0 = doc.sentenceOf[outer.end];
  const m = (doc.actorsBySentence.get(s0) ?? []).find((a) => a.start === outer.end || (a.start === outer.end + 1 && tokens[outer.end].lower === 'the'));
  if (!m || m.end >= t.start) return false;
  const breaks = doc.index.words(complementAbsorbs.id, 'clauseBreaks');
  for (let j = m.end; j < t.start - 1; j++) {
    const x = tokens[j];
    if (!x.word || breaks.has(x.lower) || x.lower === 'that' || x.lower === 'and' || x.lower === 'to') return false;
  }
  return true;
}

const demandedDeonticRule = defineRule({
  id: 'sentence/demanded-deontic', stage: 'sentence',
  reason: '"Paris insisted that Kosovo\'s police must not be disbanded", "Baku demanded that Armenia\'s constitution should not mention Karabakh": a deontic refusal ("must not", "should not") in the that-clause right after a demand verb is what the demand wants; its subject\'s possessor holds no refusal of its own, and the demand\'s content runs on through it. \'deontics\': the words that open such a refusal.',
});

/** The most tokens of subject between "that" and the deontic ("that Kosovo's special police units must not"). */
const MAX_DEONTIC_SUBJECT = 7;

/** Whether `t` is a deontic refusal in the that-clause opened right after the demand `outer` (sentence/demanded-deontic). */
function demandedDeontic(doc: Doc, outer: Trigger, t: Trigger): boolean {
  const { tokens } = doc;
  if (!doc.index.words(demandedDeonticRule.id, 'deontics').has(tokens[t.start]?.lower ?? '')) return false;
  const that = tokens[outer.end - 1]?.lower === 'that' ? outer.end - 1 : tokens[outer.end]?.lower === 'that' ? outer.end : -1;
  if (that < 0 || t.start - that > MAX_DEONTIC_SUBJECT) return false;
  // (The subject only: words and a possessive mark, no clause of its own between.)
  for (let j = that + 1; j < t.start; j++) if (!tokens[j].word && tokens[j].text !== "'" && tokens[j].text !== '-') return false;
  return true;
}

const frontedAdjunct = defineRule({
  id: 'sentence/fronted-adjunct', stage: 'sentence',
  reason: '"At Turkey\'s request, Armenia agreed to a prisoner exchange", "At the request of Moscow, Azerbaijan agreed to a truce", "Following Washington\'s proposal, Kyiv offered …": a stance in a phrase that opens its sentence with a preposition (rules.json \'heads\', never \'under\', whose plan provides what follows) and ends at a comma within a few words is the occasion of the main clause; the main clause\'s stance is its own subject\'s, not the content of the fronted one.',
});

/** The comma that closes the fronted prepositional phrase holding `outer` (its sentence opens with one of the rule's
 *  'heads', and so may each phrase that follows it up to the main clause: "In the last week of January, at Trump's
 *  request, the Kremlin agreed …"), else -1. */
function frontedAdjunctEnd(doc: Doc, s: Sentence, outer: Trigger): number {
  const { tokens } = doc;
  const heads = doc.index.words(frontedAdjunct.id, 'heads');
  const timeWords = doc.index.words(frontedAdjunct.id, 'timeWords');
  let head = s.tStart;
  while (head < s.tEnd && !tokens[head].word) head++;
  if (head >= s.tEnd || !tokens[head].cap) return -1;
  // (A time adverbial before it, "Late last month, at Trump's request, …", opens no clause: read past it.)
  let time = head;
  while (time < s.tEnd && time - head < 6 && (timeWords.has(tokens[time].lower) || /^\d+$/.test(tokens[time].text))) time++;
  if (time > head && tokens[time]?.text === ',' && time + 1 < s.tEnd && outer.start > time) head = time + 1;
  for (let n = 0; n < 3 && head < s.tEnd && heads.has(tokens[head].lower) && outer.start > head; n++) {
    let comma = -1;
    for (let j = head + 1; j < s.tEnd && j - head <= 16; j++) {
      if (tokens[j].text === ',') { comma = j; break; }
      if (tokens[j].text === '"' || tokens[j].text === ';' || tokens[j].text === '\u201c') return -1;
    }
    if (comma < 0) return -1;
    if (outer.end <= comma) return comma;
    head = comma + 1;
  }
  return -1;
}

function absorbs(doc: Doc, outer: Trigger, outerHolder: Holder, t: Trigger, holder: Holder, s?: Sentence): boolean {
  // ("argued for a 30-day truce, in line with a U.S. proposal Ukraine had accepted": a stance noun held by its own
  // party inside its noun phrase is that party's, presupposed, not the content of another's stance,
  // trigger/held-noun-stands.)
  if (s && holder.via === 'possessor' && !holder.codes.some((c) => outerHolder.codes.includes(c)) && heldNounMention(doc, s, t) === holder.mention) return false;
  // ("presented a plan which Beijing has endorsed": another party's stance on the object is its own.)
  if (s && !holder.codes.some((c) => outerHolder.codes.includes(c)) && relativeStance(doc, s, t, holder.mention, s.tStart)) return false;
  if (s && inRelativeOfObject(doc, s, outer, t)) return true;
  // ("At Turkey's request, Armenia agreed to …": a stance noun in a fronted adjunct is the occasion of the main
  // clause, which is its own subject's stance, sentence/fronted-adjunct.)
  if (s && frontedAdjunctEnd(doc, s, outer) >= 0 && t.start > frontedAdjunctEnd(doc, s, outer)) return false;
  // ("Moscow wants the Kherson region, Kyiv a return to …": the second party's gapped stance is its own.)
  if (t.rule === 'gapped-verb') return false;
  // ("Ukraine accepts the US ceasefire proposal, backs immediate talks": a cue right after a stance noun and a comma
  // opens a predicate of its own, no content of the noun, trigger/accepted-object.)
  if (outer.end === t.start - 1 && doc.tokens[outer.end]?.text === ',' && doc.index.words('trigger/accepted-object').has(doc.tokens[outer.end - 1].lower)) return false;
  // ("have suggested to organise talks with Russia, which “can only be welcomed”": a predicate in a clause that
  // ", which" opens judges what the complement names; it is the speaker's, not part of the content.)
  if (t.object === 'before' && t.cue && !holder.codes.some((c) => outerHolder.codes.includes(c))) {
    for (let j = outer.end; j < t.start - 1; j++) if (doc.tokens[j].text === ',' && doc.tokens[j + 1].lower === 'which') return false;
  }
  // ("Vucic said the EU proposal for a new round was a step in the right direction": a predicate whose subject is
  // another party's stance noun judges that stance; it is the speaker's own, not the noun's content.)
  // (So is a name given to the noun by a verb of naming: "Merz called the US proposal a crucial step forward",
  // "Pristina called the Serbian proposal an ultimatum", candidate/named-approval and candidate/named-judgement.)
  // (And an evaluation of it, a predicate with no cue that judges its subject: "an Israeli official said the Egyptian
  // proposal was a basis for negotiations", "Baku said the Armenian plan would only freeze the conflict",
  // candidate/evaluation.)
  // (And a whole plan appraised by a copula's predicate: "Minsk said the Russian proposals were \"reasonable\"",
  // candidate/appraised-plan.)
  const named = t.rule === 'named-approval' || t.rule === 'named-judgement' || t.rule.split('+')[0] === 'evaluation' || t.rule.split('+')[0] === 'appraised-plan';
  if ((outer.nominal || outerHolder.via === 'possessor') && t.object === 'before' && (t.cue || named) && !holder.codes.some((c) => outerHolder.codes.includes(c))) return false;
  // "rejected the possibility that Moscow would persuade Kyiv to …": what a refusal's object says is refused,
  // not stated.
  if (outer.type === 'REJECT' && t.start - outer.end <= 8) {
    const nouns = doc.index.words('sentence/complement', 'rejectedIdeas');
    for (let j = outer.end; j < t.start - 1; j++) if (nouns.has(doc.tokens[j].lower) && (doc.tokens[j + 1].lower === 'that' || doc.tokens[j + 1].lower === 'of')) return true;
  }
  // ("we do not accept that the timing of Kosovo's elections should be dictated from Moscow": a deontic in the
  // that-clause of a refused acceptance is what is refused, not a demand of the clause's subject or speaker.)
  // (So is a need in it: "Kyiv does not accept that the deal needs Russian sanctions relief" refuses the relief as a
  // condition; it demands nothing.)
  if (outer.type === 'REJECT' && outer.negated && (t.modal || doc.index.words(complementAbsorbs.id, 'refusedNeeds').has(t.cue?.id ?? '')) && t.type === 'DEMAND' && t.start - outer.start <= 16) {
    const accepts = doc.index.words(complementAbsorbs.id, 'acceptVerbs'), breaks = doc.index.words(complementAbsorbs.id, 'clauseBreaks');
    let that = -1;
    for (let j = outer.start; j < t.start && that < 0; j++) if (doc.tokens[j].lower === 'that' && accepts.has(doc.tokens[j - 1]?.lower ?? '')) that = j;
    let open = that >= 0;
    for (let j = that + 1; open && j < t.start; j++) open = !breaks.has(doc.tokens[j].lower) && doc.tokens[j].text !== ',' && doc.tokens[j].text !== ';';
    if (open) return true;
  }
  // ("it was out of the question that Russia would withdraw": what an extraposed predicate judges is its content,
  // trigger/extraposed-predicate; a new clause after it is not.)
  if (outer.extraposed && t.start >= outer.end && t.start - outer.end <= 12) {
    const breaks = doc.index.words(complementAbsorbs.id, 'clauseBreaks');
    let open = true;
    for (let j = outer.end; j < t.start && open; j++) open = !breaks.has(doc.tokens[j].lower) && doc.tokens[j].text !== ',';
    if (open) return true;
  }
  // ("Medinsky warned that Moscow could demand more land": a warning that its own side could ask for more is a threat
  // of the harder demand, one claim, sentence/warned-escalation.)
  if (outer.type === 'THREATEN' && outer.cue && (t.type === 'DEMAND' || t.type === 'PROPOSE') && t.cue && holder.codes.some((c) => outerHolder.codes.includes(c))
    && t.start > outer.end && t.start - outer.end <= 8 && doc.index.words(warnedEscalation.id, 'modals').has(doc.tokens[t.start - 1]?.lower ?? '')) {
    let open = true;
    for (let j = outer.end; j < t.start && open; j++) open = doc.tokens[j].text !== ',' && doc.tokens[j].text !== ';';
    if (open) return true;
  }
  if (!outer.complement && !outer.modal) return false;
  if (!['DEMAND', 'PROPOSE'].includes(outer.type)) return false;
  // ("asked Washington for more air defence, and that Washington had promised to …", "proposed talks in Tbilisi, and
  // Yerevan has agreed to …": a coordinator that opens a new statement ends the complement, sentence/second-clause-stance.)
  if (s && secondClauseBetween(doc, s, outer, t)) return false;
  // (", a day after the leaders of France and Germany flew to Yerevan and demanded a ceasefire": a time clause after a
  // comma whose own party subject holds the stance, sentence/occasion-clause.)
  if (s && occasionClauseBetween(doc, s, outer, t, holder.codes)) return false;
  // ("backed the EU proposal for a new round, and that territory could only be discussed with Serbia at the table": a
  // that-clause coordinated after the noun's complement is another statement, content/noun-coordinated-that.)
  if ((outer.nominal || outerHolder.via === 'possessor') && nounCoordinatedThatAt(doc, outer.end, t.start + 1) >= 0) return false;
  // "called on Moscow to agree to a ceasefire": an infinitive after the demand's target is its content.
  if (outer.type === 'DEMAND' && doc.tokens[t.start - 1]?.lower === 'to' && t.start - outer.end <= 6) return true;
  // ("pressed Armenian Prime Minister Nikol Pashinyan at the summit on Friday to accept …": past the addressee's title
  // and phrases of place and time, sentence/addressee-adjuncts.)
  if (outer.type === 'DEMAND' && outer.complement && addresseeAdjuncts(doc, outer, t)) return true;
  // "was meant to ensure that Ukraine would never join NATO": a refusal inside what a demand or goal ensures is
  // its content (what is demanded), not the refusing party's own stance.
  if (t.type === 'REJECT' && t.start - outer.end <= 8) {
    const ensure = doc.index.words(complementAbsorbs.id, 'ensureVerbs');
    for (let j = outer.end; j < t.start; j++) if (ensure.has(doc.tokens[j].lower) && (doc.tokens[j + 1]?.lower === 'that' || j + 1 === t.start || doc.actorsBySentence.get(doc.sentenceOf[j])?.some((a) => a.start === j + 1))) return true;
  }
  // ("insisted that Kosovo's police must not be disbanded": a deontic refusal opening a demand's that-clause is
  // what the demand wants, not a stance of its subject's possessor, sentence/demanded-deontic.)
  if (t.type === 'REJECT' && outer.type === 'DEMAND' && demandedDeontic(doc, outer, t)) return true;
  if (t.type === 'THREATEN' || t.type === 'REJECT') return false;
  // ("The Turkish proposal for a truce was also viewed favorably by Putin": a finite passive is its agent's own.)
  if (passiveWithAgent(doc, t)) return false;
  if (holder.codes.some((c) => outerHolder.codes.includes(c)) && holder.via !== 'carried') return false;
  if (t.start - outer.end > 25) return false;
  // "Russia demanded Ukraine cede more territory, while Ukraine and its allies called for …": a new clause
  // is a new stance, not the complement's content.
  const breaks = doc.index.words(complementAbsorbs.id, 'clauseBreaks');
  for (let j = outer.end; j < t.start; j++) if (breaks.has(doc.tokens[j].lower)) return false;
  // ("Macron proposed a meeting in Paris on Monday, where Starmer said he was prepared to …": a clause of place or time
  // after a comma is about the occasion, another party's stance in it is its own.)
  const commaBreaks = doc.index.words(complementAbsorbs.id, 'commaClauseBreaks');
  for (let j = outer.end + 1; j < t.start; j++) if (commaBreaks.has(doc.tokens[j].lower) && doc.tokens[j - 1].text === ',') return false;
  // ("rejected the truce that Armenia had proposed, saying any deal would require …": a participle of saying after a
  // comma continues the main clause, not the relative one, holder/saying-participle.)
  // (Only for a speaker's demand, that rule's or holder/deontic-speaker's: a stance whose subject is a thing, "saying a
  // plan drafted without Ukraine only offered a declaration", stays in the content.)
  if (holder.rule === 'holder/saying-participle' || holder.rule === 'holder/deontic-speaker') {
    const saying = doc.index.words('holder/saying-participle');
    for (let j = outer.end + 1; j < t.start; j++) if (saying.has(doc.tokens[j].lower) && doc.tokens[j - 1].text === ',') return false;
  }
  // "While Moscow insists on all of Donbas, Kyiv wants …": the subordinate clause ends at its comma.
  if (s && doc.index.words('content/scope', 'subordinateOpeners').has(doc.tokens[s.tStart]?.lower ?? '')) {
    for (let j = outer.end; j < t.start; j++) if (doc.tokens[j].text === ',') return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Content rules: what a stance is about when its own words name no issue.

const needsIssue = defineRule({
  id: 'content/needs-issue', stage: 'content',
  reason: 'Some cues are stances only on certain issues ("declared" a truce, "announced" a prisoner release); other items are dropped.',
});
const planIsTalks = defineRule({
  id: 'content/plan-is-talks', stage: 'content',
  reason: 'Spec rule 9: accepting, rejecting or proposing a whole plan or framework is a stance on talks.',
});
const bareAnswer = defineRule({
  id: 'content/bare-answer', stage: 'content',
  reason: '"They refused." / "Moscow agreed." with nothing after the verb answers the last stance of another party: same issue and places. A heading (a short line with no closing stop: "Support, but caution, on NATO") answers nothing.',
});
const quotedObject = defineRule({
  id: 'content/quoted-object', stage: 'content',
  reason: '"Chile supported \"a just and lasting peace\"", "Egypt backed \"every effort that leads to talks\"": a stance verb whose object opens with a quotation mark is no bare answer to the last stance of another party (content/bare-answer): its object is the quoted words. A mark that closes a quote ("… we agreed," he said) or a comma or stop still ends the answer.',
});
/** The token at `j` is a quotation mark that opens a quote of words in sentence `s` (typographic marks say which way they face; a straight one opens when an even number of marks precede it in the sentence). */
function opensQuotedObject(doc: Doc, s: Sentence, j: number): boolean {
  const x = doc.tokens[j];
  if (x?.text !== '"' || j + 1 >= s.tEnd || !doc.tokens[j + 1].word) return false;
  const raw = doc.text[x.start];
  if (raw === '“' || raw === '«') return true;
  if (raw === '”' || raw === '»') return false;
  let marks = 0;
  for (let k = s.tStart; k < j; k++) if (doc.tokens[k].text === '"') marks++;
  return marks % 2 === 0;
}
/** "any deal", "an agreement" right after a verb of signing, with nothing after it but the sentence's end, a comma or a condition: the end of that object, else -1 (content/bare-signing 'objects'). */
function signedSettlementEnd(doc: Doc, s: Sentence, at: number): number {
  const w = (list: string) => doc.index.words('content/bare-signing', list);
  let k = at;
  if (w('determiners').has(doc.tokens[k]?.lower ?? '')) k++;
  if (k >= s.tEnd || !w('objects').has(doc.tokens[k].lower)) return -1;
  k++;
  return k >= s.tEnd || !doc.tokens[k].word || conditionAt(doc, k) !== null ? k : -1;
}
const bareSigning = defineRule({
  id: 'content/bare-signing', stage: 'content',
  reason: '"Unless Yerevan withdraws its troops from the enclaves, Baku will not sign", "Hamas will not sign until the aid flows": a negated modal of signing with nothing after it, and no stance of another party before it to answer (content/bare-answer), refuses the agreement under negotiation, a stance on talks (spec rule 9: a whole plan or framework). Its condition states what is wanted (claim/if-condition).',
});
const namedOwner = defineRule({
  id: 'content/named-owner', stage: 'content',
  reason: '"Warsaw criticised the US move on Belavia", "Baku rejected the Armenian proposal": a party named right before the head of a noun referred back to (after a determiner, no possessive mark) owns it as "Russia\'s proposal" does: it refers to that party\'s last stance, and with none of it earlier in the article to no other party\'s (content/anaphoric-object would take the last stance of anyone, "criticised the US move" after Russia\'s demands became four refusals of them).',
});
/** The name after "on" or "over" that follows the head at `head` ("the US move on Belavia"), else '' (content/named-owner). */
function ownerTopic(doc: Doc, s: Sentence, head: number): string {
  const p = doc.tokens[head + 1];
  const n = doc.tokens[head + 2];
  if (!p || !n || head + 2 >= s.tEnd || (p.lower !== 'on' && p.lower !== 'over')) return '';
  return n.word && n.cap ? n.text : '';
}
/** A party named between a determiner and the head of the object at `head` ("the US move", "the Armenian proposal"), not a possessive, the object's owner (content/named-owner). */
function namedOwnerAt(doc: Doc, s: Sentence, from: number, head: number): ActorMention | undefined {
  const determiners = doc.index.words('discourse/documents', 'determiners');
  for (const a of doc.actorsBySentence.get(s.index) ?? []) {
    if (a.possessive || a.kind === 'pronoun' || a.kind === 'both' || a.start < from || a.start > head || !a.codes.length) continue;
    // (The mention ends right before the head, or takes it in: "Armenian proposal" is one adjective-role mention.)
    if (a.end !== head && a.end !== head + 1) continue;
    // (A document mention names its party only by a name in it: "the Saudi initiative", not "this proposal", which
    // refers back by its determiner alone.)
    if (a.kind === 'document') { let named = false; for (let k = a.start; k < head; k++) if (doc.tokens[k].cap && doc.tokens[k].word && k > s.tStart) named = true; if (!named) continue; }
    // (After a determiner, its own or the one before it: "the US move"; not "urged Kyiv talks".)
    if (!determiners.has(doc.tokens[a.start].lower) && !determiners.has(doc.tokens[a.start - 1]?.lower ?? '')) continue;
    return a;
  }
  return undefined;
}
const anaphoricObject = defineRule({
  id: 'content/anaphoric-object', stage: 'content',
  reason: '"Zelenskyy dismissed the proposal": a stance on "the proposal", "the offer", "the idea" takes the issue of the last claim of another party.',
});
const reciprocalObject = defineRule({
  id: 'content/reciprocal-object', stage: 'content',
  reason: 'A stance whose object is to do as another did ("expected Kyiv to follow its example", "Yerevan should follow Baku\'s lead", "urged Pristina to follow suit", "will continue to mirror Serbian actions", "to reciprocate", "do the same") is on what was done: the issue and places of the holder\'s own last claim in the article before it (the example is often its own truce: "Kyiv accepted the truce … must now convince Russia to do the same"), else of the last claim of any party. \'verbs\' + \'objects\' ("follow" + example/lead/suit), \'phrases\' of one word that say it alone.',
});
const unassertedAnswer = defineRule({
  id: 'content/unasserted-answer', stage: 'content',
  reason: '"would back any agreement the two sides could accept", "did not say what terms Kyiv would accept", "a proposal that Kiev and the Western capitals could accept or reject", "the next meeting must be one at which a ceasefire is agreed", "demands it knew would be refused", "a claim Ukrainian officials reject": a verb of answering with nothing after it is no answer to the last stance of another party (content/bare-answer) when it only says what someone could do (a free choice, \'freeChoice\', or a question word before it in its clause, with a modal), offers a choice ("accept or reject"), is a passive with no agent (a be-form, \'beForms\', right before it) or refuses an assertion, not a stance (\'assertionNouns\' right before its clause: a claim, an accusation). The claim audit found bare answers right in 13 cases of 41 on the tuning sets; these shapes were among the wrong ones only.',
});
/** A bare answer at `t` that states no answer: hypothetical, a choice, a passive with no agent, or a denial of an assertion (content/unasserted-answer); the reason, else ''. */
function unassertedAnswerAt(doc: Doc, s: Sentence, t: Trigger): string {
  const w = (list: string) => doc.index.words(unassertedAnswer.id, list);
  const low = (i: number) => doc.tokens[i]?.lower ?? '';
  for (let k = t.start; k < t.end; k++) if (low(k) === 'or') return 'a choice offered';
  if (low(t.end) === 'or' && w('choiceVerbs').has(low(t.end + 1))) return 'a choice offered';
  // Back over adverbs and quote marks to the word before the verb.
  let b = t.start - 1;
  while (b > s.tStart && (doc.tokens[b].text === '"' || /^[a-z]+ly$/.test(low(b)))) b--;
  // (The cue may hold its auxiliary: "is agreed", "was agreed".)
  // (Only a participle makes a passive: "there were \"no such plans\"" is a copula and its predicate, the refusal itself.)
  const auxInCue = t.end - t.start >= 2 && w('beForms').has(low(t.start));
  const participle = /(?:ed|en|wn)$/.test(low(auxInCue ? t.start + 1 : t.start));
  if ((w('beForms').has(low(b)) || auxInCue) && participle && low(t.end) !== 'by') return 'a passive with no agent';
  const modal = w('modals').has(low(b));
  for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 8); j--) {
    const x = doc.tokens[j];
    if (x.text === ',' || x.text === ';' || x.text === ':' || x.text === '–' || x.text === '—' || x.text === '(') {
      // ("– a claim Ukrainian officials reject": an assertion noun opens the clause.)
      return '';
    }
    if (modal && w('freeChoice').has(x.lower)) return `hypothetical ("${x.text}" … ${low(b)})`;
    if (w('assertionNouns').has(x.lower) && w('determiners').has(low(j - 1))) return `an assertion ("${x.text}") refused, not a stance`;
  }
  return '';
}
/** A relative clause of an occasion ("at which", "where", "in which", "when") opening the clause of the passive at `aux`, within eight words before it (content/unasserted-answer 'occasionWords'). */
function occasionRelative(doc: Doc, s: Sentence, aux: number): boolean {
  const words = doc.index.words(unassertedAnswer.id, 'occasionWords');
  for (let j = aux - 1; j >= Math.max(s.tStart, aux - 8); j--) {
    const x = doc.tokens[j];
    if (x.text === ',' || x.text === ';' || x.text === ':') return false;
    if (words.has(x.lower) || (x.lower === 'which' && ['at', 'in', 'during', 'on'].includes(doc.tokens[j - 1]?.lower ?? ''))) return true;
    if (x.lower === 'that' || x.lower === 'said' || x.lower === 'says') return false;
  }
  return false;
}
const statedContent = defineRule({
  id: 'content/stated-content', stage: 'content',
  reason: '"Paris and Berlin signed a declaration in Geneva in which they offered to lead a monitoring mission", "the Kosovo delegation put forward a written proposal under which Pristina would declare itself neutral": a stance noun (content/anaphoric-object \'words\') followed, within \'window\' tokens, by a relative or participle that states its content (\'links\': "under which", "in which", "whereby", "setting out") is no reference back to the last stance of another party: what it holds is the clause after it, which the clause\'s own stances carry. The claim audit found the anaphoric reading of such nouns right in one case of seven on the tuning sets.',
});
/** A stance noun of content/anaphoric-object within four tokens from `from` whose content a relative or participle right after it states (content/stated-content): where the link ends and whether it is a participle ("setting out": its object is the content), else null. */
function contentStatedAfter(doc: Doc, s: Sentence, from: number): { end: number; participle: boolean } | null {
  const nouns = doc.index.words(anaphoricObject.id);
  const links = doc.index.words(statedContent.id, 'links');
  const window = Number([...doc.index.words(statedContent.id, 'window')][0] ?? 10);
  for (let k = from; k < Math.min(from + 4, s.tEnd); k++) {
    if (!nouns.has(doc.tokens[k].lower)) continue;
    for (let j = k + 1; j < Math.min(k + 1 + window, s.tEnd); j++) {
      const x = doc.tokens[j].lower;
      if (x === ';' || x === 'but' || x === '.') return null;
      const two = links.has(`${x} ${doc.tokens[j + 1]?.lower ?? ''}`);
      if (two || links.has(x)) {
        const end = j + (two ? 2 : 1);
        return { end, participle: doc.tokens[end - 1].lower !== 'which' && !/^(which|whereby)$/.test(x) };
      }
    }
    return null;
  }
  return null;
}
const unrefusedProposal = defineRule({
  id: 'content/unrefused-proposal', stage: 'content',
  reason: '"The mediators proposed a demilitarised zone. Eritrea had not rejected the idea outright", "Moscow did not reject the proposal": not refusing another party\'s proposal, named by a noun or pronoun that refers back to it (content/anaphoric-object), takes it up: an ACCEPT of it (spec §2: agrees to another\'s proposal), not the possible OFFER of an act of one\'s own that "did not rule out a meeting" is (trigger/negation).',
});
const judgedMove = defineRule({
  id: 'content/judged-move', stage: 'content',
  reason: '"Rutte said the offer was \\"not made in good faith\\"", "the memorandum is \\"not a peace proposal\\"", "Baku said the Armenian draft was \\"unserious\\"": a whole move appraised or said not to be one (candidate/appraised-plan, trigger/negated-classification) is refused or accepted as a whole, a stance on the talks (spec rule 9), even where its noun refers back to a stance on another issue (content/anaphoric-object would take that issue). The tuning gold files 27 of 31 such judgements of Putin\'s June 2024 offer under talks (the rest under territory, where the judgement goes on to name the land).',
});
/** A trigger that judges a whole move as such, the talks whatever its noun refers back to (content/judged-move). */
function judgesWholeMove(doc: Doc, t: Trigger): boolean {
  if (t.wholeMove) return true;
  if (t.cue && doc.index.words(judgedMove.id, 'cues').has(t.cue.id)) return true;
  const words = doc.tokens.slice(t.start, t.end).filter((x) => x.word).map((x) => x.lower).join(' ');
  for (const p of doc.index.words(judgedMove.id, 'phrases')) if (words.endsWith(p)) return true;
  return false;
}
const packageAnswer = defineRule({
  id: 'content/package-answer', stage: 'content',
  reason: '"Baku said it would sign a treaty once Yerevan dropped its EU bid and gave up the corridor. Yerevan called it an ultimatum": an answer to a settlement offered on conditions (its holder offers and demands, on two issues or more, in one statement) with one noun or pronoun answers the whole plan, a stance on talks (spec rule 9); a plural ("both", "them") names the items.',
});
const termsAnswer = defineRule({
  id: 'content/terms-answer', stage: 'content',
  reason: '"Baku said a treaty would have to bar foreign troops, recognise its borders and lift the sanctions. Yerevan called it an ultimatum", "Meloni called the proposal propaganda": a stance on one noun or pronoun (content/anaphoric-object) whose antecedent statement names terms on several issues (\'minIssues\' or more) answers the terms as a whole, a stance on talks (spec rule 9), as content/package-answer does for a settlement offered on conditions; a plural ("both", "them", "the demands") still names the items.',
});
const passiveObject = defineRule({
  id: 'content/passive-object', stage: 'content',
  reason: '"Orban\'s proposal for a Christmas truce has been rejected by Kyiv": a passive stance verb with its agent after it takes as its object the stance named before it in the sentence; with none, the issue its subject names, for any stance but a threat ("Full NATO membership remains opposed by Washington", "the ban on Russian oil imports was initially proposed by the Commission").',
});
const conditionSubject = defineRule({
  id: 'content/condition-subject', stage: 'content',
  reason: '"a summit of the two leaders could only take place once a treaty had been initialled", "a cease-fire must come first": a condition\'s or a deontic\'s content is the subject before it when nothing after it names an issue.',
});
/** "(be) a condition of/for", "remain the main precondition for" right after a deontic (content/condition-subject conditionNouns). */
function isConditionPredicate(doc: Doc, at: number): boolean {
  const w = (list: string) => doc.index.words(conditionSubject.id, list);
  const lower = (j: number) => doc.tokens[j]?.lower ?? '';
  let c = at;
  if (w('copulas').has(lower(c))) c++;
  if (lower(c) === 'a' || lower(c) === 'an' || lower(c) === 'the') c++;
  if (w('conditionAdjectives').has(lower(c))) c++;
  if (w('conditionNouns').has(lower(c)) && (lower(c + 1) === 'of' || lower(c + 1) === 'for')) return true;
  // ("must be part of any agreement": a part of a settlement, not "must be part of Russia".)
  if (!w('partNouns').has(lower(c)) || lower(c + 1) !== 'of') return false;
  for (let j = c + 2; j <= c + 4; j++) if (w('settlementNouns').has(lower(j))) return true;
  return false;
}
const harmIssue = defineRule({
  id: 'content/harm-issue', stage: 'content',
  reason: 'A threat whose words name no issue is about its step\'s own issue ("will strike" → ceasefire, "would walk away" → talks, "cut off gas" → other).',
});
const otherIssue = defineRule({
  id: 'content/other-issue', stage: 'content',
  reason: 'A clear stance (demand, proposal, refusal …) on something outside the issue list is still a claim, with issue "other" (spec §2), when its object has at least three content words.',
});

const heldObject = defineRule({
  id: 'content/held-object', stage: 'content',
  reason: 'A stance noun held by its own party, named right before it ("a Greek proposal", "Moscow\'s offer", "the Chinese plan", "the China-Brazil initiative"), that stands in the object of another party\'s stance in the same sentence and names no issue itself is that party\'s stance on what the other\'s stance is about: "Turkey rejected a Greek proposal for a joint commission" = TUR REJECT talks and GRC PROPOSE talks (a whole plan is the talks, spec rule 9), "Moldova rejected Moscow\'s offer of discounted gas" = RUS OFFER other. Not after a negation of the noun ("will meet the Russian delegation without preconditions" holds no Russian demand).',
});
/**
 * The issues of the stance of another party whose quote covers a held stance noun (content/held-object): the noun
 * must be held by a possessor or adjective right before it, or be a known document's (its authors'); the stance
 * must have been made earlier in the same sentence, with no negation between its start and the noun.
 */
/** Back from token `j` over a phrase of likeness ('likeness' of content/held-object: "in line with", "similar to") and
 * a comma before it, when the phrase starts at or after the character offset `from`; else `j`. */
function pastLikeness(doc: Doc, j: number, from: number): number {
  const { tokens } = doc;
  for (const words of splitPhrases(doc.index.words(heldObject.id, 'likeness'))) {
    let k = j;
    let ok = true;
    for (let w = words.length - 1; w >= 0 && ok; w--, k--) ok = tokens[k]?.lower === words[w] && tokens[k].start >= from;
    if (!ok) continue;
    if (tokens[k]?.text === ',' && tokens[k].start >= from) k--;
    return k;
  }
  return j;
}

function heldObjectItems(run: Run, s: Sentence, t: Trigger, holder: Holder, made: Claim[]): IssueItem[] {
  const { doc } = run;
  if (!holder.codes.length) return [];
  const nextToHolder = holder.rule === 'holder/document-authors'
    || (holder.via === 'possessor' && !!holder.mention && holder.mention.start < t.start && t.start - holder.mention.end <= 2);
  if (!nextToHolder || !(t.nominal || holder.via === 'possessor')) return [];
  // (Not when "its" names the stance again later in the sentence: "welcomed the Chinese proposal, calling its offer of
  // talks a good start" is one stance, the offer, held by holder/its-document.)
  const nounCues = doc.index.words('content/noun-complement', 'nounCues');
  for (let j = t.end; j < s.tEnd - 1; j++) if (doc.tokens[j].lower === 'its' && nounCues.has(doc.tokens[j + 1].lower)) return [];
  const at = doc.tokens[t.start].start;
  const negators = doc.index.words(heldObject.id, 'negators');
  const determiners = doc.index.words(heldObject.id, 'determiners');
  const items: IssueItem[] = [];
  for (const c of made) {
    if (c.sentence[0] !== s.start || holder.codes.includes(c.actor) || c.span[0] > at) continue;
    // The noun phrase inside the stance's quote, or right after it past a determiner ("refused to endorse | the Ethiopian plan").
    const np = holder.mention && holder.mention.start < t.start ? holder.mention.start : t.start;
    if (doc.tokens[np].start >= c.span[1]) {
      let j = np - 1;
      while (j > s.tStart && doc.tokens[j].start >= c.span[1] && determiners.has(doc.tokens[j].lower)) j--;
      // ("argued for a 30-day truce, in line with a U.S. proposal …": a phrase of likeness says the stance matches the
      // held noun's, whose content it is.)
      j = pastLikeness(doc, j, c.span[1]);
      // (The token before them must be the quote's last.)
      if (doc.tokens[j].end !== c.span[1]) continue;
    }
    let negated = false;
    for (let j = s.tStart; j < t.start; j++) if (doc.tokens[j].start >= c.span[0] && negators.has(doc.tokens[j].lower)) { negated = true; break; }
    if (negated || items.some((it) => it.issue === c.issue)) continue;
    // (The quote spans the holder and the noun: "a Greek proposal", "Moscow's offer".)
    const start = holder.mention && holder.mention.start < t.start ? holder.mention.start : t.start;
    items.push({ issue: c.issue, regions: [...c.regions], start, end: Math.max(t.end, holder.mention?.end ?? t.end) });
  }
  return items;
}

/** Sentences of an article's headline and lede, which judge what the story describes only after them (content/judged-demands-package). */
const LEDE_SENTENCES = 3;

function contentOf(run: Run, s: Sentence, t: Trigger, holder: Holder, from: number, to: number, made: Claim[]): IssueItem[] {
  const { doc } = run;
  let items = itemsOf(doc, from, to, t);
  // "Belgrade welcomed the paper", "Pristina called the Serbian memorandum an ultimatum", "dismissed the gathering as a
  // futile attempt to …": an object that names a document or a meeting named before is on what it holds, the talks for
  // a meeting; a judgement after it ("as …") names no content (content/referred-document, content/referred-meeting).
  const objectAt = referredObjectStart(doc, s, t);
  if (objectAt >= 0) {
    const referred = referredThing(doc, s, t, objectAt, run.claims, made, holder.codes);
    // (Not when the object names an issue of its own: "welcomed the ceasefire plan".)
    let own = false;
    if (referred) for (let k = referred.items[0].start; k < referred.items[0].end && !own; k++) own = !!doc.issueAt.get(k)?.values.some((v) => v.issue !== '_noise' && !v.weak && v.issue !== referred.items[0].issue) || !!doc.placeAt.get(k)?.codes.length;
    if (referred && !own) { items = referred.items; note(run, referred.rule, 'change', t, referred.detail); }
  }
  // "a list of 339 children whose return it demands": the stance ends a relative clause on what it is about
  // (content/whose-object).
  if (!items.length) {
    const whose = whoseObjectItems(doc, s, t);
    if (whose.length) { items = whose; note(run, whoseObject.id, 'change', t, `${items.map((i) => i.issue).join(',')} (the noun the "whose" clause is on)`); }
  }
  // "ready to host talks on prisoners and on a truce": the agenda of hosted talks is no stance of the host's
  // (content/hosted-talks).
  // "agreed to a $50 billion loan for Ukraine, to be repaid from frozen Russian assets": a decision on aid to a side
  // is a stance outside the issue list (issue "other", spec §2); the issues in the loan's phrase describe the loan,
  // they are no terms of a settlement (content/aid-decision).
  if (aidDecided(doc, s, t, items)) {
    note(run, aidDecision.id, 'drop', t, `${items.map((i) => i.issue).join(',')} (an agreement to finance a side: other)`);
    items = [{ issue: 'other', regions: [], start: t.start, end: Math.max(...items.map((i) => i.end)) }];
  }
  const hosted = hostedTalksItems(doc, s, t, items);
  if (hosted.dropped.length) { items = hosted.items; note(run, hostedTalks.id, 'drop', t, `${hosted.dropped.join(',')} (the agenda of talks it would host)`); }
  // "open to elections once the fighting stopped": an issue named only in a time clause of an event says when
  // (content/event-time-clause).
  // (A ceasefire as the time of the step counts for a holder that is no principal side only: content/event-time-clause 'halts'.)
  const halts = !holder.codes.some((c) => doc.principalsAt(s.index).includes(c));
  const timed = eventTimeItems(doc, s, items, halts);
  if (timed.dropped.length) { items = timed.items; note(run, eventTimeClause.id, 'drop', t, `${timed.dropped.join(',')} (named only in a time clause of an event)`); }
  // "would be deployed only after hostilities have ended and would help rebuild …": a condition of time at the war's
  // end demands nothing, and what follows it in a new predicate is the step's own (content/event-time-condition).
  const ended = eventTimeConditionItems(doc, s, t, items, halts);
  if (ended.dropped.length) { items = ended.items; note(run, eventTimeCondition.id, 'drop', t, `${ended.dropped.join(',')} (after a condition of time at the war's end)`); }
  if (t.needsIssue) {
    // "declared a truce", not "announced a new offensive, which … along the front": the issue is the object's.
    const kept = items.filter((it) => t.needsIssue!.includes(it.issue) && it.start - t.end <= 5);
    if (kept.length < items.length) note(run, needsIssue.id, 'drop', t, `only ${t.needsIssue.join('/')}`);
    items = kept;
    // ("The talks ended without a deal. Russia was ready to continue them": a pronoun object of such a cue stands for
    // the thing its sentence, else the sentence before, named first, when that is one of the cue's issues.)
    if (!items.length) {
      // ("dropped his call for one": "one" stands for a thing named before with "a" or "no", content/one-antecedent.)
      const one = oneAntecedentItems(doc, s, t).filter((it) => t.needsIssue!.includes(it.issue));
      const referred = one.length ? one : pronounAntecedentItems(doc, s, t).filter((it) => t.needsIssue!.includes(it.issue));
      if (referred.length) { items = referred; note(run, one.length ? oneAntecedent.id : pronounAntecedent.id, 'change', t, `${referred[0].issue} (what the pronoun stands for)`); }
    }
  }
  // A plan noun held by its authors ("the China-Brazil initiative") is their proposal only through its named
  // content ("a plan to freeze the front"); the plan as such is usually the object of someone else's stance.
  const documentOnly = holder.rule === 'holder/document-authors';
  // ("they had produced an updated peace framework": a plan its holder has just authored is its own whole
  // plan, holder/authored-noun.)
  const authored = !items.length && t.nominal && !!t.cue && /-noun$/.test(t.cue.id) && authoredByVerb(doc, s, t);
  let stanceObject: Claim | undefined;
  // "Turkey rejected a Greek proposal for a joint commission", "Kyiv refused to endorse the Chinese plan": a stance
  // noun whose own party stands right before it (content/held-object).
  if (!items.length) {
    const held = heldObjectItems(run, s, t, holder, made);
    if (held.length) { items = held; note(run, heldObject.id, 'change', t, `${items.map((i) => i.issue).join(',')} (the object of ${made.find((c) => c.issue === items[0].issue && !holder.codes.includes(c.actor))?.actor ?? 'another party'}'s stance)`); }
  }
  if (!items.length && !t.needsIssue && (!documentOnly || authored)) {
    // ('Minsk "fully supports" the Chinese initiative': a quoted verb's object starts past its closing mark,
    // content/quoted-verb-object.)
    const objFrom = objectStartOf(doc, s, t);
    const obj = tokenWords(doc.tokens, objFrom, Math.min(objFrom + 3, s.tEnd), true);
    // (Not a condition clause naming nothing, "if Kyiv rejected it": no proposal, content/condition-no-antecedent.)
    const prior = latestClaim(run.claims, made, (c) => !holder.codes.includes(c.actor) && canBeAntecedent(c));
    // The object's head: "welcomed the China-Brazil peace initiative". (A plan noun on its own, "Hungary's
    // initiative", is not counted as a proposal on talks: it is mostly the object of another's stance.)
    const head = objectHead(doc, s, objFrom);
    const plans = doc.index.words(planIsTalks.id);
    // A predicate's subject before it: "the Ukrainian memorandum was unserious", "the plan could form the basis".
    // (Six tokens back, and further past quotation marks: a judgement quoted in pieces, "the European counter-proposal
    // was \"not constructive\" and \"does not suit us\"", still has its subject in reach. The extension stops at a
    // relative word: in "the plan contained demands that were \"unacceptable\"" the demands are judged, not the plan.)
    let subjectStart = t.start;
    for (let n = 0; subjectStart > s.tStart && n < 6;) {
      const x = doc.tokens[subjectStart - 1];
      if (x.lower === 'that' || x.lower === 'which') break;
      subjectStart--;
      if (x.text !== '"') n++;
    }
    subjectStart = Math.min(subjectStart, Math.max(s.tStart, t.start - 6));
    const subjectWords = t.object === 'before' ? tokenWords(doc.tokens, subjectStart, t.start, true) : [];
    // "urged Aliyev to sign the plan", "pressed Kyiv to accept the framework": a call to take a whole plan
    // (the plan noun's position, else -1).
    const complementPlan = (): number => {
      if (!t.complement || t.object === 'before') return -1;
      const verbs = doc.index.words(planIsTalks.id, 'complementVerbs');
      for (let j = t.end; j < Math.min(t.end + 5, s.tEnd - 1); j++) {
        if (doc.tokens[j].lower !== 'to' || !verbs.has(doc.tokens[j + 1].lower)) continue;
        // (Four words after the verb, not four tokens: "to accept a U.S. framework" has an abbreviation's dots.)
        for (let k = j + 2, words = 0; k < s.tEnd && words < 4; k++) {
          if (plans.has(doc.tokens[k].lower)) return k;
          if (doc.tokens[k].word) words++;
          else if (doc.tokens[k].text !== '.') break;
        }
        return -1;
      }
      return -1;
    };
    // ("Ukraine was ready to present a joint action plan to Moscow": the cue's own verb hands over a whole plan,
    // content/presented-plan.)
    const presented = complementPlan() < 0 ? presentedPlanAt(doc, s, t, plans) : -1;
    if (presented >= 0) note(run, presentedPlan.id, 'keep', t, `the ${doc.tokens[presented].lower} handed over`);
    const called = presented >= 0 ? presented : complementPlan();
    // ("a Russian proposal that Yerevan had accepted", "the plan which Baku endorsed": a relative clause's content is
    // the noun before it, content/relative-antecedent; a whole plan there is the talks too.)
    // (The noun the clause describes is the plan: not "the proposals … contained demands that were unacceptable".)
    let relHead = to - 1;
    while (relHead > from && !doc.tokens[relHead].word) relHead--;
    const relativePlan = t.object !== 'before' && from < t.start && to <= t.start && plans.has(doc.tokens[relHead]?.lower ?? '');
    // ("The Hungarian plan was rejected by Kyiv": a passive's subject is the plan, content/passive-plan.)
    const passiveNoun = t.object !== 'before' && (t.type === 'REJECT' || t.type === 'ACCEPT') ? passivePlanNoun(doc, s, t, plans) : -1;
    // ("would not reduce its defence efforts": a party's own war effort is no plan, content/war-effort.)
    const warEffortOnly = warEffortObject(doc, s, t, plans);
    if (warEffortOnly) note(run, warEffort.id, 'keep', t, 'the effort is the war effort, no plan');
    const plan = relativePlan || (t.object === 'before' ? subjectWords.some((w) => plans.has(w)) : !warEffortOnly && obj.some((w) => plans.has(w))) || (t.object !== 'before' && !warEffortOnly && head >= 0 && plans.has(doc.tokens[head].lower)) || called >= 0 || authored || passiveNoun >= 0;
    // ("We did not agree and we will not agree.": a negated modal of accepting answers the same way, rules.json
    // 'modalVerbs'.)
    const bareModal = !t.cue && t.type === 'REJECT' && doc.index.words(bareAnswer.id, 'modalVerbs').has(doc.tokens[t.end - 1]?.lower ?? '');
    // (A condition right after it is the answer's proviso, not its object: "Israel has agreed provided Qatar guarantees …",
    // candidate/proviso.)
    // (Not in a relative clause on a plan noun that is no other party's stance just made: "called the document \"an
    // ultimatum\" that Kyiv will not sign" refuses the document, content/relative-refusal; "in line with a U.S. proposal
    // Ukraine had previously accepted" accepts what the proposal holds.)
    const ownNoun = (c: Claim | undefined) => !!c && c.span[0] <= doc.tokens[relHead].start && c.span[1] >= doc.tokens[relHead].end;
    // (A quotation mark that opens a quoted object is no end: "Argentina supported \"every effort to end the war\"" takes the
    // quoted words, content/quoted-object; only a closing mark, a comma or a stop ends a bare answer.)
    // ('Minsk "fully supports" the Chinese initiative': a mark that closes a quoted verb with a noun phrase after it is
    // no end either, the phrase is the verb's object, content/quoted-verb-object.)
    // (A heading, a short line with no closing stop ("Support, but caution, on NATO"), answers nothing: it names the
    // section below it.)
    const headingLine = s.tEnd - s.tStart <= 12 && !/[.!?"”'’]$/.test(doc.text.slice(s.start, s.end).trimEnd());
    const unasserted = unassertedAnswerAt(doc, s, t);
    const bare0 = !headingLine && (bareModal || (!!t.cue && doc.index.words(bareAnswer.id, 'cues').has(t.cue.id) && (!t.negated || t.rule.includes(NEGATED_HEAD)))) && (t.end >= s.tEnd - 1 || (!doc.tokens[t.end]?.word && !opensQuotedObject(doc, s, t.end) && !quotedVerbObjectAt(doc, s, t.end, (j) => opensQuotedObject(doc, s, j))) || conditionAt(doc, t.end) !== null) && (!relativePlan || ownNoun(prior));
    // (Not a hypothetical, a choice, an agentless passive or a refused assertion: content/unasserted-answer.)
    if (bare0 && unasserted) note(run, unassertedAnswer.id, 'keep', t, `no answer: ${unasserted}`);
    const bare = bare0 && !unasserted;
    // "rejected Hungary's initiative", "dismissed the proposal": the last claim of the object's owner (or of
    // another party) names what was proposed; a whole plan with no such claim is a stance on talks.
    const anaphoric = doc.index.words(anaphoricObject.id);
    // "rejected it outright", "turned down both", "welcomed them": a pronoun object that ends its clause; and a
    // predicate's object before it ("called the idea absurd").
    const pronouns = doc.index.words(anaphoricObject.id, 'pronouns');
    const clauseEnd = (j: number) => j >= s.tEnd || !doc.tokens[j].word || doc.index.words(anaphoricObject.id, 'after').has(doc.tokens[j].lower);
    // (Not in a subordinate clause: "whenever the West and Kyiv are ready for it" answers nothing.)
    const subordinators = doc.index.words(anaphoricObject.id, 'subordinators');
    let subordinate = false;
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 8); j--) {
      const x = doc.tokens[j];
      if (x.text === ',' || x.text === '"' || x.text === ';') break;
      if (subordinators.has(x.lower)) { subordinate = true; break; }
    }
    // ("Erdogan backed him.": backing a person who just took a stance takes that stance, trigger/receives-person.)
    // ("dismissed it hours later", "has opposed it ever since": a time or manner adjunct after a personal pronoun, in an
    // answer only: "could end it today" ends the war, no stance.)
    const answer = t.type === 'ACCEPT' || t.type === 'REJECT';
    const backedAt = backedPronounAt(doc, t);
    const pronounObject = (pronouns.has(obj[0] ?? '') || backedAt >= 0) && (clauseEnd(t.end + 1) || (backedAt >= 0 && clauseEnd(backedAt + 1)) || (answer && pronouns.has(obj[0] ?? '') && adjunctAfterPronoun(doc, t.end + 1))) && !subordinate;
    const before = t.object === 'before' ? tokenWords(doc.tokens, Math.max(s.tStart, t.start - 3), t.start, true) : [];
    // ("opposed a total ban", "sought opt-outs": a bare noun of a measure, with nothing of its own after it.)
    const bareNouns = doc.index.words(anaphoricObject.id, 'bareNouns');
    const notBefore = doc.index.words(anaphoricObject.id, 'bareNounsNotBefore');
    let bareMeasure = false;
    // ("asked for more time": a grace period before the measure, with a word of quantity; not "buy time", "this time".)
    const graceNouns = doc.index.words(anaphoricObject.id, 'graceNouns');
    const graceQuantifiers = doc.index.words(anaphoricObject.id, 'graceQuantifiers');
    for (let j = t.end; j < Math.min(t.end + 4, s.tEnd) && !bareMeasure; j++) {
      const x = doc.tokens[j].lower;
      const measure = bareNouns.has(x) || (graceNouns.has(x) && graceQuantifiers.has(doc.tokens[j - 1]?.lower ?? ''));
      if (measure && !notBefore.has(doc.tokens[j + 1]?.lower ?? '')) bareMeasure = true;
    }
    // ("Kyiv has made clear that is unacceptable", "Pristina said this was a non-starter": a predicate whose subject is a
    // lone demonstrative after a verb of saying judges what another party last asked.)
    // ("Yerevan called it an ultimatum", "Pristina described that as unacceptable": a pronoun that a verb of naming
    // judges, candidate/named-judgement.)
    const pronounAt = t.object === 'before' ? Math.max(pronounSubjectAt(doc, s, t.start, (t.type === 'ACCEPT' || t.type === 'REJECT') && holder.via === 'speaker'), namedPronounAt(doc, s, t.start, t.type === 'ACCEPT' || t.type === 'REJECT')) : -1;
    // ("Venezuela again refused the demand": a definite stance noun that closes a chained trigger.)
    const chainedNoun = t.end - t.start >= 3 && (anaphoric.has(doc.tokens[t.end - 1].lower) || doc.index.words(anaphoricObject.id, 'chainedNouns').has(doc.tokens[t.end - 1].lower)) && doc.index.words(anaphoricObject.id, 'definite').has(doc.tokens[t.end - 2].lower);
    // ("signed a declaration in Paris in which they offered …": a noun whose content the clause after it states refers
    // back to nothing, content/stated-content.)
    const statedAt = t.object !== 'before' ? contentStatedAfter(doc, s, t.end) : null;
    const stated = !!statedAt;
    // ("signed a declaration setting out the security guarantees they would give": a participle's object is the
    // content itself.)
    let statedItems: IssueItem[] = [];
    if (statedAt?.participle) {
      let e = statedAt.end;
      while (e < Math.min(statedAt.end + 8, s.tEnd) && doc.tokens[e].word) e++;
      statedItems = itemsOf(doc, statedAt.end, e, t).map((it) => ({ ...it, start: t.start }));
    }
    if (stated) note(run, statedContent.id, 'keep', t, 'the noun\'s content is the clause after it, not the last stance');
    const anaphoricHead0 = bareMeasure || chainedNoun || pronounAt >= 0 || (!stated && (obj.some((w) => anaphoric.has(w)) || (head >= 0 && anaphoric.has(doc.tokens[head].lower)))) || pronounObject || before.some((w) => anaphoric.has(w));
    // ("The American side accepts our proposals", right after Kyiv's proposals were listed: a plural stance noun refers
    // back only to a stance of this sentence or the one before, content/anaphoric-object 'recentNouns'; further back it
    // names whole plans.)
    const recentNouns = doc.index.words(anaphoricObject.id, 'recentNouns');
    const recentNoun = !anaphoricHead0 && !stated && (obj.some((w) => recentNouns.has(w)) || (head >= 0 && recentNouns.has(doc.tokens[head].lower)));
    const sinceSentence = s.index > 0 ? doc.sentences[s.index - 1].start : s.start;
    const recent = (c: Claim | undefined) => !!c && c.sentence[0] >= sinceSentence;
    const anaphoricHead = anaphoricHead0 || recentNoun;
    // (Where no head is found, the noun itself: "the Egyptian proposal" is one document mention.)
    const nounOwner = (): ActorMention | undefined => {
      for (let k = t.end; k < Math.min(t.end + 4, s.tEnd); k++) if (anaphoric.has(doc.tokens[k].lower) || recentNouns.has(doc.tokens[k].lower)) return namedOwnerAt(doc, s, t.end, k);
      return undefined;
    };
    const owner = anaphoricHead ? (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.possessive && a.start >= t.end && a.end <= (head >= 0 ? head : t.end + 3))
      ?? (head >= 0 ? namedOwnerAt(doc, s, t.end, head) : nounOwner()) : undefined;
    // ("the US move on Belavia": of that party's stances, the one whose sentence names the topic after "on" first.)
    const topic = owner && head >= 0 ? ownerTopic(doc, s, head) : '';
    const ownerPrior = owner ? (topic ? latestClaim(run.claims, made, (c) => owner.codes.includes(c.actor) && c.type !== 'REJECT' && doc.text.slice(c.sentence[0], c.sentence[1]).includes(topic)) : undefined)
      ?? latestClaim(run.claims, made, (c) => owner.codes.includes(c.actor) && c.type !== 'REJECT') : undefined;
    // ("Warsaw criticised the US move on Belavia" after Russia's demands: a noun whose party is named in it refers to
    // that party's stance; with none of it before, to no other party's, content/named-owner.)
    const ownerless = !!owner && !ownerPrior && !owner.possessive;
    if (ownerless) note(run, namedOwner.id, 'keep', t, `no earlier stance of ${owner.codes.join('+')}`);
    // "Orban's proposal for a Christmas truce has been rejected by Kyiv": a passive stance's object is its
    // subject, the stance named before it in the sentence.
    // (The same passive the holder rule reads its agent from: holder/passive-agent-first.)
    const passive = passiveWithAgent(doc, t);
    const samePrior = passive ? [...made].reverse().find((c) => !holder.codes.includes(c.actor) && c.sentence[0] === s.start) : undefined;
    if (samePrior) note(run, passiveObject.id, 'change', t, `the object is ${samePrior.actor}'s ${samePrior.type.toLowerCase()}`);
    // ("Ukraine is ready to accept this proposal", after Washington's proposal of a truce and its offer to resume aid: a
    // noun of proposing refers to the proposal among the last few stances of the party that last took one,
    // content/anaphoric-object 'proposalNouns'.)
    const proposalNouns = doc.index.words(anaphoricObject.id, 'proposalNouns');
    const proposalNoun = anaphoricHead && (obj.some((w) => proposalNouns.has(w)) || (head >= 0 && proposalNouns.has(doc.tokens[head].lower)) || before.some((w) => proposalNouns.has(w)));
    let proposed: Claim | undefined;
    if (proposalNoun && prior && prior.type !== 'PROPOSE') {
      const others = [...run.claims, ...made].filter((c) => !holder.codes.includes(c.actor)).slice(-3);
      // (Only the proposer's own: its offer made with the proposal is part of the same package, "Armenia offered talks.
      // Baku rejected the proposal" rejects Armenia's offer, not a third party's older proposal.)
      proposed = others.reverse().find((c) => c.type === 'PROPOSE' && c.actor === prior.actor);
    }
    const antecedent0 = ownerPrior ?? samePrior ?? (anaphoricHead && !ownerless ? proposed ?? prior : undefined);
    const antecedent = recentNoun && !samePrior && !recent(antecedent0) ? undefined : antecedent0;
    const end = Math.max(head + 1, Math.min(t.end + 3, s.tEnd));
    // "If a complete ceasefire takes hold, Ukraine proposes extending it": "it" after the stance's verb is the
    // issue named last before the stance in its sentence (else the last stance of another party).
    // (A gerund: "proposes extending it", "backs keeping them"; not "insisted on before it would …".)
    // (And a refusal of a concession verb with "it" after it: "has no right to give it away", "will never hand them
    // over" refuses what was last asked, content/anaphoric-object.)
    const concessionIt = t.type === 'REJECT' && doc.index.set.concessionVerbs.has(obj[0] ?? '');
    const verbIt = !antecedent && !pronounObject && (/^[a-z]+ing$/.test(obj[0] ?? '') || concessionIt) && (obj[1] === 'it' || obj[1] === 'them');
    // ("discussed the Vatican's efforts to return deported children, and Biden supported them", "the security protocols
    // were finished and Washington "strongly backs" them": a backed "them" is first the issue named last before the
    // verb in its sentence, as "it" after a gerund is; with none, the last stance of another party.)
    const backedThem = backedAt >= 0 && doc.tokens[backedAt].lower === 'them';
    let named: IssueItem | undefined;
    // (Where a phrase of doing as another did ends, found once: content/reciprocal-object.)
    let reciprocalEnd = -1;
    if (verbIt || backedThem) {
      for (let k = t.start - 1; k >= s.tStart && !named; k--) {
        const term = doc.issueAt.get(k);
        const best = term?.values.filter((v) => v.rank >= 0).sort((a, b) => b.rank - a.rank)[0];
        if (best) named = { issue: best.issue, regions: [], start: t.start, end: Math.min(t.end + 2, s.tEnd) };
      }
    }
    if (named) { items = [named]; note(run, anaphoricObject.id, 'change', t, `${named.issue} ("it": the issue named before it)`); }
    else if (verbIt && prior && !prior.conditions.length) {
      items = [{ issue: prior.issue, regions: [...prior.regions], start: t.start, end: Math.min(t.end + 2, s.tEnd) }];
      note(run, anaphoricObject.id, 'change', t, `${prior.issue} ("it": from ${prior.actor} ${prior.type})`);
    }
    else if (prior && bare) {
      // (Every issue of the statement answered: "Baku demanded the withdrawal … as a condition for any ceasefire.
      // Yerevan will not agree." refuses the withdrawal too, not only the last claim made of it.)
      // (Only for a reply in a later sentence: "a provision the United States has rejected" answers the one item
      // named right before it.)
      const later = prior.span[1] <= doc.tokens[s.tStart].start;
      const same = later ? [...run.claims, ...made].filter((c) => c.actor === prior.actor && c.type === prior.type && c.span[0] === prior.span[0]) : [];
      items = (same.length ? same : [prior]).map((c) => ({ issue: c.issue, regions: [...c.regions], start: t.start, end: t.end }));
      note(run, bareAnswer.id, 'change', t, items.map((x) => x.issue).join(', '));
    }
    else if (bareModal && !prior && doc.index.words(bareSigning.id).has(doc.tokens[t.end - 1].lower) && (bare || conditionAt(doc, t.end) !== null)) {
      // ("Unless Yerevan withdraws its troops, Baku will not sign", "would not sign as long as …": with no stance before it
      // to answer, a bare refusal to sign (nothing after it but its condition) refuses the agreement under negotiation, talks by spec rule 9: content/bare-signing.)
      items = [{ issue: 'talks', regions: [], start: t.start, end: t.end }];
      note(run, bareSigning.id, 'change', t, 'talks (the agreement itself)');
    }
    else if (bareModal && doc.index.words(bareSigning.id).has(doc.tokens[t.end - 1].lower) && signedSettlementEnd(doc, s, t.end) > 0) {
      // ("Moscow will not sign any deal until Ukraine withdraws from Donbas", "Hamas would not sign an agreement
      // unless …": a refusal to sign a settlement that is named but not described refuses the agreement itself, the
      // talks, whatever another party said before, content/bare-signing 'objects'.)
      items = [{ issue: 'talks', regions: [], start: t.start, end: signedSettlementEnd(doc, s, t.end) }];
      note(run, bareSigning.id, 'change', t, 'talks (the agreement named)');
    }
    else if ((reciprocalEnd = reciprocalAt(doc, t.end, Math.min(to + 2, s.tEnd))) >= 0) {
      // (The holder's own last claim first: "Kyiv accepted the truce … Ukraine must now convince Russia to do the same"
      // is about Kyiv's acceptance, not a third party's offer made in between; else anyone's.)
      const last = latestClaim(run.claims, made, (c) => c.issue !== 'other' && holder.codes.includes(c.actor)) ?? latestClaim(run.claims, made, (c) => c.issue !== 'other');
      if (last) { items = [{ issue: last.issue, regions: [...last.regions], start: t.start, end: reciprocalEnd }]; note(run, reciprocalObject.id, 'change', t, `${last.issue} (as ${last.actor} ${last.type})`); }
    }
    else if (pronounAt >= 0 && (t.type === 'ACCEPT' || t.type === 'REJECT') && planJustBefore(doc, s, pronounAt)) {
      // ("Moscow was dismissive of the European version. Ushakov said it was \"completely unconstructive\"": the
      // pronoun is the plan the sentence before named last, judged as a whole, content/quoted-judged-pronoun.)
      items = [{ issue: 'talks', regions: [], start: pronounAt, end }];
      note(run, quotedJudgedPronoun.id, 'change', t, 'talks (the plan named just before, judged as a whole)');
    }
    else if (statedItems.length) {
      items = statedItems;
      note(run, statedContent.id, 'change', t, `${items.map((it) => it.issue).join(',')} (the content set out after the noun)`);
    }
    else if (antecedent && judgesWholeMove(doc, t)) {
      // ("the offer was \"not made in good faith\"": the whole move judged, the talks; content/judged-move.)
      items = [{ issue: 'talks', regions: [], start: t.start, end: t.end }];
      note(run, judgedMove.id, 'change', t, `talks (the whole move judged, not ${antecedent.actor}'s ${antecedent.issue})`);
    }
    else if (antecedent) {
      stanceObject = antecedent;
      // ("had not rejected the idea outright": a refusal of another's proposal, negated, accepts it: content/unrefused-proposal.)
      if (t.type === 'OFFER' && t.negated && t.rule.endsWith(':negated') && t.cue?.type === 'REJECT' && !holder.codes.includes(antecedent.actor)) {
        t.type = 'ACCEPT';
        note(run, unrefusedProposal.id, 'change', t, `OFFER → ACCEPT (${antecedent.actor}'s ${antecedent.type.toLowerCase()} not refused)`);
      }
      // The whole stance referred to: "Hungary proposed a truce and a prisoner exchange. Kyiv turned down both."
      items = [];
      for (const c of stanceOf(doc, run.claims, made, antecedent)) {
        if (!items.some((it) => it.issue === c.issue && it.regions.join() === c.regions.join())) items.push({ issue: c.issue, regions: [...c.regions], start: pronounAt >= 0 ? pronounAt : t.start, end });
      }
      // "Baku said it would sign a peace treaty once Yerevan gave up the corridor and its EU bid. Yerevan called it an
      // ultimatum": one noun or pronoun for a settlement offered on conditions is the whole plan, talks (spec rule 9;
      // content/package-answer). Not "turned down both", "rejected them": a plural names the items.
      const plural = doc.index.words(packageAnswer.id, 'plural');
      // (The noun that closes a chained trigger counts too: "rejected the demands as an ultimatum".)
      const anaphorWords = [...obj, ...before, pronounAt >= 0 ? doc.tokens[pronounAt].lower : '', chainedNoun ? doc.tokens[t.end - 1].lower : ''];
      if (!anaphorWords.some((w) => plural.has(w)) && isPackage(doc, run.claims, made, antecedent)) {
        items = [{ issue: 'talks', regions: [], start: pronounAt >= 0 ? pronounAt : t.start, end }];
        note(run, packageAnswer.id, 'change', t, `talks (the whole settlement ${antecedent.actor} offered on conditions)`);
      }
      // ("Moscow said a settlement would have to fix Kyiv's neutrality, recognise Crimea as Russian and lift the
      // sanctions. Kyiv called it an ultimatum": one noun or pronoun answering a statement of terms on three issues
      // or more answers the terms as a whole, the talks (spec rule 9), not each term: content/terms-answer.)
      else if (!anaphorWords.some((w) => plural.has(w)) && new Set(items.map((it) => it.issue).filter((x) => x !== 'other')).size >= Number(doc.index.vocab.rules[termsAnswer.id]?.minIssues ?? 3)) {
        const named = items.map((it) => it.issue).join(',');
        items = [{ issue: 'talks', regions: [], start: pronounAt >= 0 ? pronounAt : t.start, end }];
        note(run, termsAnswer.id, 'change', t, `talks (${antecedent.actor}'s terms on ${named} answered as a whole)`);
      }
      else note(run, anaphoricObject.id, 'change', t, `${items.map((it) => it.issue).join(',')} (from ${antecedent.actor} ${antecedent.type})`);
    }
    else if (plan) {
      // A predicate's quote starts at its subject ("the Ukrainian memorandum was unserious").
      let start = t.start;
      if (t.object === 'before') {
        const at = t.start - subjectWords.length + subjectWords.findIndex((w) => plans.has(w));
        start = at;
        while (start > Math.max(s.tStart, at - 3) && doc.tokens[start - 1].word && !speechVerbs(doc).has(doc.tokens[start - 1].lower) && doc.tokens[start - 1].lower !== 'that') start--;
      }
      // (A relative clause's quote runs from the plan it describes to its verb: "a Russian proposal that Yerevan had accepted".)
      if (relativePlan) start = from;
      // (A passive's quote starts at its subject: "the Hungarian plan was rejected by Kyiv".)
      if (passiveNoun >= 0 && !relativePlan) {
        start = passiveNoun;
        while (start > Math.max(s.tStart, passiveNoun - 4) && (doc.tokens[start - 1].word || doc.tokens[start - 1].text === "'") && !speechVerbs(doc).has(doc.tokens[start - 1].lower) && doc.tokens[start - 1].lower !== 'that') start--;
        note(run, passivePlan.id, 'change', t, `talks (the plan “${doc.tokens[passiveNoun].text}” is the passive's subject)`);
      }
      // (… to its agent: "… was rejected by Kyiv".)
      const agentEnd = passiveNoun >= 0 && holder.mention && holder.mention.start === t.end + 1 ? holder.mention.end : -1;
      // ("The EU will decide whether to lend Kyiv 90 billion euros against the frozen assets. Belgium has balked at the
      // plan": a plan referred back to is on the one issue its description named, content/referred-plan.)
      // (A judged plan before the stance, "Putin called the plan \"theft\"", "the plan is unacceptable": its subject,
      // content/referred-plan-subject.)
      const subjectPlan = t.object === 'before' && !relativePlan && passiveNoun < 0 ? (() => { for (let k = t.start - 1; k >= subjectStart; k--) if (plans.has(doc.tokens[k].lower)) return k; return -1; })() : -1;
      const referred = subjectPlan >= 0 && !authored ? referredPlanIssue(doc, s, t, subjectPlan, true)
        : !relativePlan && called < 0 && !authored && head >= 0 && plans.has(doc.tokens[head].lower) ? referredPlanIssue(doc, s, t, head) : undefined;
      // ("signed a memorandum with the UN under which the world body will work to ease obstacles to its exports": the
      // relative clause states the plan's provisions, and the stance is on what they are about, content/plan-provisions.)
      const provisions = referred || relativePlan || passiveNoun >= 0 ? [] : planProvisionItems(doc, s, t, plans);
      if (referred) { items = [{ issue: referred, regions: [], start, end: Math.max(head + 1, t.end) }]; note(run, subjectPlan >= 0 ? referredPlanSubject.id : referredPlan.id, 'change', t, `${referred} (the plan described before)`); }
      else if (provisions.length) {
        items = provisions.map((it) => ({ ...it, start }));
        note(run, planProvisions.id, 'change', t, `${items.map((it) => it.issue).join(',')} (the provisions a relative clause on the plan states)`);
      }
      else { items = [{ issue: 'talks', regions: [], start, end: relativePlan ? t.end : Math.max(head + 1, t.end, called + 1, agentEnd) }]; note(run, planIsTalks.id, 'change', t, 'talks'); }
    }
    else {
      // "… a ceasefire along the line would mean forgetting the root causes, and that Russia would not agree to it",
      // "Sanctions are leverage. I would not lift them": with no other party's stance to answer, a pronoun object stands
      // for the issue its sentence (else the sentence before) named first (content/pronoun-antecedent).
      // ("The summit produced no truce, and the envoy dropped his call for one": "one" stands for the nearest thing named
      // with "a", "no" or "any", not the clause's topic, content/one-antecedent.)
      const one = oneAntecedentItems(doc, s, t);
      const referred = one.length ? one : pronounAntecedentItems(doc, s, t);
      if (referred.length) { items = referred; note(run, one.length ? oneAntecedent.id : pronounAntecedent.id, 'change', t, `${referred[0].issue} (what the pronoun stands for)`); }
    }
  }
  // "the status of Crimea should be the subject of separate bilateral negotiations": a status left to talks is the
  // status put forward, not the talks (content/deferred-status).
  if (t.modal && t.type === 'DEMAND') {
    const deferred = deferredStatusItems(doc, s, t);
    if (deferred.length) { items = deferred; note(run, deferredStatus.id, 'change', t, 'territory (a status left to talks)'); }
  }
  // "a cease-fire must come first", "Western military aid must stop": a deontic's issue may be its subject.
  // With a verb of stopping ("… must stop for the ceasefire to be meaningful") the subject is what is
  // demanded whatever follows (a purpose or a time).
  // (Not "the war must end with a full withdrawal": what it ends with is the content.)
  const stopping = t.modal && !t.exchange && doc.index.words(conditionSubject.id, 'stopVerbs').has(doc.tokens[t.end]?.lower ?? '') && doc.tokens[t.end + 1]?.lower !== 'with';
  // ("a ceasefire should come before any negotiations", "must come first and that …": a predicate of sequence demands
  // its subject; what follows only frames the sequence, content/sequenced-subject.)
  const sequenced = t.modal && !t.exchange && t.type === 'DEMAND' && !stopping ? sequencedEnd(doc, t) : -1;
  // ("the primary causes of the conflict must be addressed while …": a passive deontic demands its subject.)
  const passiveEnd = t.modal && !t.exchange && t.type === 'DEMAND' ? deonticPassiveEnd(doc, t) : -1;
  // ("any meeting between the presidents would have to be prepared step by step": with no issue in a
  // longer predicate the subject is still what is demanded.)
  // (Counted to the predicate's own end, a comma or a subordinate clause: "such a meeting must be the final stage, to
  // sign agreements that are already prepared", "the assets should remain frozen until Moscow pays": what follows is a
  // purpose or a time, not more of the predicate.)
  const predicateEnds = doc.index.words(conditionSubject.id, 'predicateEnds');
  let predicateTo = t.end;
  while (predicateTo < to && doc.tokens[predicateTo].text !== ',' && doc.tokens[predicateTo].text !== ';' && !predicateEnds.has(doc.tokens[predicateTo].lower)) predicateTo++;
  const predicateWords = doc.tokens.slice(t.end, items.length ? to : predicateTo).filter((x) => x.word).length;
  const shortPredicate = predicateWords <= 3 || (!items.length && predicateWords <= 8);
  // "a Russian troop withdrawal must be a condition of any peace deal": the subject is the condition demanded;
  // the deal after "of" is only its frame.
  const conditionNoun = t.modal && !t.exchange && isConditionPredicate(doc, t.end);
  if (conditionNoun) note(run, conditionSubject.id, 'keep', t, 'a condition of what follows: the subject is demanded');
  // (Not a goal: "The offensive near Pokrovsk is aimed at cutting the supply road": the subject is the act whose aim is
  // stated, not what anyone wants.)
  // (Not a settlement possible without something: its subject is what goes ahead, not what is refused,
  // candidate/possible-without.)
  // (Nor ships so regarded, whose subject candidate/regarded-as-hostile has read already: "vessels heading to ports under
  // Russian occupation could be considered to be carrying military cargo" threatens navigation, not the land.)
  if ((!items.length || stopping || sequenced > 0 || conditionNoun || passiveEnd > 0) && t.modal && !t.exchange && t.cue?.id !== 'goal' && t.rule !== 'possible-without' && !(t.rule === 'regarded-as-hostile' && t.defaultIssue) && (shortPredicate || stopping || sequenced > 0 || conditionNoun || passiveEnd > 0)) {
    const kept = items;
    // Only the subject right before the modal ("a cease-fire must come first"), not the whole clause.
    let b0 = scopeOf(doc, s, { ...t, object: 'before' }, s.tEnd)[0];
    // (A condition's subject may be longer: "the withdrawal of Armenian troops from the border villages must be a condition of …".)
    let reach = conditionNoun ? 12 : passiveEnd > 0 ? 10 : 6;
    for (let j = t.start - 1; j >= Math.max(b0, t.start - reach); j--) {
      // (Scare quotes inside the subject are part of it: 'the "primary causes" of the war must be addressed'.)
      const open = doc.tokens[j].text === '"' && doc.tokens[j + 1]?.word && !doc.tokens[j + 1].cap ? scareQuoteOpen(doc, j) : -1;
      if (open >= 0) { reach += j - open; j = open; continue; }
      // ('Ukraine's security "also needs to be ensured"': the quote opening the predicate is no break before its subject,
      // content/quoted-predicate.)
      if (quotedPredicateOpen(doc, s, j, t.start)) { note(run, quotedPredicate.id, 'keep', t, 'the quote opens the predicate: its subject is before it'); reach++; continue; }
      // ('Putin said "all the root causes of the conflict" must be eliminated': a noun phrase quoted whole after a verb
      // of saying is the subject, content/quoted-subject.)
      const quotedOpen = quotedSubjectOpen(doc, s, j, t.start, (k) => k >= s.tStart && (doc.tokens[k].lower === 'that' || doc.tokens[k].text === ',' || doc.tokens[k].text === ':' || (speechVerbs(doc).has(doc.tokens[k].lower) && !compoundSpeechWord(doc, k))));
      if (quotedOpen >= 0) { note(run, quotedSubject.id, 'keep', t, 'a quoted noun phrase: the subject'); b0 = quotedOpen + 1; reach = Math.max(reach, t.start - b0); break; }
      // ("the rights of Russian-speaking citizens must be protected": a verb of saying hyphened to a word before it is
      // a compound adjective, no report, content/compound-speaking.)
      const speech = speechVerbs(doc).has(doc.tokens[j].lower);
      if (speech && compoundSpeechWord(doc, j)) { note(run, compoundSpeaking.id, 'keep', t, `“${doc.tokens[j - 2].text}-${doc.tokens[j].text}” is an adjective, no report`); continue; }
      // (A relief's subject starts after the verb of saying too: "Trump said the sanctions could be lifted if …",
      // candidate/conditional-relief.)
      if (doc.tokens[j].lower === 'that' || doc.tokens[j].text === ',' || doc.tokens[j].text === '"' || ((conditionNoun || passiveEnd > 0 || t.rule === 'conditional-relief') && speech)) { b0 = j + 1; break; }
    }
    b0 = Math.max(b0, t.start - reach);
    // ("A final settlement, Putin went on, would have to fix …", "Any negotiation, she said, had to be accepted by Kyiv":
    // a reporting parenthesis between the subject and the modal interrupts the subject; it is read before it,
    // content/interrupted-subject. Only when nothing after the modal names an issue: "These terms, he said, should be
    // fixed in agreements, together with the recognition of Crimea" keeps what follows.)
    const paren = kept.length ? -1 : parenthesisBeforeModal(doc, s, t.start);
    let subjectEnd = t.start;
    if (paren >= 0) {
      subjectEnd = paren;
      b0 = paren;
      for (let j = paren - 1; j >= Math.max(s.tStart, paren - reach); j--) {
        const x = doc.tokens[j];
        if (x.lower === 'that' || (!x.word && x.text !== '-' && x.text !== "'") || speechVerbs(doc).has(x.lower)) break;
        b0 = j;
      }
    }
    items = itemsOf(doc, b0, subjectEnd, t);
    // ("such a meeting must be the final stage", "Any contacts between the leaders must be prepared thoroughly": a
    // meeting or contacts as the deontic's subject are the talks, content/condition-subject talksSubjects.)
    if (!items.length && !kept.length) {
      let h = b0;
      while (h < t.start && doc.index.words(conditionSubject.id, 'talksDeterminers').has(doc.tokens[h].lower)) h++;
      if (h < t.start && doc.index.words(conditionSubject.id, 'talksSubjects').has(doc.tokens[h].lower)) items = [{ issue: 'talks', regions: [], start: b0, end: t.end }];
      // ("Any real negotiation, he said, \"has to include Russia\"": a negotiation named before the parenthesis.)
      else if (paren >= 0 && talksSubjectBefore(doc, b0, subjectEnd)) items = [{ issue: 'talks', regions: [], start: b0, end: t.end }];
    }
    if (paren >= 0 && items.length) note(run, interruptedSubject.id, 'change', t, `${items.map((i) => i.issue).join(',')} (the subject before the reporting parenthesis)`);
    // (A passive's own phrase goes on to its agent: "the zone should be observed and monitored by a UN
    // peacekeeping force"; a new clause after it does not: "must be addressed while acknowledging that …".)
    if (items.length && passiveEnd > 0) items = [...items, ...kept.filter((it) => namesIssue(doc, passiveEnd, passiveClauseEnd(doc, passiveEnd, to), it.issue))];
    if (items.length && sequenced > 0 && items !== kept) note(run, sequencedSubject.id, 'change', t, `${items.map((i) => i.issue).join(',')} (the subject comes first)`);
    else if (items.length) note(run, conditionSubject.id, 'change', t, `${items.map((i) => i.issue).join(',')} (the subject)`);
    else items = kept;
    // The quote carries the verb of stopping: "Western military aid to Ukraine must stop".
    // (Otherwise through the short predicate: "Captives must be brought home".)
    if (items !== kept) items = items.map((it) => ({ ...it, end: Math.max(it.end, stopping ? t.end + 1 : sequenced > 0 ? sequenced : conditionNoun ? t.end + 3 : passiveEnd > 0 ? passiveEnd : to) }));
  }
  // "the Zaporizhzhia nuclear power plant must be returned to Ukrainian control", "Russia must hand the plant back to
  // its rightful Ukrainian owner": a deontic that gives land back to a party, or puts it under a party's control,
  // demands the land, though a site's name alone names no region (content/returned-land, returned-land.ts).
  if (!items.length && t.modal && t.type === 'DEMAND' && !t.exchange) {
    const land = returnedLandItems(doc, s, t, to);
    if (land.length) { items = land; note(run, returnedLand.id, 'change', t, `territory (land given back to a party${land[0].regions.length ? ': ' + land[0].regions.join(',') : ''})`); }
  }
  // "Ukraine needed to know exactly which countries would act, and how, if Russia attacked again": a need to know who
  // would defend the party asks for security guarantees, whatever else the question names (content/defence-question).
  const defenceEnd = defenceQuestionEnd(doc, s, t);
  if (defenceEnd > 0) { items = [{ issue: 'security_guarantees', regions: [], start: t.start, end: defenceEnd }]; note(run, defenceQuestion.id, 'change', t, 'security_guarantees (who would defend the party)'); }
  // "Full NATO membership remains opposed by the United States": with no stance named before it, a passive's
  // object is its subject (the words after the agent are another's).
  // (A stance on a thing: rejected, opposed, welcomed by; "a ceasefire guaranteed by neutral observers" offers
  // nothing of the observers'.)
  // (Any stance but a threat: "the ban on Russian oil imports was initially proposed by the Commission", "a truce
  // was demanded by Kyiv".)
  // (Not when a colon after the agent opens the list of what was set out: "Those terms were spelled out again by Putin
  // on Wednesday: the reconnection of …, the lifting of …": the list names them, the subject only refers to them.)
  let listedAfter = false;
  for (let j = t.end; j < Math.min(t.end + 10, s.tEnd - 1) && !listedAfter; j++) listedAfter = doc.tokens[j].text === ':';
  // ("A ceasefire was agreed between Armenia and Azerbaijan": an agreement whose cue holds its auxiliary,
  // holder/passive-agreement.)
  const ownAux = passiveAgreementCue(doc, t);
  // ("the next step must be one at which a ceasefire is agreed", "a summit where the end of the war was agreed": an
  // agreement with no agent in a relative clause of an occasion describes the occasion, not an agreement anyone made,
  // content/unasserted-answer 'occasionWords'.)
  const occasion = ownAux && occasionRelative(doc, s, t.start);
  if (occasion) note(run, unassertedAnswer.id, 'keep', t, 'an agreement in a clause describing an occasion: no one agreed');
  if (t.type !== 'THREATEN' && !listedAfter && !occasion && (ownAux || passiveWithAgent(doc, t)) && !items.some((it) => it.start < t.start)) {
    // The subject: the words before the auxiliary back to a clause boundary ("…, as full NATO membership").
    const aux = ownAux ? t.start : t.start - 1;
    const bounds = doc.index.words(passiveObject.id, 'subjectBounds');
    let b0 = aux;
    while (b0 > Math.max(s.tStart, aux - 10) && (doc.tokens[b0 - 1].word || doc.tokens[b0 - 1].text === '-') && !bounds.has(doc.tokens[b0 - 1].lower)) b0--;
    // (Not when the stance taken as its object above is inside that subject: "Erdogan's proposal for a truce
    // has been rejected by Moscow".)
    const inSubject = !!stanceObject && stanceObject.span[1] > doc.tokens[Math.max(s.tStart, b0 - 1)].start;
    const subject = inSubject ? [] : itemsOf(doc, b0, aux, t);
    if (subject.length) {
      items = subject.map((it) => ({ ...it, end: Math.max(it.end, Math.min(t.end + 4, s.tEnd)) }));
      note(run, passiveObject.id, 'change', t, `${items.map((i) => i.issue).join(',')} (the passive's subject)`);
    }
  }
  // ("a summit could only come at the end of the work": a step that can only come, happen or be held after or at the end
  // of something is the subject's own, content/condition-subject.)
  if (!items.length && t.cue?.id === 'condition' && !t.exchange && /take place|possible|begin|start|come|happen|held|at the end/.test(doc.text.slice(doc.tokens[t.start].start, doc.tokens[t.end - 1].end))) {
    const [b0] = scopeOf(doc, s, { ...t, object: 'before' }, s.tEnd);
    items = itemsOf(doc, b0, t.start, t);
    if (items.length) note(run, conditionSubject.id, 'change', t, items.map((i) => i.issue).join(','));
  }
  // "Serbian representatives should take part in it", "Serbia should be represented there": taking part in a process
  // named just before is the talks (content/participation-act).
  if (!items.length) {
    const part = participationItems(doc, s, t);
    if (part.length) { items = part; note(run, participationAct.id, 'change', t, 'talks (taking part in the process named before)'); }
  }
  // "Ankara stood ready to travel to Baku and Yerevan", "… brokered the return of hostages; Egypt remained ready to mediate
  // further cases": a go-between's readiness offers the talks or help on the matter named before (content/offered-service).
  if (!items.length) {
    const role = peaceRoleItems(doc, s, t, holder.codes);
    if (role.length) { items = role; note(run, peaceRole.id, 'change', t, 'talks (a third party\'s help with the peace)'); }
  }
  if (!items.length) {
    const service = offeredServiceItems(doc, s, t, holder.codes);
    if (service.length) { items = service; note(run, offeredService.id, 'change', t, `${service[0].issue} (a go-between's readiness)`); }
  }
  // "We are ready to return every one of them, but only in exchange for our people": a handing-over whose counterpart is
  // people held is a prisoner swap (content/exchange-counterpart).
  if (!items.length) {
    const swap = exchangeCounterpartItems(doc, s, t);
    if (swap.length) { items = swap; note(run, exchangeCounterpart.id, 'change', t, 'humanitarian (people asked in exchange)'); }
  }
  // "Qatar, which has brokered the return of dozens of children, remained ready to mediate further cases": the mediation
  // word names the go-between's role; the matter is the one named before (content/mediation-matter).
  {
    const matter = mediationMatterItems(doc, s, t, items);
    if (matter.length) { items = matter; note(run, mediationMatter.id, 'change', t, `${matter[0].issue} (the matter mediated, named before)`); }
  }
  // "There was no consensus on sending ground troops, but nothing should be excluded": a step kept open with no object
  // of its own is about the topic named before it (content/unexcluded-topic).
  if (!items.length) {
    const topic = unexcludedTopicItems(doc, s, t);
    if (topic.length) { items = topic; note(run, unexcludedTopic.id, 'change', t, `${topic[0].issue} (the topic kept open, named before)`); }
  }
  // "warned that those involved would face serious consequences": a threat of unnamed harm is about the act it answers,
  // named in its condition or before it (content/answered-act), before "such a step" is read
  // as the last claim reported: the act answered is the one named last, not the last stance.
  if (!items.length) {
    const answered = answeredActItems(doc, s, t, holder.codes);
    if (answered.length) { items = answered; note(run, answeredAct.id, 'change', t, `${answered[0].issue} (the act the unnamed harm answers)`); }
  }
  // "Putin agreed that the allies could offer Kyiv an Article 5-like guarantee. Witkoff said Washington was prepared to
  // provide such protection": "such" and a noun naming no issue stand for the stance reported just before (content/such-object).
  if (!items.length) {
    const at = suchObjectAt(doc, s, t);
    const referred = at >= 0 ? suchAntecedent(doc, s, at, run.claims, made) : undefined;
    if (referred) {
      const end = Math.min(s.tEnd, at + (/^(?:a|an)$/.test(doc.tokens[at + 1].lower) ? 3 : 2));
      for (const c of stanceOf(doc, run.claims, made, referred)) {
        if (c.issue !== 'other' && !items.some((it) => it.issue === c.issue && it.regions.join() === c.regions.join())) items.push({ issue: c.issue, regions: [...c.regions], start: t.start, end });
      }
      note(run, suchObject.id, 'change', t, `${items.map((it) => it.issue).join(',')} (from ${referred.actor} ${referred.type})`);
    }
  }
  // "Baku holds 23 Armenian detainees, and Yerevan has demanded their release": a stance on "their release/return" is
  // about what the possessive stands for (content/possessive-return).
  if (!items.length) {
    const returned = possessiveReturnItems(doc, s, t);
    if (returned.length) { items = returned; note(run, possessiveReturn.id, 'change', t, `${returned[0].issue} (what the possessive stands for)`); }
  }
  // "… raised the status of the Armenian church. These are not subjects of negotiation", "… and that we cannot accept":
  // a refusal of what a demonstrative refers back to (content/demonstrative-subject).
  if (!items.length) {
    const referred = demonstrativeSubjectItems(doc, s, t);
    if (referred.length) { items = referred; note(run, demonstrativeSubject.id, 'change', t, `${referred[0].issue} (what the demonstrative refers back to)`); }
  }
  // 'adding that this "is not up for negotiation"', 'The 30-day truce, Ushakov said, would be "nothing other than a
  // temporary breathing space"': a refusing predicate set off from its subject by a quote mark or a reporting
  // parenthesis judges that subject (content/set-off-subject).
  if (!items.length) {
    const judged = setOffSubjectItems(doc, s, t);
    if (judged.length) { items = judged; note(run, setOffSubject.id, 'change', t, `${judged.map((i) => i.issue).join(',')} (the subject set off before the predicate)`); }
  }
  // "Their constitution contains claims against us. It has to be changed": a passive demand on what its pronoun
  // subject stands for (content/pronoun-subject).
  if (!items.length) {
    const referred = pronounSubjectItems(doc, s, t);
    if (referred.length) { items = referred; note(run, pronounSubject.id, 'change', t, `${referred[0].issue} (what the pronoun subject stands for)`); }
  }
  // "… announced sanctions on Belarus. Brussels was ready to take further steps": more of the measure named before
  // (content/further-steps); "Pristina welcomed the American decision": the step named before (content/referred-decision).
  if (!items.length) {
    const further = furtherStepItems(doc, s, t);
    if (further.length) { items = further; note(run, furtherSteps.id, 'change', t, `${further[0].issue} (further steps after it was named)`); }
  }
  if (!items.length) {
    const referred = referredDecisionItems(doc, s, t);
    if (referred.length) { items = referred; note(run, referredDecision.id, 'change', t, `${referred[0].issue} (the decision named before)`); }
  }
  // ("The White House ordered a tariff on Indian goods. New Delhi called the measure \"unfair\"": a decision named by a
  // verb of naming and judged, content/judged-decision.)
  if (!items.length) {
    const judged = judgedDecisionItems(doc, s, t);
    if (judged.length) { items = judged; note(run, judgedDecision.id, 'change', t, `${judged[0].issue} (the decision named before, judged)`); }
  }
  // "wanted Kyiv to respond by Thanksgiving", "wanted a quick signature": a demand for the other side's bare reply to
  // the plan on the table is a demand on the talks (content/reply-demanded).
  if (!items.length) {
    const reply = replyDemandedItems(doc, s, t, holder);
    if (reply.length) { items = reply; note(run, replyDemanded.id, 'change', t, 'talks (the reply to the plan on the table)'); }
  }
  // "'There will be no second Munich,' Zelensky said of calls to trade land for peace": a quoted refusal or offer
  // that names no issue is about what the speech answers (content/asked-about, figurative.ts).
  if (!items.length && (t.type === 'REJECT' || t.type === 'OFFER')) {
    const asked = askedAboutItems(doc, s, t);
    if (asked.length) { items = asked; note(run, askedAbout.id, 'change', t, `${items.map((i) => i.issue).join(',')} (what the speech answers)`); }
  }
  // "On the size of Armenia's army, the French draft set the ceiling at 40,000": the topic fronted before the clause
  // names the issue (content/topic-frame).
  if (!items.length && !t.needsIssue) {
    const topic = topicItems(doc, s, t);
    if (topic.length) { items = topic; note(run, topicFrame.id, 'change', t, `${topic[0].issue} (the topic fronted before the clause)`); }
  }
  // "China keeps promoting the \"Friends of Peace\" group it launched": a plan or format promoted is the talks
  // (content/promoted-format).
  if (!items.length && !t.needsIssue) {
    const format = promotedFormatItems(doc, s, t);
    if (format.length) { items = format; note(run, promotedFormat.id, 'change', t, 'talks (a plan or format promoted)'); }
  }
  // "the American side has proposed Geneva", "proposed Warsaw, Budapest or Baku instead": a proposal whose whole
  // object is a list of place names proposes a venue, the talks (content/proposed-venue).
  if (!items.length && !t.needsIssue) {
    const venue = proposedVenueItems(doc, s, t);
    if (venue.length) { items = venue; note(run, proposedVenue.id, 'change', t, 'talks (a venue proposed)'); }
  }
  // "Belgium demanded that the risks be shared by all member states", "wants its risks covered": a demand to share the
  // risk of the measure on the frozen assets named near it is a term of that measure, sanctions (content/shared-risk).
  if (!items.length && !t.needsIssue) {
    const risk = sharedRiskItems(doc, s, t, to);
    if (risk.length) { items = risk; note(run, sharedRisk.id, 'change', t, 'sanctions (the risk of the measure on the assets, to be shared)'); }
  }
  // "Russia quit the grain deal … He urged Moscow to reconsider", "called on Russia to reverse it": a demand to undo a step
  // or keep an agreement named before is about that agreement (content/undone-step).
  if (!items.length && !t.needsIssue) {
    const undone = undoneStepItems(doc, s, t);
    if (undone.length) { items = undone; note(run, undoneStep.id, 'change', t, `${undone[0].issue} (the agreement named before, to be kept or returned to)`); }
  }
  // "Russia quit the grain deal … Moscow would return to it as soon as …", "the agreements had \"ceased to be in force\"":
  // the holder's own return to an agreement named before, or a refusing predicate of that agreement, is about it
  // (content/rejoined-agreement, content/ended-agreement).
  if (!items.length && !t.needsIssue) {
    const rejoined = rejoinedAgreementItems(doc, s, t);
    if (rejoined.length) { items = rejoined; note(run, rejoinedAgreement.id, 'change', t, `${rejoined[0].issue} (the agreement named before, returned to)`); }
  }
  if (!items.length && !t.needsIssue) {
    const ended = endedAgreementItems(doc, s, t);
    if (ended.length) { items = ended; note(run, endedAgreement.id, 'change', t, `${ended[0].issue} (the agreement named before, its subject)`); }
  }
  // "Russia and Ukraine signed separate agreements with Turkey and the UN to reopen the ports to grain exports": a stance
  // whose own object is a sea-lane deal named by its cargo is on the truce at sea it holds (content/cargo-object).
  if (!items.length && !t.needsIssue) {
    const cargo = cargoObjectItems(doc, s, t, to);
    if (cargo.length) { items = cargo; note(run, cargoObject.id, 'change', t, 'ceasefire (a sea-lane deal named by its cargo)'); }
  }
  // "Putin's initiative \"remains on the table\"": a plan or offer noun said to stand is the talks (content/standing-offer).
  if (!items.length && !t.needsIssue) {
    const standing = standingOfferItems(doc, s, t);
    if (standing.length) { items = standing; note(run, standingOffer.id, 'change', t, 'talks (a plan or offer said to stand)'); }
  }
  // (Not "Otherwise, …": a consequence with no harmful step named is an argument, not a threat.)
  const otherwiseCue = t.type === 'THREATEN' && doc.tokens[t.start].lower === 'otherwise';
  // (Not a threat whose chained step names its own issue: "warned it would cut all trade" is about sanctions; nor
  // any stance whose trigger rule gave it its issue: "wants a full agreement first" is about the talks.)
  const stepIssue = t.defaultIssue !== undefined && t.defaultIssue !== 'other';
  // ("agreed in Riyadh to restore normal staffing at their embassies": an act agreed to, content/agreed-act.)
  const act = !items.length && agreedToAct(doc, t);
  if (!items.length && !t.needsIssue && t.cue && (act || doc.index.words(otherIssue.id, 'cues').has(t.cue.id)) && !t.exchange && holder.via !== 'possessor' && !t.nominal && !otherwiseCue && !stepIssue) {
    const stop = doc.index.words(otherIssue.id, 'stopwords');
    const content = doc.tokens.slice(t.end, to).filter((x) => x.word && !stop.has(x.lower));
    // "set out the conditions under which …": a list noun announces content given elsewhere, it is none itself.
    const listNoun = content.length && doc.index.words(otherIssue.id, 'listNouns').has(content[0].lower);
    // "Rubio emphasized that any final agreement would require approval from …": the cue's own subject is a
    // thing, not the holder; what a thing requires is no stance of the speaker's on another issue.
    let thingSubject = false;
    if (holder.mention && holder.mention.end < t.start) {
      const between = doc.tokens.slice(holder.mention.end, t.start);
      const that = between.findIndex((x) => x.lower === 'that');
      const aux = doc.index.words(otherIssue.id, 'subjectSkips');
      if (that >= 0) thingSubject = between.slice(that + 1).some((x) => x.word && !doc.index.set.modals.has(x.lower) && !aux.has(x.lower));
    }
    // "a condition Baku had insisted on before it would sign": a preposition stranded by a relative clause has
    // its object before it; what follows is another clause.
    const stranded = /^(?:on|for|to|with|about|against)$/.test(doc.tokens[t.end - 1].lower) && doc.index.words(otherIssue.id, 'afterStranded').has(doc.tokens[t.end]?.lower ?? '');
    // "a plan which was drafted in circles close to …": a passive verb's object is its subject, before it.
    const passiveVerb = !t.nominal && /^(?:is|are|was|were|been|being|remains?|remained)$/.test(doc.tokens[t.start - 1]?.lower ?? '');
    const detail = detailedStance(doc, s, t.end, holder.codes, run.claims, made);
    if (detail) { items = [{ issue: detail.issue, regions: [...detail.regions], start: t.start, end: to }]; note(run, stanceDetail.id, 'change', t, `${detail.issue} (a detail of ${detail.actor} ${detail.type})`); }
    else if (content.length >= 3 && !listNoun && !thingSubject && !stranded && !passiveVerb) {
      items = [{ issue: 'other', regions: [], start: t.start, end: to }]; note(run, otherIssue.id, 'change', t, 'other');
      if (act) note(run, agreedAct.id, 'keep', t, `${t.type} (an act agreed to)`);
    }
  }
  // ("said the demands were "an ultimatum"", "Russia's position was "not acceptable"": a package judged, naming no
  // issue, is about the stances it refers back to, else the talks, content/judged-package.)
  // (The subject of a judging predicate with no stance noun, "Russia's position was not acceptable", is read for one
  // speaking party only: a group's judgement, "European leaders described the Russian position as unacceptable", is
  // the bloc's, not each member's.)
  // (A debate judged reads back past a stance of its own sentence, content/judged-debate.)
  const packageSubject0 = !items.length && t.judgedPackage === undefined && holder.codes.length === 1 ? packageSubjectAt(doc, s, t) : -1;
  const packageSubject = packageSubject0 >= 0 && (isDebateNoun(doc, packageSubject0) || !made.some((c) => c.sentence[0] === s.start)) ? packageSubject0 : -1;
  // ("Lavrov said Kyiv was setting \"unrealistic\" conditions": the demands a predicate of refusal judges, found by
  // holder/judged-demands, are a package judged the same way, content/judged-demands-package.)
  const demandsNoun = !items.length && t.judgedPackage === undefined && packageSubject < 0 && holder.rule === judgedDemands.id ? judgedDemandsNoun(doc, s, t) : -1;
  // (Not by the party that makes them, the subject right before the noun: "Ukraine, he said, was putting forward
  // \"unrealistic\" conditions" is no Ukrainian refusal.)
  const maker = demandsNoun >= 0 ? demandsMaker(doc.actorsBySentence.get(s.index) ?? [], demandsNoun) : undefined;
  const packageNoun = demandsNoun >= 0 && packageNounAt(doc, demandsNoun) && !(maker && holder.mention && maker.start === holder.mention.start) ? demandsNoun : -1;
  if (!items.length && (t.judgedPackage !== undefined || packageSubject >= 0 || packageNoun >= 0)) {
    const k = t.judgedPackage ?? (packageSubject >= 0 ? packageSubject : packageNoun);
    const j = judgedPackageIssue(doc, s, k, holder.codes, [...run.claims, ...made]);
    // (Judged demands with no stance before them to refer to, in the headline or lede (the first three sentences), are
    // described after: "Kyiv says Moscow brought \"unacceptable\" demands to Istanbul" heading the story judges no package yet.)
    if (k === packageNoun && !j.referred && s.index < LEDE_SENTENCES) note(run, judgedDemandsPackage.id, 'drop', t, `the ${doc.tokens[k].lower} judged refer back to no stance`);
    else {
      if (k === packageNoun) note(run, judgedDemandsPackage.id, 'keep', t, `the ${doc.tokens[k].lower} judged are a package`);
      items = [{ issue: j.issue, regions: j.regions, start: t.start, end: Math.max(to, t.end) }];
      note(run, 'content/judged-package', 'change', t, j.detail);
    }
  }
  // "Kyiv and Moscow reached a prisoner-exchange deal. … Zelensky welcomed the deal": a definite noun of an agreement
  // that names nothing itself is on what its earlier mention named (content/referred-agreement).
  if (!items.length && !t.needsIssue) {
    const referred = referredAgreementItems(doc, s, t, () => [...run.claims, ...made].filter((c) => !holder.codes.includes(c.actor)));
    if (referred) { items = referred.items; note(run, referred.same ? sameAgreement.id : referredAgreement.id, 'change', t, `${items[0].issue} (the agreement named before: “${referred.mention}”)`); }
  }
  // "Putin agreed the allies could give Kyiv security guarantees. Witkoff said the US was ready to be part of them",
  // "Russia would not give them back": a verb phrase whose object is "it" or "them" is on the nearest earlier term or
  // place of the same number (content/complement-pronoun).
  if (!items.length && !t.needsIssue) {
    const referred = complementPronounItems(doc, s, t);
    if (referred.length) { items = referred; note(run, complementPronoun.id, 'change', t, `${referred[0].issue} (what the pronoun after the verb stands for)`); }
  }
  // ("Kyiv must accept demilitarisation. Otherwise the question will be decided by the Russian army": a threat to settle
  // a question by force, naming none, is about the stance its holder has just taken, content/force-alternative.)
  if (!items.length && t.forceResolution && !t.needsIssue && refersBack(doc, t, to)) {
    const before = forceAlternativeStance(doc, s, t, holder.codes, [...run.claims, ...made]);
    if (before.length) {
      items = [...new Set(before.map((c) => c.issue))].map((issue) => ({ issue, regions: [...before[0].regions], start: t.start, end: Math.max(to, t.end) }));
      note(run, forceAlternative.id, 'change', t, `${items.map((x) => x.issue).join(',')} (the question of ${before[0].actor} ${before[0].type} before it)`);
    }
  }
  if (!items.length && t.defaultIssue) { items = [{ issue: t.defaultIssue, regions: [], start: t.start, end: Math.max(to, t.end) }]; note(run, harmIssue.id, 'change', t, t.defaultIssue); }
  // ("Switzerland offered to keep hosting", "available as a host": an offer to host naming nothing else offers the
  // venue of the talks, content/offered-hosting; a cue that needs its issue named, "would keep", "available as", takes
  // it when the talks are among the issues it may name: "would keep hosting the process".)
  if (!items.length && (!t.needsIssue || t.needsIssue.includes('talks')) && offeredHostingAt(doc, s, t)) { items = [{ issue: 'talks', regions: [], start: t.start, end: Math.max(to, t.end) }]; note(run, offeredHosting.id, 'change', t, 'talks (an offer to host)'); }
  // ("could do things financially that would be devastating for Russia if it refused", "could impose financial measures
  // that would be very bad for Moscow": a threat that names no issue but a harm to the money is one of sanctions,
  // content/economic-threat.)
  if (!items.length && t.type === 'THREATEN' && !t.needsIssue && economicHarm(doc, s, t, to)) { items = [{ issue: 'sanctions', regions: [], start: t.start, end: Math.max(to, t.end) }]; note(run, economicThreat.id, 'change', t, 'sanctions (a harm to the money)'); }
  // "Moscow will not renew the arrangement unless restrictions on its exports are lifted", "Baku will not sign anything
  // until Yerevan withdraws": a refusal on a condition is a stance on its object, named or not (issue other), so that
  // the condition's demand is read (content/conditioned-refusal).
  if (!items.length && t.type === 'REJECT' && !t.nominal && !t.exchange && !t.needsIssue && refusalCondition(doc, s, t, to)) {
    items = [{ issue: 'other', regions: [], start: t.start, end: Math.max(to, t.end) }]; note(run, conditionedRefusal.id, 'change', t, 'other (a refusal on a condition)');
  }
  // ("Moscow said it shared Beijing's views", "Kuleba's remarks were in tune with our position": an acceptance of a party's
  // whole stance is on the talks, spec rule 9, content/shared-position.)
  if (!items.length && !t.needsIssue) {
    const shared = sharedPositionAt(doc, s, t, to);
    if (shared) { items = [{ issue: 'talks', regions: [], start: t.start, end: Math.max(to, t.end) }]; note(run, sharedPositionContent.id, 'change', t, `talks (${shared}: a whole stance endorsed)`); }
  }
  // ("Ukraine said it was ready to accept a US proposal for a 30-day ceasefire … Macron welcomed the outcome": a meeting's
  // outcome welcomed is what the article reported first as accepted, content/welcomed-outcome.)
  if (!items.length && !t.needsIssue) {
    const outcome = welcomedOutcomeItem(doc, s, t, holder.codes, [...run.claims, ...made]);
    if (outcome) { items = [{ issue: outcome.claim.issue, regions: [...outcome.claim.regions], start: t.start, end: Math.max(to, t.end) }]; note(run, welcomedOutcome.id, 'change', t, `${outcome.claim.issue} (the ${outcome.noun}: what ${outcome.claim.actor} accepted first)`); }
  }
  // ("Moldova demanded again the withdrawal of Russian troops from Transnistria" in an article on the war in Ukraine: a
  // side of another dispute speaking of that dispute takes no stance on this settlement, issue 'other',
  // content/own-dispute-aside.)
  if (items.length && holder.codes.length === 1 && items.some((x) => x.issue !== 'other')) {
    const aside = ownDisputeAt(doc, s, holder.codes[0]);
    if (aside) {
      items = [{ issue: 'other', regions: [], start: Math.min(...items.map((x) => x.start)), end: Math.max(...items.map((x) => x.end)) }];
      note(run, ownDisputeAside.id, 'change', t, `other (${holder.codes[0]} on its own dispute: "${aside}")`);
    }
  }
  // ("The Kremlin has demanded that Ukraine recognise Crimea as Russian … Medinsky said Russia's position on Crimea and
  // Donbas had not changed": an unchanged position restates its holder's stance on the same places in the two sentences
  // before, one statement, no second claim; candidate/unchanged-position.)
  if (items.length && t.rule === 'unchanged-position') {
    const prev = doc.sentences[Math.max(0, s.index - 2)].start;
    const before = [...run.claims, ...made].filter((c) => holder.codes.includes(c.actor) && c.type === t.type && c.sentence[0] >= prev && c.sentence[0] < s.start && c.regions.some((r) => items[0].regions.includes(r)));
    if (before.length) {
      const c = before[before.length - 1];
      note(run, 'candidate/unchanged-position', 'drop', t, `restates ${c.actor} ${c.type} ${c.issue} just before`);
      return [];
    }
  }
  if (!items.length) note(run, 'content/no-issue', 'drop', t, 'names no issue');
  return items;
}

const judgedRelativeRule = defineRule({
  id: 'content/judged-relative', stage: 'content',
  reason: '"The Russian side had put forward demands that were \'non-starters\', including that Ukraine withdraw from the four regions": a refusal predicate ("non-starters", "unacceptable") in a relative clause right on this stance\'s noun ("demands that were …": a relative word closing the stance, then only \'copulas\' and quote marks) judges the noun; when the demands\' own content follows after a comma (rules.json \'contentOpeners\': "including", "such as") it does not end the stance\'s content (the judgement is its speaker\'s own claim, content/judged-package).',
});

export const conditionedRefusal = defineRule({
  id: 'content/conditioned-refusal', stage: 'content',
  reason: 'A refusal whose object names none of the issues but which holds "unless" or "until" something is done ("Moscow will not renew the arrangement unless restrictions on its exports are lifted", "Belgrade will not return until Pristina creates the association") is a stance on that object (issue other, spec: a clear stance on anything else), so that its condition\'s demand is read (claim/if-condition); without the condition it is still dropped for naming no issue.',
});

/** An "unless" or "until" right after the refusal's content, past a comma (content/conditioned-refusal). */
function refusalCondition(doc: Doc, s: Sentence, t: Trigger, to: number): boolean {
  for (let k = Math.max(t.end, to - 1); k < s.tEnd && k <= Math.max(t.end, to) + 1; k++) {
    const mark = conditionAt(doc, k);
    if (mark && (mark.kind === 'unless' || mark.kind === 'until')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Claims.

/** A named person speaks on record in the sentence: "Sybiha stressed that …", "…, Peskov said". */
function onRecord(doc: Doc, s: Sentence): boolean {
  // Once per sentence, not once per claim: a sentence of many claims and actors was quadratic (issue 10).
  let r = onRecordCache.get(s);
  if (r === undefined) { r = findOnRecord(doc, s); onRecordCache.set(s, r); }
  return r;
}
const onRecordCache = new WeakMap<Sentence, boolean>();

/** The latest claim (this sentence's first, then earlier ones) passing `ok`, looking back at most LOOKBACK claims. */
const listWords = new Set([':', ',', ';', 'and', '-', '–', '—', 'are', 'were', 'is', 'include', 'includes', 'included', 'as']);
/** A listed item that starts with "no" ("no NATO troops in Ukraine"): demanding it is refusing something. */
const lackRefused = defineRule({
  id: 'content/lack-refused', stage: 'content',
  reason: 'An item of a refusal that names the lack of something ("rejected any deal that would fail to provide security guarantees", "opposes a truce without monitors") refuses the lack: it demands the thing.',
});

const lackingDocument = defineRule({
  id: 'content/lacking-document', stage: 'content',
  reason: '"Kyiv would not sign any treaty without a full ceasefire", "Pristina will not accept any deal without security guarantees": a generic document (rules.json \'nouns\') refused for what it lacks is no refusal of the talks; the claim is the demand of the thing lacked (content/lack-refused). A document refused with no lack named stays a stance on the talks.',
});

/** Whether the clause after a "without" at `from` names an issue other than the talks (content/lacking-document). */
function lackNamesIssue(doc: Doc, s: Sentence, from: number): boolean {
  for (let k = from; k < s.tEnd; k++) {
    const x = doc.tokens[k].text;
    if (x === ',' || x === ';') return false;
    if (doc.issueAt.get(k)?.values.some((v) => !v.weak && v.issue !== 'talks' && v.issue !== 'other' && v.issue !== '_noise')) return true;
  }
  return false;
}

const joinRefused = defineRule({
  id: 'content/join-refused', stage: 'content',
  reason: 'Spec rule 7 makes refusing one\'s own acquisitive act an offer ("refuses to join military unions" = OFFER alliance); joining anything but an alliance or bloc (sanctions, talks, a coalition, a mission) gains the party nothing: "will not join the sanctions against Iran", "refused to join the talks in Doha" refuse it (REJECT).',
});

/** Trigger t is a refusal read as an offer by rule 7 whose acquisitive verb is "join" ("would not join", "refuses to
 * join"), and that verb is in the item (not a later item with a verb of its own: "refuses to join military unions, to
 * deploy foreign bases"). */
function refusedJoining(doc: Doc, t: Trigger, item: IssueItem): boolean {
  let k = -1;
  if (t.rule.endsWith(':rule7')) k = doc.tokens[t.end]?.lower === 'to' ? t.end + 1 : t.end;
  else if (t.rule === 'modal-not' && t.type === 'OFFER') k = t.end - 1;
  const v = doc.tokens[k]?.lower;
  return k >= 0 && (v === 'join' || v === 'joining') && k + 1 >= item.start && k < item.end;
}

const offeredAcceptanceRule = defineRule({
  id: 'content/offered-acceptance', stage: 'content',
  reason: 'Spec §2: OFFER is a party signalling it would itself do or give something (willing to, ready to); ACCEPT agrees to another\'s proposal or demand. A third party\'s readiness to support or back something ("Norway stood ready to support a deal with its troops", "Switzerland was willing to support a follow-up conference") offers its backing. Readiness to agree to a thing no proposal or party is named for ("Khartoum was ready to agree to a short humanitarian pause", "is willing to agree to a truce"; not "ready to accept a ceasefire": accepting presupposes something put forward) and accepting a status of one\'s own ("Kosovo would accept a neutral, non-aligned status", "could accept limits on its army") offer it; "ready to accept the US proposal", "would accept Baku\'s terms" stay acceptances.',
});

/** Acceptance t of item offers rather than accepts: no stance noun and no other party's possessive in the object, and
 * either a readiness before the verb ("ready to agree to", chained willing cue) or a status of the holder's own
 * anywhere in the stance's content up to `end` ("accept a neutral, non-bloc and non-nuclear status": each item). */
function offeredAcceptance(doc: Doc, s: Sentence, t: Trigger, item: IssueItem, end: number, holderCodes: readonly string[] = []): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(offeredAcceptanceRule.id, list);
  const from = Math.max(item.start, t.end);
  // ("Norway stood ready to support a deal with its troops", "was willing to support a follow-up conference": a third
  // party's readiness to back something is its own contribution offered, whoever put the thing forward; a side's
  // readiness to back a proposal stays an acceptance.)
  if (t.rule.startsWith('cue:willing+cue:welcome') && w('backingVerbs').has(tokens[t.end - 1]?.lower ?? '') && holderCodes.length && !holderCodes.some((c) => doc.principalsAt(s.index).includes(c))) return true;
  const stanceNouns = w('stanceNouns');
  for (let k = from; k < item.end; k++) if (stanceNouns.has(tokens[k].lower)) return false;
  // ("would accept Baku's terms"; not the holder's own "its": "could accept limits on its army".)
  if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start >= from && a.start < item.end && a.kind !== 'pronoun' && (a.possessive || tokens[a.end]?.lower === "'s"))) return false;
  // ("ready to accept a ceasefire" stays an acceptance: accepting presupposes something put forward; agreeing to a
  // thing out of readiness commits the party itself.)
  if (t.rule.startsWith('cue:willing+cue:agree')) return true;
  const status = w('statusNouns'), limits = w('limitNouns'), own = w('ownPossessives');
  // (Not "the status quo": no status of the holder's own.)
  for (let k = from; k < end; k++) if ((status.has(tokens[k].lower) && tokens[k + 1]?.lower !== 'quo') || (limits.has(tokens[k].lower) && tokens[k + 1]?.lower === 'on' && own.has(tokens[k + 2]?.lower ?? ''))) return true;
  return false;
}

/** A refusal read from an accepting cue chained with others ("will never accept it without …": cue:no-more+cue:accept). */
const ACCEPTING_CUE = /cue:(?:accept|agree)\b/;
/** The item's first issue term follows a word of lacking ("fail to provide", "without") within it. */
function lackingItem(doc: Doc, t: Trigger, item: IssueItem): boolean {
  const lack = doc.index.words(lackRefused.id);
  // (Not when the cue itself names the issue: "would not withdraw from the towns Russia has failed to take".)
  for (let k = t.start; k < t.end; k++) if (doc.issueAt.has(k)) return false;
  // ("could not accept that without binding guarantees": a pronoun object and the lack word chained into a negated
  // cue, trigger/chain; what follows it is what it lacks. Not a possibility: "could be enacted without …".)
  if ((t.negated || ACCEPTING_CUE.test(t.rule)) && t.end - t.start > 1 && lack.has(doc.tokens[t.end - 1]?.lower ?? '') && item.end > t.end) return true;
  // ("would not sign any agreement that leaves it defenceless": a term that names the lack itself.)
  const lackTerms = doc.index.words(lackRefused.id, 'lackTerms');
  for (let k = Math.max(item.start, t.end); k < item.end; k++) if (lackTerms.has(doc.tokens[k].lower) && doc.issueAt.has(k)) return true;
  for (let k = Math.max(item.start, t.end); k < item.end; k++) {
    if (doc.issueAt.has(k)) return false;
    if (lack.has(doc.tokens[k].lower)) return true;
  }
  return false;
}

function refusedItem(doc: Doc, s: Sentence, t: Trigger, item: IssueItem): boolean {
  let from = Math.max(item.start, t.end);
  // Past the list noun the stance set out ("laid out their joint demands: no …").
  for (let k = from; k < Math.min(item.end, from + 6); k++) if (doc.tokens[k].text === ':') { from = k + 1; break; }
  // The item's first issue term, and "no" among the few words before it: "…: no NATO troops", "listing these as
  // no Ukrainian membership of NATO".
  let term = -1;
  for (let k = from; k < item.end; k++) if (doc.issueAt.has(k)) { term = k; break; }
  if (term < 0) return false;
  for (let k = term - 1; k >= Math.max(from, term - 3); k--) {
    const w = doc.tokens[k].lower;
    if (w === 'no') return true;
    if (listWords.has(w)) break;
  }
  return false;
}

/**
 * Whether `c` belongs to a settlement offered on conditions: its actor, in its sentence or the one before it in the
 * same paragraph, both offers something other than talks and demands something, on two issues or more
 * (content/package-answer).
 */
function isPackage(doc: Doc, claims: Claim[], made: Claim[], c: Claim): boolean {
  const i = doc.sentences.findIndex((x) => x.start <= c.span[0] && c.span[0] < x.end);
  if (i < 0) return false;
  const s = doc.sentences[i];
  const p = i > 0 && doc.sentences[i - 1].paragraph === s.paragraph ? doc.sentences[i - 1] : s;
  const own = [...claims, ...made].filter((x) => x.actor === c.actor && x.span[0] >= p.start && x.span[0] < s.end);
  // (An offer of talks alone on terms, "open to negotiations but on his terms, which would involve …": the terms are
  // the substance answered, not a settlement.)
  const offersSubstance = own.some((x) => (x.type === 'OFFER' || x.type === 'PROPOSE') && x.issue !== 'talks' && x.issue !== 'other');
  return new Set(own.map((x) => x.issue)).size >= 2 && offersSubstance && own.some((x) => x.type === 'DEMAND');
}

/** The claims made by the same stance as `c`: same actor and type, in the same sentence. */
function stanceOf(doc: Doc, claims: Claim[], made: Claim[], c: Claim): Claim[] {
  const s = doc.sentences.find((x) => x.start <= c.span[0] && c.span[0] < x.end);
  if (!s) return [c];
  const same = (x: Claim) => x.actor === c.actor && x.type === c.type && x.span[0] >= s.start && x.span[0] < s.end;
  return [...claims.filter(same), ...made.filter(same)];
}

/** The demonstrative of "(made clear) that is | (said) this was | it would be" right before a predicate at `at`, else -1 (content/anaphoric-object). */
function pronounSubjectAt(doc: Doc, s: Sentence, at: number, answer = false): number {
  const w = (j: number) => (j >= s.tStart ? doc.tokens[j].lower : '');
  // (Past the quote mark that opens a quoted judgement: 'said it was "unacceptable"', content/quoted-judged-pronoun.)
  let c = beforeQuotedJudgement(doc, s, at, answer);
  // ("That's not something we are agreeing to": the contracted copula, "'" + "s".)
  const contracted = w(c) === 's' && doc.tokens[c - 1]?.text === "'";
  if (!contracted && !/^(?:is|was|were|are|remains|remained|be)$/.test(w(c))) return -1;
  if (w(c) === 'be') { c--; if (!doc.index.set.modals.has(w(c))) return -1; }
  const p = contracted ? c - 2 : c - 1;
  if (!/^(?:that|this|it)$/.test(w(p))) return -1;
  const b = p - 1;
  // ("MS. BRUCE: No. That's not something we are agreeing to.": a quoted or labelled answer's sentence that opens
  // with the demonstrative right after "No." or the question answers what was asked, discourse/record-turns.)
  if (doc.mentions.inQuote[p] === 1) {
    // (Within the sentence: "No. That's …" and "…: That's …" may be read as one sentence.)
    if (p > s.tStart && (doc.tokens[p - 1].text === ':' || (doc.tokens[p - 1].text === '.' && /^(?:no|yes)$/.test(doc.tokens[p - 2]?.lower ?? '')))) return p;
    if (p === s.tStart && s.index > 0) {
      const prev = doc.sentences[s.index - 1];
      const words = doc.tokens.slice(prev.tStart, prev.tEnd).filter((x) => x.word);
      if (doc.tokens[prev.tEnd - 1]?.text === '?' || (words.length === 1 && /^(?:no|yes)$/.test(words[0].lower))) return p;
    }
  }
  // (After a verb of saying, not opening a quoted sentence: in "That is blackmail." the quote's speaker is read
  // less surely, and what "that" is goes back further.)
  return b >= s.tStart && (speechVerbs(doc).has(w(b)) || /^(?:clear|that)$/.test(w(b))) ? p : -1;
}

/** "called it | unacceptable", "described this as | a trap": the pronoun a verb of naming judges right before `at`, else -1. */
function namedPronounAt(doc: Doc, s: Sentence, at: number, answer = false): number {
  let p = at - 1;
  // (Past the quote mark that opens a quoted judgement of acceptance or refusal: 'called this "a good compromise"',
  // 'described it as "unacceptable"'; a quoted threat, 'calling them "legitimate targets"', names forces, not a stance.)
  if (answer && p > s.tStart && /^["“]$/.test(doc.tokens[p].text)) p--;
  if (p > s.tStart && doc.tokens[p].lower === 'as') p--;
  if (p <= s.tStart || !/^(?:it|this|that|them|these|those)$/.test(doc.tokens[p].lower)) return -1;
  return doc.index.words('holder/predicate-speaker', 'describeVerbs').has(doc.tokens[p - 1].lower) ? p : -1;
}

/** The end of a phrase of doing as another did in tokens [from, to) ("follow its example", "follow suit", "mirror"), else -1 (content/reciprocal-object). */
function reciprocalAt(doc: Doc, from: number, to: number): number {
  const w = (list: string) => doc.index.words(reciprocalObject.id, list);
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    const x = tokens[j].lower;
    // (A verb, not the noun: "signed a mirror agreement", "reads as the mirror of …".)
    if (w('phrases').has(x)) { if (!w('notAfter').has(tokens[j - 1]?.lower ?? '')) return j + 1; continue; }
    if (x === 'do' && tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.lower === 'same') return j + 3;
    // "expects a similar move from Kyiv", "calls for reciprocal steps": an act like the one reported ('likeness', 'acts').
    if (w('likeness').has(x) && w('acts').has(tokens[j + 1]?.lower ?? '')) return j + 2;
    if (!w('verbs').has(x)) continue;
    // "follow suit", "follow its example", "follow Baku's lead", "follow the Russian example".
    for (let k = j + 1; k < Math.min(j + 5, to + 1); k++) if (w('objects').has(tokens[k]?.lower ?? '')) return k + 1;
  }
  return -1;
}

function latestClaim(claims: Claim[], made: Claim[], ok: (c: Claim) => boolean): Claim | undefined {
  let seen = 0;
  for (let i = made.length - 1; i >= 0 && seen < LOOKBACK; i--, seen++) if (ok(made[i])) return made[i];
  for (let i = claims.length - 1; i >= 0 && seen < LOOKBACK; i--, seen++) if (ok(claims[i])) return claims[i];
  return undefined;
}

function findOnRecord(doc: Doc, s: Sentence): boolean {
  const speech = doc.index.words('speech-verbs');
  for (const a of doc.actorsBySentence.get(s.index) ?? []) {
    if (a.kind !== 'person' && a.kind !== 'description' && !(a.kind === 'pronoun' && a.personLike)) continue;
    const after = tokenWords(doc.tokens, a.end, Math.min(a.end + 3, s.tEnd), true);
    const before = doc.tokens[a.start - 1]?.lower ?? '';
    if (after.some((w) => speech.has(w)) || speech.has(before)) return true;
  }
  return false;
}

const ownNeutrality = defineRule({
  id: 'claim/own-neutrality', stage: 'claim',
  reason: '"Kyiv puts neutrality on the table", "Ukraine proposed adopting a neutral status in exchange for guarantees", "the Ukrainian proposal would see Kyiv renounce membership of any military alliance": a party that puts forward its own neutrality (a word of \'words\' in the stance\'s content, and no party but the holder named there) gives up something of its own, an OFFER (spec §2 OFFER; rule 7, a concession phrased otherwise), as the gold of every tuning set reads it (OFFER, or OFFER and PROPOSE). Another party\'s neutrality put forward ("Ankara proposed a neutral Ukraine") stays a proposal.',
});
/** Whether the content of `t` up to the end of `item` names the holder's own neutrality, no other party's (claim/own-neutrality). */
function ownNeutralityAt(doc: Doc, s: Sentence, t: Trigger, item: { start: number; end: number; issue: string }, holder: string[]): boolean {
  return ownConcessionIn(doc, s.index, Math.min(t.end, item.start), Math.min(item.end, s.tEnd), item.issue, holder);
}
/** Whether tokens [from, to) of sentence `sIndex` name a limit the holder puts on itself on `issue` (its neutrality for
 * an alliance, its non-nuclear status or "a commitment not to …" for military limits) and no other party (claim/own-neutrality). */
function ownConcessionIn(doc: Doc, sIndex: number, from: number, to: number, issue: string, holder: string[]): boolean {
  const words = doc.index.words(ownNeutrality.id, issue === 'alliance' ? 'words' : issue === 'military_limits' ? 'limitWords' : 'none');
  const commitments = doc.index.words(ownNeutrality.id, 'commitments');
  const { tokens } = doc;
  // (The tokenizer parts a hyphenated word, "non-nuclear" as "non", "-", "nuclear": the word is read joined again.)
  const joined = (k: number) => k + 2 < to && hyphen(doc, k + 1) ? `${tokens[k].lower}-${tokens[k + 2].lower}` : '';
  let named = false;
  for (let k = from; k < to && !named; k++) named = words.has(tokens[k].lower) || words.has(joined(k)) || (commitments.has(tokens[k].lower) && tokens[k + 1]?.lower === 'not' && tokens[k + 2]?.lower === 'to');
  if (!named) return false;
  // (Under a deontic the holder must be named in the content: "the neutral status of Armenia should be protected" is
  // Armenia's own offer, "must enshrine its non-aligned status" in Washington's plan puts an obligation on another.)
  const deontics = doc.index.words('content/bullet-obligation', 'deontics');
  let deontic = false;
  for (let k = from; k < to && !deontic; k++) deontic = deontics.has(tokens[k].lower);
  if (deontic && !(doc.actorsBySentence.get(sIndex) ?? []).some((a) => a.start >= from && a.end <= to && a.kind !== 'pronoun' && a.codes.length > 0 && a.codes.every((c) => holder.includes(c)))) return false;
  // (Another party named in the content, or as the subject right before it: "Ukraine would remain a non-nuclear state"
  // in Washington's draft is what the draft has Ukraine do, not a limit the United States puts on itself.)
  for (const a of doc.actorsBySentence.get(sIndex) ?? []) if (a.start >= from - 4 && a.end <= to && a.kind !== 'pronoun' && a.codes.some((c) => !holder.includes(c))) return false;
  // (Nor another party's adjective in the content: "the memorandum asks for: … 2. Ukrainian neutrality" is what Moscow
  // asks of Kyiv, not a limit it puts on itself.)
  for (let k = from; k < to; k++) { const code = partyAdjectiveAt(doc, k); if (code && !holder.includes(code)) return false; }
  // (An unnamed holder's content, "proposed neutrality" with no party before it, is read the same.)
  return holder.length > 0;
}
function makeClaim(run: Run, s: Sentence, t: Trigger, holder: Holder, actor: string, typeIn: ClaimType, item: { issue: string; regions: string[]; start: number; end: number }, n: number): Claim {
  const { doc, article, ctx } = run;
  let type = typeIn;
  // (From the negation that turned the stance: "will not accept any limits" carries the refusal.)
  const span: [number, number] = [doc.tokens[Math.min(t.negatedAt ?? t.start, item.start)].start, doc.tokens[Math.max(item.end, t.end) - 1].end];
  // (A plan's provision: on the word of the outlet that reported the plan, discourse/plan-report-credit.)
  const plan = t.heldBy && !t.heldByParty && t.heldBy.includes(actor) ? planSentenceOf(doc, t.heldBy, s.index) : undefined;
  const source = sourceFor(doc, s, article.meta, ctx, onRecord(doc, s), actor, t.start, plan);
  const date = dateFor(doc, s, t, actor);
  const mentions: Mention[] = [];
  const tok = doc.tokens;
  if (holder.mention) mentions.push({ kind: 'actor', text: doc.text.slice(tok[holder.mention.start].start, tok[holder.mention.end - 1].end), span: [tok[holder.mention.start].start, tok[holder.mention.end - 1].end], value: actor });
  mentions.push({ kind: 'cue', text: doc.text.slice(tok[t.start].start, tok[t.end - 1].end), span: [tok[t.start].start, tok[t.end - 1].end], value: type });
  // Places inside the span: from its first token (binary search), not from the sentence's start.
  let lo = s.tStart;
  for (let hi = s.tEnd; lo < hi;) { const mid = (lo + hi) >> 1; if (tok[mid].start < span[0]) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < s.tEnd && tok[i].start < span[1]; i++) { const p = doc.placeAt.get(i); if (p && tok[p.start].start >= span[0] && tok[p.end - 1].end <= span[1]) mentions.push({ kind: 'place', text: doc.text.slice(tok[p.start].start, tok[p.end - 1].end), span: [tok[p.start].start, tok[p.end - 1].end], value: p.codes.join('+') }); }
  if (date.span && date.text) mentions.push({ kind: 'date', text: date.text, span: date.span, value: isoDate(date.value) });
  // Target: the first other party named in the content, for demands, threats and refusals.
  // A third party's call for a ceasefire, talks or a humanitarian step between the sides is a mediator's
  // proposal (spec §2 PROPOSE: "a mediator's plan"); a call on one side to do something stays a demand.
  // (Wanting, needing or expecting something of the sides is a demand, not a proposal: 'Trump wanted an
  // immediate ceasefire'.)
  // (Nor conditions or demands a list noun names: "the draft sets out these conditions: …", sentence/typed-list-noun.)
  // ("The leaders agreed that a meeting should wait": a deontic its holders agreed to is accepted, holder/that-clause-subject.)
  // (Not a penalty its holders agreed to keep until the other side acts: that is still their demand on it,
  // candidate/persisting-penalty: "EU leaders agreed that the assets would stay frozen until Russia pays".)
  if (type === 'DEMAND' && t.modal && t.rule !== 'persisting-penalty' && holder.rule === 'holder/that-clause-subject' && agreedThatClause(doc, s, t)) {
    type = 'ACCEPT';
    if (run.trace) run.trace({ rule: 'holder/that-clause-subject', decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → ACCEPT (agreed that …)` });
  }
  // ("he agreed with Trump that Ukraine's security should be ensured": endorsing another's position, holder/agreed-with-that.)
  if (type === 'DEMAND' && t.modal && t.rule !== 'persisting-penalty' && agreedWithThatClause(doc, s, t, holder.codes)) {
    type = 'ACCEPT';
    if (run.trace) run.trace({ rule: agreedWithThat.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → ACCEPT (agreed with … that …)` });
  }
  // ("10. Confirmation of the end of the war, with a document signed by the parties." as a bare point of Kyiv's own plan:
  // a format it puts forward, claim/principal-talks-point.)
  if (type === 'DEMAND' && item.issue === 'talks' && t.ownPoint && principalPlan(doc, s, holder) && barePoint(doc, s.tStart, s.tEnd)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: principalTalksPoint.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → PROPOSE (a bare point on the talks in its own plan)` });
  }
  // ("Serbia should be represented there": who should take part in a meeting is a format put forward, content/participation-act.)
  if (type === 'DEMAND' && item.issue === 'talks' && formatStances.has(t)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: participationAct.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → PROPOSE (who takes part: a format)` });
  }
  // ("Rubio said the European Union would have to be at the table": a third party's deontic on another party's seat at
  // the talks proposes a format, claim/participation-format.)
  if (type === 'DEMAND' && item.issue === 'talks' && participationFormatAt(doc, s, t, actor, holder.codes)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: participationFormat.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → PROPOSE (another party's seat at the talks: a format)` });
  }
  // ('Putin said the talks should resume "without any preconditions"': a deontic on the talks that frees them of any
  // condition puts them forward, claim/unconditional-talks.)
  if (type === 'DEMAND' && t.modal && item.issue === 'talks' && unconditionalTalks(doc, s, t)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: unconditionalTalksRule.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → PROPOSE (talks without preconditions)` });
  }
  // ("the status of Crimea should be the subject of separate bilateral negotiations": put forward, content/deferred-status.)
  if (type === 'DEMAND' && deferredStances.has(t)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: deferredStatus.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → PROPOSE (a status left to talks)` });
  }
  // ("Kyiv would offer alternatives", "offered a peace plan": an arrangement put forward, claim/offered-plan.)
  if (type === 'OFFER' && item.issue === 'talks' && offersPlan(doc, s, t)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: offeredPlan.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} OFFER → PROPOSE (a plan offered)` });
  }
  // ("Kyiv puts neutrality on the table", "Ukraine proposed adopting a neutral status": a party that puts forward its
  // own neutrality offers a concession of its own, claim/own-neutrality.)
  if (type === 'PROPOSE' && (item.issue === 'alliance' || item.issue === 'military_limits') && ownNeutralityAt(doc, s, t, item, [actor])) {
    type = 'OFFER';
    if (run.trace) run.trace({ rule: ownNeutrality.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} PROPOSE → OFFER (a limit on itself: ${item.issue})` });
  }
  // ("ready to take further steps" after sanctions were named warns of more of them, content/further-steps.)
  if (type === 'OFFER' && furtherStepThreats.has(t)) {
    type = 'THREATEN';
    if (run.trace) run.trace({ rule: furtherSteps.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} OFFER → THREATEN (further punitive steps)` });
  }
  // ("the reparations loan was 'a declaration of war'": a measure of pressure called war is denounced, not threatened,
  // claim/denounced-measure.)
  if (type === 'THREATEN' && t.cue?.id === 'threat-predicate' && item.issue === 'sanctions') {
    type = 'REJECT';
    if (run.trace) run.trace({ rule: denouncedMeasure.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} THREATEN → REJECT (a sanctions measure called an act of war)` });
  }
  // ("Stoltenberg said Georgia would not be joining NATO": the speaker rules it out, holder/reported-refusal.)
  if (holder.rule === 'holder/reported-refusal' && type !== 'REJECT') {
    if (run.trace) run.trace({ rule: 'holder/reported-refusal', decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ${type} → REJECT (another party's "would not")` });
    type = 'REJECT';
  }
  // ("short local pauses to collect the dead were no substitute for a full truce": a lesser form of the step named
  // before the cue is refused, claim/lesser-substitute.)
  if (type === 'DEMAND' && lesserSubstituteAt(doc, s, t, item.issue)) {
    type = 'REJECT';
    if (run.trace) run.trace({ rule: lesserSubstitute.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → REJECT (a lesser form of the step refused)` });
  }
  // ("Europeans should not expect a seat at the table": a party's place at the talks denied, the speaker's refusal of
  // that format, claim/seat-denied.)
  if (type === 'DEMAND' && item.issue === 'talks' && seatDeniedAt(doc, t)) {
    type = 'REJECT';
    if (run.trace) run.trace({ rule: seatDenied.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → REJECT (a place at the talks denied)` });
  }
  // (An imperative is said to its addressee: "Settle now and stop this war!" demands it, whoever says it.)
  // (Nor a precondition whose content is the subject before its modal: "arguing a cease-fire must come first".)
  // (Nor a party required as such: "no settlement without Eritrea", "must be acceptable to both sides" set a
  // condition, discourse/party-required; nor what nothing can be had without: "the next round will not take
  // place without a truce" is a precondition, candidate/not-without.)
  // ("Lula said Ukraine might have to give up Crimea": a hedged obligation, "might/may/could have to", from a third party
  // suggests a settlement on any issue, territory included: claim/mediator-proposes 'hedges'.)
  // (Looked at only for a demand: this runs for every claim.)
  const hedged = type === 'DEMAND' && (tok[t.start].lower === 'have' || tok[t.start].lower === 'need') && tok[t.start + 1]?.lower === 'to'
    && doc.index.words(mediatorProposes.id, 'hedges').has(tok[t.start - 1]?.lower ?? '');
  // ("He asked President Zelensky to consider whether a ceasefire could come first": a third party asking one side
  // to consider something suggests it, whoever is asked: claim/mediator-proposes 'considering'.)
  // (Not "urged Moscow to reconsider" after its step: a step to undo, content/undone-step.)
  const considering = type === 'DEMAND' && !hedged && t.cue !== null && consideringAfter(doc, t) && !undoneSteps.has(t);
  // ("the Pope continued to call for a ceasefire", "Hungary had always called for an immediate ceasefire", "repeating
  // China's call for a ceasefire": a call kept up or renewed is a standing demand, not an arrangement put forward,
  // claim/standing-call.)
  // ("Kenya has called for the war to end through dialogue": a call in the present perfect is a position held over time,
  // a standing demand too, claim/perfect-call.)
  const perfect = type === 'DEMAND' && !hedged && !considering && !standingCall(doc, s, t) && perfectCallAt(doc, s, t, doc.index.words(standingCallRule.id, 'calls'));
  if (perfect && run.trace) run.trace({ rule: perfectCall.id, decision: 'keep', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND: a call in the present perfect` });
  const standing = type === 'DEMAND' && !hedged && !considering && (standingCall(doc, s, t) || perfect);
  if (standing && !perfect && run.trace) run.trace({ rule: standingCallRule.id, decision: 'keep', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND: a call kept up or renewed` });
  // (Nor displeasure held over a party's refusal, "will be unhappy if Hamas does not release the hostages": the act is
  // asked of the party in the condition, candidate/displeased-if.)
  if (type === 'DEMAND' && !standing && t.rule !== 'if-condition' && t.rule !== 'imperative' && t.rule !== 'not-without' && t.rule !== 'displeased-if' && !(t.modal && item.start < t.start && preconditionPredicate(doc, t.end)) && !(t.modal && sequenceStep(doc, t)) && !(t.modal && anySubject(doc, t)) && !doc.index.words(mediatorProposes.id, 'demandCues').has(t.cue?.id ?? '') && !doc.index.words(mediatorProposes.id, 'demandWords').has(tok[t.start].lower) && !typedList(t) && (hedged || considering || doc.index.words(mediatorProposes.id, 'issues').has(item.issue)) && !requiredPartyItem(doc, item)) {
    const principals = new Set(doc.principalsAt(s.index));
    // Not when the call is made jointly with one of the sides ("Kyiv and the leaders of France … called for …").
    if (!principals.has(actor) && !holder.codes.some((c) => principals.has(c))) {
      // Who the call is addressed to: nobody named, or both principal sides ("between Russia and Ukraine").
      // (With the parties coordinated to one named in it: "a ceasefire between Russia | and Ukraine".)
      const here = doc.actorsBySentence.get(s.index) ?? [];
      const inSpan = here.filter((a) => tok[a.start].start >= span[0] && tok[a.start].start < span[1]);
      // (A deontic's subject is whom it is addressed to: "Macron said Russia must agree to a ceasefire" demands it of
      // Russia; "Guterres said Russia and Ukraine must agree to a truce" proposes it to both, claim/mediator-proposes.)
      // (A quote may open between the subject and its modal: 'Ukraine "should agree to this meeting, IMMEDIATELY"'.)
      const addressee = t.modal ? here.find((a) => !a.object && !a.possessive && a.codes.length && (a.end === t.start || (a.end === t.start - 1 && (/ly$/.test(tok[a.end].lower) || /^["“]$/.test(tok[a.end].text))) || parenthesisBetween(doc, a.end, t.start))) : undefined;
      // ("Europe should have a seat in negotiations" said by European diplomats: the holder's own place at the talks
      // claimed, a demand on the others, claim/own-seat.)
      const ownSeatHere = !!addressee && ownSeatSubject(doc, addressee, actor);
      if (ownSeatHere && run.trace) run.trace({ rule: ownSeat.id, decision: 'keep', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND: its own side's place claimed` });
      const addressed: ActorMention[] = [];
      for (let c = addressee; c; c = c.coordinated) addressed.push(c);
      // (Two parties together are both sides, addressed as a pair: a proposal to them, not a demand on one.)
      if (addressed.length > 1) addressed.length = 0;
      const named = new Set([...inSpan, ...addressed, ...here.filter((a) => a.coordinated && inSpan.includes(a.coordinated))].flatMap((a) => a.codes).filter((c) => c !== actor));
      // (A side with no party code counts by its name: "a ceasefire between Israel and Hamas" names both sides.)
      const uncoded = doc.principalNamesAt(s.index);
      let namedUncoded = false;
      // (Coordinated with a side named in the call: "between Israel and Hamas", "between the army and the RSF".)
      if (uncoded.length) for (const a of inSpan) {
        // (Past the side's own noun: "Sudan's army and the RSF".)
        let j = a.end;
        while (j < a.end + 4 && tok[j] && tok[j].lower !== 'and' && (tok[j].text === "'" || tok[j].text === '’' || (tok[j].word && !tok[j].cap))) j++;
        if (tok[j]?.lower !== 'and') continue;
        j++;
        if (tok[j]?.lower === 'the') j++;
        if (uncoded.includes(tok[j]?.lower ?? '')) { namedUncoded = true; break; }
      }
      const bothSides = named.size + (namedUncoded ? 1 : 0) >= 2 && [...named].every((c) => principals.has(c));
      // ("Israel offered a 60-day truce and demanded the release of all hostages": a party that in the same breath
      // offers or threatens a step of its own is a side bargaining, and demands: claim/bargaining-side.)
      // (Not an offer to host or mediate the talks, a mediator's own: "The US offered to host talks and called for a
      // ceasefire" proposes it.)
      const talksOffer = (from: number) => {
        for (let k = from; k < Math.min(t.start, from + 5); k++) { const term = doc.issueAt.get(k); if (term) return term.values.some((v) => v.issue === 'talks'); }
        return false;
      };
      const bargaining = (holder.via === 'coordinated' || holder.rule === 'holder/coordinated-verb') && (doc.cuesBySentence.get(s.index) ?? []).some((c) => c.start < t.start && c.values.some((v) => v.type === 'OFFER' || v.type === 'THREATEN') && !talksOffer(c.end));
      if (bargaining && run.trace) run.trace({ rule: bargainingSide.id, decision: 'keep', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND: it offers or threatens in the same sentence, a side, not a mediator` });
      // ("Ankara urged both sides to agree a ceasefire", "called on Baku and Yerevan to halt the shelling": a call
      // addressed to both sides asks them to act, a demand; a call on them to hold talks puts a format forward,
      // claim/addressed-sides.)
      const addressed2 = item.issue !== 'talks' && !considering && !hedged && addressedSides(doc, s, t, principals);
      if (addressed2 && run.trace) run.trace({ rule: addressedSidesRule.id, decision: 'keep', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND: a call addressed to both sides to act` });
      // ("Erdogan urged him to declare a unilateral ceasefire", "called on Russia to match Ukraine's acceptance of a
      // truce": a call addressed to one party right after its cue asks that party to act, a demand, claim/addressed-party.)
      const addressedOne = item.issue !== 'talks' && !addressed2 && !considering && !hedged && (!named.size || bothSides) && addressedPartyAt(doc, s, t, actor);
      if (addressedOne && run.trace) run.trace({ rule: addressedParty.id, decision: 'keep', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND: a call addressed to one party to act` });
      if ((!named.size || bothSides || considering) && !bargaining && !addressed2 && !addressedOne && !ownSeatHere) {
        type = 'PROPOSE';
        if (run.trace) run.trace({ rule: mediatorProposes.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → PROPOSE (a mediator's call)` });
      }
    }
  }
  // ("China supports a ceasefire and an early political settlement": a third party backing an outcome no one is said
  // to have put forward, named with an indefinite article or none, calls for it: claim/third-party-support.)
  if (type === 'ACCEPT' && t.cue?.id === 'welcome' && genericSupport(doc, s, t, actor, item.issue)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: thirdPartySupport.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ACCEPT → PROPOSE (a third party backs an outcome no one put forward)` });
  }
  // ("Washington would support the force if it came under attack", "backing a multinational force led by Europeans": a
  // third party's backing of a force is its own military backing offered, claim/backed-force.)
  if (type === 'ACCEPT' && t.cue?.id === 'welcome' && (item.issue === 'security_guarantees' || item.issue === 'military_limits') && backedForce(doc, s, t, actor)) {
    type = 'OFFER';
    if (run.trace) run.trace({ rule: backedForceRule.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ACCEPT → OFFER (a third party backs a force: its own backing)` });
  }
  // ("Washington backed the principle that any settlement must respect Ukraine's territorial integrity": a third party's
  // support for the principle asks for it, claim/backed-principle.)
  if (type === 'ACCEPT' && item.issue === 'territory' && backsPrinciple(doc, s, t, actor)) {
    type = 'DEMAND';
    if (run.trace) run.trace({ rule: backedPrinciple.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ACCEPT → DEMAND (a third party backs the principle of territorial integrity)` });
  }
  // "Poland and the leaders of Estonia and Latvia met in Warsaw and agreed to a 30-day ceasefire": three or
  // more parties agreeing on what no one else put forward propose it together. A principal side among them
  // commits itself (it accepts); "agreed to the US proposal" is acceptance; two parties that agree are most
  // often agreeing with each other ("Armenia and Azerbaijan agreed to a truce").
  // (claim/joint-agreement)
  // (Not an agreement that a round of talks produced: each party at the table accepts it, candidate/talks-outcome.)
  if (type === 'ACCEPT' && holder.codes.length >= 3 && t.cue && t.rule !== 'talks-outcome' && doc.index.words(jointAgreement.id, 'cues').has(t.cue.id)) {
    const principal = doc.principalsAt(s.index).includes(actor);
    const owned = (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.possessive && a.start >= t.end && a.start < item.end);
    const proposalNouns = doc.index.words(jointAgreement.id, 'proposalNouns');
    let proposal = false;
    for (let j = t.end; j < Math.min(item.end, t.end + 8) && !proposal; j++) proposal = proposalNouns.has(tok[j].lower);
    if (!owned && !proposal) {
      // (A principal side commits itself to what it agreed with its backers: its own offer, spec §2.)
      type = principal ? 'OFFER' : 'PROPOSE';
      if (run.trace) run.trace({ rule: jointAgreement.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ACCEPT → ${type} (agreed jointly${principal ? ', a principal side commits itself' : ''})` });
    }
  }
  // ("Moscow would not leave the talks", "will not walk away from the negotiations": staying in the talks is the party's
  // own offer, claim/stays-at-table.)
  if ((type === 'REJECT' || type === 'THREATEN') && item.issue === 'talks' && staysAtTableAt(doc, s, t)) {
    if (run.trace) run.trace({ rule: staysAtTable.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ${type} → OFFER (it will not leave the talks)` });
    type = 'OFFER';
  }
  // "Serbia agreed to withdraw its police units from the north": one party agreeing to do something itself commits
  // itself to its own act, an offer (spec §2 OFFER); "the two sides agreed to exchange prisoners", "agreed with Baku to
  // …" agree with each other, and "agreed to a truce", "agreed to the US proposal" agree to a thing (acceptance).
  // (claim/own-act-agreed)
  if (type === 'ACCEPT' && !t.negated && holder.codes.length === 1 && agreedOwnAct(doc, s, t, holder, item.start, item.issue)) {
    type = 'OFFER';
    if (run.trace) run.trace({ rule: ownActAgreed.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ACCEPT → OFFER (one party agreed to an act of its own)` });
  }
  // ("Macron, Meloni and Pashinyan signed a declaration of intent on deploying monitors to Armenia": the signer the acts
  // are for accepts them; "The Nordic states signed up to a declaration on security guarantees for Armenia": joining
  // guarantees for another party offers them, claim/signed-commitment.)
  const signedAs = signedCommitmentType(doc, s, t, actor, type, item.issue);
  if (signedAs) {
    if (run.trace) run.trace({ rule: signedCommitment.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ${type} → ${signedAs} (${signedAs === 'ACCEPT' ? 'the signed acts are for it' : 'it joins guarantees for another party'})` });
    type = signedAs;
  }
  // ("Kyiv will accept no plan that does not restore its 1991 borders": refusing every settlement without X demands X,
  // claim/negated-requirement.)
  if (type === 'REJECT' && negatedRequirementAt(doc, s, t, item)) {
    type = 'DEMAND';
    if (run.trace) run.trace({ rule: negatedRequirement.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} REJECT → DEMAND (refuses any settlement that lacks it)` });
  }
  // ("Trump dropped his call for an immediate ceasefire": a third party turns away from its call, a side concedes its
  // demand, claim/dropped-stance.)
  const dropped = droppedStanceType(doc, s, t, actor);
  if (dropped && dropped !== type) {
    if (run.trace) run.trace({ rule: droppedStanceRule.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ${type} → ${dropped} (its own call or demand dropped)` });
    type = dropped;
  }
  // ("warned that next time Russia might also want Kharkiv and Sumy": a harsher demand held out for a later round is a
  // warning, claim/escalated-demand.)
  if (type === 'DEMAND' && escalatedDemandAt(doc, s, t, item)) {
    type = 'THREATEN';
    if (run.trace) run.trace({ rule: escalatedDemand.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → THREATEN (a demand held out for next time)` });
  }
  // ("Kyiv proposed that Russia begin withdrawing its troops": a side proposing the other side's concession demands
  // it, claim/other-side-concession.)
  if (type === 'PROPOSE' && concedesOtherSide(doc, s, t, item, actor)) {
    type = 'DEMAND';
    if (run.trace) run.trace({ rule: otherSideConcession.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} PROPOSE → DEMAND (the other side's concession)` });
  }
  // ("Peskov said Ukraine must not join NATO": a "must not" addressed to another party demands it of that party,
  // claim/party-must-not.)
  // (Not a place at the talks denied: "Hamas must not count on a seat at the table" refuses it, claim/seat-denied.)
  const forbidden = type === 'REJECT' && !(item.issue === 'talks' && seatDeniedAt(doc, t)) ? partyMustNotTarget(doc, s, t, actor) : undefined;
  if (forbidden) {
    type = 'DEMAND';
    if (run.trace) run.trace({ rule: partyMustNot.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} REJECT → DEMAND (a "must not" addressed to ${forbidden})` });
  }
  // ("He urged the African leaders to back his own peace formula": a side asking others to back, join or attend its format
  // puts it forward, claim/backing-asked.)
  if (type === 'DEMAND' && backingAskedAt(doc, s, t, actor, item.issue)) {
    type = 'PROPOSE';
    if (run.trace) run.trace({ rule: backingAsked.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} DEMAND → PROPOSE (others asked to back or join its format)` });
  }
  // ("no limits on the size of Ukraine's army", "there can be no limitations on its armed forces", "- no recognition of
  // any occupied territory as Russian": the absence of a limit, a recognition or a veto is refused, whatever the modal or
  // the plan's list reads, content/negated-limit.)
  // (A third party's plan that sets no limit on one side describes its terms, a proposal: "under the plan, Russia would
  // face no limitations on its alliances"; a side's own plan that lists it refuses the limit.)
  if ((type === 'DEMAND' || type === 'OFFER' || (type === 'PROPOSE' && doc.principalsAt(s.index).includes(actor))) && negatedLimitAt(doc, s, item)) {
    if (run.trace) run.trace({ rule: negatedLimit.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ${type} → REJECT (${item.issue}: stated as no limit, recognition or veto)` });
    type = 'REJECT';
  }
  let target: string | undefined;
  if (type === 'DEMAND' || type === 'THREATEN' || type === 'REJECT') {
    const other = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.codes.length === 1 && a.codes[0] !== actor && tok[a.start].start >= span[0] && tok[a.start].start < span[1]);
    target = other?.codes[0];
  }
  if (forbidden) target = forbidden;
  // ("Kyiv expected the guarantor states not to object to Ukraine joining the European Union": the consent is the
  // other party's, what Kyiv wants is the Union membership, issue other, claim/eu-consent-holder.)
  let issue = item.issue;
  if (issue === 'alliance' && euConsentOfOther(doc, s, actor, item.start, item.end)) {
    issue = 'other';
    if (run.trace) run.trace({ rule: euConsentHolder.id, decision: 'change', span, text: doc.text.slice(span[0], span[1]), detail: `${actor} ${type} alliance → other (another party's consent to EU membership)` });
  }
  const claim: Claim = {
    id: `${article.id}#${n + 1}`, doc: article.id, actor, type, issue, regions: [...item.regions], date, source,
    conditions: [], modality: t.modality, negated: t.negated,
    quote: doc.text.slice(span[0], span[1]), span, rawSpan: toRawSpan(article.offsets, span),
    sentence: [s.start, s.end], rule: t.rule, evidence: [], mentions,
  };
  if (target) claim.target = target;
  // (A plan's point in a bullet item of its own: distinct from the other items' points, document/distinct-provisions.)
  if (t.heldBy && !t.heldByParty && t.heldBy.includes(actor)) {
    let p0 = s.index;
    while (p0 > 0 && doc.sentences[p0 - 1].paragraph === s.paragraph) p0--;
    if (bulletLine(doc, doc.sentences[p0])) markProvision(claim, s.paragraph);
  }
  if (standingAt(doc, s, t)) { markStanding(claim); if (run.trace) run.trace({ rule: standingPosition.id, decision: 'keep', span, text: claim.quote, detail: `${actor} ${type} ${issue}: a standing position (the perfect with a word of duration)` }); }
  if (run.trace) run.trace({ rule: 'claim/make', decision: 'claim', span, text: claim.quote, detail: `${actor} ${type} ${issue}${item.regions.length ? ` [${item.regions.join(',')}]` : ''}` });
  return claim;
}

const standingPosition = defineRule({
  id: 'document/standing-position', stage: 'document',
  reason: 'A stance in the perfect with a word of duration or repetition before its cue ("Kyiv has for months ruled out any talks", "Baku has long insisted on the corridor", "Belgrade has repeatedly rejected …") is a standing position, held over a span: a statement of its own, not merged with the same stance stated on a day the text names (spec §3 rule 2).',
});

/** "has for months ruled out", "has long insisted", "had repeatedly rejected": the perfect with a word of duration within four words before the cue. */
function standingAt(doc: Doc, s: Sentence, t: Trigger): boolean {
  const w = (list: string) => doc.index.words(standingPosition.id, list);
  let marked = false;
  for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 5); k--) {
    const x = doc.tokens[k].lower;
    if (w('auxiliaries').has(x)) return marked;
    if (w('markers').has(x) || (x === 'for' && w('spans').has(doc.tokens[k + 1]?.lower ?? ''))) marked = true;
    // (Not past a that-clause's opening: "has said repeatedly that he cannot give away land: on Tuesday, he said …"
    // repeats the saying, and the stance is the one stated on the day.)
    else if (!doc.tokens[k].word || x === 'that') return false;
  }
  return false;
}

/** "asked Kyiv to consider …", "urged Baku to weigh …": a verb of considering opens the asked act's content. */
function consideringAfter(doc: Doc, t: Trigger): boolean {
  const verbs = doc.index.words(mediatorProposes.id, 'considering');
  for (let j = t.end - 1; j < Math.min(t.end + 2, doc.tokens.length); j++) if (doc.tokens[j].lower === 'to' && verbs.has(doc.tokens[j + 1]?.lower ?? '')) return true;
  return false;
}

/** The talks item is a party required as such (discourse/party-required): a condition, not a mediator's proposal. */
function requiredPartyItem(doc: Doc, item: IssueItem): boolean {
  if (item.issue !== 'talks') return false;
  for (let k = item.start; k < item.end; k++) if (doc.issueAt.get(k)?.values.some((v) => v.required)) return true;
  return false;
}

/** ", he writes," between a deontic's subject and its modal ("Armenia, he writes, should agree …"). */
function parenthesisBetween(doc: Doc, from: number, to: number): boolean {
  const tok = doc.tokens;
  if (tok[from]?.text !== ',' || tok[to - 1]?.text !== ',' || to - from > 9 || to - from < 3) return false;
  const speech = speechVerbs(doc);
  for (let j = from + 1; j < to - 1; j++) if (tok[j].text === ',' || !tok[j].word) return false;
  for (let j = from + 1; j < to - 1; j++) if (speech.has(tok[j].lower)) return true;
  return false;
}

/** "the first step must be …", "the next step must be …", "(a ceasefire) must come at the beginning": a deontic that
 * sets what comes first, a precondition, a demand even from a third party (claim/mediator-proposes 'stepOrdinals'). */
function sequenceStep(doc: Doc, t: Trigger): boolean {
  const tok = doc.tokens;
  const w = (list: string) => doc.index.words(mediatorProposes.id, list);
  // (The modal's subject: "the first step | must", "the next priority | should".)
  if (w('stepNouns').has(tok[t.start - 1]?.lower ?? '') && w('stepOrdinals').has(tok[t.start - 2]?.lower ?? '')) return true;
  // ("must come at the beginning", "must come at the start".)
  return tok[t.end]?.lower === 'come' && tok[t.end + 1]?.lower === 'at' && tok[t.end + 2]?.lower === 'the' && w('startNouns').has(tok[t.end + 3]?.lower ?? '');
}

/** "any ceasefire | had to be verified", "every settlement | must …": a deontic whose subject opens with "any" or "every"
 * (claim/mediator-proposes 'anyDeterminers', at most eight words before the modal, none of them a mark, 'that' or a
 * verb of speech) puts a
 * requirement on whatever settlement comes, a condition: a demand even from a third party. */
function anySubject(doc: Doc, t: Trigger): boolean {
  const tok = doc.tokens;
  const any = doc.index.words(mediatorProposes.id, 'anyDeterminers');
  const speech = speechVerbs(doc);
  // (Past a short phrase after the noun: "any ceasefire between Armenia and Azerbaijan | had to …".)
  for (let j = t.start - 1; j >= Math.max(0, t.start - 9); j--) {
    if ((!tok[j].word && tok[j].text !== '-') || tok[j].lower === 'that' || speech.has(tok[j].lower)) return false;
    if (any.has(tok[j].lower)) return j < t.start - 1;
  }
  return false;
}

const offeredPlan = defineRule({
  id: 'claim/offered-plan', stage: 'claim',
  reason: 'Offering a plan, proposals or alternatives to another party\'s plan puts an arrangement forward, a proposal (spec §2 PROPOSE: an arrangement not chiefly one\'s own concession), not an offer of one\'s own step: "Kyiv would offer alternatives" (gold of own sets T, X, AB, AE, AF, AL, H: UKR PROPOSE talks), "Ankara offered a peace plan". The verb of offering (cue \'offer\') with one of content/plan-is-talks \'words\' as its object, past at most three determiners or modifiers; not "offered to" a step ("offered to host the talks" offers it), nor a service of its own (\'services\': "offered its mediation").',
});

/** The verb of offering at `t` (cue 'offer', no "to" after it) takes a plan noun (content/plan-is-talks 'words') within four words, no clause break between. */
function offersPlan(doc: Doc, s: Sentence, t: Trigger): boolean {
  if (t.cue?.id !== 'offer') return false;
  const tok = doc.tokens;
  if (tok[t.end - 1].lower === 'to' || tok[t.end]?.lower === 'to') return false;
  const plans = doc.index.words(planIsTalks.id), services = doc.index.words(offeredPlan.id, 'services');
  for (let j = t.end; j < Math.min(s.tEnd, t.end + 4); j++) {
    if (!tok[j].word && tok[j].text !== "'" && tok[j].text !== '-') return false;
    if (services.has(tok[j].lower)) return false;
    if (plans.has(tok[j].lower)) return true;
  }
  return false;
}

const unconditionalTalksRule = defineRule({
  id: 'claim/unconditional-talks', stage: 'claim',
  reason: 'A deontic on the talks that frees them of conditions ("the talks should resume \'without any preconditions\'", "negotiations must start without preconditions") puts the talks forward: a proposal, not a demand (gold of own AE, AG: RUS PROPOSE talks). "without" then optional "any" and a noun of condition, within eight words after the modal, in its clause.',
});

/** "(should resume) without any preconditions" within eight words after the deontic, no clause break between. */
function unconditionalTalks(doc: Doc, s: Sentence, t: Trigger): boolean {
  const tok = doc.tokens;
  for (let j = t.end; j < Math.min(s.tEnd, t.end + 8); j++) {
    if (tok[j].text === ',' || tok[j].text === ';' || tok[j].lower === 'and' || tok[j].lower === 'but') return false;
    if (tok[j].lower !== 'without') continue;
    let k = j + 1;
    if (/^["“]$/.test(tok[k]?.text ?? '')) k++;
    if (tok[k]?.lower === 'any') k++;
    return /^(?:pre-?conditions?|conditions)$/.test(tok[k]?.lower ?? '');
  }
  return false;
}

/** "(we must) first of all talk about …", "(we should) above all discuss …": an ordering word and a verb of discussing
 * within five words after a deontic (sentence/self-obligation 'orderWords', 'agendaVerbs'). */
function firstOnAgenda(doc: Doc, from: number): boolean {
  const w = (list: string) => doc.index.words(selfObligation.id, list);
  const order = w('orderWords'), verbs = w('agendaVerbs');
  let ordered = false;
  for (let j = from; j < Math.min(from + 5, doc.tokens.length); j++) {
    const x = doc.tokens[j].lower;
    if (order.has(x)) { ordered = true; continue; }
    if (ordered && verbs.has(x)) return true;
    if (x !== 'of' && x !== 'all' && x !== 'to') return false;
  }
  return false;
}

/** "(must) come first", "(should) precede", "(must) be a condition of" right after a deontic (claim/mediator-proposes). */
function preconditionPredicate(doc: Doc, at: number): boolean {
  const w = doc.index.words(mediatorProposes.id, 'preconditionPredicates');
  const one = doc.tokens[at]?.lower ?? '';
  return w.has(one) || w.has(`${one} ${doc.tokens[at + 1]?.lower ?? ''}`) || isConditionPredicate(doc, at);
}

const meetingOutcome = defineRule({
  id: 'claim/meeting-outcome', stage: 'claim',
  reason: 'What "the participants" of a meeting (three or more parties, found by discourse/group-nouns) agreed together ("the participants had agreed on the importance of continuing consultations", "the participants agreed to set up working groups on food security") is the meeting\'s outcome as reported, not a position each attendee took: no claim (the tuning sets\' annotators give none, 0 of 8). Parties named as agreeing ("Poland and the leaders of Estonia and Latvia agreed to a 30-day ceasefire") still propose it together (claim/joint-agreement).',
});

/** The holder is "the participants" (rules.json 'words'), a group noun referring back to a meeting's attendees. */
function meetingAttendees(doc: Doc, holder: Holder): boolean {
  const m = holder.mention;
  if (!m || m.kind !== 'pronoun' || m.pronoun !== 'the-group') return false;
  return doc.index.words(meetingOutcome.id).has(doc.tokens[m.end - 1].lower);
}

const jointAgreement = defineRule({
  id: 'claim/joint-agreement', stage: 'claim',
  reason: 'Three or more parties that agree together on something no one else put forward ("Poland and the leaders of Estonia and Latvia agreed to a 30-day ceasefire") propose it jointly; a principal side among them offers it (it commits itself: "Kyiv and its European backers agreed to a 30-day ceasefire" = UKR OFFER); agreeing to another\'s proposal ("agreed to the US plan") is acceptance, and two parties that agree are agreeing with each other.',
});

const addressedSidesRule = defineRule({
  id: 'claim/addressed-sides', stage: 'claim',
  reason: 'A third party that urges, calls on, presses or asks both sides by name to act ("Ankara urged both sides to agree a ceasefire as soon as possible", "called on Armenia and Azerbaijan to halt the shelling", "urged them to release all prisoners") wants the sides to do something: a demand (spec §2 DEMAND: "call on"), not the mediator\'s proposal claim/mediator-proposes makes of a call addressed to no one ("Beijing called for a ceasefire"). A call on both sides to hold talks ("urged both sides to start negotiations") stays a proposal: a format put forward.',
});

/** "urged both sides to …", "called on Baku and Yerevan to …": a call whose addressee, right after its cue, is both principal sides before "to" (claim/addressed-sides). */
function addressedSides(doc: Doc, s: Sentence, t: Trigger, principals: Set<string>): boolean {
  if (!t.cue || !doc.index.words(addressedSidesRule.id, 'cues').has(t.cue.id)) return false;
  const tok = doc.tokens;
  // (Not persuading: "Erdogan would like to persuade Russia and Ukraine to agree on a ceasefire" seeks to bring the
  // sides round to an outcome he puts forward.)
  if (doc.index.words(addressedSidesRule.id, 'notCalls').has(tok[t.end - 1]?.lower ?? '')) return false;
  const here = doc.actorsBySentence.get(s.index) ?? [];
  const codes = new Set<string>();
  let at = t.end;
  for (let n = 0; n < 4; n++) {
    const m = here.find((a) => a.start === at && !a.possessive);
    // ("urged leaders to end the war", "called on the governments of Armenia and Azerbaijan to halt the shelling":
    // rulers or states addressed as a group, content/ending-the-war 'addressees', are asked to act as both sides are.)
    if (!m && n === 0) {
      const g = addressedGroupEnd(doc, at, -1);
      if (g < 0) return false;
      return !doc.index.words(agreedAct.id, 'notActs').has(tok[groupAct(doc, g)]?.lower ?? '');
    }
    if (!m) return false;
    for (const c of m.codes) codes.add(c);
    at = m.end;
    if (tok[at]?.lower === 'and' || tok[at]?.text === ',') { at++; continue; }
    break;
  }
  // (An infinitive's "to", not "the parties to the conflict"; past a quotation mark: 'urged both delegations to "put an
  // end to this tragedy"'.)
  const after = /^["'“‘]$/.test(tok[at + 1]?.text ?? '') ? tok[at + 2] : tok[at + 1];
  if (tok[at]?.lower !== 'to' || !after?.word || after.cap || doc.index.words(agreedAct.id, 'notActs').has(after.lower)) return false;
  return codes.size >= 2 && [...codes].every((c) => principals.has(c));
}

const ownActAgreed = defineRule({
  id: 'claim/own-act-agreed', stage: 'claim',
  reason: 'One party that agrees to do something ("Serbia agreed to withdraw its police units", "Pakistan agreed to release the pilot", "Washington agreed to immediately lift its pause on aid") commits itself to an act of its own: an offer (spec §2 OFFER: the actor signals it would itself do or give something). Agreeing to a thing ("agreed to a truce", "to the US proposal", "to talks") accepts it; two or more parties that agree ("the two sides agreed to exchange prisoners", "Belgrade agreed with Pristina to …") agree with each other, an acceptance; agreeing to accept or back something (\'acceptVerbs\') is acceptance too.',
});

/** "agreed (in Riyadh) to (immediately) withdraw …": one party's agreeing cue followed by a verb of its own act (claim/own-act-agreed). */
function agreedOwnAct(doc: Doc, s: Sentence, t: Trigger, holder: Holder, itemStart: number, issue: string | null | undefined): boolean {
  const w = (list: string) => doc.index.words(ownActAgreed.id, list);
  if (!t.cue || !w('cues').has(t.cue.id)) return false;
  const tok = doc.tokens;
  const stops = w('clauseStops');
  // (Not a background or a condition: "the sanctions were lifted after Moscow agreed to end the war", "until it
  // agreed to a ceasefire"; nor a subject coordinated with a side that has no code: "Israel and Hamas agreed …".)
  if (holder.mention) {
    const m = holder.mention;
    if (stops.has(tok[m.start - 1]?.lower ?? '') || tok[m.end]?.lower === 'and' || tok[m.start - 1]?.lower === 'and') return false;
  }
  let to = t.end - 1;
  while (to > t.start && tok[to].lower !== 'to') to--;
  // ("agreed on Tuesday to stop …": the cue "agreed on" before a day, its "to" after the time phrase.)
  if (tok[to]?.lower !== 'to' && tok[t.end - 1]?.lower === 'on' && tok[t.end]?.cap) {
    for (let k = t.end; k < Math.min(t.end + 6, s.tEnd); k++) {
      if (tok[k].lower === 'to') { to = k; break; }
      if (!(tok[k].cap || /^\d/.test(tok[k].text) || tok[k].text === '.' || /^(?:in|on|at)$/.test(tok[k].lower))) break;
    }
  }
  if (tok[to]?.lower !== 'to') return false;
  // (Agreed with another party: "Belgrade agreed with Pristina to …", "Turkey, together with Qatar, agreed …".)
  const from = holder.mention && holder.mention.end <= t.start ? holder.mention.end : t.start;
  for (let k = from; k < to; k++) if (w('jointWords').has(tok[k].lower)) return false;
  // ("We agreed to have our teams start talks", said after a call: "we" are both the callers.)
  if (holder.mention?.kind === 'pronoun' && w('jointPronouns').has(tok[holder.mention.start].lower)) return false;
  // (Not "agreed a compromise plan to block …": a thing agreed, its purpose after it.)
  if (doc.index.words(agreedAct.id, 'notActs').has(tok[t.start + 1]?.lower ?? '')) return false;
  let j = to + 1;
  // ("agreed to immediately lift …": an adverb before the verb.)
  if (tok[j]?.word && /ly$/.test(tok[j].lower) && !tok[j].cap) j++;
  const next = tok[j];
  if (!next || !next.word || next.cap || doc.placeAt.has(j)) return false;
  const lw = next.lower;
  if (doc.index.words(agreedAct.id, 'notActs').has(lw) || w('things').has(lw) || w('acceptVerbs').has(lw)) return false;
  // ("Pashinyan agreed to fly to Brussels for talks with Aliyev", "agreed to attend a third round": going to a meeting
  // another has called accepts the talks, 'attendVerbs'.)
  // (The verb may be inside the trigger's own words: "agreed to fly to Brussels", read to its second "to".)
  if (issue === 'talks') for (let k = t.start; k <= j; k++) if (w('attendVerbs').has(tok[k].lower)) return false;
  // (A plural noun is a thing agreed to: "agreed to talks", "to exchanges in batches"; "discuss", "press" are verbs.)
  if (/[^s]s$/.test(lw)) return false;
  // (A mutual act: "agreed to hand over 300 bodies on each side", "to open a joint centre with Serbia", "to meet
  // each other"; up to a clause break. Not a party after "with" alone: "agreed to halt strikes after a call with Trump".)
  // (Nor an act on another's proposal: "agreed to work on a statute along the lines of a European draft", "agreed
  // to develop measures for implementing the agreement reached by the presidents": content/offered-acceptance
  // 'stanceNouns'; up to a clause of time or contrast, 'clauseStops': "agreed to halt strikes after a long call with
  // Trump" names no one's call as what was agreed.)
  const reciprocal = w('reciprocal');
  const stanceNouns = doc.index.words(offeredAcceptanceRule.id, 'stanceNouns');
  // (The act carries the claim's issue: not "agreed to resume its aid, after talks between the two sides", whose
  // issue is named past a clause break.)
  for (let k = j; k < itemStart; k++) if (/^[,;:]$/.test(tok[k].text) || stops.has(tok[k].lower)) return false;
  // (A measure against another party is no offer of one's own: "the EU agreed to ban Russian oil imports".)
  if (w('punitiveVerbs').has(lw)) return false;
  for (let k = j; k < s.tEnd && !/^[,;:.]$/.test(tok[k].text) && !stops.has(tok[k].lower); k++) {
    if (stanceNouns.has(tok[k].lower)) return false;
    if (reciprocal.has(tok[k].lower) || (tok[k].lower === 'each' && /^(?:side|other|party)$/.test(tok[k + 1]?.lower ?? ''))) return false;
  }
  return s.tEnd > j;
}

const addresseeNoun = defineRule({
  id: 'content/addressee-noun', stage: 'content',
  reason: '"Slovakia urged the bloc to shift its focus to a ceasefire", "called on the alliance to back talks": a call\'s addressee named by a group noun that is also an issue word ("the bloc", "the alliance") is whom the call is made to, not what it is about, when the infinitive after it names an issue of its own ("urged the bloc to admit Moldova" keeps the bloc: membership).',
});

/** Where a call's content starts past an addressee group noun and its "to" ("urged the bloc to …"), else -1 (content/addressee-noun). */
function addresseeNounEnd(doc: Doc, t: Trigger): number {
  if (t.type !== 'DEMAND' || !t.cue) return -1;
  const w = (list: string) => doc.index.words(addresseeNoun.id, list);
  if (!w('cues').has(t.cue.id)) return -1;
  const { tokens } = doc;
  if (!w('determiners').has(tokens[t.end]?.lower ?? '') || !w('nouns').has(tokens[t.end + 1]?.lower ?? '') || tokens[t.end + 2]?.lower !== 'to') return -1;
  return t.end + 3;
}

const backedForceRule = defineRule({
  id: 'claim/backed-force', stage: 'claim',
  reason: 'A party other than the two principal sides that supports or backs a force ("Washington would support the force if it came under attack", "the Europeans would back a multinational force led by European nations", "Japan will support Ukraine\'s armed forces"): the verb of support (\'verbs\') right before its object, whose head noun, past determiners, possessives, adjectives and quoted names, is a noun of a force (\'forces\'), gives the force its own backing: an OFFER (spec §2, "would itself do or give"), not the ACCEPT of a proposal. A principal side backing a force on its soil accepts it ("Kyiv backs a European force"), and backing a plan, a mechanism or the deployment of a force ("backed a US-led mechanism to monitor a ceasefire", "supports the deployment of a force") still accepts.',
});

/** A third party's support verb right before an object whose head noun is a force (claim/backed-force). */
function backedForce(doc: Doc, s: Sentence, t: Trigger, actor: string): boolean {
  const w = (list: string) => doc.index.words(backedForceRule.id, list);
  if (!w('verbs').has(doc.tokens[t.end - 1]?.lower ?? '')) return false;
  if (doc.principalsAt(s.index).includes(actor)) return false;
  const forces = w('forces');
  // The object's head: the first force noun past words that may stand before it ("the", "a", "Ukraine's", "European-led",
  // "multinational", a quote mark), at most six tokens, with no verb of its own, preposition or punctuation between.
  for (let k = t.end; k < Math.min(s.tEnd, t.end + 7); k++) {
    const x = doc.tokens[k];
    if (forces.has(x.lower)) return true;
    if (x.text === '"' || x.text === '“' || x.text === "'" || x.text === '-' || x.lower === 's') continue;
    if (!x.word || w('stops').has(x.lower)) return false;
  }
  return false;
}

const thirdPartySupport = defineRule({
  id: 'claim/third-party-support', stage: 'claim',
  reason: '"China supports a ceasefire and an early political settlement", "Brazil supports dialogue between the two sides", "the UN will support further prisoner exchanges", "Beijing supports a peace conference recognised by both Russia and Ukraine" (both principal sides, and no one else, named as those taking part): a party other than the two principal sides that backs a ceasefire, talks or a humanitarian step named with an indefinite article or none, and no proposal or owner in its words, is calling for it (a mediator\'s proposal), not accepting another\'s proposal; "Brazil supported the ceasefire", "backed Trump\'s plan", "supports the Turkish proposal for talks" accept.',
});

/** A third party's support verb with an indefinite object on a mediator's issue and no stance noun or owner in it (claim/third-party-support). */
function genericSupport(doc: Doc, s: Sentence, t: Trigger, actor: string, issue: string): boolean {
  const w = (list: string) => doc.index.words(thirdPartySupport.id, list);
  if (!w('verbs').has(doc.tokens[t.end - 1]?.lower ?? '') || !doc.index.words(mediatorProposes.id, 'issues').has(issue)) return false;
  if (doc.principalsAt(s.index).includes(actor)) return false;
  const first = doc.tokens[t.end]?.lower ?? '';
  if (w('definite').has(first)) return false;
  // The object up to a clause break: no stance noun ("proposal", "plan", "call", "efforts"), no party named in it.
  let e = t.end;
  while (e < s.tEnd && e - t.end < 12 && !/^[,;:.]$/.test(doc.tokens[e].text)) e++;
  for (let k = t.end; k < e; k++) if (w('stanceNouns').has(doc.tokens[k].lower)) return false;
  // (Both sides as the parties between whom it would be: "dialogue between the two sides", "between Baku and Yerevan".)
  let between = -1;
  for (let k = t.end; k < e; k++) if (doc.tokens[k].lower === 'between') { between = k; break; }
  const named = (doc.actorsBySentence.get(s.index) ?? []).filter((a) => a.start >= t.end && a.start < e && a.kind !== 'both' && !(between >= 0 && a.start > between));
  // (Both principal sides and no one else as those who would take part: "a peace conference recognised by both Russia and
  // Ukraine", "talks attended by Baku and Yerevan" name the participants of the arrangement, not an owner of it.)
  const principals = doc.principalsAt(s.index);
  const codes = new Set(named.flatMap((a) => a.codes));
  if (principals.length === 2 && principals.every((c) => codes.has(c)) && [...codes].every((c) => principals.includes(c))) return true;
  return !named.length;
}

const standingCallRule = defineRule({
  id: 'claim/standing-call', stage: 'claim',
  reason: 'A third party\'s call that the text says is kept up or renewed ("the Pope continued to call for a ceasefire", "Hungary had always called for an immediate ceasefire", "repeating China\'s call for a ceasefire and peace talks") is a standing demand of that party, not an arrangement it puts forward: claim/mediator-proposes does not make it a proposal. A call "renewed" on a visit stays the mediator\'s proposal ("Brazil\'s president renewed his calls for a negotiated settlement", constructions c-PT-02). The marks, up to three words before the call, are lexicon data (\'words\'); only a call (\'calls\') is read so: "Washington has continued to push Baku to advance negotiations" stays a proposal.',
});

/** A call marked as kept up or renewed by a word of claim/standing-call up to three words before it. */
function standingCall(doc: Doc, s: Sentence, t: Trigger): boolean {
  // (A call only: "Washington has continued to push Baku to advance negotiations" stays as claim/mediator-proposes reads it.)
  if (!doc.index.words(standingCallRule.id, 'calls').has(doc.tokens[t.start].lower)) return false;
  const marks = doc.index.words(standingCallRule.id);
  for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 3); k--) if (marks.has(doc.tokens[k].lower)) return true;
  return false;
}

const mediatorProposes = defineRule({
  id: 'claim/mediator-proposes', stage: 'claim',
  reason: 'A party other than the two principal sides (discourse/principal-sides: Russia and Ukraine, or the sides of the dispute the document or paragraph is about) that calls for a ceasefire, talks or a humanitarian step between them proposes it ("China called for a ceasefire", "India\'s calls for a negotiated end"); calling on one side to act ("urged Russia to accept a ceasefire") is a demand. The word "demand" itself (\'demandWords\': "France, Britain, Germany and Poland travelled to Kyiv to demand a full 30-day truce", "Rubio repeated the demand for a ceasefire") is a demand whoever makes it.',
});

const bargainingSide = defineRule({
  id: 'claim/bargaining-side', stage: 'claim',
  reason: 'A party that offers or threatens a step of its own and, by a coordinated verb of the same sentence, calls for something ("Israel offered a 60-day truce and demanded the release of all hostages", "Seoul threatened new sanctions and demanded an end to the missile tests") is a side bargaining, not a mediator: its call stays a demand (claim/mediator-proposes does not apply). An offer on the talks (to host, to mediate: "The US offered to host talks and called for a ceasefire") is a mediator\'s own, and its call stays a proposal.',
});

defineRule({
  id: 'document/distinct-provisions', stage: 'document',
  reason: 'The bullet items of a plan ("• Ukraine will remain a non-nuclear state." "• The size of its armed forces will be limited to 600,000.") are distinct provisions, each its own statement (spec §3 rule 1: "a different offer"): two claims of the plan\'s authors from two bullet items do not merge even with the same actor, type and issue; sentences of one item, and a restatement outside the list, still do.',
});

const distinctScopes = defineRule({
  id: 'document/distinct-scopes', stage: 'document',
  reason: 'Two claims of one party, type and issue whose quotes name different parts of the issue are two offers, not one restated (spec §3 rule 1: "a different offer"): a halt to strikes on energy sites and safe navigation at sea ("agreed to stop attacking energy facilities … and to work out a safe-navigation arrangement in the Black Sea"), a meeting of the leaders and another round of the delegations ("ready to host the next round … offered to host a meeting between the presidents"). The facets of each issue are word lists (\'<issue>.<facet>\'); a claim whose quote names no facet, or a facet the other shares, still merges.',
});

/** The facets named by lists '<issue>.<facet>' of document/distinct-scopes that a claim's quote names. */
function scopesOf(doc: Doc): (c: Claim) => Set<string> {
  const lists = Object.keys(doc.index.vocab.rules[distinctScopes.id] ?? {}).filter((k) => k.includes('.'));
  const memo = new Map<string, Set<string>>();
  // The person mentions in text order, by their first character, found once: a claim looks up its own by binary
  // search (each claim filtering every mention of the article was quadratic, 2 MiB of roles took seconds: speed).
  let persons: { at: number; start: number }[] | null = null;
  const personsIn = (from: number, to: number): number[] => {
    persons ??= doc.mentions.actors.filter((a) => a.kind === 'person').map((a) => ({ at: doc.tokens[a.start].start, start: a.start })).sort((x, y) => x.at - y.at);
    let lo = 0, hi = persons.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (persons[mid].at < from) lo = mid + 1; else hi = mid; }
    const out: number[] = [];
    for (let i = lo; i < persons.length && persons[i].at < to; i++) out.push(persons[i].start);
    return out;
  };
  return (c) => {
    const key = `${c.issue} ${c.span[0]} ${c.span[1]}`;
    const known = memo.get(key);
    if (known) return known;
    const out = new Set<string>();
    memo.set(key, out);
    const words = c.quote.toLowerCase().split(/[^a-z\u00c0-\u024f']+/).filter(Boolean);
    for (const l of lists) {
      if (!l.startsWith(c.issue + '.')) continue;
      const set = doc.index.words(distinctScopes.id, l);
      if (words.some((w) => set.has(w))) out.add(l);
    }
    // ("offered to host a meeting between Putin, Zelensky and Trump": a meeting of named persons is the leaders'.)
    if (c.issue === 'talks' && lists.includes('talks.leaders') && !out.has('talks.leaders')) {
      const meeting = doc.index.words(distinctScopes.id, 'meetingNouns');
      for (const start of personsIn(c.span[0], c.span[1])) {
        let k = start - 1;
        while (k >= 0 && start - k <= 8 && doc.tokens[k].start >= c.span[0] && !meeting.has(doc.tokens[k].lower)) k--;
        if (k >= 0 && doc.tokens[k].start >= c.span[0] && meeting.has(doc.tokens[k].lower)) { out.add('talks.leaders'); break; }
      }
    }
    return out;
  };
}

const mergeRule = defineRule({
  id: 'document/merge', stage: 'document',
  reason: 'Spec §3 rule 1: reports of the same position in one article (same actor, type and issue, compatible dates, same sources or a region-less restatement) are one claim; the others are kept as evidence. Unnamed sources quoted by another outlet than the other report\'s are another set of sources, a statement of their own ("Peskov said … . According to two people, quoted by Bloomberg, Russia had insisted …").',
});

/**
 * Drops the claim of a sentence that only introduced a list whose items follow in running sentences, when it names
 * talks or no issue and a later sentence states an item of the same party (document/list-introduction). In place:
 * run.conditions shares the array.
 */
function dropListIntroductions(run: Run): void {
  const intros = listIntroductions(run.doc);
  if (!intros?.size) return;
  const { doc } = run;
  const sentenceOf = (c: Claim) => { const s = doc.sentences.find((x) => x.start <= c.sentence[0] && c.sentence[0] < x.end); return s ? s.index : -1; };
  const at = run.claims.map(sentenceOf);
  for (let i = run.claims.length - 1; i >= 0; i--) {
    const c = run.claims[i];
    const authors = intros.get(at[i]);
    if (!authors || !authors.includes(c.actor) || (c.issue !== 'talks' && c.issue !== 'other')) continue;
    if (!run.claims.some((d, j) => at[j] > at[i] && at[j] - at[i] <= 5 && d.actor === c.actor)) continue;
    if (run.trace) run.trace({ rule: listIntroduction.id, decision: 'drop', span: c.span, text: c.quote, detail: `${c.actor} ${c.type} ${c.issue}: the introduction of a list whose items follow` });
    run.claims.splice(i, 1);
  }
}

function note(run: Run, rule: string, decision: 'drop' | 'change' | 'keep' | 'holder' | 'claim', t: Trigger, detail: string): void {
  if (!run.trace) return;
  const { tokens, text } = run.doc;
  const span: [number, number] = [tokens[t.start].start, tokens[t.end - 1].end];
  run.trace({ rule, decision, span, text: text.slice(span[0], span[1]), detail: `${t.type} ${detail}` });
}

export type { Trigger };
