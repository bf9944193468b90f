/**
 * Content-hash cache of per-file results (`.harden/cache`).
 *
 * A file's result depends on its content, on what the engine knows about it (path, language, role, context,
 * component) and on the rule set (active file-rule ids, harden's version and code, the config). The last
 * group forms the cache *version*: one cache file per version, `<version>.json`, holding one entry per path.
 *
 * Lookup, cheapest first:
 * 1. stat shortcut — same (mtime, ctime, size, inode) as when the entry was stored, and the file had not been
 *    modified in the 2 s before that scan started (a "racy" file, whose later edit could keep the same
 *    timestamps, is never trusted by stat alone, as git does for its index): the file is not even read;
 * 2. content hash — the file is read exactly as analysis reads it and the sha1 of its text compared with the
 *    stored one (a `touch`, a checkout of the same content, a copied tree all hit here);
 * 3. otherwise the file is analysed again.
 *
 * The per-file extractors are not part of the version but of each entry: a run that skips the readiness
 * extractor (extractor set `findings`, `scan --no-store`) marks its entries, and a run that needs that evidence
 * (set `default`: audit, plan, readiness …) treats a marked entry as a miss and analyses the file again. Entries
 * of the full set serve both, so alternating such runs keeps one cache.
 *
 * Entries hold only what results already hold: redacted messages and snippets, fingerprints, hashes, facts;
 * never source text or secret values (secret ids are short hashes). Writes go to a temporary file renamed over the old one, so an interrupted
 * scan leaves either the previous cache or the new one, never a torn file; an unreadable or corrupt cache is
 * ignored (the scan runs cold).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, type Stats } from 'node:fs';
import { ensureOutputDir, writeFileNoFollow } from '../fs/safe-write.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult, FileTask } from './analyze-file.js';
import type { ExtractorSet } from './pool.js';
import { DEFAULT_MAX_FILE_BYTES, readForAnalysis } from './read-file.js';

const FORMAT = 1;
/** Cache files of other versions kept besides the current one (other rule selections, older builds). */
const KEEP_VERSIONS = 3;
const RACY_MS = 2000;

interface Entry {
  /** mtimeMs, ctimeMs, size, ino at store time. */
  st: [number, number, number, number];
  /** Stat alone may be trusted (the file was older than the scan by more than RACY_MS). */
  trust: boolean;
  meta: string;
  /** Written by a run of the `findings` extractor set (no readiness evidence); absent: the full set. */
  set?: 'findings';
  r: FileResult;
}

export interface CacheStats {
  hits: number;
  statHits: number;
  hashHits: number;
  misses: number;
}

export interface CacheVersionInput {
  fileRuleIds: readonly string[];
  /** Anything else the results depend on: config, extractor names … (JSON-serialisable). */
  extra?: unknown;
}

export function metaKey(t: FileTask): string {
  return `${t.path}\0${t.lang}\0${t.role}\0${t.context}\0${t.component}`;
}

function isRegularFile(p: string): boolean {
  try {
    return lstatSync(p).isFile();
  } catch {
    return false;
  }
}

function statTuple(st: Stats): [number, number, number, number] {
  return [st.mtimeMs, st.ctimeMs, st.size, st.ino];
}

function sameStat(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

let stampMemo: string | undefined;

/**
 * harden's own version and code: package version plus a stamp of the compiled (or source) files next to this
 * module, so a rebuilt or edited harden never reuses results of the old code.
 */
export function codeStamp(): string {
  if (stampMemo) return stampMemo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const codeRoot = path.resolve(here, '..');
  const h = createHash('sha1');
  try {
    h.update(readFileSync(path.resolve(codeRoot, '..', 'package.json'), 'utf8'));
  } catch {
    /* no package.json: code stamp alone */
  }
  const stack = [codeRoot];
  const files: string[] = [];
  while (stack.length) {
    const dir = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      const abs = path.join(dir, n);
      if (/\.(js|ts|mjs|cjs)$/.test(n) && !n.endsWith('.d.ts')) files.push(abs);
      else if (!n.includes('.')) stack.push(abs);
    }
  }
  files.sort();
  for (const f of files) {
    try {
      const st = statSync(f);
      h.update(`${path.relative(codeRoot, f)}\0${st.size}\0${st.mtimeMs}\n`);
    } catch {
      /* vanished while stamping */
    }
  }
  return (stampMemo = h.digest('hex'));
}

export function cacheVersion(v: CacheVersionInput): string {
  return createHash('sha1')
    .update(JSON.stringify({ format: FORMAT, code: codeStamp(), rules: [...v.fileRuleIds].sort(), extra: v.extra ?? null }))
    .digest('hex')
    .slice(0, 20);
}

export class ResultCache {
  readonly file: string;
  readonly stats: CacheStats = { hits: 0, statHits: 0, hashHits: 0, misses: 0 };
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  /** Whether `next` holds anything but the loaded entries themselves (a new or re-validated entry). */
  private changed = false;
  private readonly startedAt = Date.now();
  /** Why the cache folder is not used (a link or tracked by the repository), when it is not. */
  refused?: string;

  constructor(
    readonly dir: string,
    readonly version: string,
    private readonly maxFileBytes = DEFAULT_MAX_FILE_BYTES,
    root?: string,
    /** The extractor set of this run (undefined: a custom list, stored and served like the full set). */
    private readonly extractorSet?: ExtractorSet,
  ) {
    this.file = path.join(dir, `${version}.json`);
    try {
      // A cache folder the scanned repository controls (a link, or committed files) could feed forged results
      // that hide findings, or make `save` write through a link: such a cache is neither read nor written.
      ensureOutputDir(dir, { root, owned: true });
    } catch (e) {
      this.refused = (e as Error).message;
      return;
    }
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { format: number; version: string; entries: Array<[string, Entry]> };
      if (data.format === FORMAT && data.version === version && Array.isArray(data.entries)) this.entries = new Map(data.entries);
    } catch {
      /* no cache yet, or unreadable/corrupt: run cold */
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached result for a task when the file is unchanged; records the stat for `store` either way. */
  lookup(task: FileTask): { hit: FileResult } | { miss: Stats | null } {
    let st: Stats;
    try {
      st = statSync(task.abs);
    } catch {
      this.stats.misses++;
      return { miss: null };
    }
    const e = this.entries.get(task.path);
    const tuple = statTuple(st);
    if (e && e.meta === metaKey(task) && this.serves(e)) {
      if (e.trust && sameStat(e.st, tuple)) {
        this.stats.hits++;
        this.stats.statHits++;
        this.next.set(task.path, e);
        return { hit: e.r };
      }
      if (e.r.hash && !e.r.skipped) {
        const read = readForAnalysis(task.abs, st.size, this.maxFileBytes, task.lang);
        if (read.ok && read.hash === e.r.hash) {
          this.stats.hits++;
          this.stats.hashHits++;
          this.next.set(task.path, { ...e, st: tuple, trust: this.trustable(st) });
          this.changed = true;
          return { hit: e.r };
        }
      }
    }
    this.stats.misses++;
    return { miss: st };
  }

  store(task: FileTask, st: Stats | null, r: FileResult): void {
    if (!st) return;
    const e: Entry = { st: statTuple(st), trust: this.trustable(st), meta: metaKey(task), r };
    if (this.extractorSet === 'findings') e.set = 'findings';
    this.next.set(task.path, e);
    this.changed = true;
  }

  /** An entry of the full extractor set serves every run; one without the readiness evidence only a run without it. */
  private serves(e: Entry): boolean {
    return e.set === undefined || e.set === this.extractorSet;
  }

  /** Writes the entries seen in this scan (temp file + rename); drops old versions beyond KEEP_VERSIONS. */
  save(): void {
    if (this.refused) return;
    // Nothing changed (every file a stat hit, none gone): the file on disk already says it; touching it keeps
    // its age right for pruning. Saves re-serialising the whole cache (≈ 3 MB per 200k lines) on a warm scan.
    if (!this.changed && this.next.size === this.entries.size && isRegularFile(this.file)) {
      try {
        const now = new Date();
        utimesSync(this.file, now, now);
      } catch {
        /* read-only checkout: nothing to do */
      }
      this.next = new Map();
      return;
    }
    try {
      const gi = path.join(this.dir, '.gitignore');
      try {
        lstatSync(gi);
      } catch {
        writeFileNoFollow(gi, '*\n');
      }
      writeFileNoFollow(this.file, JSON.stringify({ format: FORMAT, version: this.version, entries: [...this.next] }));
      this.entries = this.next;
      this.next = new Map();
      this.changed = false;
      this.prune();
    } catch {
      /* read-only checkout or full disk: the scan result stands, only the cache is lost */
    }
  }

  private trustable(st: Stats): boolean {
    return st.mtimeMs < this.startedAt - RACY_MS;
  }

  private prune(): void {
    const others = readdirSync(this.dir)
      .filter((n) => n.endsWith('.json') && n !== path.basename(this.file))
      .map((n) => ({ n, t: statSync(path.join(this.dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const o of others.slice(KEEP_VERSIONS)) unlinkSync(path.join(this.dir, o.n));
    for (const n of readdirSync(this.dir)) {
      if (!n.endsWith('.tmp')) continue;
      const abs = path.join(this.dir, n);
      // A temp file of an interrupted scan (older than a minute: not one being written right now).
      if (statSync(abs).mtimeMs < Date.now() - 60_000) unlinkSync(abs);
    }
  }
}
