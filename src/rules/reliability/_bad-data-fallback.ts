/**
 * reliability/broad-exception: a generic handler that gives a fallback for data that does not read — a judgement
 * call, reported as an info notice. Untrusted or third-party input (a cookie, a signed token, a scraped page, an
 * imported file) fails in more ways than anyone can list, and the fallback (a fresh session, no value, the text as
 * it was) is the intended answer; what is lost is only that a programming error in the same lines reads the same.
 *
 * Three shapes, each with a handler that only falls back (assigns or returns a value, breaks or continues; no call of
 * its own, nothing built from the exception):
 * - the try only reads data: lookups, conversions and string helpers, no I/O (`line = line["text"]`,
 *   `return str(round(float(Fraction(v)), 3))`);
 * - the try opens by decoding its input (`data = serializer.loads(cookie)`, `state = unserialize(token)`);
 * - in a module that extracts data from web pages (it imports an HTML parser or scraping library), a one-statement
 *   try that computes one local, and the handler gives that local its empty value (`image = find_image(soup)` /
 *   `image = None`).
 */
import type { SgNode } from '@ast-grep/napi';
import { CONVERSION_FN, PURE_HELPER } from './swallowed-exception/deliberate.js';

/** Pure built-ins and str/collection methods a data-reading try may call. */
const PURE_EXTRA = /(?:^|\.)(?:startswith|endswith|removeprefix|removesuffix|find|rfind|count|join|format|title|capitalize|casefold|partition|rpartition|splitlines|zfill|isdigit|isnumeric|isalpha|enumerate|range|round|abs|min|max|sum|sorted|reversed|list|dict|tuple|set|frozenset|zip|any|all|Fraction|keys|values|items|copy)$/;
/** Decoders of a serialized or signed value. */
const DECODER = /(?:^|\.)(?:loads|unserialize|deserialize|decode|b64decode|urlsafe_b64decode|literal_eval|parse|parse_\w+)$/;
/** Libraries that parse web pages (`import bs4`, `from lxml import html`, `import extruct`, `recipe_scrapers`). */
const PAGE_PARSER = /^\s*(?:import|from)\s+(?:bs4|BeautifulSoup|lxml|html5lib|extruct|recipe_scrapers|parsel|scrapy|selectolax|feedparser|readability|trafilatura|newspaper|pyquery)\b/m;
/** An empty value: `None`, `""`, `[]`, `{}`, `0`, `False`. */
const EMPTY = /^(?:None|False|0|""|''|\[\]|\{\}|\(\)|set\(\)|list\(\)|dict\(\))$/;

export function isBadDataFallback(clause: SgNode, body: SgNode[], bound: string | undefined, source: string): boolean {
  const tryBody = clause.parent()?.children().find((c) => c.kind() === 'block');
  const tried = tryBody?.children().filter((c) => c.isNamed() && c.kind() !== 'comment') ?? [];
  if (!tryBody || !tried.length || tryBody.find({ rule: { any: [{ kind: 'await' }, { kind: 'yield' }] } })) return false;
  if (!body.every((b) => fallsBack(b, bound))) return false;
  if (readsOnly(tryBody)) return true;
  const head = valueOf(tried[0]);
  if (head?.kind() === 'call' && DECODER.test(head.field('function')?.text() ?? '')) return true;
  if (tried.length !== 1 || !PAGE_PARSER.test(source)) return false;
  const target = assigned(tried[0]);
  return !!target && valueOf(tried[0])?.kind() === 'call' && body.some((b) => assigned(b) === target && EMPTY.test(valueOf(b)?.text() ?? ''));
}

/** A handler statement that only falls back: `x = <value>`, `return <value>`, `break`, `continue`; no exception in it. */
function fallsBack(st: SgNode, bound: string | undefined): boolean {
  const k = st.kind();
  if (k === 'break_statement' || k === 'continue_statement') return true;
  const value = valueOf(st);
  if (k === 'return_statement') return !bound || !value || !mentions(value, bound);
  if (!assigned(st) || !value) return false;
  return !bound || !mentions(value, bound);
}

function mentions(n: SgNode, name: string): boolean {
  return n.text() === name || n.findAll({ rule: { kind: 'identifier' } }).some((id) => id.text() === name);
}

/** The value of `x = v` or `return v`. */
function valueOf(st: SgNode): SgNode | null | undefined {
  if (st.kind() === 'return_statement') return st.children().find((c) => c.isNamed());
  const a = st.kind() === 'expression_statement' ? st.children().find((c) => c.kind() === 'assignment') : undefined;
  return a?.field('right');
}

/** The local name of `name = …`. */
function assigned(st: SgNode): string | undefined {
  const a = st.kind() === 'expression_statement' ? st.children().find((c) => c.kind() === 'assignment') : undefined;
  const left = a?.field('left');
  return left?.kind() === 'identifier' ? left.text() : undefined;
}

/** Every call in the try is a conversion or a pure helper, and something in it can fail on bad data. */
function readsOnly(tryBody: SgNode): boolean {
  let canFail = !!tryBody.find({ rule: { kind: 'subscript' } });
  for (const call of tryBody.findAll({ rule: { kind: 'call' } })) {
    const fn = call.field('function')?.text() ?? '';
    if (!CONVERSION_FN.test(fn) && !PURE_HELPER.test(fn) && !PURE_EXTRA.test(fn)) return false;
    canFail = true;
  }
  return canFail && !tryBody.find({ rule: { any: [{ kind: 'raise_statement' }, { kind: 'with_statement' }, { kind: 'delete_statement' }] } });
}
