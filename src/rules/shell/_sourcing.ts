/**
 * Which shell files a shell file sources (`source install/_lib.sh`, `. "$DIR/lib.sh"`) and which strict-mode
 * options it turns on itself, read in the file pass (a text scan, no tree) so that the scan can tell that a file
 * runs with strict mode inherited: sourced by a script that sets it, or sourcing a library that sets it
 * (shell/missing-strict-mode's `inheritsStrictMode` drafts).
 */
import path from 'node:path';
import type { FileInput, PerFileFacts } from '../types.js';

export type StrictOpt = 'e' | 'u' | 'pipefail';

/** `source x`, `. x` at the start of a command (after `;`, `&&`, `then` …), with the target as written. */
const SOURCE_LINE = /(?:^|[;&|]\s*|\b(?:then|do|else)\s+)(?:source|\.)\s+("(?:[^"$]|\$\([^)]*\)|\$\{[^}]*\}|\$)+"|'[^']+'|[^\s;&|)]+)/gm;
const SET_LINE = /(?:^|[;&|]\s*|\b(?:then|do|else)\s+)set\s+((?:[-+][A-Za-z]+(?:\s+(?:errexit|nounset|pipefail|[a-z]+))*\s*)+)/gm;

/** Strict-mode options a shell text turns on: `set -euo pipefail`, `set -o errexit`, shebang flags. */
export function strictOptions(source: string): StrictOpt[] {
  const have = new Set<StrictOpt>();
  const first = source.slice(0, source.indexOf('\n') >>> 0);
  const shebang = /^#!\S*(?:\s+\S*sh)?((?:\s+-[A-Za-z]+)*)\s*$/.exec(first)?.[1] ?? '';
  for (const f of shebang.trim().split(/\s+/)) if (f.startsWith('-')) addShort(have, f);
  if (!source.includes('set')) return [...have];
  SET_LINE.lastIndex = 0;
  for (let m = SET_LINE.exec(source); m; m = SET_LINE.exec(source)) {
    const args = m[1].trim().split(/\s+/);
    for (let i = 0; i < args.length; i++) {
      if (/^-[A-Za-z]+$/.test(args[i])) addShort(have, args[i]);
      else if (args[i] === 'errexit') have.add('e');
      else if (args[i] === 'nounset') have.add('u');
      else if (args[i] === 'pipefail') have.add('pipefail');
    }
  }
  return [...have];
}

function addShort(have: Set<StrictOpt>, flag: string): void {
  if (flag.includes('e')) have.add('e');
  if (flag.includes('u')) have.add('u');
}

/**
 * The repository paths a sourcing target may mean: as written from the root (scripts run from the repository
 * root: `source install/_lib.sh`), and beside the sourcing file (`. "$(dirname "$0")/lib.sh"`, `./lib.sh`).
 */
export function sourceTargets(fromPath: string, target: string): string[] {
  let t = target.replace(/^["']|["']$/g, '');
  // Drop a leading directory expression: `$DIR/`, `${BASH_SOURCE%/*}/`, `$(dirname "$0")/`.
  const rel = /^(?:\$\{[^}]*\}|\$\([^)]*\)|\$\w+)\/+/.exec(t);
  // `$(dirname …)/`, `${BASH_SOURCE%/*}/`: beside the file; a plain variable (`${REPO_ROOT}/utils/x.sh`) may
  // name the repository root as well.
  const besideOnly = (!!rel && !/^\$\{?\w+\}?\/+$/.test(rel[0])) || t.startsWith('./');
  if (rel) t = t.slice(rel[0].length);
  if (!t || t.includes('$') || t.startsWith('/') || t.startsWith('~')) return [];
  const beside = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), t));
  const fromRoot = path.posix.normalize(t);
  return besideOnly || fromRoot === beside ? [beside] : [fromRoot, beside];
}

export function shellSourcing(input: FileInput): PerFileFacts | undefined {
  if (input.lang !== 'bash' || input.embedded) return undefined;
  const sources: string[] = [];
  if (input.source.includes('source') || input.source.includes('. ')) {
    SOURCE_LINE.lastIndex = 0;
    for (let m = SOURCE_LINE.exec(input.source); m && sources.length < 64; m = SOURCE_LINE.exec(input.source)) sources.push(...sourceTargets(input.path, m[1]));
  }
  const strict = strictOptions(input.source);
  if (!sources.length && !strict.length) return undefined;
  return { shell: { ...(sources.length ? { sources: [...new Set(sources)] } : {}), ...(strict.length ? { strict } : {}) } };
}
