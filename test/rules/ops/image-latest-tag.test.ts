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
