/**
 * Forced collections that free the native memory of syntax trees (used by the task pool, its worker threads and
 * the benches). A module of its own so that a worker loads it without the pool's cache and git modules.
 *
 * What a forced collection costs besides its own time: a full collection frees whatever optimised code depends
 * on something not alive at that moment, and V8 then compiles those functions again. Two kinds mattered:
 * - hidden classes built by map transitions (class fields, properties added to a literal, spreads), which V8
 *   holds weakly: when no object of that shape is alive (a worker between batches), the class is freed and every
 *   function specialised on it is deoptimised ("weak objects" in `--trace-deopt-verbose`). So these stay alive
 *   across a collection: the last file's input (engine/analyze-file `_lastInput`), the last batch's results
 *   (engine/worker `_previousResults`), the walk unions (parse/candidates `unions`, kept by key) and one
 *   `Hash` (maintainability/_module-fingerprint `_hashShapes`: `moduleFingerprint` inlines `createHash` and was
 *   compiled again after every batch, ≈ 30 ms each, 38 times on the 200k corpus with a collection per batch);
 * - the optimised code of a closure, which V8 keeps only while a closure of that site lives: the per-file
 *   callbacks of the most recompiled functions (docstring and token filters, the numeric sort of the literal
 *   sketch, the pre-filter words, the walk's regex-alternative merge) are loops or module-level functions.
 * Measured together with `RECLAIM_MIN_PARSED_BYTES` (below), one thread on the 1M corpus (`--trace-opt`): 2,124
 * optimising compiles taking 9.9 s of compiler time before these changes, 622 taking 3.5 s after (the base build
 * of 6131bac: 1,663 taking 7.1 s).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Files analysed between two `reclaimNativeMemory` calls. */
export const RECLAIM_EVERY = 48;

let gcFn: (() => void) | null | undefined;

/**
 * Process RSS below which `reclaimNativeMemory` does not force a collection. A forced full collection after
 * every batch cost ≈ 20 % of a scan's CPU (200k-line bench corpus, one thread: 12.0 s CPU with it, 9.6 s
 * without); collecting only above this budget keeps the peak bounded (one batch above it) at a fraction of
 * that cost. Process-wide: worker threads share it, so it must leave room for every worker's heap (200k,
 * 2 workers: 583 MB peak and no forced collection with 640 MB; with 448 MB both workers collected after
 * almost every batch, 12.6 s instead of 11.0 s CPU).
 */
export const RECLAIM_RSS_BYTES = 640 * 1024 * 1024;

/**
 * Source bytes a thread analyses between two forced collections, at least. Above `RECLAIM_RSS_BYTES` the RSS
 * stays high even after a collection (malloc keeps the freed trees' memory for the next ones, and the results
 * kept for the report grow with the scan), so without this floor every batch paid a full collection; and every
 * full collection also throws away optimised code whose closures or hidden classes were not alive at that moment,
 * which V8 then compiles again. Measured on the 50k-line subset with a collection forced after every batch
 * (callgrind, two workers): 21.9 G instructions without the floor, 18.1 G with 1 MiB; the 1M corpus's peak RSS
 * moved by less than 30 MB.
 */
export const RECLAIM_MIN_PARSED_BYTES = 1024 * 1024;

let parsedSinceCollection = 0;

/**
 * Syntax trees live in native memory (ast-grep/tree-sitter) that V8 does not count: its heap stays small, so
 * it never collects the JS handles that keep trees alive, and their finalizers only run once the thread
 * returns to the event loop. Measured on the 200k-line bench corpus, one thread: 487 MB peak RSS with no
 * forced collection, 209 MB with one after every 48-file batch (and 6.6 GB on the 1M corpus before any
 * reclaiming existed). This forces a collection when the process RSS is above `RECLAIM_RSS_BYTES` and this
 * thread has analysed `RECLAIM_MIN_PARSED_BYTES` of source since its last one (or always, with `force`);
 * `parsedBytes` is what the caller analysed since its previous call. Callers must yield (await setImmediate /
 * return to the message loop) after calling it.
 */
export function reclaimNativeMemory(parsedBytes: number, force = false): void {
  parsedSinceCollection += parsedBytes;
  if (gcFn === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as () => void;
    } catch {
      gcFn = null;
    }
  }
  if (!force && (parsedSinceCollection < RECLAIM_MIN_PARSED_BYTES || process.memoryUsage.rss() < RECLAIM_RSS_BYTES)) return;
  parsedSinceCollection = 0;
  gcFn?.();
}
