/**
 * Per-file extractor for `maintainability/duplicated-module`: a normalised token stream of a source file,
 * reduced to two hashes and a small MinHash signature. Runs in the file pass (worker threads), so the
 * output is kept small: two hex strings and 48 integers, never the source.
 *
 * Tokenising is done by a small hand-written lexer rather than by walking the syntax tree: it runs on every
 * source file, a lexer pass is linear in the characters, and walking a tree through N-API costs a boundary
 * crossing per node. Comments and whitespace are dropped; strings, numbers, words and punctuation remain.
 *
 * Three views of the token stream:
 * - `tokenHash`:  every token verbatim (identical up to comments, docstrings, blank lines and formatting);
 * - `renameHash`: identifiers consistently renamed by order of first use (`$0`, `$1` …) except keywords and
 *                 names after `.` (method and attribute names: the API the module uses) — identical up to
 *                 renamed variables and functions;
 * - `minhash`:    MinHash over verbatim 5-token shingles, for copies with edited, added or removed lines.
 * Blinding identifiers inside the MinHash was tried and rejected: two schema or handler files with the same
 * shape but different names then look 80 % alike, while a real copy keeps most of its verbatim shingles.
 */
import { createHash } from 'node:crypto';
import type { FileInput, Lang, PerFileFacts } from '../types.js';

/** Languages fingerprinted: code people copy. YAML/JSON settings copies belong to config/duplicated-settings. */
export const FINGERPRINT_LANGS: readonly Lang[] = ['python', 'bash', 'javascript', 'typescript', 'tsx'];
/** Files with fewer normalised tokens or code lines are never compared (empty `__init__.py`, one-line shims). */
export const MIN_TOKENS = 50;
export const MIN_CODE_LINES = 6;
/** Shingle length (tokens) of the MinHash signature. */
export const SHINGLE = 5;
/** Signature length (uint32 values): the repo rule splits it into LSH bands. */
export const MINHASH_SIZE = 48;

/** Paths of generated code: never a hand-made copy. */
const GENERATED_PATH =
  /(^|\/)(migrations|__generated__|generated|gen)\/|_pb2(_grpc)?\.py$|\.pb\.[jt]s$|\.generated\.|\.d\.[cm]?ts$|\.min\.js$|(^|\/)(setup|conftest|manage|wsgi|asgi)\.py$/;
const GENERATED_MARK = /@generated|do not edit|auto-?generated|\bgenerated (from|by|with)\b/i;

const PY_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield self cls print len str int float dict list set tuple range open super isinstance'.split(' '),
);
const JS_KEYWORDS = new Set(
  'async await break case catch class const continue debugger default delete do else export extends false finally for from function if import in instanceof let new null of return static super switch this throw true try typeof undefined var void while with yield interface type enum implements private protected public readonly as require module exports console'.split(
    ' ',
  ),
);
const SH_KEYWORDS = new Set(
  'if then else elif fi case esac for while until do done in function select time return exit local export readonly declare set unset shift echo printf read test cd source trap eval exec'.split(' '),
);

type Family = 'py' | 'js' | 'sh';
function family(lang: Lang): Family | undefined {
  if (lang === 'python') return 'py';
  if (lang === 'bash') return 'sh';
  if (lang === 'javascript' || lang === 'typescript' || lang === 'tsx') return 'js';
  return undefined;
}

/** Token kinds: w = word, n = number, s = string, p = punctuation. */
interface Tok {
  k: 'w' | 'n' | 's' | 'p';
  t: string;
  line: number;
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}
function isWordChar(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Lexes `src` into tokens with comments and whitespace dropped. Linear; tolerant of unterminated constructs. */
export function lex(src: string, fam: Family): Tok[] {
  const out: Tok[] = [];
  const n = src.length;
  let i = 0;
  let line = 1;
  const lineComment = (): void => {
    while (i < n && src.charCodeAt(i) !== 10) i++;
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      continue;
    }
    // comments
    if (c === 35 /* # */ && fam !== 'js') {
      // bash: `#` starts a comment only at a word start (not `$#`, `${#x}`)
      const prev = i > 0 ? src.charCodeAt(i - 1) : 10;
      if (fam === 'py' || prev === 10 || prev === 32 || prev === 9 || prev === 59 || prev === 40) {
        lineComment();
        continue;
      }
    }
    if (fam === 'js' && c === 47 /* / */) {
      const d = src.charCodeAt(i + 1);
      if (d === 47) {
        lineComment();
        continue;
      }
      if (d === 42) {
        const end = src.indexOf('*/', i + 2);
        const stop = end < 0 ? n : end + 2;
        for (let j = i; j < stop; j++) if (src.charCodeAt(j) === 10) line++;
        i = stop;
        continue;
      }
    }
    // strings
    if (c === 34 || c === 39 || (c === 96 && fam !== 'py')) {
      const start = i;
      const startLine = line;
      let triple = false;
      if (fam === 'py' && src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c) triple = true;
      const q = String.fromCharCode(c);
      const close = triple ? q + q + q : q;
      i += close.length;
      const escapes = !(fam === 'sh' && c === 39);
      while (i < n) {
        const ch = src.charCodeAt(i);
        if (ch === 92 && escapes) {
          if (src.charCodeAt(i + 1) === 10) line++;
          i += 2;
          continue;
        }
        if (ch === 10) {
          line++;
          // single-quoted Python/JS strings end at a newline (unterminated): stop here
          if (!triple && c !== 96 && fam !== 'sh') break;
        }
        if (src.startsWith(close, i)) {
          i += close.length;
          break;
        }
        i++;
      }
      out.push({ k: 's', t: src.slice(start, i), line: startLine });
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (i < n && (isWordChar(src.charCodeAt(i)) || src.charCodeAt(i) === 46)) i++;
      out.push({ k: 'n', t: src.slice(start, i), line });
      continue;
    }
    if (isWordStart(c)) {
      const start = i;
      while (i < n && isWordChar(src.charCodeAt(i))) i++;
      // Python string prefixes: r'', b"", f"" …
      const nc = src.charCodeAt(i);
      if (fam === 'py' && (nc === 34 || nc === 39) && i - start <= 2 && /^[rbfuRBFU]+$/.test(src.slice(start, i))) continue;
      out.push({ k: 'w', t: src.slice(start, i), line });
      continue;
    }
    out.push({ k: 'p', t: src[i], line });
    i++;
  }
  return out;
}

/* ---------- hashing ---------- */

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 fmix32: a good 32-bit mixer. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: number[] = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x7feb352d)));

/**
 * MinHash of the set of k-shingles of `ids` with `size` hash functions starting at seed `seedOffset`.
 * Shingle hashes go to a typed array, sorted and de-duplicated in place (a Set of non-small integers boxes
 * every value), and the signature is kept unboxed in a Uint32Array: same values, ≈ 3× faster.
 */
export function minhash(ids: readonly number[], k: number, size: number): number[] {
  const sig = new Uint32Array(size).fill(0xffffffff);
  const last = Math.max(0, ids.length - k);
  const shingles = new Uint32Array(last + 1);
  for (let s = 0; s <= last; s++) {
    let h = 0x2545f491;
    for (let j = s; j < Math.min(s + k, ids.length); j++) h = mix(Math.imul(h, 31) ^ ids[j]);
    shingles[s] = h;
  }
  shingles.sort();
  let unique = 0;
  for (let s = 0; s < shingles.length; s++) if (s === 0 || shingles[s] !== shingles[s - 1]) shingles[unique++] = shingles[s];
  // One hash function at a time over the unique shingles: the running minimum stays in a register.
  for (let i = 0; i < size; i++) {
    const seed = SEEDS[i];
    let min = sig[i];
    for (let s = 0; s < unique; s++) {
      const v = mix(shingles[s] ^ seed);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity of two MinHash signatures of equal length. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}

/** `\u0001<n>`, the n-th renamed identifier: built once per n, not once per occurrence. */
const RENAMED: string[] = [];
function renamedName(n: number): string {
  return (RENAMED[n] ??= `\u0001${n}`);
}

/** Drops Python docstrings (a string that is a whole statement right after `:` or at the top of the file). */
function dropDocstrings(toks: Tok[]): Tok[] {
  return toks.filter((t, i) => {
    if (t.k !== 's') return true;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const startsStatement = !prev || (prev.t === ':' && prev.line < t.line);
    const endsStatement = !next || next.line > t.line;
    return !(startsStatement && endsStatement);
  });
}

/**
 * The fingerprint of one source file, or undefined when the file is not compared: another language,
 * tests/examples/docs, generated code, or too small to be a module worth consolidating.
 */
export function moduleFingerprint(input: FileInput): PerFileFacts | undefined {
  const fam = family(input.lang);
  if (!fam || input.role !== 'source' || input.context !== 'product' || input.embedded) return undefined;
  if (GENERATED_PATH.test(input.path)) return undefined;
  if (GENERATED_MARK.test(input.source.slice(0, 400))) return undefined;
  let toks = lex(input.source, fam);
  if (fam === 'py') toks = dropDocstrings(toks);
  // JavaScript with and without semicolons (a prettier run) is the same code.
  if (fam === 'js') toks = toks.filter((t) => t.t !== ';');
  // Too small to compare as a module: only the token hash, for the signature of the folder it sits in.
  const small = () => ({ shapeHash: createHash('sha1').update(`${fam}\u0000${toks.map((t) => t.t).join('\u0000')}`).digest('hex').slice(0, 20) });
  if (toks.length < MIN_TOKENS) return small();
  let codeLines = 0;
  let lastLine = 0;
  for (const t of toks) {
    if (t.line !== lastLine) {
      codeLines++;
      lastLine = t.line;
    }
  }
  if (codeLines < MIN_CODE_LINES) return small();

  const keywords = fam === 'py' ? PY_KEYWORDS : fam === 'js' ? JS_KEYWORDS : SH_KEYWORDS;
  // The hashed streams are built as strings and hashed once: one sha1 `update` per token crossed into native
  // code twice per token (≈ 5 % of a scan's CPU); the digest of the concatenation is the same. Each stream is
  // `fam` then `\0` + token per token, i.e. the array joined with `\0`.
  const exact: string[] = new Array<string>(toks.length + 1);
  const renamed: string[] = new Array<string>(toks.length + 1);
  exact[0] = renamed[0] = fam;
  const ids: number[] = new Array<number>(toks.length);
  const names = new Map<string, number>();
  let importLine = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // Module names in Python imports are the API a file uses, not variables: never renamed.
    if (fam === 'py' && (t.t === 'import' || t.t === 'from') && toks[i - 1]?.line !== t.line) importLine = t.line;
    exact[i + 1] = t.t;
    ids[i] = fnv1a(t.t);
    if (t.k === 'w' && !keywords.has(t.t) && toks[i - 1]?.t !== '.' && t.line !== importLine) {
      let n = names.get(t.t);
      if (n === undefined) names.set(t.t, (n = names.size));
      renamed[i + 1] = renamedName(n);
    } else if (t.k === 's' && t.t.includes('{')) {
      // Interpolations (f-strings, template literals, `${VAR}`) name the same variables as the code around them.
      renamed[i + 1] = t.t.replace(/(\$?\{)\s*([A-Za-z_]\w*)/g, (m: string, open: string, w: string) => {
        if (keywords.has(w)) return m;
        let n = names.get(w);
        if (n === undefined) names.set(w, (n = names.size));
        return `${open}${renamedName(n)}`;
      });
    } else renamed[i + 1] = t.t;
  }
  return {
    tokenHash: createHash('sha1').update(exact.join('\u0000')).digest('hex').slice(0, 20),
    renameHash: createHash('sha1').update(renamed.join('\u0000')).digest('hex').slice(0, 20),
    tokens: toks.length,
    codeLines,
    minhash: minhash(ids, SHINGLE, MINHASH_SIZE),
  };
}
