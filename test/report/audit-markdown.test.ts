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

test('health: 100 with no findings; per-rule caps; grades at their bounds', () => {
  expect(healthOf([])).toMatchObject({ score: 100, grade: 'A' });
  // One noisy medium rule costs at most its cap (8), whatever its count.
  expect(healthOf(Array.from({ length: 50 }, () => f('reliability/bare-except', 'medium'))).score).toBe(92);
  // A rule's weight is its most severe finding's.
  expect(healthOf([f('security/code-eval', 'low'), f('security/code-eval', 'high')]).penalties[0]).toMatchObject({ severity: 'high', points: 12 });
  const many = ['a', 'b', 'c', 'd'].map((x) => f(`security/${x}`, 'critical'));
  expect(healthOf(many)).toMatchObject({ score: 52, grade: 'D' });
  expect(healthOf([...many, ...many, ...many]).grade).toBe('F');
  expect(healthOf(Array.from({ length: 3 }, () => f('ops/no-ci', 'high'))).grade).toBe('B');
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
