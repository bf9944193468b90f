import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import rule from '../../../src/rules/security/committed-secret-file.js';
import { scan } from '../../../src/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/committed-secret-file fixtures', async () => {
  await expectFixtures(rule);
});

function makeRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'harden-csf-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

test('tracked vs untracked vs ignored in a real git repository, and outside git', async () => {
  const dir = makeRepo({ '.env': 'DB_PASSWORD=Xk29-secret-pw7\n', 'keys/server.key': 'k\n', 'local/.env.local': 'B=2\n', '.gitignore': 'local/\n', 'app.py': 'x = 1\n' });
  try {
    const outside = await scan(dir, { rules: [rule], config: {} });
    expect(outside.findings.map((f) => `${f.path}:${f.message.includes('not a git repository')}`).sort()).toEqual(['.env:true', 'keys/server.key:true']);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.env', '.gitignore', 'app.py');
    git('commit', '-qm', 'init');
    const res = await scan(dir, { rules: [rule], config: {} });
    const byPath = Object.fromEntries(res.findings.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['.env', 'keys/server.key']);
    expect(byPath['.env'].message).toContain('is committed to git');
    expect(byPath['.env'].severity).toBe('critical');
    expect(byPath['keys/server.key'].message).toContain('not git-ignored');
    expect(byPath['keys/server.key'].severity).toBe('high');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
