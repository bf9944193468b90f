import { countBySeverity, type ReportModel } from './model.js';
import { printableJson } from '../engine/printable.js';

/** The JSON output: a stable contract (`version` bumps on breaking change). */
function jsonReportUnguarded(model: ReportModel): string {
  return `${JSON.stringify(
    {
      version: 1,
      tool: { name: model.tool.name, version: model.tool.version },
      root: model.rootName,
      generatedAt: model.generatedAt,
      summary: {
        findings: model.findings.length,
        bySeverity: countBySeverity(model.findings),
        suppressed: model.suppressed.length,
        skipped: model.skipped.length,
        filesAnalysed: model.stats.filesAnalysed,
        lines: model.stats.lines,
      },
      findings: model.findings,
      suppressed: model.suppressed,
      skipped: model.skipped,
      notices: model.notices,
      stats: model.stats,
    },
    null,
    2,
  )}\n`;
}

/** jsonReport, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function jsonReport(model: ReportModel): string {
  return printableJson(jsonReportUnguarded(model));
}
