import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';
import { brief, jsBuiltString, jsString, pyArgs, pyCallableReferences, pyImportAliases, pyString } from './_secret-ast.js';

/** The text pre-filter, shared with the rule's candidate queries (parse/candidates.ts). */
const PREFILTER: readonly string[] = ['eval', 'exec', 'Function', 'runIn', 'compileFunction', 'setTimeout', 'setInterval'];

const PY_EVAL = new Set(['eval', 'exec', 'builtins.eval', 'builtins.exec']);
const JS_EVAL = /^(eval|window\.eval|globalThis\.eval|global\.eval|self\.eval)$/;
const JS_VM = /^(vm\.)?(runInNewContext|runInThisContext|runInContext|compileFunction)$/;
const JS_TIMER = /^(window\.|globalThis\.)?(setTimeout|setInterval|setImmediate)$/;

export default defineRule({
  id: 'security/code-eval',
  title: 'Code evaluated from non-literal input',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-95', 'CWE-94'],
  references: ['https://cwe.mitre.org/data/definitions/95.html', 'https://owasp.org/www-community/attacks/Code_Injection'],
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx'] },
  prefilter: PREFILTER,
  messages: {
    eval: '{func}({arg}) evaluates non-literal input as code',
    constant: '{func}() of a constant string: dynamic code that no linter, type checker or reader can follow; write the code itself',
    newFunction: 'new Function({arg}) compiles non-literal input as code',
    timer: '{func}() with a string built from {arg} evaluates it as code',
    allowListed: '{func}({arg}) runs input that `{guard}` checks against a fixed allow-list first: only the listed files can run',
    reference: '{func} handed on as a function in `{context}`: every string it is given runs as code',
  },
  docs: {
    what: 'Python `eval()`/`exec()` and JavaScript `eval()`, `new Function(…)`, `vm.runIn*Context(…)` and string `setTimeout`/`setInterval` called with anything other than a string literal; also Python `eval`/`exec` handed on as a function (`map(eval, lines)`, `pool.submit(exec, code)`, `{"calc": eval}`), medium confidence.',
    why: 'Whatever reaches the argument runs with the full rights of the process: a value read from a request, a message queue, a file or a database becomes remote code execution. `eval` is also used to parse data (`eval(value.decode())`), where a parser is both safer and faster.',
    bad: { path: 'consumer.py', code: 'def on_message(value):\n    event = eval(value.decode())\n    return event\n' },
    good: { path: 'consumer.py', code: 'import json\n\n\ndef on_message(value):\n    event = json.loads(value.decode())\n    return event\n' },
    fix: 'Parse data with a parser (`json.loads`, `ast.literal_eval` for Python literals, `JSON.parse`); dispatch on names with a dict of allowed functions instead of building code; pass functions, not strings, to `setTimeout`.',
    falsePositives: 'Python calls with a string literal (`exec("x = 2")`) cannot be injected and are an info notice only (the code could simply be written out); JavaScript calls with a string literal (`eval("1 + 1")`, `new Function("return this")`) are not reported, nor `ast.literal_eval`, `exec(f.read())` in `setup.py` (the idiom that reads the package\'s own version file), methods named `eval` on other objects (`df.eval(…)`, `model.eval()`, also handed on: `[model.eval, model.train]`; a module that defines its own `eval` is not using the builtin), or `setTimeout` with a function or a variable of unknown type. A Python `exec`/`eval` of input that an earlier `if <source> not in <LIST>: raise …` (or `return`) in the same function checks against a fixed allow-list — on the same object the code comes from (`exec(fileobj.read())` after `if fileobj.name not in MSG_FILES: raise`) — is an info notice: only the listed files can run.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 1, perFile: 0.5, cap: 24, kind: 'refactor', track: 'security' },
  check(input) {
    if (!input.root) return [];
    return input.lang === 'python' ? checkPython(input, /(^|\/)setup\.py$/.test(input.path)) : checkJs(input);
  },
});

/*
 * Calls are matched natively (ast-grep, in Rust) by their callee text, so only candidates cross into JS; the
 * JS checks below still decide.
 */
/** Every name of PY_EVAL contains `eval` or `exec` (two one-literal regexes compile ≈ 4× faster than the anchored alternation). */
// Exactly PY_EVAL's callees: unanchored `eval`/`exec` also took every `cursor.execute(…)` into the shared walk.
/**
 * `eval`/`exec` as a whole word: what every callee the Python query matches contains (its text ends the word, and
 * `.` or the node's start precedes it). The rule's pre-filter also passes `execute(`/`evaluate(`, which are no
 * candidates: the query joins a file's shared walk only past this test (its regex costs ≈ 18 µs to compile, on
 * every walk), and the rule asks for its candidates under the same test.
 */
const PY_EVAL_WORD = /\b(?:eval|exec)\b/;
const PY_CANDIDATES = candidateQuery(['python'], { kind: 'call', has: { field: 'function', regex: '^(builtins\\.)?(eval|exec)$' } }, { when: PY_EVAL_WORD });
const JS_CANDIDATES = candidateQuery(
  ['javascript', 'typescript', 'tsx'],
  {
    any: [
      { kind: 'new_expression', has: { field: 'constructor', regex: '^Function$' } },
      // Every name of JS_EVAL, JS_VM and JS_TIMER contains one of these literals (the three anchored
      // alternations as one regex cost ≈ 0.2 ms to compile, on every file).
      { kind: 'call_expression', has: { field: 'function', any: ['eval', 'runIn', 'compileFunction', 'setTimeout', 'setInterval', 'setImmediate'].map((regex) => ({ regex })) } },
    ],
  },
  { when: PREFILTER },
);

/**
 * `eval`/`exec` written as a value, not called (`map(eval, lines)`, `run = exec`, `{"calc": eval}`): a text test
 * before any tree walk, so that the word in prose ("we never eval input") starts none.
 */
const PY_EVAL_REFERENCE = /[(,=[{:]\s*(?:builtins\.)?(?:eval|exec)\s*(?:[,)\]}]|$)/m;
const PY_EVAL_REFERENCE_RULE = { rule: { any: [{ kind: 'identifier', regex: '^(eval|exec)$' }, { kind: 'attribute', regex: '^builtins\\.(eval|exec)$' }] } };

function checkPython(input: FileInput, setupPy: boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  // The callable itself handed on (`map(eval, lines)`, `pool.submit(exec, code)`, `run = eval`): whatever strings
  // reach it run as code, as in a call. A module that defines its own `eval` is not using the builtin.
  if (input.root && PY_EVAL_REFERENCE.test(input.source) && !/^(?:async\s+)?def\s+(?:eval|exec)\s*\(/m.test(input.source)) {
    for (const r of pyCallableReferences(input.root, PY_EVAL_REFERENCE_RULE, pyImportAliases(input), (name) => PY_EVAL.has(name))) {
      const context = brief(r.context.text(), 50);
      out.push({ messageId: 'reference', data: { func: r.name, context }, range: fromSg(r.node.range()), matched: `${r.name} in ${context}`, confidence: 'medium' });
    }
  }
  if (!PY_EVAL_WORD.test(input.source)) return out;
  for (const call of candidates(input, PY_CANDIDATES)) {
    const fn = call.field('function');
    const name = fn?.text() ?? '';
    if (!PY_EVAL.has(name)) continue;
    const { pos } = pyArgs(call);
    const arg = pos[0];
    if (!arg) continue;
    // `exec("x = 2")`: nothing from outside reaches it, but it is still code no tool can read; a notice.
    if (pyString(arg) !== null) {
      out.push({ messageId: 'constant', data: { func: name }, range: fromSg(call.range()), matched: `${name}(${arg.text()})`, severity: 'info', confidence: 'high' });
      continue;
    }
    // setup.py `exec(f.read(), about)`: the packaging idiom that reads the project's own __version__.py.
    if (setupPy && arg.kind() === 'call' && /\.read$/.test(arg.field('function')?.text() ?? '')) continue;
    const guard = allowListGuard(call, arg);
    if (guard) {
      out.push({ messageId: 'allowListed', data: { func: name, arg: brief(arg.text()), guard }, range: fromSg(call.range()), matched: `${name}(${arg.text()})`, severity: 'info' });
      continue;
    }
    out.push({ messageId: 'eval', data: { func: name, arg: brief(arg.text()) }, range: fromSg(call.range()), matched: `${name}(${arg.text()})` });
  }
  return out;
}

/**
 * An earlier `if <source> not in <ALLOWED>: raise …` (or `return`) in the same function, on the object the
 * evaluated code comes from (`exec(fileobj.read())` after `if fileobj.name not in _MSG_FILES: raise …`): only
 * the entries of a fixed list reach the call. Returns the guard's condition.
 */
function allowListGuard(call: SgNode, arg: SgNode): string | undefined {
  const source = /^[A-Za-z_]\w*/.exec(arg.text())?.[0];
  if (!source) return undefined;
  const fn = call.ancestors().find((a) => a.kind() === 'function_definition');
  if (!fn) return undefined;
  const at = call.range().start.index;
  const cond = new RegExp(`^${source}(\\.\\w+)*\\s+not\\s+in\\s+[A-Za-z_][\\w.]*$`);
  for (const ifs of fn.findAll({ rule: { kind: 'if_statement' } })) {
    if (ifs.range().start.index >= at) continue;
    const c = ifs.field('condition')?.text().trim() ?? '';
    const body = ifs.field('consequence')?.text().trim() ?? '';
    if (cond.test(c) && /^(raise|return)\b/.test(body) && !ifs.field('alternative')) return c;
  }
  return undefined;
}

function jsFirstArg(call: SgNode): SgNode | undefined {
  return call.field('arguments')?.children().find((c) => c.isNamed() && c.kind() !== 'comment');
}

function checkJs(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const n of candidates(input, JS_CANDIDATES)) {
    if (n.kind() === 'new_expression') {
      if (n.field('constructor')?.text() !== 'Function') continue;
      const args = n.field('arguments')?.children().filter((c) => c.isNamed() && c.kind() !== 'comment') ?? [];
      if (!args.length || args.every((a) => jsString(a) !== null)) continue;
      const text = args.map((a) => a.text()).join(', ');
      out.push({ messageId: 'newFunction', data: { arg: brief(text) }, range: fromSg(n.range()), matched: `new Function(${text})` });
      continue;
    }
    const name = n.field('function')?.text() ?? '';
    // Name test first: the candidates include other rules' calls (shared walk); each branch below needs one.
    if (!JS_EVAL.test(name) && !JS_VM.test(name) && !JS_TIMER.test(name)) continue;
    const arg = jsFirstArg(n);
    if (!arg) continue;
    if (JS_EVAL.test(name) || JS_VM.test(name)) {
      if (jsString(arg) !== null) continue;
      out.push({ messageId: 'eval', data: { func: name, arg: brief(arg.text()) }, range: fromSg(n.range()), matched: `${name}(${arg.text()})` });
    } else if (JS_TIMER.test(name) && jsBuiltString(arg)) {
      out.push({ messageId: 'timer', data: { func: name, arg: brief(arg.text()) }, range: fromSg(n.range()), matched: `${name}(${arg.text()})` });
    }
  }
  return out;
}
