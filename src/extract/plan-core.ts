// What a plan is for, named as its goal or its heart ("The Egyptian plan was presented in Cairo. The goal is a
// permanent ceasefire in Gaza.", "At its heart is a ceasefire along the front", "A key element of the plan is …"):
// a plan's content, proposed by its authors (issue 7, documents as holders). Word lists: lexicon/data/rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const planCore = defineRule({
  id: 'candidate/plan-core', stage: 'candidate',
  reason: 'A sentence headed by a plan\'s goal or core, "The goal is …", "Its main provision is …", "At its heart is …", "A key element of the plan is …", right after a plan whose authors the reading knows (in the sentence before or the one before it, in the same paragraph) or naming that plan ("of the plan"), states what the plan provides for: its authors propose what follows the copula, and the stances inside it are held by them. Not when someone speaks in the sentence ("The goal is to buy time, Kyiv said" judges the plan) nor for the goal of something else ("The goal of the talks is …").',
});

export function planCoreCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const documents = doc.mentions.documents;
  if (!documents.length) return [];
  const w = (list: string) => doc.index.words(planCore.id, list);
  let i = s.tStart;
  // "At its heart is …", "At the core of the plan is …".
  if (tokens[i]?.lower === 'at') i++;
  if (!w('determiners').has(tokens[i]?.lower ?? '')) return [];
  i++;
  if (w('adjectives').has(tokens[i]?.lower ?? '')) i++;
  if (!w('nouns').has(tokens[i]?.lower ?? '')) return [];
  i++;
  let authors: string[] | null = null;
  // "… of the plan is": the plan named in the phrase.
  if (tokens[i]?.lower === 'of') {
    const d = documents.find((x) => x.sentence === s.index && x.start === i + 1 && x.kind === 'plan');
    if (!d) return [];
    authors = d.authors;
    i = d.end;
  }
  if (!w('copulas').has(tokens[i]?.lower ?? '')) return [];
  const end = i + 1;
  if (end >= s.tEnd - 1) return [];
  // The plan of one of the two sentences before, in the same paragraph.
  if (!authors) {
    for (let k = documents.length - 1; k >= 0; k--) {
      const d = documents[k];
      if (d.sentence >= s.index) continue;
      if (s.index - d.sentence > 2) break;
      if (d.kind === 'plan' && doc.sentences[d.sentence].paragraph === s.paragraph) { authors = d.authors; break; }
    }
  }
  if (!authors?.length) return [];
  const speech = doc.index.words('speech-verbs');
  for (let j = end; j < s.tEnd; j++) if (speech.has(tokens[j].lower)) return [];
  // The goal noun's own cue ("The goal is") is replaced by the plan's content; the stances after it are the plan's.
  for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start < end) raw.splice(q, 1);
  for (const r of raw) if (!r.heldBy) r.heldBy = [...authors];
  const trigger: Trigger = { start: s.tStart, end, type: 'PROPOSE', cue: null, rule: 'document-provision', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: [...authors] };
  return [{ trigger, detail: `what ${authors.join('+')}'s plan is for` }];
}
