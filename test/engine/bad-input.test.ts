import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readForAnalysis } from '../../src/engine/read-file.js';
import { scan } from '../../src/index.js';
import { tempRepo } from '../helpers/temp-repo.js';

/**
 * Bad input never crashes a scan and never loses findings from other files: each bad file is a counted,
 * named "skipped: why" (or, for files that still parse with recovery, a notice) and good files still report.
 */
test('hostile folder: every bad file is skipped with its reason and the good findings remain', async () => {
  const good = 'try:\n    run()\nexcept:\n    cleanup()\n';
  const dir = tempRepo({
    'good/service.py': good,
    'binary.bin': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]),
    'big.py': `x = 1\n`.repeat(20 * 1024 * 1024 / 6),
    'bundle.js': `var a=${'1+'.repeat(512 * 1024)}1;`,
    'latin1.py': Buffer.from([0x23, 0x20, 0xe9, 0xe8, 0x0a, 0x78, 0x3d, 0x31, 0x0a]),
    'broken.py': 'def ok():\n    try:\n        run()\n    except:\n        cleanup()\n\n\ndef broken(:\n    return [1,\n',
    'secret-unreadable.py': 'try:\n  a()\nexcept:\n  cleanup()\n',
    'bad.yml': 'services:\n  web:\n    image: [unclosed\n  - : :\n\t\tbad',
    'docker-compose.yml': 'services:\n  api:\n    image: "oops\n',
  });
  symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
  symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
  symlinkSync('/etc', path.join(dir, 'etc-link'));
  symlinkSync('/etc/passwd', path.join(dir, 'passwd-link'));
  mkdirSync(path.join(dir, 'fifo-dir'));
  chmodSync(path.join(dir, 'secret-unreadable.py'), 0o000);
  // A named pipe would block a naive read forever: it is listed as skipped, never opened.
  execFileSync('mkfifo', [path.join(dir, 'pipe.py')]);

  const res = await scan(dir, { config: {} });
  const reasons = Object.fromEntries(res.skipped.map((s) => [s.path, s.reason]));
  expect(reasons['binary.bin']).toBe('binary file');
  expect(reasons['big.py']).toMatch(/^too large \(20\.0 MB/);
  expect(reasons['bundle.js']).toMatch(/^minified/);
  expect(reasons['latin1.py']).toBe('invalid UTF-8');
  expect(reasons['loop-a']).toBe('symlink loop');
  expect(reasons['loop-b']).toBe('symlink loop');
  expect(reasons['etc-link']).toBe('symlink pointing outside the scanned root');
  expect(reasons['passwd-link']).toBe('symlink pointing outside the scanned root');
  // Running as root, chmod 000 does not stop reads: then the file is simply analysed.
  if (process.getuid?.() !== 0) expect(reasons['secret-unreadable.py']).toMatch(/^unreadable/);
  expect(reasons['pipe.py']).toBe('not a regular file');
  expect(res.stats.filesSkipped).toBe(res.skipped.length);

  // Syntax errors and malformed YAML are analysed with recovery and named in notices, never fatal.
  expect(res.notices.some((n) => n.path === 'broken.py' && n.kind === 'parse-error')).toBe(true);
  expect(res.notices.some((n) => n.path === 'bad.yml' && n.kind === 'yaml-error')).toBe(true);
  expect(res.notices.some((n) => n.path === 'docker-compose.yml' && n.kind === 'yaml-error')).toBe(true);

  // Findings from the good file (and from the broken file's recoverable except) are all there.
  const bare = res.findings.filter((f) => f.ruleId === 'reliability/bare-except').map((f) => `${f.path}:${f.line}`);
  expect(bare).toContain('good/service.py:3');
  expect(bare).toContain('broken.py:4');
  // Nothing outside the root was read.
  expect(res.findings.some((f) => f.path.includes('etc') || f.path.includes('passwd'))).toBe(false);
});

test('a read that fails (even as root) is "unreadable" with the system error code, not a crash', () => {
  // Root reads through chmod 000, so the failure is provoked with a directory: open succeeds, read fails.
  const dir = tempRepo({ 'x/a.py': 'x = 1\n' });
  expect(readForAnalysis(path.join(dir, 'x'), 4096)).toEqual({ ok: false, reason: 'unreadable (EISDIR)' });
  expect(readForAnalysis(path.join(dir, 'gone.py'), 10)).toEqual({ ok: false, reason: 'unreadable (ENOENT)' });
});

test('a library copied into the tree (versioned licence banner) is skipped as vendored; first-party files with a /*! comment are not', () => {
  const repo = tempRepo({
    'static/js/bootstrap.js': '/*!\n  * Bootstrap v5.3.3 (https://getbootstrap.com/)\n  * Copyright 2011-2024 The Bootstrap Authors\n  */\nconst DATA_API_KEY = ".data-api";\n' + 'function f() { return 1; }\n'.repeat(50),
    'src/app.js': '/*! keep this note: the session key is rotated daily */\nconst apiKey = "Zq8Lw3Xr9Tb2Vn6Hs1Kd";\n',
  });
  const libPath = path.join(repo, 'static/js/bootstrap.js');
  const lib = readForAnalysis(libPath, statSync(libPath).size, undefined, 'javascript');
  expect(lib).toMatchObject({ ok: false, reason: 'vendored library copy (versioned license banner)' });
  expect(lib.ok === false && lib.handWritten).toBeFalsy();
  const own = path.join(repo, 'src/app.js');
  expect(readForAnalysis(own, statSync(own).size, undefined, 'javascript').ok).toBe(true);
});
