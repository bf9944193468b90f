/** Helpers shared by the compose/Kubernetes rules (not a rule: the registry skips `_` files). */
import type { ComposeService, DockerfileFact, RepoFactsView } from '../types.js';

const ONE_SHOT_NAME = /(^|[-_.])(migrat\w*|init|setup|seed\w*|bootstrap|provision\w*|create\w*|populate\w*|job|once|oneshot|one-shot|cli|console|shell|tests?|e2e|backup|restore|cron)([-_.]|$)/i;
const ONE_SHOT_COMMAND = /\b(migrate|alembic\s+upgrade|db\s+upgrade|flask\s+db|createsuperuser|loaddata|collectstatic|seed|prisma\s+migrate|knex\s+migrate|sequelize\s+db:migrate|pytest|npm\s+(run\s+)?test)\b/i;

/**
 * A service that runs to completion rather than serving: a migration, seed or test runner. It has no
 * published ports and either says so (`restart: "no"` / `on-failure`) or is named or commanded like one.
 * Health checks, limits and readiness gates do not apply to it.
 */
export function isOneShot(s: ComposeService): boolean {
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
