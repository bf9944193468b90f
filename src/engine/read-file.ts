import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Lang } from '../rules/types.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult =
  | {
      ok: true;
      text: string;
      bytes: number;
      /** SHA-1 of the text's UTF-8 bytes (the file without a leading BOM): the file's content identity. */
      hash: string;
    }
  | {
      ok: false;
      reason: string;
      /** The file looks written by hand (a source file with an oddity): `--strict` refuses to pass over it. */
      handWritten?: boolean;
    };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Languages whose files are minified in real projects. Nobody minifies Python, shell, YAML or Dockerfiles. */
const MINIFIABLE: ReadonlySet<Lang> = new Set(['javascript', 'typescript', 'tsx', 'json']);
/** Languages harden analyses as code or configuration: a skipped file of these may hide findings. */
const SOURCE: ReadonlySet<Lang> = new Set(['python', 'bash', 'yaml', 'javascript', 'typescript', 'tsx', 'dockerfile', 'json', 'toml', 'ini', 'env', 'systemd', 'crontab', 'groovy']);

/**
 * Reads one file for analysis, refusing what no rule should look at: too large, binary, invalid UTF-8,
 * minified. The reason strings are what the "skipped" list shows; `handWritten` marks a skip that may hide
 * findings of a file a person wrote (`--strict` fails on those). `lang` decides whether minification is
 * possible at all (without it, every language is judged as if it could be minified).
 */
let scratch: Buffer = Buffer.alloc(0);

export function readForAnalysis(abs: string, size: number, maxBytes = DEFAULT_MAX_FILE_BYTES, lang?: Lang): ReadResult {
  const source = lang === undefined || SOURCE.has(lang);
  if (size > maxBytes) return { ok: false, reason: `too large (${formatBytes(size)} > ${formatBytes(maxBytes)} limit)`, handWritten: source && lang !== 'json' };
  let buf: Buffer;
  try {
    const fd = openSync(abs, 'r');
    try {
      // One read buffer per thread, grown to the largest file read: a fresh buffer per file was a large malloc and
      // free each time, and glibc's consolidation of those chunks showed in profiles. The text is decoded out of it.
      if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2, 1 << 16));
      buf = scratch;
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buf, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      buf = buf.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { ok: false, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'read failed'})` };
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file', handWritten: lang !== undefined && source };
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    return { ok: false, reason: 'invalid UTF-8', handWritten: lang !== undefined && source };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const minified = lang === undefined || MINIFIABLE.has(lang) ? minifiedVerdict(text) : null;
  if (minified) return { ok: false, reason: minified.reason, handWritten: minified.handWrittenLines > 0 };
  if (lang !== 'json' && (lang === undefined || MINIFIABLE.has(lang)) && isLibraryCopy(text)) return { ok: false, reason: 'vendored library copy (versioned license banner)' };
  // Hashed from the bytes read (the same digest as the decoded text's UTF-8): hashing the string made V8 encode it
  // again into a fresh allocation per file.
  return { ok: true, text, bytes: buf.length, hash: createHash('sha1').update(bom ? buf.subarray(3) : buf).digest('hex') };
}

/**
 * A third-party library copied into the tree (`static/js/bootstrap.js`, `lib/jquery.js`): the file opens with the
 * preserved-comment banner (`/*!`) that libraries ship with their builds, naming a version and a copyright, a
 * licence or the project's URL. First-party sources do not open that way; their build output (which may) is
 * not hand-written either. Outside `vendor/` or `dist/` folders, this is how vendored code is recognised.
 */
export function isLibraryCopy(text: string): boolean {
  const head = text.slice(0, 700);
  const open = /^\s*\/\*!/.exec(head);
  if (!open) return false;
  const end = head.indexOf('*/');
  const banner = end > 0 ? head.slice(0, end) : head;
  return /\bv?\d+\.\d+\.\d+\b/.test(banner) && /copyright|\(c\)|©|licen[cs]e|https?:\/\//i.test(banner);
}

/** A line longer than this is not written by hand. */
const LONG_LINE = 1000;
/** Minified output spends its bytes on code, not on spaces: hand-written code is 15-25 % whitespace. */
const MAX_WHITESPACE_IN_LONG = 0.08;
/** Share of the file's characters in long lines from which the file as a whole counts as machine-written. */
const MIN_LONG_SHARE = 0.8;
/** Bundler and minifier markers: with them, a file of long lines is minified whatever its spacing. */
const BUNDLE_MARKER = /\/\/[#@] sourceMappingURL=|__webpack_require__|webpackJsonp|\bSystem\.register\(|\/\*!|\bdefine\.amd\b|\(function\(modules\)/;

/**
 * Whether a file is minified, judged by the file as a whole (not by its longest line): most of its characters
 * sit in lines over 1,000 characters, and those lines are nearly free of whitespace or the file carries a
 * bundler's marker. One long line in a hand-written file (a data blob, a pasted key) is not enough: that file
 * is analysed. `handWrittenLines` counts ordinary short code lines beside the long ones, which a real bundle
 * does not have (a license banner and a source-map comment are not code).
 */
export function minifiedVerdict(text: string): { reason: string; handWrittenLines: number } | null {
  if (text.length < 5000) return null;
  let longest = 0;
  let longChars = 0;
  let longSpaces = 0;
  let ordinary = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i !== text.length && text.charCodeAt(i) !== 10) continue;
    const len = i - start;
    if (len > longest) longest = len;
    if (len > LONG_LINE) {
      longChars += len;
      for (let j = start; j < i; j++) {
        const c = text.charCodeAt(j);
        if (c === 32 || c === 9) longSpaces++;
      }
    } else if (len > 0 && isCodeLine(text, start, i)) ordinary++;
    start = i + 1;
  }
  if (longest <= LONG_LINE || longChars / text.length < MIN_LONG_SHARE) return null;
  const sparse = longSpaces / longChars < MAX_WHITESPACE_IN_LONG;
  if (!sparse && !BUNDLE_MARKER.test(text.slice(0, 2048) + text.slice(-2048))) return null;
  return { reason: `minified (${Math.round((100 * longChars) / text.length)} % in lines over ${LONG_LINE.toLocaleString('en-US')} characters, the longest ${formatBytes(longest)})`, handWrittenLines: ordinary };
}

/** A short line that holds code: not blank and not only a comment (`//`, `/*`, `*`, `#`). */
function isCodeLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c === 47 /* / */ && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) return false;
  if (c === 42 /* * */ || c === 35 /* # */) return false;
  return !/^[\])};,]*$/.test(text.slice(i, end).trim());
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
