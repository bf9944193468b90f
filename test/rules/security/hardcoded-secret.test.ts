import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { scan } from '../../../src/index.js';
import rule from '../../../src/rules/security/hardcoded-secret/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';

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
