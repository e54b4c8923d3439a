// Giving a party the say over a question (issue 7, stances by their frame): "Any decision about Ukraine's armed forces
// should be Ukraine's alone", "it would be up to Ukraine to make decisions on its territory", "It is for Armenia alone
// to decide on the size of its army", "Decisions on Kosovo's north are a matter for Pristina". The speaker refuses
// that anyone else decide it (an imposed outcome): a refusal on the question's issue, held by the speaker (another
// party or the party itself). Candidate/up-to-party leaves these frames alone: no step is demanded of the party.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { upToParty } from './up-to-party.js';

export const partyDecides = defineRule({
  id: 'candidate/party-decides', stage: 'candidate',
  reason: 'A frame that gives one party the say over a question refuses any outcome imposed on it, on the word of the speaker: "up to" or "for" a party (past "alone"/"only") and "to" a verb of deciding ("it would be up to Ukraine to make decisions on its territory", "It is for Armenia alone to decide on the size of its army": the content is what the decision is on), or a decision noun with "about"/"on"/"over" and its question as the subject of a copula whose complement is the party\'s ("… should be Ukraine\'s alone", "… are a matter for Pristina", "… rest with Yerevan": the content is the question). REJECT on the question\'s issue; a question that names none, or names only the talks ("up to Ukraine to decide when to negotiate": deference, no refusal), is no claim. Not a step demanded of the party ("up to Russia to accept the ceasefire": candidate/up-to-party).',
});

/** The issues a say over a question is read on: not the talks themselves ("up to Ukraine to decide when to negotiate"
 * defers to it on the talks, a courtesy that refuses nothing), nor `other`. */
const DECIDED_ISSUES = ['territory', 'ceasefire', 'recognition', 'alliance', 'security_guarantees', 'military_limits', 'sanctions', 'governance', 'rights', 'humanitarian'];

/** Words after the party that mark the say as its alone ("Ukraine alone", "Ukraine's alone", "only Ukraine"). */
const ALONE = new Set(['alone', 'only', 'solely', 'exclusively']);

export function partyDecidesCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(partyDecides.id, list);
  const decisionVerbs = doc.index.words(upToParty.id, 'decisionVerbs');
  const decisionNouns = w('decisionNouns');
  // (Speed: every frame names a decision, a verb or a noun of it.)
  if (!doc.sentenceWords.has(s.index, decisionVerbs) && !doc.sentenceWords.has(s.index, decisionNouns)) return out;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const party = (k: number) => actors.find((a) => a.start === k && a.codes.length && !a.possessive);
  const covered = (i: number) => raw.some((r) => r.start <= i && i < r.end);
  for (let i = s.tStart; i < s.tEnd - 3; i++) {
    const x = tokens[i].lower;
    // (a) "up to Ukraine (alone) to decide …", "for Armenia (alone) to decide …" after a copula.
    // (A quote may open between the copula and "for": 'were "for Armenia to decide, not Moscow"'.)
    const before = /^["“”'‘’]$/.test(tokens[i - 1]?.text ?? '') ? tokens[i - 2]?.lower ?? '' : tokens[i - 1]?.lower ?? '';
    if ((x === 'up' && tokens[i + 1].lower === 'to') || (x === 'for' && w('copulas').has(before))) {
      const at = x === 'up' ? i + 2 : i + 1;
      const m = party(at) ?? (tokens[at]?.lower === 'the' ? party(at + 1) : undefined);
      if (!m) continue;
      let k = m.end;
      if (ALONE.has(tokens[k]?.lower ?? '')) k++;
      // ("for Ukraine alone to take decisions on its territory": a decision taken, 'takeVerbs' and a decision noun.)
      const taken = w('takeVerbs').has(tokens[k + 1]?.lower ?? '') && decisionNouns.has(tokens[k + 2]?.lower ?? '');
      if (tokens[k]?.lower !== 'to' || !(decisionVerbs.has(tokens[k + 1]?.lower ?? '') || taken) || covered(i)) continue;
      // (b') "Armenia's future alliances were "for Armenia to decide, not Moscow"": nothing decided after the verb, the
      // question is the subject before the copula.
      const bare = !taken && (k + 2 >= s.tEnd || !tokens[k + 2].word || ['not', 'alone', 'and', 'but'].includes(tokens[k + 2].lower));
      if (bare && x === 'for') {
        const cop = /^["“”'‘’]$/.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
        let b = cop;
        while (b > s.tStart && !w('subjectBreaks').has(tokens[b - 1].lower) && tokens[b - 1].text !== ',' && cop - b < 12) b--;
        if (b >= cop || (cop - b === 1 && ['it', 'that', 'this'].includes(tokens[b].lower))) continue;
        // (The subject names one of the decided issues: "the terms of any settlement were for Kyiv to decide" defers on
        // the talks, a courtesy, as "up to Ukraine to decide when to negotiate" does.)
        let named = false;
        for (let q = b; q < cop && !named; q++) named = !!doc.issueAt.get(q)?.values.some((y) => DECIDED_ISSUES.includes(y.issue) && !y.weak);
        if (!named) continue;
        const trigger: Trigger = { start: cop, end: k + 2, type: 'REJECT', cue: null, rule: 'party-decides', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false, subject: [b, cop], needsIssue: DECIDED_ISSUES };
        out.push({ trigger, detail: `the say over its subject is ${m.codes.join('+')}'s: no outcome imposed` });
        i = k + 1;
        continue;
      }
      const trigger: Trigger = { start: i, end: k + (taken ? 3 : 2), type: 'REJECT', cue: null, rule: 'party-decides', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, needsIssue: DECIDED_ISSUES };
      out.push({ trigger, detail: `the say is ${m.codes.join('+')}'s: no outcome imposed` });
      i = k + 1;
      continue;
    }
    // (c) "decision(s) about/on/over X … be Ukraine's (alone)", "… a matter for Pristina", "… rest with Yerevan".
    if (!decisionNouns.has(x) || !w('topicPreps').has(tokens[i + 1]?.lower ?? '')) continue;
    const from = i + 2;
    for (let v = from + 1; v < Math.min(from + 14, s.tEnd - 1); v++) {
      const y = tokens[v].lower;
      if (y === ',' || y === ';' || y === ':' || y === 'that') break;
      if (!w('copulas').has(y) && !w('restVerbs').has(y)) continue;
      let k = v + 1;
      if (w('matterWords').has(tokens[k]?.lower ?? '')) { k++; if (w('matterNouns').has(tokens[k]?.lower ?? '')) k++; if (tokens[k]?.lower === 'for') k++; }
      else if (w('restVerbs').has(y) && (tokens[k]?.lower === 'with' || tokens[k]?.lower === 'to')) k++;
      if (ALONE.has(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'the') k++;
      const m = actors.find((a) => a.start === k && a.codes.length);
      if (!m) break;
      // ("… be Ukraine's": the possessive only after a copula; "a matter for Pristina" and "rest with Yerevan" not.)
      const owned = m.possessive || tokens[m.end]?.text === "'" || /['’]s$/.test(tokens[m.end - 1].text);
      if (k === v + 1 && w('copulas').has(y) && !owned) break;
      // ("… should be Ukraine's alone": the deontic cue on the copula names no issue of its own; the frame replaces it.)
      let start = v;
      const deontic = raw.findIndex((r) => r.start < v && r.end === v + 1 && r.type === 'DEMAND');
      if (deontic >= 0) { start = raw[deontic].start; raw.splice(deontic, 1); }
      else if (covered(v)) break;
      // (The quote runs past the possessive and "alone": "should be Ukraine's alone".)
      let end = m.end;
      if ((tokens[end]?.text === "'" || tokens[end]?.text === '’') && tokens[end + 1]?.lower === 's') end += 2;
      if (ALONE.has(tokens[end]?.lower ?? '')) end++;
      const trigger: Trigger = { start, end, type: 'REJECT', cue: null, rule: 'party-decides', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false, subject: [from, start], needsIssue: DECIDED_ISSUES };
      // ("any decision about Ukraine's armed forces": the army as the question decided is its size and shape, the
      // military limits an outside settlement would set.)
      for (let q = from; q < start; q++) if (w('forceNouns').has(tokens[q].lower)) { trigger.defaultIssue = 'military_limits'; break; }
      out.push({ trigger, detail: `the ${x} is ${m.codes.join('+')}'s: no outcome imposed` });
      i = m.end;
      break;
    }
  }
  return out;
}
