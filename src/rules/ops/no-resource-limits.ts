import { composeServices, k8sWorkloads } from '../../discover/extract.js';
import { defineRule } from '../define.js';
import type { FindingDraft } from '../types.js';
import { awaitedToComplete, isNonProductionCompose, isNonProductionManifest, isOneShot, LOCAL_STACK_WHY, localStackReason } from './_compose.js';

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });

export default defineRule({
  id: 'ops/no-resource-limits',
  title: 'Container without resource limits',
  category: 'ops',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  scope: { kind: 'file', languages: ['yaml'], roles: ['compose', 'k8s', 'config'] },
  prefilter: ['services', 'containers'],
  messages: {
    compose: 'service {service} has no memory/CPU limits (deploy.resources.limits, mem_limit or cpus)',
    localStack: 'service {service} has no memory/CPU limits; the file looks like a local stack ({why}), so this is a notice',
    k8s: 'container {container} of {kind} {name} has no resources.limits',
  },
  docs: {
    what: 'A docker-compose service with no `deploy.resources.limits`, `mem_limit` or `cpus`, or a container of a Kubernetes workload with no `resources.limits`.',
    why: 'A container without limits can take all the memory or CPU of its host: one leak or runaway query starves every other service on the machine, and the kernel OOM killer picks a victim that may not be the culprit.',
    bad: { path: 'docker-compose.yml', code: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.8.0\n    restart: unless-stopped\n' },
    good: {
      path: 'docker-compose.yml',
      code: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.8.0\n    restart: unless-stopped\n    deploy:\n      resources:\n        limits:\n          cpus: "1.0"\n          memory: 512M\n',
    },
    fix: 'Set `deploy.resources.limits` (`cpus`, `memory`) on each compose service (or `mem_limit`/`cpus` with the v2 file format); in Kubernetes set `resources.limits.memory` (and requests) on each container.',
    falsePositives: 'Kubernetes manifests of a development cluster (a `dev`/`development`/`local`/`minikube`/`kind` folder or overlay) are not read. One-shot compose services (migrations, seeds, permission fixes, test runners with no ports, and any service another waits on with `condition: service_completed_successfully`) are not reported, nor are compose files of a test stack (`cypress/`, `e2e/`, `docker-compose.test.yml`) or a development set-up (`docker-compose.dev.yml`, `compose.local.yaml`, `.devcontainer/`). A Kubernetes LimitRange in the namespace can supply default limits: that is invisible to a file-level check, so such containers are still reported. Init containers are not reported. In a Helm/Go template, a `resources:` filled in by a template expression (`{{- toYaml .Values.resources | nindent 12 }}`) counts as set: the values file decides. A compose file that looks like a developer\'s local stack is reported as an info notice: only pulled infrastructure images (databases, caches, brokers) with published ports and nothing built or of the application, or no restart policy on any service together with a service built from the repository that bind-mounts its own source (`./src:/app/src`). A restart policy makes the file a deployment again.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.25, cap: 12, kind: 'mechanical', track: 'ops' },
  check(input) {
    const out: FindingDraft[] = [];
    if (input.role === 'compose') {
      // Limits matter where the stack is deployed: not in a test stack or a development compose file.
      if (isNonProductionCompose(input.path, input.context)) return out;
      const services = composeServices(input);
      const awaited = awaitedToComplete(services);
      // A developer's local stack (backing services only, or the working tree run by hand): a notice.
      const why = localStackReason(services, awaited);
      for (const s of services) {
        if (s.hasLimits || isOneShot(s, awaited)) continue;
        if (why) out.push({ messageId: 'localStack', data: { service: s.name, why: LOCAL_STACK_WHY[why] }, range: at(s.line), severity: 'info', matched: `${s.name} no limits` });
        else out.push({ messageId: 'compose', data: { service: s.name }, range: at(s.line), matched: `${s.name} no limits` });
      }
      return out;
    }
    if (!input.source.includes('apiVersion') || isNonProductionManifest(input.path, input.context)) return out;
    for (const w of k8sWorkloads(input)) {
      for (const c of w.containers) {
        if (c.init || c.hasLimits) continue;
        out.push({ messageId: 'k8s', data: { container: c.name, kind: w.kind, name: w.name }, range: at(c.line), matched: `${w.kind}/${w.name}/${c.name} no limits` });
      }
    }
    return out;
  },
});
