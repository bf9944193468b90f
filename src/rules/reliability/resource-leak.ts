import type { SgNode } from '@ast-grep/napi';
import { reEscape } from '../regex.js';
import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';
import { pyCallee, pyImportAliases } from '../security/_secret-ast.js';

/** Functions that open a file handle (import aliases resolved). */
const OPENERS = new Set(['open', 'io.open', 'codecs.open', 'gzip.open', 'bz2.open', 'lzma.open', 'builtins.open']);
/** `open(…)` (and module openers) or `<anything>.cursor()`: a superset; the check resolves the callee. */
const CANDIDATE = { rule: { kind: 'call', has: { field: 'function', regex: '(^|\\.)(open|cursor|connect)$' } } };
/** Database connections opened by a driver (import aliases resolved). */
const CONNECTORS = new Set(['sqlite3.connect', 'psycopg2.connect', 'psycopg.connect', 'pymysql.connect', 'MySQLdb.connect', 'mysql.connector.connect', 'cx_Oracle.connect', 'oracledb.connect', 'pyodbc.connect']);
const SCOPES = new Set(['function_definition', 'module']);

export default defineRule({
  id: 'reliability/resource-leak',
  title: 'File, connection or cursor never closed',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  cwe: ['CWE-772'],
  scope: { kind: 'file', languages: ['python'] },
  prefilter: ['open(', 'cursor(', 'connect('],
  messages: {
    inline: 'file opened by {call}() inline is never closed (use `with {call}(…) as f`)',
    inlineRead: 'file opened by {call}() inline and read at once by {reader}: closed only when CPython drops the temporary (use `with {call}(…) as f`)',
    file: 'file `{name}` from {call}() is never closed: no `with`, no `{name}.close()`',
    cursor: 'cursor `{name}` is never closed: no `with`, no `{name}.close()`',
    cursorSqlite: 'sqlite3 cursor `{name}` is never closed and its connection is not closed here either: close the connection in a `finally:` (or `with contextlib.closing(…)`); sqlite3 cursors are not context managers',
    connection: 'connection `{name}` from {call}() is never closed on this path: no `with closing(…)`, no `{name}.close()` in a `finally:`',
  },
  docs: {
    what:
      'Python file handles (`open`, `io.open`, `gzip.open` …), database connections opened in a function (`sqlite3.connect`, `psycopg2.connect` …) and database cursors (`x.cursor()`) that are opened outside a `with` block and never closed in the same function: used inline (`pickle.load(open(path))`, `open(p).read()`) or bound to a name that is never `.close()`d, returned, stored on an object or handed to `contextlib.closing`/`ExitStack`.',
    why:
      'An unclosed handle lives until the garbage collector finds it — never, on some code paths, in other interpreters or after a reference cycle. Long-running services then hit "too many open files", keep server-side cursors and their locks and memory alive, lose buffered writes on a crash, and on Windows keep files locked. A `with` block releases the resource on every path, errors included.',
    bad: { path: 'events.py', code: 'def record(event):\n    fh = open("events.log", "a")\n    fh.write(event)\n' },
    good: { path: 'events.py', code: 'def record(event):\n    with open("events.log", "a") as fh:\n        fh.write(event)\n' },
    fix: 'Open files in a `with` block (`with open(p) as f:`); close connections in a `finally:` or with `contextlib.closing(…)`, and cursors with their connection (`with conn.cursor() as cur:` where the driver supports it, as psycopg does; sqlite3 cursors are not context managers: close them or their connection); for several resources use `contextlib.ExitStack`.',
    falsePositives:
      'Not reported: a file created and closed at once (`open(p, "a").close()`), a handle that is returned, yielded, stored on `self`/an object, handed to a wrapper that is returned (`return Stream(fh)`, or `resp = StreamingHttpResponse(fh)` … `return resp`; not `data = json.load(fh)` … `return data`), bound through a conditional (`fh = gzip.open(p) if packed else open(p)`: judged by the name) or to a setter (`source.setByteStream(fh)`), passed to `contextlib.closing(...)` or `ExitStack.enter_context(...)`, used as a `with` target later, or closed anywhere in the same function (even when not on every path). A cursor of a connection that a `with` block or a `finally:` closes in the same function is not reported (it goes with its connection); when the connection itself is opened in the function and never closed, the connection is reported, not its cursor. A connection or file opened at module level, or bound in a function to a name it declares `global` (`global _conn` … `_conn = connect(…)` in an engine\'s `init()`), is the program\'s long-lived one and is not reported; neither is a connection opened by the entry function of a one-shot program (a Django management command\'s `handle()`, a `main()` run from the `__main__` guard) that has no `while` loop: it lives until the process exits a moment later. A file opened inline and consumed whole by one call (`json.load(open(p))`, `yaml.safe_load(open(p))`, `open(p).read()`) is closed by CPython\'s reference counting as soon as the call returns: it is reported as an info notice at low confidence (it lingers only on PyPy or in a reference cycle); a handle kept by what it is passed to (`csv.reader(open(p))`) keeps the rule\'s severity. Tests are not scanned by this rule (a handle left open by a test ends with the test process); examples and docs are reported one severity lower. In files that use `sqlite3` the message never suggests `with conn.cursor()` (sqlite3 cursors are not context managers). Opening with `open` imported from elsewhere under another name is resolved through imports; a method named `open` on other objects (`zipfile.ZipFile.open`, `webbrowser.open`) is not reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.15, perFile: 0.2, cap: 10, kind: 'mechanical', track: 'resilience' },
  check(input) {
    const root = input.root;
    // A handle left open by a test ends with the test process: no production impact (SPEC §3).
    if (!root || input.context === 'test') return [];
    const aliases = pyImportAliases(input);
    const sqlite = [...aliases.values()].some((v) => v === 'sqlite3' || v.startsWith('sqlite3.'));
    const out: FindingDraft[] = [];
    for (const call of root.findAll(CANDIDATE)) {
      const callee = pyCallee(call, aliases);
      const isOpen = OPENERS.has(callee);
      const isCursor = !isOpen && /\.cursor$/.test(callee) && (call.field('arguments')?.children().filter((c) => c.isNamed()).length ?? 0) <= 1;
      const isConnection = CONNECTORS.has(callee);
      if (!isOpen && !isCursor && !isConnection) continue;
      const parent = call.parent();
      if (!parent) continue;
      // `with open(…) as f:` / `with conn.cursor() as cur:`
      if (isWithItem(call)) continue;
      const scope = enclosingScope(call);
      // `fh = (gzip.open(p) if packed else open(p))`: the branch's handle is bound to the name all the same.
      let bound: SgNode = call;
      while (bound.parent() && ['conditional_expression', 'parenthesized_expression'].includes(String(bound.parent()!.kind()))) bound = bound.parent()!;
      const assigned = bound.parent();
      if (assigned?.kind() === 'assignment' && assigned.field('right')?.id() === bound.id()) {
        const left = assigned.field('left');
        const name = left?.kind() === 'identifier' ? left.text() : undefined;
        if (!name) continue; // self.fh = open(…), obj.cur = …: the object owns it
        if (handled(scope, name)) continue;
        // `global _conn` … `_conn = connect(…)`: module state meant to live as long as the process.
        if (scope.kind() === 'function_definition' && new RegExp(`^\\s*global\\s+(?:\\w+\\s*,\\s*)*${reEscape(name)}\\b`, 'm').test(scope.text())) continue;
        if (isConnection) {
          // A module-level connection is the program's long-lived one; a function's must be closed or handed on.
          if (scope.kind() !== 'function_definition' || isOneShotEntry(scope, input.path, input.source)) continue;
          out.push({ messageId: 'connection', data: { name, call: callee }, range: fromSg(call.range()), matched: `connection:${name}` });
          continue;
        }
        if (isCursor) {
          // The cursor goes with its connection: closed by a `with` over it or in a `finally:`, or itself reported.
          const conn = call.field('function')?.field('object')?.text() ?? '';
          if (conn && (connectionClosed(scope, conn) || connectionReported(scope, conn))) continue;
        }
        const messageId = isOpen ? 'file' : sqlite ? 'cursorSqlite' : 'cursor';
        out.push({ messageId, data: { name, call: callee }, range: fromSg(call.range()), matched: `${isOpen ? 'file' : 'cursor'}:${name}` });
        continue;
      }
      // `open(p, "a").close()`: created and closed at once (touch).
      if (parent.kind() === 'attribute' && parent.field('attribute')?.text() === 'close') continue;
      if (!isOpen) continue; // an inline cursor (`conn.cursor().execute(…)`) is rare and often closed by its connection
      if (isOwnedInline(call)) continue;
      // `json.load(open(p))`, `open(p).read()`: consumed whole by one call, and closed by CPython's reference
      // counting as soon as it returns; a lingering handle only elsewhere (PyPy, a cycle): a notice, not a defect.
      const reader = consumedAtOnce(call);
      if (reader) {
        out.push({ messageId: 'inlineRead', data: { call: callee, reader }, range: fromSg(call.range()), matched: `inline:${callee}`, severity: 'info', confidence: 'low' });
        continue;
      }
      out.push({ messageId: 'inline', data: { call: callee }, range: fromSg(call.range()), matched: `inline:${callee}` });
    }
    return out;
  },
});

function isWithItem(call: SgNode): boolean {
  for (let p = call.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'with_item') return true;
    if (k !== 'as_pattern' && k !== 'parenthesized_expression' && k !== 'with_clause') return false;
  }
  return false;
}

function enclosingScope(node: SgNode): SgNode {
  let last = node;
  for (let p = node.parent(); p; p = p.parent()) {
    if (SCOPES.has(String(p.kind()))) return p;
    last = p;
  }
  return last;
}

/** `with connect(…) as conn:`, `with conn:`, `with closing(conn)`, or `conn.close()` in a `finally:` of the scope. */
function connectionClosed(scope: SgNode, conn: string): boolean {
  const n = reEscape(conn);
  if (new RegExp(`\\bwith\\b[^\\n:]*(\\bas\\s+${n}\\b|\\(\\s*${n}\\s*\\)|\\s${n}\\s*[:,])`).test(scope.text())) return true;
  return scope.findAll({ rule: { kind: 'finally_clause' } }).some((f) => new RegExp(`\\b${n}\\.close\\(`).test(f.text()));
}

/** The connection is opened in this scope by a driver and never closed: it is the finding, not its cursor. */
function connectionReported(scope: SgNode, conn: string): boolean {
  if (scope.kind() !== 'function_definition' || !/^\w+$/.test(conn)) return false;
  return new RegExp(`\\b${conn}\\s*=\\s*[\\w.]*connect\\(`).test(scope.text()) && !handled(scope, conn);
}

/** Closed, returned, yielded, stored elsewhere, used in a `with`, or wrapped by closing()/enter_context() in the scope. */
function handled(scope: SgNode, name: string): boolean {
  const text = scope.text();
  const n = reEscape(name);
  // Handed to a wrapper bound to a name that is returned: `resp = StreamingHttpResponse(fh, …)` … `return resp`
  // (the response closes the file when it has been sent).
  // A class (capitalised last name) takes the handle over; `data = json.load(fh)` returned is only its content.
  for (const m of text.matchAll(new RegExp(`\\b(\\w+)\\s*=\\s*(?:\\w+\\.)*[A-Z]\\w*\\([^\\n]*\\b${n}\\b`, 'g'))) {
    if (m[1] !== name && new RegExp(`\\breturn\\s+\\(?${reEscape(m[1])}\\b`).test(text)) return true;
  }
  return new RegExp(
    `\\b${n}\\.close\\(|\\breturn\\s+\\(?${n}\\b(?!\\.)|\\byield\\s+\\(?${n}\\b(?!\\.)|\\bwith\\s+${n}\\b|closing\\(\\s*${n}\\b|enter_context\\(\\s*${n}\\b|[\\w\\]).]\\s*=\\s*${n}\\s*$|\\.append\\(\\s*${n}\\s*\\)` +
      // Handed to a wrapper that is returned (`return Stream(fh, …)`) or to a setter (`source.setByteStream(fh)`).
      `|\\breturn\\s+[\\w.]+\\([^\\n]*\\b${n}\\b|\\.(set|add|register|attach)\\w*\\(\\s*${n}\\b`,
    'm',
  ).test(text);
}

/** An inline open whose handle something else takes over: returned, closing(…), enter_context(…). */
function isOwnedInline(call: SgNode): boolean {
  const parent = call.parent();
  if (!parent) return false;
  if (parent.kind() === 'return_statement' || parent.kind() === 'yield') return true;
  const outer = parent.kind() === 'argument_list' ? parent.parent() : undefined;
  const fn = outer?.field('function')?.text() ?? '';
  // `return Wrapper(open(p), …)`: the returned object owns the handle.
  if (outer && outer.parent()?.kind() === 'return_statement' && !/\.(read|readlines|readline)$/.test(fn)) return true;
  return /(^|\.)(closing|enter_context|TextIOWrapper|ExitStack)$/.test(fn);
}

/** Readers that consume a whole file in one call (the handle is dropped when the call returns). */
const WHOLE_READERS = /(^|\.)(load|safe_load|full_load|loads|read|readlines|read_text|load_all|safe_load_all)$/;

/** `json.load(open(p))`, `open(p).read()`, `yaml.safe_load(open(p))`: the reader's name, or undefined. */
function consumedAtOnce(call: SgNode): string | undefined {
  const parent = call.parent();
  if (!parent) return undefined;
  if (parent.kind() === 'attribute') {
    const m = parent.field('attribute')?.text();
    return m && /^(read|readlines)$/.test(m) && parent.parent()?.kind() === 'call' ? `.${m}()` : undefined;
  }
  if (parent.kind() !== 'argument_list' || parent.children().filter((c) => c.isNamed()).length !== 1) return undefined;
  const fn = parent.parent()?.field('function')?.text() ?? '';
  return WHOLE_READERS.test(fn) && fn.includes('.') ? `${fn}()` : undefined;
}

/**
 * The entry function of a one-shot program: a Django management command's `handle()` or a `main()` run from the
 * `__main__` guard, with no `while` loop (a daemon loops). What it opens lives until the process exits a moment later.
 */
function isOneShotEntry(fn: SgNode, path: string, source: string): boolean {
  const name = fn.field('name')?.text() ?? '';
  const entry = (name === 'handle' && /(^|\/)management\/commands\//.test(path)) || (name === 'main' && /^if\s+__name__\s*==\s*['"]__main__['"]/m.test(source));
  return entry && !fn.find({ rule: { kind: 'while_statement' } });
}
