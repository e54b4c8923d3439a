// Who holds a stance: the subject before the cue ("Putin demanded"), a possessor before a noun cue
// ("Trump's offer"), the speaker of a quote or of a deontic "must" ("Kiev must withdraw, according to
// Russia's proposals"), or the holder carried over from the previous sentence ("He also demands …").
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { Trigger } from './triggers.js';

const SPEECH = new Set(['said', 'says', 'say', 'told', 'added', 'stated', 'wrote', 'declared', 'stressed', 'noted', 'insisted', 'explained', 'reiterated', 'repeated', 'warned', 'argued']);

export interface Holder { codes: string[]; mention: ActorMention | null; via: 'subject' | 'possessor' | 'speaker' | 'carried' | 'coordinated' }

/** Actor mentions in sentence k, in order. */
export function actorsIn(doc: Doc, k: number): ActorMention[] {
  return doc.actorsBySentence.get(k) ?? [];
}

function withCoordinated(doc: Doc, list: ActorMention[], m: ActorMention): string[] {
  if (m.possessive || m.object) return [...m.codes];
  // "Russia and Ukraine had both agreed", "Kyiv and the leaders of France …": one claim per party.
  const codes = [...m.codes];
  let cur = m;
  for (let k = list.indexOf(m) - 1; k >= 0; k--) {
    const prev = list[k];
    if (prev.object) break;
    const between = doc.tokens.slice(prev.end, cur.start).map((t) => t.lower).join(' ');
    // "Putin, the Russian leader": an apposition names the same party, it does not add one.
    if (between === ',' && (cur.kind === 'description' || cur.kind === 'adjective-role' || cur.kind === 'pronoun')) break;
    if (between === 'and' || between === ',' || between === 'and the' || between === ', and' || /^(?:, )?and the (?:leaders|heads|governments|presidents) of$/.test(between)) {
      for (const c of prev.codes) if (!codes.includes(c)) codes.unshift(c);
      cur = prev;
    } else break;
  }
  return codes;
}

function speakerOf(doc: Doc, s: Sentence, list: ActorMention[], t: Trigger): ActorMention | null {
  const { tokens } = doc;
  // "according to Russia's proposals", "according to Medinsky".
  for (const m of list) {
    // "according to Medinsky", "according to a French official".
    let b = m.start;
    if (['a', 'an', 'the', 'one'].includes(tokens[b - 1]?.lower ?? '')) b--;
    const before = tokens.slice(Math.max(s.tStart, b - 2), b).map((x) => x.lower).join(' ');
    if (before === 'according to') return m;
  }
  // "…," Zelensky said / Putin told reporters / he added.
  for (const m of list) {
    if (m.start < t.end) continue;
    const next = tokens[m.end]?.lower;
    if (next && SPEECH.has(next) && !m.object) return m;
  }
  // "his aide Yury Ushakov earlier on Thursday, who said that …".
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k];
    if (m.end > t.start) continue;
    const after = tokens.slice(m.end, Math.min(m.end + 8, t.start)).map((x) => x.lower);
    const w = after.indexOf('who');
    if (w >= 0 && SPEECH.has(after[w + 1] ?? '')) return m;
  }
  // "Macron, who visited the White House, told Trump that peace must not …": in a reporting sentence the
  // subject is the speaker.
  const speech = tokens.slice(s.tStart, t.start).findIndex((x) => SPEECH.has(x.lower));
  if (speech >= 0) {
    const first = list.find((m) => m.end <= s.tStart + speech && !m.object && !m.possessive);
    if (first) return first;
  }
  // "Lavrov said (that) …": a subject followed by a speech verb before the cue.
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k];
    if (m.end > t.start) continue;
    const next = tokens[m.end]?.lower;
    if (next && (SPEECH.has(next) || next === 'has' || next === 'had') && !m.object) return m;
  }
  return null;
}

export function findHolder(doc: Doc, s: Sentence, t: Trigger, carried: Holder | null): Holder | null {
  const list = actorsIn(doc, s.index);
  const { tokens } = doc;
  // A possessor or a party-role right before a noun cue: "Putin's demand", "the Russian demand".
  for (const m of list) {
    // "its ceasefire proposal": "its" is too often a thing, not a party, to hold a proposal.
    if (m.pronoun === 'its') continue;
    // "a U.S.-brokered agreement": the broker proposes it.
    if (m.end === t.start && doc.tokens[t.start].text === '-') return { codes: m.codes, mention: m, via: 'possessor' };
    if (m.end <= t.start && t.start - m.end <= 3 && (m.possessive || m.kind === 'adjective-role')) {
      const gap = tokens.slice(m.end, t.start).map((x) => x.text).join('');
      if (/^('s?)?[a-z-]*$/i.test(gap) && (t.nominal || m.possessive || t.start - m.end <= 2)) return { codes: withCoordinated(doc, list, m), mention: m, via: 'possessor' };
    }
    if (m.start <= t.start && t.start < m.end) return { codes: m.codes, mention: m, via: 'possessor' }; // "the US proposal"
  }
  // "…, otherwise the United States would impose tariffs": the threat is made by the party named after it.
  if (t.type === 'THREATEN' && (t.cue?.phrases.includes('otherwise'))) {
    const w = tokens.slice(t.start, t.end).map((x) => x.lower).join(' ');
    if (w === 'otherwise' || w === 'or else') {
      const after = list.find((m) => m.start >= t.end && m.start - t.end <= 3);
      if (after) return { codes: after.codes, mention: after, via: 'subject' };
    }
  }
  const quoteSpeaker = doc.mentions.inQuote[t.start] === 1 ? doc.mentions.quoteSpeaker(t.start) : null;
  // Predicates ("… would be a direct threat to Russia") state the speaker's view of their subject.
  if (t.object === 'before') {
    const sp = quoteSpeaker ?? speakerOf(doc, s, list, t);
    if (sp) return { codes: sp.codes, mention: sp, via: 'speaker' };
  }
  // Deontic modals state what the speaker wants of the subject: the holder is the speaker.
  if (t.modal) {
    if (quoteSpeaker) return { codes: quoteSpeaker.codes, mention: quoteSpeaker, via: 'speaker' };
    const sp = speakerOf(doc, s, list, t);
    if (sp) return { codes: sp.codes, mention: sp, via: 'speaker' };
    if (carried) {
      const subject = list.find((m) => m.end <= t.start && !m.object);
      if (!subject || !subject.codes.every((c) => carried.codes.includes(c))) return { ...carried, via: 'carried' };
    }
    return null;
  }
  // Noun cues ("plan", "framework", "conditions for") need a possessor; without one they are not a party's stance.
  // So do verb cues used as nouns after a determiner or "its" ("its ceasefire proposal", "a proposal").
  if (t.cue && /-noun$/.test(t.cue.id)) return null;
  if (t.cue && NOUN_FORMS.has(tokens[t.start].lower)) {
    for (let j = t.start - 1; j >= Math.max(s.tStart, t.start - 2); j--) if (['its', 'a', 'an', 'the', 'this', 'that'].includes(tokens[j].lower)) return null;
  }
  const inQuote = doc.mentions.inQuote[t.start] === 1;
  if (inQuote && nounSubjectBefore(doc, s, t)) return null;
  // Nearest subject before the cue, within the same quote status.
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k];
    if (m.end > t.start) continue;
    if (m.object || (m.possessive && t.start - m.end > 3)) continue;
    if (inQuote !== m.inQuote) continue;
    if (inQuote && m.kind === 'pronoun' && (m.pronoun === 'it' || m.pronoun === 'its')) continue;
    return { codes: withCoordinated(doc, list, m), mention: m, via: 'subject' };
  }
  if (inQuote) {
    const sp = quoteSpeaker ?? speakerOf(doc, s, list, t);
    if (sp) return { codes: sp.codes, mention: sp, via: 'speaker' };
  }
  // Passive: "proposed by the United States".
  for (const m of list) {
    if (m.start >= t.end && tokens[m.start - 1]?.lower === 'by' && m.start - t.end <= 4) return { codes: m.codes, mention: m, via: 'subject' };
  }
  // A sentence that opens with the stance ("Also demanded …") continues the previous sentence's holder;
  // one with a subject the lexicon does not know ("The African leaders … proposed") does not.
  // An expletive ("There may be room for …") or a document standing for its author ("The plan then envisages …",
  // "The memorandum requires …") also continues it.
  const before = tokens.slice(s.tStart, t.start).filter((x) => x.word);
  const continues = before.length <= 2 || ['there', 'these', 'this', 'those'].includes(before[0].lower) || before.some((x) => DOCUMENT_NOUNS.has(x.lower));
  if (carried && (t.cue?.type === t.type) && continues && !list.some((m) => m.end <= t.start && !m.object)) return { ...carried, via: 'carried' };
  return null;
}

const DOCUMENT_NOUNS = new Set(['plan', 'document', 'memorandum', 'proposal', 'proposals', 'formula', 'framework', 'draft', 'text', 'statement', 'letter', 'section', 'scenario', 'point', 'points', 'agreement', 'declaration']);
const NOUN_FORMS = new Set(['proposal', 'proposals', 'offer', 'request', 'demand', 'demands', 'plan']);
const AUX = new Set(['have', 'has', 'had', 'officially', 'already', 'also', 'now', 'been', 'are', 'is', 'were', 'was', 'will', 'would', 'all']);
/** '"Today, 26 countries have officially committed …"': the subject is a noun phrase that names no party. */
function nounSubjectBefore(doc: Doc, s: Sentence, t: Trigger): boolean {
  let j = t.start - 1;
  while (j >= s.tStart && AUX.has(doc.tokens[j].lower)) j--;
  if (j < s.tStart) return false;
  const w = doc.tokens[j];
  if (!w.word || w.cap) return false;
  if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start <= j && j < a.end)) return false;
  return /s$/.test(w.lower) && !['us', 'its', 'his', 'yes'].includes(w.lower);
}
