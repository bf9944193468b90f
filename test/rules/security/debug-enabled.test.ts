import { expect, test } from 'vitest';
import rule from '../../../src/rules/security/debug-enabled.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/debug-enabled fixtures', async () => {
  await expectFixtures(rule);
});

test('a development server bound to loopback is an info notice; an exposed one keeps its severity', async () => {
  const path = await import('node:path');
  const { scan } = await import('../../../src/index.js');
  const dir = path.resolve('test/corpus/security/debug-enabled/devserver');
  const res = await scan(dir, { rules: [rule], config: {} });
  const sev = Object.fromEntries(res.findings.map((f) => [`${f.path}:${f.line}`, f.severity]));
  expect(sev).toEqual({ 'wsgi.py:7': 'info', 'profile_server.py:11': 'info', 'local.py:7': 'info', 'exposed.py:8': 'medium', 'exposed.py:12': 'medium' });
});
