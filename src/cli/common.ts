import path from 'node:path';
import { InputError } from '../errors.js';
import { writeFileNoFollow, type WriteTarget } from '../fs/safe-write.js';
import { scan, type ScanApiOptions } from '../index.js';
import { ALL_RULES } from '../rules/index.js';
import { SEVERITIES, type Severity } from '../rules/types.js';
import { createProgress } from './progress.js';

export interface CommonFlags {
  config?: string;
  rule?: string[];
  skipRule?: string[];
  minSeverity?: string;
  quiet?: boolean;
  color?: boolean;
  jobs?: string;
  cache?: boolean;
  debug?: boolean;
  strict?: boolean;
}

export function useColor(flags: CommonFlags, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flags.color === false || process.env.NO_COLOR !== undefined || process.env.FORCE_COLOR === '0') return false;
  return Boolean(stream.isTTY);
}

export function parseSeverity(value: string | undefined, flag: string): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new InputError(`${flag} ${value}: expected one of ${SEVERITIES.join(', ')}`);
  return value as Severity;
}

export function parsePositiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`${flag} ${value}: expected a positive integer`);
  return n;
}

export function parsePositiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`${flag} ${value}: expected a positive number`);
  return n;
}

/** Validates rule ids given on the command line. */
export function checkRuleIds(ids: readonly string[] | undefined, flag: string): void {
  const known = new Set(ALL_RULES.map((r) => r.id));
  for (const id of ids ?? []) if (!known.has(id)) throw new InputError(`${flag} ${id}: unknown rule id`, 'run `harden rules` for the list');
}

/**
 * Runs a scan with the flags shared by scan/check/plan/audit, with a progress bar on a TTY. `readiness: false`
 * when the command will not evaluate the readiness checklist: the scan then skips collecting its evidence.
 */
export async function runScan(dir: string, flags: CommonFlags, { readiness = true }: { readiness?: boolean } = {}) {
  checkRuleIds(flags.rule, '--rule');
  checkRuleIds(flags.skipRule, '--skip-rule');
  const progress = createProgress(!flags.quiet);
  const opts: ScanApiOptions & Record<string, unknown> = {
    configFile: flags.config,
    only: flags.rule,
    skip: flags.skipRule,
    minSeverity: parseSeverity(flags.minSeverity, '--min-severity'),
    onProgress: (d, t) => progress.update(d, t),
    jobs: parsePositiveInt(flags.jobs, '--jobs'),
    cache: flags.cache,
    readiness,
  };
  try {
    const result = await scan(dir, opts);
    if (flags.strict) {
      const fatal = result.notices.find((n) => n.kind === 'parse-error' || n.kind === 'rule-crashed');
      if (fatal) throw new InputError(`--strict: ${fatal.path}: ${fatal.message}`);
      const hidden = result.skipped.filter((s) => s.handWritten);
      if (hidden.length) {
        throw new InputError(
          `--strict: ${hidden.length} file${hidden.length === 1 ? '' : 's'} that look${hidden.length === 1 ? 's' : ''} written by hand ${hidden.length === 1 ? 'was' : 'were'} not analysed: ${hidden.slice(0, 5).map((s) => `${s.path} (${s.reason})`).join(', ')}${hidden.length > 5 ? ' …' : ''}`,
          'fix the file (encoding, stray NUL byte, size) or exclude it in .harden.yml',
        );
      }
    }
    return result;
  } finally {
    progress.done();
  }
}

/**
 * Writes a report to stdout (`-` or no file) or to a file. `target.root` is the scanned folder: inside it, no
 * link is followed and `owned` output folders tracked by the repository are refused (fs/safe-write.ts).
 */
export function writeOutput(file: string | undefined, text: string, target: WriteTarget = {}): void {
  if (!file || file === '-') {
    process.stdout.write(text);
    return;
  }
  writeFileNoFollow(file, text, target);
}

export function rootName(dir: string): string {
  return path.basename(path.resolve(dir));
}
