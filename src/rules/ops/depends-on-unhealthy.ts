import { defineRule } from '../define.js';
import type { ComposeService, RepoFindingDraft } from '../types.js';
import { dockerfileOf, isInfraImage } from './_compose.js';

/**
 * A client-side readiness check that speaks the dependency's protocol, in a loop: `until pg_isready -h db`,
 * `while ! mysqladmin ping -h db`, `until redis-cli -h cache ping`, `dockerize -wait tcp://…` does not count (a port
 * can be open before the server accepts queries), nor `wait-for-it` or `nc -z` (port checks).
 */
const READINESS_LOOP = /\b(until|while\s+!?)\s*(pg_isready|mysqladmin\s+(?:[^;]*\s)?ping|mariadb-admin\s+(?:[^;]*\s)?ping|redis-cli\s+(?:[^;]*\s)?ping|mongosh?\s+[^;]*--eval\s+['"]?db\.(?:adminCommand|runCommand)\(['"{]?\s*['"]?ping)\b([^;]*)/i;

/** The dependent's own start command (compose `command:`, else its Dockerfile's ENTRYPOINT/CMD) waits until `dep` answers. */
function waitsFor(dep: string, start: string): boolean {
  const m = READINESS_LOOP.exec(start);
  if (!m) return false;
  // The check names the dependency's host (`-h db`, `--host=db`), or names no host (the default from the environment).
  const host = /(?:^|\s)(?:-h|--host)(?:\s+|=)["']?([\w.-]+)/.exec(m[0])?.[1];
  return host === undefined || host === dep;
}

export default defineRule({
  id: 'ops/depends-on-unhealthy',
  title: 'depends_on without a health condition',
  category: 'ops',
  status: 'stable',
  since: '0.1.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'low',
  scope: { kind: 'repo' },
  messages: {
    healthcheck: '{service} starts as soon as {dependency} starts, not when its healthcheck passes (no condition: service_healthy)',
    infra: '{service} starts as soon as {dependency} ({image}) starts, before it accepts connections (no condition: service_healthy)',
  },
  docs: {
    what: 'A docker-compose `depends_on` entry (list form, or map form with `condition: service_started`) on a service that has a health check, or on a database, broker or other stateful infrastructure service.',
    why: '`depends_on` alone only orders container start-up: the dependent service starts while the database is still initialising, fails its first connections and, without retries, crashes or serves errors. `condition: service_healthy` makes compose wait until the dependency reports healthy.',
    bad: {
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:2.0.1\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U app"]\n',
    },
    good: {
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:2.0.1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U app"]\n',
    },
    fix: 'Give the dependency a `healthcheck:` and use the map form: `depends_on: {db: {condition: service_healthy}}`; keep retries with backoff in the client for restarts after start-up.',
    falsePositives: 'Dependencies on application services without a health check are not reported (there is nothing to wait for), nor `condition: service_completed_successfully` (one-shot migrations). A dependency on an infrastructure image with no healthcheck is reported: the fix then starts with adding its healthcheck. Clients that retry their connection on start-up are safe and may suppress the finding. A dependent whose own start command (compose `command:`, else its Dockerfile\'s ENTRYPOINT/CMD) polls the dependency with a client of its protocol before starting — `until pg_isready -h db; do sleep 1; done`, `while ! mysqladmin ping -h db`, `until redis-cli -h cache ping` — is not reported: it already waits for readiness. A loop that only waits for the port to open (`wait-for-it db:5432`, `nc -z db 5432`, `</dev/tcp/db/5432`, `dockerize -wait tcp://db:5432`) is still reported: a server can accept TCP connections before it accepts queries (a database replaying its log, or a restart during initialisation). A wait inside an entrypoint script is not seen.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.15, perFile: 0.1, cap: 6, kind: 'mechanical', track: 'ops', dependsOn: ['observability/no-healthcheck'] },
  check(facts) {
    const out: RepoFindingDraft[] = [];
    const find = (file: string, name: string): ComposeService | undefined =>
      facts.compose.find((s) => s.file === file && s.name === name) ?? facts.compose.find((s) => s.name === name);
    for (const s of facts.compose) {
      for (const d of s.dependsOn) {
        if (d.condition && d.condition !== 'service_started') continue;
        const dep = find(s.file, d.name);
        if (!dep) continue;
        const healthy = (dep.hasHealthcheck && !dep.healthcheckDisabled) || dockerfileOf(dep, facts)?.hasHealthcheck === true;
        const infra = !dep.build && isInfraImage(dep.image);
        if (!healthy && !infra) continue;
        // The dependent polls the dependency itself before starting (`until pg_isready -h db; do sleep 1; done`).
        const df = dockerfileOf(s, facts);
        if (waitsFor(d.name, s.command ?? [df?.entrypoint, df?.cmd].filter(Boolean).join(' '))) continue;
        out.push({
          path: s.file,
          messageId: healthy ? 'healthcheck' : 'infra',
          data: { service: s.name, dependency: d.name, image: dep.image ?? '' },
          range: { start: { line: d.line, column: 1 }, end: { line: d.line, column: 1 } },
          matched: `${s.name} -> ${d.name}`,
        });
      }
    }
    return out;
  },
});
