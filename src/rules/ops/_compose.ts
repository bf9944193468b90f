/** Helpers shared by the compose/Kubernetes rules (not a rule: the registry skips `_` files). */
import type { ComposeService, DockerfileFact, RepoFactsView } from '../types.js';

const ONE_SHOT_NAME = /(^|[-_.])(migrat\w*|init|setup|seed\w*|bootstrap|provision\w*|create\w*|populate\w*|job|once|oneshot|one-shot|cli|console|shell|tests?|e2e|backup|restore|cron)([-_.]|$)/i;
const ONE_SHOT_COMMAND =
  /\b(migrate|alembic\s+upgrade|db\s+upgrade|flask\s+db|createsuperuser|loaddata|collectstatic|seed|prisma\s+migrate|knex\s+migrate|sequelize\s+db:migrate|pytest|npm\s+(run\s+)?test)\b|^\s*(?:(?:ba)?sh\s+-c\s+['"]?)?(chown|chmod)\s/i;

/**
 * A service that runs to completion rather than serving: a migration, seed, permissions fix or test runner.
 * Another service of the file waits for it to finish (`condition: service_completed_successfully`), or it has no
 * published ports and either says so (`restart: "no"` / `on-failure`) or is named or commanded like one.
 * Health checks, limits and readiness gates do not apply to it.
 */
export function isOneShot(s: ComposeService, awaited?: ReadonlySet<string>): boolean {
  if (awaited?.has(`${s.file}\0${s.name}`)) return true;
  if (s.ports.length) return false;
  const restart = (s.restart ?? '').toLowerCase();
  if (restart === 'always' || restart === 'unless-stopped') return false;
  if (restart === 'no' || restart.startsWith('on-failure')) return true;
  return ONE_SHOT_NAME.test(s.name) || ONE_SHOT_COMMAND.test(s.command ?? '');
}

/** The Dockerfile a compose service builds from, when it is part of the scanned tree. */
export function dockerfileOf(s: ComposeService, facts: RepoFactsView): DockerfileFact | undefined {
  if (!s.dockerfile) return undefined;
  return facts.dockerfiles.find((d) => d.file === s.dockerfile);
}

/** Images of stateful or infrastructure services: clients must wait until they accept connections. */
const INFRA_IMAGE =
  /(^|\/)(postgres|postgresql|postgis|pgvector|timescaledb|mysql|mariadb|percona|mongo|mongodb|redis|redis-stack|valkey|keydb|rabbitmq|kafka|cp-kafka|zookeeper|cp-zookeeper|elasticsearch|opensearch|cassandra|scylla|minio|nats|memcached|clickhouse(-server)?|influxdb|neo4j|couchdb|couchbase|etcd|consul|vault|keycloak|localstack|mssql(-server)?|oracle|cockroach|questdb|qdrant|weaviate|milvus|chromadb|pulsar|redpanda|activemq|artemis|mosquitto|emqx|azurite|dynamodb-local|kong|temporal)([:@/]|$)/i;

export function isInfraImage(image: string | undefined): boolean {
  return !!image && INFRA_IMAGE.test(image);
}

/** Services that another service of the same file waits on to exit (`condition: service_completed_successfully`): `file\0name`. */
export function awaitedToComplete(services: readonly ComposeService[]): Set<string> {
  const out = new Set<string>();
  for (const s of services) for (const d of s.dependsOn) if (d.condition === 'service_completed_successfully') out.add(`${s.file}\0${d.name}`);
  return out;
}

/** Compose files of a development set-up: `docker-compose.dev.yml`, `compose.local.yaml`, `dev/compose.yml`, `.devcontainer/`. */
const DEV_COMPOSE = /(^|\/)(docker-)?compose[._-](dev|devel|develop|development|local)\.ya?ml$/i;
/**
 * A folder of a development set-up, for compose files and Kubernetes manifests alike: `dev/`, `.devcontainer/`, a
 * `local`/`minikube`/`kind` cluster overlay (`k8s/dev/postgres.yaml`, `overlays/minikube/…`).
 */
const DEV_FOLDER = /(^|\/)(dev|development|local|minikube|kind|\.devcontainer)\//i;

/**
 * A compose file that does not describe a deployment: a test stack (test context: `cypress/`, `e2e/`,
 * `docker-compose.test.yml`) or a development set-up (`docker-compose.dev.yml`, `.devcontainer/`).
 */
export function isNonProductionCompose(path: string, context: string | undefined): boolean {
  return context === 'test' || DEV_COMPOSE.test(path) || DEV_FOLDER.test(path);
}

/** Kubernetes manifests of a development cluster (a DEV_FOLDER) or a test context; production overlays stay reported. */
export function isNonProductionManifest(path: string, context: string | undefined): boolean {
  return context === 'test' || DEV_FOLDER.test(path);
}

/**
 * Why a compose file looks like a developer's local stack rather than a deployment, judged from its services alone:
 * - `backing`: it builds nothing and runs only pulled infrastructure images (databases, caches, brokers, vector
 *   stores) with their ports published on the host — the backing services of an application that runs outside the
 *   file (on the developer's machine, in a test run);
 * - `worktree`: no service has a restart policy (nothing comes back after a crash or a reboot: the stack is run by
 *   hand) and a service built from the repository bind-mounts its own build context, or a folder of it, into the
 *   container — it runs the working tree (code reload), not the image's code.
 * A file with a deployed service (restart policy, image of the application) gives neither reason.
 */
export const LOCAL_STACK_WHY = {
  backing: 'only backing services with published ports, nothing of the application',
  worktree: 'no restart policy, and the source tree mounted into a service built from it',
} as const;

export function localStackReason(services: readonly ComposeService[], awaited?: ReadonlySet<string>): 'backing' | 'worktree' | undefined {
  const running = services.filter((s) => !isOneShot(s, awaited));
  if (!running.length) return undefined;
  if (running.every((s) => !s.build && isInfraImage(s.image) && s.ports.length > 0)) return 'backing';
  if (services.every((s) => !s.restart) && running.some(mountsOwnSource)) return 'worktree';
  return undefined;
}

/** A service built from the repository that bind-mounts its build context or a folder inside it (`./src:/app/src`). */
function mountsOwnSource(s: ComposeService): boolean {
  if (!s.build || s.buildContext === undefined) return false;
  const dir = posixDir(s.file);
  const context = normalise(s.buildContext);
  return s.volumes.some((v) => {
    const host = /^(\.{1,2}(?:\/[^:]*)?):\/?[^:]/.exec(v)?.[1];
    if (host === undefined) return false;
    const abs = normalise(dir ? `${dir}/${host}` : host);
    const rel = context === '.' ? abs : abs === context ? '.' : abs.startsWith(`${context}/`) ? abs.slice(context.length + 1) : undefined;
    // Outside the build context, or a dot-folder (`.data/`, `.cache`) or a file (`nginx.conf`): state or configuration, not code.
    return rel !== undefined && !rel.startsWith('..') && !/(^|\/)\.[^./]/.test(rel) && !/\.\w+$/.test(rel);
  });
}

function posixDir(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** `a/./b/../c/` → `a/c`; the root is `.`. */
function normalise(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.length ? out.join('/') : '.';
}

/** A cron daemon in the foreground: `crond -f`, `cron -f`, `busybox crond`, `supercronic /etc/crontab`, `go-crond`. */
const CRON_DAEMON = /(^|[\s"'[,/])(crond|cron|supercronic|go-crond)(["',\]]|\s|$)/;

/**
 * A scheduler sidecar: no published ports, and its command (or the CMD/ENTRYPOINT of the Dockerfile it builds from)
 * starts a cron daemon. It serves nothing: the jobs it starts are its work.
 */
export function isCronSidecar(s: ComposeService, df: DockerfileFact | undefined): boolean {
  if (s.ports.length) return false;
  const start = s.command ?? df?.entrypoint ?? df?.cmd ?? '';
  return CRON_DAEMON.test(start) || (!s.command && !!df?.entrypoint && CRON_DAEMON.test(df.cmd ?? ''));
}
