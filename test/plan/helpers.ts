import type { Finding, Severity } from '../../src/rules/types.js';

let n = 0;
/** A synthetic finding (the plan never reads code, so findings are all it needs). */
export function finding(ruleId: string, path: string, line = 1, extra: Partial<Finding> = {}): Finding {
  const category = ruleId.split('/')[0] as Finding['category'];
  const parts = path.split('/');
  return {
    ruleId,
    severity: 'medium' as Severity,
    confidence: 'high',
    path,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    message: `${ruleId} at ${path}`,
    snippet: '',
    fingerprint: `fp${n++}`,
    component: parts[0] === 'services' && parts.length > 2 ? `services/${parts[1]}` : parts.length > 1 ? parts[0] : '.',
    category,
    ...extra,
  };
}

/** A duplicated-module finding whose copies are the given folders. */
export function duplicated(copies: string[]): Finding {
  return finding('maintainability/duplicated-module', copies[0], 0, {
    message: `\`${copies[0].split('/').pop()}\`: ${copies.length} copies`,
    locations: copies.map((p) => ({ path: p, line: 0, column: 0, endLine: 0, snippet: '' })),
  });
}

/** A small synthetic repository's findings used by several tests and the golden. */
export function sampleFindings(): Finding[] {
  const copies = ['services/api/utils/Icache', 'services/worker/utils/Icache', 'services/cron/utils/Icache'];
  const out: Finding[] = [duplicated(copies)];
  for (const c of copies) {
    out.push(finding('security/code-eval', `${c}/redis_read.py`, 18, { severity: 'high', message: 'eval() on `value.decode()`' }));
    out.push(finding('reliability/bare-except', `${c}/redis_read.py`, 30));
  }
  out.push(
    finding('security/hardcoded-secret', 'services/api/settings.py', 4, {
      severity: 'critical',
      message: 'password literal for DB_PASS (same value in 2 files)',
      snippet: 'DB_PASS = "s3c…#a41f"',
      locations: [
        { path: 'services/api/settings.py', line: 4, column: 1, endLine: 4, snippet: 'DB_PASS = "s3c…#a41f"' },
        { path: 'deploy/docker-compose.yml', line: 12, column: 1, endLine: 12, snippet: 'DB_PASS: s3c…#a41f' },
      ],
    }),
  );
  out.push(finding('shell/unsafe-rm', 'scripts/deploy.sh', 7, { severity: 'critical', message: 'rm -rf on "$RELEASE_DIR/" with no unset guard' }));
  out.push(finding('shell/missing-strict-mode', 'scripts/deploy.sh', 1, { message: 'no `set -u`, `set -o pipefail`' }));
  out.push(finding('shell/missing-strict-mode', 'scripts/backup.sh', 1, { message: 'no `set -e`' }));
  out.push(finding('reliability/http-no-retry', 'services/worker/fetch.py', 0));
  out.push(finding('reliability/no-circuit-breaker', '', 0, { severity: 'low', component: '.' }));
  out.push(finding('observability/print-logging', 'services/worker/main.py', 0, { severity: 'low', message: '12 print() calls' }));
  out.push(finding('observability/no-metrics', '', 0, { severity: 'low', component: '.' }));
  out.push(finding('hygiene/no-tests', 'services/worker', 0, { severity: 'high', message: 'component `services/worker` has no tests', component: 'services/worker' }));
  out.push(finding('ops/ci-no-tests', '.github/workflows/build.yml', 1, { severity: 'high' }));
  return out;
}
