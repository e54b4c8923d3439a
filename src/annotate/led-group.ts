// "A delegation led by Kenyan President William Ruto and including the presidents of Ghana and Uganda presented a
// plan …": a body of people named by a collective noun and "led by" a party's person speaks as its leader's party, and
// the parties named in the participle after it (the leader, the members "including" …) are not the sentence's subject
// (issue 7, holders: the last member listed had been taken for the subject and the leader left out).
import type { Token } from './tokenize.js';
import { actorMention, type ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const ledGroup = defineRule({
  id: 'discourse/led-group', stage: 'discourse',
  reason: '"A delegation led by Kenyan President William Ruto and including the presidents of Ghana and Uganda presented a plan", "The mission, headed by Ghana\'s foreign minister, called for a truce": a collective noun of people acting together (rules.json \'groups\') followed by "led by"/"headed by" (\'verbs\') and a party or its person is that leader\'s party, one mention that pronouns after it find ("Their plan calls for …"); the parties inside the participle (the leader, the members after "and including") are objects there, not the subject of the verb after it. A group the lexicon already gives a party ("the Ukrainian delegation, led by Umerov") keeps it; "European governments, led by France and Germany" (a party group) is discourse/including-subjects\'.',
});

/** The words of the participle that may run on after the leader to more members ("and including the presidents of"). */
const MEMBER_OPENERS = new Set(['and', 'including', 'with', 'the', 'presidents', 'president', 'leaders', 'leader', 'heads', 'prime', 'ministers', 'minister', 'foreign', 'of', 'representatives', 'envoys', 'from', 'also', 'as', 'well', "'", '\u2019', 's']);
/** The words that open the members' list inside the participle ("and including …", "with …"). */
const LIST_OPENERS = new Set(['including', 'with']);

/**
 * Gives each collective noun "led by" a party's person that party's codes (a new mention when the noun is no mention
 * yet, "A delegation led by …"), and marks the parties inside the "led by …" participle as objects. `actors` is sorted
 * by start and stays so.
 */
export function markLedGroups(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, index: LexiconIndex, inQuote: Uint8Array): void {
  const groups = index.words(ledGroup.id, 'groups'), verbs = index.words(ledGroup.id, 'verbs');
  const added: ActorMention[] = [];
  let k = 0;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!verbs.has(tokens[i].lower) || tokens[i + 1].lower !== 'by' || sentenceOf[i + 2] !== sentenceOf[i]) continue;
    const head = tokens[i - 1].text === ',' ? i - 2 : i - 1;
    if (head < 0 || !groups.has(tokens[head].lower) || sentenceOf[head] !== sentenceOf[i]) continue;
    // The leader: the first party mention right after "by" (past "the"), with the mentions that join it in a title
    // ("South African President | Cyril Ramaphosa") or a coordination ("by Ghana and Kenya").
    while (k < actors.length && actors[k].start < i + 2) k++;
    const first = actors[k];
    const at = tokens[i + 2].lower === 'the' ? i + 3 : i + 2;
    if (!first || (first.start !== i + 2 && first.start !== at) || !first.codes.length || first.kind === 'pronoun') continue;
    const codes = [...first.codes];
    let last = k;
    for (let q = k + 1; q < actors.length && actors[q].sentence === first.sentence; q++) {
      const m = actors[q];
      const touching = m.start === actors[last].end;
      if (!(touching || m.coordinated === actors[last]) || !m.codes.length) break;
      for (const c of m.codes) if (!codes.includes(c)) codes.push(c);
      last = q;
    }
    // The participle runs on over its members ("and including the presidents of Senegal, Zambia and the Comoros"),
    // to a comma that closes it or the next word that is none of its own.
    let end = actors[last].end;
    let q = last + 1;
    let listing = false; // inside the members' list opened by "including" or "with"
    for (;;) {
      let j = end;
      while (j < tokens.length && sentenceOf[j] === sentenceOf[i] && (tokens[j].text === ',' || MEMBER_OPENERS.has(tokens[j].lower))) j++;
      const m = actors[q];
      if (!m || m.start < end || m.start > j || m.sentence !== first.sentence || !m.codes.length || m.kind === 'pronoun') break;
      // (A member joins by "and including …", "with …" or a list; a bare comma after the last one closes the
      // participle, "The delegation, led by X, met Y", unless the members' list is open: "and including the
      // presidents of Senegal and Zambia, Egypt's prime minister and envoys from Uganda, presented …" lists on.)
      const gap = tokens.slice(end, m.start);
      if (gap.some((x) => LIST_OPENERS.has(x.lower))) listing = true;
      else if (m.coordinated !== actors[q - 1] && !gap.some((x) => x.lower === 'and') && !(listing && gap[0]?.text === ',')) break;
      end = m.end; q++;
    }
    for (let r = k; r < q; r++) actors[r].object = true;
    // The group: a mention ending at the noun (a definite role, "The delegation"), else a new one from its determiner.
    const existing = actors.find((m) => m.end === head + 1 && m.sentence === sentenceOf[head]);
    if (existing) {
      if (!existing.codes.length) { existing.codes = codes; existing.kind = existing.kind === 'pronoun' ? 'description' : existing.kind; existing.pronoun = undefined; }
      continue;
    }
    let start = head;
    while (start > 0 && sentenceOf[start - 1] === sentenceOf[head] && head - start < 4 && tokens[start - 1].word && !groups.has(tokens[start - 1].lower) && !verbs.has(tokens[start - 1].lower)
      && (tokens[start - 1].cap || ['a', 'an', 'the', 'peace', 'joint'].includes(tokens[start - 1].lower))) {
      start--;
      if (['a', 'an', 'the'].includes(tokens[start].lower)) break;
    }
    // (Another mention inside those words, "An African Union delegation led by …", is the group itself: leave it.)
    if (actors.some((m) => m.start < head + 1 && m.end > start)) continue;
    added.push(actorMention(codes, start, head + 1, sentenceOf[head], 'description', false, false, false, false, inQuote[head] === 1, undefined, undefined, undefined));
  }
  if (added.length) { actors.push(...added); actors.sort((a, b) => a.start - b.start); }
}
