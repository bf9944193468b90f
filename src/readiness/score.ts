/**
 * The readiness score: what is wrong (findings) and what is in place (controls), on one 0–100 scale.
 *
 *   readiness = round(0.6 × health + 0.4 × controls)
 *
 * - `health` is the findings score of src/report/health.ts (100 minus capped per-rule penalties);
 * - `controls` is the share of applicable controls in place: (done + ½ × partial) / (controls that are not
 *   "not applicable") × 100.
 *
 * Findings weigh more because each is a located defect; controls add what a findings-only score cannot see
 * (a repository with no CI, no backups and no runbook has few findings but is not production-ready). The
 * grade uses the same bands as the health rating (A ≥ 90 … F < 40).
 */
import { gradeOf, healthOf } from '../report/health.js';
import type { Finding } from '../rules/types.js';
import type { Readiness } from './types.js';

export const FINDINGS_WEIGHT = 0.6;
export const CONTROLS_WEIGHT = 0.4;

export interface ReadinessScore {
  score: number;
  health: number;
  controls: number;
  grade: string;
  label: string;
}

export function readinessScore(findings: readonly Finding[], readiness: Pick<Readiness, 'controlScore'>): ReadinessScore {
  const health = healthOf(findings).score;
  const score = Math.round(FINDINGS_WEIGHT * health + CONTROLS_WEIGHT * readiness.controlScore);
  return { score, health, controls: readiness.controlScore, ...gradeOf(score) };
}
