import path from 'node:path';
import { expect, test } from 'vitest';
import { buildPlan } from '../../src/plan/index.js';
import { scan } from '../../src/index.js';
import { toReportModel } from '../../src/report/model.js';
import { renderAuditMarkdown } from '../../src/report/audit-markdown.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { sarifReport } from '../../src/report/sarif.js';
import { expectGolden } from '../helpers/golden.js';
import { validateSarif } from './sarif.test.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'legacy-platform');
const GOLDEN = path.join(import.meta.dirname, '__golden__');
const TOOL = { name: 'harden', version: '0.0.0-golden', informationUri: 'https://github.com/harden-dev/harden' };

/**
 * The bundled example is the product's demo: its full findings (as SARIF, validated against the schema) and
 * its plan for 3 developers are golden files. Regenerate with UPDATE_GOLDEN=1 after an intended change, and
 * read the diff.
 */
test('examples/legacy-platform: SARIF validates and its findings match the golden list', async () => {
  const res = await scan(EXAMPLE, { config: {}, cache: false });
  const sarif = sarifReport(toReportModel(res, TOOL, 'legacy-platform'));
  expect(validateSarif(sarif)).toEqual([]);
  const results = JSON.parse(sarif).runs[0].results as Array<{
    ruleId: string;
    level: string;
    message: { text: string };
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>;
    relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>;
    suppressions?: unknown[];
  }>;
  const where = (l: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }) =>
    `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region?.startLine ?? 0}`;
  const lines = results.map((r) => {
    const also = r.relatedLocations?.length ? `\n    at ${r.relatedLocations.map(where).join(', ')}` : '';
    return `${r.ruleId} ${r.level}${r.suppressions ? ' (suppressed)' : ''} ${where(r.locations[0])}  ${r.message.text}${also}`;
  });
  const skipped = res.skipped.map((s) => `skipped ${s.path}: ${s.reason}`);
  expectGolden(path.join(GOLDEN, 'legacy-platform.findings.txt'), `${[...lines, ...skipped].join('\n')}\n`);
});

test('examples/legacy-platform: HARDENING.md for 3 developers matches the golden plan', async () => {
  const res = await scan(EXAMPLE, { config: {}, cache: false });
  const plan = buildPlan(res, { devs: 3, hoursPerDay: 6 });
  // Consolidation of the copied modules comes before the fixes inside the copies, with both efforts shown.
  const mnt = plan.items.find((i) => i.rules.includes('maintainability/duplicated-module'));
  const evalItem = plan.items.find((i) => i.rules.includes('security/code-eval'));
  expect(mnt && evalItem).toBeTruthy();
  expect(evalItem!.blockedBy.map((b) => b.id)).toContain(mnt!.id);
  const md = renderPlanMarkdown(plan, { title: 'Hardening plan: legacy-platform' });
  expect(md).toMatch(new RegExp(`if done before ${mnt!.id}, [\\d.]+ h after`));
  expectGolden(path.join(GOLDEN, 'legacy-platform.HARDENING.md'), md);
});

test('examples/legacy-platform: AUDIT.md matches the golden audit (health, inventory, security, plan, issues)', async () => {
  const res = await scan(EXAMPLE, { config: {}, cache: false });
  const plan = buildPlan(res, { devs: 3, hoursPerDay: 6 });
  const md = renderAuditMarkdown({ model: toReportModel(res, TOOL, 'legacy-platform'), facts: res.facts, plan });
  // The sections of SPEC §7, and the facts a reviewer checks first.
  for (const h of ['## Executive summary', '## Inventory', '## Security audit', '## Codebase audit', '### Duplicated modules', '### Complexity hotspots', '## Prioritized action plan', '## Issues to create']) {
    expect(md).toContain(h);
  }
  expect(md).toContain('| plc-monitor | `docker-compose.yml:43` | build `services/plc-monitor` | — | — | **yes** |');
  expect(md).toContain('| `0 2 * * *` | `/opt/platform/deploy/backup.sh');
  expectGolden(path.join(GOLDEN, 'legacy-platform.AUDIT.md'), md);
});
