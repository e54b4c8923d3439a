// A plan's provisions stated where the plan is no clause's subject: in a relative clause on it ("Turkey circulated
// a counter-proposal over the weekend that would freeze the front line", "Ankara drew up a plan which would lift
// sanctions"), and past a list of its authors ("A draft circulated by Turkey, Qatar and Egypt would …"). What the
// relative clause says the plan would do is its authors' proposal, item by item, as "The plan would …" is
// (candidate/document-provision). Word lists: lexicon/data/rules.json under candidate/plan-relative.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const provisionAuthorList = defineRule({
  id: 'candidate/provision-author-list', stage: 'candidate',
  reason: '"A draft circulated by Turkey, Qatar and Egypt before the talks would freeze the front line": the commas of a list of parties named after the participle\'s "by" belong to that list; the plan\'s verb comes after it, so the plan heads the clause and its authors propose what follows (candidate/document-provision), rather than the last two parties offering it.',
});

/** Whether the comma at token `c` joins two party names of one list ("Turkey, Qatar and Egypt"). */
export function authorListComma(doc: Doc, c: number): boolean {
  const ms = doc.actorsBySentence.get(doc.sentenceOf[c]) ?? [];
  return ms.some((m) => m.end === c && m.codes.length > 0) && ms.some((m) => m.start === c + 1 && m.codes.length > 0);
}

export const planRelative = defineRule({
  id: 'candidate/plan-relative', stage: 'candidate',
  reason: '"European governments circulated a counter-proposal over the weekend that would cap Ukraine\'s army at 800,000", "Ankara drew up a plan which would freeze the front line": a relative clause in the conditional on a plan whose authors are known states what the plan provides for; its stances and points are its authors\' proposal, as "the plan would …" is. The relative ("that", "which", ", which") follows the plan noun within a few words that hold no verb or party ("over the weekend", "on Sunday"), and a modal ("would", "will", "could") opens its clause; a relative with a subject of its own ("a plan that Baku rejected") describes the plan, not its content. Not when a verb cue already takes the plan as its object and reads the clause ("circulated a draft … that would …").',
});

/**
 * Plans of sentence `s` followed by a relative clause in the conditional: for each, the modal opening the clause, the
 * plan's token range and its authors.
 */
export function planRelatives(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ modal: number; start: number; end: number; authors: string[] }> {
  const out: Array<{ modal: number; start: number; end: number; authors: string[] }> = [];
  const { tokens } = doc;
  const words = doc.index.words(planRelative.id, 'relatives');
  const modals = doc.index.words(planRelative.id, 'modals');
  const reach = 6;
  for (const d of doc.mentions.documents) {
    if (d.sentence !== s.index || d.kind !== 'plan' || !d.authors.length) continue;
    let j = d.end;
    if (tokens[j]?.text === ',') j++;
    // (A short phrase of time or place between: "over the weekend", "on Sunday", "in Geneva".)
    let rel = -1;
    for (let k = j; k < s.tEnd && k - d.end <= reach; k++) {
      const t = tokens[k];
      if (words.has(t.lower)) { rel = k; break; }
      if (!t.word || modals.has(t.lower)) break;
      if ((doc.actorsBySentence.get(s.index) ?? []).some((m) => m.start === k)) break;
      if (k > j && tokens[k].text === ',') break;
    }
    if (rel < 0) continue;
    let m = rel + 1;
    if (tokens[m]?.lower === 'also') m++;
    if (!modals.has(tokens[m]?.lower ?? '')) continue;
    // A verb cue that takes the plan as its object already reads the clause.
    if (raw.some((r) => r.start < d.start && r.end >= d.end && !r.heldBy)) continue;
    out.push({ modal: m, start: d.start, end: d.end, authors: [...d.authors] });
  }
  return out;
}
