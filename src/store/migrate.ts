import { LATEST_VERSION, MIGRATIONS, migrationSql } from './migrations.js';
import type { SqlDriver } from './sql.js';

const TABLE = `CREATE TABLE IF NOT EXISTS harden_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Brings the schema up to date on first use. Fast path: one read of the migration table. Otherwise, under the
 * migration lock (PostgreSQL advisory lock / SQLite write lock) and in one transaction: create the migration
 * table, apply each missing migration in order and record it; a concurrent process waits on the lock and
 * then finds nothing left to do. A store migrated by a newer harden (a version this one does not know) is
 * refused rather than misread. Returns the schema version.
 */
export async function migrate(db: SqlDriver): Promise<number> {
  const current = await appliedVersion(db);
  if (current === LATEST_VERSION) return current;
  if (current !== undefined && current > LATEST_VERSION) throw newerSchema(current);
  return db.withMigrationLock(async () => {
    await db.exec(TABLE);
    if (db.dialect === 'sqlite') await adoptUserVersion(db);
    const done = new Set((await db.query<{ version: number }>('SELECT version FROM harden_migrations')).map((r) => Number(r.version)));
    const newest = Math.max(0, ...done);
    if (newest > LATEST_VERSION) throw newerSchema(newest);
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await db.exec(migrationSql(m, db.dialect));
      await db.query('INSERT INTO harden_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    }
    // Older harden builds read SQLite's user_version only: keep it equal so that they refuse a newer schema.
    if (db.dialect === 'sqlite') await db.exec(`PRAGMA user_version = ${LATEST_VERSION}`);
    return LATEST_VERSION;
  });
}

async function appliedVersion(db: SqlDriver): Promise<number | undefined> {
  try {
    const [row] = await db.query<{ v: number | null }>('SELECT MAX(version) AS v FROM harden_migrations');
    return row?.v === null || row?.v === undefined ? undefined : Number(row.v);
  } catch {
    return undefined; // no migration table yet
  }
}

/**
 * SQLite stores written before the migration table counted their migrations in `PRAGMA user_version`: those
 * migrations are recorded as applied, so that they are not applied twice.
 */
async function adoptUserVersion(db: SqlDriver): Promise<void> {
  const [{ n }] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM harden_migrations');
  if (Number(n) > 0) return;
  const [{ user_version: uv }] = await db.query<{ user_version: number }>('PRAGMA user_version');
  if (uv > LATEST_VERSION) throw newerSchema(uv);
  for (const m of MIGRATIONS.filter((x) => x.version <= uv)) {
    await db.query('INSERT INTO harden_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, 'before the migration table']);
  }
}

function newerSchema(v: number): Error {
  return new Error(`written by a newer harden (schema ${v}, this one knows ${LATEST_VERSION})`);
}
