import type { Finding, RepoFactsView } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';

/** The before-vs-after metrics of `harden status`: key → label, in display order. */
export const METRICS: ReadonlyArray<{ key: string; label: string; better: 'lower' | 'higher' }> = [
  { key: 'findings', label: 'Findings', better: 'lower' },
  ...SEVERITIES.map((s) => ({ key: `findings.${s}`, label: `${s[0].toUpperCase()}${s.slice(1)} findings`, better: 'lower' as const })),
  { key: 'secrets', label: 'Distinct hardcoded secrets', better: 'lower' },
  { key: 'secretFiles', label: 'Committed secret files', better: 'lower' },
  { key: 'evalCalls', label: 'eval/exec on dynamic input', better: 'lower' },
  { key: 'bareExcepts', label: 'Bare excepts', better: 'lower' },
  { key: 'swallowedExceptions', label: 'Swallowed exceptions', better: 'lower' },
  { key: 'unsafeRm', label: 'Unguarded rm -rf', better: 'lower' },
  { key: 'privilegedContainers', label: 'Privileged containers', better: 'lower' },
  { key: 'duplicatedModules', label: 'Duplicated modules', better: 'lower' },
  { key: 'duplicateCopies', label: 'Copies of duplicated modules', better: 'lower' },
  { key: 'ciPipelines', label: 'CI pipelines', better: 'higher' },
  { key: 'ciWithTests', label: 'CI pipelines that run tests', better: 'higher' },
  { key: 'componentsWithoutTests', label: 'Components without tests', better: 'lower' },
  { key: 'readiness', label: 'Readiness score', better: 'higher' },
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
