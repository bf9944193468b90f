import { defineRule } from '../define.js';
import { awaitedToComplete, dockerfileOf, isCronSidecar, isNonProductionCompose, isNonProductionManifest, isOneShot, localStackReason, LOCAL_STACK_WHY } from '../ops/_compose.js';
import type { ComposeService, RepoFindingDraft } from '../types.js';

/** Workloads that keep running and receive traffic: Jobs and CronJobs run to completion. */
const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Rollout', 'DeploymentConfig', 'Pod']);

export default defineRule({
  id: 'observability/no-healthcheck',
  title: 'Service without a health check',
  category: 'observability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  scope: { kind: 'repo' },
  messages: {
    compose: 'service {service} in {file} has no healthcheck',
    composeBuild: 'service {service} in {file} has no healthcheck (nor does its Dockerfile {dockerfile})',
    disabled: 'service {service} in {file} has its healthcheck disabled',
    localStack: 'service {service} in {file} has no healthcheck; the file looks like a local stack ({why}), so this is a notice',
    cron: 'service {service} in {file} runs a cron daemon and has no healthcheck: a check could only confirm that the daemon is up',
    k8s: 'container {container} of {kind} {name} has no liveness or readiness probe',
  },
  docs: {
    what: 'A long-running docker-compose service with no `healthcheck:` (and no `HEALTHCHECK` in the Dockerfile it builds from), a healthcheck explicitly disabled, or a container of a Kubernetes Deployment/StatefulSet/DaemonSet with neither a liveness nor a readiness probe.',
    why: 'Without a health check the orchestrator only knows whether the process exists: a service that hangs, loses its database or deadlocks keeps receiving traffic and is never restarted, `depends_on: condition: service_healthy` cannot work, and rolling deployments send traffic to replicas that are not ready.',
    bad: {
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: registry.example.com/shop/api:1.4.2\n    ports:\n      - "8080:8080"\n',
    },
    good: {
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: registry.example.com/shop/api:1.4.2\n    ports:\n      - "8080:8080"\n    healthcheck:\n      test: ["CMD", "curl", "-fsS", "http://localhost:8080/healthz"]\n      interval: 10s\n      retries: 5\n',
    },
    fix: 'Add a `healthcheck:` (compose) or `HEALTHCHECK` (Dockerfile) that calls a cheap health endpoint or command; in Kubernetes add a `readinessProbe` (traffic) and a `livenessProbe` (restarts).',
    falsePositives: 'Kubernetes manifests of a development cluster (a `dev`/`development`/`local`/`minikube`/`kind` folder or overlay) are not read. One-shot services (no ports and `restart: "no"`/`on-failure`, named/commanded like a migration, seed, init, permissions fix or test runner, or awaited by another service with `condition: service_completed_successfully`) are not reported, nor are the services of a test stack (`cypress/`, `e2e/`, `docker-compose.test.yml`) or of a development compose file (`docker-compose.dev.yml`, `compose.local.yaml`, `.devcontainer/`). Services built from a Dockerfile of the scanned tree that declares `HEALTHCHECK` are not reported; a pulled image that defines its own HEALTHCHECK cannot be seen and is reported. Kubernetes Jobs, CronJobs and init containers are not reported, nor a container with at least one of the two probes. A compose file that looks like a developer\'s local stack is reported as an info notice: one that builds nothing and runs only pulled infrastructure images (databases, caches, brokers, vector stores) with their ports published on the host — the backing services of an application run outside it, on the developer\'s machine or by a test suite — or one where no service has a restart policy (the stack is started by hand and nothing comes back after a crash or a reboot) and a service built from the repository bind-mounts its own build context or a folder of it (`./src:/app/src`: it runs the working tree, not the image). A file with a restart policy and an application service stays reported, mounted source or not. A scheduler sidecar — no published port, and its command or its Dockerfile\'s CMD/ENTRYPOINT starts a cron daemon (`crond -f`, `cron -f`, `supercronic`) — is a notice too: it serves nothing, and a check could only confirm that the daemon is up, which the engine already knows.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.5, perFile: 0.25, cap: 16, kind: 'mechanical', track: 'observability' },
  check(facts) {
    const out: RepoFindingDraft[] = [];
    const awaited = awaitedToComplete(facts.compose);
    const contextOf = new Map(facts.files.map((f) => [f.path, f.context]));
    const byFile = new Map<string, ComposeService[]>();
    for (const s of facts.compose) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
    const localStack = new Map([...byFile].map(([file, services]) => [file, localStackReason(services, awaited)]));
    for (const s of facts.compose) {
      // Health checks gate deployments and restarts: not reported in a test stack or a development compose file.
      if (isNonProductionCompose(s.file, contextOf.get(s.file))) continue;
      const range = { start: { line: s.line, column: 1 }, end: { line: s.line, column: 1 } };
      const base = { path: s.file, range, data: { service: s.name, file: s.file } };
      if (s.healthcheckDisabled) {
        out.push({ ...base, messageId: 'disabled', matched: `${s.name} healthcheck disabled` });
        continue;
      }
      if (s.hasHealthcheck || isOneShot(s, awaited)) continue;
      const df = dockerfileOf(s, facts);
      if (df?.hasHealthcheck) continue;
      // A developer's local stack, or a scheduler sidecar that serves nothing: a notice, not a production gap.
      const why = localStack.get(s.file);
      if (why) out.push({ ...base, messageId: 'localStack', data: { ...base.data, why: LOCAL_STACK_WHY[why] }, severity: 'info', matched: `${s.name} no healthcheck` });
      else if (isCronSidecar(s, df)) out.push({ ...base, messageId: 'cron', severity: 'info', matched: `${s.name} no healthcheck` });
      else if (df) out.push({ ...base, messageId: 'composeBuild', data: { ...base.data, dockerfile: df.file }, matched: `${s.name} no healthcheck` });
      else out.push({ ...base, messageId: 'compose', matched: `${s.name} no healthcheck` });
    }
    for (const w of facts.k8s ?? []) {
      if (!LONG_RUNNING.has(w.kind) || isNonProductionManifest(w.file, contextOf.get(w.file))) continue;
      for (const c of w.containers) {
        if (c.init || c.hasLiveness || c.hasReadiness) continue;
        out.push({
          path: w.file,
          messageId: 'k8s',
          data: { container: c.name, kind: w.kind, name: w.name },
          range: { start: { line: c.line, column: 1 }, end: { line: c.line, column: 1 } },
          matched: `${w.kind}/${w.name}/${c.name} no probe`,
        });
      }
    }
    return out;
  },
});
