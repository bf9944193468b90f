import { expect, test } from 'vitest';
import rule from '../../../src/rules/security/cors-wildcard.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/cors-wildcard fixtures', async () => {
  await expectFixtures(rule);
});

test('a `*` header on public endpoints with no credentials is an info notice; with credentials it stays a finding', async () => {
  const path = await import('node:path');
  const { scan } = await import('../../../src/index.js');
  const res = await scan(path.resolve('test/corpus/security/cors-wildcard/public-endpoints'), { rules: [rule], config: {} });
  const sev = Object.fromEntries(res.findings.map((f) => [`${f.path}:${f.line}`, f.severity]));
  expect(sev).toEqual({ 'middleware.ts:5': 'info', 'middleware.ts:12': 'info', 'ping.py:8': 'info', 'session_api.js:7': 'medium' });
});
