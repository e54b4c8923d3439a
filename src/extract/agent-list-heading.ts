// A list heading that names who set the list out in a participle clause (content/agent-list-heading): "The ten
// points, as listed by the Armenian presidency:", "The main terms, as set out by the Ethiopian government:", "Its
// demands, as summarised by Serbian officials:" + numbered or bulleted lines. content/list-introducer looks for a plan
// in the heading's paragraph or up to three sentences before it; when the plan was named further back (an article that
// presents the plan in its lead and lists its points after two paragraphs of reactions), the heading's own agent says
// whose points they are. Read only when the heading speaks of a list's parts or a typed list noun (the caller's
// 'listed'), with "as" and a participle of setting out ('participles', or "set/laid/spelled/put" + "out"), "by", and a
// party mention (not possessive, not in a quote) right after it, one of the principal sides of the dispute. Not a third
// party that publishes the terms of a deal ("The main terms, as published by the UN:"): the deal's terms are not its own.
// Word lists: lexicon/data/rules.json under the rule id.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const agentListHeading = defineRule({
  id: 'content/agent-list-heading', stage: 'content',
  reason: 'A list heading with its agent in a participle clause ("The ten points, as listed by the Armenian presidency:", "The main terms, as set out by the Ethiopian government:", "Its demands, as summarised by Serbian officials:") names who holds the items when no plan is found near it (content/list-introducer): the party after "as" + one of \'participles\' (or one of \'outVerbs\' + "out") + "by", one of the principal sides of the dispute (not a third party publishing a deal\'s terms, "The main terms, as published by the UN:"). Only for a heading about a list\'s parts or with a typed list noun. Test: test/extract/agent-list-heading.test.ts.',
});

/** The parties named as the agent of "as listed by X" in sentence k, or null (content/agent-list-heading). */
export function agentListAuthors(doc: Doc, k: number): string[] | null {
  const s = doc.sentences[k];
  const tok = doc.tokens;
  const w = (list: string) => doc.index.words(agentListHeading.id, list);
  const participles = w('participles'), outVerbs = w('outVerbs');
  for (let j = s.tStart; j < s.tEnd - 3; j++) {
    if (tok[j].lower !== 'as') continue;
    let b = j + 1;
    if (participles.has(tok[b].lower)) b++;
    else if (outVerbs.has(tok[b].lower) && tok[b + 1]?.lower === 'out') b += 2;
    else continue;
    if (tok[b]?.lower !== 'by') continue;
    let m = b + 1;
    if (tok[m]?.lower === 'the') m++;
    const here = doc.actorsBySentence.get(k) ?? [];
    const a = here.find((x) => (x.start === b + 1 || x.start === m) && !x.possessive && !x.inQuote && !x.document && x.codes.length);
    if (!a) return null;
    const codes: string[] = [];
    for (let c: typeof a | undefined = a; c; c = c.coordinated) for (const code of c.codes) if (!codes.includes(code)) codes.push(code);
    // (Only one of the principal sides setting out its own points: a third party publishing the terms of a deal, "The
    // main terms, as published by the UN:", lists what the sides agreed, not its own proposals; tuning own AV, BD, BF,
    // BG had four such grain-deal headings whose items the gold gives the UN no claim for.)
    const principals = doc.principalsAt(k);
    return codes.length === 1 && principals.includes(codes[0]) ? codes : null;
  }
  return null;
}
