// The quote marks a rule steps over when a quotation opens or closes inside the words it reads ('or face "massive"
// new sanctions', 'met with "force"'): straight and curly, double and single. One set, so every rule skips the same
// marks; a rule that also steps over guillemets adds them to it (items.ts).
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
