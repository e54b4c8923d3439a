// Text from articles, feeds, file names and requests is printed to terminals: a raw ESC or OSC
// sequence in it could clear the screen, retitle the window or hide lines, and a newline in a file
// name could forge a second stderr line (issue 10). Control characters are shown escaped instead.

/** C0 controls (tab and newline included), DEL, C1 controls, and bidi embeddings/overrides/isolates. */
const FIELD_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, but tab and newline stay: for whole outputs made of lines. */
const TEXT_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
const escapeOne = (c: string): string => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One field of one line (a file name, a table cell, a message): every control character escaped. */
export function oneLine(s: string): string {
  return s.replace(FIELD_CONTROLS, escapeOne);
}

/** Whole output for a terminal: lines and tabs kept, every other control character escaped. */
export function terminalSafe(text: string): string {
  return text.replace(TEXT_CONTROLS, escapeOne);
}
