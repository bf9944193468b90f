import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Rule, Severity } from '../rules/types.js';
import type { ReportModel } from './model.js';
import { printableJson } from '../engine/printable.js';

const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

export function ruleHelpMarkdown(rule: Rule): string {
  const d = rule.docs;
  const fence = (c: string) => `\`\`\`\n${c.replace(/\n$/, '')}\n\`\`\``;
  return [
    `## ${rule.title}`,
    d.what,
    `### Why it matters`,
    d.why,
    `### Example`,
    fence(d.bad.code),
    `### Instead`,
    fence(d.good.code),
    `### Fix`,
    d.fix,
    ...(d.falsePositives ? [`### False-positive traps`, d.falsePositives] : []),
  ].join('\n\n');
}

function descriptor(rule: Rule, uri: string): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id.split('/')[1].replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.docs.what },
    help: { text: rule.docs.fix, markdown: ruleHelpMarkdown(rule) },
    helpUri: `${uri}/blob/main/docs/rules.md#${rule.id.replace('/', '')}`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [rule.category, ...(rule.tags ?? []), ...(rule.cwe ?? []).map((c) => `external/cwe/${c.toLowerCase()}`)],
      precision: rule.confidence === 'high' ? 'high' : rule.confidence === 'medium' ? 'medium' : 'low',
      'security-severity': rule.category === 'security' ? { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' }[rule.severity] : undefined,
    },
  };
}

function location(path: string, line: number, column?: number, endLine?: number, endColumn?: number) {
  const region: Record<string, number> = { startLine: Math.max(1, line) };
  if (line > 0 && column && column > 0) region.startColumn = column;
  if (line > 0 && endLine && endLine >= line) region.endLine = endLine;
  if (line > 0 && endColumn && endColumn > 0 && endLine === line && column && endColumn > column) region.endColumn = endColumn;
  return {
    physicalLocation: {
      artifactLocation: { uri: path ? encodeURI(path) : '.', uriBaseId: '%SRCROOT%' },
      ...(path && line > 0 ? { region } : {}),
    },
  };
}

function result(f: Finding, ruleIndex: Map<string, number>): Result {
  const r: Result = {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.path, f.line, f.column, f.endLine, f.endColumn)],
    partialFingerprints: { 'harden/v1': f.fingerprint },
    properties: { severity: f.severity, confidence: f.confidence, component: f.component, ...(f.snippet ? { snippet: f.snippet } : {}) },
  };
  if (f.locations && f.locations.length > 1) {
    r.relatedLocations = f.locations.map((l, i) => ({ id: i, ...location(l.path, l.line, l.column, l.endLine), message: { text: l.snippet || l.path } }));
  }
  if (f.suppressed) r.suppressions = [{ kind: f.suppressed.by === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason }];
  return r;
}

/** SARIF 2.1.0 (validated against the official schema in the tests). */
function sarifReportUnguarded(model: ReportModel): string {
  const ruleIndex = new Map(model.rules.map((r, i) => [r.id, i]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: model.tool.name,
            version: model.tool.version,
            informationUri: model.tool.informationUri,
            rules: model.rules.map((r) => descriptor(r, model.tool.informationUri)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: `the scanned repository (${model.rootName})` } } },
        results: [...model.findings, ...model.suppressed].map((f) => result(f, ruleIndex)),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...model.skipped.map((s) => ({
                level: 'note' as const,
                message: { text: `skipped: ${s.reason}` },
                locations: [location(s.path, 0)],
                descriptor: { id: 'scan/skipped' },
              })),
              ...model.notices.map((n) => ({
                level: (n.kind === 'rule-crashed' ? 'error' : 'warning') as 'error' | 'warning',
                message: { text: n.message },
                locations: n.path ? [location(n.path, n.line ?? 0)] : undefined,
                descriptor: { id: `scan/${n.kind}` },
              })),
            ],
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** sarifReport, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function sarifReport(model: ReportModel): string {
  return printableJson(sarifReportUnguarded(model));
}
