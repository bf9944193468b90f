import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';

/** The text pre-filter, shared with the rule's candidate queries (parse/candidates.ts). */
const PREFILTER = /lock|pid|mutex|running|progress/i;

/** Names that say "this file is a lock / pid / in-progress marker". */
const LOCK_NAME = /lock|\.pid\b|pid_?file|mutex|\.running\b|in_?progress/i;
/** Existence tests: `-f`, `-e`, `-a`, `-s`, `-L`, `-h`. */
const EXISTS_OP = /^-[feasLh]$/;
/** Commands that create a file named by their argument. */
const CREATORS = new Set(['touch']);
/** Atomic locking already used in the file: nothing to report. */
const ATOMIC = /\bflock\b|\bset\s+(-[A-Za-z]*C[A-Za-z]*|-o\s+noclobber)\b|\blockfile\b\s+-|\bshlock\b|\bmkdir\s+(?!-p\b)[^|;&\n]*\|\|\s*(\{[^}\n]*)?\b(exit|return)\b|\bif\s+!\s+mkdir\s+(?!-p\b)/;

/*
 * Candidate nodes are matched natively (ast-grep, in Rust), so only they cross into JS; each native rule
 * accepts a superset of what the JS code after it accepts, which still decides.
 */
/** A unary test whose operator is an existence test. */
const UNARY_EXISTS = candidateQuery(['bash'], { kind: 'unary_expression', has: { kind: 'test_operator', regex: EXISTS_OP.source } }, { when: PREFILTER });
/** `test …` / `[ … ]` parsed as a plain command: the command name is its first named child. */
const TEST_COMMAND = candidateQuery(['bash'], { kind: 'command', has: { kind: 'command_name', nthChild: 1, regex: '^(test|\\[)$' } }, { when: PREFILTER });
/** A redirection whose operator creates or truncates a file. */
const CREATING_REDIRECT = candidateQuery(['bash'], { kind: 'file_redirect', has: { regex: '^(>|>>|>\\||&>)$' } }, { when: PREFILTER });
/** A command named by one of CREATORS (first named child). */
const CREATOR_COMMAND = candidateQuery(['bash'], { kind: 'command', has: { kind: 'command_name', nthChild: 1, regex: `^(${[...CREATORS].join('|')})$` } }, { when: PREFILTER });

interface Check {
  node: SgNode;
  path: string;
  op: string;
  line: number;
}

export default defineRule({
  id: 'shell/lockfile-race',
  title: 'Lock file checked then created (race)',
  category: 'shell',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-367'],
  references: ['https://mywiki.wooledge.org/BashFAQ/045', 'https://man7.org/linux/man-pages/man1/flock.1.html'],
  scope: { kind: 'file', languages: ['bash'] },
  prefilter: PREFILTER,
  nonProduct: 'lower',
  messages: {
    race: 'lock file "{path}" is checked with [ {op} ] and then created with {create}: two runs can both pass the check',
  },
  docs: {
    what: 'A script that tests whether a lock (or pid / "running") file exists and then creates it in a separate step — `[ -f "$LOCK" ] && exit; touch "$LOCK"` or `echo $$ > "$LOCK"` — instead of taking the lock atomically.',
    why: 'Between the test and the creation another copy of the script (the next cron run, a retried job, a second operator) can pass the same test: both run at once, and the jobs the lock was meant to serialise (backups, deploys, model training, database migrations) corrupt each other. A crash also leaves the file behind, blocking every later run.',
    bad: { path: 'cron/train.sh', code: '#!/bin/bash\nset -euo pipefail\nLOCK=/tmp/train.lock\nif [ -f "$LOCK" ]; then\n  exit 0\nfi\ntouch "$LOCK"\ntrap \'rm -f "$LOCK"\' EXIT\npython train.py\n' },
    good: { path: 'cron/train.sh', code: '#!/bin/bash\nset -euo pipefail\nexec 9>/tmp/train.lock\nflock -n 9 || exit 0\npython train.py\n' },
    fix: 'Use `flock` (`exec 9>"$LOCK"; flock -n 9 || exit 0`, or `flock -n /tmp/x.lock cmd` in the crontab), or an atomic `mkdir "$LOCKDIR"` (fails if it exists), or `set -o noclobber` before `echo $$ > "$LOCK"`. Release with a `trap … EXIT`.',
    falsePositives:
      'Reported only when the same path is tested (`-f`/`-e`/`-s`/`-a`/`-L`) and later created by `touch`, `>`/`>>` redirection, and the path looks like a lock (`lock`, `.pid`, `pidfile`, `mutex`, `.running`, `in_progress`) or the test leads to `exit` when the file exists (`[ -f x ] && exit`, `[ ! -f x ] || exit`) or is a `while` wait loop; a test that bails out when the file is missing (`if [ ! -e "$KEYRING" ]; then return; fi`) is about an input file, not a lock. Files that use `flock`, `set -o noclobber`/`set -C`, `lockfile -r`, `shlock` or an atomic `mkdir` lock (`mkdir "$LOCKDIR" || exit`, `if ! mkdir …`: a pid file written after it is not the lock) are skipped, as are `mkdir` locks and checks on one file followed by the creation of another.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.5, perFile: 0.25, cap: 8, kind: 'refactor', track: 'shell' },
  check(input) {
    const root = input.root;
    if (!root) return [];
    if (ATOMIC.test(input.source)) return [];
    const checks = existenceChecks(input);
    if (!checks.length) return [];
    const creations = fileCreations(input);
    let values: Map<string, string> | undefined;
    const out: FindingDraft[] = [];
    const reported = new Set<string>();
    for (const c of checks) {
      if (reported.has(c.path)) continue;
      const create = creations.find((k) => k.path === c.path && k.line >= c.line);
      if (!create) continue;
      values ??= assignedValues(root);
      const vals = values;
      const resolved = c.path.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (w, name: string) => vals.get(name) ?? w);
      if (!LOCK_NAME.test(resolved) && !leadsToExit(c.node)) continue;
      reported.add(c.path);
      out.push({
        messageId: 'race',
        data: { path: c.path, op: c.op, create: create.how },
        range: fromSg(c.node.range()),
        matched: `lock ${c.path}`,
      });
    }
    return out;
  },
});

/** Normalises a path word: no quotes, `${X}` → `$X`. */
function normPath(text: string): string {
  return text.replace(/["']/g, '').replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1');
}

function existenceChecks(input: FileInput): Check[] {
  const out: Check[] = [];
  const seen = new Set<number>();
  const push = (node: SgNode, op: string, operand: string) => {
    const line = fromSg(node.range()).start.line;
    const key = node.range().start.index;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ node, path: normPath(operand), op, line });
  };
  for (const u of candidates(input, UNARY_EXISTS)) {
    const op = u.children().find((c) => c.kind() === 'test_operator')?.text() ?? '';
    if (!EXISTS_OP.test(op)) continue;
    const operand = u.children().filter((c) => c.isNamed() && c.kind() !== 'test_operator')[0];
    if (!operand) continue;
    const test = u.ancestors().find((a) => a.kind() === 'test_command') ?? u;
    push(test, op, operand.text());
  }
  // `test -f x` and `[ -f x ]` parsed as plain commands.
  for (const c of candidates(input, TEST_COMMAND)) {
    // The shared walk also hands over other rules' commands: an accepted one has `test` or `[` in its text.
    const text = c.text();
    if (!text.includes('test') && !text.includes('[')) continue;
    const parts = c.children().filter((x) => x.isNamed());
    const name = parts[0]?.kind() === 'command_name' ? parts[0].text() : '';
    if (name !== 'test' && name !== '[') continue;
    const words = parts.slice(1).map((p) => p.text());
    const i = words.findIndex((w) => EXISTS_OP.test(w));
    if (i >= 0 && words[i + 1]) push(c, words[i], words[i + 1]);
  }
  return out;
}

interface Creation {
  path: string;
  line: number;
  how: string;
}

function fileCreations(input: FileInput): Creation[] {
  const out: Creation[] = [];
  for (const r of candidates(input, CREATING_REDIRECT)) {
    const op = r.children().find((c) => !c.isNamed())?.text() ?? '';
    if (op !== '>' && op !== '>>' && op !== '>|' && op !== '&>') continue;
    const target = r.children().filter((c) => c.isNamed()).pop();
    if (!target || /^\d+$/.test(target.text())) continue;
    out.push({ path: normPath(target.text()), line: fromSg(r.range()).start.line, how: `${op} redirection` });
  }
  for (const c of candidates(input, CREATOR_COMMAND)) {
    // Other rules' commands (shared walk): an accepted one names a creator in its text.
    const text = c.text();
    if (![...CREATORS].some((k) => text.includes(k))) continue;
    const parts = c.children().filter((x) => x.isNamed());
    const name = parts[0]?.kind() === 'command_name' ? parts[0].text() : '';
    if (!CREATORS.has(name)) continue;
    for (const p of parts.slice(1)) {
      if (p.text().startsWith('-')) continue;
      out.push({ path: normPath(p.text()), line: fromSg(c.range()).start.line, how: name });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** `NAME=value` assignments (last one wins): lets `$MARKER` resolve to `/tmp/x.in_progress`. */
function assignedValues(root: SgNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of root.findAll({ rule: { kind: 'variable_assignment' } })) {
    const name = a.children().find((c) => c.kind() === 'variable_name')?.text();
    if (name) out.set(name, normPath(a.text().slice(a.text().indexOf('=') + 1)));
  }
  return out;
}

/**
 * The test stops the script when the file EXISTS: `[ -f x ] && exit`, `[ ! -f x ] || exit`, `if [ -f x ]; then … exit; fi`,
 * `if [ ! -f x ]; then …; else exit; fi`, or a `while [ -f x ]` wait. `if [ ! -e x ]; then return; fi` bails out when the
 * file is missing: the file is an input, not a lock.
 */
function leadsToExit(test: SgNode): boolean {
  let node = test;
  let negated = /^(\[\[?|test)\s+!\s/.test(test.text());
  let parent = node.parent();
  if (parent?.kind() === 'negated_command') {
    negated = !negated;
    node = parent;
    parent = node.parent();
  }
  if (!parent) return false;
  const k = parent.kind();
  const exits = (t: string) => /\b(exit|return)\b/.test(t);
  if (k === 'while_statement') return !negated; // waiting for the file to go away, then taking it
  if (k === 'list') {
    const op = parent.children().find((c) => !c.isNamed() && (c.text() === '&&' || c.text() === '||'))?.text();
    return exits(parent.text()) && (op === '||' ? negated : !negated);
  }
  if (k === 'if_statement') {
    const branches = parent.children().filter((c) => c.isNamed() && c.range().start.index !== node.range().start.index);
    const thenText = branches.filter((c) => c.kind() !== 'elif_clause' && c.kind() !== 'else_clause').map((c) => c.text()).join('\n');
    const elseText = branches.filter((c) => c.kind() === 'elif_clause' || c.kind() === 'else_clause').map((c) => c.text()).join('\n');
    return negated ? exits(elseText) : exits(thenText);
  }
  return false;
}
