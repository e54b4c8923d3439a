// Working on a whole plan, draft or document with another party is taking it up as the basis of the talks (spec §3
// rule 9): "Ukraine would work \"calmly\" with Washington on the document", "Russia was ready to keep working with the
// Americans on the draft", "Yerevan will keep working with Baku on the text" accept it, a stance on the talks. A verb
// of working ('verbs') after a modal of the future or a verb of going on ('modals', 'continues'), then within a few
// words "on" and a plan noun (content/plan-is-talks 'words', past a determiner and up to three modifiers, "on the
// points of the plan" too) is one ACCEPT on talks held by the clause's subject; a cue of readiness, going on or promising
// right before the verb ("ready to keep working", "promised to work") is that stance, and gets the talks as its default
// issue. Not the past ("worked on the final text": a report, no stance), not a negated verb, not a plan noun that names
// an issue of its own ("work on a plan to stop the fighting": the content rules read the issue), not "work on" what is
// no plan ("work on the reconstruction"). Words: rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const workedPlan = defineRule({
  id: 'candidate/worked-plan', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'verbs' }],
  reason: 'Working with another party on a whole plan, draft or document takes it up as the basis of the talks (spec rule 9): "Ukraine would work \\"calmly\\" with Washington on the document" (gold of own P: UKR ACCEPT|OFFER talks), "Russia was ready to keep working with the Americans on the draft" (own AZ: RUS ACCEPT|OFFER talks), "their teams would work on the points of the plan" (own T: UKR ACCEPT talks). A verb of working (\'verbs\') after a modal (\'modals\') or a verb of going on (\'continues\'), then "on" and a plan noun (content/plan-is-talks \'words\' less \'notNouns\') within eight tokens, past the partner named after "with", adverbs and quotation marks: an ACCEPT on talks; a cue already there right before the verb (ready to, promised to, continue) gets the talks as its default issue instead. Not negated, not a past report ("worked on the final text"), not a plan noun followed by "to" or "for" (a plan with a purpose names its issue).',
});

export interface WorkedPlanHit { trigger: Trigger; detail: string; existing?: boolean }

export function workedPlanCandidates(doc: Doc, s: Sentence, raw: Trigger[]): WorkedPlanHit[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(workedPlan.id, list);
  const verbs = w('verbs');
  if (!doc.sentenceWords.has(s.index, verbs)) return [];
  const modals = w('modals'), continues = w('continues'), notNouns = w('notNouns'), dets = w('determiners');
  const plans = doc.index.words('content/plan-is-talks');
  const out: WorkedPlanHit[] = [];
  for (let v = s.tStart + 1; v < s.tEnd - 2; v++) {
    if (!verbs.has(tokens[v].lower)) continue;
    // Before the verb: a modal ("would work"), a verb of going on ("keep working", "continue to work"), "to" after a
    // cue ("ready to work", "promised to work").
    let b = v - 1;
    if (tokens[b].lower === 'to') b--;
    if (continues.has(tokens[b]?.lower ?? '')) { b--; if (tokens[b]?.lower === 'to') b--; }
    let neg = false;
    while (b > s.tStart && (tokens[b].lower === 'not' || tokens[b].lower === "n't" || tokens[b].lower === 'never')) { neg = true; b--; }
    const modal = modals.has(tokens[b]?.lower ?? '');
    const cued = raw.find((r) => r.end >= b && r.end <= v && r.start < v && !!r.cue && (r.type === 'OFFER' || r.type === 'ACCEPT'));
    if (neg || (!modal && !cued)) continue;
    // After the verb: "with" and the partner, adverbs, quotation marks, then "on" (eight tokens at most).
    let on = -1;
    for (let k = v + 1; k < Math.min(v + 9, s.tEnd - 1); k++) {
      const x = tokens[k];
      if (x.lower === 'on') { on = k; break; }
      if (x.text === ',' || x.text === ';' || x.lower === 'and' || x.lower === 'but' || x.lower === 'that' || x.lower === 'to') break;
    }
    if (on < 0) continue;
    // The plan noun: past a determiner and up to three modifiers; "the points of the plan" too.
    let head = -1;
    for (let k = on + 1, mods = 0; k < Math.min(on + 8, s.tEnd); k++) {
      const x = tokens[k].lower;
      if (plans.has(x) && !notNouns.has(x)) { head = k; if (tokens[k + 1]?.lower === 'of') { k++; continue; } break; }
      if (dets.has(x) || tokens[k].text === '"' || tokens[k].text === '-') continue;
      if (head >= 0) break;
      if (!tokens[k].word || ++mods > 3) break;
    }
    if (head < 0) continue;
    // (A plan with a purpose names its issue: "work on a plan to stop the fighting".)
    const after = tokens[head + 1]?.lower ?? '';
    if (after === 'to' || after === 'for') continue;
    if (cued) {
      if (!cued.defaultIssue) {
        cued.defaultIssue = 'talks';
        out.push({ trigger: cued, detail: `working on the ${tokens[head].text}: talks`, existing: true });
      }
      continue;
    }
    if (raw.some((r) => r.start <= v && v < r.end)) continue;
    const start = modal ? b : v;
    const t: Trigger = { start, end: head + 1, type: 'ACCEPT', cue: null, rule: 'worked-plan', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'talks', contentEnd: head + 1 };
    out.push({ trigger: t, detail: `working on the ${tokens[head].text}: the plan taken up` });
    v = head;
  }
  return out;
}
