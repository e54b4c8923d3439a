// Stance triggers in a sentence. Candidates come from three generators (cue phrases of cues.json,
// stance verbs separated from their preposition, modal offers and refusals); named rules then drop,
// chain or change them, in the order of TRIGGER_RULES below. Every rule's word lists are in
// lexicon/data/rules.json under the rule's id, with the reason.
import { isPastRefusal } from './past-refusal.js';
import { parentheticalSubject } from './meant-harm.js';
import { madeByVerb, passiveWithAgent, PREDICATE_NOUN } from './holder.js';
import { authoredByVerb } from './authored-noun.js';
import { copulaNoun } from './copula-noun.js';
import { seatVerbAt } from './seat-denied.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import { headingLine } from './section-lists.js';
import { joinTokens } from '../annotate/tokenize.js';
import type { CueEntry } from '../lexicon/vocab.js';
import type { ClaimType } from './types.js';
import { refusalConditionAt, refusalConsequence } from './refusal-consequence.js';
import { defineRule, type Outcome, type RuleInfo, type TraceSink } from './rules/registry.js';
import { gateOpen } from './rules/gate.js';
import { forceResolutionAt, harmAt, harmfulAct } from './harm.js';
import { conditionAt, conditionEnd, CONDITION_START, hasContingency } from './condition-marks.js';
import { defineWordClass, inClass, lyAdverb, MODAL } from '../annotate/word-classes.js';
import { listNounCandidate, mayHoldListNoun, partitiveList, possessedListNoun, listedBack, listedBackAt, listingParticiple, listingParticipleAt } from './list-nouns.js';
import { rhetoricalQuestion, rhetoricalQuestionCandidates } from './rhetorical-question.js';
import { evaluation, evaluationCandidates, namedJudgement, namedJudgementCandidates, packageNounAt } from './evaluation.js';
import { deniedAppraisal, deniedAppraisalCandidates } from './denied-appraisal.js';
import { refusedSomething, refusedSomethingCandidates } from './refused-something.js';
import { namedApproval, namedApprovalCandidates } from './named-approval.js';
import { signedDecree } from './signed-decree.js';
import { habitualModal } from './habitual-modal.js';
import { timedSigning } from './timed-signing.js';
import { stoodByOwnStance, keptOwnStance } from './stood-by.js';
import { engagedProposal } from './engaged-proposal.js';
import { appraisedAs } from './appraised-as.js';
import { asPartyStance } from './as-party-stance.js';
import { forcesPassive, forcesPassiveCandidates } from './forces-passive.js';
import { listSentenceItem, listSentences } from './list-sentences.js';
import { afterListMark } from './numbered-carry.js';
import { countedListNoun, freeRelativeList, freeRelativeLists, listIntroducerOf, partyListIntroducer, gappedVerb, gappedVerbStances, negatedItemPhrase, planParts, planPartsLists } from './lists.js';
import { wantedReply } from './reply-demanded.js';
import { expectedDoneAt } from './expected-done.js';
import { wantedTogetherAt } from './wanted-together.js';
import { wantedListAt } from './wanted-list.js';
import { askedMeeting } from './asked-meeting.js';
import { conditionalMeeting } from './conditional-meeting.js';
import { callOnDate } from './phone-call.js';
import { discussedNoun } from './discussed-noun.js';
import { askedPassive } from './asked-passive.js';
import { raisedTerm } from './raised-term.js';
import { promotionVerb } from './promotion-verb.js';
import { cessationCandidates, conditionalCessation } from './cessation.js';
import { offeredNoun, declinedObject } from './commitments.js';
import { groundedStep } from './no-ground.js';
import { decidedStep } from './decided-step.js';
import { positionFrame, positionFrameCandidates, positionFrameInsert, positionFrameInsertCandidates } from './position-frame.js';
import { unchangedPosition, unchangedPositionCandidates } from './unchanged-position.js';
import { authorListComma, planRelative, planRelatives } from './plan-relatives.js';
import { listedItems, listedItemsAt } from './listed-items.js';
import { interruptedCopula, interruptedCopulaCandidates } from './interrupted-copula.js';
import { madeCondition, madeConditionCandidates } from './made-condition.js';
import { withheldRelief, withheldReliefCandidates } from './withheld-relief.js';
import { warnedAgainst, warnedAgainstCandidates } from './warned-against.js';
import { displeasedIf, displeasedIfCandidates } from './displeased-if.js';
import { constitutionBars, constitutionBarCandidates } from './constitution-bars.js';
import { preferredOutcome, preferredOutcomeCandidates } from './preferred-outcome.js';
import { peaceNotSurrender, peaceNotSurrenderCandidates } from './peace-not-surrender.js';
import { planRequirement, PLAN_REQUIREMENT } from './plan-requirement.js';
import { documentRequirement } from './document-requirement.js';
import { durationNotObject } from './duration-not-object.js';
import { declinedAttendance } from './declined-attendance.js';
import { whatPredicate, whatPredicateCandidates } from './what-predicate.js';
import { helpedPartyEnd, ledMachinery, modalHelpParty, modalLead } from './modal-help.js';
import { awaitedMeeting, awaitedMeetingCandidates } from './awaited-meeting.js';
import { bareAvailability, bareAvailabilityCandidates } from './bare-availability.js';
import { appraisedPlan, appraisedPlanCandidates } from './appraised-plan.js';
import { groundlessSettlement, groundlessSettlements } from './groundless-settlement.js';
import { keyIssueQuestion } from './key-issue.js';
import { workedPlan, workedPlanCandidates } from './worked-plan.js';
import { agreedShare, agreedShareCandidates } from './agreed-share.js';
import { settlementPart, settlementPartCandidates } from './settlement-part.js';
import { commitsObject, commitsObjectCandidates } from './commits-object.js';
import { selfDefenceRight, selfDefenceRightCandidates } from './self-defence-right.js';
import { armyDecides, armyDecidesCandidates } from './force-resolution.js';
import { worsenedTerms, worsenedTermsCandidates } from './worsened-terms.js';
import { upToParty, upToPartyCandidates } from './up-to-party.js';
import { sharedPosition, sharedPositionCandidates } from './shared-position.js';
import { partyDecides, partyDecidesCandidates } from './party-decides.js';
import { orFace, orFaceCandidates } from './or-face.js';
import { provisoCandidates } from './proviso.js';
import { modalNegativeObject, negativeObjectAt } from './negated-object.js';
import { coordinatedUnderDeontic, coordinatedUnderDemand, deonticCoordination, demandCoordination } from './deontic-coordination.js';
import { optionFrameAt } from './option-frame.js';
import { adjunctGap } from './adjunct-gap.js';
import { comingHarm } from './coming-harm.js';
import { comingBenefit } from './coming-benefit.js';
import { continuedEffort } from './continued-effort.js';
import { abilityIfWanted } from './ability-if-wanted.js';
import { defenceQuestionEnd } from './defence-question.js';
import { splitPhrasal, splitPhrasalCandidates } from './split-phrasal.js';
import { planCore, planCoreCandidates } from './plan-core.js';
import { listedColon, listedColonCandidates } from './listed-colon.js';
import { negotiatedMeans, negotiatedMeansCandidates } from './negotiated-means.js';
import { continuedAct } from './continued-act.js';
import { refrainedHarm, refrainedHarmAt } from './refrained-harm.js';
import { continuedSupport, continuedSupportAt } from './continued-support.js';
import { negativeSubject } from './negative-subject.js';
import { existentialNone } from './existential-none.js';
import { deniedCall } from './denied-call.js';
import { soughtAgreement } from './sought-agreement.js';
import { impersonalConsequence, impersonalConsequenceAt } from './impersonal-consequence.js';
import { unnamedRefusalConsequence, unnamedRefusalConsequenceAt } from './unnamed-refusal-consequence.js';
import { ofPartyStance, ofPartyStanceCandidates } from './of-party-stance.js';
import { deniedReport, withdrawnStance } from './denied-report.js';
import { unassertedComplement } from './unasserted-complement.js';
import { votedResolution } from './voted-resolution.js';
import { adoptedMeasure, capability, forecast, nothingAgreed, condemnedAct, failedStance, gerundSubject, pressedAcceptance, purposeClause, purposeParticiple, speculation, observerBelief, withoutStance } from './unasserted.js';
import { believedStance } from './believed-stance.js';
import { unrealisedPassive } from './unrealised-passive.js';
import { calledOffObject } from './called-off-object.js';
import { committedPrinciple } from './committed-principle.js';
import { boastedEnding } from './boasted-ending.js';
import { leftAgreement } from './left-agreement.js';
import { badFaithPurpose } from './bad-faith-purpose.js';
import { privateSubject } from './private-subject.js';
import { insistedFact } from './insisted-fact.js';
import { passiveOffer, recipientTerms, mandatedCommitment } from './recipient-subject.js';
import { NEGATED_CLASSIFICATION, negatedClassification } from './classification.js';
import { onlyPrecondition, preconditionCandidates } from './preconditions.js';
import { possibleWithout, possibleWithoutCandidates } from './possible-without.js';
import { endInvertedCondition, invertedOnlyIf } from './inverted-condition.js';
import { impersonalOffer, impersonalOfferAt } from './impersonal-offer.js';
import { conditionalRelief, conditionalReliefAt } from './conditional-relief.js';
import { postponedRelief, postponedReliefAt } from './postponed-relief.js';
import { passiveHarm, passiveHarmAt, passiveMeasure, passiveMeasureAt } from './passive-penalty.js';
import { signedDocument } from './signed-document.js';
import { regardedAsHostile, regardedAsHostileCandidates } from './regarded-as-hostile.js';
import { persistingPenalty, persistingPenaltyCandidates } from './persisting-penalty.js';
import { deadlineSet, deadlineCandidates } from './deadline-set.js';
import { isSequenceStep, sequenceInsertion, sequenceStep } from './sequence-step.js';
import { weighedMeasure, weighedMeasureCandidates } from './weighed-measures.js';
import { addressedGroupEnd } from './addressed-group.js';
import { figurativeCandidates, figurativeRefusal } from './figurative.js';
import { condemnedEvent, goalSchedule, imputedMotive, unspokenGoal, needsStanceObject, partyModifier, partyModifierCandidates, resistedPressure, resistedPressureCandidates, wantedRelative } from './stance-nouns.js';
import { wantedDone, wantedPartyPlace, coordinatedEnd, contrastedPartyEnd, expectedOnset, thingToAct, wantedFrom, wantedSequence, wantedTermKept , wantedDescribed } from './wanted-act.js';
import { failureConsequence } from './consequence-threats.js';
import { subjectConditionSpan } from './subject-condition.js';
import { proposalToAgree, proposedAcceptance } from './proposed-acceptance.js';
import { threatenedStep, threatenedStepCandidates, threatPhraseStep } from './threat-step.js';
import { metWithForce, metWithForceCandidates } from './met-with-force.js';
import { broughtResponse, broughtResponseCandidates } from './brought-response.js';
import { assetRetaliation, assetRetaliationCandidates, assetResponse, assetResponseTriggers } from './asset-retaliation.js';
import { passiveAfterNoun, passivePlan } from './passive-plan.js';
import { talksOutcome, talksOutcomeCandidates } from './talks-outcome.js';
import { talksResult, talksResultCandidates } from './talks-result.js';
import { zeroThat, zeroThatCandidates } from './zero-that.js';
import { deniedImposition, deniedImpositionCandidates } from './denied-imposition.js';
import { judgedWithout, negatedWithout } from '../annotate/party-participation.js';
import { isContrastCleft } from './contrast-cleft.js';
import { heldNounMention, heldNounStands } from './held-noun.js';
import { planPoints, planPointsGoOn, planReaction, pointStarts, predicts, reactsToPlan } from './plan-points.js';
import { deferredQuestion, deferredQuestionCandidates } from './deferred-question.js';
import { possibleMeeting, possibleMeetingCandidates } from './possible-meeting.js';
import { untilMeeting, untilMeetingCandidates } from './until-meeting.js';
import { NEGATORS } from './negators.js';
import { promisedProposal, promisedProposalAt } from './promised-proposal.js';
import { ownStatus, ownStatusCandidates } from './own-status.js';

export interface Trigger {
  start: number;
  end: number;
  type: ClaimType;
  cue: CueEntry | null;
  /** Rule id, e.g. "cue:demand" or "modal-offer". */
  rule: string;
  negated: boolean;
  nominal: boolean;
  complement: boolean;
  modal: boolean;
  object: 'after' | 'before';
  needsIssue?: string[];
  /** 'possible' for could/may/might, 'conditional' with if/unless/as long as. */
  modality: 'asserted' | 'possible' | 'conditional' | 'reported-past';
  exchange: boolean;
  /** The issue of a harmful step when its words name none ("will strike" → ceasefire). */
  defaultIssue?: string;
  /** A threat to settle a question by force ("the army will decide the issue", "will achieve this by military means"):
   * naming no issue itself, it is about the stance its holder has just taken (content/force-alternative). */
  forceResolution?: boolean;
  /** A judgement of a package of terms or a plan, the noun's token ("the demands were an ultimatum"): with no issue of
   * its own it takes the issue of the stances it refers back to, else the talks (content/judged-package). */
  judgedPackage?: number;
  /** Held by a document's authors: the stance is what their plan provides for ("Under the draft, …"). */
  heldBy?: string[];
  /** heldBy names a party holding the stance itself (its stated position: candidate/position-frame), not a plan's authors. */
  heldByParty?: boolean;
  /** Typed by a list noun ("set out their demands: …", "Ukraine's conditions are …"): "no X" items refuse X. */
  listed?: boolean;
  /** A bare point of a principal side's own plan, typed by no list noun (candidate/principal-plan-item): a point on the
   * talks there is a format put forward (claim/principal-talks-point). */
  ownPoint?: boolean;
  /** A whole move judged as such ('the offer was "not made in good faith"', '"not a peace proposal"'): its issue is the
   * talks (spec rule 9), not the issue of the stance the noun refers back to (content/judged-move). */
  wholeMove?: boolean;
  /** The token of the list noun that typed it ("demands" in "laid out their demands"): that noun is its object, no stance of its own. */
  typedAt?: number;
  /** The list opener (":") after a relative clause of its list noun that is a truce offered on these terms ("set out
   * the conditions under which Russia would order a ceasefire: …"): its content starts after it (sentence/truce-on-terms). */
  termsListAt?: number;
  /** A predicate's subject when a subordinate clause stands between it and the predicate ("talks while troops remain … would only freeze the war"). */
  subject?: [number, number];
  /** The content ends here: a modifier's stance is about its own noun phrase only ("Congress-approved guarantees"). */
  contentEnd?: number;
  /** A predicate with a dummy "it" subject: the clause after it is its content, stances inside it included ("it is out of the question that we would withdraw"). */
  extraposed?: boolean;
  /** The negation that turned the stance ("not" in "will not accept"): the claim's quote starts there, so that it carries the refusal. */
  negatedAt?: number;
  /** The token after an adjunct between the verb and its preposition ("agreed during the talks in Cairo to …",
   * adjunct-gap.ts): the content's issue is sought from there when words after it name one. */
  adjunctEnd?: number;
  /** A question left to later talks (candidate/deferred-question): its subject's span, whether the predicate makes it a
   * matter of talks of its own ("the subject of separate talks"), and the end of the complement naming the talks. */
  deferral?: { subject: [number, number]; ownTalks: boolean; end: number };
}

/** What the trigger rules of one sentence share: computed once per sentence. */
export interface SentenceCtx {
  doc: Doc;
  s: Sentence;
  trace?: TraceSink;
  /** The sentence has a blocker word or a conditional conjunction (most have neither). */
  hasBlocker: boolean;
  conditional: boolean;
}

export interface MatchRule extends RuleInfo { apply(t: Trigger, ctx: SentenceCtx): Outcome }

const flagCache = new WeakMap<CueEntry, { determinerPhrase: boolean; exchange: boolean }>();
/** Facts about a cue entry's phrases, computed once per entry. */
function cueFlags(cue: CueEntry): { determinerPhrase: boolean; exchange: boolean } {
  let f = flagCache.get(cue);
  if (!f) {
    f = { determinerPhrase: cue.phrases.some((p) => p.startsWith('the ') || p.startsWith('a ')), exchange: cue.phrases.includes('in exchange for') };
    flagCache.set(cue, f);
  }
  return f;
}

const lowerAt = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** The token before a cue, skipping a bracketed insertion ("demanded [of Kyiv]"). */
function tokenBefore(doc: Doc, s: Sentence, start: number): number {
  let b = start - 1;
  const { tokens } = doc;
  if (tokens[b]?.text === ']' || tokens[b]?.text === ')') { while (b > s.tStart && tokens[b].text !== '[' && tokens[b].text !== '(') b--; b--; }
  return b;
}

// ---------------------------------------------------------------------------------------------
// Rules on each cue match, before chaining.

const anonymity: MatchRule = defineRule({
  id: 'trigger/anonymity', stage: 'trigger',
  reason: '"requested anonymity", "on condition of anonymity": how a source is protected, not a stance.',
  apply(t, { doc }) {
    const after = lowerAt(doc, t.end);
    if (after === 'anonymity' || (after === 'of' && lowerAt(doc, t.end + 1) === 'anonymity')) return { drop: 'source protection' };
  },
});

const conditionOfWhat: MatchRule = defineRule({
  id: 'trigger/condition-of-what', stage: 'trigger',
  reason: '"Baku demanded that every detainee be accounted for as a condition of any peace agreement", "demanded the withdrawal of Armenian forces from Syunik as a condition for any ceasefire": after a stance earlier in its sentence, "as a condition" before "for"/"of"/"to" says that stance is the condition of what follows; the agreement or ceasefire after it is what the condition is for, no demand of its own (the words after it are no content of the earlier stance either, content/condition-of-what).',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'condition' || lowerAt(doc, t.start) !== 'as') return;
    if (!doc.index.words(this.id, 'linkers').has(lowerAt(doc, t.end))) return;
    const before = (doc.cuesBySentence.get(s.index) ?? []).some((c) => c.end <= t.start && c.values.some((v) => v.id !== 'condition'));
    if (before) return { drop: `a condition of what follows “${doc.tokens[t.end].text}”: the stance before it is the condition` };
  },
});

const passiveParticiple: MatchRule = defineRule({
  id: 'trigger/passive-participle', stage: 'trigger',
  reason: '"signed by all the guarantors", "backed by the United States": a passive participle describes; the agent after "by" is found by the holder rules when it proposes. A finite passive ("has been welcomed by Berlin") is the agent\'s stance.',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT' || lowerAt(doc, t.end) !== 'by') return;
    if (!passiveWithAgent(doc, t)) return { drop: 'passive participle' };
    // ("The delegation heads were welcomed by UAE leaders": people received, not a proposal endorsed.)
    const people = doc.index.words(this.id, 'people');
    for (let j = t.start - 2; j >= Math.max(s.tStart, t.start - 5); j--) if (people.has(lowerAt(doc, j))) return { drop: 'people received' };
  },
});

const passivePromise: MatchRule = defineRule({
  id: 'trigger/passive-promise', stage: 'trigger',
  reason: 'A promise verb in the passive whose agent after "by" is no party ("the security of Ukraine would be guaranteed by the permanent members", "a truce guaranteed by neutral observers") commits nobody the reading knows, least of all the speaker: a finite passive puts forward an arrangement others would guarantee (PROPOSE); a participle describes a thing (dropped). With a party as the agent ("would be guaranteed by the United States") the agent promises it (holder/passive-agent-first). Inside a condition the guarantee is part of what is asked for, a DEMAND of the condition\'s holder ("only if a ceasefire is achieved, one that is guaranteed by observers").',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'promise' || t.type !== 'OFFER' || lowerAt(doc, t.end) !== 'by') return;
    if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start > t.end && a.start <= t.end + 3 && a.codes.length)) return;
    // ("Elections can only be held if a ceasefire is achieved, one that is guaranteed by neutral observers": inside a
    // condition the guarantee is part of what the condition asks for; the condition rules read it with its stance.)
    // (The condition's own stance ends where this cue begins, content/next-stance-ends-scope: the guarantee is asked
    // for here, a DEMAND of whoever sets the condition, not the speaker's offer of it.)
    for (let j = s.tStart; j < t.start; j++) if (inClass(doc.tokens[j], CONDITION_START) && conditionAt(doc, j)) {
      t.type = 'DEMAND';
      return { change: 'OFFER → DEMAND (a guarantee by no party inside a condition: what the condition asks for)' };
    }
    if (!passiveWithAgent(doc, t)) return { drop: 'a passive participle with no party as its agent: describes' };
    t.type = 'PROPOSE';
    return { change: 'OFFER → PROPOSE (others would guarantee it: an arrangement put forward)' };
  },
});

const nounModifier: MatchRule = defineRule({
  id: 'trigger/noun-modifier', stage: 'trigger',
  reason: '"provide air support", "military backing": the noun, not the verb of endorsing. So are "support" right after a preposition ("did not mean a lack of support", "asked for support") and "support"/"backing" right after a party named as a modifier behind a preposition or determiner ("with US support", "ungrateful for U.S. support", "with American backing"): a verb after a party takes it as subject ("Britain and the US support the plan"), never behind "with" or "for".',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'welcome') return;
    const before = tokenBefore(doc, s, t.start);
    if (doc.index.words(this.id).has(lowerAt(doc, before))) return { drop: 'modified noun' };
    if (t.end - t.start !== 1 || !doc.index.words(this.id, 'nouns').has(lowerAt(doc, t.start))) return;
    const preps = doc.index.words(this.id, 'prepositions');
    if (lowerAt(doc, t.start) === 'support' && preps.has(lowerAt(doc, before))) return { drop: `a noun after “${doc.tokens[before].text}”` };
    // ("to win broader support.", "would otherwise lose US support.", "strong US backing": ending its clause with no
    // verbal word before it, the noun, no bare answer; "which Beijing said it would support." is the verb, and "Berlin
    // voiced support." states the stance: rules.json 'keepBefore'.)
    const clauseEnds = t.end >= s.tEnd || !doc.tokens[t.end].word;
    if (clauseEnds && before >= s.tStart && !doc.index.words(this.id, 'keepBefore').has(lowerAt(doc, before))) return { drop: `a noun ending its clause after “${doc.tokens[before].text}”` };
    const party = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === t.start && a.codes.length);
    if (party && (preps.has(lowerAt(doc, party.start - 1)) || doc.index.words(this.id, 'determiners').has(lowerAt(doc, party.start - 1)))) return { drop: `a noun: “${doc.tokens[party.start - 1].text} ${doc.text.slice(doc.tokens[party.start].start, doc.tokens[t.start].end)}”` };
  },
});

const receivesPerson: MatchRule = defineRule({
  id: 'trigger/receives-person', stage: 'trigger',
  reason: '"welcomed him in Anchorage", "welcome the Russian and Ukrainian delegations", "praised the leadership of the Indian leader": receiving or praising a person, not endorsing a proposal.',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT') return;
    // ("agreed that the Ukrainian delegation would meet …": a clause is agreed, not a person received.)
    if (lowerAt(doc, t.end - 1) === 'that') return;
    const words = doc.index.words(this.id);
    // "Aliyev demanded … Erdogan backed him.": backing a person named by a lone pronoun that ends its clause
    // endorses the stance that person just took (content/anaphoric-object), no person received.
    if (backsPerson(doc, t)) return;
    // ("would not oppose a Serbian role in the talks", "has no objection to Ankara's role": an opposition denied is
    // consent to its object, whatever it is; no one is received or praised.)
    for (let k = t.start; k < t.end; k++) if (NEGATORS.has(lowerAt(doc, k)) || lowerAt(doc, k) === 'no') return;
    if (words.has(lowerAt(doc, t.end))) return { drop: 'a person received' };
    // The object is a person or a delegation: "welcomed the Ukrainian president", "the leadership of".
    let j = t.end;
    if (lowerAt(doc, j) === 'the' || lowerAt(doc, j) === 'his' || lowerAt(doc, j) === 'her' || lowerAt(doc, j) === 'their') j++;
    const a = (doc.actorsBySentence.get(s.index) ?? []).find((m) => m.start === j || m.start === t.end);
    // (Not "backing US President Donald Trump's call": a possessive makes the person the owner of the object.)
    const owned = doc.tokens.slice(j, Math.min(j + 6, s.tEnd)).some((x) => x.text === "'");
    if (a && (a.personLike || (a.kind === 'adjective-role' && a.plural)) && !owned) return { drop: 'a person or delegation received' };
    for (let k = j; k < Math.min(j + 8, s.tEnd); k++) {
      if (lowerAt(doc, k) === 'to' || lowerAt(doc, k) === 'for' || lowerAt(doc, k) === 'that') break;
      if (words.has(lowerAt(doc, k))) return { drop: `receives or praises: ${lowerAt(doc, k)}` };
    }
  },
});

const askedOfOthers: MatchRule = defineRule({
  id: 'trigger/asked-of-others', stage: 'trigger',
  reason: '"Zelensky closed by inviting leaders to a global summit to endorse the formula", "Kyiv wants a summit of leaders to endorse the formula", "The letter asks the European Union to rule out any easing of sanctions": an acceptance or a refusal in the infinitive of a verb of asking, inviting or wanting (rules.json \'verbs\') whose object stands between them is what the asker wants of that object: nobody has accepted or refused it, and the asker does not accept it (the verb of asking, when it is a cue, carries the demand). Not "asked to join" (no object: the subject\'s own).',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT' && t.type !== 'REJECT') return;
    const to = t.start - 1;
    if (lowerAt(doc, to) !== 'to' || to <= s.tStart) return;
    const verbs = doc.index.words(this.id, 'verbs');
    const stops = doc.index.words(this.id, 'stops');
    for (let j = to - 1; j >= s.tStart && to - j <= 9; j--) {
      const x = doc.tokens[j];
      if ((!x.word && x.text !== '-' && x.text !== "'") || stops.has(x.lower)) return;
      if (!verbs.has(x.lower)) continue;
      if (j === to - 1) return;
      // ("asked them to stop trying for a ceasefire": a refusal asked by a verb that is a cue itself chains with it
      // into the asker's refusal, trigger/chain.)
      if (t.type === 'REJECT' && (doc.cuesBySentence.get(s.index) ?? []).some((c) => c.start <= j && j < c.end)) return;
      return { drop: `asked of the object of “${x.text}”: no one's acceptance or refusal` };
    }
  },
});

/** A verb of backing ('backing' of trigger/receives-person) whose object is a lone "him", "her" or "them" ending its
 * clause, past a quotation mark that closes the quoted verb (Washington "strongly backs" them). */
export function backsPerson(doc: Doc, t: Trigger): boolean {
  return backedPronounAt(doc, t) >= 0;
}

/** The token of the pronoun backsPerson reads, or -1. */
export function backedPronounAt(doc: Doc, t: Trigger): number {
  const id = 'trigger/receives-person';
  if (t.type !== 'ACCEPT' || !doc.index.words(id, 'backing').has(lowerAt(doc, t.end - 1))) return -1;
  let j = t.end;
  if (doc.tokens[j]?.text === '"') j++;
  if (!doc.index.words(id, 'personPronouns').has(lowerAt(doc, j))) return -1;
  const next = doc.tokens[j + 1];
  return !next || (!next.word && next.text !== '-' && next.text !== "'") ? j : -1;
}

const gerundPurpose: MatchRule = defineRule({
  id: 'trigger/gerund-purpose', stage: 'trigger',
  reason: '"conditions for accepting a peace agreement": a gerund after "for" is a purpose, not a stance.',
  apply(t, { doc, s }) {
    if (lowerAt(doc, tokenBefore(doc, s, t.start)) === 'for' && /ing$/.test(lowerAt(doc, t.start))) return { drop: 'purpose gerund' };
  },
});

const needsNounObject: MatchRule = defineRule({
  id: 'trigger/needs-noun-object', stage: 'trigger',
  reason: 'A verb of preparing offers what it prepares ("are preparing a multinational force") only with a noun object: "was preparing to annex the region" reports a plan of its own act, and the act after "to" is a candidate of its own.',
  apply(t, { doc }) {
    if (!t.cue || !doc.index.words(needsNounObject.id, 'cues').has(t.cue.id)) return;
    if (lowerAt(doc, t.end) === 'to' || lowerAt(doc, t.end) === 'for') return { drop: `“${doc.tokens[t.end].text}” after it: no object prepared` };
  },
});

const wantNeedsAct: MatchRule = defineRule({
  id: 'trigger/want-needs-act', stage: 'trigger',
  reason: '"wants Ukraine to …", "wanted the lifting of all sanctions", "needs security guarantees", "wants the Kherson region": wanting is demanding only when another party is to act, an act is named, an issue or a place follows, or a list of points follows its colon (trigger/wanted-list).',
  apply(t, { doc, s }) {
    // ("will do whatever is necessary", "all that is essential": a free relative before a predicate of necessity
    // names no step, rules.json 'freeRelatives'.)
    if ((t.cue?.id === 'essential' || t.cue?.id === 'not-necessary') && t.object === 'before') {
      const free = doc.index.words(this.id, 'freeRelatives');
      for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 3); k--) {
        if (free.has(lowerAt(doc, k))) return { drop: `a free relative ("${lowerAt(doc, k)}") names no step` };
        if (!doc.index.words(this.id, 'freeRelativeLinks').has(lowerAt(doc, k))) break;
      }
      return;
    }
    if (t.cue?.id !== 'want' && t.cue?.id !== 'need' && t.cue?.id !== 'expect') return;
    // ("Ukraine needed to know which countries would act if Russia attacked again": a need to know who would defend
    // the party asks its partners for guarantees, content/defence-question.)
    if (t.cue.id === 'need' && defenceQuestionEnd(doc, s, t) > 0) return;
    // ("…, as Pristina wants": the clause before the comma is what is wanted, trigger/as-party-stance.)
    if (t.object === 'before' && t.subject) return;
    // "expects Moscow to …", "is counting on Berlin not to …", "hoped that Washington would …": an expectation
    // is a demand when another party is to act; "talks are expected to resume" predicts.
    if (t.cue.id === 'expect') {
      const actors = doc.actorsBySentence.get(s.index) ?? [];
      const obj = actors.find((a) => a.start >= t.end && a.start <= t.end + 2);
      // ("counting on Berlin and Paris not to …": past the parties coordinated with the first.)
      const objEnd = obj ? coordinatedEnd(actors, doc, obj.end) : -1;
      const next = obj ? lowerAt(doc, objEnd) : '';
      const that = /that$/.test(lowerAt(doc, t.end - 1)) || lowerAt(doc, t.end) === 'that';
      if (obj && (next === 'to' || next === 'not' || next === 'would' || next === 'will' || that)) return;
      if (that && actors.some((a) => a.start > t.end && a.start <= t.end + 4)) return;
      // "counting on its European partners to keep Russia's frozen reserves locked": a group that names no party
      // (discourse/patron-roles) that is to act on an issue (wanted-act.ts).
      if ((!obj || obj.possessive) && thingToAct(doc, s, t.end)) return;
      // "expects a full and lasting ceasefire to start from tomorrow": a term expected to take effect (wanted-act.ts).
      if (!obj && expectedOnset(doc, s, t.end)) return;
      // "Moscow expected Ukraine's non-aligned status to be fixed in a binding form", "expected sanctions affecting its
      // shipments, including those on insurance, to be eased": a term expected kept or extended past the words that
      // describe it (wanted-act.ts wantedTermKept).
      if ((!obj || obj.possessive) && wantedTermKept(doc, s, t.end)) return;
      // "Russia expects that 'all restrictions' affecting its exports will be lifted", "expected the obstacles to its grain
      // exports to be removed", "we expect that to be recognised": a thing and a passive of granting or lifting name
      // the act expected of the other side (trigger/expected-done; not denied: "did not expect them to be lifted").
      if (!obj && !t.negated && negationBefore(doc, s, t.start) < 0) {
        const doneAt = expectedDoneAt(doc, s, t.end);
        if (doneAt > 0) return { change: `a thing expected "${doc.tokens[doneAt].text}" (trigger/expected-done): asked of the other side` };
      }
      // "he hoped for 'a full and unconditional ceasefire'", "Addis Ababa hopes for the lifting of the sanctions": a
      // hope for a settlement term (an issue term, not the bare talks, within seven words after "for") asks for it,
      // a demand of it (rules.json 'hopeVerbs'); "hoped for good weather", "hoped for progress" name no term.
      // "Yerevan hoped to hold a peace summit before the end of the year": a meeting the party hopes to hold is a
      // format of the talks it puts forward, as one it wants to hold ('meetingVerbs', PROPOSE).
      if (!obj && lowerAt(doc, t.end) === 'to' && doc.index.words(this.id, 'hopeVerbs').has(lowerAt(doc, t.end - 1)) && negationBefore(doc, s, t.start) < 0 && doc.index.words(this.id, 'meetingVerbs').has(lowerAt(doc, t.end + 1)) && wantedFormat(doc, s, t.end + 2)) {
        t.type = 'PROPOSE';
        return { change: `a meeting hoped held ("to ${doc.tokens[t.end + 1].text}"): PROPOSE` };
      }
      // "he hoped a meeting of the two leaders could be held in Istanbul", "hoped the work would lead to a peace
      // summit": a new meeting of the talks hoped to happen is a format put forward, as one hoped held (hopedFormat).
      if (doc.index.words(this.id, 'hopeVerbs').has(lowerAt(doc, lowerAt(doc, t.end - 1) === 'that' ? t.end - 2 : t.end - 1)) && !t.negated && negationBefore(doc, s, t.start) < 0 && hopedFormat(doc, s, t.end)) {
        t.type = 'PROPOSE';
        t.defaultIssue = 'talks';
        return { change: 'a new meeting hoped to take place: PROPOSE talks' };
      }
      // ("Doha hopes to bring Aliyev and Pashinyan together": a meeting of named parties hoped arranged, trigger/wanted-together.)
      if (!obj && doc.index.words(this.id, 'hopeVerbs').has(lowerAt(doc, t.end - 1)) && !t.negated && negationBefore(doc, s, t.start) < 0 && wantedTogetherAt(doc, s, t.end)) {
        t.type = 'PROPOSE';
        t.defaultIssue = 'talks';
        return { change: 'a meeting of named parties hoped arranged (trigger/wanted-together): PROPOSE talks' };
      }
      if (!obj && lowerAt(doc, t.end) === 'for' && doc.index.words(this.id, 'hopeVerbs').has(lowerAt(doc, t.end - 1))) {
        for (let q = t.end + 1; q < Math.min(t.end + 8, s.tEnd); q++) {
          if (!doc.tokens[q].word && !/^["'\u201c\u2018-]$/.test(doc.tokens[q].text)) break;
          if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak && v.issue !== 'talks' && v.issue !== 'other')) return;
        }
      }
      // "Kyiv expects a memorandum from Moscow", "Yerevan expects a reply from Baku on the draft": a thing expected
      // from a named party (a document or an issue term before "from") is asked of it.
      if (!obj) {
        const things = doc.index.words(this.id, 'expectedThings');
        let thing = false;
        for (let q = t.end; q < Math.min(t.end + 6, s.tEnd); q++) {
          const x = doc.tokens[q];
          if (!x.word && x.text !== '-') break;
          if (things.has(x.lower) || doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak)) thing = true;
          if (x.lower === 'from') { if (thing && actors.some((a) => a.start === q + 1 || (a.start === q + 2 && doc.tokens[q + 1].lower === 'the'))) return; break; }
        }
      }
      return { drop: 'an expectation with no party to act' };
    }
    const { tokens } = doc;
    // "security guarantees would be needed for both sides": a passive need states its subject as needed, the
    // speaker's demand (its content is the subject, its holder the speaker).
    if (t.cue.id === 'need' && doc.index.words(this.id, 'passiveAuxiliaries').has(lowerAt(doc, t.start - 1))) {
      for (let q = Math.max(s.tStart, t.start - 7); q < t.start - 1; q++) {
        if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak)) { t.object = 'before'; return { change: 'a passive need: its subject is demanded' }; }
      }
      return { drop: 'a passive need with no issue in its subject' };
    }
    // ("wanted both Armenia and Azerbaijan to sign": the parties coordinated by "both" are the object.)
    // ("both sides" is one mention: the party at the cue's end comes first.)
    const mentionsHere = doc.actorsBySentence.get(s.index) ?? [];
    const obj = mentionsHere.find((a) => a.start === t.end) ?? (lowerAt(doc, t.end) === 'both' ? mentionsHere.find((a) => a.start === t.end + 1) : undefined);
    const act = ['the', 'a', 'an'].includes(lowerAt(doc, t.end)) && /(?:ing|al|ion|ment)$/.test(lowerAt(doc, t.end + 1)) && lowerAt(doc, t.end + 2) === 'of';
    let issueNear = false;
    // The wanted thing's words start after the parties coordinated with the first ("wanted Turkey, Russia and Iran
    // involved in drafting security guarantees") and after a writer's distancing ("wanted to see what he called a
    // neutral, demilitarised Georgia"): nearness is counted from there (wanted-act.ts).
    const from = wantedFrom(doc, s, t.end);
    // "Russia wanted not negotiations but a pause", "wants 'not peace but a pause'": a contrast of wishes sets what
    // is not wanted first; it characterises the party (mostly an opponent's charge), no term is asked of anyone.
    if (t.cue.id === 'want' && lowerAt(doc, from) === 'not') return { drop: 'a contrast of wishes ("wanted not … but …")' };
    for (let q = from; q < Math.min(from + 5, s.tEnd); q++) if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && (v.issue !== 'talks' || v.party))) { issueNear = true; break; }
    // "wanted a long-term peace that removed the causes of the conflict", "need legally binding agreements that remove
    // the root causes": a wanted thing described by a relative clause that names an issue (wanted-act.ts wantedDescribed).
    if (!issueNear && !t.negated && negationBefore(doc, s, t.start) < 0 && wantedDescribed(doc, s, from)) issueNear = true;
    // "Ukraine did not need mediators between itself and the aggressor", "we do not need talks for the sake of talks":
    // a need of the talks or of a go-between denied refuses that format (trigger/negation makes it REJECT talks); an
    // affirmed one ("we need talks") asks nothing of anyone and stays dropped.
    if (t.cue.id === 'need' && !issueNear && (t.negated || negationBefore(doc, s, t.start) >= 0)) {
      for (let q = from; q < Math.min(from + 3, s.tEnd) && doc.tokens[q].word; q++) if (doc.issueAt.get(q)?.values.some((v) => v.issue === 'talks' && !v.weak)) { issueNear = true; break; }
    }
    // "Moscow wants the Kherson region", "Belgrade wants the northern municipalities back": land wanted is a
    // territorial demand (a place right after the cue and its determiner).
    if (t.cue.id === 'want' && (doc.placeAt.has(t.end) || doc.placeAt.has(t.end + 1) || (doc.placeAt.has(t.end + 2) && !doc.tokens[t.end + 1]?.cap && doc.tokens[t.end]?.lower === 'the'))) issueNear = true;
    // "Moscow wants all of the Luhansk region", "wants Crimea": a place wanted is land demanded (territory).
    if (t.cue.id === 'want' && !issueNear) for (let q = t.end; q < Math.min(t.end + 5, s.tEnd); q++) if (doc.placeAt.has(q)) { issueNear = true; break; }
    // "wants Kyiv to …", "wants Kyiv out of Donetsk", "wants Russian troops gone": the party is to act.
    // ("wanted the United States, not Moscow, to act as guarantor", "wants Washington or another third party to monitor
    // compliance": past a contrast or an alternative set after the party, wanted-act.ts contrastedPartyEnd.)
    const objEnd = obj ? contrastedPartyEnd(doc, doc.actorsBySentence.get(s.index) ?? [], s, coordinatedEnd(doc.actorsBySentence.get(s.index) ?? [], doc, obj.end)) : -1;
    const actorTo = obj && (tokens[objEnd]?.lower === 'to' || doc.index.words(this.id, 'objectPredicates').has(tokens[objEnd]?.lower ?? ''));
    // "wants the map frozen at the current lines", "wanted all sanctions lifted": a thing and what is to be
    // done to it (a past participle after a short noun phrase) name an act.
    let done = false;
    if (t.cue.id === 'want' && ['the', 'all', 'a', 'its', 'their', 'these', 'those'].includes(lowerAt(doc, t.end))) {
      for (let q = t.end + 2; q <= Math.min(t.end + 4, s.tEnd - 1) && !done; q++) {
        const w = lowerAt(doc, q);
        if (!tokens[q].word) break;
        // ("wants the warring parties back at the negotiating table": a predicate of place, as after a party.)
        done = (/[a-z]{3,}ed$/.test(w) || doc.index.words(this.id, 'participles').has(w) || doc.index.words(this.id, 'objectPredicates').has(w)) && lowerAt(doc, q - 1) !== 'has' && lowerAt(doc, q - 1) !== 'had';
      }
    }
    // "wanted any deal to deal with the original sources of the conflict", "wants the settlement to enshrine …",
    // "wants the war to end": a thing that is to do something names an act, like a party that is to act.
    if (t.cue.id === 'want' && !done && !actorTo) done = thingToAct(doc, s, t.end);
    // "wants the oil pipeline from Kirkuk to Ceyhan reopened", "wants it returned": the thing done after a longer
    // noun phrase or a pronoun (wanted-act.ts).
    if (t.cue.id === 'want' && !done && !actorTo) done = wantedDone(doc, s, t.end);
    // "Turkey wanted the deal, which is due to expire on November 19, to be extended": a term wanted kept or extended,
    // past a parenthesis that describes it (wanted-act.ts wantedTermKept).
    if (t.cue.id === 'want' && !done && !actorTo) done = wantedTermKept(doc, s, t.end);
    // "We need our partners to lift the restrictions on long-range weapons": a group of supporters that is to act on
    // an issue is asked it (trigger/addressed-group).
    const groupEnd = t.cue.id === 'need' ? addressedGroupEnd(doc, t.end, s.tEnd) : -1;
    const groupToAct = groupEnd > 0 && lowerAt(doc, groupEnd) === 'to' && thingToAct(doc, s, t.end);
    // "the US wants Ukraine to have security commitments", "Paris wants Armenia to receive guarantees": a benefit
    // wanted for another party asks nothing of it; it puts an arrangement forward (a proposal, spec §2).
    if (t.cue.id === 'want' && actorTo && lowerAt(doc, objEnd) === 'to' && doc.index.words(this.id, 'benefitVerbs').has(lowerAt(doc, objEnd + 1))) {
      t.type = 'PROPOSE';
      return { change: `a benefit wanted for another party: "${doc.tokens[objEnd + 1].text}" → PROPOSE` };
    }
    // "Moldova wanted to be consulted on any arrangement", "Kosovo wants to be included in the talks": a place in the
    // process wanted for itself asks the others to let the party in, a demand on the talks (as "should be consulted",
    // sentence/self-obligation's entitlements; 'placeWords').
    // (What it is to be part of is the process, whatever the talks are about: "to be included in any talks on sanctions
    // relief" is a stance on the talks. Not negated: "does not want to be part of any bloc" refuses the bloc.)
    const wantDenied = t.negated || NEGATORS.has(lowerAt(doc, t.start - 1)) || NEGATORS.has(lowerAt(doc, t.start - 2));
    if (t.cue.id === 'want' && !wantDenied && lowerAt(doc, t.end) === 'to' && lowerAt(doc, t.end + 1) === 'be' && doc.index.words(this.id, 'placeWords').has(lowerAt(doc, t.end + 2))) {
      t.defaultIssue = 'talks';
      t.contentEnd = t.end + 3;
      return { change: `a place in the process wanted ("to be ${doc.tokens[t.end + 2].text}"): a demand on the talks` };
    }
    if (t.cue.id === 'need' ? !issueNear && !groupToAct : (!act && !actorTo && !issueNear && !done)) {
      // "Washington wanted the next round to include military officers", "We want a first meeting of the group at
      // the level of ministers", "wanted a signed framework within weeks": a meeting or format of the talks wanted
      // as such puts an arrangement forward (spec §2: a format is proposed), asked of no one in particular.
      // (Not a negated wish: "Russia doesn't want negotiations" is mostly an opponent's charge, not a stance.)
      // "Moscow wants a full agreement first", "wanted a signed framework within weeks": the whole deal wanted ahead
      // of something else or by a time sets the order of the talks, asked of the other side (wanted-act.ts).
      if (negationBefore(doc, s, t.start) < 0 && wantedSequence(doc, s, from)) { t.defaultIssue = 'talks'; return { change: 'a settlement wanted first or by a time: the sequencing of the talks' }; }
      // "According to two diplomats, Moscow wants:" then a bulleted list, "Asmara needs the following:": the listed
      // terms are what is wanted (trigger/wanted-list; not denied).
      if (!wantDenied && negationBefore(doc, s, t.start) < 0 && wantedListAt(doc, s, t.end)) return { change: 'a list of wanted terms follows the colon (trigger/wanted-list)' };
      if (t.cue.id === 'want' && negationBefore(doc, s, t.start) < 0 && wantedFormat(doc, s, from)) { t.type = 'PROPOSE'; return { change: 'a format of the talks wanted: PROPOSE' }; }
      // "Ukraine wants to hold a peace summit by the end of February", "wanted to convene a new round in Doha": a
      // meeting the party wants to hold is a format of the talks it puts forward, as one wanted outright
      // ('meetingVerbs'; hosting is offered, cue willing).
      if (t.cue.id === 'want' && negationBefore(doc, s, t.start) < 0 && lowerAt(doc, t.end) === 'to' && doc.index.words(this.id, 'meetingVerbs').has(lowerAt(doc, t.end + 1)) && wantedFormat(doc, s, t.end + 2)) { t.type = 'PROPOSE'; return { change: `a meeting wanted held ("to ${doc.tokens[t.end + 1].text}"): PROPOSE` }; }
      // "Zelensky said he wanted to meet Chinese President Xi Jinping", "Vucic would like to meet Kurti in Brussels": a
      // meeting with a named party that the holder wants is a meeting of the talks it puts forward (PROPOSE talks),
      // as a meeting it wants to hold ('meetPartyVerbs'; not negated: "does not want to meet him" is no proposal).
      if (t.cue.id === 'want' && negationBefore(doc, s, t.start) < 0 && !wantDenied && meetingWithParty(doc, s, t.end)) { t.type = 'PROPOSE'; t.defaultIssue = 'talks'; return { change: 'a meeting with a named party wanted: PROPOSE talks' }; }
      // ("Erdogan wanted to bring Putin, Zelensky and Trump together in Istanbul": a meeting of named parties the holder
      // wants to arrange puts it forward, trigger/wanted-together.)
      if (t.cue.id === 'want' && negationBefore(doc, s, t.start) < 0 && !wantDenied && wantedTogetherAt(doc, s, t.end)) { t.type = 'PROPOSE'; t.defaultIssue = 'talks'; return { change: 'a meeting of named parties wanted arranged (trigger/wanted-together): PROPOSE talks' }; }
      // "a list of 339 children whom Ukraine wants back", "detainees that Armenia wants released": a wish that ends
      // an object relative clause wants the noun it describes (content/relative-antecedent, stance-nouns.ts).
      if (t.cue.id === 'want' && wantedRelative(doc, s, t)) return { change: 'ends a relative clause: the noun it describes is wanted' };
      // "wanted Turkey and Qatar involved", "any credible process would need Russian participation", "the plan needs
      // Kosovo's consent": a party's place in the process wanted asks the others to let it in, a demand on the talks
      // (wanted-act.ts wantedPartyPlace; not denied: "did not want France involved" is no demand of a place).
      const placeEnd = !wantDenied && negationBefore(doc, s, t.start) < 0 ? wantedPartyPlace(doc, s, t.end, t.cue.id) : -1;
      if (placeEnd > 0) { t.defaultIssue = 'talks'; return { change: "a party's place in the process wanted: a demand on the talks" }; }
      // "wants an answer by Thanksgiving", "wanted a quick signature": the other side's reply wanted is asked of it
      // (content/reply-demanded reads it as the talks; not denied: "did not want an answer" asks nothing).
      if (t.cue.id === 'want' && !wantDenied && negationBefore(doc, s, t.start) < 0 && wantedReply(doc, s, t.end)) return { change: "the other side's reply wanted: asked of it" };
      return { drop: 'nothing wanted of another party' };
    }
  },
});

/**
 * "to meet Chinese President Xi Jinping", "to meet with Kurti": at `at`, "to", a verb of meeting ('meetPartyVerbs' of
 * trigger/want-needs-act), an optional "with", then within four words (a title, a nationality) a party mention that
 * is named ("to meet Putin's envoy" names the envoy, a party too; "to meet the press", "to meet me" name none).
 */
function meetingWithParty(doc: Doc, s: Sentence, at: number): boolean {
  if (lowerAt(doc, at) !== 'to' || !doc.index.words(wantNeedsAct.id, 'meetPartyVerbs').has(lowerAt(doc, at + 1))) return false;
  let j = at + 2;
  if (lowerAt(doc, j) === 'with') j++;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let q = j; q < Math.min(j + 4, s.tEnd); q++) {
    if (!doc.tokens[q].word) return false;
    // (A named party, not a pronoun: "They want to meet me" wishes the speaker's company, no format put forward.)
    if (actors.some((a) => a.start === q && a.codes.length && doc.tokens[q].cap)) return true;
  }
  return false;
}

/**
 * A talks term ("the next round", "a first meeting", "a signed framework") in the short noun phrase wanted at
 * `from`, not wished a quality: "wants the conversation about it to be public", "wants the talks to be
 * productive" wish the process well or ill; "to be held in Minsk", "to include officers" arrange it.
 */
function wantedFormat(doc: Doc, s: Sentence, from: number): boolean {
  const talks = (q: number) => doc.issueAt.get(q)?.values.some((v) => v.issue === 'talks' && !v.weak);
  let at = -1;
  // ("wants direct talks": an opener may begin the term itself.)
  if (talks(from)) at = from;
  else if (doc.index.words(wantNeedsAct.id, 'formatOpeners').has(lowerAt(doc, from))) {
    // (A plural possessive's apostrophe is part of the phrase: "a leaders' peace summit".)
    for (let q = from + 1, last = from + 3; q <= Math.min(last, s.tEnd - 1) && at < 0; q++) {
      if (doc.tokens[q].text === "'" && /s$/.test(lowerAt(doc, q - 1))) { last++; continue; }
      if (!doc.tokens[q].word) return false;
      if (talks(q)) at = q;
    }
  }
  if (at < 0) return false;
  for (let q = at + 1; q < Math.min(at + 5, s.tEnd - 2); q++) {
    if (lowerAt(doc, q) !== 'to') continue;
    const next = lowerAt(doc, q + 2);
    return !(lowerAt(doc, q + 1) === 'be' && !/(?:ed|en|held)$/.test(next));
  }
  return true;
}

/**
 * A new meeting of the talks hoped to happen in the words at `from` (past "that"): "hoped a meeting of the two leaders
 * could be held in Istanbul", "hoped another round would take place", "hoped the work would lead to a peace summit",
 * "hopes to turn the plan into a peace conference". The format is new (rules.json 'hopedFormatOpeners', or "the" and
 * one of them), a talks term within three words (wantedFormat); one of 'hopedFormatVerbs' says it takes place (the
 * format its subject, the first words hoped) or leads or is turned to it ("to"/"into" right before the format). Up
 * to sixteen words, not past a semicolon or colon; a negator in them ("would not be held") hopes against it.
 */
function hopedFormat(doc: Doc, s: Sentence, from: number): boolean {
  const id = wantNeedsAct.id;
  const openers = doc.index.words(id, 'hopedFormatOpeners'), verbs = doc.index.words(id, 'hopedFormatVerbs');
  let j = from;
  if (lowerAt(doc, j) === 'that') j++;
  const end = Math.min(j + 16, s.tEnd);
  let format = -1, verb = -1, named = false;
  const stepSubjects = doc.index.words(id, 'hopedStepSubjects');
  for (let q = j; q < end; q++) {
    const w = lowerAt(doc, q);
    if (w === ';' || w === ':') break;
    if (NEGATORS.has(w)) return false;
    // ("hoped the next step would be a meeting of the two presidents", "hopes there will be another round in Doha": the
    // format named as what the next step is, or as what there will be, right after a modal "be", rules.json 'hopedStepSubjects'.)
    if (w === 'be' && q > j && inClass(doc.tokens[q - 1], MODAL) && stepSubjects.has(lowerAt(doc, q - 2)) && openers.has(lowerAt(doc, q + 1)) && wantedFormat(doc, s, q + 1)) named = true;
    if (format < 0 && (openers.has(w) || (w === 'the' && openers.has(lowerAt(doc, q + 1)))) && wantedFormat(doc, s, q)) format = q;
    else if (verb < 0 && verbs.has(w)) verb = q;
  }
  if (named) return true;
  if (format < 0 || verb < 0) return false;
  // (The format is the hoped clause's subject and takes place after it, or the result of leading or turning.)
  if (format === j && verb > format) return true;
  const link = lowerAt(doc, format - 1);
  return verb < format && (link === 'into' || (link === 'to' && format - 2 === verb));
}

const purposeOfEfforts: MatchRule = defineRule({
  id: 'trigger/purpose-of-efforts', stage: 'trigger',
  reason: '"supports all efforts aimed at resolving the conflict", "steps designed to ease tensions": a goal phrase right after a noun for unspecified efforts is that noun\'s purpose (a reduced relative), not a goal its speaker states; whoever backs or takes the efforts holds the stance, by their own verb. \'phrases\': the goal phrases read so; \'nouns\': the effort nouns.',
  apply(t, { doc }) {
    if (t.cue?.id !== 'goal') return;
    const words = doc.index.words(this.id, 'phrases');
    if (!words.has(joinTokens(doc.tokens, t.start, t.end, true))) return;
    if (doc.index.words(this.id, 'nouns').has(lowerAt(doc, t.start - 1))) return { drop: `the purpose of "${lowerAt(doc, t.start - 1)}"` };
  },
});

const conditionalInversion: MatchRule = defineRule({
  id: 'trigger/conditional-inversion', stage: 'trigger',
  reason: '"Should a ceasefire deal be reached, …": a sentence-initial modal is a conditional inversion, not a deontic "should". So is a "should" inside the sentence with its own subject right after it ("momentum favours Russian forces should negotiations stall", "Serbia would impose tariffs should Pristina keep the ban", "should the assets ever have to be returned"): a deontic "should" is followed by its verb, never by a determiner, a name or a subject pronoun (rules.json \'subjects\').',
  apply(t, { doc, s }) {
    if (!t.modal) return;
    if (t.start === s.tStart) return { drop: 'conditional inversion' };
    if (doc.tokens[t.start].lower !== 'should' || t.start + 2 >= s.tEnd) return;
    const next = doc.tokens[t.start + 1];
    const named = next.cap && next.word || (doc.actorsBySentence.get(s.index) ?? []).some((m) => m.start === t.start + 1);
    if (named || doc.index.words(this.id, 'subjects').has(next.lower)) return { drop: `conditional inversion ("should ${next.text} …")` };
  },
});

const favouredParty: MatchRule = defineRule({
  id: 'trigger/favoured-party', stage: 'trigger',
  reason: '"battlefield momentum favours Russian forces", "time favours Moscow": favouring a party or its forces says who has the advantage, no outcome put forward (cue favour proposes an outcome: "China favours a political settlement"). A capitalised name right after the verb (past "the") that stands alone, or a name and a noun of forces (rules.json \'forces\'), makes no stance; "favours Russian proposals" still proposes.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'favour') return;
    let k = t.end;
    if (doc.tokens[k]?.lower === 'the') k++;
    const name = doc.tokens[k];
    if (!name || k >= s.tEnd || !name.cap || !name.word) return;
    // (A name of two words, "Donald Trump", "New Delhi".)
    if (doc.tokens[k + 1]?.cap && doc.tokens[k + 1].word) k++;
    const next = doc.tokens[k + 1];
    const alone = !next || k + 1 >= s.tEnd || !next.word || doc.index.words(this.id, 'after').has(next.lower);
    if (alone || doc.index.words(this.id, 'forces').has(next.lower)) return { drop: `favours "${joinTokens(doc.tokens, t.end, k + 1 + (alone ? 0 : 1), false)}": an advantage, no outcome` };
  },
});

const brokeOffToConsult: MatchRule = defineRule({
  id: 'trigger/paused-to-consult', stage: 'trigger',
  reason: '"Trump broke off the meeting to call Putin", "the delegation suspended the talks to consult Baku": breaking off or suspending a meeting in order to call or consult someone pauses it; it refuses nothing (cue call-off refuses talks called off, "Kyiv broke off the talks"). A purpose "to" and one of \'verbs\' within a few words after the cue.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'call-off') return;
    for (let k = t.end; k < Math.min(s.tEnd - 1, t.end + 6); k++) {
      if (doc.tokens[k].text === ',' || doc.tokens[k].text === ';') return;
      if (doc.tokens[k].lower === 'to' && doc.index.words(this.id).has(doc.tokens[k + 1].lower)) return { drop: `paused to ${doc.tokens[k + 1].lower}: no refusal` };
    }
  },
});

const referenceBack: MatchRule = defineRule({
  id: 'trigger/reference-back', stage: 'trigger',
  reason: '"this request", "the demand": a determiner before a cue refers back to a stance already reported, not a new one (noun cues after "the" stay: "the demand for"; a cue that opens with a modal is a verb, "the countries that would finance …", and one that opens with an existential "there" a clause, "said in Bern that there can be no freezing").',
  apply(t, { doc, s }) {
    const before = lowerAt(doc, tokenBefore(doc, s, t.start));
    if (!t.cue || t.modal || !doc.index.words(this.id).has(before) || cueFlags(t.cue).determinerPhrase || t.rule.endsWith(NEGATED_CLASSIFICATION) || t.rule.endsWith(PLAN_REQUIREMENT)) return;
    // ("the countries that would finance the deliveries": a cue that opens with a modal is a verb; "that" before it
    // is a relative pronoun.)
    if (inClass(doc.tokens[t.start], MODAL)) return;
    // ("said in Bern that there can be no freezing": a cue that opens with an existential "there" is a clause of its
    // own; "that" before it opens the clause, it determines no noun.)
    // (Nor one that opens with its own subject "nothing": "but that nothing was ruled out".)
    if (doc.tokens[t.start].lower === 'there' || doc.tokens[t.start].lower === 'nothing') return;
    // "Georgia filed an application to join the EU", "Kyiv submitted a request for …": a stance noun that a
    // verb of making introduces is the subject's new stance, not one reported before.
    if (madeByVerb(doc, tokenBefore(doc, s, t.start))) return;
    // ("The withdrawal of Armenian units is a key demand": a predicate noun states the stance on its subject.)
    if (t.rule.endsWith(PREDICATE_NOUN)) return;
    // ("Qatar and Egypt drew up a framework for …": a new plan of the verb's subject, holder/authored-noun.)
    if (authoredByVerb(doc, s, t)) return;
    // ("The demand, first made in March, is that …": a subject noun whose copula opens its content, holder/copula-stance-noun.)
    if (copulaNoun(doc, s, t, doc.actorsBySentence.get(s.index) ?? [])) return;
    if (!t.cue.nominal || before !== 'the') return { drop: `determiner "${before}"` };
  },
});

/** A fixed phrase of trigger/fixed-phrase, split once, with the place of one of its words in it (its first). */
interface FixedPhrase { phrase: string; words: string[]; at: number }
const fixedPhraseIndexes = new WeakMap<ReadonlySet<string>, Map<string, FixedPhrase[]>>();
/** trigger/fixed-phrase's phrases by each word they hold, each word's in the list's order; built once per list. */
function fixedPhrasesByWord(list: ReadonlySet<string>): Map<string, FixedPhrase[]> {
  let byWord = fixedPhraseIndexes.get(list);
  if (byWord === undefined) {
    byWord = new Map();
    for (const phrase of list) {
      const words = phrase.split(' ');
      words.forEach((w, at) => {
        if (words.indexOf(w) !== at) return;
        const xs = byWord!.get(w);
        if (xs === undefined) byWord!.set(w, [{ phrase, words, at }]); else xs.push({ phrase, words, at });
      });
    }
    fixedPhraseIndexes.set(list, byWord);
  }
  return byWord;
}

const fixedPhrase: MatchRule = defineRule({
  id: 'trigger/fixed-phrase', stage: 'trigger',
  reason: 'A cue word inside a fixed phrase of another sense is no stance: "in order to de-escalate" (a purpose, not an order), "in the framework of a future ceasefire" (within, not a plan). The phrases are data.',
  apply(t, { doc }) {
    if (t.end - t.start !== 1) return;
    const w = lowerAt(doc, t.start);
    // (Only the phrases holding the cue's word, in the list's order: the first that matches drops it, as a walk
    // over every phrase splitting each did, for every one-word cue of every sentence; speed.)
    const phrases = fixedPhrasesByWord(doc.index.words(this.id)).get(w);
    if (phrases === undefined) return;
    for (const { phrase, words, at } of phrases) {
      let all = true;
      for (let k = 0; k < words.length && all; k++) all = lowerAt(doc, t.start - at + k) === words[k];
      if (all) return { drop: `"${phrase}"` };
    }
  },
});

const qualifyingPrecondition: MatchRule = defineRule({
  id: 'trigger/qualifying-precondition', stage: 'trigger',
  reason: '"Kyiv would not withdraw from any territory as a precondition", "Baku demanded the withdrawal as a prerequisite": a precondition noun after "as" qualifies the stance of its own clause (a refusal stays a refusal, a demand is already one); it demands its object only after a verb of regarding or naming ("Moscow sees the withdrawal as a precondition for talks", "named it as a prerequisite").',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'essential' || lowerAt(doc, t.start - 1) !== 'as') return;
    const viewing = doc.index.words('trigger/negated-classification', 'viewing');
    const naming = doc.index.words('trigger/negated-classification', 'naming');
    for (let k = t.start - 2; k >= s.tStart; k--) {
      const w = lowerAt(doc, k);
      if (w === ',' || w === ';' || w === 'that' || w === 'but') break;
      if (viewing.has(w) || naming.has(w)) return;
    }
    return { drop: 'qualifies the stance of its clause ("as a precondition")' };
  },
});

const negativeObject: MatchRule = defineRule({
  id: 'trigger/negative-object', stage: 'trigger',
  reason: '"Ukraine will accept no restrictions on the size of its army": an acceptance of an object with the determiner "no" refuses it; accepting "no less than" or "nothing less than" something demands it ("will accept nothing less than a full withdrawal").',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT') return;
    // (negated-object.ts: "no", "none", "nothing" opening the object; "nothing less than", "nothing short of".)
    const object = negativeObjectAt(doc, t.end, s.tEnd);
    if (!object) return;
    // ("will accept no less than the whole of Donbas", "nothing less than": the least accepted is demanded.)
    if (object === 'least') { t.type = 'DEMAND'; return { change: 'ACCEPT → DEMAND: "no less than"' }; }
    t.type = 'REJECT'; t.negated = true;
    return { change: `ACCEPT → REJECT: "${lowerAt(doc, t.end)}" before its object` };
  },
});

const noComment: MatchRule = defineRule({
  id: 'trigger/no-comment', stage: 'trigger',
  reason: '"refused to answer questions about …", "declined to go into specifics", "refused to say more": refusing to speak reports the absence of a stance, not a refusal of what is being asked about.',
  apply(t, { doc }) {
    if (t.type !== 'REJECT') return;
    let j = t.end;
    if (lowerAt(doc, j) === 'to') j++;
    if (lowerAt(doc, t.end - 1) !== 'to' && lowerAt(doc, t.end) !== 'to') return;
    const verb = lowerAt(doc, j);
    if (!speaks(doc, j)) return;
    return { drop: `refused to ${verb}` };
  },
});

/**
 * The verb at `j` is one of speaking (trigger/no-comment's words): "comment", "say", "elaborate"; "give", "provide",
 * "go", "name" only with a word of information after them ("declined to give details", "refused to go into
 * specifics"), so that "refused to give up Donetsk" and "will not provide guarantees" stay refusals; "make",
 * "venture", "hazard" only with a noun of predicting or stating ("declined to make forecasts", 'lightVerbs').
 */
function speaks(doc: Doc, j: number): boolean {
  const id = noComment.id;
  const verb = lowerAt(doc, j);
  if (!doc.index.words(id).has(verb)) return false;
  // ("declined to make forecasts", "would not venture a guess": a light verb speaks only with a noun of predicting or
  // stating, 'lightObjects', never the wider 'objects', so that "refused to make the compromises needed" and "refused
  // to make peace" stay refusals.)
  const light = doc.index.words(id, 'lightVerbs').has(verb);
  if (!light && !doc.index.words(id, 'needsObject').has(verb)) return true;
  let k = j + 1;
  const skips = doc.index.words(id, 'objectSkips'), objects = doc.index.words(id, light ? 'lightObjects' : 'objects');
  while (k < j + 4 && skips.has(lowerAt(doc, k)) && !objects.has(lowerAt(doc, k))) k++;
  return objects.has(lowerAt(doc, k)) || objects.has(lowerAt(doc, j + 1));
}

const speakingRefusal: MatchRule = defineRule({
  id: 'trigger/speaking-refusal', stage: 'trigger',
  reason: 'A spokesperson declining to speak is no refusal of an issue: "I\'m not going to negotiate from this podium", "we will not negotiate in public" (a place of speaking after the refusal, rules.json trigger/no-comment \'venues\'; after a verb of speaking, anywhere in its clause: "Moscow would not discuss the details of the talks in public", but not "in public or in private"); "I am not going to read out a text that is still being negotiated", "I won\'t get into that" (a verb of speaking, \'words\' and \'firstPerson\', refused by the speaker\'s own "I").',
  apply(t, { doc }) {
    if (t.type !== 'REJECT') return;
    const id = noComment.id;
    // ("I'm not going to negotiate from this podium", "we will not negotiate in public": where one speaks, not what.)
    const after = doc.tokens.slice(t.end, Math.min(t.end + 4, doc.tokens.length)).map((x) => x.lower).join(' ');
    for (const v of doc.index.words(id, 'venues')) if (after === v || after.startsWith(`${v} `) || after.includes(` ${v} `) || after.endsWith(` ${v}`)) return { drop: `not ${v}` };
    // ("Moscow would not discuss the details of the talks in public": a verb of speaking keeps its place of speaking
    // to the end of its clause, after its object; not "in public or in private", which refuses it anywhere.)
    if (speaks(doc, t.end - 1)) {
      const s = doc.sentences[doc.sentenceOf[t.start]];
      let end = t.end;
      while (end < s.tEnd && !/^[,;:()—–]$/.test(doc.tokens[end].text) && doc.tokens[end].lower !== 'but') end++;
      const clause = ` ${doc.tokens.slice(t.end, end).map((x) => x.lower).join(' ')} `;
      for (const v of doc.index.words(id, 'venues')) {
        const at = clause.indexOf(` ${v} `);
        if (at >= 0 && !/^ (or|and|nor) /.test(clause.slice(at + v.length + 1))) return { drop: `not ${v} (its clause's place of speaking)` };
      }
    }
    // ("I am not going to read out a text that is still being negotiated", "I won't comment": a speaker's "I" refusing
    // to speak, not a party refusing an issue.)
    const verb = lowerAt(doc, t.end - 1);
    if (speaks(doc, t.end - 1) || doc.index.words(id, 'firstPerson').has(verb)) {
      for (let k = t.start - 1; k >= Math.max(0, t.start - 4) && doc.sentenceOf[k] === doc.sentenceOf[t.start]; k--) if (doc.tokens[k].lower === 'i') return { drop: `I will not ${verb}` };
    }
  },
});

const denial: MatchRule = defineRule({
  id: 'trigger/denial', stage: 'trigger',
  reason: '"rejected claims that Kyiv is avoiding a vote", "dismissed reports of …", "rejected Western accusations that it supplies components", "dismissed such accounts": denying what others say is no stance on an issue (up to two determiners, adjectives of falsehood or party names before the noun).',
  apply(t, { doc, s }) {
    if (t.type !== 'REJECT') return;
    // (Up to two words before the noun: a determiner, an adjective of falsehood, a capitalised adjective, or a party's
    // name with its possessive: "rejected Western accusations that …", "dismissed such accounts", "denied Kyiv's claims".)
    const modifiers = doc.index.words(this.id, 'modifiers');
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    let j = t.end;
    for (let n = 0; n < 2 && j < s.tEnd; n++) {
      const m = actors.find((a) => a.start === j && a.end - a.start <= 2 && !a.pronoun);
      if (m) { j = m.end; if (lowerAt(doc, j) === "'s" || lowerAt(doc, j) === "'") j++; continue; }
      if (!modifiers.has(lowerAt(doc, j)) && !doc.tokens[j].cap) break;
      j++;
    }
    if (doc.index.words(this.id).has(lowerAt(doc, j))) return { drop: `denies ${lowerAt(doc, j)}` };
  },
});

const offerInformation: MatchRule = defineRule({
  id: 'trigger/offer-information', stage: 'trigger',
  reason: '"offered few details", "offered no timeline", "offered condolences": offering information, words or sympathy is no offer on an issue. The object\'s head (after a quantifier) is one of the listed nouns.',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER' || t.cue?.id !== 'offer' || lowerAt(doc, t.end) === 'to') return;
    const quantifiers = doc.index.words(this.id, 'quantifiers');
    let j = t.end;
    while (j < Math.min(t.end + 3, s.tEnd) && quantifiers.has(lowerAt(doc, j))) j++;
    if (doc.index.words(this.id).has(lowerAt(doc, j))) return { drop: `offered ${lowerAt(doc, j)}` };
  },
});

const noneReached: MatchRule = defineRule({
  id: 'trigger/none-reached', stage: 'trigger',
  reason: '"No agreement on a ceasefire was reached": an agreement reported as not reached is no acceptance (a negation in the subject before a "reached" cue).',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'reached') return;
    for (let j = Math.max(s.tStart, t.start - 8); j < t.start; j++) if (doc.index.words(this.id).has(lowerAt(doc, j))) return { drop: `"${lowerAt(doc, j)}" before it` };
  },
});

const reachedTime: MatchRule = defineRule({
  id: 'trigger/reached-time', stage: 'trigger',
  reason: '"British troops would only be sent after a ceasefire had been agreed", "a summit could take place once a draft treaty had been agreed", "no sanctions relief before a settlement was reached", "troops pulled back as had been agreed", "distorting what had been agreed": an agreement reported as reached inside a clause of time (a conjunction of \'conjunctions\' opening the clause of the "reached" cue) or after "as" or "what" (\'before\') says when or refers to a deal; no one accepts anything there. The claim audit found these 0 right of 5 on the tuning sets.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'reached') return;
    const w = (list: string) => doc.index.words(this.id, list);
    const prev = lowerAt(doc, t.start - 1);
    if (t.start > s.tStart && w('before').has(prev)) return { drop: `"${prev}" right before it: a deal referred to` };
    // (The clause of the cue: back to a comma, a semicolon, a colon, a dash or a quotation mark, at most ten tokens.)
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 10); j--) {
      const x = doc.tokens[j];
      if (!x.word && x.text !== '-' && x.text !== "'") break;
      if (w('conjunctions').has(x.lower)) return { drop: `"${x.lower}" opens its clause: a time, not a stance` };
    }
  },
});

const phrasalParticle: MatchRule = defineRule({
  id: 'trigger/phrasal-particle', stage: 'trigger',
  reason: '"push back NATO\'s expansion", "pressed ahead with the offensive": a particle after a verb of urging makes another verb (repel, proceed), not a demand.',
  apply(t, { doc }) {
    if (!t.cue || !doc.index.words(this.id, 'cues').has(t.cue.id)) return;
    const next = lowerAt(doc, t.end);
    if (doc.index.words(this.id).has(next)) return { drop: `"${lowerAt(doc, t.end - 1)} ${next}"` };
  },
});

const needsPartyObject: MatchRule = defineRule({
  id: 'trigger/needs-party-object', stage: 'trigger',
  reason: '"pushed Kyiv to advance negotiations", "pressuring Belgrade to recognise Kosovo": these verbs ask something of a party only with the party right after them; "how far it could push", "pressure on Moscow" ask nothing of anyone. Asking ("the draft asks Kosovo to withdraw …") also needs what the party is to do or give after it: "asked Aliyev about the talks" is a question.',
  apply(t, { doc, s }) {
    if (!t.cue || !doc.index.words(this.id, 'cues').has(t.cue.id)) return;
    let j = t.end;
    if (doc.index.words(this.id).has(lowerAt(doc, j))) j++;
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    // "kept up pressure on Pristina to accept the framework": the noun presses the party after "on" when what it is
    // to do follows ("pressure on Moscow" alone asks nothing; rules.json pressureNouns).
    if (doc.index.words(this.id, 'pressureNouns').has(lowerAt(doc, t.start)) && lowerAt(doc, t.end) === 'on') {
      const pressed = actors.find((a) => (a.start === t.end + 1 || (a.start === t.end + 2 && lowerAt(doc, t.end + 1) === 'the')) && !a.possessive);
      const next = pressed ? coordinatedEnd(actors, doc, pressed.end) : -1;
      if (pressed && lowerAt(doc, next) === 'to' && doc.tokens[next + 1]?.word && !doc.tokens[next + 1].cap) return;
    }
    const party = actors.find((a) => a.start === j && !a.possessive);
    // "We ask our partners for an immediate invitation to NATO": a group of supporters asked stands for a party
    // (trigger/addressed-group), with what is asked after it; so does one urged or encouraged: "We encourage our
    // allies to join us in these sanctions" ('groupCues').
    if (!party && doc.index.words(this.id, 'groupCues').has(t.cue.id)) {
      const group = addressedGroupEnd(doc, t.end, s.tEnd);
      if (group > 0 && doc.index.words(this.id, 'askNext').has(lowerAt(doc, group)) && !(inClass(doc.tokens[t.start - 1] ?? doc.tokens[t.start], MODAL) && t.start > s.tStart)) return;
    }
    // ("The Russian side also asked that any freeze be accompanied by the lifting of sanctions", "Serbia asked that
    // sanctions on its banks be lifted first": asking that a thing be done, a mandative "be" in the
    // that-clause, asks it of the other side, as "requested that" does: trigger/asked-that.)
    if (!party && doc.index.words(this.id, 'askCues').has(t.cue.id) && mandativeThat(doc, s, t.end)) return;
    if (!party) return { drop: 'no party right after it' };
    // "asks Kosovo to withdraw", "asked Baku not to …", "asking Washington for air defence": asking demands only
    // with what the party is to do or give after it ('askNext'); "asked Aliyev about the talks" asks nothing.
    if (doc.index.words(this.id, 'askCues').has(t.cue.id)) {
      if (!doc.index.words(this.id, 'askNext').has(lowerAt(doc, coordinatedEnd(actors, doc, party.end)))) return { drop: 'nothing asked of the party' };
      // ("warned that, if Baku refuses, Yerevan will ask Paris for more drones": a request still to come is a step
      // announced, which a warning names as its own; the request made is "asked", "asks", "is asking".)
      if (inClass(doc.tokens[t.start - 1] ?? doc.tokens[t.start], MODAL) && t.start > s.tStart) return { drop: 'a request still to come' };
    }
  },
});

const askedThat = defineRule({
  id: 'trigger/asked-that', stage: 'trigger',
  reason: 'A verb of asking with a that-clause whose verb is a mandative "be" ("asked that any freeze be accompanied by the lifting of sanctions", "asked that sanctions not be imposed") asks the thing of the other side, a demand, with no party named after the verb (trigger/needs-party-object keeps it). A that-clause that reports is not one ("asked that question", "asked that the ceasefire would hold"): the clause needs a subject of its own, then "be" with no modal or "to" before it, within ten words and no clause break. ("asked that the talks should resume" leaves the deontic "should" to speak for itself.) So does a clause whose subject is a party and whose verb is in its bare form, the mandative subjunctive ("asked that the European Union admit Ukraine without delay", "asked that the United States not step back from the talks"); a finite verb reports ("asked that Baku had withdrawn").',
});

/** "that any freeze be accompanied by …", "that sanctions not be imposed": a mandative that-clause at `from` (trigger/asked-that). */
function mandativeThat(doc: Doc, s: Sentence, from: number): boolean {
  if (lowerAt(doc, from) !== 'that') return false;
  // "asked that the European Union admit Ukraine without delay", "asked that the United States not step back from the
  // talks": a party as the clause's subject, then (past "not") a verb in its bare form, the mandative subjunctive; a
  // reported fact has a finite verb ("asked that Washington stays", "that Baku had withdrawn").
  const party = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.codes.length && !a.possessive && (a.start === from + 1 || (a.start === from + 2 && lowerAt(doc, from + 1) === 'the')));
  if (party) {
    const end = coordinatedEnd(doc.actorsBySentence.get(s.index) ?? [], doc, party.end);
    const v = lowerAt(doc, end) === 'not' ? end + 1 : end;
    const w = lowerAt(doc, v);
    if (doc.tokens[v]?.word && !doc.tokens[v].cap && !inClass(doc.tokens[v], MODAL) && !/(?:ed|[^s]s)$/.test(w) && !/^(?:is|was|were|are|be|been|has|had|have|did|does|do|not|also|should|must)$/.test(w)) return true;
  }
  // (A subject of at least one word first: "asked that be done" is no clause.)
  for (let j = from + 2; j < Math.min(from + 11, s.tEnd); j++) {
    const w = lowerAt(doc, j);
    if (!doc.tokens[j].word || w === 'that' || w === 'which' || w === 'who') return false;
    // ("asked that sanctions not be imposed": a negated mandative too, past its "not".)
    if (w === 'be') { const p = lowerAt(doc, j - 1) === 'not' ? j - 2 : j - 1; return !inClass(doc.tokens[p], MODAL) && lowerAt(doc, p) !== 'to'; }
    if (w === 'is' || w === 'was' || w === 'are' || w === 'were' || w === 'would' || w === 'will' || w === 'had' || w === 'has') return false;
    // ("asked that Russian forces leave Crimea", "asked that Western insurers restore cover": a plural noun as the
    // subject's head, then a verb in its bare form, the mandative; rules.json 'mandativeStops' are no verb.)
    const head = lowerAt(doc, j - 1);
    if (j >= from + 3 && /[^s'’]s$/.test(head) && !doc.index.words('trigger/needs-party-object', 'mandativeStops').has(head)
      && doc.tokens[j].word && !doc.tokens[j].cap && !inClass(doc.tokens[j], MODAL) && !/(?:ed|s|ing|ly)$/.test(w)
      && !doc.index.words('trigger/needs-party-object', 'mandativeStops').has(w)) return true;
  }
  return false;
}

const participleModifier: MatchRule = defineRule({
  id: 'trigger/participle-modifier', stage: 'trigger',
  reason: '"Russian-backed separatists", "US-supported forces", "an EU-drafted package": a participle after a hyphen is an adjective, not the sentence\'s endorsement or proposal (brokering is a proposal and has its own cue; the party on the hyphen\'s left is found by holder/hyphen-party and candidate/party-modifier).',
  apply(t, { doc }) {
    if ((t.type === 'ACCEPT' || t.type === 'PROPOSE') && doc.tokens[t.start - 1]?.text === '-' && doc.index.words(this.id).has(lowerAt(doc, t.start))) return { drop: 'hyphenated participle' };
  },
});

const suggestImplies: MatchRule = defineRule({
  id: 'trigger/suggest-implies', stage: 'trigger',
  reason: '"suggested some preliminary understanding had been reached", "suggesting the rift was deep": "suggest" followed by a statement of fact implies; it proposes only with a should/would or a noun ("suggested that talks resume", "suggested a meeting").',
  apply(t, { doc, s }) {
    if (!t.cue || !doc.index.words(this.id, 'cues').has(t.cue.id) || !doc.index.words(this.id, 'verbs').has(lowerAt(doc, t.start))) return;
    const facts = doc.index.words(this.id, 'facts');
    // (The clause's verb may come after a long subject: "suggested in private that the rift between hardliners
    // and the government is deeper …".)
    for (let j = t.end; j < Math.min(t.end + 14, s.tEnd); j++) {
      const w = lowerAt(doc, j);
      if (w === ',' || w === ';' || w === 'should' || w === 'would' || w === 'could' || w === 'be' || w === 'to') return;
      if (facts.has(w)) return { drop: `implies: "${w}"` };
    }
  },
});

const attributive: MatchRule = defineRule({
  id: 'trigger/attributive-predicate', stage: 'trigger',
  reason: '"stop this ridiculous war", "an absurd idea", "talks about acceptable options": an evaluative adjective before its noun describes; it is a refusal or an acceptance only as a predicate ("the idea is absurd", "called the plan unacceptable to Moscow", "finds the proposals acceptable"). A denial that something is a peace proposal (cue not-a-proposal) refuses only after a copula ("the offer was \'not a peace proposal\'"), not in "principles, not a peace plan".',
  apply(t, { doc }) {
    // "the offer was "not a peace proposal"": denying that a thing is a proposal judges it only as the predicate of a
    // copula; "brought back "not a peace plan, but a door …"" or "principles, not a peace plan" judge nothing.
    if (t.cue?.id === 'not-a-proposal') {
      let p = t.start - 1;
      if (!doc.tokens[p]?.word && /^["“”']$/.test(doc.tokens[p]?.text ?? '')) p--;
      if (!doc.index.words(this.id, 'copulas').has(doc.tokens[p]?.lower ?? '')) return { drop: 'no copula before the denied proposal' };
      return;
    }
    if ((t.cue?.id !== 'reject-predicate' && t.cue?.id !== 'accept-predicate') || t.end - t.start !== 1) return;
    const next = doc.tokens[t.end];
    // "was an unrealistic objective", "described it as a destructive plan": the noun phrase is itself the predicate.
    // (Past a quote mark: 'is "an unrealistic objective"'.)
    let p = t.start - 1;
    if (!doc.tokens[p]?.word && /^["“”']$/.test(doc.tokens[p]?.text ?? '')) p--;
    const det = doc.tokens[p]?.lower ?? '';
    if (det === 'a' || det === 'an' || det === 'the') { p--; if (!doc.tokens[p]?.word && /^["“”']$/.test(doc.tokens[p]?.text ?? '')) p--; }
    const lead = doc.tokens[p]?.lower ?? '';
    if (doc.index.words(this.id, 'copulas').has(lead)) return;
    const followers = doc.index.words(this.id, 'followers');
    if (next?.word && !followers.has(next.lower)) return { drop: `describes "${next.text}"` };
    // "this unjust and unprovoked invasion", "Russia's illegal, unjustifiable, and unprovoked war": adjectives
    // coordinated with it ('coordinated': their endings) before a noun describe it too; "called the tariffs unfair,
    // unjustified and unreasonable." ends the sentence, and "unacceptable and rejected the plan" goes on with a verb
    // and its object (a determiner after it).
    const noun = coordinatedAdjectivesEnd(doc, t.end);
    const after = doc.tokens[noun];
    if (noun > t.end && after?.word && !after.cap && !followers.has(after.lower) && !doc.index.words(this.id, 'notNouns').has(after.lower)) return { drop: `describes "${after.text}" (after coordinated adjectives)` };
  },
});

const ADJECTIVE_END = /(?:ed|able|ible|al|ful|less|ous|ive|ic|ent|ant)$/;
/** Past the adjectives coordinated after an evaluative one ("unjust and unprovoked", ", unjustifiable, and unprovoked"): the next token; `from` when none. */
function coordinatedAdjectivesEnd(doc: Doc, from: number): number {
  const { tokens } = doc;
  let j = from, end = from;
  for (;;) {
    let k = j;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k++;
    if (k === j || !tokens[k]?.word || tokens[k].cap || !ADJECTIVE_END.test(tokens[k].lower)) return end;
    j = k + 1;
    end = j;
  }
}

const relativeClauseEnd: MatchRule = defineRule({
  id: 'trigger/relative-clause-end', stage: 'trigger',
  reason: '"The proposal that Paris drafted was sent to Chisinau", "the statement which Ankara issued was brief": a verb that ends a relative clause on a document (an auxiliary follows it at once) says who wrote the document, which the document rules take as its authors; what follows is the main clause\'s predicate, not its content.',
  apply(t, { doc, s }) {
    if (t.nominal || !doc.index.words(this.id, 'auxiliaries').has(lowerAt(doc, t.end))) return;
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 4); j--) {
      const w = lowerAt(doc, j);
      if (w !== 'that' && w !== 'which') continue;
      // Only on a document noun: the clause says who wrote it (discourse/documents takes its authors from it).
      // On a stance noun ("the truce which Baku rejected") the clause is a stance on that noun.
      const head = lowerAt(doc, j - 1 - (doc.tokens[j - 1]?.text === ',' ? 1 : 0));
      const docs = 'discourse/documents';
      if (doc.index.words(docs, 'plans').has(head) || doc.index.words(docs, 'generic').has(head) || doc.index.words(docs, 'statements').has(head)) return { drop: `ends a relative clause on a document ("${doc.tokens[j].text} … ${doc.tokens[t.start].text}")` };
      return;
    }
  },
});

const nobodySubject: MatchRule = defineRule({
  id: 'trigger/nobody-subject', stage: 'trigger',
  reason: '"Nobody asked anybody to cede territory", "No one has proposed a freeze": a stance whose subject is nobody is denied, held by no one; the speaker\'s own position is not stated by it.',
  apply(t, { doc, s }) {
    if (t.nominal) return;
    const words = doc.index.words(this.id, 'subjects');
    const aux = doc.index.words(this.id, 'auxiliaries');
    let j = t.start - 1;
    while (j > s.tStart && aux.has(lowerAt(doc, j))) j--;
    const w = lowerAt(doc, j);
    if (words.has(w) || (w === 'one' && lowerAt(doc, j - 1) === 'no')) return { drop: `denied: its subject is "${doc.tokens[j].text}"` };
  },
});

const predicateNoun: MatchRule = defineRule({
  id: 'trigger/predicate-noun', stage: 'trigger',
  reason: '"Armenia\'s withdrawal from the CSTO is one of Baku\'s main demands", "Neutrality remained a key Russian condition": a party\'s stance noun as the predicate of a copula states that party\'s stance on the subject before the copula, not on what follows the noun.',
  apply(t, { doc, s }) {
    // ("was a condition for resuming talks": a cue phrase that takes its noun's "for"; what follows it is what the
    // condition is set for, 'forNouns'.)
    // (Past a closing quote mark: 'was "an important condition" for Russia'.)
    const nounAt = /^["“”']$/.test(doc.tokens[t.end - 2]?.text ?? '') ? t.end - 3 : t.end - 2;
    const forNoun = t.object === 'after' && t.end - t.start >= 2 && lowerAt(doc, t.end - 1) === 'for' && doc.index.words(this.id, 'forNouns').has(lowerAt(doc, nounAt));
    if (t.object !== 'after' || (!forNoun && !t.nominal && !/s$/.test(lowerAt(doc, t.end - 1)) && !doc.index.words(this.id, 'nouns').has(lowerAt(doc, t.end - 1)))) return;
    // Nothing of the clause after the noun ("… is one of Baku's demands." / "…, officials said").
    if (!forNoun && doc.tokens[t.end]?.word && !doc.index.words('speech-verbs').has(lowerAt(doc, t.end + 1)) && lowerAt(doc, t.end) !== 'for') return;
    const copulas = doc.index.words(this.id, 'copulas');
    const skips = doc.index.words(this.id, 'skips');
    for (let j = t.start - 1; j >= Math.max(s.tStart + 1, t.start - 8); j--) {
      const w = lowerAt(doc, j);
      if (copulas.has(w)) { t.object = 'before'; t.rule += PREDICATE_NOUN; return { change: `the predicate of "${doc.tokens[j].text}": its subject is the content` }; }
      // (Quote marks too: 'was "the key condition"'.)
      // (And an intensifier in -ly: "an absolutely essential condition".)
      if (skips.has(w) || doc.tokens[j].cap || w === "'" || w === 's' || w === '"' || w === '“' || w === '”' || /^[a-z]{3,}ly$/.test(w)) continue;
      return;
    }
  },
});

const designationNeedsVerb: MatchRule = defineRule({
  id: 'trigger/designation-needs-verb', stage: 'trigger',
  reason: '"any Kosovo police deployed in the north would be treated as a party to the conflict", "Baku will regard ships bound for Armenian ports as military targets", "would be considered an act of aggression": a hostile designation (cues.json designation-threat) threatens only as what something is regarded, treated, considered, declared or would be; "the parties to the conflict met in Jeddah", "struck military targets near Kharkiv" designate nothing.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'designation-threat') return;
    const skips = doc.index.words(this.id, 'skips');
    let j = t.start - 1;
    // (Past quote marks and modifiers: 'would be regarded as "potential military targets"'.)
    while (j > s.tStart && (skips.has(lowerAt(doc, j)) || /^["“”'‘’]$/.test(doc.tokens[j].text))) j--;
    if (j > s.tStart && doc.index.words(this.id, 'verbs').has(lowerAt(doc, j))) return;
    return { drop: `no verb of designating before it ("${doc.tokens[j]?.text ?? ''} ${doc.tokens[t.start].text}")` };
  },
});

const consideredObject: MatchRule = defineRule({
  id: 'trigger/considered-object', stage: 'trigger',
  reason: '"has never considered giving up Kharkiv", "did not even consider the idea of talks" rule out what is considered; "did not consider the strike a violation of the truce" is a judgement of the strike (a verb of regarding with two objects), no refusal. A negated verb of considering (cues.json not-consider) refuses only a gerund or an idea, proposal or option right after it.',
  apply(t, { doc }) {
    if (t.cue?.id !== 'not-consider' || !/^consider/.test(lowerAt(doc, t.end - 1))) return;
    const next = lowerAt(doc, t.end);
    if (next.endsWith('ing')) return;
    const nouns = doc.index.words(this.id, 'nouns');
    for (let j = t.end; j < t.end + 4; j++) if (nouns.has(lowerAt(doc, j))) return;
    return { drop: `a judgement: "${doc.tokens[t.end - 1].text} ${doc.tokens[t.end]?.text ?? ''} …" names no gerund or idea considered` };
  },
});

const extraposedPredicate: MatchRule = defineRule({
  id: 'trigger/extraposed-predicate', stage: 'trigger',
  reason: '"It is out of the question that our troops leave Pokrovsk", "Baku considers it unacceptable that foreign troops be deployed", "it would be impossible to hold elections under martial law": a predicate whose subject is a dummy "it" judges the clause after it ("that", "to", "for … to", "if"), which is its content and holds the stance words inside it ("it was out of the question that Russia would withdraw" is one refusal, no offer).',
  apply(t, { doc, s }) {
    if (t.object !== 'before' || !t.cue) return;
    if (!doc.index.words(this.id, 'complementizers').has(lowerAt(doc, t.end))) return;
    const skips = doc.index.words(this.id, 'skips');
    let j = t.start - 1;
    while (j > s.tStart && (skips.has(lowerAt(doc, j)) || /ly$/.test(lowerAt(doc, j)))) j--;
    if (j < s.tStart || lowerAt(doc, j) !== 'it') return;
    // ("the system and any crews accompanying it would be a legitimate target for the Russian military": an "it"
    // right after a participle or a preposition is an object, no dummy subject; and "for" opens the judged clause only
    // with its "to": "it is vital for Yerevan to sign", not "a target for the army".)
    const prev = j > s.tStart ? lowerAt(doc, j - 1) : '';
    if (/[a-z]{3,}ing$/.test(prev) || doc.index.words(this.id, 'objectPrepositions').has(prev)) return;
    if (lowerAt(doc, t.end) === 'for') {
      let to = false;
      for (let q = t.end + 1; q < Math.min(t.end + 7, s.tEnd) && !to; q++) to = lowerAt(doc, q) === 'to';
      if (!to) return;
    }
    // ("it is impossible to predict how many people would die": what cannot be known is no stance.)
    if (lowerAt(doc, t.end) === 'to' && doc.index.words(this.id, 'knowingVerbs').has(lowerAt(doc, t.end + 1))) return { drop: `a judgement of knowledge: "${doc.tokens[t.start].text} to ${doc.tokens[t.end + 1].text}"` };
    t.object = 'after'; t.complement = true; t.extraposed = true;
    return { change: `a dummy subject: "${doc.tokens[j].text} … ${doc.tokens[t.start].text} ${doc.tokens[t.end].text}" judges what follows` };
  },
});

const madeFormNoun: MatchRule = defineRule({
  id: 'trigger/made-form-noun', stage: 'trigger',
  reason: '"more specific outlines of what it might take", "the champions of dialogue", "a pledge not to": a cue phrase made in another form of its verb (discourse/cue-verb-forms) that a listed word follows ("of") or a determiner precedes is the noun or adjective of the same spelling, not the verb; the phrases as written keep their own rules.',
  apply(t, { doc }) {
    if (!t.cue?.madeForm) return;
    // (The word after the verb: "raises the possibility of" is the verb.)
    if (doc.index.words(this.id, 'after').has(lowerAt(doc, t.start + 1))) return { drop: `a noun: "${doc.tokens[t.start].text} ${doc.tokens[t.start + 1].text}"` };
    if (doc.index.words(this.id, 'before').has(lowerAt(doc, t.start - 1))) return { drop: `a noun or adjective: "${doc.tokens[t.start - 1].text} ${doc.tokens[t.start].text}"` };
  },
});

const documentParticiple: MatchRule = defineRule({
  id: 'trigger/document-participle', stage: 'trigger',
  reason: '"provided Kyiv with a memorandum outlining its conditions", "a plan setting out the stages": a participle made in another form of its verb (discourse/cue-verb-forms) right after a document noun says what the document holds; its holder is the document\'s author, not the party nearest before it (the recipient), so it is no stance of its own.',
  apply(t, { doc, s }) {
    if (!t.cue?.madeForm || !lowerAt(doc, t.start).endsWith('ing')) return;
    let b = t.start - 1;
    // (Past a closing quote or a comma: 'a "peace memorandum" outlining', 'the memorandum, outlining'.)
    if (b > s.tStart && !doc.tokens[b].word && /^["“”'’,]$/.test(doc.tokens[b].text)) b--;
    const w = lowerAt(doc, b);
    const docs = 'discourse/documents';
    if (doc.index.words(docs, 'plans').has(w) || doc.index.words(docs, 'statements').has(w) || doc.index.words(docs, 'generic').has(w)) return { drop: `says what the ${w} holds` };
  },
});

const votedText: MatchRule = defineRule({
  id: 'trigger/voted-text', stage: 'trigger',
  reason: '"Kazakhstan abstained in a vote on a resolution calling for Armenia to withdraw", "Chile, which voted for resolutions calling for Serbia to withdraw", "China vetoed a British resolution condemning the referendums": a participle of a stance right after a noun of a text put to a vote (\'nouns\') says what the text holds; the party that votes on it, abstains or vetoes it is no author, and the nearest subject does not hold it. Only when no verb of producing the text (discourse/documents \'producers\': "tabled", "drafted", "submitted") stands in the six words before the noun: "Ukraine tabled a resolution calling for a ceasefire" is Ukraine\'s demand.',
  apply(t, { doc, s }) {
    if (!lowerAt(doc, t.start).endsWith('ing')) return;
    const b = t.start - 1;
    if (b < s.tStart || !doc.index.words(this.id, 'nouns').has(lowerAt(doc, b))) return;
    const producers = doc.index.words('discourse/documents', 'producers');
    for (let j = b - 1; j >= Math.max(s.tStart, b - 6); j--) if (producers.has(lowerAt(doc, j))) return;
    return { drop: `what the ${lowerAt(doc, b)} put to a vote holds, no stance of its voters` };
  },
});

const madeFormPassive: MatchRule = defineRule({
  id: 'trigger/made-form-passive', stage: 'trigger',
  reason: '"Armenia was given the green light to buy air defence systems": a participle made in another form of its verb (discourse/cue-verb-forms) after a passive auxiliary has the one who receives the stance as its subject; with no "by" agent right after it, no holder is named.',
  apply(t, { doc }) {
    if (!t.cue?.madeForm || lowerAt(doc, t.start).endsWith('ing')) return;
    if (!doc.index.words(this.id, 'auxiliaries').has(lowerAt(doc, t.start - 1)) || lowerAt(doc, t.end) === 'by') return;
    return { drop: `passive: "${doc.tokens[t.start - 1].text} ${doc.tokens[t.start].text}"` };
  },
});

const attributedDocument: MatchRule = defineRule({
  id: 'trigger/attribution-noun', stage: 'trigger',
  reason: '"…, according to Russia\'s proposals (memorandum) on resolving the crisis", "according to the Azerbaijani plan, …": a stance noun after "according to" names where the sentence\'s stances are written (their holder: holder/under-document), not another stance of its own.',
  apply(t, { doc, s }) {
    // (Nouns made from verb cues count: "proposals" is the cue "propose" in another form.)
    // Back past a determiner, a possessor ("Russia's", "the Russian") and a modifier or two, to "according to".
    for (let j = t.start - 1; j >= Math.max(s.tStart + 1, t.start - 5); j--) {
      if (lowerAt(doc, j) === 'to' && lowerAt(doc, j - 1) === 'according') return { drop: `the source of the sentence's stances: "according to … ${doc.tokens[t.start].text}"` };
      if (!doc.tokens[j].word && doc.tokens[j].text !== "'" && doc.tokens[j].text !== '’' && doc.tokens[j].text !== '-') return;
    }
  },
});

const accusation: MatchRule = defineRule({
  id: 'trigger/accusation', stage: 'trigger',
  reason: '"Trump accused Zelensky of resisting the American-backed plan", "Baku blamed Yerevan for rejecting the talks": what one party accuses another of is an allegation, neither the accused\'s stated stance nor the accuser\'s.',
  apply(t, { doc, s }) {
    if (!lowerAt(doc, t.start).endsWith('ing')) return;
    const prep = lowerAt(doc, t.start - 1);
    if (prep !== 'of' && prep !== 'for') return;
    const verbs = doc.index.words(this.id, 'verbs');
    // The accused between the verb and "of": a name or a short noun phrase ("accused the Kremlin of").
    for (let j = t.start - 2; j >= Math.max(s.tStart, t.start - 6); j--) if (verbs.has(lowerAt(doc, j))) return { drop: `an accusation: "${doc.tokens[j].text} … ${doc.tokens[t.start - 1].text}"` };
  },
});

const criticsClaim: MatchRule = defineRule({
  id: 'trigger/critics-claim', stage: 'trigger',
  reason: '"Critics say Belgrade is asking Kosovo to give up the north", "Opponents claim Baku wants a corridor": a stance that critics, opponents or sceptics attribute to a party is their charge against it, not its stated position (as an accusation, trigger/accusation); the party\'s own words, if any, come elsewhere.',
  apply(t, { doc, s }) {
    const critics = doc.index.words(this.id, 'critics');
    // The sentence opens with the critics ("Critics say", "Some critics have argued", "Its critics claim").
    let j = s.tStart;
    while (j < s.tStart + 2 && doc.index.words(this.id, 'determiners').has(lowerAt(doc, j))) j++;
    if (!critics.has(lowerAt(doc, j)) || t.start <= j + 1) return;
    let v = j + 1;
    while (v < j + 3 && (lowerAt(doc, v) === 'have' || lowerAt(doc, v) === 'had')) v++;
    if (!doc.index.words(this.id, 'verbs').has(lowerAt(doc, v))) return;
    return { drop: `a charge by "${doc.tokens[j].text}", not the party's stated stance` };
  },
});

export const MATCH_RULES: MatchRule[] = [keyIssueQuestion, fixedPhrase, asPartyStance, conditionOfWhat, qualifyingPrecondition, needsNounObject, designationNeedsVerb, negativeObject, extraposedPredicate, consideredObject, madeFormNoun, attributedDocument, accusation, criticsClaim, madeFormPassive, documentParticiple, votedText, negatedClassification, predicateNoun, declinedAttendance, nobodySubject, relativeClauseEnd, suggestImplies, attributive, anonymity, passiveParticiple, unrealisedPassive, passivePromise, nounModifier, receivesPerson, gerundPurpose, wantNeedsAct, askedMeeting, conditionalMeeting, conditionalInversion, favouredParty, brokeOffToConsult, calledOffObject, committedPrinciple, boastedEnding, badFaithPurpose, planRequirement, documentRequirement, durationNotObject, referenceBack, discussedNoun, noComment, denial, offerInformation, signedDecree, timedSigning, stoodByOwnStance, noneReached, reachedTime, participleModifier, phrasalParticle, needsPartyObject, needsStanceObject, raisedTerm, promotionVerb, askedPassive, askedOfOthers, condemnedEvent, goalSchedule, imputedMotive, unspokenGoal, negatedItemPhrase, callOnDate, offeredNoun, declinedObject, groundedStep, decidedStep, habitualModal, comingBenefit, comingHarm, continuedEffort];

// ---------------------------------------------------------------------------------------------
// Generators.

const cueGenerator = defineRule({
  id: 'candidate/cue', stage: 'candidate',
  reason: 'A cue phrase of cues.json (a stance word of a claim type) starts a candidate.',
});

const verbReading = defineRule({
  id: 'candidate/verb-reading', stage: 'candidate',
  reason: 'A phrase that is both a stance noun and a stance verb ("push for") is the verb right after a modal, "to" or a subject pronoun ("Canada would push for tougher sanctions", "decided to push for a truce"): a noun there would have no determiner or possessor, and the noun\'s holder rule finds none.',
});

/** The cue a match stands for: its first entry, or its verb after a modal, "to" or a pronoun when it lists a noun first. */
function cueOf(doc: Doc, m: { start: number; values: CueEntry[] }): CueEntry {
  const first = m.values[0];
  if (!first.nominal || m.values.length < 2) return first;
  const verb = m.values.find((v) => !v.nominal);
  return verb && doc.index.words(verbReading.id, 'verbBefore').has(lowerAt(doc, m.start - 1)) ? verb : first;
}

function cueCandidates(ctx: SentenceCtx): Trigger[] {
  const { doc, s } = ctx;
  const out: Trigger[] = [];
  for (const m of doc.cuesBySentence.get(s.index) ?? []) {
    const cue = cueOf(doc, m);
    const t: Trigger = {
      start: m.start, end: m.end, type: cue.type, cue, rule: `cue:${cue.id}`, negated: false,
      nominal: !!cue.nominal, complement: !!cue.complement, modal: !!cue.modal, object: cue.object ?? 'after',
      needsIssue: cue.needsIssue, modality: 'asserted', defaultIssue: cue.defaultIssue,
      exchange: cueFlags(cue).exchange && doc.index.words(cueGenerator.id, 'exchange').has(lowerAt(doc, m.start + 1)) && lowerAt(doc, m.start) === 'in' && (m.end - m.start === 3),
    };
    emit(ctx, cueGenerator.id, 'found', t, cue.id);
    if (runRules(MATCH_RULES, t, ctx)) out.push(t);
  }
  return out;
}

interface GapVerb { id: string; type: ClaimType; preps: string[] ; /** Also a plural noun ("calls"): not after 'nounFormBefore', nor with an infinitive in its gap. */ nounForm?: boolean; /** The verb addresses a party, named right after it ("told Putin to stop …"). */ party?: boolean; /** An adjective ("ready"): after "is" it is no passive. */ adjective?: boolean; /** The gap must set a time limit, one of 'deadlineWords' ("gave Putin 50 days to …"). */ deadline?: boolean }
const gapVerbs = defineRule({
  id: 'candidate/gap-verb', stage: 'candidate',
  reason: 'A stance verb with a few words before its preposition: "agreed in Jeddah to the proposal", "asked in Anchorage for …", "called on Tuesday for talks". The verbs and their prepositions are data.',
});

// A Map, not the data object: any token is looked up ("constructor" must not find Object.prototype's).
const gapMaps = new WeakMap<object, Map<string, GapVerb>>();
function gapVerbMap(doc: Doc): Map<string, GapVerb> {
  const data = doc.index.vocab.rules[gapVerbs.id].verbs as unknown as Record<string, GapVerb>;
  let m = gapMaps.get(data);
  if (!m) { m = new Map(Object.entries(data)); gapMaps.set(data, m); }
  return m;
}

/** The gap verbs as a word class: a sentence with none is not scanned, and a token not in it is not looked up (speed, issue 7). */
const GAP_VERB = defineWordClass('gap verbs', (index) => Object.keys(index.vocab.rules[gapVerbs.id].verbs as unknown as Record<string, GapVerb>));

function gapCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  if ((s.classes & GAP_VERB.bit) === 0) return;
  const { tokens } = doc;
  const verbs = gapVerbMap(doc);
  for (let i = s.tStart; i < s.tEnd; i++) {
    if (!inClass(tokens[i], GAP_VERB)) continue;
    const gap = verbs.get(tokens[i].lower);
    if (!gap || raw.some((r) => r.start <= i && i < r.end)) continue;
    // "an agreed plan to …", "the called-for talks": after an article the participle describes a noun.
    if (['a', 'an', 'the', 'this', 'that', 'its', 'their'].includes(tokens[i - 1]?.lower ?? '')) continue;
    // "Kyiv was invited by Ankara to …", "was asked by reporters to …": the passive's subject takes no stance.
    // (Not a progressive: "Armenia is asking France for …".)
    if (!gap.adjective && ['was', 'were', 'been', 'is', 'are', 'be', 'being'].includes(tokens[i - 1]?.lower ?? '') && !tokens[i].lower.endsWith('ing')) continue;
    // ("said of calls to trade land for peace", "amid calls from Kyiv for …": a verb that is also a plural noun is the
    // noun after a preposition or determiner, rules.json 'nounFormBefore'.)
    if (gap.nounForm && doc.index.words(gapVerbs.id, 'nounFormBefore').has(tokens[i - 1]?.lower ?? '')) continue;
    // ("told Putin to stop bombing Odesa"; not "told reporters to expect a deal".)
    if (gap.party && !(doc.actorsBySentence.get(s.index) ?? []).some((a) => (a.start === i + 1 || (a.start === i + 2 && tokens[i + 1].lower === 'the')) && !a.possessive)) continue;
    // (The parties addressed do not count in the gap: "asking U.S. and European allies for long-range missiles".)
    const mentions = doc.actorsBySentence.get(s.index) ?? [];
    const inParty = (k: number) => mentions.some((a) => a.start <= k && k < a.end && !a.possessive);
    let free = 0;
    let found = false;
    for (let j = i + 1; j <= Math.min(i + 12, s.tEnd - 1); j++) {
      if (!gap.preps.includes(tokens[j].lower) || j < i + 2) {
        if (!inParty(j) && !(tokens[j].lower === 'and' && inParty(j - 1) && inParty(j + 1))) free++;
        if (free > 3) break;
        continue;
      }
      // (Nor across "that", which opens what is said: "told us that they are ready to send forces" reports an offer.)
      if (tokens.slice(i + 1, j).some((x, k) => (!x.word && x.text !== "'" && !inParty(i + 1 + k)) || x.lower === 'not' || x.lower === 'that')) break;
      // ("calls to trade land for peace": an infinitive in the gap makes a plural noun of a 'nounForm' verb.)
      if (gap.nounForm && tokens.slice(i + 1, j).some((x) => x.lower === 'to')) break;
      // (Nor across a verb of a clause of its own: "told us they are ready to come back" reports an offer too.)
      if (tokens.slice(i + 1, j).some((x) => doc.index.words(gapVerbs.id, 'clauseVerbs').has(x.lower))) break;
      // ("gave Putin 50 days to agree to a ceasefire", "gives Kyiv until Thursday to accept": a time limit set for an act is
      // an ultimatum, a demand of it; "gave Ukraine $60 billion to buy arms" sets none.)
      if (gap.deadline && !tokens.slice(i + 1, j).some((x) => doc.index.words(gapVerbs.id, 'deadlineWords').has(x.lower))) break;
      // (Nor a "for" of a stance noun right before it: "called the Armenian proposal for a mission 'a non-starter'"
      // names the proposal, calls for nothing; 'nounPreps'. A "to" stays the verb's: "agreed a compromise plan to
      // block …" still accepts the plan.)
      if (tokens[j].lower === 'for' && doc.index.words(gapVerbs.id, 'nounPreps').has(tokens[j - 1].lower)) break;
      let type = gap.type;
      // "Russia has agreed only to a one-day ceasefire": accepting only less than was asked offers that much;
      // "would agree only to …" sets the terms, a demand.
      const only = type === 'ACCEPT' && tokens.slice(i + 1, j).some((x) => doc.index.words(gapVerbs.id, 'restrictive').has(x.lower));
      if (only) type = doc.index.set.modals.has(tokens[i - 1]?.lower ?? '') ? 'DEMAND' : 'OFFER';
      const t: Trigger = { start: i, end: j + 1, type, cue: { id: gap.id, type, phrases: [`${tokens[i].lower} … ${tokens[j].lower}`], reason: gapVerbs.reason, complement: type === 'DEMAND' }, rule: `cue:${gap.id}-gap`, negated: false, nominal: false, complement: type === 'DEMAND', modal: false, object: 'after', modality: 'asserted', exchange: false };
      emit(ctx, gapVerbs.id, 'found', t, only ? `${gap.id}, only: ${type}` : gap.id);
      if (runRules([nobodySubject], t, ctx)) raw.push(t);
      found = true;
      break;
    }
    // A longer adjunct between the verb and its preposition: a comma parenthesis or a phrase of occasion, place or
    // time ("stands ready, together with France, to deploy …", "agreed in his call with Trump to halt …"; adjunct-gap.ts).
    if (found || gap.party || gap.deadline) continue;
    const adj = adjunctGap(doc, s, i, gap.preps);
    if (!adj) continue;
    const j = adj.prep;
    const t: Trigger = { start: i, end: j + 1, type: gap.type, cue: { id: gap.id, type: gap.type, phrases: [`${tokens[i].lower} … ${tokens[j].lower}`], reason: gapVerbs.reason, complement: gap.type === 'DEMAND' }, rule: `cue:${gap.id}-gap`, negated: false, nominal: false, complement: gap.type === 'DEMAND', modal: false, object: 'after', modality: 'asserted', exchange: false, adjunctEnd: j };
    emit(ctx, gapVerbs.id, 'found', t, `${gap.id}, past an adjunct ${adj.kind}`);
    if (runRules([nobodySubject], t, ctx)) raw.push(t);
  }
}

const modalParenthesis = defineRule({
  id: 'candidate/modal-parenthesis', stage: 'candidate',
  reason: '"Russia, he said, would consider refraining from strikes", "Serbia, Vucic insisted on Monday, will not recognise Kosovo": a parenthesis of saying set off by commas between a party and its modal leaves the party the modal\'s subject (the words: verbs of saying, from speech-verbs, and the short adjuncts of time in the list here).',
});

/**
 * The first token of a parenthesis of saying (", he said,", ", Vucic insisted on Monday,") whose closing comma is
 * at `close`, or `close + 1` when none ends there.
 */
function parenthesisStart(doc: Doc, s: Sentence, close: number, adjuncts: Set<string>): number {
  const { tokens } = doc;
  const speech = doc.index.words('speech-verbs');
  let said = false;
  for (let k = close - 1; k > s.tStart && close - k <= 7; k--) {
    const x = tokens[k];
    if (x.text === ',') return said && close - k >= 3 ? k : close + 1;
    if (!x.word) return close + 1;
    if (speech.has(x.lower)) said = true;
    else if (!x.cap && !adjuncts.has(x.lower) && !said) return close + 1;
  }
  return close + 1;
}

const modalApposition = defineRule({
  id: 'candidate/modal-apposition', stage: 'candidate',
  reason: '"Malta, as a neutral state under its constitution, would not take part in any military mission", "Austria, a neutral country, would not send troops", "Turkey, the host of the talks, would offer Istanbul again": an apposition set off by commas between a party and its modal (opened by "as" or a determiner, rules.json \'openers\', with no verb of saying, no modal and no further comma in it, up to twelve words) describes the party, which stays the modal\'s subject, as a parenthesis of saying does (candidate/modal-parenthesis).',
});

/** The comma that opens an apposition closed by the comma at `close` ("Malta, as a neutral state, would …"), else
 * close + 1: rules.json candidate/modal-apposition 'openers' right after it, no verb of saying, modal or quote mark
 * before `close`, at most twelve words, and a party (not a possessive) right before it. */
function appositionStart(doc: Doc, s: Sentence, close: number): number {
  const { tokens } = doc;
  const speech = doc.index.words('speech-verbs');
  const openers = doc.index.words(modalApposition.id, 'openers');
  for (let k = close - 1; k > s.tStart && close - k <= 13; k--) {
    const x = tokens[k];
    if (x.text === ',') {
      if (!openers.has(tokens[k + 1]?.lower ?? '') || close - k < 3) return close + 1;
      const party = (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.end === k && !a.possessive && a.codes.length > 0);
      return party ? k : close + 1;
    }
    if (!x.word || speech.has(x.lower) || inClass(x, MODAL)) return close + 1;
  }
  return close + 1;
}

const modalOffer = defineRule({
  id: 'candidate/modal', stage: 'candidate',
  reason: 'A party as the subject of a modal and a concession verb offers ("Russia would freeze", "he could withdraw"); a negated modal refuses whatever the verb ("would not sign away"), and refusing one\'s own acquisitive act is an offer (spec rule 7); weighing an act of its own ("would consider refraining from strikes", \'weighingVerbs\' + a gerund) offers it. Passives ("cannot be trusted") describe. Inside another speaker\'s quote a third party\'s "will not" is that speaker\'s opinion.',
});

/** A modal and a harmful step ("will impose tariffs", "would capture more territory"): a threat on the step's issue. */
function modalThreat(modal: number, verb: number, issue: string, possible: boolean): Trigger {
  return { start: modal, end: verb + 1, type: 'THREATEN', cue: null, rule: 'modal-threat', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: possible ? 'possible' : 'asserted', exchange: false, defaultIssue: issue };
}

/**
 * "the status of Crimea would not be discussed", "the occupied land will never be recognised": a modal, a
 * negation, "be" and a verb of negotiating or conceding refuse the subject, on the speaker's word (whatever
 * the subject: a place, an issue, a party).
 */
/** A word of condition ('refusedPassivesConditions') after `from` in its clause: "would not be deployed without a vote". */
function conditionFollows(doc: Doc, s: Sentence, from: number): boolean {
  const words = doc.index.words(modalOffer.id, 'refusedPassivesConditions');
  for (let k = from; k < s.tEnd; k++) {
    const x = doc.tokens[k];
    if (x.text === ',' || x.text === ';' || x.text === ':') return false;
    if (words.has(x.lower)) return true;
  }
  return false;
}

/** Some issue term or place in the few words before `i`, back to a clause boundary ("borders" in "that borders must not …"). */
function subjectNamesIssue(doc: Doc, s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.tStart, i - 6); k--) {
    const x = doc.tokens[k];
    if (x.text === ',' || x.text === ';' || x.lower === 'that') return false;
    if (doc.placeAt.has(k) || doc.issueAt.get(k)?.values.some((v) => v.issue !== '_noise' && !v.weak)) return true;
  }
  return false;
}

function refusedPassiveCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  const { tokens, index } = doc;
  const verbs = index.words(modalOffer.id, 'refusedPassives'), unconditioned = index.words(modalOffer.id, 'refusedPassivesUnconditioned');
  for (let i = s.tStart; i < s.tEnd - 3; i++) {
    // (A deontic too: "borders must not be changed by force", "the status of Crimea should not be discussed".)
    if (!inClass(tokens[i], MODAL) && tokens[i].lower !== 'cannot' && tokens[i].lower !== 'must' && tokens[i].lower !== 'should') continue;
    let j = i + 1;
    let negated = tokens[i].lower === 'cannot';
    // (A quote mark may open after the modal: 'the choice of the people of the four regions would "not be discussed"'.)
    while (j < s.tEnd && j - i <= 4 && (tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === 'be' || tokens[j].text === "'" || tokens[j].lower === 't' || ((tokens[j].text === '"' || tokens[j].text === '\u201c') && j === i + 1))) {
      if (tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === 't') negated = true;
      j++;
    }
    if (!negated || tokens[j - 1]?.lower !== 'be') continue;
    // ("the Azov fighters should not be exchanged", "Western troops must not be deployed": verbs of giving, moving or
    // allowing refuse their subject too, unless a condition follows in the clause: "British troops would not be
    // deployed without a vote in parliament" sets the terms of a plan.)
    if (!verbs.has(tokens[j]?.lower ?? '') && !(unconditioned.has(tokens[j]?.lower ?? '') && !conditionFollows(doc, s, j + 1))) continue;
    if (raw.some((r) => r.start <= j && j < r.end)) continue;
    // ("this war cannot be considered truly over": a judgement of its subject, not a refusal to discuss it.)
    let k = j + 1;
    while (k < s.tEnd && index.words(modalOffer.id, 'judgementAdverbs').has(tokens[k].lower)) k++;
    // ("the policemen should not be handed over": "over" is the verb's particle, not a judgement.)
    const particle = tokens[k]?.lower === 'over' && index.words(modalOffer.id, 'refusedPassivesParticle').has(tokens[j].lower);
    if (k > j + 1 || (!particle && index.words(modalOffer.id, 'judgementWords').has(tokens[k]?.lower ?? ''))) continue;
    // ("Russia will not be allowed to carve up the country": what is not allowed follows.)
    const after = index.words(modalOffer.id, 'refusedPassivesAfter').has(tokens[j].lower);
    // (A deontic refuses its subject only when the subject names an issue, "borders must not be changed"; else its
    // own cue reads what follows: "Kosovo's status should not be discussed without Pristina".)
    if ((tokens[i].lower === 'must' || tokens[i].lower === 'should') && !after && !subjectNamesIssue(doc, s, i)) continue;
    // (Its holder is the speaker, never the subject: a deontic's holder rule, holder/deontic-speaker.)
    const t: Trigger = { start: i, end: j + 1, type: 'REJECT', cue: null, rule: 'modal-not-passive', negated: true, nominal: false, complement: false, modal: after, object: after ? 'after' : 'before', modality: 'asserted', exchange: false };
    emit(ctx, modalOffer.id, 'found', t, 'negated passive: the subject is refused');
    // ("borders must not be changed": the deontic's own cue "must not" would read its object after the verb; the
    // passive's subject is what is refused.)
    for (let r = raw.length - 1; r >= 0; r--) if (raw[r].cue?.id === 'should-not' && raw[r].start >= i && raw[r].start <= j) raw.splice(r, 1);
    raw.push(t);
  }
}

/** "an ideal host", "a guarantor", "the natural venue", "among the guarantors" after "be" (or "act as"): the role's end and its issue, else null. */
function offeredRoleAt(doc: Doc, s: Sentence, from: number): { end: number; issue: string } | null {
  const { tokens } = doc;
  const roles = doc.index.vocab.rules[modalOffer.id].offeredRoles as unknown as Record<string, string>;
  let k = from;
  while (k < s.tEnd && (tokens[k].text === '"' || tokens[k].text === '“' || tokens[k].text === "'")) k++;
  // "could be among the guarantor states", "would be one of the guarantors": a role shared with others.
  if (tokens[k]?.lower === 'among') k++;
  else if (tokens[k]?.lower === 'one' && tokens[k + 1]?.lower === 'of') k += 2;
  // ("could act as guarantor": after "as" the role may stand bare.)
  if (tokens[k - 1]?.lower === 'as' && Object.prototype.hasOwnProperty.call(roles, tokens[k]?.lower ?? '')) return { end: k + 1, issue: roles[tokens[k].lower] };
  if (!['a', 'an', 'the', 'one'].includes(tokens[k]?.lower ?? '')) return null;
  k++;
  // (Up to two modifiers: "an ideal host", "a natural and neutral venue", "one of the guarantors" is not read.)
  // (A scare quote inside the phrase is no break: 'would be an "ideal host" for talks'.)
  for (let m = 0; m < 3 && k < s.tEnd; m++, k++) {
    while (k < s.tEnd && (tokens[k].text === '"' || tokens[k].text === '“' || tokens[k].text === '”')) k++;
    const w = tokens[k]?.lower ?? '';
    if (Object.prototype.hasOwnProperty.call(roles, w)) return { end: tokens[k + 1]?.text === '"' || tokens[k + 1]?.text === '”' ? k + 2 : k + 1, issue: roles[w] };
    if (!tokens[k] || !tokens[k].word || tokens[k].cap) return null;
  }
  return null;
}

const coordinatedModal = defineRule({
  id: 'candidate/coordinated-modal', stage: 'candidate',
  reason: '"Putin said he would order a ceasefire and begin negotiations as soon as …", "Baku would release the detainees and reopen the road": a second verb joined by "and" under the same affirmative modal is an offer of its own, when it is a verb of conceding (cues.json modalOffer verbs) or a verb of starting talks before a talks noun (\'startVerbs\' + \'talksNouns\'); the first verb\'s cue does not reach it.',
});

/** "would X … and VERB": a coordinated verb under the modal, with no clause boundary or negation between. */
function coordinatedModalCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  // (A sentence with no modal has nothing to coordinate under one: one bit test, not a scan for "and".)
  if ((s.classes & MODAL.bit) === 0) return;
  const { tokens, index } = doc;
  const w = (list: string) => index.words(coordinatedModal.id, list);
  for (let a = s.tStart + 2; a < s.tEnd - 1; a++) {
    if (tokens[a].lower !== 'and') continue;
    const v = a + 1;
    const verb = tokens[v].lower;
    const starts = w('startVerbs').has(verb) && [v + 1, v + 2].some((k) => w('talksNouns').has(tokens[k]?.lower ?? ''));
    if (!starts && !index.set.concessionVerbs.has(verb)) continue;
    if (raw.some((r) => r.start <= v && v < r.end)) continue;
    // The modal of the first verb, at most ten words back, its clause unbroken and not negated.
    let modal = -1;
    for (let k = a - 1; k >= Math.max(s.tStart, a - 10); k--) {
      const x = tokens[k];
      if (!x.word || w('boundaries').has(x.lower) || x.lower === 'not' || x.lower === 'never' || x.lower === 't') break;
      if (inClass(x, MODAL)) { modal = k; break; }
    }
    if (modal < 0 || index.words('trigger/modality', 'possible').has(tokens[modal].lower)) continue;
    // (The first verb is a stance of the modal's: a candidate must start between the modal and "and".)
    if (!raw.some((r) => r.start >= modal && r.start < a && r.type !== 'THREATEN' && !r.negated)) continue;
    const t: Trigger = { start: v, end: v + 1, type: 'OFFER', cue: null, rule: 'modal-offer', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false };
    emit(ctx, coordinatedModal.id, 'found', t, `"and ${tokens[v].text}" under "${tokens[modal].text}"`);
    raw.push(t);
  }
}

const modalSharedSubject = defineRule({
  id: 'candidate/modal-shared-subject', stage: 'candidate',
  reason: 'A modal right after "and"/"but" takes the subject of the first predicate, the nearest party at most eight words before it ("Russia has never discussed and will not discuss …"); quote marks are no words: "Pashinyan said Armenia was \'ready to sign the peace treaty tomorrow\' but would not \'cede a single village\'" quotes fragments of a predicate of the same length as its unquoted form, and refuses the village as the unquoted form does. A party after a preposition (\'prepositions\') is no subject: "Serbia was willing to resume the dialogue in Brussels but would never recognise Kosovo" is Serbia\'s refusal, not the EU\'s.',
});

/** Word tokens in [from, to): punctuation and quote marks do not count (candidate/modal-shared-subject). */
function wordsBetween(tokens: Doc['tokens'], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].word) n++;
  return n;
}

function modalCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  refusedPassiveCandidates(ctx, raw);
  const { doc, s } = ctx;
  const { tokens, index } = doc;
  // (Speed: a candidate opens at a modal or at "going", sentence-words.ts.)
  if ((s.classes & MODAL.bit) === 0 && !doc.sentenceWords.hasWord(s.index, 'going')) return;
  const auxiliaries = index.words(modalOffer.id, 'auxiliaries');
  const notVerbs = index.words(modalOffer.id, 'notRefusals');
  const possible = index.words('trigger/modality', 'possible');
  for (let i = s.tStart; i < s.tEnd; i++) {
    // "not going to make …" works like a modal.
    const goingTo = tokens[i].lower === 'going' && tokens[i + 1]?.lower === 'to';
    if (!inClass(tokens[i], MODAL) && !goingTo) continue;
    // The modal's subject must be a party ("Russia would freeze", "he could withdraw"), not "the move would give";
    // after "and"/"but" it is the subject of the first verb ("Russia has never discussed and will not discuss").
    let subj = i - 1;
    while (subj >= s.tStart && (index.set.modalAdverbs.has(tokens[subj].lower) || lyAdverb(tokens[subj]) || auxiliaries.has(tokens[subj].lower))) subj--;
    // "Russia, he said, would consider …", "Serbia, Vucic insisted on Monday, will not recognise …": the subject
    // stands before a parenthesis of saying (candidate/modal-parenthesis).
    // (The adverb loop may have stepped over the closing comma.)
    const closing = tokens[subj]?.text === ',' ? subj : tokens[subj + 1]?.text === ',' && subj + 1 < i ? subj + 1 : -1;
    if (closing > 0) {
      const open = parenthesisStart(doc, s, closing, index.words(modalParenthesis.id));
      // ("Malta, as a neutral state, would not …": an apposition, candidate/modal-apposition.)
      const apposition = open > closing ? appositionStart(doc, s, closing) : open;
      if (open <= closing) subj = open - 1;
      else if (apposition <= closing) { subj = apposition - 1; emit(ctx, modalApposition.id, 'keep', { start: apposition, end: closing + 1 } as Trigger, 'an apposition between the party and its modal'); }
    }
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    let subject = actors.find((a) => a.end === subj + 1 && !a.possessive);
    // (Eight words at most, quote marks not counted: "Armenia was 'ready to sign the peace treaty tomorrow' but would
    // not 'cede a single village'" quotes the first predicate, no longer for it: candidate/modal-shared-subject.)
    if (!subject && (tokens[subj]?.lower === 'and' || tokens[subj]?.lower === 'but')) subject = [...actors].reverse().find((a) => a.end <= subj && wordsBetween(tokens, a.end, subj) <= 8 && !a.object && !a.possessive && !index.words(modalSharedSubject.id, 'prepositions').has(tokens[a.start - 1]?.lower ?? ''));
    // "Russian forces will take it by force", "or our army will take them": a party's armed forces act for it
    // (who speaks for them is found by the holder rules: the quote's or the sentence's speaker). Only a harmful
    // step counts: troops that "would withdraw" are reported, not offered, unless a party says so.
    // ("Russia's navy will blockade …": a party's possessive names whose forces they are.)
    // ("the Russian armed forces will give an adequate response", "Armenia's armed forces would …": "armed" before the
    // noun is part of it; the party's word stands before both.)
    const head = tokens[subj]?.lower === 'forces' && tokens[subj - 1]?.lower === 'armed' ? subj - 1 : subj;
    const owner = actors.find((a) => a.possessive && a.codes.length > 0 && (a.end === head || (a.end + 2 === head && tokens[a.end].text === "'" && tokens[a.end + 1].lower === 's')));
    const military = !subject && index.words(modalOffer.id, 'militarySubjects').has(tokens[subj]?.lower ?? '') && (['our', 'its', 'their'].includes(tokens[head - 1]?.lower ?? '') || (tokens[head - 1]?.cap ?? false) || !!owner);
    // "If Russia invades again, all sanctions will be reinstated": a penalty in the passive under a condition
    // (candidate/consequence-threat 'penaltyPassives'); its subject names the issue (content/condition-subject).
    if (!subject && !military && ctx.conditional && tokens[i + 1]?.lower === 'be' && index.words(consequenceThreat.id, 'penaltyPassives').has(tokens[i + 2]?.lower ?? '') && !raw.some((r) => r.start <= i + 2 && i + 2 < r.end)) {
      const t: Trigger = { start: i, end: i + 3, type: 'THREATEN', cue: null, rule: 'consequence-threat', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'conditional', exchange: false, defaultIssue: 'other', contentEnd: i + 3 };
      emit(ctx, consequenceThreat.id, 'found', t, 'a penalty in the passive under a condition: the speaker threatens it');
      raw.push(t);
      continue;
    }
    // "if Russia refused, there would be a massive tightening of sanctions", "if Yerevan refuses, the goals will be
    // achieved by military means": a penalty with no party as its subject under a condition (impersonal-consequence.ts).
    if (!subject && !military && ctx.conditional && !raw.some((r) => r.start <= i + 2 && i + 2 < r.end)) {
      const found = impersonalConsequenceAt(doc, s, i);
      if (found) { emit(ctx, impersonalConsequence.id, 'found', found.t, found.why); raw.push(found.t); continue; }
      // ("Dialogue can resume at once if it does": the talks offered with no party named, candidate/impersonal-offer.)
      const offered = impersonalOfferAt(doc, s, i, (k) => index.set.modalAdverbs.has(tokens[k].lower) || lyAdverb(tokens[k]));
      if (offered) { emit(ctx, impersonalOffer.id, 'found', offered.t, offered.why); raw.push(offered.t); continue; }
    }
    // "if Kyiv rejected the offer, the conditions for talks would be different next time", "weapons deliveries could be
    // reduced if Kyiv refused to engage": any step with no party as its subject under another party's refusal is the
    // speaker's threat (unnamed-refusal-consequence.ts). (Not a party's forces: "the Russian army would take it by force"
    // is that party's, trigger/harmful-act's below, whoever reports it.)
    if (!subject && !military && ctx.conditional && !raw.some((r) => r.start <= i + 2 && i + 2 < r.end)) {
      const found = unnamedRefusalConsequenceAt(doc, s, i);
      if (found) { emit(ctx, unnamedRefusalConsequence.id, 'found', found.t, found.why); raw.push(found.t); continue; }
    }
    // ("the sanctions could be lifted if Moscow agreed …", "elections could take place within 90 days of a ceasefire",
    // "the two presidents could meet, but only after …": a relief with no party named to grant it, under a condition or
    // before a condition cue, candidate/conditional-relief.)
    // (A party after a preposition ends the subject but is none: "the sanctions on Belgrade could be eased if …".)
    const inPhrase = !!subject && index.words(modalSharedSubject.id, 'prepositions').has(tokens[subject.start - 1]?.lower ?? '');
    if ((!subject || inPhrase) && !military && (ctx.conditional || raw.some((r) => r.cue?.id === 'condition' && r.start > i)) && !raw.some((r) => r.start <= i + 2 && i + 2 < r.end)) {
      const relief = conditionalReliefAt(doc, s, i, (k) => index.set.modalAdverbs.has(tokens[k].lower) || lyAdverb(tokens[k]));
      if (relief) { emit(ctx, conditionalRelief.id, 'found', relief.t, relief.why); raw.push(relief.t); continue; }
    }
    // "Sanctions on Belgrade would be stepped up, London said": a sanctions measure in the passive, with or without a
    // condition, when the rules of conditions above found none (candidate/passive-measure; a party after a preposition
    // is no subject).
    if ((!subject || index.words(modalSharedSubject.id, 'prepositions').has(tokens[subject.start - 1]?.lower ?? '')) && !military && !raw.some((r) => r.start <= i + 2 && i + 2 < r.end)) {
      const measure = passiveMeasureAt(doc, s, i, (k) => index.set.modalAdverbs.has(tokens[k].lower) || lyAdverb(tokens[k]));
      if (measure) { emit(ctx, passiveMeasure.id, 'found', measure.t, measure.why); raw.push(measure.t); continue; }
    }
    if (!subject && !military) continue;
    if (military) {
      let j = i + 1;
      while (j < s.tEnd && (index.set.modalAdverbs.has(tokens[j].lower) || lyAdverb(tokens[j]))) j++;
      const harm = tokens[j - 1]?.lower === 'not' ? null : harmAt(doc, s, j, true);
      if (harm && !raw.some((r) => r.start <= j && j < r.end)) {
        const t = modalThreat(i, j, harm, possible.has(tokens[i].lower));
        if (forceResolutionAt(doc, s, j)) t.forceResolution = true;
        // "Russian forces": the adjective names the party the threat is for.
        const adj = tokens[head - 1].cap ? index.names.matchAt(tokens, head - 1) : null;
        const party = adj?.end === head ? adj.values.find((v) => v.kind === 'adjective') : undefined;
        if (party && party.kind === 'adjective') t.heldBy = [party.code];
        else if (owner) t.heldBy = [...owner.codes];
        emit(ctx, harmfulAct.id, 'found', t, `a party's forces + modal + harmful step (${harm})`);
        raw.push(t);
      } else if (!harm && j < s.tEnd && index.set.concessionVerbs.has(tokens[j].lower) && !raw.some((r) => r.start <= j && j < r.end)) {
        // "Moscow said its troops could leave parts of the Sumy region", "our army will not withdraw from Huliaipole":
        // a party's forces that would (not) withdraw or pull back concede (or refuse) it on the word of whoever says
        // so — the holder rules find the speaker; with none, no claim (candidate/modal militaryConcessions).
        const negated = tokens.slice(i + 1, j).some((x) => x.lower === 'not' || x.lower === 'never' || x.lower === 't') || tokens[i].lower === 'cannot';
        const t: Trigger = { start: i, end: j + 1, type: negated ? 'REJECT' : 'OFFER', cue: null, rule: negated ? 'modal-not' : 'modal-offer', negated, nominal: false, complement: false, modal: false, object: 'after', modality: possible.has(tokens[i].lower) ? 'possible' : 'asserted', exchange: false };
        // ("Our army will not shrink by a single brigade": forces that shrink or disarm name military limits with the
        // verb, no object; candidate/modal forceSizeVerbs.)
        if (doc.index.words(modalOffer.id, 'forceSizeVerbs').has(tokens[j].lower)) t.defaultIssue = 'military_limits';
        // (Not held by the forces' party as a threat is: "Russian troops would withdraw from Kharkiv under the plan"
        // is the plan's, and a plan with no author named holds nothing.)
        emit(ctx, modalOffer.id, 'found', t, `a party's forces + modal + concession verb`);
        raw.push(t);
      }
      continue;
    }
    if (!subject) continue;
    // (Another party's modal in a quote is not the speaker's offer, except what it will suffer or gain under a
    // condition: '"Armenia can join the talks tomorrow if it leaves our land," Aliyev said', candidate/consequence-offer.)
    let otherInQuote = false;
    if (subject.inQuote && subject.kind !== 'pronoun') {
      const speaker = doc.mentions.quoteSpeaker(subject.start);
      if (!speaker || !speaker.codes.some((c) => subject!.codes.includes(c))) { if (!ctx.conditional || !speaker) continue; otherInQuote = true; }
    }
    const notBefore = tokens.slice(Math.max(s.tStart, i - 2), i).some((x) => x.lower === 'not' || x.lower === 'never');
    let j = goingTo ? i + 2 : i + 1, negated = tokens[i].lower === 'cannot' || (goingTo && notBefore);
    // (Also past quote marks around a hedge: 'would "most likely" impose'.)
    while (j < s.tEnd && j - i <= 9 && (tokens[j].aside > 0 || index.set.modalAdverbs.has(tokens[j].lower) || lyAdverb(tokens[j]) || tokens[j].lower === 'most' || tokens[j].text === '"' || tokens[j].text === '“' || tokens[j].text === '”' || (tokens[j].text === "'" || (tokens[j].lower === 't' && tokens[j - 1]?.text === "'")) || sequenceInsertion(doc, j) > 0 || adverbialAside(doc, s, j, 1) > 0)) {
      // ("Islamabad would in turn free the pilot": a phrase of sequence set in, candidate/sequence-step.)
      const inserted = sequenceInsertion(doc, j);
      if (inserted) { j += inserted; continue; }
      // ("Baku would not, however, oppose talks": an adverbial set off by commas, trigger/negation 'asides'.)
      const asideEnd = adverbialAside(doc, s, j, 1);
      if (asideEnd > 0) { j = asideEnd + 1; continue; }
      // ("Serbia would, Vucic added, never recognise Kosovo": a reporting aside, discourse/reporting-aside.)
      if (tokens[j].aside > 0) { j = tokens[j].aside + 1; continue; }
      if (tokens[j].lower === 'not' || tokens[j].lower === 'never' || tokens[j].lower === 't') negated = true;
      j++;
    }
    if (tokens[j]?.lower === 'to' && tokens[j - 1]?.lower === 'going') j++;
    // ("if Kyiv refused, Russia could go on to take the Sumy and Kharkiv regions as well": "go on to" only orders the step
    // after what came before; the verb after it is the step, trigger/harmful-act.)
    if (tokens[j]?.lower === 'go' && tokens[j + 1]?.lower === 'on' && tokens[j + 2]?.lower === 'to' && tokens[j + 3]?.word) j += 3;
    if (j >= s.tEnd) continue;
    // ("would help Europe provide security guarantees": the party helped stands before the act, candidate/modal-help-party.)
    const helped = helpedPartyEnd(doc, s, j, actors, (k) => index.set.concessionVerbs.has(tokens[k].lower) || tokens[k].lower === 'with' || index.words(modalDeployment.id).has(tokens[k].lower));
    if (helped > 0) j = helped;
    const verb = tokens[j].lower;
    // ("Canada would push for tougher sanctions on Belgrade": the cue "push for" reads a demand; after the party's
    // modal it is the party's own step against another, a threat, as "would impose" is: trigger/harmful-act
    // 'pressingVerbs'. The cue's demand gives way to it.)
    const pressed = !negated && doc.index.words(harmfulAct.id, 'pressingVerbs').has(verb) ? raw.findIndex((r) => r.start === j && r.type === 'DEMAND' && r.cue !== null) : -1;
    if (pressed >= 0 && harmAt(doc, s, j) === 'sanctions') {
      const t = modalThreat(i, j, 'sanctions', possible.has(tokens[i].lower));
      emit(ctx, harmfulAct.id, 'found', t, 'modal + pressing for a measure against another party (sanctions)');
      raw.splice(pressed, 1, t);
      continue;
    }
    // "Slovenia would support new sanctions if Belgrade continued to reject a ceasefire", "Baku would pursue Yerevan in the
    // courts if the assets were seized": the subject's own step under another party's refusal is held over that party,
    // a threat whatever its verb; an offer or acceptance cue on the step becomes it (candidate/refusal-consequence).
    // (Not a step of talking or weighing, "would speak to Putin", "would consider it": 'neutralVerbs'.)
    if (!negated && !otherInQuote && ctx.conditional && !tokens.slice(i + 1, j).some((x) => x.lower === 'be' || x.lower === 'been') && tokens[j].word && !doc.index.words(refusalConsequence.id, 'neutralVerbs').has(verb) && !harmAt(doc, s, j)) {
      const cond = refusalConditionAt(doc, s, i, subject.start);
      // (The party of the condition's subject, not a pronoun past its first word that may be an object: "if Russia broke
      // it he would ask …", whatever "it" was resolved to.)
      const own = cond >= 0 && actors.some((a) => !a.possessive && !(a.kind === 'pronoun' && a.start > cond + 1 && (a.object || doc.index.words(refusalConsequence.id, 'objectPronouns').has(doc.tokens[a.start].lower))) && a.start > cond && a.start < conditionEnd(doc, cond + 1) && a.codes.some((c) => subject!.codes.includes(c)));
      if (cond >= 0 && !own) {
        const covering = raw.find((r) => r.start <= j && j < r.end);
        if (covering && (covering.type === 'OFFER' || covering.type === 'ACCEPT') && !covering.negated) {
          const before = covering.type;
          covering.type = 'THREATEN';
          emit(ctx, refusalConsequence.id, 'change', covering, `${before} → THREATEN: the subject's step if another party refuses`);
          continue;
        }
        if (!covering) {
          const t: Trigger = { start: i, end: j + 1, type: 'THREATEN', cue: null, rule: 'refusal-consequence', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: possible.has(tokens[i].lower) ? 'possible' : 'asserted', exchange: false };
          emit(ctx, refusalConsequence.id, 'found', t, 'modal + the subject\'s step if another party refuses: a threat');
          raw.push(t);
          continue;
        }
      }
    }
    if (raw.some((r) => r.start <= j && j < r.end)) continue; // a cue already covers it ("would be willing to")
    if (otherInQuote) {
      if (!negated && !tokens.slice(i + 1, j).some((x) => x.lower === 'be' || x.lower === 'been')) benefitAt(ctx, subject, i, j, raw);
      continue;
    }
    // "his country would be 'an ideal host' for any future negotiations", "Qatar could be a guarantor": a party
    // that would take a role in the settlement offers it (candidate/modal offeredRoles: the role's issue).
    // ("be" is skipped with the modal's adverbs: the role starts at the verb's place.)
    // ("could act as a guarantor", "would serve as the venue": a verb of taking a role and "as", as "be".)
    const asRole = doc.index.words(modalOffer.id, 'roleVerbs').has(verb) && tokens[j + 1]?.lower === 'as';
    if (!negated && (asRole || tokens.slice(i + 1, j).some((x) => x.lower === 'be'))) {
      const role = offeredRoleAt(doc, s, asRole ? j + 2 : j);
      if (role) {
        const t: Trigger = { start: i, end: role.end, type: 'OFFER', cue: null, rule: 'modal-offer', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: possible.has(tokens[i].lower) ? 'possible' : 'asserted', exchange: false, defaultIssue: role.issue };
        emit(ctx, modalOffer.id, 'found', t, `modal + be + a role in the settlement (${role.issue})`);
        raw.push(t);
        continue;
      }
    }
    const passive = tokens.slice(i + 1, j).some((x) => x.lower === 'be' || x.lower === 'been');
    // "Russia would recognise none of its decisions", "Kyiv will cede no territory": a negative object negates the
    // modal as "not … any" does (candidate/modal-negative-object); only for the verbs the modal reads (a concession,
    // or one of acquiring: "would join no bloc" concedes, spec rule 7).
    // ("India will hold no talks with Pakistan", "Baku will sign no deal": a step of the settlement, rules.json
    // candidate/modal-negative-object 'verbs', is refused the same way.)
    if (!negated && !passive && (index.set.concessionVerbs.has(verb) || index.set.acquisitive.has(verb) || index.words(modalNegativeObject.id, 'verbs').has(verb)) && negativeObjectAt(doc, j + 1, s.tEnd) === 'negated') {
      negated = true;
      emit(ctx, modalNegativeObject.id, 'change', { start: i, end: j + 1, type: 'REJECT', cue: null, rule: 'modal-not', negated: true, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false }, `"${verb}" + a negative object: read as "not ${verb} any"`);
    }

    const refusal = negated && !passive && tokens[j].word && !notVerbs.has(verb);
    // '… would "help" with security guarantees': "help" skipped as an adverb is the verb itself here.
    const helpWith = tokens.slice(i + 1, j).some((x) => x.lower === 'help') && ['with', 'on', 'in'].includes(verb);
    // "Serbia would be hit with new sanctions, Britain warned": the harm falls on the subject, the threat is the
    // speaker's; with no speaker of another party, none (candidate/passive-harm).
    if (!negated && passive && !index.words(modalSharedSubject.id, 'prepositions').has(tokens[subject.start - 1]?.lower ?? '')) {
      const suffered = passiveHarmAt(doc, s, subject, i, j, sentenceSpeaker(ctx, subject));
      if (suffered === 'none') { emit(ctx, passiveHarm.id, 'drop', { start: i, end: j + 1, type: 'THREATEN', cue: null, rule: 'passive-harm', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'asserted', exchange: false }, 'a harm the subject would suffer, with no speaker of another party: a forecast or a complaint'); continue; }
      if (suffered) { emit(ctx, passiveHarm.id, 'found', suffered, `a harm the subject would suffer (${suffered.defaultIssue}): the speaker threatens it`); raw.push(suffered); continue; }
    }
    // "will impose tariffs", "would cut off gas", "will take it by force": a harmful step threatens.
    const harm = negated ? null : harmAt(doc, s, j);
    if (harm) {
      const t = modalThreat(i, j, harm, possible.has(tokens[i].lower));
      if (forceResolutionAt(doc, s, j)) t.forceResolution = true;
      emit(ctx, harmfulAct.id, 'found', t, `modal + harmful step (${harm})`);
      raw.push(t);
      continue;
    }
    // "Ukraine will lose more territory if it refuses to talk", "Moscow would face new sanctions unless …": what
    // the subject will suffer under a condition is the speaker's threat (candidate/consequence-threat).
    if (!negated && !passive && ctx.conditional && consequenceAt(ctx, subject, i, j, raw)) continue;
    // "Russia can join the talks tomorrow if it leaves our territories", "Armenia will get its prisoners back if …":
    // what another party will gain under a condition is the speaker's offer (candidate/consequence-offer).
    if (!negated && !passive && ctx.conditional && benefitAt(ctx, subject, i, j, raw)) continue;
    // "European leaders would meet later this week at an EU summit": a future meeting of the subject's own,
    // with no one named to meet, is a schedule reported, not an offer ("Putin would meet Zelensky" names one).
    if (!negated && index.words(modalOffer.id, 'scheduleModals').has(tokens[i].lower) && index.words(modalOffer.id, 'scheduleVerbs').has(verb)
      // (A capital after "in"/"at" is the venue, not someone to meet: "would meet again in Vilnius".)
      && !actors.some((a) => a.start > j && a.start <= j + 3 && !a.possessive && tokens[a.start - 1]?.lower !== 'in' && tokens[a.start - 1]?.lower !== 'at')) {
      emit(ctx, modalOffer.id, 'drop', { start: i, end: j + 1, type: 'OFFER', cue: null, rule: 'modal-offer', negated, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false }, 'a schedule: a meeting with no one named');
      continue;
    }
    // "will take part in the monitoring mission": taking part is a commitment, like "participate".
    const takePart = verb === 'take' && tokens[j + 1]?.lower === 'part';
    // "Moscow would sign a peace treaty if Kyiv left Donetsk", "Seoul will hold talks if Pyongyang halts the tests":
    // under a condition, the subject's own act on an issue is what it offers for it, whatever the verb of doing
    // (candidate/modal conditionalVerbs; without a condition "NATO will hold a summit" is a schedule).
    // ("warned that Baku would open the corridor by force if …": after a warning the act is the threat's step.)
    const conditionalAct = !negated && !passive && ctx.conditional && index.words(modalOffer.id, 'conditionalVerbs').has(verb) && !raw.some((r) => r.type === 'THREATEN' && r.start < i);
    // "Turkey would deploy troops to Ukraine after a deal", "London and Paris would set up military hubs there",
    // "Rome would help train Ukrainian forces": a third party stationing or training forces for a settlement
    // offers a security guarantee (candidate/modal-deployment); only that issue, and never one of the two sides.
    if (!negated && !passive && !conditionalAct && !index.set.concessionVerbs.has(verb) && deploymentAt(doc, s, j, subject.codes)) {
      const t: Trigger = { start: i, end: j + 1, type: 'OFFER', cue: null, rule: 'modal-offer', negated: false, nominal: false, complement: false, modal: false, object: 'after', needsIssue: ['security_guarantees'], modality: possible.has(tokens[i].lower) ? 'possible' : 'asserted', exchange: false };
      emit(ctx, modalDeployment.id, 'found', t, `modal + "${verb}": forces stationed or trained for a settlement`);
      raw.push(t);
      continue;
    }
    // "Russia would consider refraining from strikes", "Turkey would consider contributing to …": a party that
    // would weigh an act of its own (a gerund after 'weighingVerbs') signals it may do it, an offer; a harmful act
    // weighed is a threat ("would consider striking the pipelines"). Not "consider X (as) Y", which judges, nor
    // "would consider only proposals that …", which sets terms.
    const weighed = !negated && !passive && index.words(modalOffer.id, 'weighingVerbs').has(verb) && tokens[j + 1]?.word && !tokens[j + 1].cap && /ing$/.test(tokens[j + 1].lower) && !index.words(modalOffer.id, 'notGerunds').has(tokens[j + 1].lower);
    if (weighed) {
      const weighedHarm = harmAt(doc, s, j + 1);
      if (weighedHarm) {
        const t = modalThreat(i, j + 1, weighedHarm, possible.has(tokens[i].lower));
        emit(ctx, harmfulAct.id, 'found', t, `modal + "${verb}" + harmful step (${weighedHarm})`);
        raw.push(t);
        continue;
      }
    }
    // ("would lead a mechanism to monitor any ceasefire": taking charge of the settlement's machinery, candidate/modal-lead.)
    const led = !negated && !passive && ledMachinery(doc, s, j);
    // ("Stoltenberg said Georgia would not have a seat at the table": a place at the talks ruled out for the subject,
    // claim/seat-denied's verbs and seats; the speaker's refusal, holder/reported-refusal.)
    const seatRefused = negated && !passive && seatVerbAt(doc, j);
    if (index.set.concessionVerbs.has(verb) || helpWith || takePart || conditionalAct || weighed || led || (negated && index.set.acquisitive.has(verb)) || refusal || seatRefused) {
      // ("Armenia would not acquire nuclear weapons", "would not host foreign bases": a refused act of taking land or
      // arms is a concession, spec rule 7, trigger/rule7-own-acquisition.)
      // ("Poland would not deploy troops on Ukrainian soil", "Rome will not station forces in Sudan": a third party
      // withholding forces from another party's land refuses a security guarantee, candidate/modal-deployment; only
      // one of the two sides keeping its own forces back, "Russia would not deploy troops in Belarus", concedes.)
      const acquiring = (index.set.acquisitive.has(verb) || (negated && ownAcquisitionObject(doc, s, j) !== null)) && !(negated && deploymentAt(doc, s, j, subject.codes));
      // ("Orbán would not block it", "Bratislava will not veto the talks": not obstructing another's step lets it
      // pass, an acceptance, rules.json candidate/modal-offer 'obstructingVerbs'.)
      // ("would not create obstacles", "will not put up any obstacles": a light verb and an obstacle noun are the same.)
      const obstacle = (): boolean => { for (let q = j + 1; q < Math.min(j + 5, s.tEnd); q++) if (index.words(modalOffer.id, 'obstacleNouns').has(tokens[q].lower)) return true; return false; };
      const unobstructed = negated && (index.words(modalOffer.id, 'obstructingVerbs').has(verb) || (index.words(modalOffer.id, 'obstacleVerbs').has(verb) && obstacle()));
      // ("would not take advantage of the opening of the ports to attack", "would not strike Russian energy
      // facilities": one's own harmful act ruled out is restraint promised, spec rule 7, candidate/refrained-harm.)
      const restrained = negated && !unobstructed && !acquiring ? refrainedHarmAt(doc, s, i, j) : null;
      // ("Brussels would consider lifting sanctions only once Russian troops had left": the relief put off, a refusal
      // for now, candidate/postponed-relief.)
      const postponed = weighed && postponedReliefAt(doc, s, j + 1);
      const type: ClaimType = unobstructed ? 'ACCEPT' : restrained ? 'OFFER' : postponed ? 'REJECT' : negated && !acquiring ? 'REJECT' : 'OFFER';
      const t: Trigger = { start: i, end: j + 1, type, cue: null, rule: negated ? 'modal-not' : 'modal-offer', negated, nominal: false, complement: false, modal: false, object: 'after', modality: possible.has(tokens[i].lower) ? 'possible' : 'asserted', exchange: false };
      if (restrained) t.defaultIssue = restrained;
      // "we will not talk", "he would meet Putin": the verb of talking is itself the issue when nothing else is named.
      if (index.set.talkVerbs.has(verb)) t.defaultIssue = 'talks';
      if (postponed) { emit(ctx, postponedRelief.id, 'found', t, `modal + "${verb}" + a relief put off by "only" and a word of time: refused for now`); raw.push(t); continue; }
      emit(ctx, led ? modalLead.id : restrained ? refrainedHarm.id : helped > 0 ? modalHelpParty.id : modalOffer.id, 'found', t, led ? `modal + "${verb}" + a mechanism, mission or force` : restrained ? `negated modal + "${verb}": restraint from one's own harmful act (${restrained}), an offer` : negated ? 'negated modal' : weighed ? `modal + "${verb}" + an act of its own` : conditionalAct && !index.set.concessionVerbs.has(verb) ? 'modal + an act under a condition' : 'modal + concession verb');
      raw.push(t);
    }
  }
}

const modalDeployment = defineRule({
  id: 'candidate/modal-deployment', stage: 'candidate',
  reason: 'A party other than the two sides at war that would deploy, station or train forces, or set up or establish a base or hub ("Turkey would deploy troops to Ukraine after a peace deal", "Britain and France would set up military hubs across Armenia", "Rome would help train Sudanese forces outside the country"), offers a security guarantee; the stance needs that issue (troops, forces, hubs, a training mission as its object), so "Germany will deploy its new budget" or "NATO will set up a commission" is none; the forces must be for another party (its land after "to", "in", "across" …, "there", or its forces trained), so "Baku would deploy troops along the border with Armenia" is none; one of the two sides deploying forces ("Russia will deploy more troops to the front") wages the war, no offer. Negated ("Poland would not deploy troops on Ukrainian soil"), the same third party refuses that guarantee (candidate/modal: REJECT, not the concession that a side\'s own "would not deploy" is).',
});

/**
 * A verb of stationing or training forces at `j` ("deploy", "set up") whose subject (`codes`) is not one of the two
 * sides, for another party: its land after a preposition ("to Ukraine", "across Armenia"), "there", or its forces
 * ("train Sudanese forces"), before the clause ends.
 */
function deploymentAt(doc: Doc, s: Sentence, j: number, codes: readonly string[]): boolean {
  const { tokens, index } = doc;
  const verb = tokens[j].lower;
  if (!index.words(modalDeployment.id).has(verb)) return false;
  if (index.words(modalDeployment.id, 'particleVerbs').has(verb) && tokens[j + 1]?.lower !== 'up') return false;
  const sides = doc.principalsAt(s.index);
  if (!codes.length || codes.some((c) => sides.includes(c))) return false;
  const preps = index.words(modalDeployment.id, 'prepositions');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const other = (cs: readonly string[]) => cs.length > 0 && !cs.some((c) => codes.includes(c));
  for (let k = j + 1; k < s.tEnd && k <= j + 9; k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || w === 'and' || w === 'but') break;
    if (w === 'there') return true;
    const a = actors.find((x) => x.start === k);
    const prep = tokens[k - 1].lower === 'the' ? tokens[k - 2]?.lower ?? '' : tokens[k - 1].lower;
    if (a && other(a.codes) && preps.has(prep)) return true;
    // ("train Sudanese forces": a party's adjective before the forces trained.)
    const adj = tokens[k].cap ? index.names.matchAt(tokens, k) : null;
    if (adj && adj.values.some((v) => v.kind === 'adjective' && other([v.code]))) return true;
  }
  return false;
}

const consequenceThreat = defineRule({
  id: 'candidate/consequence-threat', stage: 'candidate',
  reason: 'What another party will suffer if it acts or fails to act ("Putin said Ukraine would lose more land if it refused to negotiate", "if Kyiv attacks Russian cities, it will lose the guarantee", "Serbia will face sanctions unless …") is the speaker\'s threat, held like a deontic by the quote\'s or the sentence\'s speaker (never the subject). Only with a condition in the sentence: "Ukraine will lose its electricity this winter" forecasts. The issue is what is lost or faced, else \'other\'. Not a first-person subject: "we would lose everything if …" pleads.',
});

/**
 * A consequence verb after the modal at `i` (verb at `j`) whose subject is another party than the speaker:
 * pushes a THREATEN trigger held by the speaker (modal: the deontic-speaker holder rule) and says so.
 */
function consequenceAt(ctx: SentenceCtx, subject: import('../annotate/mentions.js').ActorMention, i: number, j: number, raw: Trigger[]): boolean {
  const { doc } = ctx;
  const verbs = doc.index.words(consequenceThreat.id, 'verbs');
  // ("Ukraine would see more towns fall if it refused": seeing a loss is suffering it, 'witnessVerbs'.)
  const witnessed = (): boolean => {
    if (!doc.index.words(consequenceThreat.id, 'witnessVerbs').has(doc.tokens[j].lower)) return false;
    const losses = doc.index.words(consequenceThreat.id, 'witnessedLosses');
    for (let k = j + 2; k <= j + 5 && k < ctx.s.tEnd; k++) { if (!doc.tokens[k].word) return false; if (losses.has(doc.tokens[k].lower)) return true; }
    return false;
  };
  if (!verbs.has(doc.tokens[j].lower) && !witnessed()) return false;
  if (doc.index.set.pronounSpeaker.has(doc.tokens[subject.start].lower)) return false;
  // "warned that if no deal is reached, Ukraine could face …": the warning already threatens it.
  if (raw.some((r) => r.type === 'THREATEN' && r.start < i)) return false;
  const possible = doc.index.words('trigger/modality', 'possible').has(doc.tokens[i].lower);
  const t: Trigger = { start: i, end: j + 1, type: 'THREATEN', cue: null, rule: 'consequence-threat', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: possible ? 'possible' : 'conditional', exchange: false, defaultIssue: 'other' };
  emit(ctx, consequenceThreat.id, 'found', t, 'what another party will suffer under a condition: the speaker threatens it');
  raw.push(t);
  return true;
}

const consequenceOffer = defineRule({
  id: 'candidate/consequence-offer', stage: 'candidate',
  reason: 'What another party will gain if it acts ("Russia can join the talks even tomorrow if it leaves our territories", "Armenia will get its prisoners back if it stops shelling Nakhchivan") is the speaker\'s offer, held like a deontic by the quote\'s or the sentence\'s speaker, and its condition the speaker\'s demand; the mirror of candidate/consequence-threat. Only with a condition in the sentence, and only when a speaker of another party is named ("Ukraine would join NATO if the allies agreed, Zelensky said" is Ukraine\'s own aim, no offer). The issue is what is gained, else \'other\'.',
});

/** The codes of who speaks the sentence: the quote's speaker, else a mention right before or after a verb of saying. */
function sentenceSpeaker(ctx: SentenceCtx, subject: import('../annotate/mentions.js').ActorMention): string[] | null {
  const { doc, s } = ctx;
  if (subject.inQuote) return doc.mentions.quoteSpeaker(subject.start)?.codes ?? null;
  const speech = doc.index.words('speech-verbs');
  for (const a of doc.actorsBySentence.get(s.index) ?? []) {
    if (a === subject || a.possessive || a.object || !a.codes.length) continue;
    const next = doc.tokens[a.end]?.lower ?? '', prev = doc.tokens[a.start - 1]?.lower ?? '';
    if (speech.has(next) || (doc.index.set.modals.has(next) && speech.has(doc.tokens[a.end + 1]?.lower ?? '')) || speech.has(prev)) return a.codes;
  }
  return null;
}

/** A verb of gaining after the modal at `i` (verb at `j`) whose subject is another party than the named speaker. */
function benefitAt(ctx: SentenceCtx, subject: import('../annotate/mentions.js').ActorMention, i: number, j: number, raw: Trigger[]): boolean {
  const { doc } = ctx;
  // ("Russia could start negotiations tomorrow if it left our territory": a verb that opens talks, with the talks as
  // its object within two words, rules.json 'talkVerbs' and 'talkNouns'.)
  const talkNouns = doc.index.words(consequenceOffer.id, 'talkNouns');
  const opensTalks = doc.index.words(consequenceOffer.id, 'talkVerbs').has(doc.tokens[j].lower)
    && (talkNouns.has(doc.tokens[j + 1]?.lower ?? '') || talkNouns.has(doc.tokens[j + 2]?.lower ?? ''));
  if (!opensTalks && !doc.index.words(consequenceOffer.id, 'verbs').has(doc.tokens[j].lower)) return false;
  if (doc.index.set.pronounSpeaker.has(doc.tokens[subject.start].lower) || !subject.codes.length) return false;
  if (raw.some((r) => r.type === 'THREATEN' && r.start < i)) return false;
  const speaker = sentenceSpeaker(ctx, subject);
  if (!speaker || speaker.some((c) => subject.codes.includes(c))) return false;
  const possible = doc.index.words('trigger/modality', 'possible').has(doc.tokens[i].lower);
  const t: Trigger = { start: i, end: j + 1, type: 'OFFER', cue: null, rule: 'consequence-offer', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: possible ? 'possible' : 'conditional', exchange: false, defaultIssue: 'other' };
  emit(ctx, consequenceOffer.id, 'found', t, 'what another party will gain under a condition: the speaker offers it');
  raw.push(t);
  return true;
}

const imperative = defineRule({
  id: 'candidate/imperative', stage: 'candidate',
  reason: 'An imperative in a quote ("Settle now and stop this ridiculous war!", "Withdraw your troops") demands it of the addressee; the quote\'s speaker holds it. The verbs are data; a question or "Let\'s" (a proposal) is not one.',
});

function imperativeCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  const { tokens } = doc;
  let i = s.tStart;
  while (i < s.tEnd && (tokens[i].text === '"' || tokens[i].text === "'")) i++;
  if (i >= s.tEnd || doc.mentions.inQuote[i] !== 1 || !tokens[i].cap) return;
  if (raw.some((r) => r.start <= i && i < r.end)) return;
  // ("Let Belgrade recognise us first", "Let them leave El Fasher": "Let" with a party or "them" and a verb asks it
  // of that party, candidate/let-imperative; "Let us", "Let's", "Let me" propose or announce, and are not this.)
  if (tokens[i].lower === 'let') { letImperative(ctx, raw, i); return; }
  if (!doc.index.words(imperative.id).has(tokens[i].lower)) return;
  // "Stop the war, Russia's negotiator said" is not "Stop" as a name or a headline: the next token is a word.
  if (!tokens[i + 1]?.word) return;
  const t: Trigger = { start: i, end: i + 1, type: 'DEMAND', cue: null, rule: 'imperative', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false };
  emit(ctx, imperative.id, 'found', t, 'imperative in a quote');
  raw.push(t);
}

const letImperativeRule = defineRule({
  id: 'candidate/let-imperative', stage: 'candidate',
  reason: 'A quoted sentence opening with "Let" and a party or a third-person pronoun, then a verb ("Let Belgrade recognise us first", "Let them leave the homes they took", "Let Moscow withdraw its troops") asks that party to act: a demand by the quote\'s speaker. "Let us", "Let\'s" and "Let me" (a proposal or an announcement of the speaker\'s own) are not, nor "let" inside a sentence.',
});

/** "Let Belgrade recognise us first": "Let" at `i`, then a party or "them"/"him"/"her", then a lower-case verb. */
function letImperative(ctx: SentenceCtx, raw: Trigger[], i: number): void {
  const { doc, s } = ctx;
  const { tokens } = doc;
  const next = tokens[i + 1];
  if (!next || !next.word) return;
  let after = -1;
  if (doc.index.words(letImperativeRule.id, 'pronouns').has(next.lower)) after = i + 2;
  else {
    const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === i + 1 && !a.pronoun);
    if (m) after = m.end;
  }
  const v = tokens[after];
  if (after < 0 || after >= s.tEnd || !v.word || v.cap || doc.index.words(letImperativeRule.id, 'notVerbs').has(v.lower)) return;
  const t: Trigger = { start: i, end: i + 1, type: 'DEMAND', cue: null, rule: 'let-imperative', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false };
  emit(ctx, letImperativeRule.id, 'found', t, `"Let" + ${tokens[i + 1].text} + ${v.text}: asked of that party`);
  raw.push(t);
}

const notWithout = defineRule({
  id: 'candidate/not-without', stage: 'candidate',
  reason: '"There is no peace without every Russian soldier leaving", "a deal will not work without security guarantees", "I cannot imagine that talks will go on without a truce" (past a negated verb of thinking), "Without restoring Ukraine\'s territorial integrity, any aggressor will …": what cannot be had without X is a demand of X by the speaker. "Delegations left without agreeing to a truce" (no negation, not heading its clause) is not.',
});

/** A settlement or meeting noun (discourse/party-included 'subjects') in the clause before token `i`, up to twelve words back. */
function settlementBefore(doc: Doc, s: Sentence, i: number): boolean {
  const subjects = doc.index.words('discourse/party-included', 'subjects');
  for (let j = i - 1; j >= Math.max(s.tStart, i - 12); j--) {
    const w = doc.tokens[j].lower;
    if (w === ',' || w === ';' || w === 'but') return false;
    if (subjects.has(w)) return true;
  }
  return false;
}

const refusedSettlementWithoutRule = defineRule({
  id: 'candidate/refused-settlement-without', stage: 'candidate',
  reason: '"Ukraine would not recognise any agreement reached without its participation", "Kyiv will not accept deals made without it": the negation before "without" belongs to a refused verb whose object, a settlement noun (candidate/not-without \'judgedNouns\'), the "without" phrase qualifies. One statement: the refusal of such a settlement (gold of own AB, AD, AJ, AK, AM, V, Z: UKR REJECT talks, no DEMAND), not a second demand of the party\'s seat. "There is no peace without Ukraine" (no refused verb) still demands.',
});

/** A raw trigger holding or right after the negation of `without` at `i`'s clause, then a settlement noun between it and `i`. */
function refusedSettlementWithout(doc: Doc, s: Sentence, i: number, raw: Trigger[]): boolean {
  const { tokens } = doc;
  const negs = doc.index.words(notWithout.id, 'negations');
  const nouns = doc.index.words(notWithout.id, 'judgedNouns');
  let j = -1;
  for (let k = i - 1; k >= Math.max(s.tStart, i - 8); k--) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || w === 'but') break;
    if (negs.has(w)) { j = k; break; }
  }
  if (j < 0) return false;
  // (A verb past the negation, "not accept", "would not recognise"; not an existential negation, "there will be no
  // peace deal without Moscow at the table", whose "no" ends its trigger and makes a demand of the seat.)
  const t = raw.find((r) => r.end > j + 1 && r.end <= i && r.start <= j + 2 && r.rule !== 'not-without' && (r.type === 'ACCEPT' || r.type === 'REJECT'));
  if (!t) return false;
  for (let k = t.end; k < i; k++) if (nouns.has(tokens[k].lower)) return true;
  return false;
}

function notWithoutCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  const { tokens } = doc;
  const negs = doc.index.words(notWithout.id, 'negations');
  for (let i = s.tStart; i < s.tEnd; i++) {
    // ("No settlement can be written over the heads of Armenians": made past a party is made without it; its
    // negation may stand further back, before the settlement's own phrase, discourse/party-included.)
    const over = tokens[i].lower === 'over' && tokens[i + 1]?.lower === 'the' && (tokens[i + 2]?.lower === 'heads' || tokens[i + 2]?.lower === 'head') && tokens[i + 3]?.lower === 'of';
    if (tokens[i].lower !== 'without' && !over) continue;
    // (A negated verb of thinking heads a longer clause: "I can't imagine that the next meeting will take place
    // without a ceasefire", annotate/party-participation.ts negatedWithout.)
    // ("any decision taken without Ukraine would be a decision against peace": a settlement made without a party judged
    // void or against peace demands the party's seat, as a negated one does, candidate/not-without 'judgements'.)
    const judged = over ? 0 : judgedWithout(tokens, s.tStart, s.tEnd, i, doc.index, doc.actorsBySentence.get(s.index) ?? []);
    if (!judged && !negatedWithout(tokens, s.tStart, i, doc.index, over ? 12 : 8)) continue;
    // ("Kyiv will not accept any deal reached without it", "would not recognise any agreement made without its
    // participation": the negation is a refusal's, of a settlement the "without" phrase qualifies; one REJECT of that
    // settlement, no demand of its own, candidate/refused-settlement-without.)
    if (!judged && !over && refusedSettlementWithout(doc, s, i, raw)) {
      emit(ctx, refusedSettlementWithoutRule.id, 'drop', { start: i, end: i + 1, type: 'DEMAND', cue: null, rule: 'not-without', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false }, 'qualifies the settlement a refusal is of');
      continue;
    }
    // (Over a party's head only a settlement is made: "no settlement can be written over the heads of Armenians", not
    // "will not negotiate over the heads of Armenians", a party's undertaking about its own conduct.)
    if (over && !settlementBefore(doc, s, i)) continue;
    // ("Peace is impossible without the return of the children": the predicate of negation is the frame's, no
    // refusal of its own.)
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].object === 'before' && raw[q].end === i && negs.has(tokens[raw[q].end - 1].lower)) raw.splice(q, 1);
    const t: Trigger = { start: i, end: over ? i + 4 : i + 1, type: 'DEMAND', cue: null, rule: 'not-without', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false };
    // ("Without security guarantees, any truce would be only a pause": a fronted "without" phrase ends at its comma;
    // the clause after it is what cannot be had, not what is demanded, candidate/not-without.)
    if (i === s.tStart || /^(?:that|,|:|;|"|“|—)$/.test(tokens[i - 1].lower)) {
      for (let k = i + 1; k < s.tEnd; k++) if (tokens[k].text === ',') { t.contentEnd = k; break; }
    }
    if (judged) t.contentEnd = judged;
    emit(ctx, notWithout.id, 'found', t, judged ? 'judged void without it' : 'nothing without it');
    raw.push(t);
  }
}

function listNounCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  if (!mayHoldListNoun(s)) return;
  for (let i = s.tStart; i < s.tEnd; i++) {
    const hit = possessedListNoun(doc, s, i);
    if (!hit) continue;
    // "set out their shared positions:" is the object of the stance before it (content/list-noun-type).
    if (raw.some((r) => r.end <= hit.start && hit.start - r.end <= 4)) continue;
    // "Kyiv's terms were 'unrealistic'": a predicate on the noun is the stance, not a list.
    if (raw.some((r) => r.start > hit.end && r.start <= hit.end + 3)) continue;
    // The noun's own cue ("red lines" as a refusal, "demands") is replaced by the list it announces.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start < hit.end && raw[q].end > hit.start) raw.splice(q, 1);
    const t: Trigger = { start: hit.start, end: hit.end, type: hit.type, cue: null, rule: 'list-noun', negated: false, nominal: true, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true };
    // ("… has three elements: …": the items follow the colon, candidate/partitive-list.)
    if (hit.colon !== undefined) t.typedAt = hit.colon;
    emit(ctx, hit.rule ?? listNounCandidate.id, 'found', t, `a party's ${doc.tokens[hit.start].lower} stated`);
    raw.push(t);
    i = hit.end - 1;
  }
}

/** "The Kremlin listed them: …": the items of a typed list noun named before (candidate/listed-back). */
function listedBackCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  // (", listing the recognition of …": candidate/listing-participle.)
  const listing = gateOpen(doc, s, listingParticiple) ? listingParticipleAt(doc, s) : null;
  if (listing && !raw.some((r) => r.start <= listing.at && r.end > listing.at)) {
    const t: Trigger = { start: listing.at, end: listing.at + 1, type: listing.type, cue: null, rule: 'list-noun', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true, typedAt: listing.at };
    if (listing.speaker) { t.heldBy = listing.speaker; t.heldByParty = true; }
    emit(ctx, listingParticiple.id, 'found', t, 'the list noun named before, spelled out');
    raw.push(t);
  }
  // ("He also listed the protection of the rights of …": candidate/listed-items.)
  const items = gateOpen(doc, s, listedItems) ? listedItemsAt(doc, s) : null;
  if (items && !raw.some((r) => r.start <= items.at && r.end > items.at)) {
    const t: Trigger = { start: items.at, end: items.at + 1, type: items.type, cue: null, rule: 'list-noun', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true, typedAt: items.at };
    emit(ctx, listedItems.id, 'found', t, 'items a party lists');
    raw.push(t);
  }
  const hit = gateOpen(doc, s, listedBack) ? listedBackAt(doc, s) : null;
  if (!hit || raw.some((r) => r.start <= hit.colon && r.end > hit.verb)) return;
  const t: Trigger = { start: hit.verb, end: hit.colon, type: hit.type, cue: null, rule: 'list-noun', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true, typedAt: hit.colon };
  emit(ctx, listedBack.id, 'found', t, `the ${hit.type === 'DEMAND' ? 'demands' : hit.type === 'OFFER' ? 'offers' : 'proposals'} named before, listed`);
  raw.push(t);
}

/** A proposal of what a plan provides for, held by its authors (candidate/document-provision and the rules that extend it). */
function provisionTrigger(start: number, end: number, authors: string[]): Trigger {
  return { start, end, type: 'PROPOSE', cue: null, rule: 'document-provision', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: [...authors] };
}

/** The stances inside a plan's provision are held by its authors. */
function holdByAuthors(ctx: SentenceCtx, rule: string, inside: Trigger[], authors: string[], why: string): void {
  for (const r of inside) { r.heldBy = [...authors]; emit(ctx, rule, 'change', r, `held by ${authors.join('+')} (${why})`); }
}

const documentProvision = defineRule({
  id: 'candidate/document-provision', stage: 'candidate',
  reason: 'What a plan, draft or proposal provides for is its authors\' proposal (spec: plans and drafts as holders): "Washington\'s blueprint would cap Ukraine\'s army", "The document, drawn up by Ankara, provides for a freeze", "Under the Saudi text, restrictions would be eased", "The Turkish draft says Ukraine would not join NATO". The plan must head its clause (subject or an "under"/"according to" frame); the stances inside its clause are held by its authors, and a clause with none is one proposal of what follows.',
});

function documentProvisionCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  const { tokens, index } = doc;
  const docs = doc.mentions.documents;
  if (!docs.length) return;
  const provision = index.words(documentProvision.id, 'verbs');
  const frames = index.words(documentProvision.id, 'frames');
  const heads = index.words(documentProvision.id, 'clauseHeads');
  const speech = index.words('speech-verbs');
  for (const d of docs) {
    if (d.sentence !== s.index || d.kind !== 'plan') continue;
    const before = tokens[d.start - 1];
    const before2 = `${tokens[d.start - 2]?.lower ?? ''} ${before?.lower ?? ''}`;
    const framed = !!before && doc.sentenceOf[d.start - 1] === s.index && (frames.has(before.lower) || frames.has(before2));
    const heading = d.start === s.tStart || (!!before && doc.sentenceOf[d.start - 1] === s.index && heads.has(before.lower));
    if (!framed && !heading) continue;
    // Past an apposition: "The document, drawn up by Ankara, provides for …". (A long one too, with commas of
    // its own, when a verb of the plan follows its closing comma: "The draft, drawn up by the US envoy with the
    // Kremlin's envoy and handed to Zelensky on Thursday by the Army Secretary, provides that …".)
    // (The plan's verb after "also", "now", "reportedly": a modal, a verb by which a plan provides, or one of saying.)
    // ("It goes on to demand …", "The draft then goes on to list …": a verb of going on before the plan's verb, whose base
    // form follows "to", rules.json 'goingOn' and 'baseVerbs', candidate/plan-goes-on.)
    const goingOn = index.words(documentProvision.id, 'goingOn');
    const pastAdverbs = (c: number): number => {
      for (;;) {
        while (c < s.tEnd && PLAN_VERB_ADVERBS.has(tokens[c].lower)) c++;
        if (c + 2 < s.tEnd && goingOn.has(tokens[c].lower) && tokens[c + 1].lower === 'on' && tokens[c + 2].lower === 'to') { c += 3; continue; }
        return c;
      }
    };
    const baseVerbs = index.words(documentProvision.id, 'baseVerbs');
    const planVerb = (w: string, at = -1): boolean => index.set.modals.has(w) || provision.has(w) || speech.has(w) || (at > 0 && tokens[at - 1]?.lower === 'to' && baseVerbs.has(w));
    let k = d.end;
    if (tokens[k]?.text === ',' && !framed) {
      let c = k + 1;
      while (c < s.tEnd && c - k <= 10 && tokens[c].text !== ',') c++;
      if (tokens[c]?.text !== ',' || !planVerb(tokens[pastAdverbs(c + 1)]?.lower ?? '')) {
        for (let e = k + 1; e < s.tEnd && e - k <= 40; e++) if (tokens[e].text === ',' && planVerb(tokens[pastAdverbs(e + 1)]?.lower ?? '')) { c = e; break; }
      }
      if (tokens[c]?.text === ',') k = c + 1;
    } else if (tokens[k + 1]?.lower === 'by' || (tokens[k + 1]?.lower === 'up' && tokens[k + 2]?.lower === 'by')) {
      // … and past a participle phrase: "the counter-proposal drafted by European advisers says …".
      // (Past the commas of a list of its authors too: "A draft circulated by Turkey, Qatar and Egypt before the
      // talks would freeze …", candidate/provision-author-list.)
      let c = k + 2;
      while (c < s.tEnd && c - k <= 12 && !speech.has(tokens[c].lower) && !provision.has(tokens[c].lower) && !index.set.modals.has(tokens[c].lower) && (tokens[c].text !== ',' || authorListComma(doc, c))) c++;
      if (c < s.tEnd && tokens[c].text !== ',') k = c;
      // ("The 28-point plan drafted by Witkoff and Dmitriev, which circulated last week, would require …": past a
      // relative clause set off by commas after the participle phrase, to the plan's verb after its closing comma.)
      else if (tokens[c]?.text === ',') for (let e = c + 1; e < s.tEnd && e - c <= 16; e++) if (tokens[e].text === ',') { if (planVerb(tokens[pastAdverbs(e + 1)]?.lower ?? '')) k = e + 1; break; }
    }
    // ("Under a U.S. idea discussed in Berlin, Ukraine would …", "Under the Turkish draft seen by Reuters, …": a participle
    // phrase after the framed plan describes it; the frame's comma closes it, candidate/framed-participle.)
    if (framed && tokens[k]?.text !== ',') { const c = framedParticipleEnd(doc, s, d.end); if (c > 0) k = c; }
    if (framed) {
      if (tokens[k]?.text !== ',') continue;
    } else {
      k = pastAdverbs(k);
      const w = tokens[k]?.lower ?? '';
      if (!planVerb(w, k)) continue;
      if (index.set.modals.has(w) && (tokens[k + 1]?.lower === 'not' || tokens[k + 1]?.lower === 'be') && speech.has(tokens[k + 2]?.lower ?? '')) continue;
    }
    // ("It commits the signatories to robust guarantees": a verb binding a party is that party's promise, no provision
    // of the plan's, candidate/commits-object.)
    if (raw.some((r) => r.rule === 'commits-object' && r.start === k)) continue;
    const authors = d.authors;
    provisionsOf(doc).set(s.index, authors);
    // The plan noun's own cue ("plan", "proposal") and its description ("drafted by …") are replaced by the provision.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= d.start && raw[q].start < Math.max(d.end, k)) raw.splice(q, 1);
    const inside = raw.filter((r) => r.start >= k && r.start < s.tEnd && !r.heldBy && !ownSubject(doc, s, r, authors));
    // Every other clause in the conditional is one more point of the plan (candidate/plan-points).
    // (The first clause is the plan noun's own content: "Under the draft, | Ukraine would …".)
    addPoints(ctx, pointStarts(doc, s, k, s.tEnd, raw).filter(([c]) => c > k + 1), authors, raw);
    if (inside.length) {
      holdByAuthors(ctx, documentProvision.id, inside, authors, "the plan's content");
      // "The draft capped the army at 40,000 and required …": what the plan provides for before its first
      // stance verb is a provision too (its content ends where that stance starts). Not under a frame: there
      // the words before the stance are its subject ("Under the proposal, further weapons would be conditional on …").
      const first = Math.min(...inside.map((r) => r.start));
      // (Under a frame, only when a clause of its own in the conditional comes first: "Under the plan, that zone
      // would be monitored by UN troops, and Indonesia was ready to contribute", candidate/framed-first-clause.)
      if ((framed && !modalClauseBefore(doc, k, first)) || first - k < 3) continue;
    }
    const t = provisionTrigger(d.start, d.end, authors);
    emit(ctx, framed && inside.length ? framedFirstClause.id : documentProvision.id, 'found', t, `what ${authors.join('+')}'s plan provides for`);
    raw.push(t);
  }
}

const framedParticiple = defineRule({
  id: 'candidate/framed-participle', stage: 'candidate',
  reason: '"Under a U.S. idea discussed in Berlin, Ukraine would pull its forces out of …", "Under the Turkish draft seen by Reuters, Armenia\'s army would be capped …", "Under a plan first floated last month, …": a participle phrase right after a framed plan (a past participle, rules.json \'participles\' for the irregular ones, "first"/"now" before it allowed) describes the plan, and the comma that closes it within ten words is the frame\'s comma: what follows is the plan\'s provision. No modal, no verb of saying and no other punctuation inside the phrase ("Under the plan Armenia would …" has no comma, and no participle).',
});

/** After a framed plan ending at `e`: the comma closing a participle phrase that describes it, or -1 (candidate/framed-participle). */
function framedParticipleEnd(doc: Doc, s: Sentence, e: number): number {
  const { tokens, index } = doc;
  let v = e;
  if (tokens[v]?.lower === 'first' || tokens[v]?.lower === 'now') v++;
  const w = tokens[v];
  if (!w?.word || w.cap || !(w.lower.endsWith('ed') || index.words(framedParticiple.id, 'participles').has(w.lower))) return -1;
  const speech = index.words('speech-verbs');
  for (let c = v + 1; c < Math.min(s.tEnd, v + 11); c++) {
    const x = tokens[c];
    if (x.text === ',') return c;
    if (!x.word && x.text !== '.' && x.text !== '-' && x.text !== "'") return -1;
    if (index.set.modals.has(x.lower) || speech.has(x.lower)) return -1;
  }
  return -1;
}

/** "… circulated a counter-proposal that would cap the army": a relative clause on a plan states its provisions (candidate/plan-relative). */
function planRelativeCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  if (!doc.mentions.documents.length) return;
  const provisions = provisionsOf(doc);
  for (const h of planRelatives(doc, s, raw)) {
    if (provisions.has(s.index)) return;
    // The plan noun's own cue ("plan", "proposal") is replaced by what the plan provides for.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= h.start && raw[q].start < h.end && !raw[q].heldBy) raw.splice(q, 1);
    provisions.set(s.index, h.authors);
    const inside = raw.filter((r) => r.start >= h.modal && !r.heldBy && !ownSubject(doc, s, r, h.authors));
    addPoints(ctx, pointStarts(doc, s, h.modal, s.tEnd, raw).filter(([c]) => c > h.modal + 1), h.authors, raw);
    if (inside.length) { holdByAuthors(ctx, planRelative.id, inside, h.authors, "the plan's content, in a relative clause on it"); if (Math.min(...inside.map((r) => r.start)) - h.modal < 3) continue; }
    const t = provisionTrigger(h.modal, h.modal, h.authors);
    emit(ctx, planRelative.id, 'found', t, `what ${h.authors.join('+')}'s plan provides for (a relative clause on it)`);
    raw.push(t);
  }
}

/**
 * Adverbs between a plan (or its apposition's comma) and its verb: "The draft also provides …", "It further requires …";
 * and the perfect's auxiliary, whose participle is the plan's verb as the simple past is ("A counter-draft, circulated
 * by Britain, France and Germany, had proposed that …", "The memorandum has called for …"): the word after still has
 * to be a plan verb (candidate/document-provision).
 */
const PLAN_VERB_ADVERBS = new Set(['also', 'now', 'reportedly', 'further', 'then', 'additionally', 'had', 'has', 'have']);

defineRule({
  id: 'candidate/plan-goes-on', stage: 'candidate',
  reason: '"Pashinyan\'s formula starts with border security. It goes on to demand the release of all prisoners …", "The draft then goes on to list three conditions", "The memorandum further requires …": a plan that goes on to a verb of providing or demanding (its base form after "to", rules.json candidate/document-provision \'goingOn\', \'baseVerbs\'), or a plan verb after "further", "then", "additionally", still speaks for its authors (candidate/document-provision).',
});

const framedFirstClause = defineRule({
  id: 'candidate/framed-first-clause', stage: 'candidate',
  reason: '"Under the plan, that zone would be monitored by a UN force, and Indonesia was ready to contribute troops": under a plan\'s frame, a first clause in the conditional that ends before the first stance (at ", and" or ";") is a provision of its own, besides the stance after it. Without such a clause the words before the stance are its subject ("Under the proposal, further weapons would be conditional on …").',
});

/** Whether the words from `k` to `first` hold a clause in the conditional closed by ", and"/";" before `first`. */
function modalClauseBefore(doc: Doc, k: number, first: number): boolean {
  const { tokens } = doc;
  let modal = false;
  for (let j = k; j < first; j++) {
    if (doc.index.set.modals.has(tokens[j].lower)) modal = true;
    if (modal && ((tokens[j].text === ',' && tokens[j + 1]?.lower === 'and') || tokens[j].text === ';')) return true;
  }
  return false;
}

/**
 * A stance with another party as its own subject right before it ("… – a provision the United States has
 * consistently rejected") is that party's, not the plan's content.
 */
function ownSubject(doc: Doc, s: Sentence, r: Trigger, authors: string[]): boolean {
  for (const m of doc.actorsBySentence.get(s.index) ?? []) {
    if (m.end > r.start || r.start - m.end > 6 || m.possessive || m.object || m.kind === 'document') continue;
    if (m.codes.every((c) => authors.includes(c))) continue;
    // Only in a relative clause on a noun ("a provision [that] the United States has rejected"): "says Ukraine
    // would not join NATO" is the plan's own provision.
    let h = m.start - 1;
    if (doc.tokens[h]?.lower === 'the') h--;
    if (doc.tokens[h]?.lower === 'that' || doc.tokens[h]?.lower === 'which') h--;
    // (Or any noun in an apposition after a comma: "…, a ceiling Kyiv has said it can live with",
    // candidate/provision-apposition.)
    const apposition = !!doc.tokens[h]?.word && !doc.tokens[h].cap && (doc.tokens[h - 1]?.lower === 'a' || doc.tokens[h - 1]?.lower === 'an') && doc.tokens[h - 2]?.text === ',';
    if (!apposition && !doc.index.words('candidate/document-provision', 'relativeHeads').has(doc.tokens[h]?.lower ?? '')) continue;
    if (!apposition && r.start - m.end > 3) continue;
    let words = true;
    for (let j = m.end; j < r.start && words; j++) words = doc.tokens[j].word;
    if (words) return true;
  }
  return false;
}

defineRule({
  id: 'candidate/provision-apposition', stage: 'candidate',
  reason: '"The draft also caps the army at 800,000 troops, a ceiling Kyiv has said it can live with", "…, a step Baku says it could accept": a stance in a relative clause on a noun set off as an apposition, with another party as its own subject, is that party\'s comment on the provision, not the plan\'s content.',
});

const provisionContinues = defineRule({
  id: 'candidate/provision-continues', stage: 'candidate',
  reason: '"Under the text, Ukraine would withdraw from Donetsk. The front in Kherson would be frozen along the line of contact.": sentences in the conditional ("would") right after a plan\'s provision, in its paragraph, with no one speaking, go on listing what the plan provides for: their stances are held by its authors, and one with none is one proposal.',
});

const provisionSourceCredit = defineRule({
  id: 'candidate/provision-source-credit', stage: 'candidate',
  reason: '"In return, Armenia would receive what the text calls robust guarantees, the officials said", "Israel would withdraw from the corridor, two sources said": a trailing credit of unnamed sources who describe a plan (a clause after a comma made only of a determiner or count, a few modifiers and a source noun, rules.json \'nouns\', no party named in it) reports the plan\'s points on their word; it is no speaker of the sentence\'s own, so the plan\'s provisions go on (candidate/provision-continues). A named speaker ("…, Aliyev said"), a party\'s officials ("Eritrean officials said") and commentators ("analysts said") still end them.',
});

/** Token i (a verb of saying) closes a trailing credit of unnamed sources: ", [the|two] [senior] officials said" (candidate/provision-source-credit). */
function sourceCredit(doc: Doc, s: Sentence, i: number): boolean {
  const { tokens } = doc;
  const nouns = doc.index.words(provisionSourceCredit.id, 'nouns');
  const fillers = doc.index.words(provisionSourceCredit.id, 'fillers');
  // The clause ends right after the verb (a full stop, or a comma before a participle of its own: "…, speaking on condition …").
  // ("…, the officials said, speaking on condition of anonymity": the participle after the credit is part of it.)
  if (tokens[i - 1]?.text === ',' && tokens[i].lower.endsWith('ing') && i - 2 > s.tStart && doc.index.words('speech-verbs').has(tokens[i - 2].lower)) return sourceCredit(doc, s, i - 2);
  const after = tokens[i + 1];
  if (i + 1 < s.tEnd && after?.text !== ',' && after?.text !== '.') return false;
  // Back to the comma: a source noun right before the verb ("officials said") or before a short "familiar with" phrase.
  let c = i - 1;
  while (c >= s.tStart && i - c <= 9 && tokens[c].text !== ',') c--;
  if (tokens[c]?.text !== ',' || c < s.tStart) return false;
  let noun = -1;
  for (let j = c + 1; j < i; j++) if (nouns.has(tokens[j].lower)) { noun = j; break; }
  if (noun < 0) return false;
  // Before the noun: only a determiner, a count or a modifier of rank ("the", "two", "senior"); after it only "familiar with …".
  for (let j = c + 1; j < noun; j++) if (!fillers.has(tokens[j].lower) && !/^\d+$/.test(tokens[j].text)) return false;
  if (noun + 1 < i && !(tokens[noun + 1].lower === 'familiar' && tokens[noun + 2]?.lower === 'with')) return false;
  // No party named in the credit: "Eritrean officials said" is the party's reaction, not a report of the plan.
  // (The plan itself may be named in it: "diplomats familiar with the text said".)
  for (const m of doc.actorsBySentence.get(s.index) ?? []) if (m.start > c && m.start < i && m.kind !== 'document') return false;
  return true;
}

/** Sentence index → authors of the plan whose provisions that sentence states (per document). */
const provisionMemo = new WeakMap<Doc, Map<number, string[]>>();
function provisionsOf(doc: Doc): Map<number, string[]> {
  let m = provisionMemo.get(doc);
  if (!m) { m = new Map(); provisionMemo.set(doc, m); }
  return m;
}

function provisionContinuesCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  const memo = provisionMemo.get(doc);
  const authors = memo?.get(s.index - 1);
  if (!authors || memo!.has(s.index)) return;
  const { tokens } = doc;
  const modals = doc.index.words(provisionContinues.id, 'modals');
  // Past a paragraph break only when the new paragraph opens in the conditional, "The army would be capped …"
  // (its first clause: a modal before any comma), candidate/plan-points-paragraph.
  const newParagraph = doc.sentences[s.index - 1].paragraph !== s.paragraph;
  if (newParagraph) {
    if (doc.sentences[s.index - 1].paragraph !== s.paragraph - 1) return;
    // ("In return, Ukraine would receive …": past a connective opener and its comma, rules.json 'openers'.)
    let from = s.tStart;
    const openers = doc.index.words(planPointsGoOn.id, 'openers');
    // ("In the south, the lines would be frozen …": past a fronted phrase of place or time, a preposition and at most
    // five words before its comma, rules.json 'frontedPrepositions'.)
    // A phrase that names a party ("In Yerevan, sanctions would be a hard sell") is a point of view, not the plan's.
    const fronted = doc.index.words(planPointsGoOn.id, 'frontedPrepositions').has(tokens[s.tStart].lower)
      && !(doc.actorsBySentence.get(s.index) ?? []).some((m) => m.start < s.tStart + 7 && doc.tokens.slice(s.tStart, m.start).every((x) => x.text !== ','));
    for (let i = s.tStart + 1; i < Math.min(s.tEnd, s.tStart + (fronted ? 7 : 5)); i++) {
      if (tokens[i].text !== ',') continue;
      if (openers.has(joinTokens(tokens, s.tStart, i, true)) || fronted) from = i + 1;
      break;
    }
    let opens = false;
    // (A list of names before the verb is one subject: "Crimea, Luhansk and Donetsk would be recognised …".)
    const listComma = (i: number): boolean => tokens[i].text === ',' && !!tokens[i - 1]?.cap && !!tokens[i + 1]?.cap;
    for (let i = from; i < s.tEnd && i - from <= 10 && (tokens[i].text !== ',' || listComma(i)) && !opens; i++) opens = modals.has(tokens[i].lower);
    if (!opens) return;
  }
  const speech = doc.index.words('speech-verbs');
  let would = false;
  for (let i = s.tStart; i < s.tEnd; i++) {
    if (doc.mentions.inQuote[i] === 1) continue;
    // ("…, the officials said": unnamed sources who describe the plan credit its points, candidate/provision-source-credit.)
    if (speech.has(tokens[i].lower) && !sourceCredit(doc, s, i)) return; // someone speaks: not the plan's words
    if (modals.has(tokens[i].lower)) would = true;
  }
  if (!would) return;
  // "The deal would likely collapse": a prediction, not a point (candidate/plan-points-paragraph).
  if (predicts(doc, s)) { if (ctx.trace) ctx.trace({ rule: planPointsGoOn.id, decision: 'drop', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: 'a prediction or judgement: the plan\'s points end' }); return; }
  // "Belgrade would never accept such terms": a party's reaction to the plan ends its points (candidate/plan-reaction).
  const reaction = raw.find((r) => !r.heldBy && reactsToPlan(doc, r));
  if (reaction) { emit(ctx, planReaction.id, 'keep', reaction, "a reaction to the plan, the party's own: the plan's points end"); return; }
  memo!.set(s.index, authors);
  const inside = raw.filter((r) => !r.heldBy && !ownSubject(doc, s, r, authors));
  const points = pointStarts(doc, s, s.tStart, s.tEnd, raw);
  if (inside.length) {
    holdByAuthors(ctx, provisionContinues.id, inside, authors, newParagraph ? "the plan's provisions go on in the next paragraph" : "the plan's provisions go on");
    addPoints(ctx, points, authors, raw);
    return;
  }
  if (points.length > 1 || (points.length === 1 && points[0][0] !== s.tStart)) { addPoints(ctx, points, authors, raw); return; }
  const t = provisionTrigger(s.tStart, s.tStart, authors);
  emit(ctx, newParagraph ? planPointsGoOn.id : provisionContinues.id, 'found', t, `what ${authors.join('+')}'s plan provides for (continued)`);
  raw.push(t);
}

/**
 * "Under the first, Ukraine would withdraw …" after "The memorandum sets out two options": the stances of an option's
 * clause are held by the plan's authors, and a clause with none is one proposal of theirs (candidate/option-frame).
 */
function optionFrameCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  const provisions = provisionsOf(doc);
  if (provisions.has(s.index)) return;
  const frame = optionFrameAt(doc, s, provisions);
  if (!frame) return;
  const { k, authors, rule } = frame;
  provisions.set(s.index, authors);
  const inside = raw.filter((r) => r.start >= k && !r.heldBy && !ownSubject(doc, s, r, authors));
  if (inside.length) { holdByAuthors(ctx, rule, inside, authors, 'an option of the plan'); return; }
  const t = provisionTrigger(k, k, authors);
  emit(ctx, rule, 'found', t, `an option of ${authors.join('+')}'s plan`);
  raw.push(t);
}

/** One proposal of the plan's authors at each point (a conditional clause with no stance of its own). */
function addPoints(ctx: SentenceCtx, points: Array<[number, number]>, authors: string[], raw: Trigger[]): void {
  for (const [c, e] of points) {
    if (raw.some((r) => r.rule === 'document-provision' && r.start === c)) continue;
    const t = provisionTrigger(c, c, authors);
    // (Its content is its own clause: "the army would be capped at 600,000, | Ukraine would write …".)
    t.contentEnd = e;
    emit(ctx, planPoints.id, 'found', t, `one point of ${authors.join('+')}'s plan`);
    raw.push(t);
  }
}

/**
 * "Putin said the plan could form the basis of a settlement": a plan heading a clause that a speaker judges is
 * the judged proposal (candidate/evaluation), not what the plan provides for.
 */
const judgingNoun = defineRule({
  id: 'trigger/judging-noun', stage: 'trigger',
  reason: 'A stance noun that is the predicate a judgement is made of ("the proposals were \'an ultimatum\'", "Kurti said the Serbian plan was an ultimatum": trigger/predicate-noun inside a candidate/evaluation phrase) is the judgement\'s word, not a second stance: the speaker refuses the plan (gold of own AA, AD, R, X, Y: UKR REJECT talks, 50 of 53 gold quotes with "ultimatum" are refusals); it does not also demand it.',
});

/** Drops a predicate stance noun inside the phrase of an evaluation (trigger/judging-noun). */
function dropJudgingNoun(ctx: SentenceCtx, raw: Trigger[], judgement: Trigger): void {
  if (judgement.type !== 'REJECT') return;
  for (let q = raw.length - 1; q >= 0; q--) {
    const r = raw[q];
    if (r.type === judgement.type || !r.rule.endsWith(PREDICATE_NOUN) || r.start < judgement.start || r.end > judgement.end + 1) continue;
    raw.splice(q, 1);
    emit(ctx, judgingNoun.id, 'drop', r, `the word of the judgement “${joinTokens(ctx.doc.tokens, judgement.start, judgement.end, false)}”, no stance of its own`);
  }
}

function dropJudgedProvision(ctx: SentenceCtx, raw: Trigger[], judgement: Trigger): void {
  for (let q = raw.length - 1; q >= 0; q--) {
    const r = raw[q];
    if (r.rule !== 'document-provision' || r.end > judgement.start || judgement.start - r.end > 1 || r.start === r.end) continue;
    raw.splice(q, 1);
    provisionsOf(ctx.doc).delete(ctx.s.index);
    emit(ctx, documentProvision.id, 'drop', r, 'the plan is judged by a speaker (candidate/evaluation), not stated');
  }
}

const documentListItem = defineRule({
  id: 'candidate/document-list-item', stage: 'candidate',
  reason: 'The bullet points under a plan ("The plan provides guarantees. Key provisions: • Ukraine will remain a non-nuclear state. • The army will be capped …") are what the plan provides for: the stances in each item are held by the plan\'s authors, and an item with none is one proposal of what it says. The list runs from a paragraph that names the plan (or a heading ending in a colon) over bullet paragraphs only. Not a principal side\'s own plan: its items are demands on others, stated with verbs of their own.',
});

const principalPlanItem = defineRule({
  id: 'candidate/principal-plan-item', stage: 'candidate',
  reason: 'A point of a principal side\'s own plan that is a bare noun phrase ("The plan, as presented by the president\'s office, has ten points: / 4. The release of all prisoners and deportees. / 6. The withdrawal of Russian troops.", "Those interests, the readout said, include: - recognition of Russian sovereignty over Crimea;") names what that side asks of the other: a DEMAND of the point, held by the plan\'s authors (spec §2: PROPOSE is an arrangement not chiefly the actor\'s own; the tuning sets\' gold types such points DEMAND). A point with a verb of its own ("- Ukraine would cap its army") keeps its own stance and holder; under a heading naming the plan the points are its clauses (candidate/plan-heading-list).',
});

const planHeadingList = defineRule({
  id: 'candidate/plan-heading-list', stage: 'candidate',
  reason: 'A leaked draft laid out clause by clause under a heading of its own ("The American proposals", "Baku\'s counter-draft", "The Serbian text") then bullet lines ("- Recognition. The United States would recognise …", "- Sanctions would be lifted in stages."): the heading names the plan and its authors as a colon-ended paragraph does (candidate/document-list-item), and each bullet is one of the plan\'s points, held by its authors. Under a principal side\'s own heading only the bullets in the conditional are its points ("- A full ceasefire would come first."); the heading is a short line with no verb and no closing punctuation.',
});

/** Authors of the party's plan that a heading line (f === k, no verb, no closing stop) names, or null. */
function planHeadingAuthors(doc: Doc, f: number, k: number): string[] | null {
  if (f !== k) return null;
  const h = doc.sentences[k];
  if (!headingLine(doc, h)) return null;
  const d = doc.mentions.documents.find((x) => x.sentence === k && x.kind === 'plan' && x.authors.length && x.end === h.tEnd);
  return d ? [...d.authors] : null;
}

/** A sentence with a modal of the conditional outside quotes ("would", "could"): a clause of what a plan would do. */
function conditionalClause(doc: Doc, s: Sentence): boolean {
  const modals = doc.index.words(provisionContinues.id, 'modals');
  for (let i = s.tStart; i < s.tEnd; i++) if (modals.has(doc.tokens[i].lower) && doc.mentions.inQuote[i] !== 1) return true;
  return false;
}

/** A paragraph's first token is a bullet ("•", "-", "*") or a list number ("3.", "3)"). */
function bulletParagraph(doc: Doc, first: number): boolean {
  const t = doc.tokens[first];
  if (!t) return false;
  if (doc.index.words(documentListItem.id, 'bullets').has(t.text)) return true;
  return /^\d{1,2}$/.test(t.text) && (doc.tokens[first + 1]?.text === '.' || doc.tokens[first + 1]?.text === ')') && doc.tokens[first + 1].end === doc.tokens[first + 2]?.start - 1;
}

/** Sentences that are a bullet or numbered item of a plan whose authors the reading knows (per document). */
const planItemMemo = new WeakMap<Doc, Set<number>>();
function planItemsOf(doc: Doc): Set<number> {
  let m = planItemMemo.get(doc);
  if (!m) { m = new Set(); planItemMemo.set(doc, m); }
  return m;
}

function documentListItemCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { doc, s } = ctx;
  const docs = doc.mentions.documents;
  // (With no document in the article, a party's own typed list may still introduce the bullets:
  // content/party-list-introducer.)
  // The first sentence of this sentence's paragraph must start with a bullet.
  let p0 = s.index;
  while (p0 > 0 && doc.sentences[p0 - 1].paragraph === s.paragraph) p0--;
  if (!bulletParagraph(doc, doc.sentences[p0].tStart)) return;
  // Walk back over bullet paragraphs and colon headings to the paragraph that introduces the list.
  const bulletAbove = (f: number): boolean => { let g = f - 1; while (g > 0 && doc.sentences[g - 1].paragraph === doc.sentences[f - 1].paragraph) g--; return bulletParagraph(doc, doc.sentences[g].tStart); };
  let k = p0 - 1;
  for (; k >= 0 && s.index - k <= 40; k--) {
    const first = doc.sentences[k];
    let f = k;
    while (f > 0 && doc.sentences[f - 1].paragraph === first.paragraph) f--;
    if (bulletParagraph(doc, doc.sentences[f].tStart)) { k = f; continue; }
    const last = doc.tokens[doc.sentences[k].tEnd - 1]?.text;
    // A heading ("US guarantee:") between bullet lists continues the list.
    // (Not a paragraph right after running text: "… list six points. Among them:" introduces the list.)
    if (last === ':' && !docs.some((d) => d.sentence <= k && d.sentence >= f && d.kind === 'plan') && f > 0 && bulletAbove(f)) { k = f; continue; }
    break;
  }
  if (k < 0) return;
  // The introducing paragraph (ending at sentence k) must name a plan with authors and end with a colon.
  let f = k;
  while (f > 0 && doc.sentences[f - 1].paragraph === doc.sentences[k].paragraph) f--;
  // (Or be a heading of its own that names a party's plan: "The American proposals", "Armenia's counter-draft",
  // candidate/plan-heading-list; its items are the plan's clauses.)
  const headed = planHeadingAuthors(doc, f, k);
  // (Or announce a counted list of its own, colon or not: "announced a three-point offer on Monday." + "1. …",
  // content/party-list-introducer.)
  if (!headed && doc.tokens[doc.sentences[k].tEnd - 1]?.text !== ':' && !countedListNoun(doc, k)) return;
  // (Or, for "… list six points. Among them:", the plan named just before: content/list-introducer.)
  const intro = headed ? { authors: headed, type: undefined } : listIntroducerOf(doc, f, k);
  if (!intro) return;
  const authors = intro.authors;
  // A principal side's own plan ("Zelensky's victory plan: 1. Invitation to join NATO …") lists its demands on
  // others; its items say so with verbs of their own ("calls for an invitation"). Unless a list noun types them
  // ("sets out the following conditions:"), or the items are the plan's clauses in the conditional under a
  // heading ("- A full ceasefire would come first."): what the text would do is its authors' proposal.
  const inside = raw.filter((r) => r.start >= s.tStart && r.start < s.tEnd && !r.heldBy);
  // (An item of such a plan with no verb of its own, "4. The release of all prisoners and deportees.", "- recognition of
  // Russian sovereignty over Crimea;", names what the side asks of the other: its demand, candidate/principal-plan-item.)
  const principal = !intro.type && authors.some((a) => doc.principalsAt(k).includes(a)) && !(headed && conditionalClause(doc, s));
  // (Not a clause in the conditional, "- sanctions would be lifted in stages": what a draft would do is its proposal.)
  const principalOwn = principal && s.index === p0 && !inside.length && !headed && !conditionalClause(doc, s);
  if (principal && !principalOwn) return;
  planItemsOf(doc).add(s.index);
  if (inside.length) {
    holdByAuthors(ctx, headed ? planHeadingList.id : documentListItem.id, inside, authors, 'an item of the plan');
    return;
  }
  const start = s.index === p0 ? Math.max(s.tStart + 1, afterListMark(doc, s)) : s.tStart;
  if (start >= s.tEnd) return;
  // ("- Recognition. The United States would …": a bullet's label of a word or two is no item; the clause after it is.)
  if (headed && s.index === p0 && doc.sentences[s.index + 1]?.paragraph === s.paragraph && s.tEnd - start <= 4) return;
  const t = provisionTrigger(start, start, authors);
  if (intro.type) { t.type = intro.type; t.listed = true; }
  if (principalOwn) {
    t.type = 'DEMAND'; t.listed = true; t.ownPoint = true;
    emit(ctx, principalPlanItem.id, 'found', t, `an item of ${authors.join('+')}'s own plan with no verb of its own: DEMAND`);
  } else if (intro.party) emit(ctx, partyListIntroducer.id, 'found', t, `an item of ${authors.join('+')}'s own list (${intro.type}: typed by its list noun)`);
  else emit(ctx, headed ? planHeadingList.id : documentListItem.id, 'found', t, `an item of ${authors.join('+')}'s plan${intro.type ? ` (${intro.type}: typed by its list noun)` : ''}`);
  raw.push(t);
}

/** A sentence that is an item of a list a party set out in running sentences (candidate/list-sentences). */
function listSentenceCandidates(ctx: SentenceCtx, raw: Trigger[]): void {
  const { s } = ctx;
  const item = listSentenceItem(ctx.doc, s, raw);
  if (!item) return;
  const inside = raw.filter((r) => r.start >= s.tStart && r.start < s.tEnd && !r.heldBy);
  if (inside.length) {
    holdByAuthors(ctx, listSentences.id, inside, item.authors, 'an item of the list set out before');
    return;
  }
  const t = provisionTrigger(item.start, item.start, item.authors);
  if (item.type) { t.type = item.type; t.listed = true; }
  emit(ctx, listSentences.id, 'found', t, `an item of ${item.authors.join('+')}'s list${item.type ? ` (${item.type}: typed by its list noun)` : ''}`);
  raw.push(t);
}

// ---------------------------------------------------------------------------------------------
// Chaining: cues within a token of each other form one stance.

const continuedDemand = defineRule({
  id: 'trigger/continued-demand', stage: 'trigger',
  reason: 'Going on with a demand is making it: "we will keep pushing for all-for-all", "the delegation would keep pushing for the corridor to stay open", "Baku will continue to insist on a land route" are demands of the thing pushed for, not offers of it (the verb of going on alone offers what follows, "will continue to host the talks").',
});

const chain = defineRule({
  id: 'trigger/chain', stage: 'trigger',
  reason: 'Cues next to each other are one stance ("ready to accept", "refusal to agree to", "asked them to stop trying for"): a refusal anywhere in the chain refuses; asking others to stop pursuing X opposes X; an acceptance after an offer accepts.',
});

const judgedNoun = defineRule({
  id: 'trigger/judged-noun', stage: 'trigger',
  reason: 'A predicate right after a stance noun judges it: "Yerevan\'s proposal is unacceptable", "the Armenian offer was unconstructive" are the speaker\'s refusal of the proposal (its subject), not one chained stance held by the noun\'s owner; the noun keeps its own stance.',
});

const acceptedObject = defineRule({
  id: 'trigger/accepted-object', stage: 'trigger',
  reason: 'A stance noun after a verb of accepting and a determiner is that verb\'s object: "The other side accepts our proposals", "Kosovo welcomed their offer of talks" accept the proposals or the offer, they do not propose or offer; the two stay apart (not one chained stance of the noun\'s type), and the noun is held by its own possessor. A cue after a stance noun and a comma ("Armenia accepts the EU mediation proposal, backs talks in Brussels") opens a predicate of its own: not chained to the noun either.',
});

const relativeContent = defineRule({
  id: 'trigger/relative-content', stage: 'trigger',
  reason: 'A modal after a stance noun and "that"/"which" opens the noun\'s relative clause: "a counterproposal that would keep the front line as the starting point", "a plan which would freeze the line" state what is proposed, so the modal\'s own cue ("would keep", an offer to keep something up) is not chained into the noun\'s stance and does not change its type.',
});
const RELATIVE = new Set(['that', 'which']);

/** "accepts our proposals": a stance noun after an acceptance and one determiner is its object (trigger/accepted-object). */
function acceptedObjectNoun(ctx: SentenceCtx, last: Trigger, t: Trigger): boolean {
  if (last.type !== 'ACCEPT' || (t.type !== 'PROPOSE' && t.type !== 'OFFER') || t.start - last.end !== 1) return false;
  const { doc } = ctx;
  return doc.index.words(acceptedObject.id, 'determiners').has(doc.tokens[last.end].lower) && doc.index.words(acceptedObject.id).has(doc.tokens[t.start].lower);
}

function chainTriggers(ctx: SentenceCtx, raw: Trigger[]): Trigger[] {
  const chained: Trigger[] = [];
  for (const t of raw) {
    const last = chained[chained.length - 1];
    // ("accepts our proposals": the noun is the acceptance's object, trigger/accepted-object.)
    // ("accepts the US ceasefire proposal, backs immediate talks": a comma after a stance noun ends its noun phrase;
    // the cue after it opens a predicate of its own, trigger/accepted-object.)
    const afterNoun = last && t.start - last.end === 1 && ctx.doc.tokens[last.end].text === ',' && ctx.doc.index.words(acceptedObject.id).has(ctx.doc.tokens[last.end - 1].lower);
    if (last && (afterNoun || acceptedObjectNoun(ctx, last, t))) {
      emit(ctx, acceptedObject.id, 'keep', t, afterNoun ? `after the noun “${ctx.doc.tokens[last.end - 1].text}” and a comma: not chained` : `the object of “${ctx.doc.tokens[last.end - 1].text}”: not chained`);
      chained.push(sameShape(t));
      continue;
    }
    // ("a ceasefire along the line, which Brussels favours, would mean forgetting …": an evaluation whose subject was read
    // before a clause set off by commas judges that subject, not the stance inside the clause, candidate/parenthetical-subject.)
    if (last && t.rule === 'evaluation' && t.subject && t.subject[1] <= last.start && ctx.doc.tokens[t.subject[1]]?.text === ',') {
      emit(ctx, parentheticalSubject.id, 'keep', t, `judges “${ctx.doc.tokens.slice(t.subject[0], t.subject[1]).map((x) => x.text).join(' ')}”: not chained`);
      chained.push(sameShape(t));
      continue;
    }
    // ("Yerevan's proposal is unacceptable": a predicate judges the stance noun before it, its subject; the two are
    // not one stance of the noun's owner, trigger/judged-noun.)
    // ("would have to stop mobilisation, accept a halt to arms deliveries and hold elections": an acceptance in the
    // base form coordinated under an obligation is one more step demanded, trigger/deontic-coordinated-verb.)
    if (last && coordinatedUnderDeontic(ctx.doc, ctx.s, last, t)) {
      emit(ctx, deonticCoordination.id, 'drop', t, `"${ctx.doc.tokens[t.start].text}" coordinated under the obligation "${ctx.doc.tokens[last.start].text} …": part of its demand`);
      continue;
    }
    // ("demanded that Armenia withdraw, and that it accept the new border", "called on both parties to seize the moment
    // and agree to a truce": one more complement of a demand verb, trigger/demand-coordinated-verb.)
    if (last && coordinatedUnderDemand(ctx.doc, ctx.s, last, t)) {
      emit(ctx, demandCoordination.id, 'drop', t, `"${ctx.doc.tokens[t.start].text}" heads one more complement of the demand "${ctx.doc.tokens[last.start].text} …": part of it`);
      continue;
    }
    const judged = last && t.object === 'before' && t.start > last.end - 1 && ctx.doc.index.words(judgedNoun.id).has(ctx.doc.tokens[last.end - 1].lower);
    if (judged) emit(ctx, judgedNoun.id, 'keep', t, `judges “${ctx.doc.tokens[last.end - 1].text}”: not chained`);
    // ("Belgrade's conditions are unacceptable": a package judged as a whole is about the talks when it names no issue
    // of its own, content/judged-package.)
    // (Not when a stance before it in the sentence is what the noun refers back to: "Moscow had demanded that Ukraine
    // withdraw …, calling the demands "unacceptable"".)
    if (judged && (t.type === 'REJECT' || t.type === 'ACCEPT') && packageNounAt(ctx.doc, last!.end - 1) && !chained.some((c) => c !== last && c.end <= last!.start)) t.judgedPackage ??= last!.end - 1;
    // ("The Hungarian proposal was rejected by Kyiv": the noun is the passive's subject, not the refuser, content/passive-plan.)
    const passiveJudged = !!last && !judged && t.start - last.end === 1 && passiveAfterNoun(ctx.doc, ctx.s, last, t);
    if (passiveJudged) emit(ctx, passivePlan.id, 'keep', t, `a passive after “${ctx.doc.tokens[last.end - 1].text}”, its subject: not chained`);
    // ("a proposal that would keep the front line": a modal after a relative pronoun opens the noun's relative
    // clause, its content; the noun's stance keeps its own type, trigger/relative-content.)
    const relative = !!last && t.start - last.end === 1 && RELATIVE.has(ctx.doc.tokens[last.end].lower) && inClass(ctx.doc.tokens[t.start], MODAL) && ctx.doc.index.words(acceptedObject.id).has(ctx.doc.tokens[last.end - 1].lower);
    if (relative) emit(ctx, relativeContent.id, 'keep', t, `a relative clause of “${ctx.doc.tokens[last.end - 1].text}”: not chained`);
    // ("would work with Washington on the document but would not betray …": a plan taken up ends at its noun, and a
    // stance after a coordinator is another, candidate/worked-plan.)
    if (last && !judged && !passiveJudged && !relative && t.start - last.end <= 1 && last.rule !== 'worked-plan' && !t.exchange && !last.exchange && !(t.nominal && !last.nominal) && !last.nominal && t.cue?.id !== 'condition' && t.rule !== 'not-without') {
      const before = last.type;
      // (Read before the chain grows: trigger/proposed-acceptance looks at the word between the two cues.)
      const toAgree = proposalToAgree(ctx.doc, last, t);
      // ("was ready in principle to join the mission": a cue among the words a gap verb stepped over before its
      // preposition is that verb's adjunct; it leaves the verb's type, trigger/trailing-adverb.)
      const adjunctOfGap = last.rule.endsWith('-gap') && t.start > last.start && t.end < last.end;
      last.end = Math.max(last.end, t.end);
      if (t.cue?.id === 'stop-pursuing') last.type = 'REJECT';
      // ("will never join NATO": the negated modal that shares the refusal's "never" already read it as a concession,
      // spec rule 7, as it does "will not join".)
      else if (last.type === 'REJECT' && t.type === 'OFFER' && t.negated && t.start < last.end) { last.type = 'OFFER'; last.negated = true; }
      else if (last.type === 'DEMAND' && last.complement) { /* "called for agreeing to": still a demand */ }
      else if (last.type === 'REJECT' || t.type === 'REJECT') last.type = 'REJECT';
      // ("the US proposal to agree to a 30-day ceasefire": what is to be agreed is proposed, trigger/proposed-acceptance.)
      else if (toAgree) emit(ctx, proposedAcceptance.id, 'keep', last, `"${ctx.doc.tokens[t.start].text}" after a proposal: what is to be agreed is proposed`);
      // ("stood ready to continue supporting the efforts of all sides": support one will go on giving is one's own
      // undertaking, trigger/continued-support.)
      // (The verb of support names what is supported, "any initiative that brings …": its issues, not those of going on.)
      else if (continuedSupportAt(ctx.doc, ctx.s, last, t)) { last.needsIssue = t.needsIssue; emit(ctx, continuedSupport.id, 'keep', last, `"${ctx.doc.tokens[t.start].text}" after going on: support undertaken, an offer`); }
      else if (adjunctOfGap) emit(ctx, trailingAdverb.id, 'keep', last, `"${ctx.doc.tokens[t.start].text}" inside the gap: ${last.type} kept`);
      else if (t.type === 'ACCEPT') last.type = 'ACCEPT';
      // ("we will keep pushing for all-for-all", "Baku would continue to insist on the corridor": a demand one goes on
      // making is still a demand; going on is no offer of what is demanded, trigger/continued-demand.)
      else if (t.type === 'DEMAND' && last.cue?.id === 'continue') { last.type = 'DEMAND'; emit(ctx, continuedDemand.id, 'keep', last, `"${ctx.doc.tokens[t.start].text}" after going on: a demand still made`); }
      // ("were preparing a counterproposal": a cue whose sense holds only with an issue of its own, a force for
      // preparing-force, is the verb that makes the plan noun after it; the proposal is the stance, holder/authored-noun.)
      // ("promised to propose alternatives", "promised to offer alternatives rather than reject the plan": undertaking
      // to put something forward is a proposal, trigger/promised-proposal.)
      else if (promisedProposalAt(ctx.doc, last, t, ctx.s.tEnd)) { last.type = 'PROPOSE'; emit(ctx, promisedProposal.id, 'change', last, `"${ctx.doc.tokens[t.start].text}" after an undertaking: a proposal`); }
      else if (last.type === 'OFFER' && t.type === 'PROPOSE') last.type = last.needsIssue && authoredByVerb(ctx.doc, ctx.s, t) ? 'PROPOSE' : 'OFFER';
      else if (t.type !== 'DEMAND' || last.type === 'DEMAND') last.type = t.type;
      last.rule = `${last.rule}+${t.rule}`;
      last.complement ||= t.complement;
      // ("will continue to support Ukraine's territorial integrity": the cue that gave the chain its type says
      // which issues it needs, not the verb of going on before it.)
      if (last.type === t.type && before !== t.type) last.needsIssue = t.needsIssue;
      // ("warned it would cut all trade": the chained step names the threat's issue.)
      if (last.defaultIssue === undefined) last.defaultIssue = t.defaultIssue;
      emit(ctx, chain.id, 'change', last, `${before} + ${t.type} → ${last.type}`);
      continue;
    }
    chained.push(sameShape(t));
  }
  return chained;
}

/**
 * A copy of a candidate with every field of Trigger, the optional ones undefined, in one order. Candidates are
 * made by a dozen rules with different optional fields, and later rules add fields (heldBy, listed); copied
 * to one shape here, every rule after chaining reads them monomorphically. Trigger shapes made V8 deoptimise
 * and recompile the largest functions of the extractor (speed, issue 7). The type makes a new field of
 * Trigger a compile error here until it is copied.
 */
function sameShape(t: Trigger): Trigger {
  const copy: { [K in keyof Required<Trigger>]: Trigger[K] } = {
    start: t.start, end: t.end, type: t.type, cue: t.cue, rule: t.rule, negated: t.negated, nominal: t.nominal,
    complement: t.complement, modal: t.modal, object: t.object, needsIssue: t.needsIssue, modality: t.modality,
    exchange: t.exchange, defaultIssue: t.defaultIssue, forceResolution: t.forceResolution, heldBy: t.heldBy, heldByParty: t.heldByParty, listed: t.listed, typedAt: t.typedAt, subject: t.subject, contentEnd: t.contentEnd, extraposed: t.extraposed, negatedAt: t.negatedAt, adjunctEnd: t.adjunctEnd, judgedPackage: t.judgedPackage, deferral: t.deferral, ownPoint: t.ownPoint, wholeMove: t.wholeMove, termsListAt: t.termsListAt,
  };
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Rules on each chained trigger.

const question = defineRule({
  id: 'trigger/question', stage: 'trigger',
  reason: 'A question ("Who will give orders to stop hostilities?") asks; it takes no stance.',
});

const blocker: MatchRule = defineRule({
  id: 'trigger/blocker', stage: 'trigger',
  reason: 'Questions, doubts, polls and hypotheses ("It is not clear whether Moscow is prepared to …") cover the rest of the sentence, a question about a stance its clause ("inquired about Moscow\u2019s readiness to …"); hopes and fears only their own clause; none reaches past ", arguing/saying …" (a clause of the subject\'s own); a condition up to its comma (if, unless, until, "as soon as", "provided", "the moment Kyiv …": condition-marks.ts) is the condition, not the stance ("consequences if Putin refused a ceasefire", "will keep striking until Kyiv accepts its terms").',
  apply(t, ctx) {
    const { doc, s, hasBlocker } = ctx;
    if (!hasBlocker) return;
    const out = blockedBy(t, doc, s, this.id);
    // ("hopes to soften a US proposal for …": a stance noun held by its own party is presupposed, trigger/held-noun-stands.)
    const held = out && heldNounMention(doc, s, t);
    if (held) { emit(ctx, heldNounStands.id, 'keep', t, `held by ${held.codes.join('+')} inside its own noun phrase (not ${out.drop})`); return; }
    return out;
  },
});

/** What trigger/blocker would drop `t` for: a question, doubt, hope or condition over it; else undefined. */
function blockedBy(t: Trigger, doc: Doc, s: Sentence, id: string): { drop: string } | undefined {
  const { tokens, index } = doc;
  const clauseOnly = index.words(id, 'clauseOnly');
  const participles = index.words(id, 'clauseParticiples');
  let clauseEdge = false;
  for (let j = t.start - 1; j >= s.tStart; j--) {
    const w = tokens[j].lower;
    if (w === ',' || w === ';' || w === 'and' || w === 'but') clauseEdge = true;
    // ("…questions about whether the deal would include guarantees, arguing a ceasefire must come first": the
    // participle's clause is the subject's own; nothing before its comma covers it.)
    if (w === ',' && participles.has(tokens[j + 1]?.lower ?? '')) return;
    // ("Asked whether Baku would sign this year, Aliyev said …": a fronted question ends at its comma.)
    if (w === ',' && index.words(id, 'frontedQuestions').has(tokens[s.tStart].lower)) return;
    if (inClass(tokens[j], BLOCKER) && !(clauseEdge && clauseOnly.has(w))) return { drop: `under "${w}"` };
    // "Umerov inquired about Russia's readiness to …", "asked about Baku's willingness to sign": a question about
    // a party's stance asserts none ('questionVerbs' before "about").
    if (w === 'about' && !clauseEdge && j > s.tStart && inClass(tokens[j - 1], QUESTION_VERB)) return { drop: 'a question about it' };
    // ("ready to negotiate with the Russian side when Russia is ready to negotiate in good faith", "Belgrade will talk when
    // Pristina is willing to compromise": another party's readiness in a "when" clause is the time, that is the condition,
    // of the main clause's stance, asserted by no one; 'readinessClauses', then a party, a copula and the cue.)
    if (!clauseEdge && index.words(id, 'readinessClauses').has(w) && t.cue && index.words(id, 'readinessCues').has(t.cue.id) && readinessClause(doc, s, j, t.start)) return { drop: `another party's readiness inside "${w}" clause: a condition` };
    // (Any condition: "until Kyiv accepts its terms", "provided Moscow agrees …", "the moment Kyiv withdraws".)
    if (inClass(tokens[j], CONDITION_START)) {
      const mark = conditionAt(doc, j);
      // ("a ceasefire before Russian troops withdraw was unacceptable": a precondition inside the predicate's own
      // subject ends at its auxiliaries, content/subject-condition.)
      if (mark && t.start < conditionEnd(doc, j + mark.length) && !subjectConditionSpan(doc, s, t, j)) return { drop: `inside "${w}" clause` };
    }
  }
  return undefined;
}
/** "when Russia is ready to …" after a main clause: after the word at `j`, a party as the subject (within three tokens), then only a copula ('readinessCopulas') and at most one adverb before the trigger at `start`. */
function readinessClause(doc: Doc, s: Sentence, j: number, start: number): boolean {
  // (Not a fronted clause that tells the time of what follows: "When Moscow was ready to talk in March, Kyiv refused.")
  // (A quote may open before the word: 'with the Russian side "when Russia is ready …"'.)
  const before = j - 1 > s.tStart && /^["“”']$/.test(doc.tokens[j - 1].text) ? j - 2 : j - 1;
  if (j === s.tStart || !doc.tokens[before].word) return false;
  const subject = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start > j && a.start <= j + 3 && !a.possessive && !a.object);
  if (!subject) return false;
  const copulas = doc.index.words(blocker.id, 'readinessCopulas');
  let k = subject.end;
  if (k >= start || !copulas.has(doc.tokens[k].lower)) return false;
  k++;
  if (k < start && /ly$/.test(doc.tokens[k].lower)) k++;
  return k === start;
}
/** The blocker words as a word class: whether a sentence has any is one bit of the sentence (findTriggers). */
const BLOCKER = defineWordClass('blockers', (index) => index.words(blocker.id));
/** The words a conditional sentence needs ("if", "unless", "as long as"): findTriggers reads no sentence without one. */
const CONDITIONAL = defineWordClass('conditionals', () => ['if', 'unless', 'as']);
/** Verbs of asking: before "about" they ask about the stance after it (trigger/blocker questionVerbs). */
const QUESTION_VERB = defineWordClass('questionVerbs', (index) => index.words(blocker.id, 'questionVerbs'));

const habitual: MatchRule = defineRule({
  id: 'trigger/habitual', stage: 'trigger',
  reason: '"who has long sought …", "which had long opposed …": a habitual stance in a relative clause describes a party in passing; "Russia has long demanded that …" as a main clause states a standing position and stays.',
  apply(t, { doc }) {
    if (lowerAt(doc, t.start - 1) === 'long' && ['has', 'have', 'had'].includes(lowerAt(doc, t.start - 2)) && doc.index.words(this.id).has(lowerAt(doc, t.start - 3))) return { drop: 'habitual background' };
  },
});

const brokerNeedsObject: MatchRule = defineRule({
  id: 'trigger/broker-object', stage: 'trigger',
  reason: 'Arranging or convening proposes what is arranged, its direct object ("convened a summit of the two leaders"); used without one ("the delegations convened in Abu Dhabi for talks", "organised by Geneva") the verb says who met or who did the work, no proposal. \'words\' are the words that, right after the verb, show it has no direct object.',
  apply(t, { doc }) {
    if (t.cue?.id === 'broker' && doc.index.words(this.id).has(lowerAt(doc, t.end))) return { drop: 'no direct object: who met, not what is proposed' };
  },
});

const brokeredRecord: MatchRule = defineRule({
  id: 'trigger/brokered-record', stage: 'trigger',
  reason: '"Oman, which has helped arrange several earlier swaps, said it would host the exchange", "Qatar, which has quietly arranged the return of dozens of children, …": arranging in the perfect, in a relative clause about a party, is its record as a go-between, a past act told in passing, not a proposal; what it says it will do next is the stance. "Oman is arranging a prisoner swap" and "he had begun arranging a meeting" stay.',
  apply(t, { doc }) {
    if (t.cue?.id !== 'broker') return;
    const helpers = doc.index.words(this.id, 'helpers');
    let k = t.start - 1;
    while (k > t.start - 4 && (helpers.has(lowerAt(doc, k)) || /^[a-z]{3,}ly$/.test(lowerAt(doc, k)))) k--;
    if (doc.index.words(this.id, 'auxiliaries').has(lowerAt(doc, k)) && doc.index.words(this.id, 'relatives').has(lowerAt(doc, k - 1))) return { drop: 'a go-between\'s record in a relative clause: a past act, no proposal' };
  },
});

const brokeredMeeting: MatchRule = defineRule({
  id: 'trigger/brokered-meeting', stage: 'trigger',
  reason: '"after two days of US-brokered talks in Doha", "Qatari-mediated negotiations in Geneva ended without a deal": a go-between named on a meeting (\'meetings\', after at most two words of its own that name no term of a settlement, \'terms\') says who brought the sides together, a fact of the story, not a proposal of the meeting or of what was said at it. A brokered agreement, truce or exchange ("a Turkish-brokered sea truce proposal", "a U.S.-brokered deal to halt strikes") is the go-between\'s proposal and stays.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'propose-noun' || !doc.index.words(this.id, 'cues').has(lowerAt(doc, t.end - 1))) return;
    const meetings = doc.index.words(this.id, 'meetings'), terms = doc.index.words(this.id, 'terms');
    for (let j = t.end; j < Math.min(t.end + 3, s.tEnd); j++) {
      const x = doc.tokens[j];
      if (!x.word || terms.has(x.lower)) return;
      if (meetings.has(x.lower)) return { drop: `a go-between of a meeting ("${x.text}"): a fact, no proposal` };
    }
  },
});

const brokeredInForce: MatchRule = defineRule({
  id: 'trigger/brokered-in-force', stage: 'trigger',
  reason: '"Russia would resume its part in the UN-brokered deal that lets Ukraine export grain", "the initiative brokered by the UN and Turkey that has allowed Kyiv to ship 33mn tonnes": a brokered deal told by what it lets or has let happen is in force, a fact of the story, not the go-between\'s proposal, nor is the plan noun such an apposition describes ("the Black Sea Grain Initiative, the arrangement brokered by …"). The participle cue of brokering (\'cues\', the last word of a propose-noun cue or within three words after one), then within a few words (\'window\' of the go-between\'s name and the deal noun, no \'stops\') a relative (\'relatives\'), an optional auxiliary (\'auxiliaries\') and a verb of letting (\'effects\'). "Hamas questioned the Egyptian-brokered truce proposal" and "a U.S.-brokered deal to halt strikes" (no effect told) stay.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'propose-noun') return;
    const w = (list: string) => doc.index.words(this.id, list);
    // (The plan noun itself, when an apposition right after it says who brokered it: "the Black Sea Grain Initiative,
    // the arrangement brokered by the UN and Turkey that has allowed …".)
    let from = w('cues').has(lowerAt(doc, t.end - 1)) ? t.end : -1;
    for (let j = t.end; j < Math.min(t.end + 4, s.tEnd) && from < 0; j++) if (w('cues').has(lowerAt(doc, j))) from = j + 1;
    if (from < 0) return;
    for (let j = from; j < Math.min(from + 7, s.tEnd - 1); j++) {
      const x = lowerAt(doc, j);
      if (w('stops').has(x)) return;
      if (!w('relatives').has(x)) continue;
      let v = j + 1;
      if (w('auxiliaries').has(lowerAt(doc, v))) v++;
      if (w('effects').has(lowerAt(doc, v))) return { drop: `a brokered deal in force ("${doc.tokens[v].text}"): a fact, no proposal` };
      return;
    }
  },
});

const removedNeed: MatchRule = defineRule({
  id: 'trigger/removed-need', stage: 'trigger',
  reason: '"a decision that removes the need to renew the freeze every six months", "the deal eliminates the need for a new vote": a need that something removes is no longer there, no one asks for it; the "need to" of the must cue or "the need for" of the demand cue after a verb of removing (\'verbs\') and a determiner (\'determiners\') is dropped. "stressed the need to renew the sanctions" (a need stated) stays.',
  apply(t, { doc }) {
    if (t.cue?.id !== 'must' && t.cue?.id !== 'demand') return;
    const w = (list: string) => doc.index.words(this.id, list);
    // ("need to" of the must cue after its determiner; "the need for" of the demand cue with it.)
    let k: number;
    if (lowerAt(doc, t.start) === 'need' && w('determiners').has(lowerAt(doc, t.start - 1))) k = t.start - 2;
    else if (lowerAt(doc, t.start + 1) === 'need' && w('determiners').has(lowerAt(doc, t.start))) k = t.start - 1;
    else return;
    if (w('verbs').has(lowerAt(doc, k))) return { drop: `a need removed ("${doc.tokens[k].text}"): no one asks for it` };
  },
});

const warnedNotTo: MatchRule = defineRule({
  id: 'trigger/warned-not-to', stage: 'trigger',
  reason: 'Warning a party not to do something asks it not to, as urging it not to does: "Aliyev warned Yerevan and its European backers not to \"throw a wrench in the works\"", "Vucic warned Pristina not to derail the dialogue", "Ankara warned both sides not to walk away from the negotiations" are demands on the act\'s issue, not threats (nothing harmful is named). The addressee, one to six words (parties, "both sides", "its backers"), stands between the warning and "not to"; "warned that …" and "warned of …" stay with trigger/warning-is-threat.',
  apply(t, { doc, s }) {
    if (t.type !== 'THREATEN' || !t.cue || !/^warn/.test(lowerAt(doc, t.start)) || t.end !== t.start + 1) return;
    const { tokens } = doc;
    for (let j = t.end + 1; j < Math.min(t.end + 8, s.tEnd - 1); j++) {
      if (!tokens[j].word && tokens[j].text !== "'") return;
      if (tokens[j].lower === 'that' || tokens[j].lower === 'of' || tokens[j].lower === 'against') return;
      if (tokens[j].lower === 'not' && tokens[j + 1]?.lower === 'to') {
        // (The addressee is a party or a group of them: a party named first.)
        if (!(doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start >= t.end && a.start < j)) return;
        // (Its infinitive is the demand's content, as a call's is: a stance inside it is absorbed, sentence/complement.)
        t.type = 'DEMAND';
        t.complement = true;
        t.rule += ':warned-not-to';
        return { change: 'THREATEN → DEMAND (warned a party not to act)' };
      }
    }
  },
});

const keepIsDemand: MatchRule = defineRule({
  id: 'trigger/rule6-keep', stage: 'trigger',
  reason: 'Spec rule 6: proposing to keep land is a demand ("proposed keeping the entire Donbas").',
  apply(t, { doc }) {
    const keep = doc.index.words(this.id);
    if (t.type === 'PROPOSE' && (keep.has(lowerAt(doc, t.end)) || (lowerAt(doc, t.end) === 'to' && keep.has(lowerAt(doc, t.end + 1))))) { t.type = 'DEMAND'; t.rule += ':rule6'; return { change: 'PROPOSE → DEMAND' }; }
  },
});

const termsSetOut: MatchRule = defineRule({
  id: 'trigger/terms-set-out', stage: 'trigger',
  reason: '"restated the terms he set out on June 14: the full withdrawal of …", "conditions that Aliyev had laid out to Pashinyan, including that Armenia change its constitution", "spelled out his conditions: …": setting out one\'s terms or conditions states demands, not a proposal of an arrangement; the PROPOSE becomes a DEMAND. The noun stands right after the verb (past a possessive or article) or is the antecedent of the verb\'s clause, a few words before it.',
  apply(t, { doc, s }) {
    if (t.type !== 'PROPOSE' || !doc.index.words(this.id, 'verbs').has(lowerAt(doc, t.end - 1))) return;
    const nouns = doc.index.words(this.id, 'nouns');
    let found = '';
    // "set out his conditions", "laid out the terms of …".
    for (let j = t.end; j < Math.min(t.end + 3, s.tEnd) && !found; j++) if (nouns.has(lowerAt(doc, j))) found = lowerAt(doc, j);
    // "the terms he set out: …", "conditions that Putin had laid out …, including that …", "the terms outlined by
    // the US": the antecedent, with no punctuation between, when the terms are then listed or their authors named
    // ("softened the terms Putin set out when he ordered the invasion" names no term: the noun alone is no claim).
    let listed = lowerAt(doc, t.end) === 'by';
    for (let j = t.end; j < s.tEnd && !listed; j++) listed = doc.tokens[j].text === ':' || lowerAt(doc, j) === 'including';
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 7) && !found && listed; j--) {
      if (!doc.tokens[j].word) break;
      if (nouns.has(lowerAt(doc, j))) found = lowerAt(doc, j);
      // ("Those goals, Putin said, were the same ones he had set out …: …": a pronoun of the antecedent refers back
      // to the noun earlier in the sentence, past a parenthesis; rules.json 'pronouns'.)
      else if (doc.index.words(this.id, 'pronouns').has(lowerAt(doc, j))) {
        for (let k = j - 1; k >= s.tStart && !found; k--) if (nouns.has(lowerAt(doc, k))) found = lowerAt(doc, k);
        break;
      }
    }
    if (!found) return;
    t.type = 'DEMAND';
    return { change: `PROPOSE → DEMAND: the ${found} set out are demands` };
  },
});

const acceptableProposals: MatchRule = defineRule({
  id: 'trigger/acceptable-proposals', stage: 'trigger',
  reason: '"Baku would consider only proposals that take into account the new realities", "Belgrade will accept only a plan which keeps Kosovo within Serbia", "Eritrea would look at proposals based on the 2002 border ruling": the proposals a party says it would consider or accept, described by what they must hold, state what it demands (a condition on any settlement), not a proposal of its own; the PROPOSE of the proposal noun becomes a DEMAND. The noun (\'nouns\') stands up to three words after a verb of considering or accepting (\'verbs\', past "only", "any", "those"), and a relative or a phrase of basis (\'describers\') follows it. "Baku put forward proposals that would …" (no such verb) stays a proposal.',
  apply(t, { doc, s }) {
    if (t.type !== 'PROPOSE' || t.negated) return;
    const w = (list: string) => doc.index.words(this.id, list);
    const noun = t.end - 1;
    if (!w('nouns').has(lowerAt(doc, noun))) return;
    let verb = -1;
    for (let j = noun - 1; j >= Math.max(s.tStart, noun - 4) && verb < 0; j--) {
      const x = lowerAt(doc, j);
      if (w('verbs').has(x)) verb = j;
      else if (!w('fillers').has(x)) return;
    }
    if (verb < 0) return;
    const after = lowerAt(doc, noun + 1);
    const describers = w('describers');
    if (!describers.has(after) && !(describers.has(`${after} ${lowerAt(doc, noun + 2)}`))) return;
    t.type = 'DEMAND';
    return { change: `PROPOSE → DEMAND: only ${lowerAt(doc, noun)} ${after} … would be ${lowerAt(doc, verb)}ed, what they must hold is demanded` };
  },
});

const recoveredLand: MatchRule = defineRule({
  id: 'trigger/recovered-land', stage: 'trigger',
  reason: '"Azerbaijan would return all its lands", "Kyiv will return all our land, naming Crimea": returning one\'s own land (a possessive of the subject\'s side, "its", "our", "their", before a noun of land) with no one to return it to is getting it back, a claim on it (spec §3 rule 5, a position about its own land): DEMAND, not a concession. "would return the seized villages to Armenia" (another\'s land, a recipient) gives it back.',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER' || !doc.index.words(this.id, 'verbs').has(lowerAt(doc, t.end - 1))) return;
    const w = (list: string) => doc.index.words(this.id, list);
    let k = t.end;
    // (Past scare quotes and "all"/"every": 'would return "all our land"'.)
    while (k < t.end + 3 && (doc.tokens[k]?.text === '"' || w('quantifiers').has(lowerAt(doc, k)))) k++;
    if (!w('possessives').has(lowerAt(doc, k)) || !w('lands').has(lowerAt(doc, k + 1))) return;
    // ("would return its land to Armenia": a recipient makes it a handing back.)
    for (let j = k + 2; j < Math.min(k + 5, s.tEnd); j++) if (lowerAt(doc, j) === 'to') return;
    t.type = 'DEMAND';
    return { change: `OFFER → DEMAND: "${lowerAt(doc, t.end - 1)} ${lowerAt(doc, k)} ${lowerAt(doc, k + 1)}", its own land got back` };
  },
});

const negation: MatchRule = defineRule({
  id: 'trigger/negation', stage: 'trigger',
  reason: 'A negation before a cue: "not accept" refuses; "not seeking" offers; "never refused to negotiate" / "did not rule out" is a possible offer; reported absence ("did not endorse", "has not commented") is no stance (spec §1), but a need denied refuses even in the past ("Kyiv did not need sanctions relief to agree": \'refusingWords\').',
  apply(t, { doc, s }) {
    if (!t.cue || doc.index.words(this.id, 'selfNegated').has(t.cue.id)) return;
    // ("do not see this as an offer": the negation already made it a refusal, trigger/negated-classification.)
    if (t.rule.endsWith(NEGATED_CLASSIFICATION)) return;
    // ("no plan could work unless …": the "no" quantifies every plan, the requirement is demanded, trigger/plan-requirement.)
    if (t.rule.endsWith(PLAN_REQUIREMENT)) return;
    // ("was not calling for negotiations but for surrender": the negation already made it the speaker's dismissal,
    // trigger/denied-call.)
    if (t.rule.endsWith(':denied-call')) return;
    let neg = negationBefore(doc, s, t.start);
    // ("did not think a ceasefire was necessary", "does not believe peacekeepers would be needed": the negation of
    // the opinion is the need's, rules.json trigger/negation 'raisingVerbs'.)
    if (neg < 0 && t.type === 'DEMAND' && t.object === 'before' && doc.index.words(this.id, 'refusingWords').has(doc.tokens[t.end - 1].lower)) {
      const raised = raisedNegation(doc, s, t.start);
      if (raised >= 0) { t.type = 'REJECT'; t.negated = true; t.negatedAt = raised; t.rule += ':no-need'; return { change: 'a need under a negated opinion → REJECT' }; }
    }
    // ("This is not a deal we will accept": trigger/negated-head; a bare answer still, content/bare-answer.)
    if (neg < 0 && (t.type === 'ACCEPT' || t.type === 'OFFER')) { neg = negatedHead(doc, s, t.start); if (neg >= 0) t.rule += NEGATED_HEAD; }
    if (neg < 0) return;
    const { tokens } = doc;
    // ("has not abandoned its demand that …": not abandoning a stance keeps it.)
    const abandon = doc.index.words(this.id, 'abandonVerbs');
    for (let j = neg + 1; j < t.start; j++) if (abandon.has(tokens[j].lower)) return;
    // ("Kyiv did not need sanctions relief to agree", "the deal did not require the lifting of any sanctions": a need
    // denied refuses the thing, below, even in the past; only a demand, offer or acceptance denied is an absence.)
    const deniedNeed = t.type === 'DEMAND' && doc.index.words(this.id, 'refusingWords').has(tokens[t.start].lower);
    // ("The Russian delegation did not accept it": a past answer negated is a refusal reported, trigger/past-refusal.)
    const refused = isAbsence(doc, neg) && isPastRefusal(doc, s, t, neg);
    if (refused) t.rule += ':past-refusal';
    if (isAbsence(doc, neg) && t.type !== 'REJECT' && !deniedNeed && !refused) return { drop: 'reported absence of a stance' };
    if (t.type === 'REJECT' && isAbsence(doc, neg) && !['never'].includes(tokens[neg].lower) && !/^(?:did|has|have|had)$/.test(tokens[neg - 1]?.lower ?? '')) return { drop: 'reported absence of a refusal' };
    // (The quote starts at the negation: "will not accept any limits", not "accept any limits", for a refusal.)
    if (t.type === 'OFFER' || t.type === 'ACCEPT' || t.type === 'PROPOSE') { const b = t.type; t.type = 'REJECT'; t.negated = true; t.negatedAt = neg; t.rule += ':negated'; return { change: `${b} → REJECT` }; }
    if (t.type === 'DEMAND' && t.cue.id === 'press-for') { t.type = 'OFFER'; t.negated = true; t.negatedAt = neg; t.rule += ':not-seeking'; return { change: 'not seeking → OFFER' }; }
    if (t.type === 'REJECT' && t.object !== 'before') { t.type = 'OFFER'; t.negated = true; t.negatedAt = neg; t.modality = 'possible'; t.rule += ':negated'; return { change: 'not refusing → possible OFFER' }; }
    if (t.type === 'REJECT') return { drop: 'negated predicate' };
    // "we do not need a truce", "sees no need for peacekeepers": no need of it refuses it.
    if (t.type === 'DEMAND' && doc.index.words(this.id, 'refusingWords').has(tokens[t.start].lower)) { t.type = 'REJECT'; t.negated = true; t.negatedAt = neg; t.rule += ':no-need'; return { change: 'no need → REJECT' }; }
    // ("It is not Ukraine that should withdraw its troops, but Russia": the demand is of the party after "but".)
    if (t.type === 'DEMAND' && t.modal && isContrastCleft(doc, s, neg, t.start)) return { change: 'a contrastive cleft (trigger/contrast-cleft): demanded of the party after "but"' };
    // "no limitations should be placed on Armenia's army", "no foreign troops must be stationed in Kosovo": a deontic
    // whose subject "no" opens refuses that subject on the speaker's word (trigger/no-subject-deontic).
    if (t.type === 'DEMAND' && t.modal && noSubjectDeontic(doc, s, neg, t.start)) { t.type = 'REJECT'; t.negated = true; t.negatedAt = neg; t.rule += ':no-subject'; return { change: 'a deontic with a "no" subject → REJECT' }; }
    if (t.type === 'DEMAND' && !t.nominal) return { drop: 'negated demand' };
  },
});

const noSubjectDeonticRule = defineRule({
  id: 'trigger/no-subject-deontic', stage: 'trigger',
  reason: '"No limitations should be placed on Armenia\'s armed forces", "no foreign troops must be stationed in Kosovo", "no sanctions can be lifted before a full withdrawal": a deontic modal whose subject opens with "no" is no negated demand but a refusal of that subject, held by the speaker as the deontic is (holder/deontic-speaker). The subject is a short noun phrase right before the modal, with no verb in it.',
});

/** "no" at `neg` opens the subject of the deontic at `start`: a few nominal words between, the clause's start before. */
function noSubjectDeontic(doc: Doc, s: Sentence, neg: number, start: number): boolean {
  const { tokens } = doc;
  if (tokens[neg]?.lower !== 'no' || start - neg < 2 || start - neg > 6) return false;
  const verbs = doc.index.words(noSubjectDeonticRule.id, 'notNominal');
  for (let j = neg + 1; j < start; j++) if (!tokens[j].word && tokens[j].text !== '-' && tokens[j].text !== "'") return false; else if (verbs.has(tokens[j].lower)) return false;
  // The clause starts at "no": the sentence's start, after "that", a comma or a colon, or after a verb of saying.
  const prev = tokens[neg - 1];
  if (!(!prev || neg === s.tStart || !prev.word || prev.lower === 'that' || doc.index.words('speech-verbs').has(prev.lower))) return false;
  // ("No agreement should be signed without Kosovo": a demand to be included, "nothing without us", no refusal.)
  for (let j = start + 1; j < s.tEnd && tokens[j].text !== ','; j++) if (tokens[j].lower === 'without') return false;
  return true;
}

const ownAcquisition: MatchRule = defineRule({
  id: 'trigger/rule7-own-acquisition', stage: 'trigger',
  reason: 'Spec rule 7: refusing one\'s own acquisitive act is a concession ("refuses to join military unions" is an OFFER).',
  apply(t, { doc, s }) {
    if (t.type !== 'REJECT') return;
    // ("cautioned Moscow against deploying …": the act is the addressee's, named between verb and preposition.)
    if (t.rule.endsWith('-gap')) return;
    // ("Pristina does not have the right to join NATO": a deontic refusal is the speaker's of another's act.)
    if (t.modal) return;
    // (So is "must not", "should not be": "Aliyev said Armenia must not join NATO" refuses Armenia's joining, it offers
    // nothing, holder/deontic-refusal-speaker.)
    if (t.cue?.id === 'should-not') return;
    let k = t.end;
    if (lowerAt(doc, k) === 'to') k++;
    // ("Italy has ruled out deploying its troops in Ukraine": a party other than the two sides that refuses to deploy
    // forces refuses a security guarantee, as under a modal, candidate/modal-deployment; only a side's own refusal to
    // deploy concedes, rules.json 'thirdPartyDeployVerbs'.)
    if (doc.index.words(ownAcquisition.id, 'thirdPartyDeployVerbs').has(lowerAt(doc, k)) && thirdPartySubject(doc, s, t.start) && ![1, 2].some((d) => doc.index.words(ownAcquisition.id, 'hostedForces').has(lowerAt(doc, k + d)))) return;
    if (k < s.tEnd && doc.index.set.acquisitive.has(lowerAt(doc, k))) { t.type = 'OFFER'; t.rule += ':rule7'; return { change: 'REJECT → OFFER' }; }
    const taken = ownAcquisitionObject(doc, s, k);
    if (taken) { t.type = 'OFFER'; t.rule += ':rule7'; return { change: `REJECT → OFFER (${taken})` }; }
  },
});

/** The last party named as a subject before token `at` in the sentence is one of neither side at war. */
function thirdPartySubject(doc: Doc, s: Sentence, at: number): boolean {
  let subject: readonly string[] | null = null;
  for (const m of doc.actorsBySentence.get(s.index) ?? []) if (m.end <= at && !m.object && !m.possessive && m.codes.length) subject = m.codes;
  if (!subject) return false;
  const sides = doc.principalsAt(s.index);
  return !subject.some((c) => sides.includes(c));
}

/**
 * Whether the verb at `k` is acquisitive by its object (trigger/rule7-own-acquisition): a verb of taking with a place or
 * a land noun within four words ("is not interested in taking the territory of the Kursk region"; "refused to take
 * part", "rejected seizing the assets" stay refusals), or a verb of having or hosting arms with a noun of arms or
 * foreign forces ("would not acquire nuclear weapons", "would not host foreign military bases"; "would not host the
 * talks" stays a refusal). Returns what is taken ('land', 'arms'), else null.
 */
export function ownAcquisitionObject(doc: Doc, s: Sentence, k: number): 'land' | 'arms' | null {
  if (k >= s.tEnd) return null;
  const w = (list: string) => doc.index.words(ownAcquisition.id, list);
  const verb = lowerAt(doc, k);
  const kind = w('landVerbs').has(verb) ? 'land' : w('armsVerbs').has(verb) ? 'arms' : null;
  if (!kind) return null;
  const nouns = kind === 'land' ? w('landNouns') : w('armsNouns');
  for (let j = k + 1; j <= Math.min(k + 4, s.tEnd - 1); j++) {
    if ((kind === 'land' && doc.placeAt.has(j)) || nouns.has(lowerAt(doc, j))) return kind;
    if (!doc.tokens[j].word) break;
  }
  return null;
}

const modality: MatchRule = defineRule({
  id: 'trigger/modality', stage: 'trigger',
  reason: 'How firmly a stance is stated: could/may/might before the cue is possible; a conditional clause in the sentence makes it conditional; "had"/"previously" report a past position.',
  apply(t, { doc, s, conditional }) {
    const { tokens } = doc;
    const possible = doc.index.words(this.id, 'possible');
    const past = doc.index.words(this.id, 'past');
    const from = Math.max(s.tStart, t.start - 3);
    for (let j = t.start - 1; j >= from; j--) if (possible.has(tokens[j].lower)) t.modality = 'possible';
    if (conditional) t.modality = 'conditional';
    for (let j = t.start - 1; j >= from; j--) if (past.has(tokens[j].lower)) t.modality = 'reported-past';
  },
});

const warningIsThreat: MatchRule = defineRule({
  id: 'trigger/warning-is-threat', stage: 'trigger',
  reason: 'A warning threatens only when it names a harmful step or what will follow ("warned of massive sanctions", "warned it would cut off gas", "warned of consequences", "warned that if no deal is reached, Ukraine could face …"); "warned that the absence of a vote risks undermining …" and "warned that Russia would run out of tanks" (another party, no harmful step) predict.',
  apply(t, { doc, s }) {
    if (t.type !== 'THREATEN' || !t.cue || !/^warn/.test(lowerAt(doc, t.start))) return;
    // "warned it would halt imports", "warned it would strike Kyiv": the chained modal step is the harmful step.
    if (t.rule.includes('+modal-threat')) return;
    const objects = doc.index.words(this.id);
    // Twelve words after the cue: quote marks and an apostrophe's pieces are no words ('warned the West that "it's
    // not a bluff" that Russia would use all the means' reaches its modal as the unquoted form does).
    for (let j = t.end, words = 0; j < s.tEnd && words < 12; j++) {
      const w = lowerAt(doc, j);
      if (w === ';' || w === '.') break;
      if (doc.tokens[j].word && !(w === 's' && doc.tokens[j - 1]?.text === "'")) words++;
      if (objects.has(w)) return;
      // "warned the U.S. could move on from the talks", "warned that if no deal is reached, Ukraine could face …":
      // a modal or a condition in the warning states what will follow.
      // (Not a modal whose subject is a thing: "warned a sharp supply drop would push up prices" predicts.)
      // (But a failure or refusal of the party warned, with a verb of jeopardising, is what it will lose: "warning
      // that failure to do so could jeopardize American support", consequence-threats.ts.)
      if (doc.index.set.modals.has(w) && thingBefore(doc, s, t.end, j) && !failureConsequence(doc, t.end, j, s.tEnd)) continue;
      // (Nor a modal whose subject is another party named after the warning, with no harmful step of its own:
      // "a NATO general warned that Russia would run out of tanks by next year" forecasts.)
      if (doc.index.set.modals.has(w) && otherPartyForecast(doc, s, t, j)) continue;
      if (doc.index.set.modals.has(w) || w === 'if' || w === 'unless' || w === 'otherwise' || w === 'face') return;
      if (w === 'against') return { drop: 'warned against: a refusal cue handles it' };
    }
    return { drop: 'a warning that names no harmful step of its own' };
  },
});

/**
 * The modal at `m` has for its subject a party named (not a pronoun) after the warning cue `t` and other than
 * the party right before the cue, and the verb after it is no harmful step and no consequence it suffers
 * ("would face", "would lose its funds"): a forecast about that party.
 */
function otherPartyForecast(doc: Doc, s: Sentence, t: Trigger, m: number): boolean {
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const subject = actors.find((a) => a.end === m && a.start >= t.end && a.kind !== 'pronoun' && !a.possessive);
  if (!subject) return false;
  const warner = [...actors].reverse().find((a) => a.end <= t.start && !a.object);
  if (warner && warner.codes.some((c) => subject.codes.includes(c))) return false;
  let v = m + 1;
  while (v < s.tEnd && (doc.tokens[v].lower === 'not' || doc.index.set.modalAdverbs.has(doc.tokens[v].lower))) v++;
  return harmAt(doc, s, v) === null && !doc.index.words(warningIsThreat.id, 'consequenceVerbs').has(doc.tokens[v]?.lower ?? '');
}

/** The modal at `m` has a subject that names no party: a noun right before it, no party mention between `from` and it. */
function thingBefore(doc: Doc, s: Sentence, from: number, m: number): boolean {
  const prev = doc.tokens[m - 1];
  if (!prev?.word || doc.index.set.pronounParty.has(prev.lower) || doc.index.set.pronounPerson.has(prev.lower)) return false;
  // ("warned that Azerbaijani troops would seize more land", "its army would …": a party's armed forces are the
  // party acting, as in candidate/modal's militarySubjects, no thing.)
  // (Only with a harmful step after the modal: "warned that Russian forces would run out of shells" forecasts.)
  const before = doc.tokens[m - 2];
  if (doc.index.words(modalOffer.id, 'militarySubjects').has(prev.lower) && before && (before.cap || ['our', 'its', 'their', 's'].includes(before.lower))) {
    let v = m + 1;
    while (v < s.tEnd && doc.index.set.modalAdverbs.has(doc.tokens[v].lower)) v++;
    if (harmAt(doc, s, v, true) !== null) return false;
  }
  return !(doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start >= from && a.end <= m);
}

const harmfulCommitment: MatchRule = {
  ...harmfulAct,
  apply(t, { doc, s }) {
    // "vowed to fight on", "threatened to cut off gas", "is ready to use force": the step decides the type.
    // "We must ramp up the pressure on Russia's economy": a deontic about one's own side commits it.
    const selfDeontic = t.modal && t.type === 'DEMAND' && doc.index.set.pronounSpeaker.has(lowerAt(doc, t.start - 1));
    if (t.negated || !(t.type === 'OFFER' || t.type === 'THREATEN' || selfDeontic)) return;
    // A modal offer already weighed its own verb ("would halt strikes": halting strikes is a concession); the
    // word after it is that verb's object, not a step of its own.
    if (t.rule === 'modal-offer') return;
    // "pledged not to strike", "undertook not to attack", "vowed never to use force": promising not to do harm
    // is a concession.
    for (let k = t.start; k < t.end + 1 && k < s.tEnd; k++) if (lowerAt(doc, k) === 'not' || lowerAt(doc, k) === 'never') return;
    // ("Russia had no plans to attack NATO", "has no intention of invading": a refusal cue read as not doing one's own
    // act, spec rule 7, excluding a harmful step is a reassurance about the war, no threat and no term of a settlement.)
    if (t.cue?.type === 'REJECT') {
      let k = t.end;
      if (lowerAt(doc, k) === 'to' || lowerAt(doc, k) === 'of') k++;
      return harmAt(doc, s, k) ? { drop: 'no plan to take a harmful step: a reassurance, no term of a settlement' } : undefined;
    }
    // ("Azerbaijan's threat to use force": a threat noun whose phrase ends in the step's verb, candidate/threatened-step.)
    const phraseStep = threatPhraseStep(doc, s, t);
    if (phraseStep) { t.defaultIssue = phraseStep; return { change: `THREATEN → THREATEN (${phraseStep}): the step the threat noun names` }; }
    let j = t.end;
    if (lowerAt(doc, j) === 'to') j++;
    if (t.type === 'THREATEN' && lowerAt(doc, j - 1) !== 'to' && j === t.end) return;
    const harm = harmAt(doc, s, j);
    if (!harm) return;
    const before = t.type;
    t.type = 'THREATEN'; t.defaultIssue = harm;
    return { change: `${before} → THREATEN (${harm})` };
  },
};

const keptOption: MatchRule = defineRule({
  id: 'trigger/kept-option', stage: 'trigger',
  reason: 'Not excluding a step keeps it open: "did not rule out a new offensive", "refused to rule out strikes on Kyiv", "would not exclude further sanctions on Russian banks" keep a harmful step open, a threat of it (THREATEN; sanctions or ceasefire); "refused to rule out talks with Putin" keeps a peaceful one open, a possible offer, and so does one of forces named as a guarantee ("did not rule out US involvement in a force on the ground", "would not exclude sending troops to a reassurance force": a security_guarantees term after the verb). The harmful objects are data; a refusal chained with "rule out" is a double negation, not a refusal.',
  apply(t, { doc, s }) {
    if (!(t.type === 'REJECT' || (t.type === 'OFFER' && t.negated))) return;
    // The verb of excluding inside the stance: "rule out", "ruled out", "exclude".
    const excluding = doc.index.words(this.id, 'excludingVerbs');
    let x = -1;
    for (let k = t.start; k < t.end && x < 0; k++) {
      const w = lowerAt(doc, k);
      if (excluding.has(w) && (!/^rul/.test(w) || lowerAt(doc, k + 1) === 'out')) x = /^rul/.test(w) ? k + 2 : k + 1;
    }
    if (x < 0) return;
    // Kept open: the negation made it a possible offer, or a refusal comes before the excluding verb.
    // ("declined to rule out …": a refusal that is no cue of its own.)
    const declined = lowerAt(doc, t.start - 1) === 'to' && doc.index.words(this.id, 'refusingVerbs').has(lowerAt(doc, t.start - 2));
    const doubled = t.type === 'OFFER' || x - t.start > 2 || declined;
    if (!doubled) return;
    const harmful = doc.index.words(this.id, 'harmfulObjects');
    const sanctionWords = doc.index.words(this.id, 'sanctionObjects');
    let harm: string | null = null;
    for (let k = Math.max(x, t.end); k < Math.min(t.end + 8, s.tEnd); k++) {
      const w = lowerAt(doc, k);
      if (w === ',' || w === ';' || w === 'if' || w === 'unless' || w === 'but') break;
      // ("did not rule out US involvement in a force on the ground", "refused to rule out sending peacekeepers": forces
      // named as a guarantee, an issues.json security_guarantees term, are a contribution kept open, not a threat.)
      if (doc.issueAt.get(k)?.values.some((v) => v.issue === 'security_guarantees')) break;
      if (sanctionWords.has(w)) { harm = 'sanctions'; break; }
      if (harmful.has(w) || (w === 'action' && lowerAt(doc, k - 1) === 'military')) { harm = 'ceasefire'; break; }
    }
    const before = t.type;
    if (harm) { t.type = 'THREATEN'; t.defaultIssue = harm; t.modality = 'possible'; return { change: `${before} → THREATEN (${harm}): a harmful step kept open` }; }
    if (t.type === 'REJECT') { t.type = 'OFFER'; t.negated = true; t.modality = 'possible'; return { change: 'REJECT → possible OFFER: a step not excluded' }; }
  },
});

const deliveryRecipient: MatchRule = defineRule({
  id: 'trigger/delivery-recipient', stage: 'trigger',
  reason: 'Sending, supplying or financing is an offer only to a party named as its recipient: "We will send them Patriots", "Washington would supply air defence systems to Kyiv", "Norway will finance the deliveries for Ukraine"; "Russia will send more troops to the front" names none (and a party sending forces into another\'s land is no offer).',
  apply(t, { doc, s }) {
    if (t.rule !== 'modal-offer') return;
    const verb = lowerAt(doc, t.end - 1);
    if (!doc.index.words(this.id).has(verb)) return;
    // ("We will send them Patriots": the recipient as the verb's first object.)
    if (doc.index.words(this.id, 'recipientPronouns').has(lowerAt(doc, t.end))) return;
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    const holderish = actors.filter((a) => a.end <= t.start);
    const sides = doc.principalsAt(s.index);
    for (const a of actors) {
      if (a.start < t.end || a.start > t.end + 9 || !a.codes.length) continue;
      const before = lowerAt(doc, a.start - 1) === 'the' ? lowerAt(doc, a.start - 2) : lowerAt(doc, a.start - 1);
      // A recipient: right after the verb ("send them", "supply Kyiv with"), or after "to"/"for".
      if (a.start !== t.end && before !== 'to' && before !== 'for') continue;
      if (holderish.some((h) => h.codes.join() === a.codes.join())) continue;
      // ("Russia will send more troops to Ukraine": one side of the war sending to the other is no offer.)
      if (a.codes.every((c) => sides.includes(c)) && holderish.some((h) => h.codes.length && h.codes.every((c) => sides.includes(c)))) continue;
      return;
    }
    return { drop: `"${verb}" names no party that receives` };
  },
});

const typedObject: MatchRule = defineRule({
  id: 'trigger/typed-object', stage: 'trigger',
  reason: '"set out his conditions", "outlined Moscow\'s demands", "presented concessions": what is presented gives the stance its type (conditions are demanded, concessions offered), not the verb of presenting; not what it lacks ("a proposal for new talks without conditions").',
  apply(t, { doc, s }) {
    if (t.type !== 'PROPOSE' || !t.cue || !doc.index.words(this.id, 'presenting').has(t.cue.id)) return;
    // (From the verb on: "presented its demands" may have been chained into one stance.)
    for (let j = t.start + 1; j < Math.min(t.end + 5, s.tEnd); j++) {
      const w = lowerAt(doc, j);
      // ("the EU proposal for new talks without conditions": conditions it lacks do not make it a demand.)
      if (w === 'without' || w === 'no') break;
      if (doc.index.words(this.id, 'demand').has(w)) { t.type = 'DEMAND'; t.listed = true; t.typedAt = j; return { change: `PROPOSE → DEMAND (${w})` }; }
      if (doc.index.words(this.id, 'offer').has(w)) { t.type = 'OFFER'; t.listed = true; t.typedAt = j; return { change: `PROPOSE → OFFER (${w})` }; }
      if (!doc.tokens[j].word) break;
    }
  },
});

const openToProposal: MatchRule = defineRule({
  id: 'trigger/open-to-proposal', stage: 'trigger',
  reason: 'Openness to a proposal already made ("Baku was open to the Armenian proposal", "Moscow said it was open to the idea in principle", "receptive to such proposals") agrees to another\'s proposal: an ACCEPT (spec §2), not an offer of one\'s own. The object is a proposal noun after the cue, with only a determiner and its author (a party\'s name or adjective, a possessive) between; "open to the idea of a truce" (a phrase of its own) and "open to a truce" stay offers.',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER' || t.cue?.id !== 'willing' || t.negated) return;
    const last = lowerAt(doc, t.end - 1);
    if (last !== 'to' && last !== 'for') return;
    const nouns = doc.index.words(this.id, 'nouns');
    const dets = doc.index.words(this.id, 'determiners');
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    for (let j = t.end; j < Math.min(t.end + 5, s.tEnd); j++) {
      const w = lowerAt(doc, j);
      if (nouns.has(w)) {
        // ("the idea of a truce", "proposals for talks on a truce" with "of": the content is the actor's own.)
        if (lowerAt(doc, j + 1) === 'of') return;
        t.type = 'ACCEPT';
        return { change: `OFFER → ACCEPT (open to the ${w} of another)` };
      }
      if (dets.has(w) || w === 's' || doc.tokens[j].text === "'") continue;
      // (The author: "the Armenian", "Washington's", one token at a time: a mention may take in the noun itself.)
      if (actors.some((m) => m.start <= j && j < m.end)) continue;
      return;
    }
  },
});

const trailingAdverb: MatchRule = defineRule({
  id: 'trigger/trailing-adverb', stage: 'trigger',
  reason: 'An adverbial cue that closes the clause of a stance verb before it ("Baku agreed with the proposals to halt the shelling \'in principle\', but …", "Belgrade accepted the plan in principle.") only qualifies that stance; it is no stance of its own, whose object would be read from what comes after it. Alone, or before its object ("agreed in principle to a truce", "In principle, yes"), it stays a cue. Between a word of willingness (\'willingWords\') and its "to" ("Ankara was prepared in principle to be one of the guarantors", "ready, in principle, to host the talks") it hedges an offer: the stance is that OFFER, not an acceptance.',
  apply(t, { doc, s }) {
    if (!t.cue || !doc.index.words(this.id, 'adverbs').has(doc.text.slice(doc.tokens[t.start].start, doc.tokens[t.end - 1].end).toLowerCase())) return;
    // ("was prepared in principle to contribute troops", "ready, in principle, to host the talks": inside a phrase of
    // willingness, between the adjective and its "to", the adverb only hedges the offer; the stance is the offer.)
    let a = t.start - 1;
    if (doc.tokens[a]?.text === ',') a--;
    let z = t.end;
    if (doc.tokens[z]?.text === ',') z++;
    if (a >= s.tStart && doc.index.words(this.id, 'willingWords').has(doc.tokens[a].lower) && doc.tokens[z]?.lower === 'to') {
      if (t.type === 'OFFER') return;
      t.type = 'OFFER';
      return { change: `inside "${doc.tokens[a].text} … to": a hedged offer (ACCEPT → OFFER)` };
    }
    // (What follows closes the clause: a comma, a stop, a closing quote, "but", or the end of the sentence.)
    let k = t.end;
    while (k < s.tEnd && (doc.tokens[k].text === '"' || doc.tokens[k].text === "'")) k++;
    const next = k < s.tEnd ? doc.tokens[k] : null;
    if (next && next.word && next.lower !== 'but') return;
    const verbs = doc.index.words(this.id, 'stanceWords');
    for (let j = t.start - 1; j >= s.tStart; j--) {
      if (doc.tokens[j].text === ';') return;
      if (verbs.has(doc.tokens[j].lower)) return { drop: `qualifies "${doc.tokens[j].text}" before it` };
    }
  },
});

export const TRIGGER_RULES: MatchRule[] = [speakingRefusal, appraisedAs, signedDocument, soughtAgreement, purposeOfEfforts, typedObject, openToProposal, engagedProposal, trailingAdverb, blocker, withoutStance, failedStance, purposeClause, purposeParticiple, pressedAcceptance, adoptedMeasure, gerundSubject, speculation, deniedReport, unassertedComplement, votedResolution, withdrawnStance, observerBelief, believedStance, privateSubject, capability, forecast, nothingAgreed, condemnedAct, insistedFact, passiveOffer, mandatedCommitment, recipientTerms, habitual, brokerNeedsObject, brokeredRecord, brokeredMeeting, brokeredInForce, removedNeed, keepIsDemand, keptOwnStance, termsSetOut, acceptableProposals, recoveredLand, leftAgreement, deliveryRecipient, deniedCall, negation, negativeSubject, existentialNone, keptOption, ownAcquisition, continuedAct, harmfulCommitment, warnedNotTo, warningIsThreat, abilityIfWanted, modality];

/** Index of a negation within `window` tokens before `start` (same sentence), or -1. */
export function negationBefore(doc: Doc, s: Sentence, start: number, window = 3): number {
  const { tokens } = doc;
  let from = Math.max(s.tStart, start - window);
  for (let j = start - 1; j >= from; j--) {
    // ("would never, Peskov said, accept": a reporting aside, discourse/reporting-aside, is stepped over.)
    if (tokens[j].text === ',') {
      let o = j - 1;
      while (o > Math.max(s.tStart, j - 10) && tokens[o].aside !== j) o--;
      if (tokens[o].aside === j) { from = Math.max(s.tStart, from - (j - o + 1)); j = o; continue; }
      // ("would not, however, oppose talks", "did not, in principle, object": an adverbial set off by commas between the
      // negation and its cue is stepped over, trigger/negation 'asides'.)
      const a = adverbialAside(doc, s, j, -1);
      if (a > 0) { from = Math.max(s.tStart, from - (j - a + 1)); j = a; continue; }
    }
    const w = tokens[j].lower;
    if (doc.index.set.negation.has(w)) return j;
    // ("stopped short of accepting", "fell short of endorsing": the act was not done; rules.json trigger/negation
    // 'shortOfVerbs'.)
    if (w === 'short' && j + 2 === start && tokens[j + 1].lower === 'of' && doc.index.words('trigger/negation', 'shortOfVerbs').has(tokens[j - 1]?.lower ?? '')) return j - 1;
    // Contractions tokenize as "won", "'", "t" (the stem as written: its lower case is the modal's, "will",
    // discourse/modal-contractions).
    if (w === 't' && tokens[j - 1]?.text === "'" && /n$/i.test(tokens[j - 2]?.text ?? '')) return j - 2;
    // (A quote mark opening the cue is no boundary: 'would not "rubber-stamp" the renewal', 'did not "welcome" it'.)
    if (!tokens[j].word && w !== "'" && w !== '-' && w !== '"') break;
  }
  return -1;
}

/**
 * The other comma of an adverbial aside (", however,", ", in principle,": trigger/negation 'asides') whose one comma is
 * at `j`: the closing comma when `dir` is 1 (j opens it), the opening one when -1 (j closes it); else -1.
 */
function adverbialAside(doc: Doc, s: Sentence, j: number, dir: 1 | -1): number {
  const { tokens } = doc;
  if (tokens[j]?.text !== ',') return -1;
  const asides = doc.index.words('trigger/negation', 'asides');
  for (let c = j + 2 * dir; dir > 0 ? c < Math.min(s.tEnd, j + 6) : c >= Math.max(s.tStart + 1, j - 5); c += dir) {
    if (tokens[c].text !== ',') continue;
    const [from, to] = dir > 0 ? [j + 1, c] : [c + 1, j];
    return asides.has(tokens.slice(from, to).map((x) => x.lower).join(' ')) ? c : -1;
  }
  return -1;
}

const negatedHeadRule = defineRule({
  id: 'trigger/negated-head', stage: 'trigger',
  reason: '"This is not a deal Belgrade will accept", "It is not an option that we can accept" ("not something …" is candidate/not-something-accepted\'s): a negated copula before a general noun (\'heads\') and the relative clause it heads negates the clause\'s verb of acceptance or offer: a refusal. The clause is a subject (a pronoun or one name) and at most three auxiliaries (\'auxiliaries\').',
});

/** Marks a candidate's rule whose negation is a negated head (trigger/negated-head). */
export const NEGATED_HEAD = ':negated-head';

/** The negation of "is not something [that] SUBJECT AUX* <cue>" before a cue at `start`, else -1 (trigger/negated-head). */
function negatedHead(doc: Doc, s: Sentence, start: number): number {
  const { tokens } = doc;
  const aux = doc.index.words(negatedHeadRule.id, 'auxiliaries'), heads = doc.index.words(negatedHeadRule.id, 'heads');
  let j = start - 1;
  for (let n = 0; n < 3 && j > s.tStart && (aux.has(tokens[j].lower) || tokens[j].text === "'"); n++) j--;
  // The clause's subject: a pronoun or a capitalised name of one or two words.
  if (j <= s.tStart || !tokens[j].word) return -1;
  if (!/^(?:we|i|they|he|she|you|it)$/.test(tokens[j].lower)) {
    if (!tokens[j].cap) return -1;
    if (tokens[j - 1]?.cap && tokens[j - 1].word && !heads.has(tokens[j - 1].lower)) j--;
  }
  j--;
  if (tokens[j]?.lower === 'that' || tokens[j]?.lower === 'which') j--;
  if (!heads.has(tokens[j]?.lower ?? '')) return -1;
  j--;
  if (/^(?:a|an|the|one)$/.test(tokens[j]?.lower ?? '')) j--;
  // "not", after a copula: "is not", "'s not", "was not".
  if (j < s.tStart || tokens[j].lower !== 'not' || !/^(?:is|s|was|are|were|be)$/.test(tokens[j - 1]?.lower ?? '')) return -1;
  return j;
}

/**
 * The negation of a verb of opinion whose clause holds the need at `start` ("did not think | a ceasefire was
 * necessary"), else -1: the opinion verb within ten words before, no punctuation between, the negation right before
 * it (rules.json trigger/negation 'raisingVerbs').
 */
function raisedNegation(doc: Doc, s: Sentence, start: number): number {
  const { tokens } = doc;
  const raising = doc.index.words(negation.id, 'raisingVerbs');
  for (let j = start - 1; j > Math.max(s.tStart, start - 11); j--) {
    if (!tokens[j].word) return -1;
    if (!raising.has(tokens[j].lower)) continue;
    if (doc.index.set.negation.has(tokens[j - 1]?.lower ?? '')) return j - 1;
    if (tokens[j - 1]?.lower === 't' && tokens[j - 2]?.text === "'") return j - 3;
    return -1;
  }
  return -1;
}

function isAbsence(doc: Doc, negAt: number): boolean {
  const { tokens } = doc;
  const w = tokens[negAt].lower;
  const prev = tokens[negAt - 1]?.lower;
  if (doc.index.vocab.negation.absence.includes(`${prev} ${w}`)) return true;
  if (doc.index.words('trigger/negation', 'absenceWords').has(w)) return true;
  if (w === 'not' && tokens[negAt + 1]?.lower === 'yet') return true;
  return false;
}

// ---------------------------------------------------------------------------------------------

/** Runs rules in order on one candidate; false when one drops it. */
function runRules(rules: MatchRule[], t: Trigger, ctx: SentenceCtx): boolean {
  for (const r of rules) {
    // (A rule whose gate's words are absent from the sentence can change nothing: RuleInfo.needs, rules/gate.ts.)
    if (r.needs !== undefined && !gateOpen(ctx.doc, ctx.s, r)) continue;
    const o = r.apply(t, ctx);
    if (!o) continue;
    if ('drop' in o) { emit(ctx, r.id, 'drop', t, o.drop); return false; }
    emit(ctx, r.id, 'change', t, o.change);
  }
  return true;
}

function emit(ctx: SentenceCtx, rule: string, decision: 'found' | 'drop' | 'change' | 'keep', t: Trigger, detail: string): void {
  if (!ctx.trace) return;
  const { tokens, text } = ctx.doc;
  const span: [number, number] = [tokens[t.start].start, tokens[t.end - 1].end];
  ctx.trace({ rule, decision, span, text: text.slice(span[0], span[1]), detail: `${t.type} ${detail}` });
}

export function findTriggers(doc: Doc, s: Sentence, trace?: TraceSink): Trigger[] {
  const { tokens } = doc;
  // Per-sentence facts, found once: most sentences have no blocker and no conditional at all.
  const hasBlocker = (s.classes & (BLOCKER.bit | CONDITION_START.bit | QUESTION_VERB.bit)) !== 0;
  let conditional = false;
  if ((s.classes & CONDITIONAL.bit) !== 0) {
    for (let j = s.tStart; j < s.tEnd && !conditional; j++) {
      const w = tokens[j].lower;
      if (w === 'if' || w === 'unless' || (w === 'as' && tokens[j + 1]?.lower === 'long')) conditional = true;
    }
  }
  // ("could hold an election within 90 days of a ceasefire": an act timed by the settlement, claim/contingency.)
  // ("would sign the treaty once Yerevan changes its constitution", "as soon as Kyiv withdraws", "provided that …":
  // the other words that open a condition, condition-marks.ts, make the sentence conditional as "if" does.)
  if (!conditional && (s.classes & CONDITION_START.bit) !== 0) {
    // (Only with another party named as the condition's subject: "once he arrives at the summit" times the
    // speaker's own act, "as soon as next week" is a date, and "only after/only when …" restricts a refusal.)
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    for (let j = s.tStart; j < s.tEnd && !conditional; j++) {
      if (!inClass(tokens[j], CONDITION_START) || tokens[j - 1]?.lower === 'only') continue;
      const mark = conditionAt(doc, j);
      if (mark?.kind !== 'if') continue;
      const after = j + mark.length + (tokens[j + mark.length]?.lower === 'that' ? 1 : 0);
      if (actors.some((a) => a.start >= after && a.start <= after + 1 && !a.possessive && !a.pronoun && !a.document)) conditional = true;
    }
  }
  if (!conditional) conditional = hasContingency(doc, s);
  // ("India would first have to release the fishermen. Islamabad would in turn free the pilot": the consequence of
  // the obligation before it, candidate/sequence-step.)
  if (!conditional && isSequenceStep(doc, s)) { conditional = true; if (trace) trace({ rule: sequenceStep.id, decision: 'keep', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: 'the consequence of the obligation before it: conditional' }); }
  const ctx: SentenceCtx = { doc, s, trace, hasBlocker, conditional };
  if (tokens[s.tEnd - 1]?.text === '?' || (tokens[s.tEnd - 1]?.text === '"' && tokens[s.tEnd - 2]?.text === '?')) {
    if (trace && doc.cuesBySentence.get(s.index)?.length) trace({ rule: question.id, decision: 'drop', span: [s.start, s.end], text: doc.text.slice(s.start, s.end), detail: 'a question' });
    // ("What negotiations can we even talk about with people who …?": a rhetorical question refuses, candidate/rhetorical-question.)
    const rhetorical = rhetoricalQuestionCandidates(doc, s, []);
    for (const h of rhetorical) emit(ctx, rhetoricalQuestion.id, 'found', h.trigger, h.detail);
    return rhetorical.map((h) => h.trigger);
  }
  const raw = cueCandidates(ctx);
  gapCandidates(ctx, raw);
  // ("had given Kyiv until Thursday, the US holiday, to respond", "a deadline for Kyiv to respond": candidate/deadline-set.)
  if (gateOpen(doc, s, deadlineSet)) for (const h of deadlineCandidates(doc, s, raw)) { emit(ctx, deadlineSet.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  modalCandidates(ctx, raw);
  coordinatedModalCandidates(ctx, raw);
  imperativeCandidates(ctx, raw);
  notWithoutCandidates(ctx, raw);
  // (Each finder below whose rule has a gate, RuleInfo.needs, runs only on a sentence holding its words: rules/gate.ts.)
  if (gateOpen(doc, s, possibleWithout)) for (const h of possibleWithoutCandidates(doc, s, raw)) { emit(ctx, possibleWithout.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("would treat any use of the assets as theft", "would be regarded as a violation": candidate/regarded-as-hostile.)
  if ((s.classes & MODAL.bit) !== 0) for (const h of regardedAsHostileCandidates(doc, s, raw)) { emit(ctx, regardedAsHostile.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("the sanctions would remain in place until Moscow ends its aggression", "will maintain its sanctions until …":
  // a penalty kept until a condition is met, candidate/persisting-penalty.)
  if (gateOpen(doc, s, persistingPenalty)) for (const h of persistingPenaltyCandidates(doc, s, raw)) { emit(ctx, persistingPenalty.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("A meeting between the two leaders was possible only after …", "could take place once …": candidate/possible-meeting.)
  if (gateOpen(doc, s, possibleMeeting)) for (const h of possibleMeetingCandidates(doc, s, raw)) { emit(ctx, h.rule, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Trump said nothing would happen until he and Putin met": candidate/until-meeting.)
  if (gateOpen(doc, s, untilMeeting)) for (const h of untilMeetingCandidates(doc, s, raw)) { emit(ctx, untilMeeting.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Ukraine would also remain non-nuclear", "Moldova will stay a neutral country": candidate/own-status.)
  if (gateOpen(doc, s, ownStatus) && (s.classes & MODAL.bit) !== 0) for (const h of ownStatusCandidates(doc, s, raw)) { emit(ctx, ownStatus.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("the status of Crimea would be the subject of separate talks", "would be left to a meeting of the two presidents":
  // candidate/deferred-question.)
  if (gateOpen(doc, s, deferredQuestion)) for (const h of deferredQuestionCandidates(doc, s, raw)) { emit(ctx, deferredQuestion.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("any attack on the islands would be met with force", "will not go unanswered": candidate/met-with-force.)
  if ((s.classes & MODAL.bit) !== 0) for (const h of metWithForceCandidates(doc, s, raw)) { emit(ctx, metWithForce.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("a strike deep into Russia would bring a 'very serious' response", "would mean a new stage of escalation": candidate/brought-response.)
  if (gateOpen(doc, s, broughtResponse) && (s.classes & MODAL.bit) !== 0) for (const h of broughtResponseCandidates(doc, s, raw)) { emit(ctx, broughtResponse.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("would pursue Belgium in international courts if the money were used", "will answer with seizures of Western
  // property": retaliation against a use of assets, a threat of sanctions, candidate/asset-retaliation.)
  if (gateOpen(doc, s, assetRetaliation)) for (const h of assetRetaliationCandidates(doc, s, raw)) { emit(ctx, assetRetaliation.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Any use of our assets is theft, and there will be a response": a response to a use of money, candidate/asset-response.)
  for (const t of assetResponseTriggers(doc, s, raw)) { t.defaultIssue = 'sanctions'; emit(ctx, assetResponse.id, 'change', t, 'a response to a use of money named before it: sanctions'); }
  // ("It commits the signatories to robust guarantees", "committing Britain and France to deploy forces": the bound
  // party's OFFER, before a plan's provision would read the clause, candidate/commits-object.)
  if (gateOpen(doc, s, commitsObject)) for (const h of commitsObjectCandidates(doc, s, raw)) { emit(ctx, commitsObject.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  listNounCandidates(ctx, raw);
  listedBackCandidates(ctx, raw);
  documentProvisionCandidates(ctx, raw);
  planRelativeCandidates(ctx, raw);
  documentListItemCandidates(ctx, raw);
  listSentenceCandidates(ctx, raw);
  optionFrameCandidates(ctx, raw);
  provisionContinuesCandidates(ctx, raw);
  for (const h of planCoreCandidates(doc, s, raw)) { emit(ctx, planCore.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Aliyev listed the principles: …": a list after a verb of listing and a colon, candidate/listed-colon.)
  for (const h of listedColonCandidates(doc, s, raw)) { emit(ctx, listedColon.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of positionFrameCandidates(doc, s, raw)) emit(ctx, positionFrame.id, 'change', h.trigger, h.detail);
  // ("Armenia's position, Pashinyan said, was that …": past an insert before the copula, candidate/position-frame-insert.)
  for (const h of positionFrameInsertCandidates(doc, s, raw)) emit(ctx, positionFrameInsert.id, 'change', h.trigger, h.detail);
  // ("Moscow's position on Crimea and the Donbas remained unchanged": the possessor's standing demand on the question, candidate/unchanged-position.)
  if (gateOpen(doc, s, unchangedPosition)) for (const h of unchangedPositionCandidates(doc, s, raw)) { emit(ctx, unchangedPosition.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, ofPartyStance)) for (const h of ofPartyStanceCandidates(doc, s, raw)) { emit(ctx, ofPartyStance.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("The priority, he told senators, is a full exchange of prisoners": candidate/interrupted-copula.)
  for (const h of interruptedCopulaCandidates(doc, s, raw)) { emit(ctx, interruptedCopula.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Russia has made the withdrawal of Ukrainian troops from Donbas a condition for any ceasefire": candidate/made-condition.)
  if (gateOpen(doc, s, madeCondition)) for (const h of madeConditionCandidates(doc, s, raw)) { emit(ctx, madeCondition.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("… would be a precondition for lifting the sanctions": the penalty kept until then, candidate/withheld-relief.)
  if (gateOpen(doc, s, withheldRelief)) for (const h of withheldReliefCandidates(doc, s, raw)) { emit(ctx, withheldRelief.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Russia warned European countries against sending troops to Ukraine": candidate/warned-against.)
  if (gateOpen(doc, s, warnedAgainst)) for (const h of warnedAgainstCandidates(doc, s, raw)) { emit(ctx, warnedAgainst.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("would not be happy if Putin did not agree to a ceasefire": displeasure at a refusal asks for the act, candidate/displeased-if.)
  if (gateOpen(doc, s, displeasedIf)) for (const h of displeasedIfCandidates(doc, s, raw)) { emit(ctx, displeasedIf.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, constitutionBars)) for (const h of constitutionBarCandidates(doc, s, raw)) { emit(ctx, constitutionBars.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of freeRelativeLists(doc, s, raw)) { emit(ctx, freeRelativeList.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of planPartsLists(doc, s, raw)) { emit(ctx, planParts.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of evaluationCandidates(doc, s, raw)) { emit(ctx, evaluation.id, 'found', h.trigger, h.detail); dropJudgedProvision(ctx, raw, h.trigger); dropJudgingNoun(ctx, raw, h.trigger); raw.push(h.trigger); }
  for (const h of namedJudgementCandidates(doc, s, raw)) { emit(ctx, namedJudgement.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("the Russian proposals were \"reasonable\"", "Kyiv's formula was \"doomed to failure\"": a whole plan appraised, candidate/appraised-plan.)
  if (gateOpen(doc, s, appraisedPlan)) for (const h of appraisedPlanCandidates(doc, s, raw)) { emit(ctx, appraisedPlan.id, h.existing ? 'change' : 'found', h.trigger, h.detail); if (!h.existing) raw.push(h.trigger); }
  // ("Russia saw no basis for a settlement": a settlement refused as a whole, the talks, candidate/groundless-settlement.)
  for (const h of groundlessSettlements(doc, s, raw)) emit(ctx, groundlessSettlement.id, 'change', h.trigger, h.detail);
  // ("Ukraine would work \"calmly\" with Washington on the document": a whole plan taken up, candidate/worked-plan.)
  if (gateOpen(doc, s, workedPlan)) for (const h of workedPlanCandidates(doc, s, raw)) { emit(ctx, workedPlan.id, h.existing ? 'change' : 'found', h.trigger, h.detail); if (!h.existing) raw.push(h.trigger); }
  // ("the 20-point framework was \"90 percent\" agreed": a text settled to a share, candidate/agreed-share.)
  if (gateOpen(doc, s, agreedShare)) for (const h of agreedShareCandidates(doc, s, raw)) { emit(ctx, agreedShare.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("the withdrawal of Armenian troops remained part of any settlement": a term named as part of any settlement, candidate/settlement-part.)
  if (gateOpen(doc, s, settlementPart)) for (const h of settlementPartCandidates(doc, s, raw)) { emit(ctx, settlementPart.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Washington did not see NATO membership for Kyiv as a realistic outcome": candidate/denied-appraisal.)
  if (gateOpen(doc, s, deniedAppraisal)) for (const h of deniedAppraisalCandidates(doc, s, raw)) { emit(ctx, deniedAppraisal.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ('"What negotiations can we talk about with people who …?" he asked': a rhetorical question inside the sentence.)
  for (const h of rhetoricalQuestionCandidates(doc, s, raw)) { emit(ctx, rhetoricalQuestion.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of namedApprovalCandidates(doc, s, raw)) { emit(ctx, namedApproval.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of refusedSomethingCandidates(doc, s, raw)) { emit(ctx, refusedSomething.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // (In a plan's provisions, "No NATO troops would be stationed in Ukraine" is the plan's point, held by its authors:
  // candidate/forces-passive reads only a party's own sentence; so too in a bullet or numbered item of a plan,
  // "6. No NATO troops would be stationed in Ukraine.", candidate/document-list-item.)
  if (gateOpen(doc, s, forcesPassive) && !provisionsOf(doc).has(s.index) && !planItemsOf(doc).has(s.index)) for (const h of forcesPassiveCandidates(doc, s, raw)) { emit(ctx, forcesPassive.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of resistedPressureCandidates(doc, s, raw)) { emit(ctx, resistedPressure.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of partyModifierCandidates(doc, s, raw)) { emit(ctx, partyModifier.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, threatenedStep)) for (const h of threatenedStepCandidates(doc, s, raw)) { emit(ctx, threatenedStep.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of figurativeCandidates(doc, s, raw)) { emit(ctx, figurativeRefusal.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, preferredOutcome)) for (const h of preferredOutcomeCandidates(doc, s, raw)) { emit(ctx, preferredOutcome.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Scholz said peace could not mean capitulation": a settlement refused as a capitulation, candidate/peace-not-surrender.)
  if (gateOpen(doc, s, peaceNotSurrender)) for (const h of peaceNotSurrenderCandidates(doc, s, raw)) { emit(ctx, peaceNotSurrender.id, h.existing ? 'change' : 'found', h.trigger, h.detail); if (!h.existing) raw.push(h.trigger); }
  if (gateOpen(doc, s, whatPredicate)) for (const h of whatPredicateCandidates(doc, s, raw)) { emit(ctx, whatPredicate.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, awaitedMeeting)) for (const h of awaitedMeetingCandidates(doc, s, raw)) { emit(ctx, awaitedMeeting.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, bareAvailability)) for (const h of bareAvailabilityCandidates(doc, s, raw)) { emit(ctx, bareAvailability.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("In that case, Ukraine will have the full right to self-defence": a warning of force, candidate/self-defence-right.)
  if (gateOpen(doc, s, selfDefenceRight)) for (const h of selfDefenceRightCandidates(doc, s, raw)) { emit(ctx, selfDefenceRight.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Otherwise the question will be decided by the Russian army", "the army will take care of it": a warning of war over
  // the question, candidate/army-decides.)
  if ((s.classes & MODAL.bit) !== 0) for (const h of armyDecidesCandidates(doc, s, raw)) { emit(ctx, armyDecides.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("the conditions for talks would be different next time", "would only lead to additional demands": terms that will
  // get worse, a warning, candidate/worsened-terms.)
  if ((s.classes & MODAL.bit) !== 0) for (const h of worsenedTermsCandidates(doc, s, raw)) { emit(ctx, worsenedTerms.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of upToPartyCandidates(doc, s, raw)) { emit(ctx, upToParty.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Moscow said it shared Beijing's views": agreeing with a party's whole stance, candidate/shared-position.)
  if (gateOpen(doc, s, sharedPosition)) for (const h of sharedPositionCandidates(doc, s, raw)) { emit(ctx, sharedPosition.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of partyDecidesCandidates(doc, s, raw)) { emit(ctx, partyDecides.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, orFace)) for (const h of orFaceCandidates(doc, s, raw)) { emit(ctx, orFace.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of provisoCandidates(doc, s, raw)) { emit(ctx, h.rule, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of splitPhrasalCandidates(doc, s, raw)) { emit(ctx, splitPhrasal.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  if (gateOpen(doc, s, negotiatedMeans)) for (const h of negotiatedMeansCandidates(doc, s, raw)) { emit(ctx, negotiatedMeans.id, h.replaced ? 'change' : 'found', h.trigger, h.detail); if (!h.replaced) raw.push(h.trigger); }
  if (gateOpen(doc, s, onlyPrecondition)) for (const h of preconditionCandidates(doc, s, raw)) { emit(ctx, onlyPrecondition.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("Only if Baku withdraws will there be any talk of a treaty": the fronted condition ends at the inverted modal, claim/inverted-only-if.)
  if (gateOpen(doc, s, invertedOnlyIf)) { const inv = endInvertedCondition(doc, s, raw); if (inv) emit(ctx, invertedOnlyIf.id, 'change', inv, 'the condition ends at the inverted modal'); }
  for (const h of deniedImpositionCandidates(doc, s, raw)) { emit(ctx, h.rule ?? deniedImposition.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of weighedMeasureCandidates(doc, s, raw)) { emit(ctx, weighedMeasure.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  for (const h of talksOutcomeCandidates(doc, s, raw)) { emit(ctx, talksOutcome.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // ("came away with an agreement", "The only result was an agreement": the same acceptance by those at the table.)
  for (const h of talksResultCandidates(doc, s, raw)) { emit(ctx, talksResult.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  // (The cue's own match rules judge it as they judge "VERB that".)
  for (const h of zeroThatCandidates(doc, s, raw)) { emit(ctx, zeroThat.id, 'found', h.trigger, h.detail); if (runRules(MATCH_RULES, h.trigger, ctx)) raw.push(h.trigger); }
  if (conditional || hasBlocker) for (const h of cessationCandidates(doc, s, raw)) { emit(ctx, conditionalCessation.id, 'found', h.trigger, h.detail); raw.push(h.trigger); }
  raw.sort((a, b) => a.start - b.start);
  const out: Trigger[] = [];
  for (const t of chainTriggers(ctx, raw)) if (runRules(TRIGGER_RULES, t, ctx)) out.push(t);
  // "Moscow wants the Kherson region, Kyiv a return to the 1991 borders": the second party takes the verb.
  const gapped = gappedVerbStances(doc, s, out);
  if (gapped.length) { for (const h of gapped) { emit(ctx, gappedVerb.id, 'found', h.trigger, h.detail); out.push(h.trigger); } out.sort((a, b) => a.start - b.start); }
  // The list noun that typed a presenting verb is its object ("laid out their joint demands: …").
  const typed = out.filter((t) => t.typedAt !== undefined);
  if (typed.length) return out.filter((t) => !typed.some((o) => o !== t && o.typedAt! >= t.start && o.typedAt! < t.end));
  return out;
}
