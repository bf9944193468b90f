/**
 * The dependency knowledge base: which kind of work must come before which, and why. One edge per line:
 *
 *     from-rule -> to-rule : reason
 *
 * An end may be a rule id (`shell/unsafe-rm`) or a family (`shell/*`). An edge is used only when both ends
 * have work items in the plan. Consolidation of duplicated modules (and retiring redundant implementations) is
 * not listed here: it is decided per item by the effort model (see effort.ts and work-items.ts), because whether
 * an item waits depends on whether its findings sit inside copies (or inside the variants that are retired).
 */
import { SPEC_RULE_IDS } from './catalog.js';

export const KNOWLEDGE_BASE = `
hygiene/no-tests -> ops/ci-no-tests : a CI test gate needs a test suite to run
ops/no-ci -> ops/ci-no-tests : a pipeline must exist before a test gate can be added to it
hygiene/no-tests -> maintainability/duplicated-module : tests prove the shared module behaves like the copies it replaces
maintainability/dead-code -> maintainability/duplicated-module : dead copies are deleted, not consolidated
maintainability/dead-code -> maintainability/redundant-implementations : variants nothing runs are deleted before the live ones are merged
security/hardcoded-secret -> maintainability/duplicated-module : credentials are centralised first, so the shared module starts without them
ops/unpinned-dependencies -> hygiene/committed-artifact : versions are frozen from the committed virtualenvs before they are deleted
security/hardcoded-secret -> reliability/no-connection-pool : the pool reads its credentials from the central configuration
config/duplicated-settings -> reliability/no-connection-pool : the pool is built from the one central settings block, not from one of its copies
reliability/no-connection-pool -> reliability/connection-in-loop : per-collector fixes borrow connections from the pool
reliability/no-connection-pool -> reliability/resource-leak : connections are released by returning them to the pool
security/hardcoded-secret -> config/env-unvalidated : once credentials come from the environment they are validated at startup
reliability/http-no-timeout -> reliability/http-no-retry : a hung call without a timeout never fails, so it is never retried
reliability/http-no-retry -> reliability/no-circuit-breaker : retries come first; the breaker decides when retrying stops
observability/print-logging -> observability/no-metrics : telemetry builds on the structured logging setup
observability/print-logging -> reliability/silent-default : dropped or replaced data is logged through the structured logger
observability/print-logging -> reliability/swallowed-exception : handlers that stop swallowing errors log them through the structured logger
observability/no-metrics -> observability/no-healthcheck : deep health checks report the metrics they depend on
observability/no-metrics -> reliability/silent-default : metrics count the values that are rejected instead of replaced
observability/no-healthcheck -> ops/depends-on-unhealthy : service_healthy conditions need a healthcheck to wait for
config/hardcoded-ip -> ops/no-rollback : rollback tooling targets hosts from central configuration
ops/image-latest-tag -> ops/no-rollback : rolling back needs immutable image versions to return to
config/duplicated-settings -> config/magic-threshold : thresholds move into the settings module once it exists
security/insecure-file-permissions -> ops/backup-unverified : restore tests run on backups that are already protected
shell/unsafe-rm -> shell/missing-strict-mode : set -u changes how the unguarded deletions behave; fix them before the sweep
shell/lockfile-race -> shell/missing-strict-mode : set -e changes the lock scripts' exit paths; make locking atomic first
security/ssh-host-key-check-disabled -> shell/missing-strict-mode : the deployment scripts are fixed for host keys before the strict-mode sweep
`;

export interface KbEdge {
  from: string;
  to: string;
  reason: string;
  /** 1-based line in KNOWLEDGE_BASE, for error messages. */
  line: number;
}

export function parseKnowledgeBase(text: string = KNOWLEDGE_BASE): KbEdge[] {
  const edges: KbEdge[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\S+)\s*->\s*(\S+)\s*:\s*(.+)$/.exec(line);
    if (!m) throw new Error(`knowledge base line ${i + 1}: expected "from -> to : reason", got "${line}"`);
    edges.push({ from: m[1], to: m[2], reason: m[3].trim(), line: i + 1 });
  });
  return edges;
}

export const KB_EDGES: readonly KbEdge[] = parseKnowledgeBase();

/** Does a KB end (rule id or `family/*`) match a rule id? */
export function matchesEnd(end: string, ruleId: string): boolean {
  return end.endsWith('/*') ? ruleId.startsWith(end.slice(0, -1)) : end === ruleId;
}

/** Every rule id in SPEC §4 that a KB end refers to (a family expands to its members). */
export function expandEnd(end: string): string[] {
  return SPEC_RULE_IDS.filter((id) => matchesEnd(end, id));
}
