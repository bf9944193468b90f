import type { Rule } from '../rules/types.js';
import { ruleHelpMarkdown } from './sarif.js';

export function listRules(rules: readonly Rule[], format: 'text' | 'json'): string {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  if (format === 'json') {
    return `${JSON.stringify(
      sorted.map((r) => ({ id: r.id, title: r.title, category: r.category, severity: r.severity, confidence: r.confidence, status: r.status, scope: r.scope.kind })),
      null,
      2,
    )}\n`;
  }
  const width = Math.max(...sorted.map((r) => r.id.length), 10);
  return `${sorted.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.title}${r.status !== 'stable' ? ` (${r.status})` : ''}`).join('\n')}\n${sorted.length} rules\n`;
}

export function explainRule(rule: Rule): string {
  const meta = [
    `id: ${rule.id}`,
    `severity: ${rule.severity} · confidence: ${rule.confidence} · scope: ${rule.scope.kind}${rule.cwe?.length ? ` · ${rule.cwe.join(', ')}` : ''}`,
    `effort: ${rule.remediation.effort} (${rule.remediation.kind}, track ${rule.remediation.track})`,
  ];
  return `${meta.join('\n')}\n\n${ruleHelpMarkdown(rule)}\n`;
}
