import { extractFacts, type ExtractedFacts } from '../discover/extract.js';
import { formatMessage, prefilterMatches } from '../rules/define.js';
import { hasErrorNode } from '../parse/candidates.js';
import { makeFileInput, type FileMeta } from '../parse/parse.js';
import { extractShell, paddedSource } from '../parse/embedded-shell.js';
import { extractDockerfileShell } from '../parse/dockerfile-shell.js';
import { extractJenkinsShell } from '../parse/jenkins-shell.js';
import type { FileInput, FileRule, Finding, FindingDraft, PerFileFacts, Severity } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';
import { fingerprint } from './fingerprint.js';
import { readForAnalysis } from './read-file.js';
import { redactAll, redactDeep } from './redact.js';
import { findSuppressions, matchSuppression } from './suppressions.js';

export interface FileTask extends FileMeta {
  abs: string;
  size: number;
}

export interface Notice {
  kind: 'parse-error' | 'rule-crashed' | 'unused-suppression' | 'yaml-error' | 'not-scanned';
  path: string;
  ruleId?: string;
  line?: number;
  message: string;
}

/** A finding before grouping: carries the group key and the secrets it must keep redacted. */
export interface RawFinding extends Finding {
  groupKey?: string;
  /** Only ever in memory: used to merge distinct secrets; never serialised by reporters. */
  secretIds?: string[];
  /** Dropped by the scan when one of these repository paths exists (FindingDraft.unlessFileExists). */
  unlessFileExists?: string[];
  onlyIfStartedUnattended?: boolean;
  inheritsStrictMode?: Array<'e' | 'u' | 'pipefail'>;
  sourcedLibrary?: boolean;
  unlessPackagedLibrary?: boolean;
  unlessHealthcheckProbe?: boolean;
  reachedThrough?: string[];
  unlessAppServerDropsPrivileges?: boolean;
  unlessScriptDropsPrivileges?: string[];
  infoWhenTagged?: Array<{ tag: string; note: string }>;
}

export interface FileResult {
  path: string;
  skipped?: string;
  /** The skipped file looks written by hand (see engine/read-file.ts): `--strict` fails on it. */
  skippedHandWritten?: boolean;
  findings: RawFinding[];
  notices: Notice[];
  facts: ExtractedFacts & { perFile?: PerFileFacts };
  lines: number;
  bytes: number;
  hash?: string;
}

export type PerFileExtractor = (input: FileInput) => PerFileFacts | undefined;

export interface AnalyzeOptions {
  rules: readonly FileRule[];
  maxFileBytes?: number;
  perFileExtractors?: readonly PerFileExtractor[];
}

/** Reads, parses (lazily, once) and checks one file with every applicable rule. Never throws. */
export function analyzeFile(task: FileTask, opts: AnalyzeOptions): FileResult {
  const read = readForAnalysis(task.abs, task.size, opts.maxFileBytes, task.lang);
  if (!read.ok) return { path: task.path, skipped: read.reason, skippedHandWritten: read.handWritten || undefined, findings: [], notices: [], facts: {}, lines: 0, bytes: 0 };
  const source = read.text;
  const input = makeFileInput(task, source);
  _lastInput = input;
  const result: FileResult = {
    path: task.path,
    findings: [],
    notices: [],
    facts: {},
    lines: countLines(source),
    bytes: read.bytes,
    hash: read.hash,
  };
  const inputs: FileInput[] = [input];
  const embeddedShell =
    task.lang === 'yaml' && task.role.startsWith('ci-') ? extractShell(input.yaml ?? [], source, task.role)
    : task.lang === 'groovy' ? extractJenkinsShell(source) // Jenkinsfiles and shared-library steps
    : task.lang === 'dockerfile' ? extractDockerfileShell(input.lines)
    : [];
  for (const snip of embeddedShell) {
    inputs.push(
      makeFileInput({ ...task, lang: 'bash', role: 'source' }, paddedSource(snip), {
        // Groovy `sh` steps run in Jenkins whether they sit in a Jenkinsfile or in a shared library's vars/*.groovy.
        embedded: { host: task.lang === 'groovy' ? 'ci-jenkins' : task.role, columnOffset: snip.columnOffset, firstLine: snip.line },
      }),
    );
  }
  const suppressions = findSuppressions(input.lines, source);
  const seen = new Map<string, number>();
  // A rule that reads the host file's lines (Groovy, CI YAML settings) and the same rule on the embedded
  // shell can see the same thing: the host file's finding wins, the embedded duplicate is dropped.
  const hostHits = new Set<string>();
  /** Every secret a rule found in this file: redacted from the file's facts too. */
  const fileSecrets: string[] = [];
  let rulesRun = 0;
  for (const inp of inputs) {
    for (const rule of opts.rules) {
      if (!applies(rule, inp)) continue;
      rulesRun++;
      let drafts: FindingDraft[];
      try {
        drafts = rule.check(inp);
      } catch (e) {
        result.notices.push({ kind: 'rule-crashed', path: task.path, ruleId: rule.id, message: `${rule.id} crashed: ${(e as Error).message}` });
        continue;
      }
      for (const d of drafts) {
        if (d.secrets) fileSecrets.push(...d.secrets);
        const f = toFinding(rule, d, inp, input.lines, seen);
        if (!f) continue;
        const at = `${rule.id}\0${f.line}`;
        if (inp === input) hostHits.add(at);
        else if (hostHits.has(at)) continue;
        const sup = matchSuppression(suppressions, rule.id, f.line);
        if (sup) f.suppressed = { reason: sup.reason, by: 'inline' };
        result.findings.push(f);
      }
    }
  }
  // A secret one rule found is redacted from every finding of the file: another rule's snippet of the same
  // line (a dump command with PGPASSWORD=…, an IP inside a URL with credentials) must not show it either.
  if (fileSecrets.length) {
    for (const f of result.findings) {
      f.snippet = redactAll(f.snippet, fileSecrets);
      f.message = redactAll(f.message, fileSecrets);
    }
  }
  // A suppression is reported unused only in files some rule looked at (not in prose) and only when its rule
  // is active in this run (not when it is switched off or another --rule was asked for).
  const ran = new Set(opts.rules.map((r) => r.id));
  for (const s of suppressions) {
    if (!rulesRun || (s.ruleId !== 'all' && !ran.has(s.ruleId))) continue;
    if (!s.used) result.notices.push({ kind: 'unused-suppression', path: task.path, ruleId: s.ruleId, line: s.line, message: `unused suppression for ${s.ruleId}` });
  }
  try {
    result.facts = redactDeep(extractFacts(input), fileSecrets);
    for (const ex of opts.perFileExtractors ?? []) {
      const pf = ex(input);
      if (pf) result.facts.perFile = { ...result.facts.perFile, ...pf, tags: [...(result.facts.perFile?.tags ?? []), ...(pf.tags ?? [])] };
    }
  } catch (e) {
    result.notices.push({ kind: 'parse-error', path: task.path, message: `facts extraction failed: ${(e as Error).message}` });
  }
  // YAML is always parsed (every YAML rule and fact needs it); its errors are named. Other trees are built
  // only when a rule asked for them, and then checked for error nodes.
  if (task.lang === 'yaml') void input.yaml;
  const ps = input.parseState;
  if (ps.yamlErrors.length) result.notices.push({ kind: 'yaml-error', path: task.path, message: `malformed YAML: ${ps.yamlErrors[0]}` });
  else if (task.lang !== 'yaml' && ps.treeBuilt && input.root && hasErrorNode(input)) {
    result.notices.push({ kind: 'parse-error', path: task.path, message: 'syntax errors: analysed with error recovery' });
  }
  return result;
}

/** The last file's input (its tree, the objects the rules built from it) lives until the next file: engine/reclaim.ts. */
let _lastInput: FileInput | undefined;

function countLines(s: string): number {
  let n = s.length && !s.endsWith('\n') ? 1 : 0;
  // indexOf hops (a native search) rather than a JS loop over every character.
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export function applies(rule: FileRule, input: FileInput): boolean {
  if (!rule.scope.languages.includes(input.lang)) return false;
  if (rule.scope.roles && !rule.scope.roles.includes(input.role)) return false;
  if (rule.nonProduct === 'drop' && input.context !== 'product') return false;
  return !rule.prefilter || prefilterMatches(rule.prefilter, input.source);
}

export function lowerSeverity(s: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.indexOf(s) + 1, SEVERITIES.length - 1)];
}

function toFinding(rule: FileRule, d: FindingDraft, inp: FileInput, hostLines: readonly string[], seen: Map<string, number>): RawFinding | null {
  const template = rule.messages[d.messageId];
  const colShift = inp.embedded ? inp.embedded.columnOffset : 0;
  const line = d.range.start.line;
  const column = d.range.start.column + (inp.embedded && line >= inp.embedded.firstLine ? colShift : 0);
  const endColumn = d.range.end.column + (inp.embedded && d.range.end.line >= inp.embedded.firstLine ? colShift : 0);
  let severity = d.severity ?? rule.severity;
  if (inp.context !== 'product') {
    const mode = d.nonProduct ?? rule.nonProduct ?? 'lower';
    if (mode === 'drop') return null;
    if (mode === 'lower') severity = lowerSeverity(severity);
  }
  const rawLine = hostLines[line - 1] ?? '';
  const snippet = redactAll(rawLine.trim().slice(0, 240), d.secrets);
  const matched = redactAll(d.matched ?? rawLine, d.secrets);
  const key = `${rule.id}\0${matched}`;
  const occurrence = seen.get(key) ?? 0;
  seen.set(key, occurrence + 1);
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    confidence: d.confidence ?? rule.confidence,
    path: inp.path,
    line,
    column,
    endLine: d.range.end.line,
    endColumn,
    message: redactAll(formatMessage(template ?? d.messageId, d.data), d.secrets),
    snippet,
    fingerprint: fingerprint(rule.id, inp.path, d.groupKey ?? matched, occurrence),
    component: inp.component,
    context: inp.context,
    groupKey: d.groupKey,
    ...(d.related && d.related.length > 1
      ? {
          locations: d.related.map((r) => ({
            path: inp.path,
            line: r.start.line,
            column: r.start.column + (inp.embedded && r.start.line >= inp.embedded.firstLine ? colShift : 0),
            endLine: r.end.line,
            snippet: redactAll((hostLines[r.start.line - 1] ?? '').trim().slice(0, 240), d.secrets),
          })),
        }
      : {}),
    ...(d.unlessFileExists?.length ? { unlessFileExists: d.unlessFileExists } : {}),
    ...(d.onlyIfStartedUnattended ? { onlyIfStartedUnattended: true } : {}),
    ...(d.inheritsStrictMode?.length ? { inheritsStrictMode: d.inheritsStrictMode } : {}),
    ...(d.sourcedLibrary ? { sourcedLibrary: true } : {}),
    ...(d.unlessPackagedLibrary ? { unlessPackagedLibrary: true } : {}),
    ...(d.unlessHealthcheckProbe ? { unlessHealthcheckProbe: true } : {}),
    ...(d.reachedThrough?.length ? { reachedThrough: d.reachedThrough } : {}),
    ...(d.unlessAppServerDropsPrivileges ? { unlessAppServerDropsPrivileges: true } : {}),
    ...(d.unlessScriptDropsPrivileges?.length ? { unlessScriptDropsPrivileges: d.unlessScriptDropsPrivileges } : {}),
    ...(d.infoWhenTagged?.length ? { infoWhenTagged: d.infoWhenTagged } : {}),
  };
}
