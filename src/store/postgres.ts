import pg from 'pg';
import type { BulkInsert, ColumnType, Row, SqlDriver } from './sql.js';
import { BULK_CHUNK } from './sql.js';

/**
 * PostgreSQL backend (node-postgres). One connection per process; `url` is a libpq connection URL and
 * whatever it leaves out comes from the environment as `psql` reads it (PGHOST, PGPORT, PGUSER, PGPASSWORD,
 * PGDATABASE, PGSSLMODE, PGOPTIONS, ~/.pgpass).
 *
 * Concurrency: each recorded scan is one transaction under READ COMMITTED. Scans of different repositories
 * share no row and never wait for each other; two scans of the same repository queue on that repository's
 * row (the scan counter), so scan numbers per repository are dense and unique.
 */
const CONNECT_TIMEOUT_MS = 15_000;
/** Key of the advisory lock that serialises migrations (any fixed 64-bit number; "harden" in ASCII). */
const MIGRATION_LOCK_KEY = '114716809716110';

const ARRAY_TYPE: Record<ColumnType, string> = { int: 'bigint[]', text: 'text[]', real: 'float8[]' };

// BIGINT (scan ids) and NUMERIC come back as strings by default; every id and count here fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openPostgres(url: string | undefined): Promise<SqlDriver> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: process.env.PGAPPNAME ?? 'harden',
  });
  // A connection dropped while idle must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  await client.connect();
  return new PostgresDriver(client);
}

/** `?` placeholders → `$1, $2, …` (statements of this module never hold `?` in a literal). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private inTransaction = false;

  constructor(private readonly client: pg.Client) {}

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const r = await this.client.query(numbered(sql), params as unknown[]);
    return (r.rows ?? []) as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  /** One `INSERT … SELECT FROM unnest(arrays)` per chunk: a round trip per 2,000 rows, not per row. */
  async insertMany(b: BulkInsert): Promise<void> {
    const cols = b.columns.join(', ');
    const unnest = b.types.map((t, i) => `$${i + 1}::${ARRAY_TYPE[t]}`).join(', ');
    const sql = `INSERT INTO ${b.table} (${cols}) SELECT * FROM unnest(${unnest})${b.ignoreConflicts ? ' ON CONFLICT DO NOTHING' : ''}`;
    for (let i = 0; i < b.rows.length; i += BULK_CHUNK) {
      const chunk = b.rows.slice(i, i + BULK_CHUNK);
      await this.client.query(sql, b.columns.map((_, c) => chunk.map((r) => r[c] ?? null)));
    }
  }

  async transaction<T>(fn: () => Promise<T>, opts: { snapshot?: boolean } = {}): Promise<T> {
    if (this.inTransaction) return fn();
    await this.client.query(opts.snapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
    this.inTransaction = true;
    try {
      const out = await fn();
      await this.client.query('COMMIT');
      return out;
    } catch (e) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      this.inTransaction = false;
    }
  }

  withMigrationLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.transaction(async () => {
      // Released at COMMIT/ROLLBACK; a second process waits here until the first has migrated.
      await this.client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      return fn();
    });
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
