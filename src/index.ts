/** The programmatic API used by the CLI and the tests. */
import path from 'node:path';
import { loadConfig } from './config/load.js';
import type { HardenConfig } from './config/schema.js';
import { builtinExtractors, DEFAULT_EXTRACTORS, FINDING_EXTRACTORS } from './engine/extractors.js';
import { readinessSignals } from './readiness/signals.js';
import { createTaskRunner, type ExtractorSet } from './engine/pool.js';
import { scanRepository, type ScanOptions, type ScanResult } from './engine/scan.js';
import { ALL_RULES } from './rules/index.js';
import type { Rule } from './rules/types.js';

export type { ScanResult } from './engine/scan.js';
export type { Finding, Rule } from './rules/types.js';
export { ALL_RULES } from './rules/index.js';

export { builtinExtractors, DEFAULT_EXTRACTORS, FINDING_EXTRACTORS } from './engine/extractors.js';

export interface ScanApiOptions extends Partial<Omit<ScanOptions, 'root' | 'rules' | 'config'>> {
  config?: HardenConfig;
  configFile?: string;
  rules?: readonly Rule[];
  /** Worker threads (default: available cores; 1 = in this thread). */
  jobs?: number;
  /** Result cache: true = `<root>/.harden/cache`, a string = that folder, false/undefined = none. */
  cache?: boolean | string;
  /**
   * Collect the per-file evidence of the readiness checklist (default true). `false` when the caller will not
   * evaluate the checklist: the scan skips that extractor, its findings are the same, and the result says
   * `readinessFacts: false` (readiness/evaluate refuses such a result). Ignored when `perFileExtractors` is given.
   */
  readiness?: boolean;
}

export interface ScanApiResult extends ScanResult {
  configFile?: string;
  /** Whether the facts hold the readiness evidence (false after `readiness: false`). */
  readinessFacts: boolean;
}

export async function scan(root: string, opts: ScanApiOptions = {}): Promise<ScanApiResult> {
  const rules = opts.rules ?? ALL_RULES;
  const loaded = opts.config ? { config: opts.config } : await loadConfig(root, opts.configFile, new Set(rules.map((r) => r.id)));
  const set: ExtractorSet | undefined = opts.perFileExtractors ? undefined : opts.readiness === false ? 'findings' : 'default';
  const perFileExtractors = opts.perFileExtractors ?? builtinExtractors(set!);
  const runTasks =
    opts.runTasks ??
    createTaskRunner({
      jobs: opts.jobs,
      cacheDir: opts.cache === true ? path.join(path.resolve(root), '.harden', 'cache') : opts.cache ? path.resolve(opts.cache) : undefined,
      cacheRoot: path.resolve(root),
      maxFileBytes: loaded.config.maxFileBytes,
      perFileExtractors,
      extractorSet: set ?? (perFileExtractors === DEFAULT_EXTRACTORS ? 'default' : perFileExtractors === FINDING_EXTRACTORS ? 'findings' : undefined),
      cacheKeyExtra: loaded.config,
    });
  const result = await scanRepository({ ...opts, root, rules, config: loaded.config, perFileExtractors, runTasks });
  return { ...result, configFile: 'file' in loaded ? loaded.file : undefined, readinessFacts: perFileExtractors.includes(readinessSignals) };
}
