/** reliability/swallowed-exception, JavaScript/TypeScript: empty `catch` blocks and `.catch(() => {})`. */
import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidates } from '../../../parse/candidates.js';
import { fromSg } from '../../../parse/position.js';
import type { FileInput, FindingDraft, Lang } from '../../types.js';
import { explains } from './documented.js';
import { PREFILTER } from './prefilter.js';

const JS_LANGS: readonly Lang[] = ['javascript', 'typescript', 'tsx'];

/** A catch clause whose block holds nothing but comments. */
const JS_CATCH_CANDIDATE = candidateQuery(
  JS_LANGS,
  {
    kind: 'catch_clause',
    has: { kind: 'statement_block', not: { has: { not: { any: [{ kind: 'comment' }, { regex: '^[{}]$' }] } } } },
  },
  { when: PREFILTER },
);
/** `<expr>.catch(…)`. */
const JS_PROMISE_CANDIDATE = candidateQuery(
  JS_LANGS,
  {
    kind: 'call_expression',
    has: { kind: 'member_expression', has: { kind: 'property_identifier', regex: '^catch$' } },
  },
  { when: PREFILTER },
);

/** A comment saying the catch is a feature probe: the API may not exist in this browser or runtime. */
const FEATURE_PROBE_NOTE = /\b(not|un)[ -]?(supported|available)\b|feature[ -]detect/i;

export function checkJs(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const clause of candidates(input, JS_CATCH_CANDIDATE)) {
    // The catch's block is its 'body' field (a catch parameter is a pattern, never a statement_block).
    const block = clause.field('body');
    if (block?.kind() !== 'statement_block') continue;
    const inner = onlyComments(block);
    if (!inner) continue;
    // The try's own block is the try statement's 'body' field (the catch's and finally's blocks sit inside their clauses).
    const tryStmt = clause.parent();
    const tryBody = tryStmt?.field('body');
    if (tryBody?.kind() === 'statement_block' && isDeliberateTry(tryStmt, tryBody)) continue;
    // `catch { /* not supported */ }` around `new PerformanceObserver(…)`: a feature probe that says so.
    if (inner.some((c) => FEATURE_PROBE_NOTE.test(c.text()))) continue;
    const r = fromSg(clause.range());
    // `catch { // the page must not break when analytics fail }`: a documented choice, an info notice.
    const documented = explains(inner.map((c) => c.text()));
    out.push({
      messageId: documented ? 'jsCatchDocumented' : 'jsCatch',
      range: { start: r.start, end: { line: r.start.line, column: r.start.column + 5 } },
      matched: 'catch {}',
      ...(documented ? { confidence: 'low' as const, severity: 'info' as const } : { confidence: inner.length ? ('low' as const) : ('high' as const) }),
    });
  }
  for (const call of candidates(input, JS_PROMISE_CANDIDATE)) {
    // One crossing to drop the other rules' calls (shared walk): `catch` is part of an accepted call's text.
    if (!call.text().includes('catch')) continue;
    // The callee is the call's 'function' field, the property the member expression's 'property' field (its
    // last named child): one read each instead of their child lists.
    const callee = call.field('function');
    if (callee?.kind() !== 'member_expression') continue;
    const prop = callee.field('property');
    if (prop?.text() !== 'catch') continue;
    const args = call.children().find((c) => c.kind() === 'arguments');
    const handlers = args?.children().filter((c) => c.isNamed()) ?? [];
    if (handlers.length !== 1 || !isEmptyFunction(handlers[0])) continue;
    const r = fromSg(prop.range());
    // `fetch(url, {method: 'POST', body}).catch(() => {})`: a request sent and forgotten (a beacon, a ping) whose
    // answer nothing reads. Whether its loss matters is a judgement call: an info notice.
    const sent = callee.children().find((c) => c.isNamed());
    const forgotten = sent?.kind() === 'call_expression' && FIRE_AND_FORGET.test(sent.field('function')?.text() ?? '');
    out.push({ messageId: forgotten ? 'jsPromiseForgotten' : 'jsPromise', range: r, matched: '.catch(() => {})', ...(forgotten ? { severity: 'info' as const, confidence: 'low' as const } : {}) });
  }
  return out;
}

/** A request whose promise resolves to its response: `fetch(…)`, `window.fetch(…)`. */
const FIRE_AND_FORGET = /^(?:(?:window|globalThis|self)\.)?fetch$/;

function isEmptyFunction(n: SgNode): boolean {
  const k = n.kind();
  if (k !== 'arrow_function' && k !== 'function_expression' && k !== 'function') return false;
  const body = n.children().filter((c) => c.isNamed()).pop();
  if (!body) return false;
  if (body.kind() === 'statement_block') return body.children().filter((c) => c.isNamed()).length === 0;
  // `() => null`, `() => undefined`, `() => void 0`
  return body.kind() === 'null' || body.kind() === 'undefined' || body.text() === 'void 0';
}

/**
 * The named children of a statement block when they are all comments (an empty block gives `[]`), else
 * undefined. Stops at the first statement: most blocks the shared walk returns are not empty.
 */
function onlyComments(block: SgNode): SgNode[] | undefined {
  const inner: SgNode[] = [];
  for (const c of block.children()) {
    const k = c.kind();
    if (k === 'comment') inner.push(c);
    else if (k !== '{' && k !== '}' && c.isNamed()) return undefined;
  }
  return inner;
}

/** The try's statements (read once for the checks below): an optional import, storage, clean-up or a default kept. */
function isDeliberateTry(tryStmt: SgNode | null, tryBlock: SgNode): boolean {
  const stmts = tryBlock.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
  if (!stmts.length || stmts.length > 3) return false;
  const texts = stmts.map((st) => st.text());
  return isOptionalRequire(texts) || isBestEffortStorage(texts) || isJsCleanup(stmts, texts) || jsKeepsDefault(tryStmt, texts);
}

/**
 * `try { localStorage.setItem(k, v) } catch {}`: browser storage is best-effort (private mode, quota, disabled
 * cookies throw); losing a cached preference is the intended outcome. `texts`: the try's 1–3 statements.
 */
const STORAGE_CALL = /^(?:(?:window|globalThis|self)\.)?(?:localStorage|sessionStorage)\.(?:setItem|getItem|removeItem|clear)\s*\(|^(?:(?:window|globalThis|self)\.)?(?:localStorage|sessionStorage)\[/;
function isBestEffortStorage(texts: readonly string[]): boolean {
  return texts.every((t) => STORAGE_CALL.test(storageExpr(t)));
}

/** The expression a statement evaluates: `x = localStorage.getItem(k)` → `localStorage.getItem(k)`. */
function storageExpr(text: string): string {
  const t = text.replace(/^(?:return\s+|(?:const|let|var)\s+[\w$]+\s*=\s*|[\w$.]+\s*=\s*)/, '');
  return t.replace(/^JSON\.parse\(/, '');
}

/** `try { x = require('optional') } catch {}`: an optional dependency. */
function isOptionalRequire(texts: readonly string[]): boolean {
  return texts.length === 1 && /\brequire\s*\(|\bimport\s*\(/.test(texts[0]);
}

/** `try { reader.cancel() } catch {}`: cancelling or removing something that may already be gone (not `close()`). */
const JS_CLEANUP = /^(?:await\s+)?[\w$.?!]*\.(?:cancel|abort|destroy|releaseLock|disconnect|unsubscribe|terminate|kill|removeEventListener|removeChild|revokeObjectURL|unlinkSync|rmSync)\s*\([^;]*\)\s*;?$/;
function isJsCleanup(stmts: readonly SgNode[], texts: readonly string[]): boolean {
  return stmts.every((st, i) => JS_CLEANUP.test(texts[i]) && st.kind() === 'expression_statement');
}

/**
 * `let tz = null; try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone } catch {}`: a feature probe that
 * keeps the default given just before the try when the probe throws.
 */
function jsKeepsDefault(tryStmt: SgNode | null, texts: readonly string[]): boolean {
  if (!tryStmt) return false;
  const targets: string[] = [];
  for (const t of texts) {
    const m = /^(?:(?:var|let)\s+)?([\w$]+(?:\.[\w$]+)*)\s*=[^=]/.exec(t);
    if (!m) return false;
    targets.push(m[1]);
  }
  const before: string[] = [];
  let p = tryStmt.prev();
  for (let i = 0; p && i < 8; p = p.prev(), i++) {
    for (const m of p.text().matchAll(/(?:^|[\s,;(])(?:(?:var|let)\s+)?([\w$]+(?:\.[\w$]+)*)\s*(?:=[^=]|[,;]|$)/g)) before.push(m[1]);
  }
  return targets.every((t) => before.includes(t));
}
