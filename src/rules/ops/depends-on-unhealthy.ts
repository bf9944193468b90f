import { defineRule } from '../define.js';
import type { ComposeService, RepoFindingDraft } from '../types.js';
import { dockerfileOf, isInfraImage } from './_compose.js';

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
    falsePositives: 'Dependencies on application services without a health check are not reported (there is nothing to wait for), nor `condition: service_completed_successfully` (one-shot migrations). A dependency on an infrastructure image with no healthcheck is reported: the fix then starts with adding its healthcheck. Clients that retry their connection on start-up are safe and may suppress the finding.',
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
