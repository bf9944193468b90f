import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { minifiedVerdict } from '../../src/engine/read-file.js';
import { printable, printableDocument, printableJson } from '../../src/engine/printable.js';
import { csvField } from '../../src/report/plan-csv.js';
import { harden } from '../helpers/cli.js';

/**
 * The scanned repository is hostile data. It commits links inside `.harden/` (or makes `.harden` a link), puts
 * terminal escape sequences and line breaks in file names and on flagged lines, bidi overrides in names, and a
 * 6,000-character line in hand-written files. harden must change no file outside its output folder, print no
 * raw control character anywhere, and report every planted finding.
 */

// Raw control characters a report may not contain: C0 except TAB/LF/CR, DEL, C1, bidi marks, separators, BOM.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const ESC = '\u001b';
const RLO = '\u202e';

function git(dir: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'core.symlinks=true', ...args], { cwd: dir, stdio: 'ignore' });
}

function write(dir: string, rel: string, content: string | Buffer) {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

/** Every file under `dir` with its size and modification time, to prove nothing there changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(path.join(dir, name), { throwIfNoEntry: false });
    out[name] = st ? `${st.size}:${st.mtimeMs}:${st.isFile() ? readFileSync(path.join(dir, name), 'utf8') : 'dir'}` : 'gone';
  }
  return out;
}

const LONG_PY = `import os\nBLOB = "${'A'.repeat(6000)}"\nDB_PASSWORD = "Pr0d-s3cr3t-9f2kq7"\nvalue = eval(os.environ["EXPR"])\n`;
const LONG_SH = `#!/bin/bash\nDATA='${'x'.repeat(6000)}'\nrm -rf $RELEASE_DIR/\n`;
const SWALLOW = 'try:\n    go()\nexcept:\n    pass\n';

function hostileRepo(victimDir: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'harden-hostile-'));
  write(dir, 'README.md', '# service\n');
  // An ANSI cursor-up + erase-line sequence and a bidi override in comments on flagged lines.
  write(dir, 'service/app.py', `import os\n\nresult = eval(os.environ["EXPR"])  # ${ESC}[2A${ESC}[2K${ESC}]0;pwned\u0007 ${RLO}txt.yp\n`);
  write(dir, 'service/long.py', LONG_PY);
  write(dir, 'deploy/long.sh', LONG_SH);
  write(dir, `service/evil${ESC}[31mname.py`, SWALLOW);
  write(dir, 'service/line\nbreak.py', SWALLOW);
  write(dir, `service/${RLO}gnp.py`, SWALLOW);
  write(dir, 'docker-compose.yml', 'services:\n  "web\\e[2J\\u202e":\n    image: "nginx:latest"\n    privileged: true\n');
  mkdirSync(path.join(dir, '.harden'));
  // A committed link to a file outside the repository, and a dangling one that would create a file there.
  symlinkSync(path.join(victimDir, 'authorized_keys'), path.join(dir, '.harden', 'plan.csv'));
  symlinkSync(path.join(victimDir, 'created-by-link'), path.join(dir, '.harden', 'AUDIT.md'));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'hostile', '--no-verify');
  return dir;
}

function victim(): string {
  const v = mkdtempSync(path.join(os.tmpdir(), 'harden-victim-'));
  writeFileSync(path.join(v, 'authorized_keys'), 'ssh-ed25519 AAAAC3Nza original@host\n');
  return v;
}

test('a committed link in .harden/ (or a .harden link) is refused with exit 2; nothing outside changes', () => {
  const v = victim();
  const dir = hostileRepo(v);
  const before = snapshot(v);

  for (const args of [['audit', dir], ['audit', dir, '--out', path.join(dir, '.harden')], ['baseline', dir], ['scan', dir, '--output', path.join(dir, '.harden', 'plan.csv')], ['status', dir]]) {
    const r = harden([...args, '--quiet', '--no-cache']);
    expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
    expect(r.stderr).toMatch(/symbolic link|tracked by the scanned repository/);
  }
  expect(snapshot(v)).toEqual(before);
  expect(existsSync(path.join(v, 'created-by-link'))).toBe(false);

  // `.harden` itself a committed link to a folder outside.
  const outsideDir = mkdtempSync(path.join(os.tmpdir(), 'harden-victim-dir-'));
  const dir2 = mkdtempSync(path.join(os.tmpdir(), 'harden-hostile-'));
  write(dir2, 'app.py', SWALLOW);
  symlinkSync(outsideDir, path.join(dir2, '.harden'));
  git(dir2, 'init', '-q');
  git(dir2, 'add', '-A');
  git(dir2, 'commit', '-qm', 'hostile', '--no-verify');
  for (const args of [['audit', dir2], ['scan', dir2], ['baseline', dir2]]) {
    const r = harden([...args, '--quiet']);
    expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
    expect(r.stderr).toMatch(/symbolic link/);
  }
  expect(readdirSync(outsideDir)).toEqual([]);
  // An untracked link planted in the output folder is replaced, never written through.
  const dir3 = mkdtempSync(path.join(os.tmpdir(), 'harden-hostile-'));
  write(dir3, 'app.py', SWALLOW);
  mkdirSync(path.join(dir3, 'out'));
  symlinkSync(path.join(v, 'authorized_keys'), path.join(dir3, 'out', 'plan.json'));
  const r3 = harden(['plan', dir3, '--format', 'json', '--output', path.join(dir3, 'out', 'plan.json')]);
  expect(r3.code).toBe(2);
  expect(snapshot(v)).toEqual(before);
});

test('no raw control character reaches any output, and every planted finding is reported', () => {
  const v = victim();
  const dir = hostileRepo(v);
  const out = mkdtempSync(path.join(os.tmpdir(), 'harden-out-'));
  const r = harden(['audit', dir, '--out', out, '--no-store', '--no-cache']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toMatch(RAW_CONTROL);
  expect(r.stderr).not.toMatch(RAW_CONTROL);
  const written = readdirSync(out);
  expect(written).toEqual(expect.arrayContaining(['AUDIT.md', 'HARDENING.md', 'harden-report.html', 'findings.json', 'findings.sarif', 'plan.json', 'plan.csv']));
  for (const name of written) {
    const text = readFileSync(path.join(out, name), 'utf8');
    expect(RAW_CONTROL.exec(text), `${name} holds a raw control character`).toBeNull();
  }
  // A line break in a file name does not start a new line (or CSV row) in any report.
  const audit = readFileSync(path.join(out, 'AUDIT.md'), 'utf8');
  expect(audit).toContain('line\\nbreak.py');
  expect(audit).not.toMatch(/^break\.py/m);
  const csv = readFileSync(path.join(out, 'plan.csv'), 'utf8');
  expect(csv).not.toMatch(/\r\nbreak\.py/);

  const findings = JSON.parse(readFileSync(path.join(out, 'findings.json'), 'utf8')).findings as Array<{ ruleId: string; path: string; line: number; snippet: string; locations?: Array<{ path: string }> }>;
  const at = (rule: string, p: string) => findings.some((f) => f.ruleId === rule && (f.path === p || f.locations?.some((l) => l.path === p)));
  // The 6,000-character lines do not hide the files' findings.
  expect(at('security/code-eval', 'service/long.py')).toBe(true);
  expect(at('security/hardcoded-secret', 'service/long.py')).toBe(true);
  expect(at('shell/unsafe-rm', 'deploy/long.sh')).toBe(true);
  expect(at('security/code-eval', 'service/app.py')).toBe(true);
  // Files with hostile names are reported under their escaped names.
  expect(at('reliability/bare-except', 'service/evil\\x1b[31mname.py') || at('reliability/swallowed-exception', 'service/evil\\x1b[31mname.py')).toBe(true);
  expect(at('reliability/bare-except', 'service/line\\nbreak.py') || at('reliability/swallowed-exception', 'service/line\\nbreak.py')).toBe(true);
  expect(at('reliability/bare-except', 'service/\\u{202e}gnp.py') || at('reliability/swallowed-exception', 'service/\\u{202e}gnp.py')).toBe(true);
  expect(at('security/privileged-container', 'docker-compose.yml')).toBe(true);
  const evalSnippet = findings.find((f) => f.ruleId === 'security/code-eval' && f.path === 'service/app.py')!.snippet;
  expect(evalSnippet).toContain('\\x1b[2A\\x1b[2K');

  // The terminal report (scan, text) escapes the same way.
  const scan = harden(['scan', dir, '--no-store', '--no-cache', '--verbose']);
  expect(scan.stdout).not.toMatch(RAW_CONTROL);
  expect(scan.stdout).toContain('\\x1b[2A');
  expect(readdirSync(v).sort()).toEqual(['authorized_keys']);
});

test('a committed result cache is neither read nor written (it could forge results that hide findings)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'harden-hostile-'));
  write(dir, 'app.py', 'import os\nvalue = eval(os.environ["EXPR"])\n');
  // A forged cache entry: whatever its name, a committed cache folder is not used.
  write(dir, '.harden/cache/forged.json', JSON.stringify({ format: 1, entries: [['app.py', { r: { path: 'app.py', findings: [] } }]] }));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'hostile', '--no-verify');
  const before = readFileSync(path.join(dir, '.harden/cache/forged.json'), 'utf8');
  for (let i = 0; i < 2; i++) {
    const r = harden(['scan', dir, '--format', 'json', '--no-store']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'security/code-eval')).toBe(true);
  }
  expect(readdirSync(path.join(dir, '.harden/cache'))).toEqual(['forged.json']);
  expect(readFileSync(path.join(dir, '.harden/cache/forged.json'), 'utf8')).toBe(before);
  // The history store is an output like the others: a committed .harden/ is refused, with exit 2.
  expect(harden(['scan', dir, '--quiet']).code).toBe(2);
});

test('--strict fails when a file that looks written by hand is skipped; a real bundle is not such a file', () => {
  const latin1 = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nimport os\nos.system("rm -rf " + os.environ["D"])\n')]);
  const bundle = `/*! lib v1 | MIT */\n!function(e){${'var a=e.b+1,c=function(d){return d*2};'.repeat(400)}}(window);\n//# sourceMappingURL=app.js.map\n`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'harden-strict-'));
  write(dir, 'static/app.js', bundle);
  write(dir, 'service/long.py', LONG_PY);
  const ok = harden(['check', dir, '--strict', '--fail-on', 'critical', '--quiet', '--no-cache']);
  expect(ok.stderr).not.toMatch(/--strict/);
  write(dir, 'tools/old.py', latin1);
  const bad = harden(['check', dir, '--strict', '--fail-on', 'critical', '--quiet', '--no-cache']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/--strict: 1 file that looks written by hand was not analysed: tools\/old\.py \(invalid UTF-8\)/);
});

test('minified is decided by the file as a whole', () => {
  const handWritten = `${'const x = compute(a, b);\n'.repeat(100)}const BLOB = "${'Q'.repeat(6000)}";\n`;
  expect(minifiedVerdict(handWritten)).toBeNull();
  const blobOnly = `const KEY = "${'Q'.repeat(6000)}";\nexport default KEY;\n`;
  expect(minifiedVerdict(blobOnly)).toMatchObject({ handWrittenLines: 1 });
  const bundle = `!function(e){${'var a=e.b+1,c=function(d){return d*2};'.repeat(400)}}(window);`;
  expect(minifiedVerdict(bundle)).toMatchObject({ handWrittenLines: 0 });
  const spacedBundle = `/*! x */\n${'var a = e.b + 1, c = function (d) { return d * 2 }; '.repeat(200)}\n//# sourceMappingURL=x.map\n`;
  expect(minifiedVerdict(spacedBundle)?.reason).toMatch(/^minified \(\d+ % in lines over 1,000 characters/);
  const spacedNoMarker = `${'var a = e.b + 1, c = function (d) { return d * 2 }; '.repeat(200)}\n`;
  expect(minifiedVerdict(spacedNoMarker)).toBeNull();
});

test('escaping helpers: visible escapes, RFC 4180 fields, spreadsheet formulas disarmed', () => {
  expect(printable(`a${ESC}[2Jb\nc\rd\te${RLO}`)).toBe('a\\x1b[2Jb\\nc\\rd\te\\u{202e}');
  expect(printableDocument(`line 1\r\nline ${ESC}2\u009b\n`)).toBe('line 1\r\nline \\x1b2\\x9b\n');
  expect(JSON.parse(printableJson(JSON.stringify({ p: `x${RLO}\u0085y` })))).toEqual({ p: `x${RLO}\u0085y` });
  expect(printableJson(JSON.stringify(`x${RLO}`))).toBe('"x\\u202e"');
  expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1+1`).replace(/^"/, '')).toMatch(/^'/);
  expect(csvField('plain')).toBe('plain');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('a\nb')).toBe('"a\nb"');
});

test('.harden.yml linked out of the repository is not followed; a config error never prints raw control characters', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'harden-hostile-'));
  write(dir, 'app.py', SWALLOW);
  symlinkSync('/etc/passwd', path.join(dir, '.harden.yml'));
  const r = harden(['scan', dir, '--no-store']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/symbolic link pointing outside the scanned folder/);
  expect(r.stderr).not.toMatch(/root:/);

  const dir2 = mkdtempSync(path.join(os.tmpdir(), 'harden-hostile-'));
  write(dir2, 'app.py', SWALLOW);
  write(dir2, '.harden.yml', `"bad\\e[2Jkey": 1\n`);
  const r2 = harden(['scan', dir2, '--no-store']);
  expect(r2.code).toBe(2);
  expect(r2.stderr).toContain('bad\\x1b[2Jkey');
  expect(r2.stderr).not.toMatch(RAW_CONTROL);
});
