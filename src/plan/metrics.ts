import type { Finding, RepoFactsView } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';

/** The before-vs-after metrics of `harden status`: key → label, in display order. */
const LOWER: ReadonlyArray<[string, string]> = [
  ['findings', 'Findings'],
  ...SEVERITIES.map((s): [string, string] => [`findings.${s}`, `${s[0].toUpperCase()}${s.slice(1)} findings`]),
  ['secrets', 'Distinct hardcoded secrets'],
  ['secretFiles', 'Committed secret files'],
  ['evalCalls', 'eval/exec on dynamic input'],
  ['bareExcepts', 'Bare excepts'],
  ['swallowedExceptions', 'Swallowed exceptions'],
  ['unsafeRm', 'Unguarded rm -rf'],
  ['privilegedContainers', 'Privileged containers'],
  ['duplicatedModules', 'Duplicated modules'],
  ['duplicateCopies', 'Copies of duplicated modules'],
];
const HIGHER: ReadonlyArray<[string, string]> = [
  ['ciPipelines', 'CI pipelines'],
  ['ciWithTests', 'CI pipelines that run tests'],
];
export const METRICS: ReadonlyArray<{ key: string; label: string; better: 'lower' | 'higher' }> = [
  ...LOWER.map(([key, label]) => ({ key, label, better: 'lower' as const })),
  ...HIGHER.map(([key, label]) => ({ key, label, better: 'higher' as const })),
  { key: 'componentsWithoutTests', label: 'Components without tests', better: 'lower' },
  { key: 'readiness', label: 'Readiness score', better: 'higher' },
  { key: 'controls', label: 'Readiness controls in place (%)', better: 'higher' },
];

const count = (findings: readonly Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).length;
const occurrences = (findings: readonly Finding[], ruleId: string) =>
  findings.filter((f) => f.ruleId === ruleId).reduce((n, f) => n + Math.max(1, f.locations?.length ?? 1), 0);

/** Metrics of one scan, from its findings and facts (the readiness score is passed in: report/health.ts). */
export function computeMetrics(findings: readonly Finding[], facts: Pick<RepoFactsView, 'ci'>, readiness: number): Record<string, number> {
  const m: Record<string, number> = { findings: findings.length };
  for (const s of SEVERITIES) m[`findings.${s}`] = findings.filter((f) => f.severity === s).length;
  m.secrets = count(findings, 'security/hardcoded-secret');
  m.secretFiles = count(findings, 'security/committed-secret-file');
  m.evalCalls = occurrences(findings, 'security/code-eval');
  m.bareExcepts = occurrences(findings, 'reliability/bare-except');
  m.swallowedExceptions = occurrences(findings, 'reliability/swallowed-exception');
  m.unsafeRm = occurrences(findings, 'shell/unsafe-rm');
  m.privilegedContainers = occurrences(findings, 'security/privileged-container');
  const dups = findings.filter((f) => f.ruleId === 'maintainability/duplicated-module');
  m.duplicatedModules = dups.length;
  m.duplicateCopies = dups.reduce((n, f) => n + (f.locations?.length ?? 0), 0);
  m.ciPipelines = facts.ci.length;
  const untested = new Set(findings.filter((f) => f.ruleId === 'ops/ci-no-tests').map((f) => f.path));
  m.ciWithTests = facts.ci.filter((p) => !untested.has(p.file)).length;
  m.componentsWithoutTests = count(findings, 'hygiene/no-tests');
  m.readiness = readiness;
  return m;
}
