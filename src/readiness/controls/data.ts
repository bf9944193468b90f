/** Phase 4 — data integrity controls. */
import { defineControl, done, missing, na, partial, presentOr, requires, signals } from '../define.js';
import type { Evidence, ReadinessContext } from '../types.js';

const ANY = ['product', 'test', 'example', 'docs'];
const MIGRATION_DIR = /(^|\/)(migrations|alembic\/versions|db\/migrate|migrate|prisma\/migrations|flyway|liquibase|sql\/migrations|schema\/migrations)\/[^/]+$/i;

function migrationFiles(ctx: ReadinessContext): Evidence[] {
  return ctx.files(MIGRATION_DIR, 'migration').filter((e) => !/__init__\.py$|\.md$/.test(e.path));
}

export const DATA_CONTROLS = [
  defineControl({
    id: 'data/migrations',
    area: 'data',
    title: 'Schema changes go through migrations',
    docs: {
      why: 'Versioned migrations make every environment\'s schema reproducible and reviewable; ad-hoc `ALTER`s drift.',
      detects: 'A migrations folder (`migrations/`, `alembic/versions/`, `db/migrate/`, `prisma/migrations/` …) or a migration tool in use (Alembic, Django, Flyway, Liquibase, knex, Prisma, TypeORM, golang-migrate, dbmate).',
      partial: 'Never.',
      notApplicable: 'No database.',
      fix: 'Adopt a migration tool (Alembic, Django migrations, Prisma …) and run it in the deploy.',
    },
    effort: { hours: 8, track: 'data' },
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      const files = migrationFiles(ctx);
      return presentOr([...(files.length ? [{ ...files[0], what: `${files.length} migration file${files.length === 1 ? '' : 's'}` }] : []), ...signals(ctx, ['migration-tool'])], 'no migrations');
    },
  }),
  defineControl({
    id: 'data/migration-rollback',
    area: 'data',
    title: 'Migrations can be rolled back (down migrations or a rollback plan)',
    docs: {
      why: 'A release whose migration cannot be reversed cannot be rolled back either.',
      detects: 'Alembic `downgrade()` with a body, knex/TypeORM `down`, `*.down.sql` files, or a rollback document (`ROLLBACK.md`, a "Rollback" heading in the docs).',
      partial: 'Down migrations exist but are empty (`pass`).',
      notApplicable: 'No database.',
      fix: 'Write the down step of every migration (or document why one is irreversible) and rehearse a rollback on staging.',
    },
    rules: ['ops/no-rollback'],
    effort: { hours: 4, track: 'data' },
    dependsOn: ['data/migrations'],
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      const docs = [...ctx.files(/(^|\/)rollback[\w.-]*\.md$/i, 'rollback document'), ...signals(ctx, ['doc-rollback'], ['docs'])];
      const down = signals(ctx, ['migration-down'], ANY);
      const empty = new Set(signals(ctx, ['migration-down-empty'], ANY).map((e) => e.path));
      const real = down.filter((e) => !empty.has(e.path));
      const downFiles = ctx.files(/\.down\.sql$|(^|\/)down\.sql$/i, 'down migration');
      const ev = [...real, ...downFiles, ...docs];
      if (ev.length) return done(ev);
      return down.length ? partial(down, 'down migrations are empty') : missing('no down migrations and no rollback plan');
    },
  }),
  defineControl({
    id: 'data/scheduled-backups',
    area: 'data',
    title: 'Scheduled backups',
    docs: {
      why: 'Data that is not backed up on a schedule is lost in the first bad migration, deleted volume or ransomware.',
      detects: 'A backup command (pg_dump, mysqldump, mongodump, restic, borg, wal-g, pgbackrest, litestream, velero) run by cron, a systemd timer, a Kubernetes CronJob or a scheduled CI workflow; or managed backups (`backup_retention_period`, AWS Backup plans, velero schedules).',
      partial: 'A backup script exists but nothing schedules it.',
      notApplicable: 'No database.',
      fix: 'Schedule a daily backup to storage outside the host, with retention, and alert when it fails.',
    },
    rules: ['ops/backup-unverified'],
    effort: { hours: 4, track: 'data' },
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      const BACKUP = /backup|pg_dump|mysqldump|mongodump|restic|borg|wal-g|litestream|dump/i;
      const scheduled: Evidence[] = [];
      for (const c of ctx.facts.cron ?? []) if (BACKUP.test(c.command)) scheduled.push({ path: c.file, line: c.line, what: `cron ${c.schedule}` });
      for (const u of ctx.facts.systemd ?? []) if (u.onCalendar && BACKUP.test(`${u.file} ${u.execStart ?? ''} ${u.description ?? ''}`)) scheduled.push({ path: u.file, line: 0, what: `timer ${u.onCalendar}` });
      for (const w of ctx.facts.k8s ?? []) if (w.kind === 'CronJob' && BACKUP.test(w.name)) scheduled.push({ path: w.file, line: w.line, what: `CronJob ${w.name}` });
      const managed = signals(ctx, ['backup-cmd'], ANY).filter((e) => /\.(tf|ya?ml|json)$/.test(e.path) && !/\.github\/workflows\//.test(e.path));
      const ciBackup = signals(ctx, ['backup-cmd'], ANY).filter((e) => ctx.facts.ci.some((p) => p.file === e.path));
      const ev = [...scheduled, ...managed, ...ciBackup];
      if (ev.length) return done(ev);
      const scripts = [...signals(ctx, ['backup-cmd']), ...ctx.files(/(^|\/)[\w-]*backup[\w-]*\.(sh|py|js|ts)$/i, 'backup script')];
      return scripts.length ? partial(scripts, 'a backup script exists but nothing schedules it') : missing('no backup');
    },
  }),
  defineControl({
    id: 'data/backup-restore-test',
    area: 'data',
    title: 'Backups are restored in a test',
    docs: {
      why: 'A backup that has never been restored is a hope, not a backup.',
      detects: 'A restore command (pg_restore, mongorestore, restic restore, litestream restore, velero restore, `psql < dump`) in a script, test or CI job, or a restore procedure in the docs.',
      partial: 'The restore procedure is documented but not automated.',
      notApplicable: 'No database.',
      fix: 'Restore the latest backup into a scratch database on a schedule and check row counts; alert on failure.',
    },
    rules: ['ops/backup-unverified'],
    effort: { hours: 4, track: 'data' },
    dependsOn: ['data/scheduled-backups'],
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      const auto = signals(ctx, ['restore-cmd'], ['product', 'test', 'example']);
      if (auto.length) return done(auto);
      const doc = [...ctx.files(/(^|\/)(restore|disaster[-_]recovery|dr)[\w.-]*\.md$/i, 'restore document'), ...signals(ctx, ['doc-restore'], ['docs'])];
      return doc.length ? partial(doc, 'restore is documented but not tested automatically') : missing('no restore test');
    },
  }),
  defineControl({
    id: 'data/schema-constraints',
    area: 'data',
    title: 'Foreign keys and constraints in the schema',
    docs: {
      why: 'Constraints in the database stop orphaned and duplicate rows that application checks let through under concurrency.',
      detects: '`FOREIGN KEY`/`REFERENCES`/`UNIQUE`-style declarations in SQL, ORM `ForeignKey`, `UniqueConstraint`, `CheckConstraint`, `unique=True`, Prisma `@relation`, TypeORM `@ManyToOne`, SQLite `PRAGMA foreign_keys = ON`.',
      partial: 'Never.',
      notApplicable: 'No database.',
      fix: 'Declare foreign keys, unique indexes and check constraints; enable FK enforcement (SQLite needs the pragma).',
    },
    effort: { hours: 6, track: 'data' },
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      return presentOr(signals(ctx, ['schema-constraints']), 'no constraints declared');
    },
  }),
  defineControl({
    id: 'data/idempotent-writes',
    area: 'data',
    title: 'Idempotent writes (upserts, idempotency keys)',
    docs: {
      why: 'Retried requests and replayed jobs must not create duplicates; upserts and idempotency keys make replays safe.',
      detects: '`ON CONFLICT`, `INSERT OR REPLACE/IGNORE`, `ON DUPLICATE KEY UPDATE`, ORM upserts (`on_conflict_do_update`, `update_or_create`, `.upsert(`), idempotency keys.',
      partial: 'Never.',
      notApplicable: 'No database.',
      fix: 'Give ingested records a natural unique key and write them with an upsert.',
    },
    effort: { hours: 6, track: 'data' },
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      return presentOr(signals(ctx, ['upsert']), 'no upserts or idempotency keys');
    },
  }),
  defineControl({
    id: 'data/connection-pooling',
    area: 'data',
    title: 'Database connections are pooled',
    docs: {
      why: 'Opening a connection per request or per row exhausts the server\'s connection slots under load.',
      detects: 'A client that pools by default or by configuration: SQLAlchemy engines (`create_engine`, `pool_size`), `create_pool`, psycopg pools, `new Pool(`, Prisma, Sequelize, knex, TypeORM data sources, Django `CONN_MAX_AGE`, PgBouncer.',
      partial: 'A pool is configured, but connections are also opened in loops (reliability/connection-in-loop).',
      notApplicable: 'No database server (none, or SQLite only).',
      fix: 'Create one pool per process at startup and borrow connections from it.',
    },
    rules: ['reliability/no-connection-pool', 'reliability/connection-in-loop'],
    effort: { hours: 3, track: 'data' },
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      if (!signals(ctx, ['db-server']).length && !ctx.facts.compose.some((s) => /postgres|mysql|mariadb|mongo/i.test(s.image ?? ''))) return na('SQLite only: no server connections to pool');
      return presentOr(signals(ctx, ['db-pool']), 'no connection pool configured');
    },
  }),
  defineControl({
    id: 'data/production-database',
    area: 'data',
    title: 'A server database for production (not SQLite)',
    docs: {
      why: 'SQLite on a container\'s disk loses data with the container and serialises writers; production data belongs in a managed server database.',
      detects: 'A PostgreSQL/MySQL/MongoDB driver or URL in code or config, or a database service image in compose.',
      partial: 'Never.',
      notApplicable: 'No database.',
      fix: 'Move production data to PostgreSQL (managed), keeping SQLite for tests if useful.',
    },
    effort: { hours: 16, track: 'data' },
    evaluate(ctx) {
      const why = requires(ctx, 'database');
      if (why) return na(why);
      const ev = [
        ...signals(ctx, ['db-server'], ['product', 'example']),
        ...ctx.facts.compose.filter((s) => /postgres|mysql|mariadb|mongo/i.test(s.image ?? '')).map((s) => ({ path: s.file, line: s.line, what: `${s.name} database service` })),
      ];
      return presentOr(ev, 'SQLite only');
    },
  }),
];
