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
  /(^|\/)(postgres|postgresql|postgis|timescaledb|mysql|mariadb|percona|mongo|mongodb|redis|redis-stack|valkey|keydb|rabbitmq|kafka|cp-kafka|zookeeper|cp-zookeeper|elasticsearch|opensearch|cassandra|scylla|minio|nats|memcached|clickhouse(-server)?|influxdb|neo4j|couchdb|couchbase|etcd|consul|vault|keycloak|localstack|mssql(-server)?|oracle|cockroach|questdb|qdrant|weaviate|milvus|chromadb|pulsar|redpanda|activemq|artemis|mosquitto|emqx|azurite|dynamodb-local|kong|temporal)([:@/]|$)/i;

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
