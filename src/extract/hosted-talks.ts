// Hosting talks on a subject is an offer of talks, not of the subject (spec rule 9: a stance on the frame of
// negotiations is `talks`; its named contents are claims only when the holder takes a stance on them). "Qatar is
// ready to host a new round of talks between Israel and Hamas on hostages and on a truce" offers Qatar's venue,
// not a truce or a hostage release of Qatar's own; "Oman offered to convene a meeting on the safety of shipping"
// likewise, and so does setting up a working group ("suggested creating three working groups, on political,
// humanitarian and military questions"). The topics after the talks noun, up to the end of its clause, are dropped; the talks stay (added when
// the topics were all that was read). A second verb with its own object ("ready to host talks and to release the
// detainees") is a new clause and keeps its issue. Words: rules.json content/hosted-talks.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { namesIssue } from './deontic-passive.js';

export const hostedTalks = defineRule({
  id: 'content/hosted-talks', stage: 'content',
  reason: '"ready to host talks on prisoners and on navigation", "offered to convene a meeting on a truce": a verb of hosting (\'verbs\') right after the cue, then a talks noun (\'talksNouns\') within a few words, makes the stance one on talks; the subjects the talks are "on" or "about", up to the end of that clause (\'clauseEnds\', or "and" before a new verb or clause: \'newClause\'), are the agenda, not the host\'s own stance.',
});

/** The items of `t` with the agenda of talks it offers to host removed (and the talks kept), or the items unchanged. */
export function hostedTalksItems(doc: Doc, s: Sentence, t: Trigger, items: IssueItem[]): { items: IssueItem[]; dropped: string[] } {
  const unchanged = { items, dropped: [] as string[] };
  if (!items.length || t.exchange) return unchanged;
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(hostedTalks.id, list);
  const verbs = w('verbs');
  // The hosting verb: inside the cue's last words or right after it ("ready to | host", "offered to host").
  let v = -1;
  for (let k = Math.max(t.start, t.end - 2); k <= Math.min(t.end + 2, s.tEnd - 1) && v < 0; k++) if (verbs.has(tokens[k].lower)) v = k;
  // ("proposed a working group on the border": a working or contact group as the cue's own object needs no verb.)
  if (v < 0) for (let k = t.end; k <= Math.min(t.end + 3, s.tEnd - 2) && v < 0; k++) if ((tokens[k].lower === 'working' || tokens[k].lower === 'contact') && /^groups?$/.test(tokens[k + 1].lower)) v = k - 1;
  if (v < 0) return unchanged;
  // The talks noun within a few words ("host a new round of talks", "host the next meeting").
  let noun = -1;
  for (let k = v + 1; k < Math.min(v + 7, s.tEnd) && noun < 0; k++) {
    const lw = tokens[k].lower;
    if (w('talksNouns').has(lw)) noun = k;
    else if (w('clauseEnds').has(lw)) break;
  }
  if (noun < 0) return unchanged;
  // ("a new round of talks": the last talks noun of the phrase; "working groups": the noun after "working" or "contact".)
  if ((tokens[noun].lower === 'working' || tokens[noun].lower === 'contact') && /^groups?$/.test(tokens[noun + 1]?.lower ?? '')) noun++;
  else if (tokens[noun].lower === 'working' || tokens[noun].lower === 'contact') return unchanged;
  while (noun + 2 < s.tEnd && tokens[noun + 1].lower === 'of' && w('talksNouns').has(tokens[noun + 2].lower)) noun += 2;
  // The agenda runs to the end of the clause.
  let end = s.tEnd;
  for (let k = noun + 1; k < s.tEnd; k++) {
    const lw = tokens[k].lower;
    // ("three working groups, on political, humanitarian and military questions": a comma right after the noun before
    // "on" or "about" sets off its agenda, it ends nothing.)
    if (lw === ',' && k <= noun + 2 && (tokens[k + 1]?.lower === 'on' || tokens[k + 1]?.lower === 'about')) continue;
    // ("on political, humanitarian and military questions": once the agenda opened, a comma before a lower-case word
    // that opens no clause goes on with its list of subjects.)
    if (lw === ',' && agendaOpen(tokens, noun, k) && /^[a-z]/.test(tokens[k + 1]?.text ?? '') && !w('newClause').has(tokens[k + 1].lower) && !w('clauseEnds').has(tokens[k + 1].lower)) continue;
    if (w('clauseEnds').has(lw) || (lw === 'and' && w('newClause').has(tokens[k + 1]?.lower ?? ''))) { end = k; break; }
  }
  // (An item is the agenda when it ends inside that clause and its issue is named there: items start at the cue.)
  const agenda = items.filter((it) => it.issue !== 'talks' && it.end > noun + 1 && it.end <= end && namesIssue(doc, noun + 1, end, it.issue));
  if (!agenda.length) return unchanged;
  const kept = items.filter((it) => !agenda.includes(it));
  if (!kept.some((it) => it.issue === 'talks')) kept.unshift({ issue: 'talks', regions: [], start: t.start, end: noun + 1 });
  return { items: kept, dropped: agenda.map((it) => it.issue) };
}

/** "on" or "about" opened the agenda between the talks noun and `k`. */
function agendaOpen(tokens: Doc['tokens'], noun: number, k: number): boolean {
  for (let j = noun + 1; j < k; j++) if (tokens[j].lower === 'on' || tokens[j].lower === 'about') return true;
  return false;
}
