/**
 * Runs file tasks: cache first (src/engine/cache.ts), then the misses across worker threads, results streamed
 * to `onDone` as batches come back (only results are kept, never sources).
 *
 * Workers exist only in the compiled build (dist/engine/worker.js, next to this module): from TypeScript
 * sources (vitest, tsx), with jobs = 1, with fewer than `minTasksForWorkers` files to analyse, or with rules
 * or extractors a worker cannot load by itself (custom rule objects), the tasks run in this thread. A worker
 * that dies hands its unfinished batches back to this thread, so a scan never loses files.
 */
import { existsSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isFileRule } from '../rules/define.js';
import { ALL_RULES } from '../rules/index.js';
import type { FileRule } from '../rules/types.js';
import { analyzeFile, type FileResult, type FileTask, type PerFileExtractor } from './analyze-file.js';
import { cacheVersion, ResultCache, type CacheStats } from './cache.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-file.js';
import { RECLAIM_EVERY, reclaimNativeMemory } from './reclaim.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker.js';

/** A built-in per-file extractor set: `default` (all), `findings` (all but the readiness evidence). */
export type ExtractorSet = 'default' | 'findings';

export type RunTasks = (tasks: FileTask[], rules: readonly FileRule[], onDone: (r: FileResult) => void) => Promise<void>;

export interface TaskRunnerOptions {
  /** Worker threads; default os.availableParallelism(). 1 = in this thread. */
  jobs?: number;
  /** Cache folder (absolute); undefined = no cache. */
  cacheDir?: string;
  /** The scanned folder: a cache folder inside it is used only when it is a real folder the repository does not track. */
  cacheRoot?: string;
  maxFileBytes?: number;
  perFileExtractors?: readonly PerFileExtractor[];
  /**
   * Which built-in set `perFileExtractors` is (src/index.ts `builtinExtractors`), when it is one: a worker loads
   * it by itself, and cache entries record it (an entry of the `findings` set lacks the readiness evidence and
   * is never served to a run of the `default` set). Undefined: a custom list, run in this thread only.
   */
  extractorSet?: ExtractorSet;
  /** What else the results depend on (the config): part of the cache version. */
  cacheKeyExtra?: unknown;
  /** Below this many files to analyse, threads cost more than they save. Default 200. */
  minTasksForWorkers?: number;
  /** Worker entry; `tsx` loads a TypeScript entry through tsx (tests). Default: dist/engine/worker.js. */
  worker?: WorkerEntry;
}

export interface WorkerEntry {
  url: URL;
  tsx?: boolean;
}

export interface RunStats {
  tasks: number;
  analysed: number;
  workers: number;
  /** Files whose analysis came back from a worker thread. */
  byWorkers: number;
  cache?: CacheStats;
}

export interface TaskRunner extends RunTasks {
  readonly stats: RunStats;
}

const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function compiledWorker(): URL | null {
  if (!import.meta.url.endsWith('.js')) return null;
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export function createTaskRunner(opts: TaskRunnerOptions = {}): TaskRunner {
  const stats: RunStats = { tasks: 0, analysed: 0, workers: 0, byWorkers: 0 };
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const run = async (tasks: FileTask[], rules: readonly FileRule[], onDone: (r: FileResult) => void): Promise<void> => {
    stats.tasks = tasks.length;
    const cache = opts.cacheDir
      ? new ResultCache(opts.cacheDir, cacheVersion({ fileRuleIds: rules.map((r) => r.id), extra: { maxFileBytes, cfg: opts.cacheKeyExtra ?? null } }), maxFileBytes, opts.cacheRoot, opts.extractorSet)
      : null;
    const todo: FileTask[] = [];
    const statOf = new Map<string, Stats | null>();
    if (cache) {
      for (const t of tasks) {
        const l = cache.lookup(t);
        if ('hit' in l) onDone(l.hit);
        else {
          statOf.set(t.path, l.miss);
          todo.push(t);
        }
      }
    } else todo.push(...tasks);
    stats.analysed = todo.length;
    const done = (t: FileTask, r: FileResult) => {
      cache?.store(t, statOf.get(t.path) ?? null, r);
      onDone(r);
    };

    const inThread = async (ts: readonly FileTask[]) => {
      let parsed = 0;
      for (let i = 0; i < ts.length; i++) {
        const t = ts[i];
        const r = analyzeFile(t, { rules, maxFileBytes, perFileExtractors: opts.perFileExtractors });
        parsed += r.bytes;
        done(t, r);
        if (i % RECLAIM_EVERY === RECLAIM_EVERY - 1) {
          reclaimNativeMemory(parsed);
          parsed = 0;
          await yieldToLoop();
        }
      }
    };
    const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
    const worker = opts.worker ?? (compiledWorker() ? { url: compiledWorker()! } : null);
    const loadable = rulesLoadable(rules) && (opts.extractorSet !== undefined || !opts.perFileExtractors?.length);
    if (!worker || jobs <= 1 || todo.length < (opts.minTasksForWorkers ?? 200) || !loadable) await inThread(todo);
    else {
      const workers = Math.min(jobs, Math.ceil(todo.length / 16));
      stats.workers = workers;
      await runInWorkers(todo, workers, worker, {
        ruleIds: rules.map((r) => r.id),
        maxFileBytes,
        extractors: opts.extractorSet && opts.perFileExtractors?.length ? opts.extractorSet : 'none',
      }, (t, r) => {
        stats.byWorkers++;
        done(t, r);
      }, inThread);
    }
    if (cache) {
      cache.save();
      stats.cache = cache.stats;
    }
  };
  return Object.assign(run, { stats });
}

/** A worker loads rules by id from ALL_RULES: only possible when these are those very rule objects. */
function rulesLoadable(rules: readonly FileRule[]): boolean {
  const known = new Map(ALL_RULES.filter(isFileRule).map((r) => [r.id, r]));
  return rules.every((r) => known.get(r.id) === r);
}

/**
 * Batches sized so every worker gets many of them (dynamic balancing: a slow file only delays its batch) yet
 * few enough messages to amortise postMessage; two batches in flight per worker so none waits for the next.
 */
function batchesOf(tasks: FileTask[], workers: number): FileTask[][] {
  const size = Math.max(4, Math.min(RECLAIM_EVERY, Math.ceil(tasks.length / (workers * 16))));
  const out: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) out.push(tasks.slice(i, i + size));
  return out;
}

async function runInWorkers(
  tasks: FileTask[],
  count: number,
  entry: WorkerEntry,
  init: WorkerInit,
  done: (t: FileTask, r: FileResult) => void,
  inThread: (ts: readonly FileTask[]) => Promise<void>,
): Promise<void> {
  const queue = batchesOf(tasks, count);
  const orphaned: FileTask[][] = [];
  let nextId = 0;
  await new Promise<void>((resolve) => {
    let alive = count;
    const finish = () => {
      if (--alive === 0) resolve();
    };
    for (let i = 0; i < count; i++) {
      const inflight = new Map<number, FileTask[]>();
      let ended = false;
      const w = entry.tsx
        ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.url.href)}); })`, { eval: true, workerData: init })
        : new Worker(entry.url, { workerData: init });
      const feed = () => {
        while (inflight.size < 2 && queue.length) {
          const batch = queue.shift()!;
          const id = nextId++;
          inflight.set(id, batch);
          w.postMessage({ id, tasks: batch } satisfies WorkerRequest);
        }
        if (!inflight.size && !ended) {
          ended = true;
          void w.terminate().then(finish);
        }
      };
      w.on('message', (m: WorkerReply) => {
        const batch = inflight.get(m.id);
        if (!batch) return;
        inflight.delete(m.id);
        if (m.results) {
          const byPath = new Map(batch.map((t) => [t.path, t]));
          for (const r of m.results) done(byPath.get(r.path)!, r);
        } else orphaned.push(batch);
        feed();
      });
      const fail = () => {
        if (ended) return;
        ended = true;
        orphaned.push(...inflight.values());
        inflight.clear();
        finish();
      };
      w.on('error', fail);
      w.on('exit', fail);
      feed();
    }
  });
  // Batches of a worker that crashed or refused (and, if every worker died, the rest of the queue).
  for (const b of [...orphaned, ...queue]) await inThread(b);
}
