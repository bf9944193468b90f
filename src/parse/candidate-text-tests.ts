/**
 * Text tests that narrow a query's share of the shared candidate walk (parse/candidates.ts) in JS.
 *
 * The walk hands a query every hit of its kinds, including the nodes that matched another query's alternative
 * of the same kind (every bash `command` of a file reached the `rm`, `touch`, `test` and `chmod` queries; every
 * Python `call` reached the subprocess query), and each rule then spent N-API calls on nodes its own query
 * would never have returned. A text test is a NECESSARY condition of an alternative, read from its ast-grep
 * rule: the node's text must match the alternative's own `regex`, and must contain a match of every `regex`
 * under a `has` (a descendant's text is part of the node's text). Everything else (`kind`, `nthChild`, `not`,
 * `inside`, `pattern` …) constrains nothing here. So a node the query's own `findAll` returns always passes:
 * the rules get a subset of the walk's hits that still holds all their native matches.
 *
 * Rust `regex` syntax is taken over only where JavaScript reads it the same way or more loosely: ASCII patterns
 * with literal characters, groups, classes, quantifiers and escaped punctuation. Assertions are dropped (`\b`,
 * and `^`/`$` inside a `has`): a pattern without an assertion matches wherever it matched with it. A pattern with
 * anything else (`\w`, `\d`, `\s`, inline flags, POSIX or nested classes, non-ASCII) gives no test; `.` becomes `[^\n]`
 * (JavaScript's `.` also stops at `\r`, U+2028 and U+2029).
 */
import type { CandidateQuery } from './candidates.js';

type TextTest = (text: string) => boolean;
/** `null`: no condition on the text. */
type Cond = TextTest | null;

const tested = new WeakMap<CandidateQuery, ReadonlyMap<string, TextTest>>();

/** Per kind of the query, the test a hit of that kind must pass (kinds without one are absent). */
export function textTestsOf(q: CandidateQuery): ReadonlyMap<string, TextTest> {
  let byKind = tested.get(q);
  if (byKind) return byKind;
  const conds = new Map<string, Cond[]>();
  for (const alt of q.alternatives) conds.set(alt.kind, [...(conds.get(alt.kind) ?? []), condOf(alt, true, q.utils)]);
  const out = new Map<string, TextTest>();
  for (const [kind, list] of conds) {
    const any = anyOf(list);
    if (any) out.set(kind, any);
  }
  tested.set(q, (byKind = out));
  return byKind;
}

function anyOf(list: readonly Cond[]): Cond {
  if (!list.length || list.some((c) => c === null)) return null;
  const tests = list as TextTest[];
  return tests.length === 1 ? tests[0] : (t) => tests.some((f) => f(t));
}

function allOf(list: readonly Cond[]): Cond {
  const tests = list.filter((c): c is TextTest => c !== null);
  if (!tests.length) return null;
  return tests.length === 1 ? tests[0] : (t) => tests.every((f) => f(t));
}

/** The necessary condition of one ast-grep rule object on the text of the node it is applied to (`self`) or of an ancestor. */
function condOf(rule: unknown, self: boolean, utils: Readonly<Record<string, unknown>> | undefined, depth = 0): Cond {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule) || depth > 8) return null;
  const r = rule as Record<string, unknown>;
  const parts: Cond[] = [];
  if (typeof r.regex === 'string') parts.push(jsTest(r.regex, self));
  if (r.has) parts.push(condOf(r.has, false, utils, depth + 1));
  if (Array.isArray(r.all)) for (const a of r.all) parts.push(condOf(a, self, utils, depth + 1));
  if (Array.isArray(r.any)) parts.push(anyOf(r.any.map((a) => condOf(a, self, utils, depth + 1))));
  if (typeof r.matches === 'string' && utils && utils[r.matches]) parts.push(condOf(utils[r.matches], self, utils, depth + 1));
  return allOf(parts);
}

/**
 * A JS test accepting every text the Rust regex matches (on the node itself, or anywhere inside it); null when unsure.
 * Built once per alternative: `textTestsOf` keeps each query's tests.
 */
function jsTest(pattern: string, self: boolean): Cond {
  const source = looseSource(pattern, self);
  if (source === null) return null;
  try {
    const re = new RegExp(source);
    return (t) => re.test(t);
  } catch {
    return null;
  }
}

/** Escapes whose meaning is the same literal character in both engines. */
const PUNCT_ESCAPES = new Set('.[](){}*+?|^$\\/-'.split(''));

/**
 * The pattern as JavaScript source with its assertions dropped (`\b`, `\B` always; `^` and `$` outside classes when
 * the regex applies to a descendant), or null when the pattern uses syntax outside the shared subset.
 */
export function looseSource(pattern: string, self: boolean): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const code = c.charCodeAt(0);
    if (code < 32 || code > 126) return null;
    if (c === '\\') {
      const d = pattern[i + 1];
      if (d === undefined) return null;
      if (!inClass && (d === 'b' || d === 'B')) {
        i++;
        continue;
      }
      if (!PUNCT_ESCAPES.has(d)) return null;
      out += c + d;
      i++;
      continue;
    }
    if (inClass) {
      // Rust classes nest and have set operations (`[a-z&&[^x]]`, `--`, `~~`) and POSIX names (`[[:alpha:]]`).
      if (c === '[' || (c === '&' && pattern[i + 1] === '&') || (c === '-' && pattern[i + 1] === '-') || (c === '~' && pattern[i + 1] === '~')) return null;
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // `[]…]` and `[^]…]`: a leading `]` is a literal in Rust and ends the class in JavaScript.
      if (pattern[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (pattern[i + 1] === ']') return null;
      continue;
    }
    // Inline flags and other group syntax (`(?i)`, `(?P<n>…)`): only `(?:` is shared.
    if (c === '(' && pattern[i + 1] === '?' && pattern[i + 2] !== ':') return null;
    if (!self && (c === '^' || c === '$')) continue;
    // Rust's `.` matches any character but `\n`; JavaScript's also stops at `\r`, U+2028 and U+2029.
    if (c === '.') {
      out += '[^\\n]';
      continue;
    }
    out += c;
  }
  return inClass ? null : out;
}
