// A judgement of a whole package of terms or of a plan, naming no issue of its own (content/judged-package):
// "Zelensky said the demands were "an ultimatum"", "Macron said Russia's position in Istanbul was "not acceptable"",
// "The source described the demands as "non-starters"". The package is the stances it refers back to: those of
// another party (its possessor's, when it has one) in the two sentences before. When they all name one issue the
// judgement is about that issue ("… demanded that Ukraine withdraw from the four regions. The source described the
// demands as non-starters" refuses the withdrawal); when they name several, or there are none, the package is judged
// as a whole, which spec rule 9 puts under `talks`. A plan refers back to what was proposed, not to a party's offer to
// give its own share ("Canada would help with security guarantees … Putin said the plan could be the basis for a final
// settlement" judges the plan as a whole, not Canada's help): rules.json 'proposalTypes'.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import type { Trigger } from './triggers.js';
import { packageNounAt, judgedPackage } from './evaluation.js';
import { defineRule } from './rules/registry.js';

export const judgedDebate = defineRule({
  id: 'content/judged-debate', stage: 'content',
  reason: 'A judgement of a debate or discussion (\'words\': "Scholz called the debate \"highly inappropriate\"", "Berlin said the discussion was premature") refuses what is being debated: the stances of other parties before it, in its own sentence as in the two before ("Starmer said London was ready to put troops on the ground, but Scholz called the debate premature" refuses the troops, security guarantees; gold of own AC, AN, AR). Unlike a package of demands, a debate is often opened by a stance of the same sentence, so that stance does not keep the judgement from reading back (content/judged-package).',
});

export const judgedDemandsPackage = defineRule({
  id: 'content/judged-demands-package', stage: 'content',
  reason: 'A predicate of refusal that judges a package noun of another party\'s demands right before or after it ("Lavrov said Kyiv was setting \"unrealistic\" conditions", "the Russian side had put forward demands that were \"unacceptable\""), held by the one who judges them (holder/judged-demands), is a judgement of that package as content/judged-package reads one: the demands of another party it refers back to, else the talks (spec rule 9). Gold of own AC, AE, AS: RUS REJECT talks for "unrealistic conditions" judged at the G20.',
});

/** Token k is a noun of a debate (content/judged-debate 'words'). */
export function isDebateNoun(doc: Doc, k: number): boolean {
  return doc.index.words(judgedDebate.id).has(doc.tokens[k]?.lower ?? '');
}

/** How far back the subject of a judging predicate is looked for ("Russia's position in Istanbul was not acceptable"). */
const SUBJECT_REACH = 10;

/** The package noun heading the subject of a judging predicate at `t` (object before it), or -1. */
export function packageSubjectAt(doc: Doc, s: Sentence, t: Trigger): number {
  if (t.object !== 'before' || (t.type !== 'REJECT' && t.type !== 'ACCEPT')) return -1;
  const speech = doc.index.words('speech-verbs');
  for (let k = t.start - 1; k >= s.tStart && k >= t.start - SUBJECT_REACH; k--) {
    const x = doc.tokens[k];
    if (speech.has(x.lower) || x.lower === 'that' || x.text === ',' || x.text === ':' || x.text === ';') return -1;
    if (packageNounAt(doc, k)) return k;
  }
  return -1;
}

/** The issue a judged package at token `k` is about, from the stances it refers back to (content/judged-package). */
export function judgedPackageIssue(doc: Doc, s: Sentence, k: number, holder: string[], claims: Claim[]): { issue: string; regions: string[]; detail: string; referred: number } {
  const noun = doc.tokens[k].lower;
  // ("Starmer said London was ready to put troops on the ground, but Scholz called the debate "highly inappropriate"":
  // a debate refers back to the stances before it in its own sentence too, content/judged-debate.)
  const debate = isDebateNoun(doc, k);
  const types = doc.index.words(judgedPackage.id, 'demandNouns').has(noun) ? new Set(['DEMAND']) : doc.index.words(judgedPackage.id, 'proposalNouns').has(noun) ? new Set([...doc.index.words(judgedPackage.id, 'proposalTypes')].map((x) => x.toUpperCase())) : null;
  // ("Baku's conditions", "Russia's position": the possessor's stances only.)
  const owner = (doc.actorsBySentence.get(s.index) ?? []).find((m) => m.possessive && m.end <= k && k - m.end <= 3);
  const from = doc.sentences[Math.max(0, s.index - 2)].start;
  const back = claims.filter((c) => c.sentence[0] >= from && (c.sentence[0] < s.start || (debate && c.sentence[0] === s.start && c.span[1] <= doc.tokens[k].start)) && !holder.includes(c.actor) && c.issue !== 'other'
    && (!types || types.has(c.type)) && (!owner || owner.codes.includes(c.actor)));
  // (A debate opened in its own sentence is about that sentence's stances: "Starmer said London was ready to put troops
  // on the ground, but Scholz called the debate premature" judges the troops, not the talks of the sentences before.)
  const own = debate ? back.filter((c) => c.sentence[0] === s.start) : [];
  if (own.length) back.splice(0, back.length, ...own);
  // ("Starmer repeated that he was ready to put troops on the ground. Scholz called the debate "premature"": with none in
  // its own sentence, a debate is about the stances of the latest sentence before it that has some, not those of every
  // sentence in reach: what was just said is what is being debated.)
  else if (debate && back.length) {
    const latest = Math.max(...back.map((c) => c.sentence[0]));
    back.splice(0, back.length, ...back.filter((c) => c.sentence[0] === latest));
  }
  const issues = [...new Set(back.map((c) => c.issue))];
  // ("the Russians had made demands that were "unacceptable", including that Ukraine withdraw from the four regions":
  // with no stance to refer back to, the package's content named after "including" is what is judged,
  // content/judged-package-including.)
  if (!back.length && types?.has('DEMAND')) {
    const named = includedIssue(doc, s, k);
    // (Its content named in its own sentence, it refers to that: no lede's package still to be described.)
    if (named) return { ...named, detail: `${named.issue} (the ${noun} judged, as named after "including")`, referred: 1 };
  }
  if (issues.length === 1) {
    const regions = [...new Set(back.flatMap((c) => c.regions))];
    return { issue: issues[0], regions, detail: `${issues[0]} (the ${noun} it refers back to: ${back[0].actor} ${back[0].type})`, referred: back.length };
  }
  return { issue: 'talks', regions: [], detail: `talks (the ${noun} judged as a whole${issues.length ? `: ${issues.length} issues` : ''})`, referred: back.length };
}

export const judgedPackageIncluding = defineRule({
  id: 'content/judged-package-including', stage: 'content',
  reason: '"A source in the Ukrainian delegation said the Russians had made demands that were \"unacceptable\", including that Ukraine withdraw its troops from the four regions": a package of demands judged, with no stance before it to refer back to, is judged for the content its own sentence names after "including" — the first issue named there, with the places of that stretch (gold of own U and S: UKR REJECT territory); with nothing named it stays the talks (content/judged-package).',
});

/** How far after the package noun "including" is looked for, in its sentence. */
const INCLUDING_REACH = 20;

/** The first issue (and the places) named after an "including" following the package noun at `k`, in its sentence. */
function includedIssue(doc: Doc, s: Sentence, k: number): { issue: string; regions: string[] } | null {
  let at = -1;
  for (let j = k + 1; j < s.tEnd && j <= k + INCLUDING_REACH; j++) if (doc.tokens[j].lower === 'including') { at = j; break; }
  if (at < 0) return null;
  let issue = '';
  const regions: string[] = [];
  for (let j = at + 1; j < s.tEnd; j++) {
    if (!issue) { const v = doc.issueAt.get(j)?.values.find((x) => !x.weak && x.issue !== '_noise' && x.issue !== 'other'); if (v) issue = v.issue; }
    const p = doc.placeAt.get(j);
    if (p) for (const c of p.codes) if (!regions.includes(c)) regions.push(c);
  }
  return issue ? { issue, regions } : null;
}
