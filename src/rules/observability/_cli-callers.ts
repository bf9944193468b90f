/**
 * Code reached only from command-line scripts (FindingDraft.reachedThrough): a print inside a function of a
 * product module whose every call from another file is made by a maintenance or build script — a `fetch_data()`
 * hook that only the offline `update_data.py` runs — prints to that script's terminal, not to a service's log.
 *
 * Decided once per scan, after the file pass, for the few findings that carry function names: one text pass over
 * the repository's Python files, each read only when it names one of those functions. A reference is a call
 * (`name(`, `.name(`), an attribute use (`name.delay(`), a by-name look-up (`getattr(m, "name")`), a function
 * passed as a value (`f(name)`, `= name`) or an aliased import (`import name as other`); comments, docstrings,
 * plain imports and re-exports, and references inside a function of the same name (a dispatcher forwarding the
 * same entry point) are not. Tests, examples and docs do not count either way.
 */
import path from 'node:path';
import { readForAnalysis } from '../../engine/read-file.js';
import type { FileContext, Lang, Severity } from '../types.js';
import { isCli, pathCli, PY_MAIN_GUARD } from './print-logging.js';

interface Flagged {
  path: string;
  severity: Severity;
  message: string;
  reachedThrough?: string[];
}

export interface CallerScanInput {
  root: string;
  files: ReadonlyArray<{ path: string; lang: Lang; context: FileContext; size: number }>;
  /** The file is started unattended (compose, Dockerfile, systemd, cron): a service even when it parses arguments. */
  started: (path: string) => boolean;
  maxBytes: number;
}

/** Lowers to info, in place, each finding whose functions are called only by command-line scripts. */
export function lowerCliOnlyReach(findings: Flagged[], scan: CallerScanInput): void {
  const flagged = findings.filter((f) => f.reachedThrough?.length);
  const names = new Set(flagged.flatMap((f) => f.reachedThrough ?? []));
  const refs = references(names, scan);
  for (const f of flagged) {
    const fns = f.reachedThrough ?? [];
    delete f.reachedThrough;
    // A call from inside another of the finding's own functions (`fetch()` calling `fetch_details()`) is internal.
    // A call qualified by another imported module (`other.fetch()`) is that module's function, not this one's.
    const stem = moduleStem(f.path);
    const from = fns.flatMap((n) =>
      (refs.get(n) ?? []).filter((r) => (!r.enclosing || !fns.includes(r.enclosing)) && (!r.module || r.module.split('.').pop() === stem)).map((r) => r.path),
    );
    // No caller found: the function is reached some other way (a plugin hook, a framework) and stays reported.
    if (!from.length || from.some((p) => p === f.path || !cliScript(p, scan))) continue;
    const scripts = [...new Set(from)].sort();
    f.severity = 'info';
    f.message += ` — only reached from the command-line script${scripts.length > 1 ? 's' : ''} \`${scripts.slice(0, 2).join('`, `')}\`${scripts.length > 2 ? ' …' : ''}`;
  }
  sources.clear();
}

/** The last part of a file's module name: `pkg/weather.py` → `weather`, `pkg/weather/__init__.py` → `weather`. */
function moduleStem(p: string): string {
  const parts = p.replace(/\.py$/, '').split('/');
  return parts[parts.length - 1] === '__init__' ? (parts[parts.length - 2] ?? '') : parts[parts.length - 1];
}

const sources = new Map<string, string>();
/**
 * A file's text as the file pass read it (engine/read-file: size limit, binary and invalid UTF-8, minified and
 * vendored copies skipped, BOM dropped): a file the scan skipped is no caller either. Kept only for one
 * `lowerCliOnlyReach` call.
 */
const entries = new WeakMap<CallerScanInput, Map<string, CallerScanInput['files'][number]>>();
function read(scan: CallerScanInput, p: string): string {
  let text = sources.get(p);
  if (text === undefined) {
    let byPath = entries.get(scan);
    if (!byPath) entries.set(scan, (byPath = new Map(scan.files.map((x) => [x.path, x]))));
    const f = byPath.get(p);
    const r = f ? readForAnalysis(path.join(scan.root, p), f.size, scan.maxBytes, f.lang) : undefined;
    text = r?.ok ? r.text : '';
    sources.set(p, text);
  }
  return text;
}

/**
 * A command-line program no service manager starts: under `scripts/`, `tools/` … or named `manage.py`, `cli.py`,
 * or run as its own program (a main guard) that parses arguments or has a `python` shebang. Argument parsing
 * alone is not enough: a package's `__init__.py` that reads `sys.argv` is imported by the service.
 */
function cliScript(p: string, scan: CallerScanInput): boolean {
  if (scan.started(p)) return false;
  const source = read(scan, p);
  return pathCli({ path: p, source }) || (PY_MAIN_GUARD.test(source) && isCli({ path: p, lang: 'python', source }));
}

interface Ref {
  path: string;
  /** The function the reference sits in, if any. */
  enclosing?: string;
  /** The imported module the call is qualified by (`weather.fetch()` after `from app import weather`). */
  module?: string;
}

/** name → where product files reference it (outside a function of the same name). */
function references(names: ReadonlySet<string>, scan: CallerScanInput): Map<string, Ref[]> {
  const out = new Map<string, Ref[]>();
  if (!names.size) return out;
  const alts = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const ref = new RegExp(String.raw`(?:\b(\w+)\.)?(?<![\w\`])(${alts})\s*[(.]|['"](${alts})['"]|[=(,][ \t]*(${alts})[ \t]*(?:[,)]|$)|\b(${alts})[ \t]+as[ \t]+\w`, 'g');
  try {
    for (const f of scan.files) {
      if (f.lang !== 'python' || f.context !== 'product' || f.size > scan.maxBytes) continue;
      const text = read(scan, f.path);
      if (![...names].some((n) => text.includes(n))) {
        sources.delete(f.path);
        continue;
      }
      for (const r of referencedNames(text, ref)) {
        const list = out.get(r.name) ?? [];
        list.push({ path: f.path, enclosing: r.enclosing, module: r.module });
        out.set(r.name, list);
      }
    }
  } catch (e) {
    sources.clear();
    throw e;
  }
  return out;
}

const DEF = /^(\s*)(?:async\s+)?def\s+(\w+)/;
const TRIPLE = /"""|'''/;

/**
 * The names this file references, outside comments, docstrings, plain imports and same-name functions: the
 * file's few matches of `ref` are found first, and each one's context is read around it.
 */
function referencedNames(text: string, ref: RegExp): Array<{ name: string; enclosing?: string; module?: string }> {
  const found = new Map<string, { name: string; enclosing?: string; module?: string }>();
  let modules: Map<string, string> | undefined;
  for (const m of text.matchAll(ref)) {
    const at = m.index ?? 0;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const endAt = text.indexOf('\n', at);
    const line = text.slice(start, endAt < 0 ? text.length : endAt);
    const head = line.slice(0, at - start);
    const trimmed = line.trimStart();
    // Comments, docstrings (a line holding a delimiter, or an odd number of delimiters before it), def lines.
    if (trimmed.startsWith('#') || /\s#/.test(head) || TRIPLE.test(line) || inDocstring(text, start) || DEF.test(line)) continue;
    const name = m[2] ?? m[3] ?? m[4] ?? m[5];
    // A plain import or re-export is no call; an aliased one (`import name as other`) is a reference.
    if (!name || ((/^(from\s+\S+\s+)?import\b/.test(trimmed) || inParenImport(text, start)) && !m[5])) continue;
    const enclosing = enclosingDef(text, start, line.length - trimmed.length);
    if (name === enclosing) continue;
    // Modules are lower-case by convention; `Registry.fetch()` on an imported class stays ambiguous (it may
    // dispatch to this function).
    let module: string | undefined;
    if (m[1] && /^[a-z_]/.test(m[1])) module = (modules ??= importedModules(text)).get(m[1]);
    found.set(`${name}\0${enclosing ?? ''}\0${module ?? ''}`, { name, enclosing, module });
  }
  return [...found.values()];
}

/** An odd number of `"""` (or `'''`) before the line: it sits inside a docstring. */
function inDocstring(text: string, before: number): boolean {
  const prefix = text.slice(0, before);
  return (prefix.split('"""').length - 1) % 2 === 1 || (prefix.split("'''").length - 1) % 2 === 1;
}

/** Inside the parentheses of a `from x import (…)` that opened on an earlier line. */
function inParenImport(text: string, lineStart: number): boolean {
  const open = text.lastIndexOf('import (', lineStart);
  if (open < 0) return false;
  const close = text.indexOf(')', open);
  return close < 0 || close >= lineStart;
}

/** The nearest `def` above the line with a smaller indentation, through any blocks in between. */
function enclosingDef(text: string, lineStart: number, indent: number): string | undefined {
  let min = indent;
  let end = lineStart - 1;
  while (min > 0 && end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const t = line.trimStart();
    if (!t || t.startsWith('#')) continue;
    const ind = line.length - t.length;
    if (ind >= min) continue;
    const def = DEF.exec(line);
    if (def) return def[2];
    min = ind;
  }
  return undefined;
}

/** Local names bound to modules by the file's imports: `from a.b import c as d` → d = a.b.c; `import a.b as c` → c = a.b. */
function importedModules(text: string): Map<string, string> {
  const modules = new Map<string, string>();
  for (const st of text.matchAll(/^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+)?import[ \t]+(\([^)]*\)|[^\n]*)/gm)) {
    const from = st[1];
    for (const item of st[2].replace(/[()]/g, '').replace(/#[^\n]*/g, '').split(',')) {
      const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(item);
      if (!m) continue;
      if (from) modules.set(m[2] ?? m[1], `${from}.${m[1]}`);
      else modules.set(m[2] ?? m[1].split('.')[0], m[2] ? m[1] : m[1].split('.')[0]);
    }
  }
  return modules;
}
