import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { renderAuditMarkdown } from '../../src/report/audit-markdown.js';
import { healthOf } from '../../src/report/health.js';
import { toReportModel } from '../../src/report/model.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import { tempRepo } from '../helpers/temp-repo.js';

const TOOL = { name: 'harden', version: 'test', informationUri: 'https://example.com' };

const f = (ruleId: string, severity: Severity): Finding => ({
  ruleId, severity, confidence: 'high', path: 'a.py', line: 1, column: 1, endLine: 1, endColumn: 2,
  message: 'm', snippet: '', fingerprint: `${ruleId}-${Math.random()}`, component: '.', category: ruleId.split('/')[0] as Finding['category'],
});

test('health: 100 with no findings; one noisy rule does not decide alone; grades at their bounds', () => {
  expect(healthOf([])).toMatchObject({ score: 100, grade: 'A' });
  // 50 findings of one medium rule: 2 × (1 + log2 50) = 13.3 points
  expect(healthOf(Array.from({ length: 50 }, () => f('reliability/bare-except', 'medium'))).score).toBe(88);
  // A rule's weight is its most severe finding's.
  expect(healthOf([f('security/code-eval', 'low'), f('security/code-eval', 'high')]).penalties[0]).toMatchObject({ severity: 'high', points: 16 });
  expect(healthOf([f('security/a', 'critical')])).toMatchObject({ score: 83, grade: 'B' });
  const many = ['a', 'b', 'c', 'd'].map((x) => f(`security/${x}`, 'critical'));
  expect(healthOf(many)).toMatchObject({ score: 56, grade: 'D' });
  expect(healthOf([...many, ...many, ...many]).grade).toBe('F');
  expect(healthOf(Array.from({ length: 3 }, () => f('ops/no-ci', 'high'))).grade).toBe('B');
});

test('health moves when critical and high findings drop, even deep in the red (critical 2 → 0, high 31 → 11)', () => {
  // A legacy repository: besides its critical and high findings, 240 medium findings in 16 rules and 300 low in 10.
  const rest = [
    ...Array.from({ length: 240 }, (_, i) => f(`reliability/m${i % 16}`, 'medium')),
    ...Array.from({ length: 300 }, (_, i) => f(`hygiene/l${i % 10}`, 'low')),
  ];
  const highs = (n: number, rules: number) => Array.from({ length: n }, (_, i) => f(`security/h${i % rules}`, 'high'));
  const before = healthOf([f('security/hardcoded-secret', 'critical'), f('shell/unsafe-rm', 'critical'), ...highs(31, 7), ...rest]);
  const after = healthOf([...highs(11, 4), ...rest]);
  expect(before.score).toBeGreaterThan(0);
  expect(after.score - before.score).toBeGreaterThanOrEqual(5); // 20 → 27 with the weights of health.ts
  // every step in between moves it the same way: fixing one more finding never lowers the score
  let prev = before.score;
  for (let h = 31; h >= 11; h--) {
    const s = healthOf([...highs(h, Math.min(7, h)), ...rest]).score;
    expect(s).toBeGreaterThanOrEqual(prev);
    prev = s;
  }
});

test('AUDIT.md: inventory of compose services, cron jobs and systemd units; repository strings are escaped', async () => {
  const dir = tempRepo({
    'docker-compose.yml': 'services:\n  "we|b`x":\n    image: nginx:1.25\n    ports: ["8080:80"]\n    privileged: true\n',
    'ops/cron.d/backup': 'SHELL=/bin/bash\n# nightly\n0 3 * * * backup /usr/local/bin/backup.sh --all\n@reboot root /opt/start.sh\n',
    'deploy/app.service': '[Unit]\nDescription=App server\n[Service]\nExecStart=/opt/app/bin/serve --port 80\nUser=app\nRestart=always\n',
    'app.py': 'print("hi")\n',
  });
  const res = await scan(dir, { config: {}, cache: false });
  const md = renderAuditMarkdown({ model: toReportModel(res, TOOL, 'demo'), facts: res.facts, plan: buildPlan(res) });
  expect(md).toContain("| we\\|b'x | `docker-compose.yml:2` | `nginx:1.25` | `8080:80` | — | **yes** |");
  expect(md).toContain('| `0 3 * * *` | `/usr/local/bin/backup.sh --all` as `backup` | `ops/cron.d/backup:3` |');
  expect(md).toContain('| `@reboot` | `/opt/start.sh` as `root` | `ops/cron.d/backup:4` |');
  expect(md).toContain('| `deploy/app.service` | App server | `/opt/app/bin/serve --port 80` | `app` | always |');
  expect(md).toContain('None: no CI configuration was found.');
  expect(md).toMatch(/### Overall health: \*\*[A-F] — /);
});
