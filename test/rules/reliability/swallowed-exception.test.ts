import { expect, test } from 'vitest';
import rule from '../../../src/rules/reliability/swallowed-exception/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/swallowed-exception fixtures', async () => {
  await expectFixtures(rule);
});

test("a test fixture's teardown (after its yield) that ignores a failure is an info notice; elsewhere in a test a broad silent handler keeps its severity", async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { scan } = await import('../../../src/index.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'harden-teardown-'));
  try {
    mkdirSync(path.join(dir, 'tests'), { recursive: true });
    writeFileSync(
      path.join(dir, 'tests', 'test_orders.py'),
      [
        'import pytest',
        '',
        '',
        '@pytest.fixture',
        'def order(repo):',
        '    model = repo.orders.create({"sku": "A1"})',
        '    yield model',
        '    try:',
        '        repo.orders.delete(model.id)',
        '    except Exception:',
        '        pass',
        '',
        '',
        'def test_cancel(order, repo):',
        '    try:',
        '        assert repo.orders.cancel(order.id).state == "cancelled"',
        '    except Exception:',
        '        pass',
        '',
      ].join('\n'),
    );
    const res = await scan(dir, { rules: [rule], config: {} });
    const sev = Object.fromEntries(res.findings.map((f) => [f.line, f.severity]));
    expect(sev[10]).toBe('info');
    expect(sev[17]).not.toBe('info');
    expect(sev[17]).toBeDefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
