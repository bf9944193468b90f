import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { normaliseRemote, repoIdentity } from '../../src/store/identity.js';
import { describeStore, parseStoreLocation } from '../../src/store/location.js';
import { tempRepo } from '../helpers/temp-repo.js';

test('the SSH, HTTPS and scp forms of one remote are one identity, without credentials', () => {
  const same = [
    'git@github.com:Acme/Api.git',
    'https://github.com/acme/api',
    'https://x-access-token:ghs_abcdefghijklmnopqrstuvwxyz0123456789@github.com/Acme/API.git/',
    'ssh://git@github.com/acme/api',
    'ssh://git@github.com:22/acme/api.git',
    'git://github.com/acme//api.git',
  ];
  for (const u of same) expect(normaliseRemote(u), u).toBe('github.com/acme/api');
  // Case is kept where a host's paths may be case-sensitive; a non-default port is kept.
  expect(normaliseRemote('https://git.example.com:8443/Team/Tool.git?private_token=abc#x')).toBe('git.example.com:8443/Team/Tool');
  expect(normaliseRemote('deploy@git.example.com:Team/Tool')).toBe('git.example.com/Team/Tool');
  expect(normaliseRemote('/srv/git/tool.git')).toBe('file:/srv/git/tool');
  expect(normaliseRemote('file:///srv/git/tool.git/')).toBe('file:/srv/git/tool');
  expect(normaliseRemote('not a url')).toBeUndefined();
});

test('identity: --repo-id, else the remote (plus the sub-folder scanned), else the folder name', () => {
  const dir = tempRepo({ 'svc/a.py': 'x = 1\n' }, { git: true });
  expect(repoIdentity(dir)).toMatchObject({ identity: `local:${path.basename(dir)}`, source: 'folder' });
  execFileSync('git', ['remote', 'add', 'origin', 'https://bot:s3cret@gitlab.com/Acme/Mono.git'], { cwd: dir });
  execFileSync('git', ['remote', 'add', 'backup', 'git@example.org:acme/mono'], { cwd: dir });
  expect(repoIdentity(dir)).toEqual({ identity: 'gitlab.com/acme/mono', name: 'mono', remote: 'gitlab.com/acme/mono', source: 'remote' });
  mkdirSync(path.join(dir, 'svc', 'deep'), { recursive: true });
  expect(repoIdentity(path.join(dir, 'svc'))).toMatchObject({ identity: 'gitlab.com/acme/mono#svc', name: 'mono/svc' });
  expect(repoIdentity(dir, ' acme/payments ')).toMatchObject({ identity: 'acme/payments', name: 'payments', source: 'repo-id' });
  expect(() => repoIdentity(dir, '')).toThrow(/--repo-id/);
  expect(() => repoIdentity(dir, 'a\nb')).toThrow(/--repo-id/);
});

test('store locations: files, sqlite: URLs, PostgreSQL URLs and the PG environment; passwords never shown', () => {
  expect(parseStoreLocation('sqlite:/tmp/h.db')).toEqual({ kind: 'sqlite', file: '/tmp/h.db' });
  expect(parseStoreLocation('/tmp/h.db')).toEqual({ kind: 'sqlite', file: '/tmp/h.db' });
  expect(parseStoreLocation('postgresql://u:p@h/db')).toEqual({ kind: 'postgres', url: 'postgresql://u:p@h/db' });
  expect(parseStoreLocation('postgres:')).toEqual({ kind: 'postgres' });
  expect(() => parseStoreLocation('mysql://u:pw@h/db')).toThrow(/unsupported store URL: mysql:\/\/u:\*\*\*@h\/db/);
  expect(describeStore(parseStoreLocation('postgres://harden:hunter2@db.internal:5432/harden?sslmode=require&password=x'))).toBe(
    'postgres://harden:***@db.internal:5432/harden?sslmode=require&password=***',
  );
});
