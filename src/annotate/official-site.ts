// A government's own page (a call readout, a statement, a transcript on gov.uk, kremlin.ru, president.gov.ua …)
// names its own leader by the bare role: "The Prime Minister spoke to President Aliyev this afternoon. The Prime
// Minister welcomed …". With no one named earlier in that role, the role is the publishing government's.
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const officialSite = defineRule({
  id: 'discourse/official-site', stage: 'discourse',
  reason: 'A page published by a government ("sites": its web domains; "outlets": the publisher names its pages carry) names its own office-holders by the bare role: "The Prime Minister spoke to President Aliyev … The Prime Minister welcomed the agreement" on gov.uk is the British prime minister. A definite role ("the prime minister", "the president", "the chancellor": "roles", the role\'s last word per party) that no earlier mention in the article carries is that government\'s; a role the article gave to someone before refers back to them as usual (discourse/definite-roles). Roles the government has not ("the president" on gov.uk) are left alone.',
});

/** The party that published the page, by its URL's host or its outlet name (discourse/official-site); null if none. */
export function sitePartyOf(url: string | null, outlet: string | null, index: LexiconIndex): string | null {
  const sites = index.words(officialSite.id, 'sites');
  if (url) {
    const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url.trim());
    // ("www.gov.uk", "en.kremlin.ru", "president.gov.ua": the host or any of its parent domains. The lexicon's
    // word lists are lower-cased: the party code comes back upper-cased.)
    let host = m ? m[1].toLowerCase() : '';
    while (host) {
      for (const s of sites) if (s.startsWith(`${host} `)) return s.slice(host.length + 1).toUpperCase();
      const dot = host.indexOf('.');
      host = dot < 0 ? '' : host.slice(dot + 1);
    }
  }
  if (outlet) {
    const name = outlet.trim().toLowerCase();
    for (const s of index.words(officialSite.id, 'outlets')) {
      const sp = s.lastIndexOf(' ');
      if (s.slice(0, sp) === name) return s.slice(sp + 1).toUpperCase();
    }
  }
  return null;
}

/**
 * Gives `party` to each definite role (a pronoun mention "the-role:HEAD") whose role word the government has and
 * that no earlier non-pronoun mention of a party carries, before pronouns are resolved (so that "he" after it finds
 * it). A page that opens its account with the bare role keeps it for its own office-holder to the end: "The President
 * held a call with President of Serbia Aleksandar Vucic. … The President rejected …" is still Russia's, and pronoun
 * resolution leaves such a role alone (`site`).
 */
export function assignSiteRoles(actors: ActorMention[], tokens: Token[], party: string, index: LexiconIndex, rolePrefix: string): void {
  const roles = index.words(officialSite.id, 'roles');
  const carried = new Set<string>(), own = new Set<string>();
  for (const a of actors) {
    if (a.kind !== 'pronoun') {
      if (a.codes.length) for (let j = Math.max(0, a.start - 3); j < a.end; j++) carried.add(tokens[j].lower);
      continue;
    }
    if (!a.pronoun?.startsWith(rolePrefix) || a.codes.length) continue;
    const head = a.pronoun.slice(rolePrefix.length);
    if (!roles.has(`${party.toLowerCase()} ${head}`) || (carried.has(head) && !own.has(head))) continue;
    a.codes = [party];
    a.site = true;
    own.add(head);
  }
}
