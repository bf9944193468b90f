import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { candidateQuery, candidates, type KindRule } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import { reEscape } from '../regex.js';
import type { FindingDraft } from '../types.js';

/** A float zero literal: `0.0`, `0.`, `.0`, `0e0` (an int `0` is the usual counter default and is not reported). */
const FLOAT_ZERO = /^(0\.0*|\.0+|0(\.0*)?e[+-]?\d+)$/i;
/**
 * Names of money and physical quantities: an int `0` default for one of these is reported when the value is
 * then used in arithmetic (a counter's `0` is not).
 */
const MEASURE_WORDS =
  'price|prices|amount|amt|cost|costs|subtotal|fee|fees|tax|vat|balance|revenue|salary|discount|weight|mass|temperature|temp|pressure|humidity|voltage|volts|current|watts|power|energy|speed|velocity|distance|length|width|height|depth|lat|lon|lng|latitude|longitude|reading|measurement';
const MEASURE = new RegExp(`(?:^|_)(?:${MEASURE_WORDS})(?:_|$)`, 'i');
/** Cheap text tests of a candidate before its parts are read. */
const FLOAT_ZERO_IN_TEXT = /(?:^|[^\w.])(?:0\.0*|\.0+)(?![\w.])|(?:^|[^\w.])0(?:\.0*)?e[+-]?\d/i;
const MEASURE_IN_TEXT = new RegExp(MEASURE_WORDS, 'i');
/** An arithmetic operator (a comparison or `or` is not). */
const ARITH = new Set(['+', '-', '*', '/', '//', '%', '**']);
/** Conversions a value passes through on its way into arithmetic. */
const PASS_THROUGH = /^(float|int|Decimal|decimal\.Decimal|round|abs|max|min)$/;
/** Aggregates: a zero that reaches one is counted into the result. */
const AGGREGATE = /^(sum|fsum|math\.fsum|mean|statistics\.mean|np\.(sum|mean|average)|numpy\.(sum|mean|average))$/;
/** `.get(key, 0.0)`, `getattr(obj, name, 0.0)`, `<read> or 0.0`, and the same with an int `0` (superset; the check reads the parts). */
/**
 * A float zero anywhere, or an int zero right after a name of money or a measurement (`d.get("unit_price", 0)`,
 * `row["price"] or 0`): the field name the check requires sits just before the zero.
 */
/** An int zero right after a money/measurement word: `"unit_price", 0)` or `row["amount"] or 0` (groups 1 and 2: the word). */
const MEASURE_SITE_SOURCE = String.raw`(${MEASURE_WORDS})\w*['"]?\s*,\s*0\s*\)|(${MEASURE_WORDS})\w*['"]?\]?\)?\s+or\s+0\b`;
/**
 * The pre-filter: a float zero, or an int-zero site (`, 0)` / `or 0`) whatever word precedes it. The words are
 * read only at those sites (`measureSiteWords`): a case-insensitive alternation of every measurement word run
 * at every position of every Python file cost more than the rule's whole check.
 */
const PREFILTER = /(?:^|[^\w.])(?:0\.0*|\.0+)\b|,\s*0\s*\)|\bor\s+0\b/;
/** Int-zero sites: `, 0)` and `or 0`, where MEASURE_SITE_SOURCE's two alternatives end. */
const INT_ZERO_SITE = /,\s*0\s*\)|\sor\s+0\b/g;
/** One MEASURE_SITE_SOURCE match, anchored at the start of the text it is given. */
const MEASURE_SITE_AT = new RegExp(`^(?:${MEASURE_SITE_SOURCE})`, 'i');
const MEASURE_WORD_ANYWHERE = new RegExp(MEASURE_WORDS, 'gi');

/**
 * The money/measurement words of a file's int-zero sites (`"unit_price", 0)`, `row["amount"] or 0`): the words
 * MEASURE_SITE_SOURCE would capture, found from each site backwards (the name, its closing quote/bracket) and
 * read from every position of that name (a superset of the leftmost match: the list only narrows the walk).
 */
export function measureSiteWords(source: string): Set<string> {
  const words = new Set<string>();
  for (const m of source.matchAll(INT_ZERO_SITE)) {
    let start = m.index!;
    // `"price"]) or 0`: skip back over the closing bracket, parenthesis and quote the pattern allows.
    while (start > 0 && isSiteCloser(source.charCodeAt(start - 1)) && m.index! - start < 8) start--;
    const end = start;
    while (start > 0 && isWordChar(source.charCodeAt(start - 1)) && end - start < 80) start--;
    if (start === end) continue;
    const name = source.slice(start, end);
    const site = source.slice(start, m.index! + m[0].length);
    for (const w of name.matchAll(MEASURE_WORD_ANYWHERE)) if (MEASURE_SITE_AT.test(site.slice(w.index!))) words.add(w[0].toLowerCase());
  }
  return words;
}
/** `\w` of a UTF-16 code unit: `[A-Za-z0-9_]`. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `[\s)\]'"]` of a UTF-16 code unit (`\s` as JS defines it: ASCII and Unicode spaces, line terminators, BOM). */
function isSiteCloser(c: number): boolean {
  if (c === 41 || c === 93 || c === 39 || c === 34 || c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}
const FLOAT_ZERO_ARG = { kind: 'float', regex: '^(0\\.0*|\\.0+|0(\\.0*)?[eE][+-]?\\d+)$' };

/**
 * In the shared candidate walk (parse/candidates.ts), as a per-file query built from the file's text: argument
 * lists with a float zero and `… or <float>` when the file has a float zero; argument lists / `… or 0` with an
 * int zero only next to the money/measurement words the file puts at such a site (a regex of those few words:
 * ast-grep compiles every regex of the walk on every file, ≈ 0.4 ms for all of MEASURE_WORDS). Calls are asked
 * for through their argument list, a kind no other rule queries: asked for as `call` nodes with a `0`
 * argument, the rule put every `.get(…, 0)` of a file into the walk, and every rule that reads call nodes
 * read each of them.
 */
const CANDIDATES = candidateQuery(
  ['python'],
  { any: [{ kind: 'argument_list' }, { kind: 'boolean_operator' }] },
  {
    when: PREFILTER,
    perFile(source) {
      const any: KindRule[] = [];
      if (FLOAT_ZERO_IN_TEXT.test(source)) any.push({ kind: 'argument_list', has: FLOAT_ZERO_ARG }, { kind: 'boolean_operator', has: { field: 'right', kind: 'float' } });
      const words = measureSiteWords(source);
      if (words.size) {
        const regex = `(?i)(${[...words].join('|')})`;
        any.push({ kind: 'argument_list', regex, has: { kind: 'integer', regex: '^0$' } }, { kind: 'boolean_operator', regex, has: { field: 'right', kind: 'integer', regex: '^0$' } });
      }
      return any;
    },
  },
);

export default defineRule({
  id: 'reliability/silent-default',
  title: 'Missing numeric data replaced by 0.0',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'file', languages: ['python'] },
  prefilter: PREFILTER,
  messages: {
    get: '{expr}: a missing {what} silently becomes {zero}',
    or: '{expr}: a missing or zero value silently becomes {zero}',
  },
  docs: {
    what:
      'Python reads of measurements or fields that fall back to a float zero when the value is missing: `d.get(key, 0.0)`, `getattr(obj, name, 0.0)`, `d.get(key) or 0.0`, `row["price"] or 0.0`; and the same with an int `0` when the field names money or a physical quantity (`price`, `amount`, `total`, `weight`, `temperature` …) and the value is used in arithmetic (`qty * item.get("price", 0)`, or a variable so assigned that is then added, multiplied …).',
    why:
      'A missing reading turned into `0.0` is indistinguishable from a real zero: averages drop, sums under-count, models score sensors that never reported and dashboards show a price of 0 instead of a gap. The data is silently corrupted at the point where the problem was still visible.',
    bad: { path: 'features.py', code: 'def features(frame):\n    return [frame["thickness"], frame.get("weld_current", 0.0)]\n' },
    good: {
      path: 'features.py',
      code: 'def features(frame):\n    if "weld_current" not in frame:\n        raise ValueError("frame lacks weld_current")\n    return [frame["thickness"], frame["weld_current"]]\n',
    },
    fix: 'Decide with the data owner what a missing value means: skip the record, mark it (`None`/`NaN` that the next stage handles explicitly), or fail; log and count every record that lacked the field.',
    falsePositives:
      'An int `0` is reported only for a money or measurement field that is then used in arithmetic: `d.get("count", 0)` (a counter), `d.get("price", 0)` that is only displayed or compared, and other defaults (`0.5`, `1.0`) are not. A parameter default (`def f(x=0.0)`) and a plain assignment (`total = 0.0`) are not reads of data. Tests, examples and docs count with lower severity.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.15, perFile: 0.3, cap: 8, kind: 'refactor', track: 'data' },
  check(input) {
    const { root } = input;
    if (!root) return [];
    const out: FindingDraft[] = [];
    for (const hit of candidates(input, CANDIDATES)) {
      const n = hit.kind() === 'argument_list' ? hit.parent() : hit;
      if (!n || (n !== hit && n.kind() !== 'call')) continue;
      // One crossing into the tree before the many a candidate's parts cost: most calls with a `0` argument
      // name neither a float zero nor money or a measurement.
      const text = n.text();
      const floatZero = FLOAT_ZERO_IN_TEXT.test(text);
      if (!floatZero && !MEASURE_IN_TEXT.test(text)) continue;
      if (!(floatZero && isFloatZeroDefault(n)) && !isMeasureFedIntoArithmetic(n)) continue;
      // A candidate is an argument list (its call is `n`) or a boolean operator (`n` itself).
      if (n !== hit) {
        const d = getDefault(n);
        if (d) out.push(d);
      } else {
        const d = orDefault(n);
        if (d) out.push(d);
      }
    }
    return out;
  },
});

function getDefault(call: SgNode): FindingDraft | undefined {
  const fn = call.field('function');
  const args = (call.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
  const isGet = fn?.kind() === 'attribute' && fn.field('attribute')?.text() === 'get' && args.length === 2;
  const isGetattr = fn?.kind() === 'identifier' && fn.text() === 'getattr' && args.length === 3;
  if (!isGet && !isGetattr) return undefined;
  const dflt = args[args.length - 1];
  if (!isZero(dflt)) return undefined;
  const key = args[args.length - 2].text();
  const expr = call.text().length > 60 ? `${call.text().slice(0, 57)}…` : call.text();
  return { messageId: 'get', data: { expr, what: /^['"]/.test(key) ? key.slice(1, -1) : 'value', zero: dflt.text() }, range: fromSg(call.range()), matched: call.text() };
}

function orDefault(op: SgNode): FindingDraft | undefined {
  if (op.field('operator')?.text() !== 'or' && !/\bor\b/.test(op.text())) return undefined;
  const right = op.field('right');
  const left = op.field('left');
  if (!right || !isZero(right) || !left) return undefined;
  // A read of data on the left: a call (`row.get("price")`, `float(x)`), a subscript, an attribute.
  if (!['call', 'subscript', 'attribute'].includes(String(left.kind()))) return undefined;
  const expr = op.text().length > 60 ? `${op.text().slice(0, 57)}…` : op.text();
  return { messageId: 'or', data: { expr, zero: right.text() }, range: fromSg(op.range()), matched: op.text() };
}

function isZero(n: SgNode): boolean {
  const k = n.kind();
  return (k === 'float' && FLOAT_ZERO.test(n.text())) || (k === 'integer' && n.text() === '0');
}

/** The default of a candidate (`.get`/`getattr` last argument, right side of `or`). */
function defaultOf(n: SgNode): SgNode | undefined {
  if (n.kind() === 'boolean_operator') return n.field('right') ?? undefined;
  const args = (n.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
  return args[args.length - 1];
}

function isFloatZeroDefault(n: SgNode): boolean {
  const d = defaultOf(n);
  return !!d && d.kind() === 'float';
}

/** The field a candidate reads: the `.get`/`getattr` key, or the subscript key / attribute / get-key left of `or`. */
function fieldName(n: SgNode): string {
  let read: SgNode | null = n;
  if (n.kind() === 'boolean_operator') read = n.field('left');
  if (!read) return '';
  const k = read.kind();
  if (k === 'attribute') return read.field('attribute')?.text() ?? '';
  if (k === 'subscript') return (read.field('subscript')?.text() ?? '').replace(/^['"]|['"]$/g, '');
  if (k === 'call') {
    const args = (read.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
    const key = read.field('function')?.text() === 'getattr' ? args[1] : args[0];
    return (key?.text() ?? '').replace(/^['"]|['"]$/g, '');
  }
  return '';
}

/**
 * An int-zero default of a money/measurement field whose value reaches arithmetic: directly
 * (`qty * d.get("price", 0)`, through `float(…)`/`sum(…)`), or through a local name used in arithmetic later.
 */
function isMeasureFedIntoArithmetic(n: SgNode): boolean {
  if (!MEASURE.test(fieldName(n))) return false;
  let at = n;
  for (let p = at.parent(); p; p = at.parent()) {
    const k = p.kind();
    if (k === 'parenthesized_expression' || k === 'argument_list' || k === 'generator_expression' || k === 'list_comprehension') at = p;
    else if (k !== 'call') break;
    else {
      const callee = p.field('function')?.text() ?? '';
      if (AGGREGATE.test(callee)) return true;
      if (PASS_THROUGH.test(callee)) at = p;
      else break;
    }
  }
  const parent = at.parent();
  if (!parent) return false;
  const pk = parent.kind();
  if (pk === 'binary_operator') return ARITH.has(parent.field('operator')?.text() ?? '');
  if (pk === 'augmented_assignment') return true;
  const target = pk === 'assignment' ? parent.field('left') : null;
  if (target?.kind() !== 'identifier') return false;
  const name = target.text();
  const scope = parent.ancestors().find((a) => {
    const k = a.kind();
    return k === 'function_definition' || k === 'module';
  });
  if (!scope) return false;
  const after = parent.range().end.index;
  // Only operations with the name as a direct child (a side: the operator token is not an identifier) cross
  // into JS; the check below still decides.
  const named = { kind: 'identifier', regex: `^${reEscape(name)}$` };
  return scope
    .findAll({ rule: { any: [{ kind: 'binary_operator', has: named }, { kind: 'augmented_assignment', has: named }] } })
    .some((op) => {
      if (op.range().start.index < after) return false;
      const operator = op.field('operator')?.text() ?? '';
      if (op.kind() === 'binary_operator' && !ARITH.has(operator)) return false;
      return [op.field('left'), op.field('right')].some((side) => side?.kind() === 'identifier' && side.text() === name);
    });
}
