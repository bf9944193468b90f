/**
 * The CI gate (`harden baseline` + `harden check`) as a CI user drives it: the default baseline file,
 * files moved with `git mv` (and without git), a known secret copied into a new file, report formats for
 * pull-request annotations, and `harden scan --fail-on`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

const SETTINGS = 'import os\nDB_PASSWORD = "Zx9kLm2Qp7rT4vWq"\nv = eval(os.environ["X"])\n';
const SCRIPT = '#!/bin/bash\nset -euo pipefail\nrm -rf "$TARGET/"*\n';

function git(dir: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
}

function repo(gitRepo = true) {
  return tempRepo({ 'app/settings.py': SETTINGS, 'deploy/release.sh': SCRIPT, '.gitignore': '.harden/\n' }, { git: gitRepo });
}

test('check reads the baseline that `harden baseline` writes by default (.harden/baseline.json)', () => {
  const dir = repo();
  expect(harden(['check', dir]).code).toBe(1);
  const b = harden(['baseline', dir]);
  expect(b.code).toBe(0);
  const written = JSON.parse(readFileSync(path.join(dir, '.harden', 'baseline.json'), 'utf8'));
  expect(written.version).toBe(2);
  expect(written.commit).toMatch(/^[0-9a-f]{40}$/);
  const c = harden(['check', dir]);
  expect(c.stdout).toMatch(/passed/);
  expect(c.code).toBe(0);
  // an explicit baseline that does not exist is a usage error, not an empty baseline
  expect(harden(['check', dir, '--baseline', path.join(dir, 'nope.json')]).code).toBe(2);
});

test('a file moved with `git mv` keeps its findings; a known secret copied into a new file is new', () => {
  const dir = repo();
  expect(harden(['baseline', dir]).code).toBe(0);
  mkdirSync(path.join(dir, 'config'));
  git(dir, 'mv', 'app/settings.py', 'config/app_settings.py');
  git(dir, 'mv', 'deploy/release.sh', 'release.sh');
  // moved and edited: git still calls it a rename (similarity ≥ 50 %)
  writeFileSync(path.join(dir, 'release.sh'), `${SCRIPT}echo done\n`);
  const moved = harden(['check', dir, '--fail-on', 'medium']); // the move itself leaves the module unimported (a new, low dead-code finding)
  expect(moved.stdout).toMatch(/passed .*followed to a renamed file/);
  expect(moved.code).toBe(0);

  // the known secret, pasted into a new module
  writeFileSync(path.join(dir, 'app', 'billing.py'), 'import requests\nDB_PASSWORD = "Zx9kLm2Qp7rT4vWq"\n\ndef charge(amount):\n    return amount * 2\n');
  git(dir, 'add', 'app/billing.py');
  const copied = harden(['check', dir, '--format', 'json']);
  expect(copied.code).toBe(1);
  const findings = JSON.parse(copied.stdout).findings as Array<{ ruleId: string; path: string; locations?: Array<{ path: string }> }>;
  expect(findings.map((f) => f.ruleId)).toEqual(['security/hardcoded-secret']);
  expect(findings[0].locations?.map((l) => l.path)).toContain('app/billing.py');
  expect(copied.stderr).toMatch(/new findings? at or above high/);
});

test('without git, a moved file is followed by its content; a copy is not a move', () => {
  const dir = repo(false);
  expect(harden(['baseline', dir]).code).toBe(0);
  expect(JSON.parse(readFileSync(path.join(dir, '.harden', 'baseline.json'), 'utf8')).commit).toBeUndefined();
  renameSync(path.join(dir, 'app/settings.py'), path.join(dir, 'settings.py'));
  expect(harden(['check', dir]).code).toBe(0);
  copyFileSync(path.join(dir, 'settings.py'), path.join(dir, 'settings_copy.py'));
  expect(harden(['check', dir]).code).toBe(1);
});

test('check --format sarif|json --output FILE holds only the new findings', () => {
  const dir = repo();
  expect(harden(['baseline', dir]).code).toBe(0);
  writeFileSync(path.join(dir, 'app', 'worker.py'), 'import pickle, sys\nobj = pickle.loads(sys.stdin.buffer.read())\n');
  const sarifFile = path.join(dir, 'out', 'new.sarif');
  const s = harden(['check', dir, '--format', 'sarif', '--output', sarifFile]);
  expect(s.code).toBe(1);
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  expect(results.length).toBeGreaterThan(0);
  expect(results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'app/worker.py')).toBe(true);
  const jsonFile = path.join(dir, 'out', 'new.json');
  expect(harden(['check', dir, '--format', 'json', '--output', jsonFile]).code).toBe(1);
  expect(JSON.parse(readFileSync(jsonFile, 'utf8')).findings.map((f: { path: string }) => f.path)).toContain('app/worker.py');
  const textFile = path.join(dir, 'out', 'new.txt');
  expect(harden(['check', dir, '--output', textFile]).code).toBe(1);
  expect(readFileSync(textFile, 'utf8')).toContain('app/worker.py');
  expect(readFileSync(textFile, 'utf8')).not.toContain('app/settings.py');
});

test('scan --fail-on LEVEL exits 1 when a finding at or above LEVEL is reported', () => {
  const dir = tempRepo({ 'app/main.py': 'import os\nv = eval(os.environ["X"])\n', '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n' }, { git: true });
  expect(harden(['scan', dir, '--no-store']).code).toBe(0);
  const high = harden(['scan', dir, '--no-store', '--fail-on', 'high', '--format', 'json']);
  expect(high.code).toBe(1);
  expect(JSON.parse(high.stdout).findings.length).toBeGreaterThan(0);
  expect(harden(['scan', dir, '--no-store', '--fail-on', 'critical']).code).toBe(0);
  expect(harden(['scan', dir, '--no-store', '--fail-on', 'severe']).code).toBe(2);
});
