// Claims as PLOVER event records (../shared/spec/plover.md).
import type { Claim } from '../extract/types.js';
import type { StoredClaim } from '../store/types.js';

export const PLOVER_EVENT: Record<string, string> = {
  DEMAND: 'REQUEST', OFFER: 'AGREE', PROPOSE: 'AGREE', ACCEPT: 'AGREE', REJECT: 'REJECT', THREATEN: 'THREATEN',
};

const CONTEXT: Record<string, string[]> = {
  territory: ['territory'], ceasefire: ['military'], recognition: ['diplomatic', 'territory'], alliance: ['military', 'diplomatic'],
  security_guarantees: ['peacekeeping', 'military'], military_limits: ['military'], sanctions: ['economic'],
  governance: ['political_institutions'], rights: ['religion_ethnicity', 'rights_freedoms'], humanitarian: ['human_security'],
  talks: ['diplomatic'],
};

export function ploverContext(claim: Claim): string[] {
  const ctx = [...(CONTEXT[claim.issue] ?? [])];
  if (claim.issue === 'military_limits' && /nuclear/i.test(claim.quote)) ctx.push('cbrn');
  if (claim.issue === 'sanctions' && /reparation|damages|compensat/i.test(claim.quote)) ctx.push('reparations');
  return ctx;
}

export function ploverMode(claim: Claim): string | null {
  const event = PLOVER_EVENT[claim.type];
  if (event === 'REQUEST' || event === 'REJECT') {
    if (['territory', 'ceasefire', 'sanctions', 'humanitarian'].includes(claim.issue)) return 'yield';
    if (claim.issue === 'talks') return 'meet';
    return 'change';
  }
  if (event === 'THREATEN') {
    if (claim.issue === 'territory') return 'territory';
    if (claim.issue === 'sanctions') return 'restrict';
    if (claim.issue === 'talks' || claim.issue === 'recognition') return 'relations';
    return 'violence';
  }
  return null;
}

function mentionText(claim: Claim, kind: 'actor' | 'cue', value?: string): { text: string; span: [number, number] } | null {
  const m = (claim.mentions ?? []).find((x) => x.kind === kind && (value === undefined || x.value === value));
  return m ? { text: m.text, span: m.span } : null;
}

/** The PLOVER date: the day of the claim when known, else the start of its range (or null). */
function ploverDate(c: StoredClaim): string | null {
  const v = c.claim.date.value;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return c.dateStart;
}

export function toPlover(c: StoredClaim, articleText: string | null, coderVersion: string) {
  const claim = c.claim;
  const actorMention = mentionText(claim, 'actor', claim.actor) ?? mentionText(claim, 'actor');
  const cue = mentionText(claim, 'cue');
  const [s0, s1] = claim.sentence ?? claim.span;
  const text = articleText && s1 <= articleText.length ? articleText.slice(s0, s1) : claim.quote;
  return {
    id: c.ref,
    date: ploverDate(c),
    actor: [{ code: claim.actor, entity_text: actorMention?.text ?? claim.actor }],
    recipient: claim.target ? [{ code: claim.target, entity_text: claim.target }] : [],
    event: PLOVER_EVENT[claim.type] ?? claim.type,
    mode: ploverMode(claim),
    context: ploverContext(claim),
    event_text: cue?.text ?? claim.quote,
    text,
    text_info: {
      doc: claim.doc,
      sentence: [s0, s1],
      event_text: cue?.span ?? claim.span,
      quote: claim.span,
      actor: actorMention?.span ?? null,
    },
    cite_info: { url: c.url, publication: claim.source.credited && claim.source.outlet ? claim.source.outlet : c.publisher ?? claim.source.outlet, publisher: c.publisher, published: c.published, title: c.title },
    coder: { name: 'parley', version: coderVersion },
    parley: { type: claim.type, issue: claim.issue, regions: claim.regions, date: claim.date.value, source: claim.source },
  };
}
