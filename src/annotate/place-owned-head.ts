// A bare head re-mentioned after a determiner names the issue of the term it shortens (discourse/issue-remention:
// "the guarantees" after "security guarantees"). Not when the head is owned by a region named right after it: "Kyiv
// was ready to accept a neutral, non-nuclear status … and proposed consultations on the status of Crimea" speaks of
// the region's status (who holds it, or whose it is recognised to be), not of the neutral status said before; nor
// when the head opens a fixed phrase of its own ("the status quo"). The tuning gold files the status of Crimea, of the
// Donbas or of the four regions under territory or recognition every time, and "any attempt to change the status quo
// by force" under territory; re-read as the non-nuclear status they were military_limits (own AT, AX, AP).
// A region is a place of a subdivision code ("UA-43") or a capitalised name that starts no party and no state's place
// ("the status of Transnistria"; not "the status of Georgia", a party's own status). Words: rules.json discourse/place-owned-head.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const placeOwnedHeadRule = defineRule({
  id: 'discourse/place-owned-head', stage: 'discourse',
  reason: 'A head that discourse/issue-remention would re-mention is none when \'of\' (and \'the\') and a region (a place of a subdivision code, "UA-43", or a capitalised name that starts no party nor a state\'s place) follow it ("consultations on the status of Crimea" after "a neutral, non-nuclear status": the region\'s status, no military limit), or when one of \'phraseTails\' follows it ("the status quo").',
});

/** Whether the head at `i` is owned by a region right after it or opens a fixed phrase ('phraseTails'). */
export function ownedByRegion(tokens: Token[], i: number, index: LexiconIndex, regionStarts: ReadonlySet<number> | undefined): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  if (index.words(placeOwnedHeadRule.id, 'phraseTails').has(next)) return true;
  if (next !== 'of' || !regionStarts) return false;
  let k = i + 2;
  if (tokens[k]?.lower === 'the') k++;
  return regionStarts.has(k);
}
