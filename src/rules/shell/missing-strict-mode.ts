import type { NapiConfig, SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';

/** Top-level statements that only define things: a file made of these is a sourced library. */
const DEFINITION_KINDS = new Set(['function_definition', 'variable_assignment', 'declaration_command', 'comment']);
const SOURCING = new Set(['source', '.']);
/**
 * Files that are sourced into another shell, where `set -e` would change the caller (a login shell, an init
 * script): profile.d and completion snippets, rc files. Only used for files with no shebang.
 */
const SOURCED_PATH = /(^|\/)(profile\.d|bash_completion\.d|completions)\/[^/]+$|(^|\/)\.?((bash|zsh)rc|(bash_)?profile)$/;

/** Every command: one walk, split by name in JS (`set`, sourcing, the others). */
/** Every command, from the shared walk (a whole-tree walk of its own cost one traversal per script). */
const ANY_COMMAND = candidateQuery(['bash'], { kind: 'command' });

const PIPELINE = { rule: { kind: 'pipeline' } };
/** Variable expansions outside tests (`[ -z "$X" ]` is how a script checks for an unset variable). */
const EXPANSION: NapiConfig = {
  rule: {
    any: [{ kind: 'simple_expansion' }, { kind: 'expansion' }],
    not: { inside: { stopBy: 'end', any: [{ kind: 'test_command' }, { kind: 'command', has: { kind: 'command_name', regex: '^(\\[|test)$' } }] } },
  },
};
const ASSIGNED = { rule: { any: [{ kind: 'variable_assignment' }, { kind: 'for_statement' }, { kind: 'declaration_command' }, { kind: 'command', has: { kind: 'command_name', regex: '^(read|getopts|mapfile|readarray)$' } }] } };
/** Where statements follow one another: a failed statement here is followed by the next one. */
const BLOCK = { rule: { any: [{ kind: 'compound_statement' }, { kind: 'do_group' }, { kind: 'if_statement' }, { kind: 'elif_clause' }, { kind: 'else_clause' }, { kind: 'case_item' }, { kind: 'subshell' }] } };
/** Commands whose failure does not matter (or that end the script): not counted as work that fails silently. */
const NEUTRAL = new Set(['echo', 'printf', 'true', 'false', ':', 'export', 'local', 'declare', 'typeset', 'readonly', 'set', 'shift', 'exit', 'return', 'exec', 'unset', 'trap', 'sleep', 'wait', '[', '[[', 'test', 'read', 'shopt', 'umask', 'alias', 'type', 'hash', 'command', 'clear']);
/** `cmd || exit 1`, `|| die …`, `|| true`: a failure handled (or deliberately ignored) on the spot. */
const GUARD = /^(exit|return|true|:|die|fail|fatal|abort|err|error|panic|bail|usage)\w*$/i;
/** Variables the shell itself sets. */
const SHELL_SET = new Set(['HOME', 'PATH', 'PWD', 'OLDPWD', 'USER', 'UID', 'EUID', 'PPID', 'SHELL', 'IFS', 'RANDOM', 'LINENO', 'SECONDS', 'HOSTNAME', 'OSTYPE', 'OPTARG', 'OPTIND', 'REPLY', 'PIPESTATUS', 'FUNCNAME', 'BASH_SOURCE', 'BASH_REMATCH', 'BASH_VERSION', 'BASHPID', 'GROUPS', 'MACHTYPE', 'HOSTTYPE']);

type Opt = 'e' | 'u' | 'pipefail';
const LONG: Record<string, Opt> = { errexit: 'e', nounset: 'u', pipefail: 'pipefail' };
const LABEL: Record<Opt, string> = { e: 'set -e', u: 'set -u', pipefail: 'pipefail' };

export default defineRule({
  id: 'shell/missing-strict-mode',
  title: 'Shell script without strict mode',
  category: 'shell',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  scope: { kind: 'file', languages: ['bash'] },
  nonProduct: 'lower',
  messages: {
    missing: 'shell script without strict mode: missing {missing}',
  },
  docs: {
    what: 'A shell script file that never turns on `set -e` (stop on error), `set -u` (stop on unset variables) or `set -o pipefail` (a failing command in a pipeline fails the pipeline). The message names the ones that are missing.',
    why: 'Without strict mode a failed `cd`, `cp` or `curl` is ignored and the script carries on in the wrong directory or with a half-written file; an unset variable silently becomes an empty string; `mysqldump … | gzip > backup.gz` "succeeds" when the dump fails. The script exits 0 and cron, CI or the deploy pipeline reports success.',
    bad: { path: 'scripts/backup.sh', code: '#!/bin/bash\ncd "$BACKUP_DIR"\npg_dump app | gzip > app.sql.gz\n' },
    good: { path: 'scripts/backup.sh', code: '#!/bin/bash\nset -euo pipefail\ncd "$BACKUP_DIR"\npg_dump app | gzip > app.sql.gz\n' },
    fix: 'Add `set -euo pipefail` after the shebang (`set -eu` for POSIX `sh`). Where a command may fail on purpose, say so: `grep -q x file || true`.',
    falsePositives:
      'Any form counts: `set -e`/`-u`/`-o pipefail` and combinations (`set -Eeuo pipefail`, `set -o errexit -o nounset`), anywhere in the file, and flags on the shebang (`#!/bin/bash -e`). Each option is asked for only where it changes something: `pipefail` when the script has a pipeline (POSIX `sh` included: dash ≥ 0.5.11 and busybox ash support it; asked of `sh` at medium confidence), `-u` when it expands a variable it never assigns and gives no default (`${X:-…}`), outside tests (`[ -z "$X" ]` is how a script checks for one, and `-u` would break that check), `-e` when a command\'s failure is followed by more work in the same block (not when it is the last statement of its block, is tested by `if`/`while`, or is handled on the spot: `cmd || exit 1`, `|| { log; exit 1; }`, `|| die`, `|| true`; `echo`, `export`, `local` and other builtins that cannot meaningfully fail do not count, a write to a file does; nothing after a top-level `exec`/`exit` runs). Files with no shebang that only define functions and variables (sourced libraries), or that are sourced by their place (`profile.d/`, `bash_completion.d/`, `.bashrc`) or `return` at top level, inherit the caller\'s options (`set -e` there would change the caller\'s shell) and are skipped, as are files with a shebang made only of definitions (running them does nothing), libraries of functions (at least half their code lines inside functions, shebang or not) sourced by another repository script (strict mode is that entry script\'s to set, and it is reported there), and files that inherit the options across `source`: a file sourced (directly or through a chain of `source`) by a script that sets every option it lacks (`install.sh` with `set -euo pipefail` sourcing `install/*.sh` steps), and a script that sources a library setting them (`source "$(dirname "$0")/_lib.sh"` where `_lib.sh` has `set -euo pipefail`); a library that sets only some of them leaves the script reported. Sourced paths are read as written from the repository root and beside the sourcing file (`${REPO_ROOT}/utils/x.sh` as both); a path built only from a variable (`source "$f"`) is not followed. Also skipped: scripts that run a single command besides `cd`, `echo` and other builtins (`exec gunicorn …` wrappers, `cd app; gunicorn …` launchers) and shell embedded in CI YAML (the CI runner chooses the shell options).',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.25, perFile: 0, cap: 6, kind: 'mechanical', track: 'shell', dependsOn: ['shell/unsafe-rm'] },
  check(input) {
    if (input.embedded) return [];
    const root = input.root;
    if (!root) return [];
    const shebang = input.lines[0]?.startsWith('#!') ? input.lines[0] : '';
    const statements = root.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
    if (!shebang && (statements.every(isDefinition) || SOURCED_PATH.test(input.path) || returnsAtTopLevel(root))) return [];
    // With a shebang, a file that only defines functions and variables does nothing when run: it is sourced.
    if (shebang && statements.length && statements.every((s) => DEFINITION_KINDS.has(String(s.kind())))) return [];
    // A wrapper that runs one command (`exec gunicorn …`, `cd app && gunicorn …`) fails with that command's status anyway.
    // Every command in one walk, split by name (a walk each for the other, `set` and `source` commands cost
    // three full-tree traversals).
    const sets: SgNode[] = [];
    let sources = false;
    let work = 0;
    for (const c of candidates(input, ANY_COMMAND)) {
      const name = commandName(c);
      if (name === 'set') sets.push(c);
      else if (name === 'source' || name === '.') sources = true;
      // (Not one that sources other files: their commands run in it.)
      else if ((!NEUTRAL.has(name) && name !== 'cd') || writesFile(c)) work++;
    }
    if (work <= 1 && !sources) return [];

    const have = new Set<Opt>();
    const shebangFlags = /^#!\S*(?:\s+-S)?(?:\s+(?:env\s+)?\S*sh)?((?:\s+[-+][A-Za-z]+)*)\s*$/.exec(shebang)?.[1] ?? '';
    for (const f of shebangFlags.trim().split(/\s+/)) if (f.startsWith('-')) addShort(have, f);
    for (const cmd of sets) {
      const parts = cmd.children().filter((c) => c.isNamed());
      const args = parts.slice(1).map((p) => p.text());
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!/^-[A-Za-z]+$/.test(a)) continue;
        addShort(have, a);
        const oCount = [...a].filter((ch) => ch === 'o').length;
        for (let k = 1; k <= oCount && i + k < args.length; k++) {
          const long = LONG[args[i + k]];
          if (long) have.add(long);
        }
      }
    }
    const posix = /^#!.*\b(sh|dash|ash)\b/.test(shebang) && !/\b(ba|z|k)sh\b/.test(shebang);
    // Each option is asked for only where it changes something: `pipefail` when the script has a pipeline (dash
    // ≥ 0.5.11 and busybox ash have it too), `-u` when it expands a variable it never assigns (outside a test,
    // where `[ -z "$X" ]` is how a script checks for one), `-e` when a command's failure is followed by more work.
    const missing = (['e', 'u', 'pipefail'] as const).filter(
      (o) => !have.has(o) && (o === 'pipefail' ? !!root.find(PIPELINE) : o === 'u' ? expandsUnassigned(root) : failsSilently(root)),
    );
    if (!missing.length) return [];
    // The shebang line, or (no shebang) the first statement: where the `set` line belongs.
    const line = shebang ? 1 : fromSg(statements[0].range()).start.line;
    const text = input.lines[line - 1] ?? '';
    const draft: FindingDraft = {
      messageId: 'missing',
      data: { missing: missing.map((o) => LABEL[o]).join(', ') },
      range: { start: { line, column: 1 }, end: { line, column: Math.max(1, text.length) + 1 } },
      matched: 'missing-strict-mode',
      // Sourced by a script that sets them, or sourcing a library that does: decided by the scan.
      inheritsStrictMode: missing,
      // Older dash (< 0.5.11) lacks `pipefail`: a POSIX script asked for it is a medium-confidence finding.
      confidence: (missing.length === 1 && missing[0] === 'pipefail') || (posix && missing.includes('pipefail')) ? 'medium' : 'high',
      // Mostly function definitions: when another script sources it, strict mode is that entry script's to set.
      ...(isLibraryShaped(root, input.lines) ? { sourcedLibrary: true } : {}),
    };
    return [draft];
  },
});

/** `return` outside any function only works in a sourced file (`[ -n "$LOADED" ] && return`). */
function returnsAtTopLevel(root: SgNode): boolean {
  return root
    .findAll({ rule: { kind: 'command', has: { kind: 'command_name', regex: '^return$' } } })
    .some((c) => !c.ancestors().some((a) => a.kind() === 'function_definition'));
}

function addShort(have: Set<Opt>, flag: string): void {
  if (flag.includes('e')) have.add('e');
  if (flag.includes('u')) have.add('u');
}

function isDefinition(n: SgNode): boolean {
  if (DEFINITION_KINDS.has(String(n.kind()))) return true;
  return n.kind() === 'command' && SOURCING.has(commandName(n));
}

/** The `command_name` child, which tree-sitter-bash puts in the command's `name` field (one call, not a list of children). */
function commandName(n: SgNode): string {
  return n.field('name')?.text() ?? '';
}

/** The script expands a variable it never assigns, with no default (`${X:-…}`): what `set -u` would catch. */
function expandsUnassigned(root: SgNode): boolean {
  const used = new Set<string>();
  for (const e of root.findAll(EXPANSION)) {
    const m = /^\$\{?(#?)([A-Za-z_]\w*|\d+)(\[[^\]]*\])?(.?.?)/.exec(e.text().trim());
    if (!m || (e.kind() === 'expansion' && !m[1] && /^:?[-=?+]/.test(m[4]))) continue;
    if (!SHELL_SET.has(m[2]) && m[2] !== '0') used.add(m[2]);
  }
  if (!used.size) return false;
  const assigned = new Set<string>();
  for (const a of root.findAll(ASSIGNED)) {
    const k = a.kind();
    if (k === 'variable_assignment') assigned.add(/^[A-Za-z_]\w*/.exec(a.text())?.[0] ?? '');
    else if (k === 'for_statement') assigned.add(a.field('variable')?.text() ?? '');
    else if (k === 'declaration_command') {
      // `local X`, `declare -a X` declare it; `export X` / `readonly X` only mark one that may come from outside.
      if (/^(local|declare|typeset)\b/.test(a.text())) for (const c of a.children()) if (c.kind() === 'variable_name') assigned.add(c.text());
    } else for (const c of a.children()) if (c.kind() === 'word' && /^[A-Za-z_]\w*$/.test(c.text())) assigned.add(c.text());
  }
  return [...used].some((v) => !assigned.has(v));
}

/** Some command's failure is silently followed by the next statement of its block (what `set -e` stops). */
function failsSilently(root: SgNode): boolean {
  for (const block of [root, ...root.findAll(BLOCK)]) {
    const kind = block.kind();
    const body: SgNode[] = [];
    // if/elif/while conditions are tested, not run blind: only the statements after `then` count.
    let inBody = kind !== 'if_statement' && kind !== 'elif_clause';
    for (const c of block.children()) {
      if (!c.isNamed()) {
        if (c.text() === 'then') inBody = true;
        continue;
      }
      if (inBody && c.kind() !== 'comment' && !['elif_clause', 'else_clause', 'case_item'].includes(String(c.kind()))) body.push(c);
    }
    for (let i = 0; i < body.length - 1; i++) {
      const s = body[i].kind() === 'redirected_statement' ? (body[i].child(0) ?? body[i]) : body[i];
      // Nothing after a top-level `exec`/`exit` runs.
      if (s.kind() === 'command' && /^(exec|exit)$/.test(commandName(s))) break;
      if (fallible(s) || writesFile(s)) return true;
    }
  }
  return false;
}

/** `echo … >> settings.py`: a write to a file (not /dev/null or a descriptor) is work that can fail. */
function writesFile(cmd: SgNode): boolean {
  const parent = cmd.parent();
  if (parent?.kind() !== 'redirected_statement') return false;
  return parent.children().some((r) => r.kind() === 'file_redirect' && /^\d*>>?\s*[^&\s]/.test(r.text()) && !/\/dev\/(null|std\w+)\b/.test(r.text()));
}

function fallible(s: SgNode): boolean {
  const k = s.kind();
  if (k === 'pipeline') return true;
  if (k === 'command') {
    const name = commandName(s);
    return !!name && !NEUTRAL.has(name);
  }
  if (k === 'variable_assignment') return s.find({ rule: { kind: 'command_substitution' } }) !== null;
  if (k !== 'list') return false;
  // `a && b || exit 1`, `a || { log; exit 1; }`, `a || true`: handled on the spot.
  const kids = s.children();
  const op = [...kids].reverse().find((c) => !c.isNamed())?.text();
  const last = kids[kids.length - 1];
  if (op === '||') {
    if (last.kind() === 'command' && GUARD.test(commandName(last))) return false;
    if ((last.kind() === 'compound_statement' || last.kind() === 'subshell') && /\b(exit|return)\b/.test(last.text())) return false;
  }
  return true;
}

/** At least half of the file's code lines are function definitions (a library of helpers). */
function isLibraryShaped(root: SgNode, lines: readonly string[]): boolean {
  const code = lines.filter((l) => l.trim() && !l.trim().startsWith('#')).length;
  let inFunctions = 0;
  for (const c of root.children()) {
    if (c.kind() !== 'function_definition') continue;
    const r = c.range();
    for (let i = r.start.line; i <= r.end.line; i++) if (lines[i]?.trim() && !lines[i].trim().startsWith('#')) inFunctions++;
  }
  return inFunctions > 0 && inFunctions * 2 >= code;
}
