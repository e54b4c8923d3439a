// Promoting a plan or a format is proposing it (spec §2 PROPOSE: "a mediator's plan, a format"): "Lula has been
// promoting the idea of a club of countries", "China keeps promoting the Friends of Peace group it launched", "Brazil
// has promoted, together with China, a six-point plan". The cue (cues.json 'promote') is a stance only as the
// clause's own verb, after its subject or an auxiliary of tense or aspect ("has promoted", "keeps promoting", "is
// promoting"): "to promote a settlement" after "ready to work with all parties" or "a platform to promote peace" is
// the purpose of another stance or noun, which holds it; "a role in promoting talks" is the content of that role;
// "the initiative promoted by China" is a participle on a noun; "was promoted to general" is a rank. What is promoted
// with no issue named is the talks when its head is a plan or a format (content/promoted-format). Words:
// rules.json under the rule ids.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { MatchRule, Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const promotionVerb: MatchRule = defineRule({
  id: 'trigger/promotion-verb', stage: 'trigger',
  reason: '"has promoted a six-point plan", "keeps promoting the group it launched", "Lula has been promoting the idea of a club": promoting an arrangement proposes it, but only as the clause\'s own verb, right after its subject or an auxiliary of tense or aspect (\'auxiliaries\'; adverbs such as "actively" between them are skipped). After "to" or "in" ("ready to work with all parties to promote a ceasefire", "a constructive role in promoting talks") it is the purpose or content of another stance, which keeps it; after a be-form it is a passive ("was promoted to general", "an initiative promoted by China"), no stance of the verb\'s own.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'promote') return;
    const w = (list: string) => doc.index.words(this.id, list);
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    let b = t.start - 1;
    while (b > s.tStart && (w('adverbs').has(lower(b)) || /^[a-z]+ly$/.test(lower(b)))) b--;
    const prev = lower(b);
    // (A be-form before a progressive is its auxiliary, "is promoting"; before "promoted" a passive.)
    if (w('beForms').has(prev)) return lower(t.start).endsWith('ing') ? undefined : { drop: 'a passive: no party promotes it here' };
    if (w('auxiliaries').has(prev)) return;
    const subject = (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.end === b + 1 && !a.object && !a.possessive && a.codes.length > 0);
    if (subject && b >= s.tStart) return;
    return { drop: prev === 'to' || prev === 'in' ? `“${prev} ${doc.tokens[t.start].text}”: the purpose of another stance or noun` : 'not the clause\'s own verb' };
  },
});

export const promotedFormat = defineRule({
  id: 'content/promoted-format', stage: 'content',
  reason: '"China keeps promoting the \\"Friends of Peace\\" group it launched with Brazil", "has been promoting a platform of neutral states": what a party promotes, when its words name no issue, is the talks if its head (within \'window\' words, past a quoted name) is a plan or a format of talks (\'heads\' and content/plan-is-talks \'words\'), spec rule 9. "promoting its exports" names no format and stays without an issue.',
});

/** The talks item of a promotion (cue 'promote') whose object's head is a plan or a format, else []. */
export function promotedFormatItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.cue?.id !== 'promote') return [];
  const w = (list: string) => doc.index.words(promotedFormat.id, list);
  const heads = w('heads'), plans = doc.index.words('content/plan-is-talks');
  const window = Number(doc.index.vocab.rules[promotedFormat.id].window);
  for (let k = t.end; k < Math.min(t.end + window, s.tEnd); k++) {
    const x = doc.tokens[k];
    if (x.text === ',' || x.text === '.' || x.text === ';') break;
    if (heads.has(x.lower) || plans.has(x.lower)) return [{ issue: 'talks', regions: [], start: t.start, end: k + 1 }];
  }
  return [];
}
