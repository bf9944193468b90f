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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileContext, Lang, Severity } from '../types.js';
import { isCli, pathCli } from './print-logging.js';

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
}

/** The last part of a file's module name: `pkg/weather.py` → `weather`, `pkg/weather/__init__.py` → `weather`. */
function moduleStem(p: string): string {
  const parts = p.replace(/\.py$/, '').split('/');
  return parts[parts.length - 1] === '__init__' ? (parts[parts.length - 2] ?? '') : parts[parts.length - 1];
}

const sources = new Map<string, string>();
function read(scan: CallerScanInput, p: string): string {
  const key = `${scan.root}\0${p}`;
  let text = sources.get(key);
  if (text === undefined) {
    try {
      text = readFileSync(path.join(scan.root, p), 'utf8');
    } catch {
      text = '';
    }
    sources.set(key, text);
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
  return pathCli({ path: p, source }) || (MAIN_GUARD.test(source) && isCli({ path: p, lang: 'python', source }));
}
const MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m;

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
        sources.delete(`${scan.root}\0${f.path}`);
        continue;
      }
      for (const r of referencedNames(text, ref)) {
        const list = out.get(r.name) ?? [];
        list.push({ path: f.path, enclosing: r.enclosing, module: r.module });
        out.set(r.name, list);
      }
    }
  } finally {
    sources.clear();
  }
  return out;
}

const DEF = /^(\s*)(?:async\s+)?def\s+(\w+)/;
const BLOCK = /^(\s*)class\s+\w+/;

/** The names this file references, outside comments, docstrings, plain imports and same-name functions. */
function referencedNames(text: string, ref: RegExp): Array<{ name: string; enclosing?: string; module?: string }> {
  const found = new Map<string, { name: string; enclosing?: string; module?: string }>();
  /** Local names bound to modules by the imports read so far: `weather` → `app.providers.weather`. */
  const modules = new Map<string, string>();
  let importText = '';
  const stack: Array<{ indent: number; name: string }> = [];
  let inDoc: string | undefined;
  let inImport = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const delims = line.match(/"""|'''/g) ?? [];
    if (inDoc || delims.length) {
      // A line that opens, closes or sits in a docstring holds no call worth counting.
      for (const d of delims) inDoc = inDoc === undefined ? d : inDoc === d ? undefined : inDoc;
      continue;
    }
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    while (stack.length && stack[stack.length - 1].indent >= indent && !inImport) stack.pop();
    const def = DEF.exec(line) ?? BLOCK.exec(line);
    if (def) {
      stack.push({ indent, name: DEF.test(line) ? (def[2] ?? '') : '' });
      continue;
    }
    const isImport = inImport || /^(from\s+\S+\s+)?import\b/.test(trimmed);
    if (isImport) {
      importText = inImport ? `${importText} ${trimmed}` : trimmed;
      inImport = inImport ? !trimmed.includes(')') : trimmed.includes('(') && !trimmed.includes(')');
      if (!inImport) bindModules(importText, modules);
    }
    const code = line.replace(/\s#.*$/, '');
    const enclosing = [...stack].reverse().find((s) => s.name)?.name;
    for (const m of code.matchAll(ref)) {
      const name = m[2] ?? m[3] ?? m[4] ?? m[5];
      // A plain import or re-export is no call; an aliased one (`import name as other`) is a reference.
      if (!name || (isImport && !m[5]) || name === enclosing) continue;
      // Modules are lower-case by convention; `Registry.fetch()` on an imported class stays ambiguous (it may
      // dispatch to this function).
      const module = m[1] && /^[a-z_]/.test(m[1]) ? modules.get(m[1]) : undefined;
      found.set(`${name}\0${enclosing ?? ''}\0${module ?? ''}`, { name, enclosing, module });
    }
  }
  return [...found.values()];
}

/** Records the names an import statement binds: `from a.b import c as d` → d = a.b.c; `import a.b as c` → c = a.b. */
function bindModules(stmt: string, modules: Map<string, string>): void {
  const from = /^from\s+([\w.]+)\s+import\s+\(?([^)]*)\)?/.exec(stmt);
  const items = from ? from[2] : (/^import\s+(.*)$/.exec(stmt)?.[1] ?? '');
  for (const item of items.split(',')) {
    const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(item.replace(/#.*$/, ''));
    if (!m) continue;
    const full = from ? `${from[1]}.${m[1]}` : m[1];
    modules.set(m[2] ?? (from ? m[1] : m[1].split('.')[0]), from ? full : m[2] ? full : m[1].split('.')[0]);
  }
}
