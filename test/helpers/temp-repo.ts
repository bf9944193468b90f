import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes `files` (path → content) into a fresh temporary folder; optionally `git init` + commit them. */
export function tempRepo(files: Record<string, string | Buffer>, opts: { git?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'harden-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  if (opts.git) {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'fixture', '--no-verify');
  }
  return dir;
}
