// Boilerplate patterns, as data. Each pattern is matched against ONE line of the body
// (without its line terminator and surrounding whitespace), never against the whole text.
// Every regex here must be linear-time safe: anchored, no nested quantifiers, no overlapping
// adjacent quantifiers. In addition the cleaner only ever applies them to short strings
// (see MAX_BOILERPLATE_LINE), so even a 1 MB line costs one length check.

export type BoilerplateScope =
  /** The whole line is boilerplate: drop it with its line break. */
  | 'line'
  /** The match at the start of a line is boilerplate: drop the match, keep the rest of the line. */
  | 'prefix'
  /** Like 'prefix', but only at the very start of the body (first non-blank line). */
  | 'start'
  /** Whole-line boilerplate that only counts in the trailing block at the end of the body. */
  | 'tail';

export interface BoilerplatePattern {
  pattern: RegExp;
  /** Why this is removed (for debugging / reports). */
  reason: string;
  /** Default 'line'. */
  scope?: BoilerplateScope;
}

/** Lines longer than this are never boilerplate (real paragraphs); prefixes are matched on this many chars. */
export const MAX_BOILERPLATE_LINE = 200;

/**
 * News agencies' codes, written in capitals on a credit line at the end of a re-published story ("ANI", "AFP/DPA"):
 * such a line is the story's wire credit, not a menu line, and stays in the text (discourse/trailing-credit).
 */
export const WIRE_CODES: readonly string[] = ['AFP', 'ANI', 'PTI', 'IANS', 'UNI', 'TASS', 'DPA', 'EFE', 'ANSA', 'UPI', 'KUNA', 'WAM', 'QNA', 'IRNA', 'PAP', 'BTA', 'MTI', 'BELTA', 'KYODO', 'YONHAP', 'XINHUA', 'BERNAMA', 'ANTARA', 'APA', 'BNA', 'SANA', 'MENA', 'AP', 'AA', 'RIA', 'RIA NOVOSTI', 'INTERFAX', 'UKRINFORM', 'REUTERS'];

export const BOILERPLATE: BoilerplatePattern[] = [
  {
    pattern: /^(?:continues?|continued|story continues|article continues|text continues) (?:after|below) (?:the )?(?:advertising|advertisement|ad|ads)\.?$/i,
    reason: 'advertising break marker',
  },
  {
    pattern: /^[-–—([ ]{0,3}(?:advertisement|advertising|publicidade|publicidad|anzeige|sponsored|sponsored content|ad)[\])– —-]{0,3}$/i,
    reason: 'advertising label',
  },
  {
    // The marker line only, with a linked headline on the same line; the next paragraph is real text.
    pattern: /^(?:also read|read also|read more|see also|related|related articles?|more on this(?: story)?|recommended|leia também|lea también)\s?[:：|>»-]/i,
    reason: 'cross-link marker ("Also read:" / "Read more:" with its headline)',
  },
  {
    pattern: /^(?:also read|read also|read more|see also|related articles?|related stories|recommended|leia também|lea también)$/i,
    reason: 'cross-link marker without headline',
  },
  {
    // ("We use cookies to give you the best experience. By continuing, you accept our use of cookies. [Accept]
    // [Settings]": the banner's "accept" and its button are no stance of the party last named.)
    pattern: /^(?:we use cookies|we and our partners use cookies|this (?:site|website) uses cookies)\b.{0,180}$/i,
    reason: 'cookie consent banner',
  },
  {
    pattern: /^(?:share (?:this|the) (?:article|story|page|post)|share (?:on|via) [a-z]|share$|tweet$|copy link$|copied!?$|email this (?:article|story))/i,
    reason: 'share widget',
  },
  {
    pattern: /^(?:subscribe(?: now)?(?: to| for)? (?:our|the|a|to)\b|sign up (?:for|to) (?:our|the)\b|get (?:our|the) (?:daily |weekly |free )?newsletter|join our (?:newsletter|mailing list|telegram|whatsapp))/i,
    reason: 'newsletter / subscription prompt',
  },
  {
    pattern: /^(?:follow us on|follow (?:the )?[a-z]{2,20} on (?:twitter|x|facebook|instagram|telegram|google news|whatsapp|linkedin|youtube|threads))\b/i,
    reason: 'social-media follow prompt',
  },
  {
    pattern: /^(?:\d{1,2}:\d{2}(?::\d{2})? ?\/ ?(?:\d{1,2}:\d{2}(?::\d{2})?|\d(?:\.\d{1,2})? ?[×x]))(?: ?\d(?:\.\d{1,2})? ?[×x])? ?/,
    reason: 'video-player residue ("0:00 / 1×")',
    scope: 'prefix',
  },
  {
    pattern: /^(?:watch|play video|video|listen to this article|listen|audio)(?: ?[:|-] ?\d{1,2}:\d{2})?$/i,
    reason: 'media-player label',
  },
  {
    pattern: /^date ?:? ?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)? ?/i,
    reason: 'stray "date YYYY-MM-DD" prefix at the start of the body',
    scope: 'start',
  },
  {
    // Short ALL-CAPS menu / teaser lines at the end of a text ("FREE ACCESS", "BONDS PORTFOLIO").
    // (Not a news agency's code on a line of its own, "ANI", "AFP", "— PTI": the wire credit of a re-published story,
    // read by discourse/trailing-credit.)
    pattern: new RegExp(String.raw`^(?!(?:${WIRE_CODES.join('|')})(?:[ /]+(?:${WIRE_CODES.join('|')}))*$)\p{Lu}[\p{Lu}\p{N}&'’ /+-]{1,38}\p{Lu}$`, 'u'),
    reason: 'ALL-CAPS menu line at the end of the text',
    scope: 'tail',
  },
  {
    pattern: /^(?:©|\(c\)|copyright ©?) ?\d{4}\b/i,
    reason: 'copyright line',
    scope: 'tail',
  },
  {
    pattern: /^(?:all rights reserved\.?|advertisement|cookie settings|privacy policy|terms of (?:use|service)|back to top|most read|most popular|trending now|more from [a-z].{0,40}|you may also like|topics?:.{0,80}|tags?:.{0,120})$/i,
    reason: 'site footer link',
    scope: 'tail',
  },
];
