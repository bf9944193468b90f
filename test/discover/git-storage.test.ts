/** DIR that is git's storage (a bare repository, a .git folder) is refused; submodules are named as not scanned. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'protocol.file.allow=always', ...args], { cwd, stdio: 'ignore' });

test('a bare repository or a .git folder given as DIR is refused with a clear message (exit 2)', () => {
  const dir = tempRepo({ 'app.py': 'import os\nv = eval(os.environ["X"])\n' }, { git: true });
  const bare = path.join(mkdtempSync(path.join(os.tmpdir(), 'harden-bare-')), 'app.git');
  git(os.tmpdir(), 'clone', '-q', '--bare', dir, bare);
  for (const cmd of ['scan', 'audit', 'check']) {
    const r = harden([cmd, bare, '--no-cache', ...(cmd === 'check' ? [] : ['--no-store'])]);
    expect(r.code, `${cmd} ${r.stderr}`).toBe(2);
    expect(r.stderr).toMatch(/a bare git repository/);
  }
  for (const target of [path.join(dir, '.git'), path.join(dir, '.git', 'objects')]) {
    const r = harden(['scan', target, '--no-store', '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a \.git folder/);
  }
  expect(harden(['scan', dir, '--no-store', '--no-cache']).code).toBe(0);
});

test('a submodule is listed as not scanned in the notices, not as an unreadable file', () => {
  const lib = tempRepo({ 'lib.py': 'import os\nv = eval(os.environ["X"])\n' }, { git: true });
  const dir = tempRepo({ 'app.py': 'print("hi")\n' }, { git: true });
  git(dir, 'submodule', 'add', '-q', lib, 'vendor-lib');
  git(dir, 'commit', '-qm', 'submodule', '--no-verify');
  const r = harden(['scan', dir, '--format', 'json', '--no-store', '--no-cache']);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.notices).toContainEqual(expect.objectContaining({ kind: 'not-scanned', path: 'vendor-lib', message: expect.stringMatching(/submodule: not scanned/) }));
  expect(report.skipped.map((s: { path: string }) => s.path)).not.toContain('vendor-lib');
  expect(report.findings.filter((f: { path: string }) => f.path.startsWith('vendor-lib'))).toEqual([]);
  const text = harden(['scan', dir, '--no-store', '--no-cache']);
  expect(text.stdout).toMatch(/vendor-lib — git submodule: not scanned/);
});
