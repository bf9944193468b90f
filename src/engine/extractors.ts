/**
 * The built-in per-file fact extractors, by set. A module of its own so that a worker thread (engine/worker.ts)
 * loads them without the scan, discovery and configuration modules that src/index.ts brings (126 modules per
 * worker, 30 of them only the main thread uses).
 */
import type { PerFileExtractor } from './analyze-file.js';
import type { ExtractorSet } from './pool.js';
import { moduleFingerprint } from '../rules/maintainability/_module-fingerprint.js';
import { apiSignals } from '../rules/security/_api-signals.js';
import { secretFileSignals } from '../rules/security/committed-secret-file.js';
import { secretOverrideSignals } from '../rules/security/hardcoded-secret/overrides.js';
import { testImports } from '../rules/hygiene/_test-imports.js';
import { fileSignals } from '../rules/_signals.js';
import { readinessSignals } from '../readiness/signals.js';
import { shellSourcing } from '../rules/shell/_sourcing.js';
import { pythonPackaging } from '../rules/ops/_packaging.js';
import { privilegeDrop } from '../rules/security/_privilege-drop.js';

/** Per-file fact extractors run in the file pass unless `perFileExtractors` is given (workers load the same list). */
export const DEFAULT_EXTRACTORS: readonly PerFileExtractor[] = [moduleFingerprint, apiSignals, secretFileSignals, secretOverrideSignals, testImports, fileSignals, readinessSignals, shellSourcing, privilegeDrop, pythonPackaging];

/**
 * The default extractors less the readiness evidence (`perFile.readiness`), which only the readiness checklist
 * reads: what a scan that never evaluates the checklist needs (`scan({ readiness: false })`). The rules'
 * findings do not depend on it.
 */
export const FINDING_EXTRACTORS: readonly PerFileExtractor[] = DEFAULT_EXTRACTORS.filter((ex) => ex !== readinessSignals);

/** A built-in extractor set, by name (what a worker thread loads by itself and what a cache entry records). */
export function builtinExtractors(set: ExtractorSet): readonly PerFileExtractor[] {
  return set === 'findings' ? FINDING_EXTRACTORS : DEFAULT_EXTRACTORS;
}
