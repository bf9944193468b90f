import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs git on a scanned (hostile) repository with everything its own config could make git execute turned
 * off: hooks, fsmonitor, external diff/pager, filters are never invoked by the plumbing we use, and the
 * system/global config is ignored. Paths always come after `--`.
 */
const SAFE_CONFIG = [
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.untrackedCache=false',
  '-c', 'core.pager=cat',
  '-c', 'diff.external=',
  '-c', 'core.sshCommand=false',
  '-c', 'protocol.allow=never',
  '--no-pager',
];

const SAFE_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_REPLACE_OBJECTS: '1',
  LC_ALL: 'C',
};

export function runGit(cwd: string, args: string[], maxBuffer = 512 * 1024 * 1024): string | null {
  try {
    return execFileSync('git', [...SAFE_CONFIG, ...args], {
      cwd,
      env: SAFE_ENV,
      encoding: 'utf8',
      maxBuffer,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
}

/** True when `dir` is inside a git work tree that git agrees to read. */
export function isGitWorkTree(dir: string): boolean {
  return runGit(dir, ['rev-parse', '--is-inside-work-tree'])?.trim() === 'true';
}

/** Paths relative to `dir`, NUL-separated output split. */
export function gitListFiles(dir: string, args: string[]): string[] | null {
  const out = runGit(dir, ['ls-files', '-z', ...args]);
  if (out === null) return null;
  return out.split('\0').filter(Boolean);
}

/** True when git ignores `dir` itself (a folder the enclosing repository's .gitignore excludes). */
export function gitIgnoresDir(dir: string): boolean {
  return runGit(dir, ['check-ignore', '-q', '--', '.']) !== null;
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * Why `dir` is git's own storage rather than a work tree, or undefined: a `.git` folder (or a folder inside
 * one) or a bare repository (`HEAD`, `objects/` and `refs/` at its top). Decided from the file system
 * alone: git is not run on it, as its config could be hostile.
 */
export function gitStorageKind(dir: string): 'git-dir' | 'bare' | undefined {
  const abs = path.resolve(dir);
  if (abs.split(path.sep).includes('.git')) return 'git-dir';
  if (isFile(path.join(abs, 'HEAD')) && isDir(path.join(abs, 'objects')) && isDir(path.join(abs, 'refs'))) return 'bare';
  return undefined;
}
