import type { Notice } from '../engine/analyze-file.js';
import type { ScanResult, SkippedFile, ScanStats } from '../engine/scan.js';
import type { Finding, Rule, Severity } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';

/** What every reporter receives. Findings are already redacted and sorted by path, line, column, id. */
export interface ReportModel {
  tool: { name: string; version: string; informationUri: string };
  /** Display name of the scanned root (its folder name), never an absolute path of the user's machine. */
  rootName: string;
  findings: Finding[];
  suppressed: Finding[];
  skipped: SkippedFile[];
  notices: Notice[];
  stats: ScanStats;
  rules: readonly Rule[];
  /** ISO timestamp: only ever written in metadata blocks. */
  generatedAt?: string;
}

/** Strips engine-internal fields (group keys, secret ids) so nothing but the public Finding shape leaves. */
export function publicFinding(f: Finding): Finding {
  const out: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    confidence: f.confidence,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    snippet: f.snippet,
    fingerprint: f.fingerprint,
    component: f.component,
    category: f.category,
  };
  if (f.context && f.context !== 'product') out.context = f.context;
  if (f.locations) out.locations = f.locations;
  if (f.suppressed) out.suppressed = f.suppressed;
  return out;
}

export function toReportModel(scan: ScanResult, tool: ReportModel['tool'], rootName: string, generatedAt?: string): ReportModel {
  return {
    tool,
    rootName,
    findings: scan.findings.map(publicFinding),
    suppressed: scan.suppressed.map(publicFinding),
    skipped: scan.skipped,
    notices: scan.notices,
    stats: scan.stats,
    rules: scan.rules,
    generatedAt,
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) c[f.severity]++;
  return c;
}
