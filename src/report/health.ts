import type { Finding, Severity } from '../rules/types.js';

/**
 * The overall health rating of the audit (0–100 and a grade).
 *
 *   score = max(0, 100 − Σ over rules of min(cap[severity], weight[severity] × findings of the rule))
 *
 * A rule's severity is the highest severity among its findings; findings are counted after grouping (a
 * secret found in 9 files is one finding). The per-rule cap keeps one noisy rule from deciding the grade on
 * its own, while several serious rules still do. Weights and caps:
 *
 * | severity | weight | cap per rule |
 * |---|---:|---:|
 * | critical | 12 | 30 |
 * | high | 6 | 18 |
 * | medium | 2 | 8 |
 * | low | 0.5 | 3 |
 * | info | 0 | 0 |
 *
 * Grades: A ≥ 90 (good), B ≥ 75 (fair), C ≥ 60 (needs work), D ≥ 40 (poor), F < 40 (not production-ready).
 */
export const HEALTH_WEIGHTS: Record<Severity, { weight: number; cap: number }> = {
  critical: { weight: 12, cap: 30 },
  high: { weight: 6, cap: 18 },
  medium: { weight: 2, cap: 8 },
  low: { weight: 0.5, cap: 3 },
  info: { weight: 0, cap: 0 },
};

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
      return { ruleId, severity: r.severity, findings: r.findings, points: Math.min(w.cap, w.weight * r.findings) };
    })
    .filter((p) => p.points > 0)
    .sort((a, b) => b.points - a.points || (a.ruleId < b.ruleId ? -1 : 1));
  const score = Math.max(0, Math.round(100 - penalties.reduce((s, p) => s + p.points, 0)));
  return { score, ...gradeOf(score), penalties };
}

export function gradeOf(score: number): { grade: Grade; label: string } {
  const [grade, label]: [Grade, string] =
    score >= 90 ? ['A', 'good'] : score >= 75 ? ['B', 'fair'] : score >= 60 ? ['C', 'needs work'] : score >= 40 ? ['D', 'poor'] : ['F', 'not production-ready'];
  return { grade, label };
}
