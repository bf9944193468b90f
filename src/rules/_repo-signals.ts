/**
 * Helpers shared by the repo rules that read `FileSignals` (rules/_signals.ts): the files with signals, the
 * Python/JS import graph (which modules some other file imports or a command names), and small formatting.
 */
import type { FileFact, FileSignals, RepoFactsView } from './types.js';

export interface SignalFile {
  file: FileFact;
  sig: FileSignals;
}

/** Files with signals; by default product files only (tests, examples and docs are not product code). */
export function signalFiles(facts: RepoFactsView, opts: { all?: boolean } = {}): SignalFile[] {
  const out: SignalFile[] = [];
  for (const file of facts.files) {
    if (!opts.all && file.context !== 'product') continue;
    const sig = facts.perFile.get(file.path)?.signals;
    if (sig) out.push({ file, sig });
  }
  return out;
}

export function hasFlag(sig: FileSignals | undefined, flag: string): boolean {
  return sig?.flags?.includes(flag) ?? false;
}

export const isPython = (f: FileFact) => f.lang === 'python';
export const isJs = (f: FileFact) => f.lang === 'javascript' || f.lang === 'typescript' || f.lang === 'tsx';

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** `a`, `b` and `c` / `a`, `b` and 3 more — names in backticks for messages. */
export function listNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The dotted names a Python file can be imported as: `svc/utils/db.py` → `svc.utils.db`, `utils.db`, `db`. */
export function pyModuleNames(path: string): string[] {
  const parts = path.replace(/\.pyw?$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts.slice(i).join('.'));
  return out;
}

/** Every part of a path after one of its `/` (`a/b/c` → `b/c`, `c`): `x.endsWith('/' + y)` ⇔ `slashTails(x)` has `y`. */
export function slashTails(p: string): string[] {
  const out: string[] = [];
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) out.push(p.slice(i + 1));
  return out;
}

/** JS module keys of a file: its path without extension, and without a trailing `/index`. */
export function jsKeys(path: string): string[] {
  const noExt = path.replace(/\.([cm]?[jt]sx?)$/, '');
  return noExt.endsWith('/index') ? [noExt, noExt.slice(0, -'/index'.length)] : [noExt];
}

/**
 * Which files something refers to: imported by another file (Python: any dotted suffix of the module's path
 * equals an imported name; JS/TS: a relative import resolves to it, or a bare/aliased specifier ends with its
 * path), or named by a command, configuration or manifest (a path ending, a `-m module`, a `module:app`).
 */
export class ImportIndex {
  private readonly pyImported = new Map<string, Set<string>>();
  private readonly jsImported = new Map<string, Set<string>>();
  private readonly jsBare = new Set<string>();
  private readonly mentioned = new Set<string>();
  /** The mentions with a `/`, and every part of a mention after one of its `/`: path-suffix tests by look-up. */
  private readonly mentionedWithFolder = new Set<string>();
  private readonly mentionTails = new Set<string>();
  private readonly mentionedBase = new Set<string>();

  constructor(facts: RepoFactsView) {
    for (const { file, sig } of signalFiles(facts, { all: true })) {
      for (const m of sig.mentions ?? []) {
        const path = m.replace(/^\.\//, '');
        this.mentioned.add(path);
        if (path.includes('/')) this.mentionedWithFolder.add(path);
        for (const tail of slashTails(path)) this.mentionTails.add(tail);
        this.mentionedBase.add(basename(m));
      }
      if (!sig.imports) continue;
      if (isPython(file)) {
        for (const name of sig.imports) {
          const s = this.pyImported.get(name) ?? new Set<string>();
          s.add(file.path);
          this.pyImported.set(name, s);
        }
      } else if (isJs(file)) {
        for (const spec of sig.imports) {
          if (!spec.startsWith('.') && !spec.includes('/')) continue; // a package name
          const key = spec.replace(/^\.\//, '').replace(/\.([cm]?[jt]sx?)$/, '');
          const s = this.jsImported.get(key) ?? new Set<string>();
          s.add(file.path);
          this.jsImported.set(key, s);
          if (!/^[./]/.test(spec)) {
            const bare = key.replace(/^[@~#]\/?/, '');
            if (bare) this.jsBare.add(bare);
          }
        }
      }
    }
  }

  /** Files (other than itself) importing this one. */
  importers(file: FileFact): string[] {
    const out = new Set<string>();
    if (isPython(file)) {
      for (const name of pyModuleNames(file.path)) for (const p of this.pyImported.get(name) ?? []) if (p !== file.path) out.add(p);
    } else if (isJs(file)) {
      for (const k of jsKeys(file.path)) for (const p of this.jsImported.get(k) ?? []) if (p !== file.path) out.add(p);
    }
    return [...out].sort();
  }

  /** Imported through a bare or aliased specifier (`@/lib/db`, `src/lib/db`) whose path ends like this file's. */
  importedByAlias(file: FileFact): boolean {
    if (!isJs(file)) return false;
    return jsKeys(file.path).some((k) => this.jsBare.has(k) || slashTails(k).some((t) => this.jsBare.has(t)));
  }

  /** Named with at least its folder (`js/copy.js`, `static/js/copy.js`): a page or command that loads this very file. */
  namedWithFolder(file: FileFact): boolean {
    return this.mentionedWithFolder.has(file.path) || slashTails(file.path).some((t) => this.mentionedWithFolder.has(t));
  }

  /** Named by a command, configuration file or manifest. */
  mentionedBy(file: FileFact): boolean {
    if (this.mentioned.has(file.path) || this.mentionTails.has(file.path)) return true;
    if (slashTails(file.path).some((t) => this.mentioned.has(t))) return true;
    if (isPython(file)) for (const name of pyModuleNames(file.path)) if (name.includes('.') && this.mentioned.has(name)) return true;
    if (isPython(file) && this.mentioned.has(pyModuleNames(file.path).at(-1)!)) return true;
    return false;
  }
}

/** Modules of one folder that share a public function, beside a loader by computed name, are plugins. */
export const PLUGIN_MIN = 3;
const pluginCache = new WeakMap<RepoFactsView, Set<string>>();

/**
 * Plugin folders: a product module in the folder (or its parent) imports modules by computed name
 * (`importlib.import_module`, `__import__`, `spec_from_file_location`, ``require(`./x/${name}`)`` …) and at least
 * PLUGIN_MIN modules of the folder define the same public function (the plugin interface). Their modules are
 * loaded by the loader, not imported, and declare the same module-level attributes by design.
 */
export function pluginFolders(facts: RepoFactsView): Set<string> {
  const cached = pluginCache.get(facts);
  if (cached) return cached;
  const out = new Set<string>();
  const files = signalFiles(facts);
  const loaders = new Set(files.filter(({ sig }) => hasFlag(sig, 'dynamic-import')).map(({ file }) => dirname(file.path)));
  if (loaders.size) {
    const byDir = new Map<string, Map<string, number>>();
    for (const { file, sig } of files) {
      if (!(isPython(file) || isJs(file)) || /^(__init__\.py|index\.[cm]?[jt]sx?)$/.test(basename(file.path))) continue;
      const dir = dirname(file.path);
      if (!(loaders.has(dir) || loaders.has(dirname(dir)))) continue;
      const count = byDir.get(dir) ?? byDir.set(dir, new Map()).get(dir)!;
      for (const d of new Set((sig.defs ?? []).map(([n]) => n))) if (!d.startsWith('_')) count.set(d, (count.get(d) ?? 0) + 1);
    }
    for (const [dir, count] of byDir) if ([...count.values()].some((n) => n >= PLUGIN_MIN)) out.add(dir);
  }
  pluginCache.set(facts, out);
  return out;
}
