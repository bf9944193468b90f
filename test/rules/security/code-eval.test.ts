import { expect, test } from 'vitest';
import rule from '../../../src/rules/security/code-eval.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/code-eval fixtures', async () => {
  await expectFixtures(rule);
});

test('eval/exec of a constant string is an info notice, of anything else a finding', async () => {
  const { scan } = await import('../../../src/index.js');
  const { tempRepo } = await import('../../helpers/temp-repo.js');
  const dir = tempRepo({ 'app/calc.py': 'def f(expr):\n    exec("x = 2")\n    return eval(expr)\n' });
  const res = await scan(dir, { rules: [rule], config: {} });
  const sev = Object.fromEntries(res.findings.map((f) => [f.line, f.severity]));
  expect(sev[2]).toBe('info');
  expect(sev[3]).toBe('high');
});
