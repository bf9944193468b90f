import { execSync, execFileSync } from 'node:child_process';

export function tag(version: string): void {
  // expect: security/shell-injection
  execSync(`git tag -a v${version} -m "release ${version}"`, { stdio: 'inherit' });
  // ok: security/shell-injection
  execFileSync('git', ['push', 'origin', `v${version}`], { stdio: 'inherit' });
  // ok: security/shell-injection
  execSync('git fetch --tags', { stdio: 'inherit' });
}

export function changelog(from: string): string {
  const cmd = 'git log --oneline ' + from + '..HEAD';
  // expect: security/shell-injection
  return execSync(cmd).toString();
}

export function firstNumber(s: string): string | undefined {
  // ok: security/shell-injection
  return /\d+/.exec(s)?.[0];
}
