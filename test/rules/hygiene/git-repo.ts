import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Creates a throw-away git repository with `files` (path → content; a number makes a file of that many
 * bytes) and commits `tracked` of them (default: all). Returns its path and a cleanup function.
 * Fixture folders inside this project cannot hold "tracked artifacts" of a mini-repository: they are
 * tracked by the project itself.
 */
export function makeGitRepo(files: Record<string, string | number>, tracked?: readonly string[]): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'harden-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=fixture@example.com', '-c', 'user.name=fixture', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  git('init', '-q');
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, typeof content === 'number' ? Buffer.alloc(content, 97) : content);
  }
  const add = tracked ?? Object.keys(files);
  if (add.length) {
    git('add', '-f', '--', ...add);
    git('commit', '-q', '-m', 'fixture');
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
