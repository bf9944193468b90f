/**
 * Text from the scanned repository (file names, snippets, keys, service names) is hostile: an ESC sequence in
 * a comment can move the terminal's cursor and erase the findings printed above it, a newline in a file name
 * injects whole lines into a Markdown or CSV report, and a bidi override makes a path read as another. Every
 * piece of repository text is passed through `printable` before it reaches an output, and every rendered
 * document gets a last guard (`printableDocument`, `printableJson`) so that no raw control character survives.
 *
 * What is escaped, as visible text: C0 controls except TAB (`\n`, `\r`, `\x1b` …), DEL and C1 controls
 * (`\x9b` is a one-byte CSI on many terminals), the bidi embedding/override/isolate marks and the Arabic letter
 * mark (Trojan Source), LRM/RLM, the Unicode line and paragraph separators, and a BOM inside text.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_ALL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same set without the line ends a document itself is made of (LF, and CR for CRLF files). */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_DOCUMENT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** What JSON.stringify leaves raw (it escapes C0 itself): DEL, C1, bidi marks, separators, BOM. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function visible(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** Repository text with every control, bidi and separator character shown as an escape (`\x1b`, `\n`). */
export function printable(s: string): string {
  return UNSAFE.test(s) ? s.replace(UNSAFE_ALL, visible) : s;
}

/** A rendered text document (Markdown, CSV, HTML, terminal text without colour): its own line ends are kept. */
export function printableDocument(text: string): string {
  return text.replace(UNSAFE_IN_DOCUMENT, visible);
}

/** A JSON document: what JSON.stringify leaves raw becomes a `\uXXXX` escape (the same value, printable bytes). */
export function printableJson(text: string): string {
  return text.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
