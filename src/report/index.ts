import { jsonReport } from './json.js';
import type { ReportModel } from './model.js';
import { sarifReport } from './sarif.js';
import { textReport, type TextOptions } from './text.js';

/** Scan reporters by `--format` name. Pure functions: the CLI does the writing. */
export const SCAN_REPORTERS = {
  text: (m: ReportModel, o: TextOptions) => textReport(m, o),
  json: (m: ReportModel) => jsonReport(m),
  sarif: (m: ReportModel) => sarifReport(m),
} as const;

export type ScanFormat = keyof typeof SCAN_REPORTERS;
