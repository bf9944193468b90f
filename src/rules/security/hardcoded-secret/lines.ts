/** Line formats: .env, crontab, Dockerfile, INI/TOML, systemd, JSON, Groovy. */
import { lineRange } from '../../../parse/position.js';
import type { FileInput, Range } from '../../types.js';
import { secretKindOfName } from '../_secret-patterns.js';
import { type Candidate, authHeader, envDefault, named } from './candidate.js';
import { commandLineSecrets, flagSecrets, unquote } from './command-line.js';
import { EXPANSION } from './yaml.js';

/* ------------------------------------------------------------------ line formats ------------------------------------------------------------------ */

export function valueRange(line: number, text: string, value: string, from = 0): Range {
  const i = Math.max(0, text.indexOf(value, from));
  return lineRange(line, i, i + value.length);
}

/** Value of `KEY=value` in .env syntax: quotes removed, ` # comment` removed from unquoted values. */
export function envValue(raw: string): string {
  const t = raw.trim();
  if (t[0] === '"' || t[0] === "'") {
    const end = t.indexOf(t[0], 1);
    return end > 0 ? t.slice(1, end) : t.slice(1);
  }
  return t.replace(/\s+#.*$/, '');
}

export function lineExpansions(lineNo: number, text: string, push: (c: Candidate) => void): void {
  if (!text.includes('${')) return;
  EXPANSION.lastIndex = 0;
  for (let e = EXPANSION.exec(text); e; e = EXPANSION.exec(text)) {
    const v = unquote(e[3]);
    envDefault(e[1], `\${${e[1]}${e[2]}…}`, v, valueRange(lineNo, text, e[3], e.index), push);
  }
}

/** Command lines held as text (crontab, systemd): `mysqldump -pS3cret`, `--password=S3cret`, `PGPASSWORD=S3cret pg_dump`, `sshpass -p`. */
export const COMMAND_PASSWORD = /(?:\b(mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^|;&\n]*?\s-p(?!\s)|\s--password=|\bPGPASSWORD=|\bsshpass\s+-p\s*)(["']?)([^\s"'$`;|&]+)\2/g;

export function scanEnvLines(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*#/.test(text)) return;
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=(.*)$/.exec(text);
    if (!m) {
      // A crontab job line: its command is shell (`… PGPASSWORD=x pg_dump`, `… --password x`).
      if (input.lang === 'crontab') commandLineSecrets(text, i + 1, push);
      return;
    }
    const kind = secretKindOfName(m[1]);
    const value = envValue(m[2]);
    if (kind && !value.includes('${')) named(kind, m[1], value, valueRange(i + 1, text, value, m[0].indexOf('=')), push);
    lineExpansions(i + 1, text, push);
  });
}

export function scanDockerfile(input: FileInput, push: (c: Candidate) => void): void {
  let inEnv = false;
  input.lines.forEach((text, i) => {
    const lineNo = i + 1;
    const instr = /^\s*(ENV|ARG)\s+(.*)$/i.exec(text);
    const body = instr ? instr[2] : inEnv ? text : null;
    const continues = /\\\s*$/.test(text);
    if (body !== null && !/^\s*#/.test(text)) {
      const pairs = [...body.replace(/\\\s*$/, '').matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)];
      if (pairs.length) {
        for (const p of pairs) {
          const kind = secretKindOfName(p[1]);
          const value = unquote(p[2]);
          if (kind && !value.includes('$')) named(kind, p[1], value, valueRange(lineNo, text, value, (p.index ?? 0) + (instr ? text.indexOf(instr[2]) : 0)), push);
        }
      } else if (instr && instr[1].toUpperCase() === 'ENV') {
        // Legacy form: ENV KEY value
        const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)\s*$/.exec(instr[2]);
        const kind = legacy && secretKindOfName(legacy[1]);
        if (legacy && kind) {
          const value = unquote(legacy[2]);
          if (!value.includes('$')) named(kind, legacy[1], value, valueRange(lineNo, text, value, text.indexOf(legacy[1]) + legacy[1].length), push);
        }
      }
    }
    if (!instr && !inEnv && !/^\s*#/.test(text)) flagSecrets(text, (idx, v) => valueRange(lineNo, text, v, idx), push);
    inEnv = (instr !== null || inEnv) && continues && (instr ? /^(ENV|ARG)$/i.test(instr[1]) : true);
    lineExpansions(lineNo, text, push);
  });
}

export function scanIni(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*[#;[]/.test(text)) return;
    const redis = /^\s*(requirepass|masterauth)\s+(\S+)\s*$/.exec(text);
    if (redis) {
      named('password', redis[1], unquote(redis[2]), valueRange(i + 1, text, unquote(redis[2])), push);
      return;
    }
    const m = /^\s*([A-Za-z_][\w.-]*)\s*[=:]\s*(.*?)\s*$/.exec(text);
    if (!m) return;
    const kind = secretKindOfName(m[1]);
    let value = m[2];
    // HCL expressions (`file("~/.ssh/id_rsa")`, `random_password.db.result`) are not literals.
    const expression = /^[A-Za-z_][\w.]*\(/.test(value);
    if (value[0] === '"' || value[0] === "'") value = envValue(value);
    else value = value.replace(/\s+[#;].*$/, '');
    if (kind && !expression) named(kind, m[1], value, valueRange(i + 1, text, value, m[1].length), push);
    lineExpansions(i + 1, text, push);
  });
}

export function scanSystemd(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*Exec\w*\s*=/.test(text)) commandLineSecrets(text.slice(text.indexOf('=') + 1), i + 1, push, text.indexOf('=') + 1);
    const m = /^\s*Environment\s*=\s*(.*)$/.exec(text);
    if (!m) return;
    for (const p of m[1].matchAll(/"?([A-Za-z_][A-Za-z0-9_]*)=([^"\s]*)"?/g)) {
      const kind = secretKindOfName(p[1]);
      if (kind && !p[2].includes('$')) named(kind, p[1], p[2], valueRange(i + 1, text, p[2], text.indexOf(p[0])), push);
    }
  });
}

export function scanJson(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    for (const p of text.matchAll(/"([^"\\]+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
      const kind = secretKindOfName(p[1]);
      if (!kind) {
        authHeader(p[1], p[2], valueRange(i + 1, text, p[2], p.index ?? 0), push);
        continue;
      }
      if (p[2].startsWith('-----BEGIN')) continue; // PEM keys are found by format
      named(kind, p[1], p[2], valueRange(i + 1, text, p[2], (p.index ?? 0) + p[1].length + 2), push);
    }
  });
}

export function scanGroovy(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*\/\//.test(text)) return;
    for (const p of text.matchAll(/\b([A-Za-z_]\w*)\s*[=:]\s*(['"])([^'"$]*)\2/g)) {
      const kind = secretKindOfName(p[1]);
      if (kind) named(kind, p[1], p[3], valueRange(i + 1, text, p[3], p.index ?? 0), push);
    }
  });
}

