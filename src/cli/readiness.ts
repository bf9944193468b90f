/** `harden readiness [DIR] --format text|md|json`: the readiness checklist (SPEC §8). */
import { Option, type Command } from 'commander';
import type { ScanResult } from '../engine/scan.js';
import { evaluateReadiness, type Readiness } from '../readiness/index.js';
import { readinessScore } from '../readiness/score.js';
import { renderReadiness, type ReadinessFormat } from '../report/readiness.js';
import { rootName, runScan, writeOutput, type CommonFlags } from './common.js';

const memo = new WeakMap<object, Readiness>();

/**
 * The checklist of a scan, evaluated once per scan result (audit, plan and the store share it). A scan run
 * with `readiness: false` lacks the evidence: evaluating it would report controls missing that are in place.
 */
export function readinessOf(result: Pick<ScanResult, 'facts' | 'findings' | 'rules'> & { readinessFacts?: boolean }): Readiness {
  let r = memo.get(result);
  if (!r) {
    if (result.readinessFacts === false) throw new Error('internal: readiness checklist of a scan run without its evidence (runScan readiness: false)');
    r = evaluateReadiness(result);
    memo.set(result, r);
  }
  return r;
}

export function registerReadiness(program: Command, withScanFlags: (cmd: Command) => Command): void {
  withScanFlags(
    program
      .command('readiness')
      .description('the readiness checklist: controls in place per phase (done / partial / missing / n/a) with evidence')
      .argument('[dir]', 'repository', '.')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
      .option('--output <file>', 'write to a file instead of stdout'),
  ).action(async (dir: string, flags: CommonFlags & { format: ReadinessFormat; output?: string }) => {
    const result = await runScan(dir, flags);
    const r = readinessOf(result);
    writeOutput(flags.output, renderReadiness(r, readinessScore(result.findings, r), flags.format, rootName(dir)), { root: dir });
  });
}
