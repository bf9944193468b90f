import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/discover/walk.js';
import { tempRepo } from '../helpers/temp-repo.js';

test("the scanned repository's git config cannot make discovery execute anything", () => {
  const dir = tempRepo({ 'app.py': 'print(1)\n', 'ignored.log': 'x\n', '.gitignore': '*.log\n' }, { git: true });
  const marker = path.join(dir, '..', `${path.basename(dir)}-pwned`);
  const script = path.join(dir, '.git', 'evil.sh');
  writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\necho '{}'\n`);
  chmodSync(script, 0o755);
  execFileSync('git', ['config', 'core.fsmonitor', script], { cwd: dir });
  execFileSync('git', ['config', 'core.hooksPath', path.join(dir, '.git')], { cwd: dir });
  writeFileSync(path.join(dir, 'untracked.py'), 'x = 1\n');

  // Control: plain git does run the repository's fsmonitor (so this test can fail).
  execFileSync('git', ['status', '--porcelain'], { cwd: dir, stdio: 'ignore' });
  expect(existsSync(marker), 'control: plain git runs core.fsmonitor').toBe(true);
  rmSync(marker);

  const listing = listFiles(dir);
  expect(existsSync(marker), 'harden must not run core.fsmonitor').toBe(false);
  expect(listing.isGit).toBe(true);
  const paths = listing.files.map((f) => `${f.path}:${f.tracked ? 'tracked' : 'untracked'}`);
  expect(paths).toContain('app.py:tracked');
  expect(paths).toContain('untracked.py:untracked');
  expect(paths.some((p) => p.startsWith('ignored.log'))).toBe(false);
});

test('outside git, the walk honours nested .gitignore files and never descends into vendored trees', () => {
  const dir = tempRepo({
    'a.py': 'x\n',
    '.gitignore': 'secret/\n',
    'secret/x.py': 'x\n',
    'sub/.gitignore': '*.tmp\n',
    'sub/keep.py': 'x\n',
    'sub/drop.tmp': 'x\n',
    'node_modules/pkg/index.js': 'x\n',
    '.venv/lib/site.py': 'x\n',
  });
  const paths = listFiles(dir).files.map((f) => f.path);
  expect(paths).toEqual(['.gitignore', 'a.py', 'sub/.gitignore', 'sub/keep.py']);
});

test('a folder its enclosing repository ignores is walked when named explicitly, honouring its own .gitignore', () => {
  const dir = tempRepo({ '.gitignore': 'versions/\n', 'top.py': 'x\n' }, { git: true });
  const inner = path.join(dir, 'versions', 'v1');
  for (const [rel, body] of [['lib/a.py', 'x\n'], ['.gitignore', '*.tmp\n'], ['drop.tmp', 'x\n']]) {
    mkdirSync(path.dirname(path.join(inner, rel)), { recursive: true });
    writeFileSync(path.join(inner, rel), body);
  }
  const listing = listFiles(inner);
  expect(listing.isGit).toBe(false);
  expect(listing.files.map((f) => f.path).sort()).toEqual(['.gitignore', 'lib/a.py']);
  // The repository itself is still listed through git.
  expect(listFiles(dir).isGit).toBe(true);
});
