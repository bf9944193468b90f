import { formatMessage } from '../rules/define.js';
import type { Location, Rule } from '../rules/types.js';
import type { RawFinding } from './analyze-file.js';
import { groupFingerprint } from './fingerprint.js';

/**
 * Merges findings of one rule that share a group key into one finding with every location ("same password
 * in 9 files", "10.0.0.146 in 14 places"). The primary location is the first by path and line. Suppressed
 * locations stay listed; the group is suppressed only when every location is.
 */
export function groupFindings(findings: RawFinding[], rules: ReadonlyMap<string, Rule>): RawFinding[] {
  const out: RawFinding[] = [];
  const groups = new Map<string, RawFinding[]>();
  for (const f of findings) {
    if (!f.groupKey) {
      out.push(f);
      continue;
    }
    const k = `${f.ruleId}\0${f.groupKey}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  for (const list of groups.values()) {
    list.sort(byLocation);
    const active = list.filter((f) => !f.suppressed);
    const primary = active[0] ?? list[0];
    // A finding with a group key has the group's fingerprint from its first location on: a second copy of
    // the secret or address appearing later does not give the first one a new identity.
    if (list.length === 1) {
      out.push({ ...primary, fingerprint: groupFingerprint(primary.ruleId, primary.groupKey!) });
      continue;
    }
    const rule = rules.get(primary.ruleId);
    const files = new Set(list.map((f) => f.path)).size;
    const locations: Location[] = list.map((f) => ({ path: f.path, line: f.line, column: f.column, endLine: f.endLine, snippet: f.snippet }));
    const message = rule?.groupMessage
      ? formatMessage(rule.groupMessage, { first: primary.message, count: list.length, files })
      : `${primary.message} (${list.length} places in ${files} file${files === 1 ? '' : 's'})`;
    out.push({
      ...primary,
      severity: maxSeverity(list.map((f) => f.severity)),
      message,
      locations,
      fingerprint: groupFingerprint(primary.ruleId, primary.groupKey!),
      suppressed: active.length ? undefined : primary.suppressed,
    });
  }
  return out;
}

const ORDER = ['critical', 'high', 'medium', 'low', 'info'];
function maxSeverity(list: RawFinding['severity'][]): RawFinding['severity'] {
  return list.reduce((a, b) => (ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b));
}

export function byLocation(a: { path: string; line: number; column: number; ruleId: string }, b: typeof a): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
