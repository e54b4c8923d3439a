// A side that says its army will settle a question, or that the question will be decided by force, warns that it will
// take by war what it cannot get at the table (spec §2 THREATEN: a harmful step announced): "Otherwise the question will
// be decided by the Russian army", "or 'the Azerbaijani army will decide the issue'", "if it does not, 'the army will
// take care of it'". The question so settled is the one the side has just demanded: the threat is about that stance's
// issue, not a fixed one ("Kyiv must accept demilitarisation … or the Russian army will decide the issue" is about
// military limits; "Yerevan must hand over the villages; if not, the army will take care of it" about territory:
// content/force-alternative, which serves "we will achieve this by military means" too, src/extract/harm.ts).
// Word lists: lexicon/data/rules.json candidate/army-decides.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const armyDecides = defineRule({
  id: 'candidate/army-decides', stage: 'candidate',
  reason: 'An army that will settle a question ("the Russian army will decide the issue", "our armed forces will resolve it", "the army will take care of it") or a question that will be settled by arms ("will be decided by the Russian army", "would be resolved militarily", "will be settled on the battlefield") is a warning of war over the question, a THREATEN: one of \'armies\' (with "the", "our", "its", "their" or a capitalised party word before it) + a future modal (\'modals\') + one of \'deciding\' or "take care of" / "deal with"; or a modal + "be" + one of \'decidedForms\' + "by" and one of \'armies\' or \'forceMeans\' after it. Not a past fact ("the war was decided on the battlefield"), not a guess ("could be decided": not one of \'modals\'), not a negated modal, not the people deciding ("will be decided by Ukrainians").',
});

export const forceAlternative = defineRule({
  id: 'content/force-alternative', stage: 'content',
  reason: 'A threat to settle a question by force that names no issue itself ("Otherwise the question will be decided by the Russian army", "If they do not leave, we will achieve this by military means", "Russia would then achieve it by other means") is about the stance its holder has just taken: the issue and places of the holder\'s nearest claim before it, in its sentence or the two before (not another threat); with none, the step\'s own issue (territory, content/harm-issue).',
});

/** THREATEN triggers of an army settling a question, active or passive, in the sentence. */
export function armyDecidesCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(armyDecides.id, list);
  const armies = w('armies');
  const deciding = w('deciding'), decidedForms = w('decidedForms');
  // (Speed: no sentence without one of the verbs can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, deciding) && !doc.sentenceWords.has(s.index, decidedForms) && !doc.sentenceWords.has(s.index, w('careVerbs'))) return out;
  const modals = w('modals'), adverbs = doc.index.set.modalAdverbs, forceMeans = w('forceMeans');
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const taken = (k: number) => raw.some((r) => r.start <= k && k < r.end);
  // Back from the verb at v over adverbs to a future modal; -1 when there is none or it is negated.
  const modalBefore = (v: number): number => {
    let m = v - 1;
    while (m > s.tStart && (adverbs.has(lower(m)) || lower(m) === 'then')) {
      if (lower(m) === 'not' || lower(m) === 'never' || lower(m) === 't') return -1;
      m--;
    }
    return modals.has(lower(m)) ? m : -1;
  };
  // An army named as a party's: "the Russian army", "our armed forces", "its military", "Azerbaijan's army"; the token
  // the army's phrase starts at and the party it names (none for "our", "its", "their": the holder rules find whose),
  // or null ("an army", "any army", "the army": no party's).
  // (A party adjective before an army is no actor mention: it is read from the names, as candidate/modal does.)
  const armyAt = (k: number): { start: number; codes: string[] } | null => {
    if (!armies.has(lower(k))) return null;
    let a = lower(k) === 'forces' && lower(k - 1) === 'armed' ? k - 1 : k;
    if (tokens[a - 1]?.cap && a - 1 >= s.tStart) a--;
    const adjective = a < k && tokens[a].cap ? doc.index.names.matchAt(tokens, a)?.values.find((x) => x.kind === 'adjective') : undefined;
    if (adjective) return { start: a, codes: [adjective.code] };
    // ("Serbia's army": the possessor, an actor mention ending before "'s".)
    if (lower(a - 1) === 's') {
      const owner = (doc.actorsBySentence.get(s.index) ?? []).find((p) => p.codes.length > 0 && p.possessive && p.end + 2 === a);
      return { start: a, codes: owner ? [...owner.codes] : [] };
    }
    // (A bare "the army", no party's, is left out: in "Moscow wants Kyiv to accept it, and if it does not, 'the army will
    // take care of it'" whose army it is, and so whose threat, the words do not say.)
    return /^(?:our|its|their)$/.test(lower(a - 1)) ? { start: a, codes: [] } : null;
  };
  // ("Otherwise the question will be decided by the Russian army": the sentence's "Otherwise", a threat cue naming no
  // step, is this threat's opening; the trigger starts there, so that it is one threat and its holder the one carried
  // from the sentence before.)
  // (Its cue stays the trigger's: a sentence opening with the stance carries the holder before, holder/carried.)
  const opening = (): Trigger | null => {
    // (Past an opening quote mark: '"Otherwise the question will be decided …," he said'.)
    let first = s.tStart;
    while (first < s.tEnd && !tokens[first].word) first++;
    if (lower(first) !== 'otherwise') return null;
    const k = raw.findIndex((r) => r.start === first && r.type === 'THREATEN');
    return k >= 0 ? raw.splice(k, 1)[0] : null;
  };
  for (let v = s.tStart + 2; v < s.tEnd; v++) {
    const x = lower(v);
    // Active: "the Russian army will decide the issue", "the army will take care of it".
    const care = (x === 'take' && lower(v + 1) === 'care' && lower(v + 2) === 'of') || (x === 'deal' && lower(v + 1) === 'with');
    if (deciding.has(x) || care) {
      const m = modalBefore(v);
      if (m < 0 || taken(v)) continue;
      const army = armyAt(m - 1);
      if (!army) continue;
      const open = opening();
      const t: Trigger = { start: open ? open.start : m, cue: open?.cue ?? null, end: care ? v + (x === 'take' ? 3 : 2) : v + 1, type: 'THREATEN', rule: 'army-decides', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'territory', forceResolution: true };
      // ("the Azerbaijani army", "Serbia's army": the party the army is named for holds the threat, as for the forces of
      // candidate/modal's militarySubjects.)
      const codes = army.codes;
      if (codes.length) { t.heldBy = codes; t.heldByParty = true; }
      out.push({ trigger: t, detail: `"${tokens[m - 1].text} ${tokens[m].text} ${tokens[v].text}": an army that will settle the question` });
      continue;
    }
    // Passive: "will be decided by the Russian army", "would be resolved militarily", "will be settled on the battlefield".
    if (decidedForms.has(x) && lower(v - 1) === 'be') {
      const m = modalBefore(v - 1);
      if (m < 0 || taken(v)) continue;
      let end = -1;
      for (let k = v + 1; k < Math.min(v + 6, s.tEnd); k++) {
        const y = lower(k);
        if (y === ',' || y === ';' || y === 'if' || y === 'unless' || y === 'but') break;
        if (armies.has(y) || forceMeans.has(y)) { end = k + 1; break; }
      }
      if (end < 0) continue;
      const open = opening();
      const t: Trigger = { start: open ? open.start : m, cue: open?.cue ?? null, end, type: 'THREATEN', rule: 'army-decides', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false, defaultIssue: 'territory', forceResolution: true };
      out.push({ trigger: t, detail: `"${tokens[m].text} be ${tokens[v].text} … ${tokens[end - 1].text}": a question to be settled by arms` });
    }
  }
  return out;
}

/**
 * The stances a force threat refers back to: the holder's demands and proposals in the sentence of its nearest one
 * before the trigger (in the trigger's sentence or the two before it): a demand of "demilitarisation and denazification"
 * is two claims, and the threat is about both. When the trigger's own sentence names some of their issues before it,
 * those only ("accused Kyiv of refusing an agreement on demilitarisation and said Russia would then achieve it by other
 * means" settles the demilitarisation of the goals listed before). Empty when there is none. Not an offer: what the
 * other side must do is what force would settle ("If they leave, we will stop combat operations. If they do not leave,
 * we will achieve this by military means" settles the withdrawal, not the halt offered for it).
 */
export function forceAlternativeStance(doc: Doc, s: Sentence, t: Trigger, holder: string[], claims: Claim[]): Claim[] {
  const from = doc.sentences[Math.max(0, s.index - 2)].start;
  const at = doc.tokens[t.start].start;
  const demanded = claims.filter((c) => (c.type === 'DEMAND' || c.type === 'PROPOSE') && c.issue !== 'other' && holder.includes(c.actor) && c.sentence[0] >= from && c.span[0] < at);
  if (!demanded.length) return [];
  const last = demanded.reduce((a, c) => (c.span[0] > a.span[0] ? c : a));
  const same = demanded.filter((c) => c.sentence[0] === last.sentence[0]);
  const named = new Set<string>();
  for (let k = s.tStart; k < t.start; k++) for (const v of doc.issueAt.get(k)?.values ?? []) if (!v.weak) named.add(v.issue);
  const own = same.filter((c) => named.has(c.issue));
  return own.length ? own : same;
}

/**
 * Whether the words a force threat settles refer back rather than name an aim of their own: nothing, a pronoun ("will
 * achieve this by military means") or a noun of a question ("will decide the issue"); not "would achieve its goals
 * militarily", whose goals are no stance just taken.
 */
export function refersBack(doc: Doc, t: Trigger, to: number): boolean {
  const w = doc.index.words(forceAlternative.id, 'referring');
  for (let k = t.end; k < Math.min(to, t.end + 3); k++) {
    const x = doc.tokens[k];
    if (!x.word || x.lower === 'the') continue;
    return w.has(x.lower);
  }
  return true;
}
