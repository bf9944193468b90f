import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { ALL_RULES } from '../rules/index.js';
import { SEVERITIES } from '../rules/types.js';
import { SCAN_REPORTERS, type ScanFormat } from '../report/index.js';
import { toReportModel } from '../report/model.js';
import { explainRule, listRules } from '../report/rules.js';
import { buildPlan, DEFAULT_DEVS, DEFAULT_HOURS_PER_DAY } from '../plan/index.js';
import { renderAuditMarkdown } from '../report/audit-markdown.js';
import { renderHtmlReport } from '../report/html.js';
import { renderPlanCsv } from '../report/plan-csv.js';
import { renderPlanJson } from '../report/plan-json.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { BASELINE_FILE, compareWithBaseline, headCommit, makeBaseline, readBaseline, renamesSince } from './baseline.js';
import { acceptedFromStore, progressFromStore } from './status.js';
import { fileIssues, parseRepo } from './github.js';
import { issueDrafts, renderDryRun } from '../report/issues.js';
import { recordHistory, shownStore, storeLocation, willRecord, type StoreFlags } from './history.js';
import { registerPortfolio } from './portfolio.js';
import { renderStatus, type StatusFormat } from '../report/status.js';
import {
  parsePositiveInt,
  parsePositiveNumber,
  parseSeverity,
  rootName,
  runScan,
  useColor,
  writeOutput,
  type CommonFlags,
} from './common.js';
import { TOOL } from './version.js';
import { readinessOf, registerReadiness } from './readiness.js';
import { ALL_CONTROLS } from '../readiness/index.js';
import { readinessScore } from '../readiness/score.js';
import type { ScanResult } from '../engine/scan.js';
import { ensureOutputDir } from '../fs/safe-write.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function withScanFlags(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'config file (default DIR/.harden.yml)')
    .option('--rule <id>', 'only this rule (repeatable)', collect)
    .option('--skip-rule <id>', 'skip this rule (repeatable)', collect)
    .addOption(new Option('--min-severity <level>', 'hide findings below this severity').choices([...SEVERITIES]))
    .option('--quiet', 'no progress bar, summary only where applicable')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--jobs <n>', 'worker threads (default: number of cores)')
    .option('--no-cache', 'do not read or write .harden/cache')
    .option('--strict', 'fail on parse errors, crashed rules and skipped files that look written by hand');
}

function withStoreFlags(cmd: Command): Command {
  return cmd
    .option('--store <url>', 'history store: a file path, sqlite:PATH or postgres://… (default DIR/.harden/history.db)')
    .option('--no-store', 'do not record this scan')
    .option('--repo-id <id>', "this repository's identity in the store (default: its normalised git remote)");
}

export function registerCommands(program: Command, setExit: (code: number) => void): void {
  withStoreFlags(withScanFlags(
    program
      .command('scan')
      .description('findings only (recorded in the history store)')
      .argument('[dir]', 'repository to scan', '.')
      .addOption(new Option('--format <format>', 'output format').choices(Object.keys(SCAN_REPORTERS)).default('text'))
      .option('--output <file>', 'write the report to a file instead of stdout')
      .option('--verbose', 'list every location of grouped findings')
      .option('--fail-on <level>', `exit 1 when a finding at or above this severity is reported (${SEVERITIES.join('|')}), as Semgrep's --error`),
  )).action(async (dir: string, flags: CommonFlags & StoreFlags & { format: ScanFormat; output?: string; verbose?: boolean; failOn?: string }) => {
    const failOn = parseSeverity(flags.failOn, '--fail-on');
    // The readiness evidence only serves the checklist recorded with the scan (`--no-store`: none).
    const result = await runScan(dir, flags, { readiness: willRecord(dir, flags) });
    await recordHistory(dir, flags, result, () => buildPlan(result, planOptions({}, result.config, result)), 'scan', { readiness: () => readinessOf(result) });
    const model = toReportModel(result, TOOL, rootName(dir), new Date().toISOString());
    const text =
      flags.format === 'text'
        ? SCAN_REPORTERS.text(model, { color: !flags.output && useColor(flags), verbose: flags.verbose })
        : flags.format === 'json'
          ? SCAN_REPORTERS.json(model)
          : SCAN_REPORTERS.sarif(model);
    writeOutput(flags.output, text, { root: dir });
    if (failOn) {
      const limit = SEVERITIES.indexOf(failOn);
      const n = result.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit).length;
      if (n) {
        process.stderr.write(`harden scan: ${n} finding${n === 1 ? '' : 's'} at or above ${failOn} (--fail-on)\n`);
        setExit(1);
      }
    }
  });

  withScanFlags(
    program
      .command('check')
      .description('CI gate: exit 1 when a finding at or above --fail-on is not in the baseline')
      .argument('[dir]', 'repository to check', '.')
      .option('--fail-on <level>', `lowest blocking severity (${SEVERITIES.join('|')})`)
      .option('--baseline <file>', `accepted findings (default DIR/.harden/${BASELINE_FILE}, written by \`harden baseline\`)`)
      .addOption(new Option('--format <format>', 'format of the new findings').choices(Object.keys(SCAN_REPORTERS)).default('text'))
      .option('--output <file>', 'write the new findings to a file (for pull-request annotations) instead of stdout')
      .option('--store <url>', 'also accept the findings of the latest scan recorded for this repository in this store (file, sqlite:PATH, postgres://…)')
      .option('--repo-id <id>', "this repository's identity in the store (default: its normalised git remote)"),
  ).action(async (dir: string, flags: CommonFlags & { failOn?: string; baseline?: string; format: ScanFormat; output?: string; store?: string; repoId?: string }) => {
    const failOn = parseSeverity(flags.failOn, '--fail-on') ?? 'high';
    const defaultFile = path.join(dir, '.harden', BASELINE_FILE);
    const baselineFile = flags.baseline ?? (existsSync(defaultFile) ? defaultFile : undefined);
    const baseline = baselineFile ? readBaseline(baselineFile) : undefined;
    const fromStore = flags.store ? (await acceptedFromStore(flags.store, { dir, repoId: flags.repoId })).fingerprints : [];
    const storeAccepted = new Set<string>(fromStore);
    const result = await runScan(dir, flags, { readiness: false });
    const limit = SEVERITIES.indexOf(failOn);
    const atLevel = (f: { severity: (typeof SEVERITIES)[number] }) => SEVERITIES.indexOf(f.severity) <= limit;
    let blocking = result.findings.filter(atLevel);
    let followed = 0;
    if (baseline) {
      const hashes = new Map(result.facts.files.map((f) => [f.path, f.hash]));
      for (const f of result.facts.unanalysed ?? []) hashes.set(f.path, undefined);
      const verdict = compareWithBaseline(result.findings, baseline, renamesSince(result.root, baseline, hashes));
      blocking = verdict.fresh.map((v) => v.finding).filter(atLevel);
      followed = verdict.followed;
    }
    if (storeAccepted.size) blocking = blocking.filter((f) => !storeAccepted.has(f.fingerprint));
    const model = toReportModel({ ...result, findings: blocking, suppressed: [] }, TOOL, rootName(dir));
    const toStdout = !flags.output || flags.output === '-';
    if (flags.format === 'text') {
      if (blocking.length || !toStdout) writeOutput(flags.output, SCAN_REPORTERS.text(model, { color: toStdout && useColor(flags) }), { root: dir });
    } else writeOutput(flags.output, flags.format === 'json' ? SCAN_REPORTERS.json(model) : SCAN_REPORTERS.sarif(model), { root: dir });
    const against = baselineFile ? ` not in the baseline (${baselineFile})` : ' (no baseline: every finding counts)';
    const summary = blocking.length
      ? `harden check: ${blocking.length} new finding${blocking.length === 1 ? '' : 's'} at or above ${failOn}${against}\n`
      : `harden check: passed (no new findings at or above ${failOn}; ${result.findings.length} total, ${baseline?.fingerprints.length ?? 0} in baseline` +
        `${followed ? `, ${followed} followed to a renamed file` : ''})\n`;
    // The summary goes with the text report on stdout; beside a JSON/SARIF stream it goes to stderr.
    (flags.format === 'text' && toStdout ? process.stdout : process.stderr).write(summary);
    setExit(blocking.length ? 1 : 0);
  });

  withScanFlags(
    program
      .command('baseline')
      .description('write the current findings as the accepted baseline for `harden check`')
      .argument('[dir]', 'repository', '.')
      .option('--output <file>', `baseline file (default DIR/.harden/${BASELINE_FILE})`),
  ).action(async (dir: string, flags: CommonFlags & { output?: string }) => {
    const result = await runScan(dir, flags, { readiness: false });
    const file = flags.output ?? path.join(dir, '.harden', BASELINE_FILE);
    const hashes = new Map<string, string>();
    for (const f of result.facts.files) if (f.hash) hashes.set(f.path, f.hash);
    const baseline = makeBaseline(result.findings, hashes, result.facts.isGit ? headCommit(result.root) : undefined);
    writeOutput(file, `${JSON.stringify(baseline, null, 2)}\n`, { root: dir, owned: !flags.output });
    process.stderr.write(`harden: baseline of ${result.findings.length} findings written to ${file}\n`);
  });

  type PlanFlags = CommonFlags & { devs?: string; hoursPerDay?: string };
  const planOptions = (flags: PlanFlags, config: { plan?: { devs?: number; hoursPerDay?: number } }, result?: ScanResult) => ({
    devs: parsePositiveInt(flags.devs, '--devs') ?? config.plan?.devs ?? DEFAULT_DEVS,
    hoursPerDay: parsePositiveNumber(flags.hoursPerDay, '--hours-per-day') ?? config.plan?.hoursPerDay ?? DEFAULT_HOURS_PER_DAY,
    // Missing controls without a rule become work items (readiness checklist, SPEC §8).
    ...(result ? { controls: { results: readinessOf(result).controls, catalogue: ALL_CONTROLS } } : {}),
  });

  withScanFlags(
    program
      .command('plan')
      .description('work items + schedule for N developers')
      .argument('[dir]', 'repository', '.')
      .option('--devs <n>', `developers (default ${DEFAULT_DEVS})`)
      .option('--hours-per-day <h>', `working hours per developer per day (default ${DEFAULT_HOURS_PER_DAY})`)
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'csv']).default('md'))
      .option('--output <file>', 'write to a file instead of stdout'),
  ).action(async (dir: string, flags: PlanFlags & { format: 'md' | 'json' | 'csv'; output?: string }) => {
    const result = await runScan(dir, flags);
    const plan = buildPlan(result, planOptions(flags, result.config, result));
    const text =
      flags.format === 'json' ? renderPlanJson(plan) : flags.format === 'csv' ? renderPlanCsv(plan) : renderPlanMarkdown(plan, { title: `Hardening plan: ${rootName(dir)}` });
    writeOutput(flags.output, text, { root: dir });
  });

  withStoreFlags(withScanFlags(
    program
      .command('audit')
      .description('the main job: scan + plan; writes AUDIT.md, HARDENING.md, harden-report.html, findings (JSON, SARIF) and the plan (JSON, CSV)')
      .argument('[dir]', 'repository', '.')
      .option('--out <dir>', 'output folder (default DIR/.harden)')
      .option('--devs <n>', `developers (default ${DEFAULT_DEVS})`)
      .option('--hours-per-day <h>', `working hours per developer per day (default ${DEFAULT_HOURS_PER_DAY})`),
  )).action(async (dir: string, flags: PlanFlags & StoreFlags & { out?: string }) => {
    const out = flags.out ?? path.join(dir, '.harden');
    ensureOutputDir(out, { root: dir, owned: true }); // refuse a linked or committed output folder before scanning
    const result = await runScan(dir, flags);
    const plan = buildPlan(result, planOptions(flags, result.config, result));
    const recorded = await recordHistory(dir, flags, result, plan, 'audit', { readiness: () => readinessOf(result) });
    const model = toReportModel(result, TOOL, rootName(dir), new Date().toISOString());
    const checklist = { checklist: readinessOf(result), score: readinessScore(result.findings, readinessOf(result)) };
    const files: Array<[string, string]> = [
      ['AUDIT.md', renderAuditMarkdown({ model, facts: result.facts, plan, readiness: checklist })],
      ['harden-report.html', renderHtmlReport({ model, facts: result.facts, plan, readiness: checklist })],
      ['HARDENING.md', renderPlanMarkdown(plan, { title: `Hardening plan: ${rootName(dir)}` })],
      ['findings.json', SCAN_REPORTERS.json(model)],
      ['findings.sarif', SCAN_REPORTERS.sarif(model)],
      ['plan.json', renderPlanJson(plan)],
      ['plan.csv', renderPlanCsv(plan)],
    ];
    for (const [name, text] of files) writeOutput(path.join(out, name), text, { root: dir, owned: true });
    if (!flags.quiet) process.stdout.write(SCAN_REPORTERS.text(model, { color: useColor(flags) }));
    const s = plan.schedule;
    process.stdout.write(
      `\n${plan.items.length} work items, ${plan.totalHours} h of work: ${s.calendarDays} working days for ${plan.developers} developer${plan.developers === 1 ? '' : 's'} at ${plan.hoursPerDay} h/day` +
        `${s.criticalPath.length ? ` (critical path ${s.criticalPath.join(' → ')})` : ''}\n` +
        `wrote ${files.map(([n]) => path.join(out, n)).join(', ')}\n` +
        (recorded ? `recorded as scan #${recorded} in ${await shownStore(dir, flags)} (see \`harden status\`)\n` : ''),
    );
  });

  withStoreFlags(withScanFlags(
    program
      .command('status')
      .description('progress against the first (or --since) recorded scan: per phase, per work item, before/after metrics, readiness')
      .argument('[dir]', 'repository', '.')
      .option('--since <scan>', 'baseline: a scan number, "first" (default) or "previous"')
      .option('--no-scan', 'compare the latest recorded scan instead of scanning now')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
      .option('--output <file>', 'write to a file instead of stdout'),
  )).action(async (dir: string, flags: CommonFlags & StoreFlags & { since?: string; scan?: boolean; format: StatusFormat; output?: string }) => {
    const location = storeLocation(dir, flags);
    if (!location) throw new InputError('status needs the history store (drop --no-store)');
    if (flags.scan !== false) {
      const result = await runScan(dir, flags);
      await recordHistory(dir, flags, result, () => buildPlan(result, planOptions({}, result.config, result)), 'status', { required: true, readiness: () => readinessOf(result) });
    }
    writeOutput(flags.output, renderStatus(await progressFromStore(location, flags.since, { dir, repoId: flags.repoId, ownStore: flags.store === undefined }), flags.format, rootName(dir)), { root: dir });
  });

  registerReadiness(program, withScanFlags);

  withScanFlags(
    program
      .command('issues')
      .description("file the plan's work items as GitHub issues (labels, blocked-by links); --dry-run prints them")
      .argument('[dir]', 'repository', '.')
      .requiredOption('--github <owner/repo>', 'the GitHub repository to file into')
      .option('--dry-run', 'print the issues instead of filing them')
      .option('--api-url <url>', 'GitHub API root (GitHub Enterprise), default https://api.github.com')
      .option('--devs <n>', `developers (default ${DEFAULT_DEVS})`)
      .option('--hours-per-day <h>', `working hours per developer per day (default ${DEFAULT_HOURS_PER_DAY})`),
  ).action(async (dir: string, flags: PlanFlags & { github: string; dryRun?: boolean; apiUrl?: string }) => {
    const { owner, repo } = parseRepo(flags.github);
    const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
    if (!flags.dryRun && !token) throw new InputError('no GitHub token: set GITHUB_TOKEN (or GH_TOKEN)', 'or run with --dry-run to see the issues');
    const result = await runScan(dir, flags);
    const drafts = issueDrafts(buildPlan(result, planOptions(flags, result.config, result)));
    if (flags.dryRun) {
      process.stdout.write(renderDryRun(drafts, `${owner}/${repo}`));
      return;
    }
    const filed = await fileIssues(drafts, { owner, repo, token: token!, baseUrl: flags.apiUrl });
    for (const f of filed) process.stdout.write(`${f.created ? 'filed ' : 'exists'} #${f.number} ${f.id} (${f.key}) ${f.url}\n`);
    process.stdout.write(`${filed.filter((f) => f.created).length} issues filed, ${filed.filter((f) => !f.created).length} already there, in ${owner}/${repo}\n`);
  });

  registerPortfolio(program);

  program
    .command('rules')
    .description('list the rules')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((flags: { format: 'text' | 'json' }) => {
      process.stdout.write(listRules(ALL_RULES, flags.format));
    });

  program
    .command('explain')
    .description("one rule's documentation")
    .argument('<rule>', 'rule id, e.g. shell/unsafe-rm')
    .action((id: string) => {
      const rule = ALL_RULES.find((r) => r.id === id);
      if (!rule) throw new InputError(`unknown rule id: ${id}`, 'run `harden rules` for the list');
      process.stdout.write(explainRule(rule));
    });
}
