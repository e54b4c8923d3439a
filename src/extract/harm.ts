// Harmful steps: the verbs of a threat ("will impose tariffs", "would cut off gas", "will take it by
// force", "vowed to fight on", "would walk away from the talks"). A verb's sense depends on its object:
// halting strikes is a concession, halting gas transit is a threat; continuing talks is an offer,
// continuing the fighting a threat; leaving a region is a withdrawal, leaving the talks a threat.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const harmfulAct = defineRule({
  id: 'trigger/harmful-act', stage: 'trigger',
  reason: 'A party that will, would, vows or threatens to take a harmful step against another threatens it (THREATEN), with the issue its object names or the verb\'s own ("strike" → ceasefire, "impose" → sanctions, "take … by force" → territory, "walk away" → talks, "cut off gas" → other).',
});

const CESSATION = new Set(['stop', 'halt', 'suspend', 'freeze', 'cut', 'end', 'cease']);
// (The nouns of the line of issues.json's ceasefire frame of halting at a line, 'words'.)
const HALT_LINES = new Set(['line', 'lines', 'front', 'frontline', 'frontlines']);
const CONTINUATION = new Set(['continue', 'keep', 'press', 'resume', 'step', 'intensify', 'escalate', 'expand', 'widen']);
const LEAVING = new Set(['leave', 'quit', 'exit', 'abandon', 'walk']);
const TALKS = new Set(['talks', 'negotiations', 'table', 'format', 'process', 'deal', 'agreement', 'treaty', 'accord', 'summit', 'meeting', 'dialogue', 'initiative']);
// (rules.json 'measureVerbs', verbs of putting a measure in place: a sanction only when a sanctions term follows — 'would adopt a new package
// of sanctions', 'will introduce tariffs'; 'would adopt a resolution' is no threat. 'Do' is the light verb of
// 'we're going to be doing very severe tariffs': with a sanctions term only, 'would do anything' threatens nothing.)
// (Preparing one is as much a threat: 'would coordinate new sanctions with Washington', 'will prepare a new package of
// sanctions', 'would draft further sanctions'; 'would prepare a peace plan' is no threat.)
// (What 'take' or 'use' takes by force: "would use every weapon at its disposal", "will use its nuclear arsenal"; not troops,
// which a guarantor uses too: "Britain would use its troops to help secure the skies".)
const FORCE = new Set(['force', 'nuclear', 'weapons', 'weapon', 'arsenal', 'missiles', 'military']);
// (Defending land is harmful the same way, only with every means of war: "would defend its new lands \"with all the
// forces and means at our disposal\"".)
// ("would continue to pursue its goals on the battlefield": pursuing an aim by arms is reaching for it.)
const ACHIEVING = new Set(['achieve', 'attain', 'accomplish', 'reach', 'resolve', 'settle', 'solve', 'realise', 'realize', 'secure', 'defend', 'pursue']);

/** "by military means", "militarily", "by force", "on the battlefield" within the clause after the verb at j. */
function byForce(doc: Doc, s: Sentence, j: number): boolean {
  const means = doc.index.words(harmfulAct.id, 'byForce');
  const { tokens } = doc;
  for (let k = j + 1; k < Math.min(j + 12, s.tEnd); k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || w === 'if' || w === 'unless' || w === 'but') return false;
    if (means.has(w) || means.has(`${w} ${tokens[k + 1]?.lower ?? ''}`) || means.has(`${w} ${tokens[k + 1]?.lower ?? ''} ${tokens[k + 2]?.lower ?? ''}`)) return true;
  }
  return false;
}

/** A verb of replying with a manner of force after it in its clause, or in a sentence that warns or sets a condition. */
function replyHarms(doc: Doc, s: Sentence, window: string[], j: number): boolean {
  const manner = doc.index.words(harmfulAct.id, 'replyHarmManner');
  if (window.some((w) => manner.has(w))) return true;
  // (The manner may come later in the clause than the step's window: "would respond to such a step in an \"extremely
  // painful\" way".)
  for (let k = j + 1; k < Math.min(j + 13, s.tEnd); k++) {
    const w = doc.tokens[k].lower;
    if (w === ',' || w === ';' || w === '.' || w === 'if' || w === 'unless') break;
    if (manner.has(w)) return true;
  }
  if (replyByHarm(doc, s, j)) return true;
  const frame = doc.index.words(harmfulAct.id, 'replyHarmFrame');
  for (let k = s.tStart; k < s.tEnd; k++) if (frame.has(doc.tokens[k].lower)) return true;
  return false;
}

/**
 * "will respond to the confiscation of its assets by seizing Western property": "by" and the -ing form of a harmful
 * step in the reply's clause is its manner of force (not a reply in words: "respond by letter", "by proposing talks").
 */
function replyByHarm(doc: Doc, s: Sentence, j: number): boolean {
  const { tokens } = doc;
  const verbs = harmMap(doc);
  const replies = doc.index.words(harmfulAct.id, 'replyVerbs');
  for (let k = j + 1; k < Math.min(j + 14, s.tEnd - 1); k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || w === 'if' || w === 'unless' || w === 'but') return false;
    if (w !== 'by') continue;
    const g = tokens[k + 1].lower;
    if (!g.endsWith('ing') || g.length < 6) return false;
    return ingBases(g).some((c) => verbs.has(c) && !replies.has(c) && c !== 'do');
  }
  return false;
}

/**
 * The end of a naming frame at k, "what he described as", "what Trump called", and the quote mark after it, else k:
 * the words after it are the verb's object.
 */
function namingFrameEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (tokens[k]?.lower !== 'what') return k;
  const verbs = doc.index.words(harmfulAct.id, 'namingVerbs');
  let v = k + 1;
  while (v < k + 4 && v < tokens.length && !verbs.has(tokens[v].lower)) v++;
  if (!verbs.has(tokens[v]?.lower ?? '')) return k;
  let e = v + 1;
  if (tokens[e]?.lower === 'as') e++;
  while (e < tokens.length && !tokens[e].word && tokens[e].text !== ',' && tokens[e].text !== '.') e++;
  return e;
}

const RESPONSE_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'his', 'her']);

/**
 * "will give an adequate and efficient response", "would give a crushing rebuff": a light verb at j, a determiner,
 * adjectives of force (one at least) and a noun of answering are the verb "respond" (rules.json trigger/harmful-act
 * responseVerbs, responseAdjectives, responseNouns). Without such an adjective the noun is a reply: "will give a
 * detailed response to the letter".
 */
function responseAt(doc: Doc, s: Sentence, j: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(harmfulAct.id, list);
  if (!w('responseVerbs').has(tokens[j]?.lower ?? '') || !RESPONSE_DETERMINERS.has(tokens[j + 1]?.lower ?? '')) return false;
  const adjectives = w('responseAdjectives');
  let forceful = false;
  for (let k = j + 2; k < Math.min(j + 8, s.tEnd); k++) {
    const x = tokens[k].lower;
    if (adjectives.has(x)) { forceful = true; continue; }
    if (x === 'and' || x === ',') continue;
    return forceful && w('responseNouns').has(x);
  }
  return false;
}

const harmMaps = new WeakMap<object, Map<string, string>>();
function harmMap(doc: Doc): Map<string, string> {
  const data = doc.index.vocab.rules[harmfulAct.id].verbs as unknown as Record<string, string>;
  let m = harmMaps.get(data);
  if (!m) { m = new Map(Object.entries(data)); harmMaps.set(data, m); }
  return m;
}

/**
 * The verb at token j as the harmful-act map lists it. A progressive after "be" is read as its base form: "we're
 * going to be imposing tariffs", "Ankara will be doing very severe tariffs" take the step as "will impose" does
 * ("imposing" → impose, "doing" → do, "slapping" → slap). Only the verbs of putting a measure in place, which need a sanctions term
 * after them: "will be responding to the plan", "would be leaving for the summit" are no steps taken against anyone.
 * Not an -ing form with no "be" before it.
 */
function baseOf(doc: Doc, verbs: Map<string, string>, j: number): string {
  const { tokens } = doc;
  const v = tokens[j]?.lower ?? '';
  if (verbs.has(v) || !v.endsWith('ing') || v.length < 5 || tokens[j - 1]?.lower !== 'be') return v;
  const measures = doc.index.words(harmfulAct.id, 'measureVerbs');
  for (const c of ingBases(v)) if (verbs.has(c) && measures.has(c)) return c;
  return v;
}

/**
 * "put … sanctions … on Russia": after the verb at j, within its clause, a sanctions term and then "on" a party; "forward",
 * "up", "off" or "in" right after the verb ("put forward a proposal on sanctions relief") make another verb.
 */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
function putOn(doc: Doc, s: Sentence, j: number): boolean {
  const { tokens } = doc;
  const next = tokens[j + 1]?.lower;
  if (next === 'forward' || next === 'up' || next === 'off' || next === 'in') return false;
  let term = false;
  for (let k = j + 1; k < Math.min(j + 12, s.tEnd); k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || w === '.' || w === 'if' || w === 'unless') return false;
    if (doc.issueAt.get(k)?.values.some((x) => x.issue === 'sanctions')) term = true;
    // (The target after "on" is a party: "on Russia", "on Russian banks"; not "on the agenda", "on the table".)
    // A party's name or adjective is capitalised ("on Russian banks", "on Indian oil purchases"); not a day or month.
    else if (term && w === 'on') return (doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start === k + 1) || doc.placeAt.has(k + 1) || (/^[A-Z][a-z]/.test(tokens[k + 1]?.text ?? '') && !CALENDAR.test(tokens[k + 1].lower));
  }
  return false;
}

/** The base forms an -ing form may come from: "imposing" → impos, impose; "slapping" → slapp, slappe, slap (a doubled final consonant is one). */
function ingBases(v: string): string[] {
  const stem = v.slice(0, -3);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled];
}

/**
 * The issue a harmful step at token j is about ('other' when it names none), or null when the verb is
 * not harmful in this sentence (a cessation of hostilities, continued talks, leaving a region).
 */
export function harmAt(doc: Doc, s: Sentence, j: number, forces = false): string | null {
  const { tokens } = doc;
  const verbs = harmMap(doc);
  // (A response of force, "will give an adequate response", carries its manner in its own adjectives.)
  const forceResponse = responseAt(doc, s, j);
  const v = forceResponse ? 'respond' : baseOf(doc, verbs, j);
  const listed = verbs.get(v);
  const pressing = doc.index.words(harmfulAct.id, 'pressingVerbs').has(v);
  if (listed === undefined && !pressing) return null;
  const own = listed ?? 'other';
  const hostile = doc.index.words(harmfulAct.id, 'cooperativeObjects');
  const window: string[] = [];
  let place = false, sanctionsTerm = false, landTerm = false;
  let limit = j + 7;
  for (let k = j + 1; k < Math.min(limit, s.tEnd); k++) {
    // ("pledged to impose what he described as 'very severe tariffs'": a naming frame is skipped to what it names.)
    const named = namingFrameEnd(doc, k);
    if (named > k) { limit += named - k; k = named - 1; continue; }
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || w === '.' || w === 'if' || w === 'unless') break;
    window.push(w);
    if (doc.placeAt.has(k)) place = true;
    if (doc.issueAt.get(k)?.values.some((x) => x.issue === 'sanctions')) sanctionsTerm = true;
    if (doc.issueAt.get(k)?.values.some((x) => x.issue === 'territory' && !x.weak)) landTerm = true;
  }
  const hostileObject = window.some((w) => hostile.has(w));
  // ("would stop blocking Kosovo's membership": obstructing another party's aims, rules.json 'obstructions'; read
  // only for the verbs of halting and going on, which it changes.)
  const obstructed = (): boolean => { const o = doc.index.words(harmfulAct.id, 'obstructions'); return window.some((w) => o.has(w)); };
  // "They are studying the memorandum and will respond", "will respond to the proposal next week": a verb of replying
  // answers as often as it retaliates; it is a harmful step only against a hostile act ("will respond to any attack"),
  // with a manner of force ("would respond firmly", "in kind") or in a warning or a condition ("warned that Kosovo
  // would respond", "if Serbia attacks, Kosovo will respond").
  if (!forceResponse && doc.index.words(harmfulAct.id, 'replyVerbs').has(v) && !hostileObject && !replyHarms(doc, s, window, j)) return null;
  // "would cut all remaining trade with Israel", "will halt imports from Russia": an economic measure is a sanction.
  const economic = doc.index.words(harmfulAct.id, 'economicObjects');
  if ((CESSATION.has(v) || v === 'block' || v === 'ban') && !hostileObject && window.some((w) => economic.has(w))) return 'sanctions';
  // "could scale back intelligence sharing and weapons deliveries", "would reduce military aid to Kyiv": lessening the
  // help given to another party harms it; lessening troops or strikes concedes (rules.json 'reductionReason').
  if (doc.index.words(harmfulAct.id, 'reductionVerbs').has(v)) {
    if (v === 'scale' && window[0] !== 'back' && window[0] !== 'down') return null;
    const support = doc.index.words(harmfulAct.id, 'supportObjects');
    return !hostileObject && window.some((w) => support.has(w)) ? own : null;
  }
  if (CESSATION.has(v)) {
    if (hostileObject || obstructed()) return null; // "would halt strikes", "would stop blocking …": a concession
    // ("was ready to stop along the current line of contact": a halt that a ceasefire term starts at the verb, the
    // frame of halting at a line in issues.json, halts the fighting: a concession, not a harmful step.)
    // (Only that frame, the term running from the verb to a noun of the line: "would freeze accession funds" is no halt
    // of the fighting though "freeze" alone is a ceasefire term.)
    const halt = doc.issueAt.get(j);
    if (halt && halt.end - j > 1 && HALT_LINES.has(tokens[halt.end - 1].lower) && halt.values.some((x) => x.issue === 'ceasefire' && !x.weak)) return null;
    if (v === 'freeze') return window.some((w) => w === 'assets' || w === 'funds' || w === 'accounts' || w === 'reserves') ? 'sanctions' : null;
    if (v === 'end' || v === 'cease') return null;
    return own;
  }
  if (CONTINUATION.has(v)) {
    // ("ready to step down once the war was over": only stepping up goes on with force.)
    if (v === 'step' && window[0] !== 'up') return null;
    // ("would keep blocking it": going on obstructing is a refusal, which its own cue reads, not a threat of war.)
    if (!hostileObject && obstructed()) return null;
    // ("ready to keep up contacts with the Holy See", "will continue the dialogue": going on with talks or aid.)
    const peaceful = doc.index.words(harmfulAct.id, 'notHarmfulAfter');
    if (!hostileObject && window.some((w) => w !== 'to' && peaceful.has(w))) return null;
    // ("would keep up sanctions pressure on Moscow", "will continue the sanctions": economic pressure kept up.)
    if (sanctionsTerm && !hostileObject) return 'sanctions';
    // ("will keep increasing pressure on Moscow", "would keep ramping up the pressure": economic pressure raised.)
    if (!hostileObject && doc.index.words(harmfulAct.id, 'pressureGerunds').has(window[0] ?? '') && window.includes('pressure')) return 'sanctions';
    // ("would keep up the attacks", "will press on": going on with force; not "would keep up its watch on the meeting",
    // "will keep up its patrols": "up" and a thing that is no hostile act, trigger/harmful-act.)
    // ("would keep up the pressure on Russia, including sanctions": pressure kept up that a sanctions term spells out,
    // past a comma, is the economic kind; "the military pressure", or pressure with no such term, is force.)
    if (!hostileObject && window[0] === 'up' && window.includes('pressure') && !window.includes('military')) {
      for (let k = j + 1; k < Math.min(j + 12, s.tEnd); k++) if (doc.issueAt.get(k)?.values.some((x) => x.issue === 'sanctions')) return 'sanctions';
    }
    // ("Russian forces would continue to advance", "its troops would keep advancing": going on gaining ground is a
    // threat to take land, territory, not a refusal of a truce; rules.json 'landVerbs'.)
    const goneOn = window[0] === 'to' ? window[1] : window[0];
    // ("Russia would continue to pursue its goals on the battlefield": going on reaching an aim by arms, as "will achieve
    // this by military means" is, a threat about the question it settles: content/force-alternative.)
    if (window[0] === 'to' && goneOn && ACHIEVING.has(goneOn) && byForce(doc, s, j)) return verbs.get(goneOn) ?? 'territory';
    if (goneOn && doc.index.words(harmfulAct.id, 'landVerbs').has(goneOn) && window[window.indexOf(goneOn) + 1] !== 'for') return 'territory';
    return hostileObject || window[0] === 'on' || (window[0] === 'up' && window.includes('pressure')) || v === 'escalate' || v === 'intensify' ? 'ceasefire' : null;
  }
  if (LEAVING.has(v)) {
    if (v === 'walk' && window[0] !== 'away' && window[0] !== 'out') return null;
    return window.some((w) => TALKS.has(w)) || v === 'walk' ? 'talks' : null;
  }
  // "or our army will take them", "our forces will seize it": armed forces taking "it" take land (the places are
  // named before: claim/condition-places).
  if (forces && (v === 'take' || v === 'seize' || v === 'capture') && (window[0] === 'it' || window[0] === 'them')) return 'territory';
  // "will take part in the reassurance force": taking part is no seizure, whatever the force.
  if (v === 'take' && window[0] === 'part') return null;
  // ("Azerbaijani forces would take more territory": a party's forces taking land named by a territory term, as a
  // place; a party itself "would take the territorial question to court" takes nothing by force.)
  if (v === 'take' || v === 'use') return window.some((w) => FORCE.has(w)) ? (v === 'take' ? 'territory' : 'ceasefire') : (v === 'take' && (place || (forces && landTerm)) ? 'territory' : null);
  // ("prepared to put very strong banking sanctions and tariffs on Russia": a sanctions term, then "on" its target;
  // not "put forward a proposal on sanctions relief", "put the offer on the table": rules.json 'putOnReason'.)
  if (v === 'put' || v === 'place') return putOn(doc, s, j) ? 'sanctions' : null;
  if (doc.index.words(harmfulAct.id, 'measureVerbs').has(v)) return sanctionsTerm || v === 'disconnect' || v === 'confiscate' ? 'sanctions' : null;
  // "ramp up the pressure on Russia's economy", "increase pressure on Moscow".
  if (v === 'ramp' || v === 'increase' || v === 'heighten') return window.includes('pressure') || sanctionsTerm ? 'sanctions' : null;
  if (v === 'fight') return window[0] === 'on' || window.includes('until') || window.includes('to') ? 'ceasefire' : null;
  // "would push for tougher sanctions on Belgrade", "will press for new penalties", "would seek more sanctions": a party
  // that will press its allies for a measure against another takes that step itself, as "will impose" does; not a
  // push for the measures' relief or lifting ("would press for sanctions relief" asks for a concession: rules.json
  // 'pressingVerbs', 'reliefWords').
  if (pressing) {
    // ("Europe would move to new sanctions if Moscow kept refusing", "Britain would work with the US on new sanctions":
    // moving to a measure or working on one is preparing it, 'pressingVerbs' with their own prepositions.)
    const toward = (v === 'move' && (window[0] === 'to' || window[0] === 'towards')) || (v === 'work' && window.includes('on'));
    if ((window[0] === 'for' || v === 'seek' || toward) && sanctionsTerm && !window.some((w) => doc.index.words(harmfulAct.id, 'reliefWords').has(w))) return 'sanctions';
    if (listed === undefined) return null;
  }
  if (v === 'push' || v === 'march' || v === 'advance') return place ? 'territory' : null;
  if (v === 'step') return window[0] === 'up' ? 'ceasefire' : null;
  // "we will achieve this by military means", "would resolve the issue militarily", "will attain our goals by force":
  // reaching an aim by arms is a threat of fighting on; reaching it otherwise ("achieve peace through talks") is none.
  // (What force would achieve is the land in dispute: "If they do not leave, we will achieve this by military means":
  // territory, the verb's own.)
  if (ACHIEVING.has(v)) return byForce(doc, s, j) ? own : null;
  return own;
}

/**
 * Whether the harmful step at token j settles a question by arms ("will achieve this by military means", "would continue
 * to pursue its goals on the battlefield"): a threat that, naming no issue, is about the stance its holder has just taken
 * (content/force-alternative, src/extract/force-resolution.ts).
 */
export function forceResolutionAt(doc: Doc, s: Sentence, j: number): boolean {
  const v = doc.tokens[j]?.lower ?? '';
  if (ACHIEVING.has(v)) return byForce(doc, s, j);
  return CONTINUATION.has(v) && doc.tokens[j + 1]?.lower === 'to' && ACHIEVING.has(doc.tokens[j + 2]?.lower ?? '') && byForce(doc, s, j);
}
