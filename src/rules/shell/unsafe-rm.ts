import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';

/** The text pre-filter, shared with the rule's candidate query (parse/candidates.ts). */
const PREFILTER = /\brm\b[^\n]*\s-/;

/** Commands that run their arguments as a command (`sudo rm -rf …`). */
const WRAPPERS = new Set(['sudo', 'doas', 'command', 'exec', 'nice', 'nohup', 'time']);
/** Argument node kinds that can hold a path. */
const ARG_KINDS = new Set(['word', 'string', 'raw_string', 'concatenation', 'simple_expansion', 'expansion', 'number']);
/** Variables that are never empty in a running shell. */
const ALWAYS_SET = new Set([
  '$', '!', '#', '?', '-', '0', 'HOME', 'PWD',
  // Set by the CI runner for every job.
  'GITHUB_WORKSPACE', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE', 'GITHUB_ACTION_PATH', 'CI_PROJECT_DIR', 'CI_BUILDS_DIR',
  'BITBUCKET_CLONE_DIR', 'CIRCLE_WORKING_DIRECTORY', 'BUILD_SOURCESDIRECTORY', 'AGENT_TEMPDIRECTORY',
]);
/** Set by Jenkins for every build; only in a Jenkinsfile's `sh` steps (elsewhere `WORKSPACE` is any name). */
const JENKINS_SET = new Set(['WORKSPACE', 'WORKSPACE_TMP', 'JENKINS_HOME']);
/** A variable expansion at the very start of a (de-quoted) argument. */
const LEADING_VAR = /^\$(?:\{(#?)([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-]))/;

interface Guards {
  /** variable name → lines where it is guarded (checked, `${V:?}`, assigned a non-empty value). */
  at: Map<string, number[]>;
}

export default defineRule({
  id: 'shell/unsafe-rm',
  title: 'rm -rf on a path built from a possibly empty variable',
  category: 'shell',
  status: 'stable',
  since: '0.1.0',
  severity: 'critical',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-73'],
  references: ['https://www.shellcheck.net/wiki/SC2115', 'https://github.com/ValveSoftware/steam-for-linux/issues/3671'],
  scope: { kind: 'file', languages: ['bash'] },
  prefilter: PREFILTER,
  nonProduct: 'lower',
  messages: {
    unguarded: 'rm -rf on "{path}" with no unset guard',
  },
  docs: {
    what: 'A recursive, forced `rm` (`rm -rf`, `rm -fr`, `rm -r -f`, `rm --recursive --force`) whose path starts with a shell variable that is never checked: no `${VAR:?}`, no earlier `[ -n "$VAR" ]`/`[ -z "$VAR" ] && exit`/`[ -d "$VAR" ]` test, no earlier assignment of a non-empty value.',
    why: 'When the variable is empty or unset, `rm -rf "$DIR/"*` becomes `rm -rf /*` and `rm -rf $TMP/build` becomes `rm -rf /build`: one typo, a missing environment variable in cron or a failed `cd` deletes the host (Steam for Linux shipped exactly this bug). `set -u` does not help: it stops on unset variables, not on variables set to an empty string.',
    bad: { path: 'deploy.sh', code: '#!/bin/bash\nset -euo pipefail\nrm -rf "$RELEASE_DIR/"*\ncp -r build/* "$RELEASE_DIR/"\n' },
    good: { path: 'deploy.sh', code: '#!/bin/bash\nset -euo pipefail\nrm -rf "${RELEASE_DIR:?}/"*\ncp -r build/* "$RELEASE_DIR/"\n' },
    fix: 'Write the variable as `${VAR:?}` inside the rm (`rm -rf "${RELEASE_DIR:?}/"*`), or check it first (`: "${RELEASE_DIR:?must be set}"` or `[ -n "$RELEASE_DIR" ] || exit 1`). Prefer deleting a directory you created (`mktemp -d`) over globbing inside a configurable one.',
    falsePositives:
      'Only paths that START with a variable are reported (`/srv/$APP/cache` becomes `/srv//cache` when empty, which is not the root). A variable assigned a literal non-empty value, a default (`${X:-/tmp}`) or `$(mktemp …)` earlier in the file, a `for` loop variable, `$HOME`/`$PWD`, the CI runner\'s own directories (`$GITHUB_WORKSPACE`, `$RUNNER_TEMP`, `$CI_PROJECT_DIR`, `$WORKSPACE` in a Jenkinsfile …) and special parameters (`$$`) count as set. Any earlier test that names the variable (`[ -d "$DIR" ]`, `[[ -n $DIR ]]`) counts as a check, even when its outcome is not enforced. `rm -f "$FILE"` (not recursive) and `rm -r` without `-f` are not reported. An argument that is only the variable (`rm -rf "$DIR"`) is reported with medium confidence: empty it deletes nothing, but an unchecked value is still deleted recursively.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.25, cap: 8, kind: 'mechanical', track: 'shell' },
  check(input) {
    const root = input.root;
    if (!root) return [];
    // Guards are collected only once a candidate needs them (most files have no unguarded-looking rm -rf).
    let guards: Guards | undefined;
    const jenkins = input.embedded?.host === 'ci-jenkins';
    const out: FindingDraft[] = [];
    for (const cmd of candidates(input, RM_CANDIDATE)) {
      if (!RM_WORD.test(cmd.text())) continue;
      const rest = rmArgs(cmd);
      if (!rest) continue;
      let recursive = false;
      let force = false;
      const paths: SgNode[] = [];
      let endOfFlags = false;
      for (const a of rest) {
        const t = a.text();
        if (!endOfFlags && t === '--') {
          endOfFlags = true;
          continue;
        }
        if (!endOfFlags && a.kind() === 'word' && t.startsWith('--')) {
          if (t === '--recursive') recursive = true;
          if (t === '--force') force = true;
          continue;
        }
        if (!endOfFlags && a.kind() === 'word' && /^-[A-Za-z]+$/.test(t)) {
          if (/[rR]/.test(t)) recursive = true;
          if (t.includes('f')) force = true;
          continue;
        }
        paths.push(a);
      }
      if (!recursive || !force) continue;
      const line = fromSg(cmd.range()).start.line;
      for (const p of paths) {
        if (p.kind() === 'raw_string' || p.kind() === 'number') continue;
        const plain = p.text().replace(/"/g, '');
        const m = LEADING_VAR.exec(plain);
        if (!m) continue;
        const [whole, lengthOp, bracedName, op, bareName] = m;
        const name = bracedName ?? bareName;
        if (lengthOp) continue;
        if (ALWAYS_SET.has(name) || (jenkins && JENKINS_SET.has(name))) continue;
        if (op && /^(:?\?|:[-=]\S)/.test(op)) continue; // ${V:?} ${V?} ${V:-default} ${V:=default}
        if (isGuarded((guards ??= collectGuards(root)), name, line)) continue;
        const tail = plain.slice(whole.length);
        const display = plain.replace(/\*+$/, '');
        const r = fromSg(p.range());
        out.push({
          messageId: 'unguarded',
          data: { path: display },
          range: r,
          matched: `rm -rf ${plain}`,
          confidence: tail.length > 0 ? 'high' : 'medium',
        });
      }
    }
    return out;
  },
});

/*
 * Matched natively (ast-grep, in Rust) so only candidates cross into JS; each accepts a superset of what the
 * JS code after it accepts. `rm` (or `/bin/rm`, after wrappers) must appear as a word of the command.
 */
const RM_CANDIDATE = candidateQuery(['bash'], { kind: 'command', regex: '\\brm\\b' }, { when: PREFILTER });
/**
 * Drops, with one crossing, the other rules' commands the shared walk hands over: JS `\b` (ASCII word
 * characters) finds a boundary wherever the native Unicode `\b` does, so every native match passes.
 */
const RM_WORD = /\brm\b/;
/** A command named `test` or `[` (anywhere among its children, as `collectGuards` reads it). */
const TEST_COMMAND = { rule: { kind: 'command', has: { kind: 'command_name', regex: '^(test|\\[)$' } } };

/** The arguments of `rm …` or `sudo rm …`, or null for other commands. */
function rmArgs(cmd: SgNode): SgNode[] | null {
  const named = cmd.children().filter((c) => c.isNamed());
  const nameNode = named.find((c) => c.kind() === 'command_name');
  if (!nameNode) return null;
  const words = [nameNode, ...named.filter((c) => c !== nameNode && ARG_KINDS.has(String(c.kind())))];
  let i = 0;
  while (i < words.length && WRAPPERS.has(words[i].text())) {
    i++;
    while (i < words.length && words[i].text().startsWith('-')) i++; // sudo -u x: flags only, good enough
  }
  const first = words[i];
  if (!first) return null;
  const base = first.text().replace(/^.*\//, ''); // /bin/rm
  if (base !== 'rm') return null;
  return words.slice(i + 1);
}

function addGuard(g: Guards, name: string, line: number): void {
  const list = g.at.get(name);
  if (list) list.push(line);
  else g.at.set(name, [line]);
}

function isGuarded(g: Guards, name: string, line: number): boolean {
  const positional = /^[0-9@*]+$/.test(name);
  const lines = [...(g.at.get(name) ?? []), ...(positional ? (g.at.get('#') ?? []) : [])];
  return lines.some((l) => l <= line);
}

const CHECK_REF = /\$\{?#?([A-Za-z_][A-Za-z0-9_]*|[0-9]+|#)/g;

/** Every place a variable is proven non-empty or checked: tests, `${V:?}`, non-empty assignments, loops. */
const GUARD_NODES = {
  rule: { any: [{ kind: 'test_command' }, TEST_COMMAND.rule, { kind: 'expansion' }, { kind: 'variable_assignment' }, { kind: 'for_statement' }] },
};

function collectGuards(root: SgNode): Guards {
  const g: Guards = { at: new Map() };
  // One walk for the five kinds of guard (each a walk of its own cost a full-tree traversal per kind).
  for (const n of root.findAll(GUARD_NODES)) {
    const kind = n.kind();
    if (kind === 'test_command') {
      // Tests that name the variable: [ -n "$V" ], [[ -z $V ]], [ -d "$V" ], test -n "$V", [ $# -lt 1 ].
      const line = fromSg(n.range()).start.line;
      for (const m of n.text().matchAll(CHECK_REF)) addGuard(g, m[1], line);
    } else if (kind === 'command') {
      const name = n.children().find((x) => x.kind() === 'command_name')?.text();
      if (name === 'test' || name === '[') {
        const line = fromSg(n.range()).start.line;
        for (const m of n.text().matchAll(CHECK_REF)) addGuard(g, m[1], line);
      }
    } else if (kind === 'expansion') {
      // ${V:?} / ${V?} anywhere (`: "${V:?}"`, or inside an earlier command).
      const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*|[0-9]+)(:?\?)/.exec(n.text());
      if (m) addGuard(g, m[1], fromSg(n.range()).start.line);
    } else if (kind === 'variable_assignment') {
      // Assignments of a value that cannot be empty: a literal, a literal-prefixed path, a default, mktemp.
      const nameNode = n.children().find((x) => x.kind() === 'variable_name');
      if (!nameNode) continue;
      const text = n.text();
      const value = text.slice(text.indexOf('=') + 1);
      if (nonEmptyValue(value)) addGuard(g, nameNode.text(), fromSg(n.range()).start.line);
    } else if (kind === 'for_statement') {
      // for V in …: a loop variable only takes the words of the list.
      const v = n.children().find((x) => x.kind() === 'variable_name');
      if (v) addGuard(g, v.text(), fromSg(n.range()).start.line);
    }
  }
  return g;
}

function nonEmptyValue(raw: string): boolean {
  const v = raw.trim();
  if (!v || v === '""' || v === "''") return false;
  if (/^"?\$\(\s*mktemp\b/.test(v)) return true;
  if (/^"?\$\{[A-Za-z_0-9]+:[-=?][^}]/.test(v)) return true;
  // Remove expansions and command substitutions: whatever literal text remains makes the value non-empty.
  const literal = v
    .replace(/\$\([^)]*\)/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/\$\{[^}]*\}/g, '')
    .replace(/\$[A-Za-z_0-9@*#?$!-]+/g, '')
    .replace(/["']/g, '')
    .trim();
  return literal.length > 0;
}
