/**
 * Worker thread of the task pool (src/engine/pool.ts). Rules and extractors cannot cross postMessage: the
 * worker receives rule ids and loads the same rule modules and default extractors itself, once.
 * Protocol: in `{ id, tasks: FileTask[] }`, out `{ id, results: FileResult[] }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { builtinExtractors } from './extractors.js';
import { registerLanguages } from '../parse/langs.js';
import { isFileRule } from '../rules/define.js';
import { ALL_RULES } from '../rules/index.js';
import type { FileRule } from '../rules/types.js';
import { analyzeFile, type FileResult, type FileTask } from './analyze-file.js';
import type { ExtractorSet } from './pool.js';
import { reclaimNativeMemory } from './reclaim.js';

export interface WorkerInit {
  ruleIds: string[];
  maxFileBytes: number;
  /** A built-in extractor set (loaded here by name: functions cannot cross postMessage), or none. */
  extractors: ExtractorSet | 'none';
}

export interface WorkerRequest {
  id: number;
  tasks: FileTask[];
}

export interface WorkerReply {
  id: number;
  results?: FileResult[];
  error?: string;
}

const init = workerData as WorkerInit;
registerLanguages();
const byId = new Map(ALL_RULES.filter(isFileRule).map((r) => [r.id, r]));
const rules: FileRule[] = [];
const missing: string[] = [];
for (const id of init.ruleIds) {
  const r = byId.get(id);
  if (r) rules.push(r);
  else missing.push(id);
}
const perFileExtractors = init.extractors === 'none' ? [] : builtinExtractors(init.extractors);

/**
 * One batch per event-loop turn: the tree finalizers queued by the collection after a batch run before the
 * next batch starts (a MessagePort drains all pending messages in one go, which would starve them).
 */
const pending: WorkerRequest[] = [];
let _previousResults: FileResult[] = [];
let scheduled = false;

function runOne(): void {
  scheduled = false;
  const msg = pending.shift();
  if (!msg) return;
  if (missing.length) {
    parentPort!.postMessage({ id: msg.id, error: `unknown rules in worker: ${missing.join(', ')}` } satisfies WorkerReply);
  } else {
    const results: FileResult[] = [];
    for (const t of msg.tasks) results.push(analyzeFile(t, { rules, maxFileBytes: init.maxFileBytes, perFileExtractors }));
    parentPort!.postMessage({ id: msg.id, results } satisfies WorkerReply);
    // Kept until the next batch has run: engine/reclaim.ts.
    _previousResults = results;
    reclaimNativeMemory(results.reduce((n, r) => n + r.bytes, 0));
  }
  schedule();
}

function schedule(): void {
  if (scheduled || !pending.length) return;
  scheduled = true;
  setImmediate(runOne);
}

parentPort!.on('message', (msg: WorkerRequest) => {
  pending.push(msg);
  schedule();
});
