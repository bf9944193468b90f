import type { SgNode } from '@ast-grep/napi';
import { reEscape } from '../regex.js';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg, lineRange } from '../../parse/position.js';
import type { FileInput, FindingDraft, Range } from '../types.js';
import { dockerInstructions, locateInInstruction } from './_infra.js';

/** Commands whose output is a database dump. */
/** The text pre-filter, shared with the rule's candidate queries (parse/candidates.ts). */
const PREFILTER = /chmod|umask|pg_dump|mysqldump|mariadb-dump|mongodump|mongoexport|influxd|sqlite3|\btar\b|mkdir|install|\bcp\b/;
const DUMP_CMDS = new Set(['pg_dump', 'pg_dumpall', 'mysqldump', 'mariadb-dump', 'mongodump', 'mongoexport', 'influxd-backup']);
/** Pipelines that encrypt the dump before it reaches the disk. */
const ENCRYPTS = new Set(['gpg', 'gpg2', 'age', 'openssl']);
const BACKUP_NAME = /backup|dump|\.bak\b|snapshot|\.sql\b/i;

/** `777`, `0777`, `0o666`, `2777` … : world-writable (the sticky-bit `1777` of shared tmp dirs is not reported). */
export function octalWorldWritable(mode: string): boolean {
  const m = /^(?:0o|0)?([0-7]{3,4})$/i.exec(mode.trim());
  if (!m) return false;
  const digits = m[1];
  if (digits.length === 4 && Number(digits[0]) & 1) return false;
  return (Number(digits[digits.length - 1]) & 2) !== 0;
}

/** Symbolic `a+rwx`, `o+w`, `ugo=rwx`: gives write to others. */
function symbolicWorldWritable(mode: string): boolean {
  return mode.split(',').some((c) => {
    const m = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(c);
    return !!m && /[oa]/.test(m[1]) && m[3].includes('w');
  });
}

export function worldWritable(mode: string): boolean {
  return octalWorldWritable(mode) || symbolicWorldWritable(mode);
}

/** `600`, `0400`, `640`, `700`, `go-rwx`, `o-r`, `u=rw,go=`: others cannot read. */
function restrictive(mode: string): boolean {
  const m = /^(?:0o|0)?([0-7]{3,4})$/i.exec(mode.trim());
  if (m) return Number(m[1][m[1].length - 1]) === 0;
  return mode.split(',').some((c) => {
    const s = /^([ugoa]*)([-=])([rwxXst]*)$/.exec(c);
    return !!s && /[oa]/.test(s[1]) && (s[2] === '-' ? s[3].includes('r') : !s[3].includes('r'));
  });
}

function umaskRestrictive(v: string): boolean {
  const m = /^0*([0-7]{1,4})$/.exec(v);
  if (m) return (Number(m[1][m[1].length - 1]) & 4) !== 0;
  return /(^|,)[ugo]*o[ugo]*=(,|$)/.test(v) || /(^|,)a?=?u=[rwx]*,g=[rwx]*,o=$/.test(v);
}

function unq(s: string): string {
  return s.replace(/^(['"])(.*)\1$/s, '$2');
}

/** Command name and arguments, looking through `sudo`/`doas` (and their flags). */
function effective(cmd: SgNode): { name: string; args: SgNode[] } {
  let name = cmd.field('name')?.text() ?? '';
  let args = cmd.children().filter((c) => {
    const k = c.kind();
    return k !== 'command_name' && k !== 'comment' && c.isNamed();
  });
  if (name === 'sudo' || name === 'doas') {
    const i = args.findIndex((a) => !a.text().startsWith('-'));
    name = i >= 0 ? args[i].text() : '';
    args = i >= 0 ? args.slice(i + 1) : [];
  }
  return { name, args };
}

function cmdName(cmd: SgNode): string {
  return effective(cmd).name;
}

/** A command as the loops below read it: effective name, arguments and their unquoted words, read once. */
interface ShellCommand {
  node: SgNode;
  name: string;
  args: SgNode[];
  words: string[];
}

function readCommand(node: SgNode): ShellCommand {
  const { name, args } = effective(node);
  return { node, name, args, words: args.map((a) => unq(a.text())) };
}

function oneLine(r: Range): Range {
  return r.end.line === r.start.line ? r : { start: r.start, end: { line: r.start.line, column: r.start.column + 1 } };
}

/** Mode and targets of a `chmod` (or `mkdir -m`/`install -m`) command. */
function modeOf(cmd: ShellCommand): { mode: string; modeNode: SgNode; targets: string[] } | undefined {
  const { name, args, words } = cmd;
  if (name === 'chmod') {
    const idx = words.findIndex((w) => !w.startsWith('-') || /^-[rwxXst]+$/.test(w));
    if (idx < 0) return undefined;
    return { mode: words[idx], modeNode: args[idx], targets: words.slice(idx + 1).filter((w) => !w.startsWith('-')) };
  }
  if (name === 'mkdir' || name === 'install') {
    const i = words.findIndex((w) => w === '-m' || w === '--mode' || w.startsWith('--mode=') || /^-m\d+$/.test(w));
    if (i < 0) return undefined;
    const w = words[i];
    const mode = w.startsWith('--mode=') ? w.slice(7) : /^-m\d+$/.test(w) ? w.slice(2) : words[i + 1];
    if (!mode) return undefined;
    const skip = w === '-m' || w === '--mode' ? i + 1 : i;
    return { mode, modeNode: args[i], targets: words.filter((x, j) => j > skip && !x.startsWith('-')) };
  }
  return undefined;
}

interface DumpWrite {
  tool: string;
  file: string;
  node: SgNode;
}

function covers(target: string, file0: string): boolean {
  const file = file0.replace(/["']/g, '');
  const t = target.replace(/["']/g, '').replace(/\/+$/, '');
  if (!t) return false;
  if (t === file) return true;
  if (file.startsWith(`${t}/`)) return true;
  const star = t.indexOf('*');
  if (star >= 0) return file.startsWith(t.slice(0, star));
  return false;
}

/*
 * Matched natively (ast-grep, in Rust) so only candidates cross into JS; the JS code still decides. Every
 * command the loops below act on has its (effective, after sudo/doas) name in its text; every dump
 * redirection names a dump tool or sqlite3.
 */
const SHELL_COMMAND_NAMES = 'umask|chmod|mkdir|install|pg_dump|mysqldump|mariadb-dump|mongodump|tar|tee|sqlite3|cp';
/** A database file copied as a backup (`cp app.db /backups/`): SQLite files and dumps. */
const DB_FILE = /\.(db|sqlite|sqlite3|db3|sql|dump)(["']?)$/i;
const SHELL_COMMANDS = candidateQuery(['bash'], { kind: 'command', regex: SHELL_COMMAND_NAMES }, { when: PREFILTER });
/**
 * The shared walk also hands over other rules' commands; the rule's loops depend on the exact list (umask
 * position, guards), so it is cut back to the query's own matches: an alternation of ASCII literals matches
 * the same texts in JS as in ast-grep's regex engine.
 */
const SHELL_COMMAND_TEXT = new RegExp(SHELL_COMMAND_NAMES);
const DUMP_STATEMENTS = candidateQuery(
  ['bash'],
  { kind: 'redirected_statement', regex: [...DUMP_CMDS, 'sqlite3'].map(reEscape).join('|') },
  { when: PREFILTER },
);

function shellDrafts(input: FileInput): FindingDraft[] {
  const root = input.root;
  if (!root) return [];
  const out: FindingDraft[] = [];
  const commands = candidates(input, SHELL_COMMANDS)
    .filter((c) => SHELL_COMMAND_TEXT.test(c.text()))
    .map(readCommand);
  let umaskLine = Infinity;
  // `creates`: `install -m 600 /dev/null "$OUT"` creates the file with that mode, so a later `>`/`>>` keeps it.
  const guards: Array<{ line: number; targets: string[]; dirOnly: boolean; creates: boolean }> = [];
  for (const sc of commands) {
    const { node: cmd, name } = sc;
    if (name === 'umask') {
      const v = sc.words.find((w) => !w.startsWith('-'));
      if (v && umaskRestrictive(v)) umaskLine = Math.min(umaskLine, cmd.range().start.line + 1);
      continue;
    }
    const mo = modeOf(sc);
    if (!mo) continue;
    if (worldWritable(mo.mode)) {
      const target = mo.targets.join(' ') || '(no path)';
      out.push({
        messageId: 'worldWritable',
        data: { cmd: name, mode: mo.mode, path: target },
        range: oneLine(fromSg(cmd.range())),
        matched: `${name} ${mo.mode} ${target}`,
      });
    } else if (restrictive(mo.mode)) {
      guards.push({ line: cmd.range().start.line + 1, targets: mo.targets, dirOnly: name !== 'chmod', creates: name === 'install' });
    }
  }

  const writes: DumpWrite[] = [];
  for (const stmt of candidates(input, DUMP_STATEMENTS)) {
    const body = stmt.children().find((c) => c.isNamed() && c.kind() !== 'file_redirect' && c.kind() !== 'heredoc_redirect' && c.kind() !== 'herestring_redirect');
    if (!body) continue;
    const inner = body.kind() === 'command' ? [body] : body.findAll({ rule: { kind: 'command' } });
    const names = inner.map(cmdName);
    const tool = names.find((n) => DUMP_CMDS.has(n)) ?? (names.includes('sqlite3') && /\.dump\b/.test(body.text()) ? 'sqlite3 .dump' : undefined);
    if (!tool || names.some((n) => ENCRYPTS.has(n))) continue;
    for (const r of stmt.children().filter((c) => c.kind() === 'file_redirect')) {
      const fd = r.children().find((c) => c.kind() === 'file_descriptor')?.text();
      if (fd && fd !== '1') continue;
      const op = r.children().find((c) => !c.isNamed())?.text() ?? '';
      if (!/^(>|>>|&>|&>>|>\|)$/.test(op)) continue;
      const dest = r.children().filter((c) => c.isNamed() && c.kind() !== 'file_descriptor').pop();
      const file = dest ? unq(dest.text()) : '';
      if (!file || file === '/dev/null' || file.startsWith('&')) continue;
      writes.push({ tool, file, node: stmt });
    }
  }
  for (const { node: cmd, name, words } of commands) {
    let file: string | undefined;
    if (name === 'pg_dump' || name === 'pg_dumpall') file = flagValue(words, ['-f', '--file']);
    else if (name === 'mysqldump' || name === 'mariadb-dump') file = flagValue(words, ['-r', '--result-file']);
    else if (name === 'mongodump') file = flagValue(words, ['--archive', '-o', '--out']);
    else if (name === 'tar') {
      const first = words[0] ?? '';
      const create = /^-?[a-zA-Z]*c[a-zA-Z]*$/.test(first) || words.includes('--create') || words.includes('-c');
      if (create) {
        const bundled = /^-?[a-zA-Z]*f$/.test(first) ? words[1] : undefined;
        const f = bundled ?? flagValue(words, ['-f', '--file']);
        if (f && f !== '-' && words.some((w) => BACKUP_NAME.test(w))) file = f;
      }
    } else if (name === 'sqlite3') {
      // `sqlite3 app.db ".backup '/var/backups/app.db'"` / `.backup main FILE`: SQLite writes the copy itself.
      const dot = words.find((w) => /^\.backup\s/.test(w.trim()));
      const parts = dot?.trim().split(/\s+/).slice(1) ?? [];
      file = parts.length ? unq(parts[parts.length - 1]) : undefined;
      if (file) writes.push({ tool: 'sqlite3 .backup', file, node: cmd });
      continue;
    } else if (name === 'cp') {
      // `cp app.db /var/backups/app-$(date +%F).db`: the copy gets the umask's mode, not the original's.
      const operands = words.filter((w) => !w.startsWith('-'));
      if (operands.length >= 2 && operands.some((w) => DB_FILE.test(w)) && !words.some((w) => /^(-p|-a|--preserve|--archive)/.test(w))) {
        const dest = operands[operands.length - 1];
        const src = operands[0].slice(operands[0].lastIndexOf('/') + 1);
        writes.push({ tool: 'cp', file: dest.endsWith('/') ? `${dest}${src}` : dest, node: cmd });
      }
      continue;
    } else if (name === 'tee') {
      const pipe = cmd.parent();
      const inPipe = pipe?.kind() === 'pipeline' ? pipe.findAll({ rule: { kind: 'command' } }).map(cmdName) : [];
      const tool = inPipe.find((n) => DUMP_CMDS.has(n));
      const f = words.find((w) => !w.startsWith('-'));
      if (tool && f && !inPipe.some((n) => ENCRYPTS.has(n))) writes.push({ tool, file: f, node: cmd });
      continue;
    }
    if (file) writes.push({ tool: name, file, node: cmd });
  }

  for (const w of writes) {
    const line = w.node.range().start.line + 1;
    if (umaskLine < line) continue;
    const guarded = guards.some((g) => g.targets.some((t) => covers(t, w.file) && (g.line > line || g.creates || t.replace(/["']/g, '').replace(/\/+$/, '') !== w.file.replace(/["']/g, ''))));
    if (guarded) continue;
    out.push({
      messageId: 'dump',
      data: { tool: w.tool, file: w.file },
      range: oneLine(fromSg(w.node.range())),
      matched: `${w.tool} > ${w.file}`,
    });
  }
  return out;
}

function flagValue(words: string[], flags: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    for (const f of flags) {
      if (w === f) return words[i + 1];
      if (f.startsWith('--') && w.startsWith(`${f}=`)) return w.slice(f.length + 1);
      if (!f.startsWith('--') && w.startsWith(f) && w.length > f.length && !w.startsWith('--')) return w.slice(f.length);
    }
  }
  return undefined;
}

const CHMOD_TEXT = /\bchmod\s+((?:-[A-Za-z]+\s+)*)(['"]?)([0-7]{3,4}|[ugoa]*[+=-][rwxXst]*(?:,[ugoa]*[+=-][rwxXst]*)*)\2\s+([^;&|\s]+)/g;

function dockerDrafts(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const ins of dockerInstructions(input.lines)) {
    if (ins.keyword !== 'RUN') continue;
    for (const m of ins.args.matchAll(CHMOD_TEXT)) {
      const mode = m[3];
      if (!worldWritable(mode)) continue;
      const re = new RegExp(`chmod\\s+(?:-[A-Za-z]+\\s+)*['"]?${mode.replace(/[+]/g, '\\+')}`);
      out.push({ messageId: 'worldWritable', data: { cmd: 'chmod', mode, path: m[4] }, range: locateInInstruction(ins, re), matched: `chmod ${mode} ${m[4]}` });
    }
  }
  return out;
}

function crontabDrafts(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  input.lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || /\bumask\s+0*[0-7]?[0-7][4-7]\b/.test(line)) return;
    const tool = /\b(pg_dump|pg_dumpall|mysqldump|mariadb-dump|mongodump)\b/.exec(line)?.[1];
    if (!tool || /\b(gpg2?|age|openssl)\b/.test(line)) return;
    const m = /(?:^|[^2&\d])(>>?)\s*(['"]?)([^\s;&|'"]+)\2/.exec(line.slice(line.indexOf(tool)));
    if (!m || m[3] === '/dev/null' || m[3].startsWith('&')) return;
    if (/\bchmod\s+(?:0?[0-7][0-7]0|go?-rwx|o-rw?x?)\b/.test(line)) return;
    const col = raw.indexOf(tool);
    out.push({ messageId: 'dump', data: { tool, file: m[3] }, range: lineRange(i + 1, col, raw.length), matched: `${tool} > ${m[3]}` });
  });
  for (const [i, raw] of input.lines.entries()) {
    if (raw.trim().startsWith('#')) continue;
    for (const m of raw.matchAll(CHMOD_TEXT)) {
      if (worldWritable(m[3])) out.push({ messageId: 'worldWritable', data: { cmd: 'chmod', mode: m[3], path: m[4] }, range: lineRange(i + 1, m.index, m.index + m[0].length), matched: `chmod ${m[3]} ${m[4]}` });
    }
  }
  return out;
}

/** Python `os.chmod(p, 0o777)`, `Path.chmod(0o666)`; JS `fs.chmodSync(p, 0o777)` / `'777'`. */
function codeDrafts(input: FileInput): FindingDraft[] {
  const root = input.root;
  if (!root) return [];
  const out: FindingDraft[] = [];
  const callKind = input.lang === 'python' ? 'call' : 'call_expression';
  for (const call of root.findAll({ rule: { kind: callKind, regex: 'chmod' } })) {
    const fn = call.field('function')?.text() ?? '';
    if (!/(^|\.)(chmod|lchmod|fchmod|chmodSync|lchmodSync|fchmodSync)$/.test(fn)) continue;
    const args = (call.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
    const modeNode = args.length === 1 && /\.chmod$/.test(fn) && !/^(os|fs|fsp|promises|fs\.promises)\./.test(fn) ? args[0] : args[1];
    if (!modeNode) continue;
    const text = unq(modeNode.text().replace(/^mode\s*=\s*/, ''));
    let bad = false;
    if (/^(0o|0)?[0-7]{3,4}$/i.test(text) && (text.startsWith('0') || modeNode.kind() === 'string')) bad = octalWorldWritable(text);
    else if (/^\d+$/.test(text)) bad = (Number(text) & 0o002) !== 0 && Number(text) <= 0o7777 && !(Number(text) & 0o1000);
    else if (/\bS_(IWOTH|IRWXO)\b/.test(text)) bad = true;
    if (!bad) continue;
    const shown = /^\d+$/.test(text) && !text.startsWith('0') && modeNode.kind() !== 'string' ? `0o${Number(text).toString(8)}` : text;
    const path = args.length > 1 ? args[0].text() : fn.replace(/\.chmod$/, '');
    out.push({ messageId: 'worldWritable', data: { cmd: fn, mode: shown, path }, range: oneLine(fromSg(call.range())), matched: `${fn} ${shown} ${path}` });
  }
  return out;
}

export default defineRule({
  id: 'security/insecure-file-permissions',
  title: 'Insecure file permissions',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  cwe: ['CWE-732', 'CWE-276'],
  references: ['https://owasp.org/www-community/vulnerabilities/Incorrect_permission_assignment_for_critical_resource'],
  scope: { kind: 'file', languages: ['bash', 'dockerfile', 'crontab', 'python', 'javascript', 'typescript', 'tsx'] },
  prefilter: PREFILTER,
  messages: {
    dump: '`{tool}` writes {file} with no `umask 077` before it or `chmod 600` after it: readable by every local user',
    worldWritable: '`{cmd}` sets mode {mode} on {path}: world-writable',
  },
  docs: {
    what:
      'Database dumps, backup archives and database copies (`sqlite3 app.db ".backup /backups/app.db"`, `cp app.db /backups/`) written to a file with default permissions (no `umask 077` earlier in the script and no `chmod 600`/`go-rwx` on the file or its folder), and modes that make files world-writable: `chmod 777`/`666`/`a+rwx`/`o+w` in shell, CI `run:` steps, Dockerfile `RUN`, crontabs, Python `os.chmod(p, 0o777)` and Node `fs.chmodSync(p, 0o777)`; Python `subprocess.run(["pg_dump", …, "-f", out])` dumps count like shell ones (guarded by an earlier `os.umask(0o077)` or an `os.chmod(out, 0o600)` in the same function).',
    why:
      'With the usual umask 022 a dump is created world-readable: every account and every compromised service on the host can read the whole database, credentials and personal data included. A world-writable file or folder lets any local user replace code or configuration that another (often privileged) process runs.',
    bad: { path: 'scripts/backup.sh', code: '#!/bin/bash\nset -euo pipefail\npg_dump -U app appdb > "/var/backups/appdb_$(date +%F).sql"\n' },
    good: {
      path: 'scripts/backup.sh',
      code: '#!/bin/bash\nset -euo pipefail\numask 077\npg_dump -U app appdb > "/var/backups/appdb_$(date +%F).sql"\n',
    },
    fix: 'Put `umask 077` at the top of backup scripts (or `chmod 600` the file right after writing it, or keep dumps in a `chmod 700` folder); replace `chmod 777` with the narrowest mode that works (`755` for directories, `644`/`640` for files) and fix ownership with `chown` instead.',
    falsePositives:
      'A restrictive `umask` anywhere before the dump counts, even in another branch; a `chmod` whose mode gives others no access (`600`, `640`, `700`, `go-rwx`) on the file, a glob that matches it or its folder counts, as does `mkdir -m 700` of the folder or `install -m 600 /dev/null FILE` before the dump (the file is created private and keeps its mode). Dumps piped through `gpg`/`age`/`openssl` are encrypted and not reported. `chmod 1777` (sticky shared directories such as a tmp dir) is not reported. A dump written by a script that a cron line calls is judged in that script, not in the crontab. A world-writable mode set by a test (on a scratch file) is an info notice.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.25, perFile: 0.1, cap: 8, kind: 'mechanical', track: 'security' },
  check(input) {
    const drafts =
      input.lang === 'bash'
        ? shellDrafts(input)
        : input.lang === 'dockerfile'
          ? dockerDrafts(input)
          : input.lang === 'crontab'
            ? crontabDrafts(input)
            : input.lang === 'python'
              ? [...codeDrafts(input), ...pythonDumpDrafts(input)]
              : codeDrafts(input);
    // A test that makes a scratch file world-writable (to exercise a backup run by another user) protects nothing.
    return input.context === 'test' ? drafts.map((d) => (d.messageId === 'worldWritable' ? { ...d, severity: 'info' as const, nonProduct: 'keep' as const } : d)) : drafts;
  },
});

/** The output file option of each dump tool, as in the shell case. */
const DUMP_FILE_FLAGS: Record<string, string[]> = {
  pg_dump: ['-f', '--file'],
  pg_dumpall: ['-f', '--file'],
  mysqldump: ['-r', '--result-file'],
  'mariadb-dump': ['-r', '--result-file'],
  mongodump: ['--archive', '-o', '--out'],
};

/**
 * Python `subprocess.run(["pg_dump", "-Fc", "-f", out, db])`: the dump file is created with the process umask.
 * Guarded by an `os.umask(0o077)` before it or an `os.chmod(<same file>, 0o600)` in the same function.
 */
function pythonDumpDrafts(input: FileInput): FindingDraft[] {
  const root = input.root;
  if (!root || !/pg_dump|mysqldump|mariadb-dump|mongodump/.test(input.source)) return [];
  const out: FindingDraft[] = [];
  const literal = (n: SgNode) => (n.kind() === 'string' ? (/^[rRuU]?(["'])(.*)\1$/.exec(n.text())?.[2] ?? null) : null);
  for (const call of root.findAll({ rule: { kind: 'call', regex: 'subprocess|check_call|check_output|Popen|run\\(' } })) {
    if (!/(^|\.)(run|call|check_call|check_output|Popen)$/.test(call.field('function')?.text() ?? '')) continue;
    const list = call.field('arguments')?.children().find((c) => c.isNamed());
    if (!list || list.kind() !== 'list') continue;
    const items = list.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
    const tool = (literal(items[0]) ?? '').replace(/^.*\//, '');
    const flags = DUMP_FILE_FLAGS[tool];
    if (!flags) continue;
    let file: string | undefined;
    for (let i = 1; i < items.length && !file; i++) {
      const w = literal(items[i]) ?? '';
      for (const f of flags) {
        if (file) break;
        if (w === f && items[i + 1]) file = items[i + 1].text();
        else if (w.startsWith(`${f}=`)) file = w.slice(f.length + 1);
        else if (!f.startsWith('--') && w.startsWith(f) && w.length > f.length && !w.startsWith('--')) file = w.slice(f.length);
      }
    }
    if (!file) continue;
    const at = call.range().start.index;
    const scope = call.ancestors().find((a) => a.kind() === 'function_definition') ?? root;
    const umask = root.findAll({ rule: { kind: 'call', regex: '^os\\.umask' } }).some((u) => u.range().start.index < at && umaskRestrictive(unq(u.field('arguments')?.children().find((c) => c.isNamed())?.text() ?? '').replace(/^0o/i, '')));
    const target = file;
    const chmodded = scope.findAll({ rule: { kind: 'call', regex: 'chmod' } }).some((c) => {
      const args = (c.field('arguments')?.children() ?? []).filter((x) => x.isNamed());
      return args[0]?.text() === target && restrictive(unq(args[1]?.text() ?? '').replace(/^0o/i, ''));
    });
    if (umask || chmodded) continue;
    out.push({ messageId: 'dump', data: { tool, file: target }, range: oneLine(fromSg(call.range())), matched: `${tool} > ${target}` });
  }
  return out;
}
