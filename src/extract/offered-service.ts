// Readiness to serve as a go-between names its issue by context (issue 7, referent resolution). "Erdogan said he
// stood ready to travel to Baku and Yerevan if both capitals wanted it", "Aliyev was ready to fly to Washington to
// sign": readiness to travel to a party's capital or a named venue offers the talks (spec §2 OFFER; talks covers
// "meetings, format, venue"). "Egypt, which brokered the release of hostages, remained ready to mediate further
// cases", "… an exchange of prisoners. The UAE said it is ready to continue its mediation", "Italy is ready to do its
// part": a readiness to mediate, host or help that names no issue of its own offers help on the matter named last
// before it (in its sentence, else in the sentence before it in the paragraph); with nothing named there, mediating
// or hosting is still an offer of talks, and so is a third party's doing its part ("Italy is ready to do its part": its good
// offices); a side's helping is left alone. Going on hosting, or serving as the platform or
// go-between ("ready to keep hosting in Istanbul"), offers the talks whatever was named before. Only when the stance names no issue itself ("ready to
// mediate a truce" is read by the content rules as it is). Words: rules.json content/offered-service.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const offeredService = defineRule({
  id: 'content/offered-service', stage: 'content',
  reason: 'A readiness cue ("ready to", "stood ready to", "prepared to") followed by a go-between\'s act and no issue of its own: travelling to a named place ("ready to travel to Baku and Yerevan") offers the talks; mediating, hosting or helping ("remained ready to mediate further cases", "ready to continue its mediation", "ready to do its part") offers help on the issue named last before it (its sentence or the one before, same paragraph), else the talks for mediating or hosting, and for a third party\'s doing its part ("Italy is ready to do its part": its good offices; not a side of the dispute, whose help may be anything).',
});

/** The phrase of `phrases` starting at token `j`, as its end, else -1. */
function phraseAt(doc: Doc, j: number, limit: number, phrases: Set<string>): number {
  let end = -1, words = '';
  for (let n = 0; n < 6 && j + n < limit && doc.tokens[j + n].word; n++) {
    words = n ? `${words} ${doc.tokens[j + n].lower}` : doc.tokens[j + n].lower;
    if (phrases.has(words)) end = j + n + 1;
  }
  return end;
}

/** The end of a scene fronted before a sentence's first comma ("On the sidelines of the summit in Doha, …"), else -1. */
function sceneEnd(doc: Doc, sent: Sentence): number {
  if (!doc.index.words(offeredService.id, 'sceneOpeners').has(doc.tokens[sent.tStart]?.lower ?? '')) return -1;
  for (let k = sent.tStart + 1; k < sent.tEnd; k++) if (doc.tokens[k].text === ',') return k;
  return -1;
}

/**
 * The issue named last before token `at`: in its sentence, else in the previous sentence of its paragraph. Not in a
 * fronted scene: "On the sidelines of the peace summit, Erdogan said he was ready to help" says where, not what with.
 */
export function issueNamedBefore(doc: Doc, s: Sentence, at: number, skip?: string, withScenes = false): string | undefined {
  const prev = doc.sentences[s.index - 1];
  const floor = prev && prev.paragraph === s.paragraph ? prev.tStart : s.tStart;
  // (withScenes: a fronted clause is the topic itself, "While there was no consensus on sending troops, nothing …".)
  const scenes = withScenes ? [] : [s, prev].filter((x): x is Sentence => !!x).map((x) => [x.tStart, sceneEnd(doc, x)] as const);
  for (let k = at - 1; k >= floor; k--) {
    if (scenes.some(([a, b]) => k >= a && k < b)) continue;
    const term = doc.issueAt.get(k);
    if (!term || term.end > at) continue;
    const best = term.values.filter((v) => v.issue !== '_noise' && !v.weak).sort((a, b) => b.rank - a.rank)[0];
    if (best && best.issue !== skip) return best.issue;
  }
  return undefined;
}

export const peaceRole = defineRule({
  id: 'content/peace-role', stage: 'content',
  reason: 'A third party\'s readiness to help bring peace ("India is prepared to do what it takes to bring the conflict to an end", "Qatar is ready to play an active role in restoring peace", "Brazil stands ready to help end the war") offers its good offices: the talks (spec §2 OFFER; talks covers the format and the go-between). A role or help phrase ("roles") right after the readiness cue, then, within its clause and before any issue term, a word of peace or of ending ("peaceWords"). Not a side of the dispute: a principal\'s readiness to end the war is its own step, read by the ceasefire rules.',
});

/**
 * The end of `phrases`' phrase starting at token `j`, quotation marks inside it skipped ("play an \"active role\""),
 * else -1.
 */
function quotedPhraseAt(doc: Doc, j: number, limit: number, phrases: Set<string>): number {
  let end = -1, words = '';
  for (let n = 0, k = j; n < 7 && k < limit; k++) {
    const x = doc.tokens[k];
    if (x.text === '"') continue;
    if (!x.word) break;
    words = n++ ? `${words} ${x.lower}` : x.lower;
    if (phrases.has(words)) end = k + 1;
  }
  return end;
}

/** "ready to play an active role in restoring peace": a third party's help with the peace is the talks (content/peace-role). */
export function peaceRoleItems(doc: Doc, s: Sentence, t: Trigger, holderCodes: readonly string[]): IssueItem[] {
  if (t.type !== 'OFFER' || t.nominal || t.negated || t.exchange || !t.cue || t.defaultIssue) return [];
  const w = (list: string) => doc.index.words(peaceRole.id, list);
  // (Its own cues: readiness, and an offer made, "was offering to help build a pathway to peace".)
  if (!w('cues').has(t.cue.id)) return [];
  let j = t.end;
  const skips = doc.index.words(offeredService.id, 'skips');
  while (j < s.tEnd && skips.has(doc.tokens[j].lower)) j++;
  const end = quotedPhraseAt(doc, j, s.tEnd, w('roles'));
  if (end < 0) return [];
  const principals = doc.principalsAt(s.index);
  if (!holderCodes.length || holderCodes.some((c) => principals.includes(c))) return [];
  const { tokens } = doc;
  const stops = w('clauseEnds');
  for (let k = end; k < Math.min(s.tEnd, end + 10); k++) {
    // (An issue term is what the help is about, read by the content rules; not a weak term of ending the war, which
    // names the ceasefire only as a side's own object: "to bring the conflict to an end".)
    const term = doc.issueAt.get(k);
    if (stops.has(tokens[k].lower) || term?.values.some((v) => v.issue !== '_noise' && !v.weak)) return [];
    if (w('peaceWords').has(tokens[k].lower)) {
      let stop = k + 1;
      // (The quote runs to the end of "to an end".)
      while (stop < s.tEnd && stop < k + 3 && tokens[stop].word && (tokens[stop].lower === 'to' || tokens[stop].lower === 'an' || tokens[stop].lower === 'end')) stop++;
      return [{ issue: 'talks', regions: [], start: t.start, end: stop }];
    }
  }
  return [];
}

/** The item of a readiness to travel, mediate, host or help that names no issue of its own, else none. */
export function offeredServiceItems(doc: Doc, s: Sentence, t: Trigger, holderCodes: readonly string[] = []): IssueItem[] {
  // (Not a stance that carries its own issue: "will be ready to host" is read by trigger/harmful-act's default.)
  if (t.type !== 'OFFER' || t.nominal || t.negated || t.exchange || !t.cue || t.defaultIssue) return [];
  const w = (list: string) => doc.index.words(offeredService.id, list);
  if (!w('cues').has(t.cue.id)) return [];
  const { tokens } = doc;
  let j = t.end;
  while (j < s.tEnd && w('skips').has(tokens[j].lower)) j++;
  // Travelling to a named place: "travel to Kyiv and Moscow", "fly to the United States".
  const travel = phraseAt(doc, j, s.tEnd, w('travel'));
  if (travel > 0) {
    let k = travel;
    if (tokens[k]?.lower === 'the') k++;
    if (k >= s.tEnd || !tokens[k].cap) return [];
    let end = k;
    // (The place names, joined by "and": "Kyiv and Moscow", "the United States".)
    while (end < s.tEnd && (tokens[end].cap || ((tokens[end].lower === 'and' || tokens[end].lower === 'of') && tokens[end + 1]?.cap))) end++;
    return [{ issue: 'talks', regions: [], start: t.start, end }];
  }
  const mediate = phraseAt(doc, j, s.tEnd, w('mediate'));
  // Hosting, or serving as the platform or go-between, with nothing of its own after it: the talks themselves, whatever
  // was named before ("ready to keep hosting in Istanbul", "stands ready to continue to serve as a platform for the
  // process"); the place of the talks is offered, not help on their matter.
  const venue = mediate > 0 ? -1 : phraseAt(doc, j, s.tEnd, w('venue'));
  if (venue > 0) {
    if (venue < s.tEnd && tokens[venue].word && !w('refs').has(tokens[venue].lower) && !w('after').has(tokens[venue].lower)) return [];
    return [{ issue: 'talks', regions: [], start: t.start, end: venue }];
  }
  const help = mediate > 0 ? -1 : phraseAt(doc, j, s.tEnd, w('help'));
  const end = Math.max(mediate, help);
  if (end < 0) return [];
  // Nothing of its own after the act but a reference back or a circumstance ("mediate further cases between Moscow and
  // Kyiv", "host it on any date", "do its part."): a named object is read by the content rules.
  if (end < s.tEnd && tokens[end].word && !w('refs').has(tokens[end].lower) && !w('after').has(tokens[end].lower)) return [];
  // (A mediator's matter is not the mediation itself: "… exchanged prisoners with the mediation of Qatar. Qatar is
  // ready to continue its mediation" offers help on the prisoners.)
  const named = issueNamedBefore(doc, s, t.start, mediate > 0 ? 'talks' : undefined);
  // (Helping with nothing named is left alone, and so is a side's doing its part, which may be anything; a third
  // party's bare "ready to do its part" in a story of negotiations offers its good offices, the talks.)
  // (Only when nothing but a circumstance of time follows: "ready to do its part in rebuilding the schools" helps with
  // something else.)
  // (And only a phrase of doing one's part, not a bare "ready to help", which may be anything.)
  const bare = help > 0 && phraseAt(doc, j, s.tEnd, w('partHelp')) === help && (end >= s.tEnd || !tokens[end].word || w('bareHelpAfter').has(tokens[end].lower));
  const thirdParty = bare && holderCodes.length > 0 && !holderCodes.some((c) => doc.principalsAt(s.index).includes(c));
  const issue = named && named !== 'other' ? named : mediate > 0 || (thirdParty && help > 0) ? 'talks' : undefined;
  if (!issue) return [];
  let stop = end;
  // (The quote keeps a reference back: "mediate further cases", "host it".)
  while (stop < s.tEnd && stop < end + 2 && w('refs').has(tokens[stop].lower)) stop++;
  return [{ issue, regions: [], start: t.start, end: stop }];
}

export const mediationMatter = defineRule({
  id: 'content/mediation-matter', stage: 'content',
  reason: 'A readiness to mediate whose only issue is the mediation itself ("Qatar, which has brokered the return of dozens of children, remained ready to mediate further cases between Moscow and Kyiv", "… exchanged 157 prisoners for 157 with the mediation of the UAE. The UAE said it is ready to continue its mediation") offers help on the matter named last before it, as content/offered-service does for a readiness that names no issue: the mediation word names the go-between\'s role, not what it mediates. Only when nothing after the act names an issue ("ready to mediate a truce", "ready to mediate between them on a peace deal" are read as they are) and only on a matter named before that is not the talks.',
});

/** The item of a readiness to mediate whose only issue is the mediation word itself: the matter named before it, else none. */
export function mediationMatterItems(doc: Doc, s: Sentence, t: Trigger, items: readonly IssueItem[]): IssueItem[] {
  if (!items.length || items.some((it) => it.issue !== 'talks')) return [];
  if (t.type !== 'OFFER' || t.nominal || t.negated || t.exchange || !t.cue || t.defaultIssue) return [];
  const w = (list: string) => doc.index.words(offeredService.id, list);
  if (!doc.index.words(mediationMatter.id, 'cues').has(t.cue.id)) return [];
  const { tokens } = doc;
  let j = t.end;
  while (j < s.tEnd && w('skips').has(tokens[j].lower)) j++;
  const end = phraseAt(doc, j, s.tEnd, doc.index.words(mediationMatter.id, 'acts'));
  if (end < 0) return [];
  if (end < s.tEnd && tokens[end].word && !w('refs').has(tokens[end].lower) && !w('after').has(tokens[end].lower)) return [];
  // (Nothing after the act names an issue of its own: "ready to mediate between them on a peace deal".)
  for (let k = end; k < s.tEnd; k++) if (doc.issueAt.get(k)?.values.some((v) => v.issue !== '_noise')) return [];
  const named = issueNamedBefore(doc, s, t.start, 'talks');
  if (!named || named === 'other') return [];
  let stop = end;
  while (stop < s.tEnd && stop < end + 2 && w('refs').has(tokens[stop].lower)) stop++;
  return [{ issue: named, regions: [], start: t.start, end: stop }];
}
