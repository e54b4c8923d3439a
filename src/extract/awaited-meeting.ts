// A leader who says he will wait for the other side's leader at a venue offers to meet him there (spec §2 OFFER,
// talks: "meetings, format, venue"): "Zelensky said he would wait for Putin in Turkey on Thursday", "I will be
// waiting for Aliyev in Geneva. Personally.", "Vucic would personally wait for Kurti in Brussels", "he would come to
// Istanbul himself and wait for Abiy in person". The act is the speaker's own coming to the meeting; the party
// waited for must be named, and the venue or the personal presence ("in person", "personally", "himself") must be
// said, so that "Moscow would wait for the current president to change his position" or "we will wait for the
// results" offer nothing. A past fact ("he waited for Putin in Istanbul") and a refusal ("will not wait for") are
// none either. Words: rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const awaitedMeeting = defineRule({
  id: 'candidate/awaited-meeting', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'words' }],
  reason: 'A party that will wait for another party\'s leader at a venue or in person offers to meet there: "Zelensky said he would wait for Putin in Turkey on Thursday", "I will be waiting for Aliyev in Geneva. Personally." (talks). Needs a modal or a "to" of purpose before the verb (not the past fact "he waited for"), no negation, a named party after "for", and a venue ("in"/"at" and a name) or presence ("in person", "personally", "himself") near it, so "would wait for the current president to change his position" is none.',
});

export function awaitedMeetingCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(awaitedMeeting.id, list);
  const verbs = w('words');
  // (Speed: no sentence without one of its verbs can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return out;
  const openers = w('openers'), presence = w('presence'), negators = w('negators');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    if (!verbs.has(tokens[i].lower) || tokens[i + 1]?.lower !== 'for') continue;
    // A modal or "to" of purpose within four words before it ("would personally wait", "will be waiting", "to wait").
    let opened = false, negated = false, personal = false;
    for (let k = i - 1; k >= Math.max(s.tStart, i - 4); k--) {
      const x = tokens[k].lower;
      if (negators.has(x)) negated = true;
      if (presence.has(x)) personal = true;
      if (openers.has(x)) { opened = true; break; }
      if (!tokens[k].word) break;
    }
    if (!opened || negated) continue;
    const who = actors.find((a) => a.start === i + 2 && !a.possessive && a.codes.length > 0);
    if (!who) continue;
    // The venue or the presence within six tokens after the party ("in Turkey", "in person", "personally").
    let venue = false;
    for (let k = who.end; k < Math.min(who.end + 7, s.tEnd); k++) {
      const x = tokens[k];
      if (presence.has(x.lower)) { personal = true; break; }
      if ((x.lower === 'in' || x.lower === 'at') && (tokens[k + 1]?.cap || tokens[k + 1]?.lower === 'person')) { venue = true; break; }
      if (x.text === '.' || x.lower === 'to' || x.lower === 'until') break;
    }
    // ("Personally." as the next sentence of the quote: a presence word right after the sentence.)
    if (!venue && !personal && presence.has(tokens[s.tEnd]?.lower ?? '')) personal = true;
    if (!venue && !personal) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    const t: Trigger = { start: i, end: who.end, type: 'OFFER', cue: null, rule: 'awaited-meeting', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'talks' };
    out.push({ trigger: t, detail: `"${tokens[i].text} for" + a party's leader ${venue ? 'at a venue' : 'in person'}: an offer to meet` });
  }
  return out;
}
