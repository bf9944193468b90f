import type { SgNode } from '@ast-grep/napi';
import { reEscape } from '../regex.js';
import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';
import { pyCallee, pyImportAliases } from '../security/_secret-ast.js';

/** Functions that open a file handle (import aliases resolved). */
const OPENERS = new Set(['open', 'io.open', 'codecs.open', 'gzip.open', 'bz2.open', 'lzma.open', 'builtins.open']);
/** `open(…)` (and module openers) or `<anything>.cursor()`: a superset; the check resolves the callee. */
const CANDIDATE = { rule: { kind: 'call', has: { field: 'function', regex: '(^|\\.)(open|cursor)$' } } };
const SCOPES = new Set(['function_definition', 'module']);

export default defineRule({
  id: 'reliability/resource-leak',
  title: 'File or cursor never closed',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  cwe: ['CWE-772'],
  scope: { kind: 'file', languages: ['python'] },
  prefilter: ['open(', 'cursor('],
  messages: {
    inline: 'file opened by {call}() inline is never closed (use `with {call}(…) as f`)',
    file: 'file `{name}` from {call}() is never closed: no `with`, no `{name}.close()`',
    cursor: 'cursor `{name}` is never closed: no `with`, no `{name}.close()`',
  },
  docs: {
    what:
      'Python file handles (`open`, `io.open`, `gzip.open` …) and database cursors (`x.cursor()`) that are opened outside a `with` block and never closed in the same function: used inline (`pickle.load(open(path))`, `open(p).read()`) or bound to a name that is never `.close()`d, returned, stored on an object or handed to `contextlib.closing`/`ExitStack`.',
    why:
      'An unclosed handle lives until the garbage collector finds it — never, on some code paths, in other interpreters or after a reference cycle. Long-running services then hit "too many open files", keep server-side cursors and their locks and memory alive, lose buffered writes on a crash, and on Windows keep files locked. A `with` block releases the resource on every path, errors included.',
    bad: { path: 'loader.py', code: 'import pickle\n\nmodel = pickle.load(open("model.pkl", "rb"))\n' },
    good: { path: 'loader.py', code: 'import pickle\n\nwith open("model.pkl", "rb") as fh:\n    model = pickle.load(fh)\n' },
    fix: 'Open files and cursors in a `with` block (`with open(p) as f:`, `with conn.cursor() as cur:`), or close them in a `finally:`; for several resources use `contextlib.ExitStack`.',
    falsePositives:
      'Not reported: a handle that is returned, yielded, stored on `self`/an object, handed to a wrapper that is returned (`return Stream(fh)`) or to a setter (`source.setByteStream(fh)`), passed to `contextlib.closing(...)` or `ExitStack.enter_context(...)`, used as a `with` target later, or closed anywhere in the same function (even when not on every path). A cursor of a connection closed in the same function is still reported: the cursor is the leak the rule names, and closing it explicitly keeps server-side cursors from piling up. Opening with `open` imported from elsewhere under another name is resolved through imports; a method named `open` on other objects (`zipfile.ZipFile.open`, `webbrowser.open`) is not reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.15, perFile: 0.2, cap: 10, kind: 'mechanical', track: 'resilience' },
  check(input) {
    const root = input.root;
    if (!root) return [];
    const aliases = pyImportAliases(input);
    const out: FindingDraft[] = [];
    for (const call of root.findAll(CANDIDATE)) {
      const callee = pyCallee(call, aliases);
      const isOpen = OPENERS.has(callee);
      const isCursor = !isOpen && /\.cursor$/.test(callee) && (call.field('arguments')?.children().filter((c) => c.isNamed()).length ?? 0) <= 1;
      if (!isOpen && !isCursor) continue;
      const parent = call.parent();
      if (!parent) continue;
      // `with open(…) as f:` / `with conn.cursor() as cur:`
      if (isWithItem(call)) continue;
      const scope = enclosingScope(call);
      if (parent.kind() === 'assignment' && parent.field('right')?.id() === call.id()) {
        const left = parent.field('left');
        const name = left?.kind() === 'identifier' ? left.text() : undefined;
        if (!name) continue; // self.fh = open(…), obj.cur = …: the object owns it
        if (handled(scope, name)) continue;
        out.push({ messageId: isOpen ? 'file' : 'cursor', data: { name, call: callee }, range: fromSg(call.range()), matched: `${isOpen ? 'file' : 'cursor'}:${name}` });
        continue;
      }
      if (!isOpen) continue; // an inline cursor (`conn.cursor().execute(…)`) is rare and often closed by its connection
      if (isOwnedInline(call)) continue;
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

/** Closed, returned, yielded, stored elsewhere, used in a `with`, or wrapped by closing()/enter_context() in the scope. */
function handled(scope: SgNode, name: string): boolean {
  const text = scope.text();
  const n = reEscape(name);
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
