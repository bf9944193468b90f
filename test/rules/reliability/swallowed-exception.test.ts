import { expect, test } from 'vitest';
import rule from '../../../src/rules/reliability/swallowed-exception/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';
import { severitiesAt } from '../../helpers/severities.js';

test('reliability/swallowed-exception fixtures', async () => {
  await expectFixtures(rule);
});

test("a test fixture's teardown (after its yield) that ignores a failure is an info notice; elsewhere in a test a broad silent handler keeps its severity", async () => {
  const source = [
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
  ].join('\n');
  const sev = await severitiesAt({ 'tests/test_orders.py': source }, rule);
  expect(sev['tests/test_orders.py:10']).toBe('info');
  expect(sev['tests/test_orders.py:17']).toBeDefined();
  expect(sev['tests/test_orders.py:17']).not.toBe('info');
});
