import type { ScanResult } from '../../src/engine/scan.js';

/**
 * The comparable part of a scan: findings, suppressed findings, notices, skipped files, stats other than time
 * and the file list; with `perFile`, the per-file facts too (the engine tests compare two ways of running one
 * scan: worker threads, cache, extractor sets).
 */
export function scanEssence(r: ScanResult, opts: { perFile?: boolean } = {}) {
  const { durationMs: _d, ...stats } = r.stats;
  const base = { findings: r.findings, suppressed: r.suppressed, notices: r.notices, skipped: r.skipped, stats, files: r.facts.files };
  return opts.perFile ? { ...base, perFile: [...r.facts.perFile] } : base;
}
