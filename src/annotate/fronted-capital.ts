// "In Lisbon, Foreign Minister João Gomes Cravinho welcomed the agreement …", "In Doha, the Ministry of Foreign Affairs
// welcomed …", "In Bangkok, a Foreign Ministry spokesman said …": a round-up of reactions opens each paragraph with the
// capital the reaction came from, then an office of that capital's government whose holder the lexicon does not know
// (no nationality word, a name it does not list). The capital is the office's state: the office is one mention with the
// capital's party, so that the stance after it has a holder and a later "he" finds it (issue 7, holders: these stances
// were dropped for want of a holder, holder/none).
import type { Token } from './tokenize.js';
import { actorMention, type ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const frontedCapital = defineRule({
  id: 'discourse/fronted-capital', stage: 'discourse',
  reason: '"In Lisbon, Foreign Minister João Gomes Cravinho welcomed …", "In Doha, the Ministry of Foreign Affairs said …", "In Bangkok, a Foreign Ministry spokesman welcomed …": a sentence opened by "In" and a capital (or state) with a comma, then a role of a government office (rules.json \'offices\', the last word of a roles.json role, or a title the roles do not list, \'titles\': "Taoiseach") and at most four capitalised name words the lexicon does not know, is that office speaking for the capital\'s state. Not a party\'s own name after the office ("In Kyiv, President Zelensky"), not plural or unofficial groups ("In Riyadh, officials said", "In Kyiv, opposition lawmakers"), which the venue of a meeting does not speak for.',
});

const DETERMINERS = new Set(['the', 'a', 'an']);
/** Lower-case words inside a name ("Luiz Inácio Lula da Silva") and the modifiers of an office ("senior"). */
const NAME_JOINERS = new Set(['da', 'de', 'do', 'dos', 'van', 'von', 'der', 'al', 'bin', 'el', 'la', 'le']);

/**
 * Adds one mention for each such office (`actors` sorted by start stays so); a party mention inside the unknown name
 * after its first word ("Prime Minister Luis Montenegro") is part of the name and is dropped.
 */
export function markFrontedCapitals(actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, index: LexiconIndex): void {
  const offices = index.words(frontedCapital.id, 'offices'), titles = index.words(frontedCapital.id, 'titles');
  const persons = index.words(frontedCapital.id, 'persons'), modifiers = index.words(frontedCapital.id, 'modifiers');
  for (let k = 0; k < actors.length; k++) {
    const cap = actors[k];
    if ((cap.kind !== 'metonym' && cap.kind !== 'party') || cap.codes.length !== 1) continue;
    const s = cap.start - 1;
    if (s < 0 || tokens[s].lower !== 'in' || (s > 0 && sentenceOf[s - 1] === sentenceOf[s]) || tokens[cap.end]?.text !== ',') continue;
    let i = cap.end + 1;
    if (sentenceOf[i] !== cap.sentence) continue;
    const start = i;
    if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
    while (modifiers.has(tokens[i]?.lower ?? '')) i++;
    // The office: one or more roles ("Foreign Ministry spokesman"), or a title the roles do not list ("Taoiseach").
    let roleEnd = -1, last = '';
    for (;;) {
      const r = index.roles.matchAt(tokens, i);
      if (r) { last = tokens[r.end - 1].lower; i = r.end; roleEnd = i; continue; }
      if (titles.has(tokens[i]?.lower ?? '')) { last = tokens[i].lower; i++; roleEnd = i; continue; }
      // ("the Ministry of Foreign Affairs", "Foreign Office spokesperson": capitalised words inside the office's name.)
      if (roleEnd < 0 && tokens[i]?.cap && tokens[i].word && index.roles.matchAt(tokens, i + 1) && !actors.some((m) => m.start === i)) { i++; continue; }
      break;
    }
    if (roleEnd < 0 || (!offices.has(last) && !titles.has(last))) continue;
    // "of Foreign Affairs (and International Cooperation)": the office's own name.
    let end = roleEnd;
    if (tokens[end]?.lower === 'of' && tokens[end + 1]?.cap) {
      let j = end + 1;
      while (tokens[j] && sentenceOf[j] === cap.sentence && (tokens[j].cap || tokens[j].lower === 'and')) j++;
      if (tokens[j - 1].lower !== 'and') end = j;
    }
    // The holder's name, if any: capitalised words the lexicon does not know as a person or a party of their own.
    let nameEnd = end;
    while (nameEnd - end < 5 && tokens[nameEnd] && sentenceOf[nameEnd] === cap.sentence && tokens[nameEnd].word && (tokens[nameEnd].cap || (nameEnd > end && NAME_JOINERS.has(tokens[nameEnd].lower)))) nameEnd++;
    const person = persons.has(last) || nameEnd > end;
    // The subject must end here: a verb in lower case or a comma (an apposition) follows, not another noun.
    const next = tokens[nameEnd];
    if (!next || sentenceOf[nameEnd] !== cap.sentence || !(next.text === ',' || (next.word && !next.cap))) continue;
    // A party or a person the lexicon knows in the subject speaks for itself ("In Ankara, President Erdoğan").
    let known = false;
    const inside: number[] = [];
    for (let q = k + 1; q < actors.length && actors[q].start < nameEnd; q++) {
      const m = actors[q];
      if (m.end <= start) continue;
      // (A party's name after the first word of an unknown name is a surname: "Prime Minister Luis Montenegro".)
      if (m.kind === 'party' && m.start > end && m.end === nameEnd && m.start - end >= 1) { inside.push(q); continue; }
      known = true; break;
    }
    if (known) continue;
    for (let x = inside.length - 1; x >= 0; x--) actors.splice(inside[x], 1);
    const m = actorMention([...cap.codes], start, nameEnd, cap.sentence, 'description', false, false, person, false, false, undefined, undefined, undefined);
    let at = k + 1;
    while (at < actors.length && actors[at].start < start) at++;
    actors.splice(at, 0, m);
  }
}
