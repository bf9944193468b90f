import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
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

/*
 * Commands are selected natively (ast-grep, in Rust) by their name, so only those cross into JS: `set`
 * commands, and the commands that are neither `set` nor a sourcing (`isDefinition` for a command).
 */
const SET_COMMAND = { rule: { kind: 'command', has: { kind: 'command_name', regex: '^set$' } } };
const OTHER_COMMAND = { rule: { kind: 'command', not: { has: { kind: 'command_name', regex: '^(set|source|\\.)$' } } } };

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
      'Any form counts: `set -e`/`-u`/`-o pipefail` and combinations (`set -Eeuo pipefail`, `set -o errexit -o nounset`), anywhere in the file, and flags on the shebang (`#!/bin/bash -e`). POSIX `sh`/`dash` scripts (shebang `/bin/sh`, `dash`) are not asked for `pipefail`, which older shells lack. Files with no shebang that only define functions and variables (sourced libraries), or that are sourced by their place (`profile.d/`, `bash_completion.d/`, `.bashrc`) or `return` at top level, inherit the caller\'s options (`set -e` there would change the caller\'s shell) and are skipped, as are files that inherit the options across `source`: a file sourced (directly or through a chain of `source`) by a script that sets every option it lacks (`install.sh` with `set -euo pipefail` sourcing `install/*.sh` steps), and a script that sources a library setting them (`source "$(dirname "$0")/_lib.sh"` where `_lib.sh` has `set -euo pipefail`); a library that sets only some of them leaves the script reported. Sourced paths are read as written from the repository root and beside the sourcing file; a path built from a variable (`source "$f"`) is not followed. Also skipped: scripts that run a single command (`exec gunicorn …` wrappers) and shell embedded in CI YAML (the CI runner chooses the shell options).',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.25, perFile: 0, cap: 6, kind: 'mechanical', track: 'shell', dependsOn: ['shell/unsafe-rm'] },
  check(input) {
    if (input.embedded) return [];
    const root = input.root;
    if (!root) return [];
    const shebang = input.lines[0]?.startsWith('#!') ? input.lines[0] : '';
    const statements = root.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
    if (!shebang && (statements.every(isDefinition) || SOURCED_PATH.test(input.path) || returnsAtTopLevel(root))) return [];
    // A wrapper that runs one command (`exec gunicorn …`) fails with that command's status anyway.
    const commands = root.findAll(OTHER_COMMAND);
    if (commands.length <= 1) return [];

    const have = new Set<Opt>();
    const shebangFlags = /^#!\S*(?:\s+-S)?(?:\s+(?:env\s+)?\S*sh)?((?:\s+[-+][A-Za-z]+)*)\s*$/.exec(shebang)?.[1] ?? '';
    for (const f of shebangFlags.trim().split(/\s+/)) if (f.startsWith('-')) addShort(have, f);
    for (const cmd of root.findAll(SET_COMMAND)) {
      const parts = cmd.children().filter((c) => c.isNamed());
      if (commandName(cmd) !== 'set') continue;
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
    const wanted: Opt[] = posix ? ['e', 'u'] : ['e', 'u', 'pipefail'];
    const missing = wanted.filter((o) => !have.has(o));
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
      confidence: missing.length === 1 && missing[0] === 'pipefail' ? 'medium' : 'high',
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

function commandName(n: SgNode): string {
  return n.children().find((c) => c.kind() === 'command_name')?.text() ?? '';
}
