// "Egypt's foreign minister, who told the Ethiopian and Eritrean delegations that there were 'two roads' before them,
// and urged them to agree a ceasefire", "The emir opened the meeting by telling the delegations that … and urged them to
// …", "Ruto, who chairs the African Union this year, said the mission had come 'to listen', and urged both parties to …":
// a verb of appeal joined by "and" to an earlier verb of telling or saying is the teller's second act. Whoever is urged
// is not who urges: the parties told (the object of "telling", "tells"), a party inside the words reported ("before
// them") or inside a relative clause about the teller ("who chairs the African Union") are never the appeal's holder,
// though the nearest-subject and coordinated-verb readings would take them. The holder is the subject of the verb of
// telling: the party before "by" of a gerund ("opened the meeting by telling"), the antecedent of a "who" right before
// it, or the party right before it (past a relative clause set off by commas). When no party is found for the teller
// (a name the lexicon does not know, "Guterres tells Armenia and Azerbaijan that … and urges them to …"), a holder that
// is among the appeal's own addressees is refused: no claim rather than the urged party's. Words: rules.json
// holder/appeal-sayer. Tests: test/extract/appeal-sayer.test.ts.
import type { Holder, HolderCtx, HolderRule } from './holder.js';
import { speechVerbs, withCoordinated } from './holder.js';
import { defineRule } from './rules/registry.js';
import type { ActorMention } from '../annotate/mentions.js';

export const appealSayer = defineRule({
  id: 'holder/appeal-sayer', stage: 'holder',
  reason: '"Shoukry, who told the Ethiopian and Eritrean delegations that there were two roads before them, and urged them to agree a ceasefire", "The emir opened the meeting by telling the delegations that … and urged them to …", "Ruto, who chairs the African Union this year, said the mission had come to listen, and urged both parties to negotiate": a verb of appeal (\'verbs\') joined by "and" (\'auxiliaries\' may follow it) to an earlier verb of telling or saying in its sentence, with an addressee right after it (a party, or \'addressees\': "them", "both …"), is held by the subject of that verb of telling (the party before "by" of a gerund, the antecedent of "who", or the party right before the verb past a relative clause set off by commas, \'relatives\'), not by the parties told, a party inside the reported words or inside a relative clause. With no party found for the teller, a holder among the appeal\'s own addressees is refused (the one urged never urges). Not across a semicolon, nor a verb of saying inside quotes.',
});

/** The appeal's holder (the teller), 'none' when the only holder left is one of its addressees, else undefined. */
export function appealSayerHolder(ctx: HolderCtx, fallback: (c: HolderCtx) => Holder | 'none' | undefined): Holder | 'none' | undefined {
  const { doc, s, t, list, inQuote } = ctx;
  if (inQuote) return;
  const { tokens } = doc;
  const w = (name: string) => doc.index.words(appealSayer.id, name);
  if (!w('verbs').has(tokens[t.start].lower)) return;
  // "… and urged", "… and also urged", "… and has called on".
  let and = t.start - 1;
  const aux = w('auxiliaries');
  while (and > s.tStart && t.start - and <= 2 && aux.has(tokens[and].lower)) and--;
  if (tokens[and]?.lower !== 'and' || and <= s.tStart) return;
  // The addressee right after the appeal ("urged them", "called on both parties", "urged Armenia and Azerbaijan").
  let a = t.end;
  if (tokens[a]?.lower === 'on' || tokens[a]?.lower === 'to') a++;
  const addressee = list.find((m) => m.start === a || (m.start === a + 1 && w('addressees').has(tokens[a]?.lower ?? '')));
  if (!addressee && !w('addressees').has(tokens[a]?.lower ?? '')) return;
  // (A "him" or "her" is often resolved to the teller himself, "Scholz spoke with Putin … and urged him to …": only a
  // named party or a plural stands for the parties urged.)
  const told: string[] = [];
  if (!(addressee?.kind === 'pronoun' && (addressee.pronoun === 'him' || addressee.pronoun === 'her'))) {
    for (const m of coordination(list, addressee)) for (const x of m.codes) if (!told.includes(x)) told.push(x);
  }
  // The nearest verb of telling or saying before "and", outside quotes, in the same clause chain.
  const speech = speechVerbs(doc);
  let v = -1;
  for (let j = and - 1; j > s.tStart; j--) {
    if (tokens[j].text === ';') return;
    if (doc.mentions.inQuote[j] === 1) continue;
    if (speech.has(tokens[j].lower)) { v = j; break; }
  }
  if (v < 0) return;
  // ("Erdogan said Putin had phoned him and urged him to host talks": a party subject of the reported clause, other than
  // the parties told right after the verb, may be who urges; left to the other rules.)
  const toldByVerb = coordination(list, list.find((m) => m.start === v + 1 || (m.start === v + 2 && w('addressees').has(tokens[v + 1].lower))));
  const objectPronoun = (m: ActorMention) => m.kind === 'pronoun' && w('addressees').has(m.pronoun ?? '');
  if (list.some((m) => m.start > v && m.end <= and && !m.object && !m.possessive && !objectPronoun(m) && m.codes.length > 0 && !toldByVerb.includes(m))) return;
  const teller = tellerOf(ctx, v);
  if (teller && teller.codes.length && !teller.codes.every((c) => told.includes(c))) {
    return { codes: withCoordinated(doc, list.filter((m) => m.start >= s.tStart && m.end <= v), teller), mention: teller, via: 'subject' };
  }
  // No teller found: whoever the other readings would take may not be one of the parties urged.
  if (!told.length) return;
  const h = fallback(ctx);
  if (h && h !== 'none' && h.codes.some((c) => told.includes(c))) return 'none';
  return;
}

/** The subject of the verb of telling at token v (holder/appeal-sayer), or null when no party is found for it. */
function tellerOf({ doc, s, list }: HolderCtx, v: number): ActorMention | null {
  const { tokens } = doc;
  const party = (m: ActorMention) => m.codes.length > 0 && !m.possessive && !m.inQuote;
  // "… opened the meeting by telling the delegations": the clause's subject, the nearest party before "by".
  if (tokens[v - 1]?.lower === 'by' && /ing$/.test(tokens[v].lower)) {
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (m.end > v - 1 || m.start < s.tStart || v - 1 - m.end > 8) continue;
      if (!m.object && party(m)) return m;
    }
    return null;
  }
  // "…, Sameh Shoukry, who told the delegations": the antecedent of "who" (an agent after "by" too).
  const relatives = doc.index.words(appealSayer.id, 'relatives');
  if (relatives.has(tokens[v - 1]?.lower ?? '')) {
    const e = tokens[v - 2]?.text === ',' ? v - 2 : v - 1;
    return list.find((m) => m.end === e && party(m)) ?? null;
  }
  // "Ruto, who chairs the African Union this year, said": past the relative clause set off by commas.
  let e = v;
  const aux = doc.index.words(appealSayer.id, 'auxiliaries');
  while (e > s.tStart && aux.has(tokens[e - 1].lower)) e--;
  if (tokens[e - 1]?.text === ',') {
    for (let k = e - 2; k > s.tStart && e - k <= 25; k--) {
      if (tokens[k].text !== ',') continue;
      if (relatives.has(tokens[k + 1]?.lower ?? '')) e = k;
      break;
    }
  }
  return list.find((m) => m.end === e && !m.object && party(m)) ?? null;
}

/** A mention and the mentions coordinated after it ("Armenia and Azerbaijan"), in order; empty for none. */
function coordination(list: ActorMention[], first: ActorMention | undefined): ActorMention[] {
  if (!first) return [];
  const members = [first];
  for (let k = list.indexOf(first) + 1; k < list.length; k++) if (list[k].coordinated && members.includes(list[k].coordinated!)) members.push(list[k]);
  return members;
}
