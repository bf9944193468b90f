import type { Finding, Severity } from '../rules/types.js';

/**
 * The overall health rating of the audit (0–100 and a grade).
 *
 *   points(rule) = weight[severity] × (1 + log2(findings of the rule))
 *   score        = 100 × K / (K + Σ over rules of points(rule)),   K = 100
 *
 * A rule's severity is the highest severity among its findings; findings are counted after grouping (a
 * secret found in 9 files is one finding). The logarithm keeps one noisy rule from deciding the grade on its
 * own (50 bare excepts cost 2 × 6.6 = 13 points, not 100) while every finding fixed still lowers the
 * penalty; the hyperbola maps any penalty into (0, 100] without a floor, so a repository deep in the red
 * still sees its score rise when critical and high findings go (no `max(0, …)`, no per-rule cap that
 * hides 31 → 11).
 *
 * | severity | weight |
 * |---|---:|
 * | critical | 20 |
 * | high | 8 |
 * | medium | 2 |
 * | low | 0.5 |
 * | info | 0 |
 *
 * One critical finding alone gives 83 (B); a penalty of 100 points gives 50 (D).
 * Grades: A ≥ 90 (good), B ≥ 75 (fair), C ≥ 60 (needs work), D ≥ 40 (poor), F < 40 (not production-ready).
 */
export const HEALTH_WEIGHTS: Record<Severity, { weight: number }> = {
  critical: { weight: 20 },
  high: { weight: 8 },
  medium: { weight: 2 },
  low: { weight: 0.5 },
  info: { weight: 0 },
};

/** Penalty points at which the score is 50. */
export const HEALTH_HALF_POINTS = 100;

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface Health {
  score: number;
  grade: Grade;
  label: string;
  /** Points lost per rule, largest first. */
  penalties: Array<{ ruleId: string; severity: Severity; findings: number; points: number }>;
}

const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function healthOf(findings: readonly Finding[]): Health {
  const byRule = new Map<string, { severity: Severity; findings: number }>();
  for (const f of findings) {
    const r = byRule.get(f.ruleId) ?? { severity: f.severity, findings: 0 };
    r.findings++;
    if (ORDER.indexOf(f.severity) < ORDER.indexOf(r.severity)) r.severity = f.severity;
    byRule.set(f.ruleId, r);
  }
  const penalties = [...byRule.entries()]
    .map(([ruleId, r]) => {
      const w = HEALTH_WEIGHTS[r.severity];
      return { ruleId, severity: r.severity, findings: r.findings, points: Math.round(w.weight * (1 + Math.log2(r.findings)) * 10) / 10 };
    })
    .filter((p) => p.points > 0)
    .sort((a, b) => b.points - a.points || (a.ruleId < b.ruleId ? -1 : 1));
  const total = penalties.reduce((s, p) => s + w(p), 0);
  const score = Math.round((100 * HEALTH_HALF_POINTS) / (HEALTH_HALF_POINTS + total));
  return { score, ...gradeOf(score), penalties };
}

/** Unrounded points of a penalty (the rounded figure is for display). */
function w(p: { severity: Severity; findings: number }): number {
  return HEALTH_WEIGHTS[p.severity].weight * (1 + Math.log2(p.findings));
}

export function gradeOf(score: number): { grade: Grade; label: string } {
  const [grade, label]: [Grade, string] =
    score >= 90 ? ['A', 'good'] : score >= 75 ? ['B', 'fair'] : score >= 60 ? ['C', 'needs work'] : score >= 40 ? ['D', 'poor'] : ['F', 'not production-ready'];
  return { grade, label };
}
