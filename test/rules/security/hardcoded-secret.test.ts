import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { scan } from '../../../src/index.js';
import rule from '../../../src/rules/security/hardcoded-secret/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';
import { severitiesAt } from '../../helpers/severities.js';

test('security/hardcoded-secret fixtures', async () => {
  await expectFixtures(rule);
});

test('a fixture value in a test is grouped apart from the same value in product code (info, not the critical finding)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'harden-secret-group-'));
  try {
    mkdirSync(path.join(dir, 'tests'));
    writeFileSync(path.join(dir, 'settings.py'), 'DB_PASSWORD = "sentrydb"\n');
    writeFileSync(path.join(dir, 'tests', 'test_db.py'), 'def test_connect():\n    connect(password="sentrydb")\n    DB_PASSWORD = "sentrydb"\n');
    const res = await scan(dir, { rules: [rule], config: {} });
    const found = res.findings.filter((f) => f.ruleId === rule.id);
    const product = found.find((f) => f.path === 'settings.py');
    const fixture = found.find((f) => f.path.startsWith('tests/'));
    expect(product?.severity).toBe('critical');
    expect(product?.locations ?? []).toHaveLength(0);
    expect(fixture?.severity).toBe('info');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('throw-away credentials, refused placeholders and replaced development keys are info notices; their look-alikes keep their severity', async () => {
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '../../corpus/security/hardcoded-secret/notices');
  const res = await scan(dir, { rules: [rule], config: {} });
  const severity = new Map(res.findings.filter((f) => f.ruleId === rule.id).map((f) => [`${f.path}:${f.line}`, f.severity]));
  const expected: Record<string, string> = {
    // A CI job that starts its own service containers: a word-like password there is the test server's.
    '.github/workflows/ci.yml:17': 'info',
    '.github/workflows/ci.yml:19': 'critical', // random-looking: still reported
    '.github/workflows/ci.yml:27': 'critical', // a job without services
    // The `test` block of a settings file.
    'knexfile.js:8': 'critical',
    'knexfile.js:17': 'info',
    'config/database.yml:5': 'info',
    'config/database.yml:10': 'critical',
    // A script that starts its own database container.
    'scripts/dev-server.sh:6': 'info',
    // A development key that the production settings module replaces; not when nothing replaces it, nor in prod itself.
    'app/settings/base.py:3': 'info',
    'other/settings/base.py:3': 'critical',
    'prod2/settings/prod.py:5': 'critical',
    // A placeholder the application refuses at start-up; another value of the same file is reported.
    'search/settings.yml:3': 'info',
    'search/settings.yml:5': 'critical',
    // A saved web page and a test environment that calls itself insecure; other test keys are one level lower.
    'tests/data/recipe.html:3': 'info',
    'tests/env/configuration.yml:3': 'info',
    'tests/env/configuration.yml:8': 'info',
    'tests/keys/signing.yml:4': 'high',
    'tests/keys/test_client.py:3': 'high',
  };
  for (const [at, sev] of Object.entries(expected)) expect([at, severity.get(at)]).toEqual([at, sev]);
});

test('in a test, a fixture password written with look-alike symbols or percent-encoded in a URL is an info notice; a random value keeps its (lowered) severity', async () => {
  const source = [
    'def test_escaped_url():',
    '    assert build_url() == "postgresql://shop:P%40ssword%21%40%23%24%25%25%5E%5E%26%26%2A%2A%28%29%2B%3B%27%22%27%3C%3E%3F%7B%7D%5B%5D@db:5432/shop"',
    '',
    'def test_login():',
    '    login(user="ana", password="S3cr3tP@ssw0rd!Adm1nistrat0r")',
    '',
    'def test_signed():',
    '    verify(api_key="Zt8qLm2vXw9rK4pN7sQ1yB6dF3hJ5gT0")',
    '',
  ].join('\n');
  const sev = await severitiesAt({ 'tests/test_settings.py': source }, rule);
  expect(sev['tests/test_settings.py:2']).toBe('info');
  expect(sev['tests/test_settings.py:5']).toBe('info');
  expect(sev['tests/test_settings.py:8']).toBeDefined();
  expect(sev['tests/test_settings.py:8']).not.toBe('info');
});
