import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

const BARE = 'try:\n    work()\nexcept:\n    cleanup()\n';

test('scan prints findings grouped by severity with a summary; exit 0', () => {
  const dir = tempRepo({ 'svc/a.py': BARE });
  const r = harden(['scan', dir, '--rule', 'reliability/bare-except']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('MEDIUM (1)');
  expect(r.stdout).toContain('svc/a.py:3:1');
  expect(r.stdout).toMatch(/1 finding \(1 medium\) in 1 file, 4 lines/);
  expect(r.stdout.includes('\u001b[')).toBe(false); // no colour when not a TTY
});

test('--format json and --output write a file; --min-severity filters', () => {
  const dir = tempRepo({ 'svc/a.py': BARE });
  const out = path.join(dir, 'out', 'r.json');
  expect(harden(['scan', dir, '--format', 'json', '--output', out, '--rule', 'reliability/bare-except']).code).toBe(0);
  const data = JSON.parse(readFileSync(out, 'utf8'));
  expect(data.findings[0]).toMatchObject({ ruleId: 'reliability/bare-except', path: 'svc/a.py', line: 3, column: 1, severity: 'medium' });
  expect(data.findings[0].fingerprint).toMatch(/^[0-9a-f]{20}$/);
  const high = JSON.parse(harden(['scan', dir, '--format', 'json', '--min-severity', 'high', '--rule', 'reliability/bare-except']).stdout);
  expect(high.findings).toEqual([]);
});

test('check exits 1 on blocking findings, 0 once they are in the baseline', () => {
  const dir = tempRepo({ 'svc/a.py': BARE });
  expect(harden(['check', dir, '--fail-on', 'medium', '--rule', 'reliability/bare-except']).code).toBe(1);
  expect(harden(['check', dir, '--fail-on', 'high', '--rule', 'reliability/bare-except']).code).toBe(0);
  const base = path.join(dir, 'baseline.json');
  expect(harden(['baseline', dir, '--output', base, '--rule', 'reliability/bare-except']).code).toBe(0);
  expect(harden(['check', dir, '--fail-on', 'medium', '--baseline', base, '--rule', 'reliability/bare-except']).code).toBe(0);
});

test('usage errors exit 2', () => {
  expect(harden(['scan', '--bogus']).code).toBe(2);
  expect(harden(['scan', '/nonexistent/dir']).code).toBe(2);
  const r = harden(['scan', '.', '--rule', 'nope/none']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('unknown rule id');
  expect(harden(['explain', 'nope/none']).code).toBe(2);
});

test('--version prints the package version', () => {
  const r = harden(['--version']);
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test('a bad .harden.yml is exit 2 naming file, line, key and why', () => {
  const dir = tempRepo({ 'a.py': 'x = 1\n', '.harden.yml': 'rules:\n  reliability/bare-except:\n    severity: huge\n' });
  const r = harden(['scan', dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/\.harden\.yml:3: key 'rules\.reliability\/bare-except\.severity'/);
  const unknown = tempRepo({ 'a.py': 'x = 1\n', '.harden.yml': 'rulez: {}\n' });
  const u = harden(['scan', unknown]);
  expect(u.code).toBe(2);
  expect(u.stderr).toContain(".harden.yml:1: key 'rulez': unknown key");
  const nested = tempRepo({ 'a.py': 'x = 1\n', '.harden.yml': 'rules:\n  shell/unsafe-rm:\n    severity: low\n    sevrity: high\n' });
  expect(harden(['scan', nested]).stderr).toContain(".harden.yml:4: key 'rules.shell/unsafe-rm.sevrity': unknown key");
  const badRule = tempRepo({ 'a.py': 'x = 1\n', '.harden.yml': 'rules:\n  shell/nope: off\n' });
  const b = harden(['scan', badRule]);
  expect(b.code).toBe(2);
  expect(b.stderr).toMatch(/\.harden\.yml:2: key 'rules\.shell\/nope': unknown rule id/);
});

test('config: rule off, severity override and ignore globs (suppressed, counted)', () => {
  const dir = tempRepo({
    'svc/a.py': BARE,
    'legacy/b.py': BARE,
    '.harden.yml': 'rules:\n  reliability/bare-except:\n    severity: high\n    ignore: ["legacy/**"]\n',
  });
  const data = JSON.parse(harden(['scan', dir, '--format', 'json', '--rule', 'reliability/bare-except']).stdout);
  expect(data.findings.map((f: { path: string; severity: string }) => `${f.path}:${f.severity}`)).toEqual(['svc/a.py:high']);
  expect(data.suppressed.map((f: { path: string }) => f.path)).toEqual(['legacy/b.py']);
  const off = tempRepo({ 'a.py': BARE, '.harden.yml': 'rules:\n  reliability/bare-except: off\n' });
  expect(JSON.parse(harden(['scan', off, '--format', 'json']).stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'reliability/bare-except')).toEqual([]);
});

test('inline suppression needs the rule id; unused suppressions are reported', () => {
  const dir = tempRepo({
    'a.py': 'try:\n    x()\nexcept:  # harden-ignore reliability/bare-except: shim for py2 callers\n    log.exception("x failed")\n# harden-ignore security/code-eval: nothing here\n',
  });
  const both = ['--rule', 'reliability/bare-except', '--rule', 'security/code-eval'];
  const data = JSON.parse(harden(['scan', dir, '--format', 'json', ...both]).stdout);
  expect(data.findings).toEqual([]);
  expect(data.suppressed[0].suppressed).toEqual({ reason: 'shim for py2 callers', by: 'inline' });
  const unused = (d: { notices: Array<{ kind: string; ruleId: string }> }) => d.notices.filter((n) => n.kind === 'unused-suppression').map((n) => n.ruleId);
  expect(unused(data)).toEqual(['security/code-eval']);
  // A suppression for a rule that is not running in this scan is not "unused".
  expect(unused(JSON.parse(harden(['scan', dir, '--format', 'json', '--rule', 'reliability/bare-except']).stdout))).toEqual([]);
});

test('rules and explain', () => {
  const list = harden(['rules']);
  expect(list.code).toBe(0);
  expect(list.stdout).toContain('reliability/bare-except');
  const ex = harden(['explain', 'reliability/bare-except']);
  expect(ex.code).toBe(0);
  expect(ex.stdout).toContain('Why it matters');
  expect(ex.stdout).toContain('Fix');
});

test('scan --verbose lists every location of a grouped finding; the default shows five', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 8; i++) files[`svc${i}/db.py`] = 'import os\nDB_PASS = os.environ.get("DB_PASS", "Kq8-shared-Pw-77x")\n';
  const dir = tempRepo(files);
  const args = ['scan', dir, '--no-color', '--rule', 'security/hardcoded-secret'];
  expect(harden(args).stdout.match(/↳ svc/g)).toHaveLength(5);
  expect(harden(args).stdout).toContain('… 3 more');
  expect(harden([...args, '--verbose']).stdout.match(/↳ svc/g)).toHaveLength(8);
});
