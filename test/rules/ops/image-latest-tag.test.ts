import { expect, test } from 'vitest';
import rule, { judgeImage } from '../../../src/rules/ops/image-latest-tag.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/image-latest-tag fixtures', async () => {
  await expectFixtures(rule);
});

test('image references', () => {
  expect(judgeImage('nginx')?.kind).toBe('untagged');
  expect(judgeImage('localhost:5000/team/api')?.kind).toBe('untagged');
  expect(judgeImage('localhost:5000/team/api:1.2')).toBeNull();
  expect(judgeImage('redis:latest')?.kind).toBe('latest');
  expect(judgeImage('ghcr.io/acme/api:${TAG:-latest}')?.kind).toBe('default-latest');
  expect(judgeImage('ghcr.io/acme/api:${TAG}')).toBeNull();
  expect(judgeImage('python@sha256:0123abcd')).toBeNull();
  expect(judgeImage('python:${PY}', new Map([['PY', 'latest']]))?.kind).toBe('latest');
  expect(judgeImage('${BASE_IMAGE}')).toBeNull();
});

test('a floating tag in a test environment or a development compose file is an info notice; in product compose it keeps its severity', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { scan } = await import('../../../src/index.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'harden-latest-'));
  try {
    mkdirSync(path.join(dir, 'scripts', 'test-environments', 'oidc'), { recursive: true });
    writeFileSync(path.join(dir, 'compose.yml'), 'services:\n  cache:\n    image: redis:latest\n');
    writeFileSync(path.join(dir, 'scripts', 'test-environments', 'oidc', 'compose.yml'), 'services:\n  idp:\n    image: authelia/authelia:latest\n');
    writeFileSync(path.join(dir, 'docker-compose.dev.yml'), 'services:\n  mail:\n    image: axllent/mailpit:latest\n');
    const res = await scan(dir, { rules: [rule], config: {} });
    const sev = Object.fromEntries(res.findings.map((f) => [f.path, f.severity]));
    expect(sev['compose.yml']).toBe('medium');
    expect(sev['scripts/test-environments/oidc/compose.yml']).toBe('info');
    expect(sev['docker-compose.dev.yml']).toBe('info');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
