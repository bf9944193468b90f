import type { SgNode } from '@ast-grep/napi';
import { reEscape } from '../regex.js';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';
import { brief, jsBuiltString, pyArgs, pyBuiltString, pyCallee, pyImportAliases, pyResolveLocal } from './_secret-ast.js';

/** The text pre-filter, shared with the rule's candidate queries (parse/candidates.ts). */
const PREFILTER: readonly string[] = ['os.system', 'popen', 'subprocess', 'getoutput', 'system(', 'child_process', 'shelljs', 'create_subprocess_shell'];

/** Python callables that always run their argument through a shell. */
const PY_ALWAYS_SHELL = new Set([
  'os.system',
  'os.popen',
  'os.popen2',
  'os.popen3',
  'os.popen4',
  'popen2.popen2',
  'popen2.popen3',
  'popen2.popen4',
  'popen2.Popen3',
  'popen2.Popen4',
  'subprocess.getoutput',
  'subprocess.getstatusoutput',
  'commands.getoutput',
  'commands.getstatusoutput',
  'platform.popen',
  'asyncio.create_subprocess_shell',
]);
/** Python callables that use a shell when `shell=True`. */
const PY_SHELL_KW = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);
const JS_EXEC = /^(exec|execSync)$/;
const JS_SPAWN = /^(spawn|spawnSync|execFile|execFileSync)$/;
const JS_CP_OBJECT = /^(child_process|childProcess|cp|proc|shell|shelljs|require\(['"](node:)?child_process['"]\))$/;

export default defineRule({
  id: 'security/shell-injection',
  title: 'Shell command built from variables',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-78'],
  references: ['https://cwe.mitre.org/data/definitions/78.html', 'https://docs.python.org/3/library/subprocess.html#security-considerations', 'https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback'],
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx'] },
  prefilter: PREFILTER,
  messages: {
    py: '{func}() runs a shell command (`{program} …`) built with {how}',
    pyConstant: '{func}() runs a constant command through a shell: nothing can be injected today, but the shell is not needed; pass an argument list',
    js: '{func}() runs a shell command (`{program} …`) built with {how}',
    pyValue: '{func}() runs `{value}` through a shell: a command that is not a literal is injectable wherever its value comes from outside',
    jsValue: '{func}() runs `{value}` through a shell: a command that is not a literal is injectable wherever its value comes from outside',
  },
  docs: {
    what: 'Commands run through a shell (`os.system`, `os.popen`/`popen2`–`popen4`, `commands.getoutput`, `asyncio.create_subprocess_shell`, `subprocess.*(…, shell=True)`, `subprocess.getoutput`, Node `child_process.exec`/`execSync`, `spawn(…, {shell: true})`) whose command string is built from values: f-strings, `%` or `.format()` formatting, `+` concatenation, template literals — directly or through a local variable.',
    why: 'The shell interprets every character of the string: a file name, host name or parameter containing `;`, `$(…)`, backticks or a space becomes extra commands or arguments. Values that are "internal" today (a table name, a path from config) become injectable when the code is reused.',
    bad: { path: 'backup.py', code: 'import os\n\n\ndef dump(db, target):\n    os.system(f"pg_dump {db} > {target}")\n' },
    good: { path: 'backup.py', code: 'import subprocess\n\n\ndef dump(db, target):\n    with open(target, "wb") as out:\n        subprocess.run(["pg_dump", db], stdout=out, check=True)\n' },
    fix: 'Pass an argument list without a shell (`subprocess.run([…], check=True)`, `execFile(cmd, args)`/`spawn(cmd, args)`); if a shell is truly needed, quote every value (`shlex.quote`) and keep the command itself constant.',
    falsePositives: 'Constant commands (`os.system("clear")`, or a name last assigned a literal) cannot be injected: in Python they are an info notice (the shell is not needed) unless they use shell syntax — a pipe, redirection, glob, `&&`, `$VAR` — which only a shell runs, in JavaScript they are not reported; argument lists are not reported, except a list that runs a shell on a built script (`subprocess.run(["sh", "-c", f"tar … {name}"])`, `spawn("bash", ["-c", cmd])`), which is the same as `shell=True`. A command of unknown origin (a parameter, an attribute, a call result: `os.system(cmd)`, `exec(job.command)`) is reported with medium confidence and its own message, since whether it is injectable depends on where the value comes from. `subprocess.*` without a truthy literal `shell=` never uses a shell (`shell=flag` is not counted). A command whose every interpolated value is wrapped in `shlex.quote(…)` is not reported, nor one built only from values that nothing outside can shape: literals and names bound to them (module constants, `self.x` attributes every assignment of which is such a value), numbers, uuids (`str(uuid.uuid4())`, `crypto.randomUUID()`), temporary directories, `__dirname` paths (`path.resolve(__dirname, "../compose.yml")`), and the contents of a JSON file the repository reads from such a path (a release script\'s `npm view ${pkg.name}` where `pkg = JSON.parse(fs.readFileSync(packageFile))`). A command returned by a helper of the same file that shell-quotes what it substitutes (`cmd = self.prepare(template, check)` where `prepare` calls `shlex.quote`) is not reported either: the template is the operator\'s configuration, the values are quoted. In JavaScript, a bare `exec(…)` counts only in files that import `child_process`, so `RegExp#exec` is never reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.75, perFile: 0.5, cap: 24, kind: 'refactor', track: 'security' },
  check(input) {
    if (!input.root) return [];
    return input.lang === 'python' ? checkPython(input, input.root) : checkJs(input, input.root);
  },
});

/** The program a built command runs: the first word of its first string part (`pg_dump`, `ssh`), for the message. */
function program(node: SgNode): string {
  const kind = node.kind() === 'template_string' || node.getRoot().root().kind() === 'program' ? ['string', 'template_string'] : ['string'];
  const strings = [node, ...node.findAll({ rule: { any: kind.map((k) => ({ kind: k })) } })].filter((n) => kind.includes(String(n.kind())));
  for (const st of strings) {
    const m = /^(?:[frbuFRBU]{0,2})?["'`]{1,3}\s*(?:sudo\s+)?([\w./-]+)/.exec(st.text());
    if (m) return m[1];
  }
  return brief(node.text(), 30).replace(/[{}]/g, '');
}

function pyHow(node: SgNode): string {
  if (node.kind() === 'parenthesized_expression') return pyHow(node.children().find((c) => c.isNamed()) ?? node);
  if (node.kind() === 'string' || node.kind() === 'concatenated_string') return 'an f-string';
  if (node.kind() === 'binary_operator') return node.field('operator')?.text() === '%' ? '% formatting' : 'string concatenation';
  if (node.kind() === 'call') return `.${node.field('function')?.field('attribute')?.text() ?? 'format'}()`;
  return 'a built string';
}

/*
 * Calls are matched natively (ast-grep, in Rust) so only candidates cross into JS (the JS checks still
 * decide). Python: the callee is one of the shell functions, or starts with an imported alias that
 * `pyCallee` may resolve to one. JS: the callee text contains `exec` or `spawn`.
 */
const PY_SHELL = [...PY_ALWAYS_SHELL, ...PY_SHELL_KW];
/**
 * Calls that may name a shell function: each name of PY_SHELL contains `subprocess`, `system`, `popen` or
 * `commands` (one-literal regexes: the anchored 13-name alternation cost ≈ 0.2 ms to compile per file).
 */
const PY_SHELL_WORDS = ['subprocess', 'system', 'popen', 'commands'].map((regex) => ({ regex }));
/** The candidates of a file with no import alias that can resolve to a shell function. */
const PY_SHELL_CALLS = candidateQuery(['python'], { kind: 'call', has: { field: 'function', any: PY_SHELL_WORDS } }, { when: PREFILTER });
const JS_CANDIDATES = candidateQuery(['javascript', 'typescript', 'tsx'], { kind: 'call_expression', has: { field: 'function', regex: 'exec|spawn' } }, { when: PREFILTER });

/**
 * The alias heads a call's callee must start with for `pyCallee` to resolve it to a shell function. `pyCallee`
 * gives `origin + rest` for a callee `head + rest` (`rest` empty or starting with `.`), which is a shell
 * function only when the origin is one or is a dotted prefix of one (`sp` → `subprocess`, `run` →
 * `subprocess.run`); calls through any other alias are rejected by the JS check and need not be fetched.
 */
function shellAliasHeads(aliases: ReadonlyMap<string, string>): string[] {
  return [...aliases].filter(([head, origin]) => head !== origin && PY_SHELL.some((s) => s === origin || s.startsWith(`${origin}.`))).map(([head]) => head);
}

function pyCandidates(input: FileInput, root: SgNode, aliases: ReadonlyMap<string, string>): readonly SgNode[] {
  if (aliases.has('')) return root.findAll({ rule: { kind: 'call' } });
  const heads = shellAliasHeads(aliases).map(reEscape).join('|');
  if (!heads) return candidates(input, PY_SHELL_CALLS);
  return root.findAll({ rule: { kind: 'call', has: { field: 'function', any: [...PY_SHELL_WORDS, { regex: `^(${heads})(\\.|$)` }] } } });
}

function checkPython(input: FileInput, root: SgNode): FindingDraft[] {
  const out: FindingDraft[] = [];
  const aliases = pyImportAliases(input);
  for (const call of pyCandidates(input, root, aliases)) {
    const callee = pyCallee(call, aliases);
    const always = PY_ALWAYS_SHELL.has(callee);
    if (!always && !PY_SHELL_KW.has(callee)) continue;
    const { pos, kw } = pyArgs(call);
    // `subprocess.run(["sh", "-c", cmd])`: no shell=True, but the list runs a shell on its script argument.
    const script = always ? null : pyShellScript(pos[0] ?? kw.get('args'));
    if (!always && !script) {
      if (!pyTruthyLiteral(kw.get('shell'))) continue;
    }
    const given = script ?? pos[0] ?? kw.get('args') ?? kw.get('cmd');
    // `Popen([cmd, x], shell=True)`: with a shell, a list's first item is the command line `sh -c` runs (the rest
    // become the shell's `$0`, `$1` …). (`os.system([…])` takes no list: a TypeError, not a command.)
    const arg = !always && !script && given && (given.kind() === 'list' || given.kind() === 'tuple') ? given.children().find((c) => c.isNamed() && c.kind() !== 'comment') : given;
    if (!arg) continue;
    const local = pyResolveLocal(arg);
    const built = pyBuiltString(arg) ? arg : pyBuiltString(local) ? local : null;
    if (!built) {
      // A command of unknown origin (a parameter, an attribute, a call's result): reported with medium
      // confidence, as Bandit and Ruff (S602/S605) do; a literal, or a name last assigned a literal, is constant.
      // A constant command cannot be injected; running it through a shell is still a shell for nothing (a notice).
      if (isPyConstant(arg) || isPyConstant(local) || isPyModuleConstant(root, arg)) {
        // A pipeline, redirection, glob or `&&` needs the shell: then nothing is to be said.
        if (SHELL_SYNTAX.test((isPyConstant(local) && local ? local : arg).text())) continue;
        out.push({ messageId: 'pyConstant', data: { func: callee }, range: fromSg(call.range()), matched: call.text(), severity: 'info', confidence: 'high' });
        continue;
      }
      if (isPyQuoted(arg) || !PY_VALUE_KINDS.has(String(arg.kind()))) continue;
      // `cmd = self.prepare(template, flip)`: a helper of this file that shell-quotes what it substitutes.
      if (pyQuotingHelper(root, local ?? arg)) continue;
      out.push({ messageId: 'pyValue', data: { func: callee, value: brief(arg.text(), 40) }, range: fromSg(call.range()), matched: call.text(), confidence: 'medium' });
      continue;
    }
    if (pyAllQuoted(built)) continue;
    // Built only from constants, uuids, numbers and quoted values: nothing from outside reaches the shell.
    // (Literals formatted straight in, `'ls %s' % ('x',)`, stay reported, as Bandit and Ruff do: nothing resolves.)
    const parts = pyParts(built);
    if (parts.some((v) => !PY_LITERAL_KINDS.has(String(v.kind()))) && parts.every((v) => pyTrusted(root, v, 0))) continue;
    out.push({ messageId: 'py', data: { func: callee, how: pyHow(built), program: program(built) }, range: fromSg(call.range()), matched: call.text() });
  }
  return out;
}

/** Shell syntax that only a shell can run: pipes, redirections, globs, `&&`/`;`, substitutions, variables. */
const SHELL_SYNTAX = /[|&;<>*?$`(){}~]/;

/** Expressions that hold a command of unknown origin (not lists: `os.system([…])` is not a command). */
const PY_VALUE_KINDS = new Set(['identifier', 'attribute', 'subscript', 'call']);

/** A string literal without interpolation, or a name last assigned one. */
function isPyConstant(node: SgNode | null | undefined): boolean {
  if (!node) return false;
  if (node.kind() === 'string') return !node.children().some((c) => c.kind() === 'interpolation');
  if (node.kind() === 'concatenated_string') return node.children().every((c) => isPyConstant(c));
  return false;
}

/** `HOOK = "/usr/bin/x"` at module level (no other module-level assignment of the name). */
function isPyModuleConstant(root: SgNode, node: SgNode): boolean {
  if (node.kind() !== 'identifier') return false;
  const values = root
    .children()
    .filter((st) => st.kind() === 'expression_statement')
    .map((st) => st.children().find((c) => c.kind() === 'assignment'))
    .filter((a): a is SgNode => !!a && a.field('left')?.text() === node.text())
    .map((a) => a.field('right'));
  return values.length > 0 && values.every((v) => isPyConstant(v));
}

/** `shell=True`, `shell=1`, `shell="yes"`, `shell=[1]`: a literal that is truthy (a variable is unknown, not counted). */
function pyTruthyLiteral(node: SgNode | null | undefined): boolean {
  if (!node) return false;
  const k = node.kind();
  if (k === 'true') return true;
  if (k === 'integer' || k === 'float') return Number(node.text().replace(/_/g, '')) !== 0;
  if (k === 'string') return !/^[rRbBuU]{0,2}(["']{1,3})\1$/.test(node.text());
  // A display with an element is truthy; one made only of `**spread`/`*spread` may be empty (`shell={**defaults}`).
  if (k === 'list' || k === 'tuple' || k === 'dictionary' || k === 'set') return node.children().some((c) => c.isNamed() && c.kind() !== 'comment' && c.kind() !== 'dictionary_splat' && c.kind() !== 'list_splat');
  return false;
}

/** A shell program named in an argument list (`sh`, `/bin/bash`, `zsh` …) and its run-this-script flag (`-c`, `-ec`, `-lc`). */
const SHELL_PROGRAM = /^(\/usr)?(\/bin\/)?(ba|da|z|k|a)?sh$/;
const SHELL_SCRIPT_FLAG = /^-[a-z]*c$/;

/** The script element of `["sh", "-c", script, …]`, or null. */
function pyShellScript(list: SgNode | null | undefined): SgNode | null {
  if (!list || (list.kind() !== 'list' && list.kind() !== 'tuple')) return null;
  const items = list.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
  const literal = (n: SgNode) => (n.kind() === 'string' ? /^[rRuU]?(["'])(.*)\1$/.exec(n.text())?.[2] ?? '' : '');
  if (items.length < 3 || !SHELL_PROGRAM.test(literal(items[0])) || !SHELL_SCRIPT_FLAG.test(literal(items[1]))) return null;
  return items[2];
}

/** The value of a plain JS string literal (no interpolation), or null. */
function jsStringValue(node: SgNode | null | undefined): string | null {
  if (!node || node.kind() !== 'string') return null;
  return node.text().slice(1, -1);
}

/** `shlex.quote(x)` / `quote(x)` / `pipes.quote(x)`: a value made safe for the shell. */
function isPyQuoted(node: SgNode | null | undefined): boolean {
  if (!node || node.kind() !== 'call') return false;
  return /^(?:(?:shlex|pipes)\.)?quote$/.test(node.field('function')?.text() ?? '');
}

/** An f-string, `%` or `.format()` command whose every interpolated value is shell-quoted. */
function pyAllQuoted(built: SgNode): boolean {
  if (built.kind() === 'string') {
    const values = built.children().filter((c) => c.kind() === 'interpolation').map((i) => i.children().find((c) => c.isNamed()));
    return values.length > 0 && values.every(isPyQuoted);
  }
  let values: Array<SgNode | undefined> = [];
  if (built.kind() === 'binary_operator' && built.field('operator')?.text() === '%') {
    const r = built.field('right');
    values = r?.kind() === 'tuple' ? r.children().filter((c) => c.isNamed()) : [r ?? undefined];
  } else if (built.kind() === 'call' && built.field('function')?.field('attribute')?.text() === 'format') {
    values = (built.field('arguments')?.children() ?? []).filter((c) => c.isNamed()).map((c) => (c.kind() === 'keyword_argument' ? (c.field('value') ?? undefined) : c));
  } else return false;
  return values.length > 0 && values.every(isPyQuoted);
}

/** JS `const cmd = \`…${x}\`` earlier in the file: the initialiser of a local variable. */
function jsResolveLocal(root: SgNode, node: SgNode): SgNode | null {
  if (node.kind() !== 'identifier') return null;
  const line = node.range().start.line;
  let best: SgNode | null = null;
  for (const d of root.findAll({ rule: { kind: 'variable_declarator' } })) {
    if (d.field('name')?.text() !== node.text() || d.range().start.line > line) continue;
    best = d.field('value');
  }
  return best;
}

const JS_VALUE_KINDS = new Set(['identifier', 'member_expression', 'subscript_expression', 'call_expression']);

/** A JS string literal or substitution-free template. */
function jsIsConstant(node: SgNode | null | undefined): boolean {
  if (!node) return false;
  if (node.kind() === 'string') return true;
  return node.kind() === 'template_string' && !node.children().some((c) => c.kind() === 'template_substitution');
}

function checkJs(input: FileInput, root: SgNode): FindingDraft[] {
  const hasCp = /child_process|shelljs/.test(input.source);
  if (!hasCp) return [];
  const out: FindingDraft[] = [];
  for (const call of candidates(input, JS_CANDIDATES)) {
    const fn = call.field('function');
    if (!fn) continue;
    let name: string;
    if (fn.kind() === 'identifier') name = fn.text();
    else if (fn.kind() === 'member_expression' && JS_CP_OBJECT.test(fn.field('object')?.text() ?? '')) name = fn.field('property')?.text() ?? '';
    else continue;
    const args = call.field('arguments')?.children().filter((c) => c.isNamed() && c.kind() !== 'comment') ?? [];
    const first = args[0];
    if (!first) continue;
    let command = first;
    if (JS_SPAWN.test(name)) {
      const opts = args.find((a) => a.kind() === 'object');
      // `spawn('sh', ['-c', cmd])`: the shell's script argument is the command.
      const list = args[1]?.kind() === 'array' ? args[1].children().filter((c) => c.isNamed() && c.kind() !== 'comment') : [];
      const viaShell = SHELL_PROGRAM.test(jsStringValue(first) ?? '') && SHELL_SCRIPT_FLAG.test(jsStringValue(list[0]) ?? '') && list[1];
      if (viaShell) command = list[1];
      else if (!opts || !/\bshell\s*:\s*true\b/.test(opts.text())) continue;
    } else if (!JS_EXEC.test(name)) continue;
    const local = jsResolveLocal(root, command);
    const built = jsBuiltString(command) ? command : jsBuiltString(local) ? local : null;
    if (!built) {
      if (!JS_VALUE_KINDS.has(String(command.kind())) || jsIsConstant(command) || jsIsConstant(local)) continue;
      // A bare `exec(x)` is child_process's only when the file takes `exec` from it (not a local helper or RegExp).
      if (fn.kind() === 'identifier' && !new RegExp(`\\b${name}\\b[^;]*(?:require\\(\\s*['"](?:node:)?child_process|from\\s+['"](?:node:)?child_process)`).test(input.source)) continue;
      out.push({ messageId: 'jsValue', data: { func: fn.text(), value: brief(command.text(), 40) }, range: fromSg(call.range()), matched: call.text(), confidence: 'medium' });
      continue;
    }
    // Built only from constants, `__dirname` paths and values of the repository's own JSON files (a release
    // script's `npm view ${pkg.name}`): nothing from outside reaches the shell.
    if (jsParts(built).every((v) => jsTrusted(root, v, 0))) continue;
    const how = built.kind() === 'template_string' ? 'a template literal' : 'string concatenation';
    out.push({ messageId: 'js', data: { func: fn.text(), how, program: program(built) }, range: fromSg(call.range()), matched: call.text() });
  }
  return out;
}

/** The values a built Python string interpolates (f-string fields, `%` operands, `.format()` arguments, `+` operands). */
function pyParts(built: SgNode): SgNode[] {
  const k = built.kind();
  if (k === 'parenthesized_expression') return pyParts(built.children().find((c) => c.isNamed()) ?? built);
  if (k === 'string') return built.children().filter((c) => c.kind() === 'interpolation').map((i) => i.children().find((c) => c.isNamed()) ?? i);
  if (k === 'concatenated_string') return built.children().flatMap((c) => pyParts(c));
  if (k === 'binary_operator') {
    const r = built.field('right');
    const l = built.field('left');
    if (built.field('operator')?.text() === '%') return r?.kind() === 'tuple' ? r.children().filter((c) => c.isNamed()) : r ? [r] : [];
    return [l, r].filter((n): n is SgNode => !!n).flatMap((n) => (n.kind() === 'string' || n.kind() === 'binary_operator' ? pyParts(n) : [n]));
  }
  if (k === 'call') {
    const args = (built.field('arguments')?.children() ?? []).filter((c) => c.isNamed()).map((c) => (c.kind() === 'keyword_argument' ? (c.field('value') ?? c) : c));
    return built.field('function')?.field('attribute')?.text() === 'join' ? [...args, built] : args;
  }
  return [built];
}

const PY_LITERAL_KINDS = new Set(['string', 'concatenated_string', 'integer', 'float', 'true', 'false', 'none']);

/** Calls whose result cannot carry shell syntax from outside: uuids, numbers, temporary directories. */
const PY_TRUSTED_CALL = /^(?:uuid\.)?uuid[1345]$|^(?:int|len|float|abs|round|hash|id|os\.getpid|time\.time|tempfile\.(?:mkdtemp|gettempdir))$/;

/** A value with nothing from outside in it: a literal, a uuid or number, a quoted value, or a name bound to one. */
function pyTrusted(root: SgNode, v: SgNode, depth: number): boolean {
  if (depth > 4) return false;
  const k = v.kind();
  if (k === 'integer' || k === 'float' || k === 'true' || k === 'false' || k === 'none') return true;
  if (k === 'string' || k === 'concatenated_string') return isPyConstant(v) || (pyBuiltString(v) && pyParts(v).every((p) => pyTrusted(root, p, depth + 1)));
  if (k === 'parenthesized_expression') return pyTrusted(root, v.children().find((c) => c.isNamed()) ?? v, depth + 1);
  if (isPyQuoted(v)) return true;
  if (k === 'call') {
    const fn = v.field('function');
    const name = fn?.text() ?? '';
    if (PY_TRUSTED_CALL.test(name)) return true;
    const args = (v.field('arguments')?.children() ?? []).filter((c) => c.isNamed());
    // str(uuid4()), os.path.join("/tmp", run_id), uuid.uuid4().hex
    if (/^(str|os\.path\.join|os\.path\.abspath|os\.path\.basename)$/.test(name)) return args.length > 0 && args.every((a) => pyTrusted(root, a, depth + 1));
    return false;
  }
  if (k === 'attribute') {
    const obj = v.field('object');
    if (obj?.kind() === 'call' && PY_TRUSTED_CALL.test(obj.field('function')?.text() ?? '')) return true; // uuid4().hex
    // self.db_path: every assignment of it in the file is trusted.
    const text = v.text();
    if (!/^self\.\w+$/.test(text)) return false;
    const values = root.findAll({ rule: { kind: 'assignment', has: { field: 'left', regex: `^${reEscape(text)}$` } } }).map((a) => a.field('right'));
    return values.length > 0 && values.every((r) => !!r && pyTrusted(root, r, depth + 1));
  }
  if (k === 'identifier') {
    const local = pyResolveLocal(v);
    if (local) return pyTrusted(root, local, depth + 1);
    return isPyModuleConstant(root, v);
  }
  return false;
}

/** `self.prepare(cmd, flip)` / `prepare(cmd)`: a function of this file whose body shell-quotes (`shlex.quote`). */
function pyQuotingHelper(root: SgNode, v: SgNode): boolean {
  if (v.kind() !== 'call') return false;
  const fn = v.field('function');
  const name = fn?.kind() === 'attribute' ? fn.field('attribute')?.text() : fn?.kind() === 'identifier' ? fn.text() : undefined;
  if (!name) return false;
  return root.findAll({ rule: { kind: 'function_definition', has: { field: 'name', regex: `^${reEscape(name)}$` } } }).some((d) => /\b(?:shlex\.|pipes\.)?quote\(/.test(d.text()));
}

/** The values a built JS string interpolates (template substitutions, `+` operands that are not literals). */
function jsParts(built: SgNode): SgNode[] {
  const k = built.kind();
  if (k === 'parenthesized_expression') return jsParts(built.children().find((c) => c.isNamed()) ?? built);
  if (k === 'template_string') return built.children().filter((c) => c.kind() === 'template_substitution').map((t) => t.children().find((c) => c.isNamed()) ?? t);
  if (k === 'binary_expression' && built.field('operator')?.text() === '+') {
    return [built.field('left'), built.field('right')].filter((n): n is SgNode => !!n).flatMap((n) => (n.kind() === 'string' ? [] : jsBuiltString(n) ? jsParts(n) : [n]));
  }
  return [built];
}

/** A JS value with nothing from outside in it: literals, `__dirname` paths, uuids, and the contents of a JSON file read from a constant path. */
function jsTrusted(root: SgNode, v: SgNode, depth: number): boolean {
  if (depth > 12) return false;
  const k = v.kind();
  if (k === 'string' || k === 'number' || k === 'true' || k === 'false') return true;
  if (k === 'template_string') return jsParts(v).every((p) => p === v || jsTrusted(root, p, depth + 1));
  if (k === 'parenthesized_expression') return jsTrusted(root, v.children().find((c) => c.isNamed()) ?? v, depth + 1);
  if (k === 'identifier') {
    if (v.text() === '__dirname' || v.text() === '__filename') return true;
    const local = jsResolveLocal(root, v);
    return !!local && jsTrusted(root, local, depth + 1);
  }
  if (k === 'member_expression') {
    const obj = v.field('object');
    if (obj?.text() === 'import.meta') return true;
    return !!obj && jsTrusted(root, obj, depth + 1); // a field of a trusted value (`pkg.name`)
  }
  if (k === 'ternary_expression') return [v.field('consequence'), v.field('alternative')].every((b) => !!b && jsTrusted(root, b, depth + 1));
  if (k === 'object') {
    return v.children().every((c) => !c.isNamed() || c.kind() === 'comment' || (c.kind() === 'pair' && !!c.field('value') && jsTrusted(root, c.field('value')!, depth + 1)));
  }
  if (k === 'array') return v.children().every((c) => !c.isNamed() || jsTrusted(root, c, depth + 1));
  if (k === 'call_expression') {
    const name = v.field('function')?.text() ?? '';
    const args = (v.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
    if (/^(crypto\.)?randomUUID$|^(uuid|uuidv4|v4|nanoid)$|^process\.cwd$/.test(name)) return true;
    // path.resolve(__dirname, "../compose.yml"), JSON.parse(fs.readFileSync(packageFile, "utf8")), require("./package.json")
    if (/^(path\.)?(resolve|join|dirname|basename)$|^JSON\.parse$|^(fs\.)?readFileSync$|^require$|^String$|^Number$/.test(name)) return args.length > 0 && args.every((a) => jsTrusted(root, a, depth + 1));
    return false;
  }
  return false;
}
