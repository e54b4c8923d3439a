// Lists stated in running sentences, not bullets (issue 7, lists and several parties): "Azerbaijan set out three
// conditions on Tuesday. First, Armenia must remove the claim from its constitution. Second, the Minsk Group must be
// dissolved.", "Sudan's army chief laid out his terms. The paramilitaries must leave civilian homes. They must also
// hand over their heavy weapons.", "Kosovo presented its demands. They include the return of the police officers and
// …". The sentence with the typed list noun introduces the list; the sentences after it that open with an ordinal
// ("First,", "Second,", "Finally,"), that refer back to it ("They include …", "These are …"), or that state an
// obligation with no one speaking, are its items: held by the party that set out the list, of the type its noun
// gives. Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { amongOpenerEnd, listIntroducerOf } from './lists.js';
import { listNounAt } from './list-nouns.js';

export const listSentences = defineRule({
  id: 'candidate/list-sentences', stage: 'candidate',
  reason: 'A list set out in running sentences: after a sentence in which a party sets out a typed list ("set out three conditions", "laid out his terms", "listed its demands"), the sentences that open with an ordinal ("First, …", "Second, …", "Finally, …"), that refer back to the list ("They include …", "These are …"), or, for demands, that state an obligation with no one speaking ("The paramilitaries must leave civilian homes."), are its items, up to four sentences on, in the paragraph or the next. They are held by that party; a sentence with no stance of its own is one item of the type the list noun gives. Not a sentence in which someone speaks ("Yerevan said it must study them"), nor a list the party answers ("Kyiv rejected the conditions").',
});

export const listIntroduction = defineRule({
  id: 'document/list-introduction', stage: 'document',
  reason: 'A sentence that only introduces a list of a party\'s positions ("Sudan\'s army chief laid out his terms at the Jeddah talks on Tuesday.", "Azerbaijan set out three conditions for signing the treaty.", "Kyiv\'s foreign minister set out Kyiv\'s terms.") is the frame of the list, one statement with its items: when the sentences after it state items of that party (candidate/list-sentences), the items are its claims, and the introduction yields none on talks or on no issue (a venue, "for signing the treaty", "its terms" name no position). An introduction that names an issue of its own ("set out its conditions for a ceasefire") keeps its claim.',
});

/** The introducing sentences of lists whose items were found in running sentences, per document. */
const introductions = new WeakMap<Doc, Map<number, string[]>>();

/** The sentences (index → authors) that introduced a list whose items were found (document/list-introduction). */
export function listIntroductions(doc: Doc): Map<number, string[]> | undefined { return introductions.get(doc); }

/** How a sentence continues a list: an ordinal item, a reference back to the list, an obligation, or not at all. */
type ItemForm = 'ordinal' | 'refers' | 'obligation' | 'among' | null;

export interface ListSentenceItem {
  /** The party (or parties) that set out the list. */
  authors: string[];
  /** The type the list noun gives ("conditions": DEMAND), if any. */
  type?: ClaimType;
  /** Where the item's own words start (past "First," or "They include"). */
  start: number;
  /** The introducing sentence's index. */
  intro: number;
}

const REACH = 4;

/** The form of sentence `s` as a list item, judged from its first words and its stances. */
function itemForm(doc: Doc, s: Sentence, raw: Trigger[]): { form: ItemForm; start: number; type?: ClaimType } {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(listSentences.id, list);
  const first = tokens[s.tStart]?.lower ?? '';
  // ("Their proposal has ten points. Among them: a de-escalation …, the exchange of prisoners …", "Among the demands:
  // an end to …": a sentence that opens with "among" and a reference to the list, then a colon or a copula, lists
  // items of the list before; a typed list noun in the opener types them, candidate/among-list-sentence.)
  const among = amongOpenerEnd(doc, s.tStart);
  if (among > 0 && (tokens[among]?.text === ':' || w('amongCopulas').has(tokens[among]?.lower ?? ''))) {
    let type: ClaimType | undefined;
    for (let j = s.tStart + 1; j < among && !type; j++) { const hit = listNounAt(doc, j); if (hit && hit.type !== 'PROPOSE') type = hit.type; }
    return { form: 'among', start: among + 1, type };
  }
  if (w('ordinals').has(first) && tokens[s.tStart + 1]?.text === ',') return { form: 'ordinal', start: s.tStart + 2 };
  if (w('references').has(first) && w('referenceVerbs').has(tokens[s.tStart + 1]?.lower ?? '')) {
    let k = s.tStart + 2;
    // ("They were, in order: …")
    while (k < s.tEnd && k - s.tStart <= 6 && (tokens[k].text === ',' || tokens[k].text === ':' || w('fillers').has(tokens[k].lower))) k++;
    return { form: 'refers', start: k };
  }
  // An obligation with no one speaking and no party as holder of its own: "The paramilitaries must leave …".
  // (The deontic's own word, not any cue of its family: "should negotiations stall" is a condition.) The candidates
  // are looked at first: most sentences have no such deontic, and the scan of their words is spared.
  if (!raw.some((r) => r.start >= s.tStart && r.start < s.tEnd && r.type === 'DEMAND' && w('obligationWords').has(tokens[r.start].lower))) return { form: null, start: -1 };
  const speech = doc.index.words('speech-verbs');
  for (let j = s.tStart; j < s.tEnd; j++) if (speech.has(tokens[j].lower) || doc.mentions.inQuote[j] === 1) return { form: null, start: -1 };
  return { form: 'obligation', start: s.tStart };
}

/**
 * Whether sentence `s` is an item of a list a party set out in a sentence before it, and whose; null when not.
 * `raw` are the sentence's candidates so far (an obligation item needs one).
 */
export function listSentenceItem(doc: Doc, s: Sentence, raw: Trigger[]): ListSentenceItem | null {
  if (s.index === 0) return null;
  const { form, start, type: amongType } = itemForm(doc, s, raw);
  if (!form || start >= s.tEnd) return null;
  if (form === 'among') return amongItem(doc, s, start, amongType);
  // Walk back over earlier items (ordinals, obligations) to the sentence that sets out the list.
  let k = s.index - 1;
  const paragraphs = (a: number, b: number) => doc.sentences[b].paragraph - doc.sentences[a].paragraph;
  for (; k >= 0 && s.index - k <= REACH; k--) {
    if (paragraphs(k, s.index) > 1) return null;
    const intro = listIntroducerOf(doc, k, k);
    // (A list noun of the party's own — "Ethiopia's prime minister laid out his terms" — may be read as a document
    // of its authors rather than a party's typed noun: either way the items are that party's.)
    if (intro?.type && intro.authors.length) {
      // (A reference back must follow the list noun's sentence right away: "They include …".)
      if (form === 'refers' && k !== s.index - 1) return null;
      // (An obligation with no ordinal is an item of demands only, and only while the items run on.)
      if (form === 'obligation' && intro.type !== 'DEMAND') return null;
      let m = introductions.get(doc);
      if (!m) { m = new Map(); introductions.set(doc, m); }
      m.set(k, intro.authors);
      return { authors: intro.authors, type: intro.type, start, intro: k };
    }
    // ("Pakistan's prime minister set out his proposals for the talks. They were, in order: …": a party's own
    // proposals, right before a reference back, are its list too, candidate/own-proposals-list.)
    const own = form === 'refers' && k === s.index - 1 ? ownProposals(doc, k) : null;
    if (own) return own.length ? { authors: own, type: 'PROPOSE', start, intro: k } : null;
    // An earlier item keeps the list open; anything else closes it.
    const earlier = itemForm(doc, doc.sentences[k], []);
    if (earlier.form !== 'ordinal' && !sentenceHasObligation(doc, doc.sentences[k])) return null;
  }
  return null;
}

export const ownProposalsList = defineRule({
  id: 'candidate/own-proposals-list', stage: 'candidate',
  reason: '"Pakistan\'s prime minister set out his proposals for the talks in Riyadh. They were, in order: a complete ceasefire …; the return of captured soldiers; and a neutral venue …": a list noun of proposing (candidate/list-noun PROPOSE: proposals, principles, ideas, steps) after its party, who states or sets it out, introduces that party\'s proposals; the sentence right after it that refers back ("They were …", "They include …", "Among them: …") lists them, one claim per item. Not a list the party answers ("Kyiv rejected the proposals. They include …": someone else\'s).',
});

/** The party whose own proposals sentence k sets out (candidate/own-proposals-list); [] when the list is answered, null with none. */
function ownProposals(doc: Doc, k: number): string[] | null {
  const s = doc.sentences[k];
  for (let j = s.tStart + 1; j < s.tEnd; j++) {
    const hit = listNounAt(doc, j);
    if (!hit || hit.type !== 'PROPOSE') continue;
    // (Answered: an accepting or rejecting cue before the noun makes the proposals someone else's.)
    if ((doc.cuesBySentence.get(k) ?? []).some((c) => c.start < j && c.values.some((v) => v.type === 'REJECT' || v.type === 'ACCEPT'))) return [];
    const party = (doc.actorsBySentence.get(k) ?? []).filter((m) => m.end <= j && !m.object && !m.inQuote && !m.document && m.codes.length).shift();
    return party ? [...party.codes] : null;
  }
  return null;
}

export const amongListSentence = defineRule({
  id: 'candidate/among-list-sentence', stage: 'candidate',
  reason: '"Their proposal, presented in both cities, has ten points. Among them: a de-escalation on both sides, … the exchange of prisoners of war", "Venezuela\'s foreign minister named what Caracas wants from Guyana. Among the demands: an end to oil drilling …, and direct talks …": a sentence that opens with "among" and a reference back to a list (content/among-opener), then a colon or a copula, lists items of the list set out in the sentence right before, in the same paragraph or the next. They are held by the plan\'s authors or the party that set out the list (the subject of that sentence when the opener names the list\'s type itself), and typed by a list noun of either sentence (demands, conditions: DEMAND); with none, the items of a plan are its proposal.',
});

/** The items after an "Among them:" opener (candidate/among-list-sentence), or null when no list is set out right before. */
function amongItem(doc: Doc, s: Sentence, start: number, amongType: ClaimType | undefined): ListSentenceItem | null {
  const k = s.index - 1;
  if (doc.sentences[s.index].paragraph - doc.sentences[k].paragraph > 1) return null;
  const intro = listIntroducerOf(doc, k, k);
  let authors = intro?.authors ?? [];
  const type = amongType ?? intro?.type;
  // ("… named what Caracas wants from Guyana. Among the demands: …": with no plan, the subject of the sentence before.)
  if (!authors.length && amongType) {
    const subject = (doc.actorsBySentence.get(k) ?? []).find((m) => !m.object && !m.inQuote && !m.document && m.codes.length);
    if (subject) authors = [...subject.codes];
  }
  if (!authors.length && !type && !intro) {
    const own = ownProposals(doc, k);
    if (own?.length) return { authors: own, type: 'PROPOSE', start, intro: k };
  }
  if (!authors.length || (!type && !intro)) return null;
  let m = introductions.get(doc);
  if (!m) { m = new Map(); introductions.set(doc, m); }
  m.set(k, authors);
  return { authors, type, start, intro: k };
}

/** A sentence with a deontic ("must", "should", "has to") outside quotes and no verb of saying. */
function sentenceHasObligation(doc: Doc, s: Sentence): boolean {
  const speech = doc.index.words('speech-verbs');
  const deontics = doc.index.words(listSentences.id, 'deontics');
  let found = false;
  for (let j = s.tStart; j < s.tEnd; j++) {
    if (speech.has(doc.tokens[j].lower) || doc.mentions.inQuote[j] === 1) return false;
    if (deontics.has(doc.tokens[j].lower)) found = true;
  }
  return found;
}
