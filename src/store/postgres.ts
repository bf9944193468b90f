import pg from 'pg';
import { StoreError } from '../errors.js';
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
 *
 * A dropped connection (server restart, `pg_terminate_backend`, an idle connection cut by a proxy, a network
 * reset): a transaction, or a statement run outside one, that fails with a connection error is run again from
 * its start on a fresh connection, up to `attempts` times in all with exponential backoff and jitter, and then
 * fails with a StoreError naming the server. The server rolled the failed transaction back, so nothing of it is
 * left; a transaction whose COMMIT was sent but not acknowledged may have committed, which is why every statement
 * run again must be idempotent: the scan's insert is keyed by its uid (`ON CONFLICT (uid) DO NOTHING`, then the
 * recorded scan is returned), the repository's by its identity, and the rest are reads. Other errors (a
 * constraint violation, a syntax error, a permission) are not retried.
 */
const CONNECT_TIMEOUT_MS = 15_000;
/** Key of the advisory lock that serialises migrations (any fixed 64-bit number; "harden" in ASCII). */
const MIGRATION_LOCK_KEY = '114716809716110';

/** How a dropped connection is retried (see above). */
export interface RetryPolicy {
  /** Runs in all, the first included (1: no retry). */
  attempts: number;
  /** Delay before the first retry; doubled before each next one (±25 % jitter). */
  baseDelayMs: number;
  /** Told about each retry before its delay (the CLI prints a note; library code never logs). */
  onRetry?: (info: { attempt: number; attempts: number; delayMs: number; error: Error }) => void;
}

/** 6 runs over ≈ 8 s (0.25, 0.5, 1, 2, 4 s between them): long enough for a server restart. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 250 };

const ARRAY_TYPE: Record<ColumnType, string> = { int: 'bigint[]', text: 'text[]', real: 'float8[]' };

// BIGINT (scan ids) and NUMERIC come back as strings by default; every id and count here fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * SQLSTATEs worth a new connection: class 08 (connection exception), 57P01–57P03 (admin shutdown, crash
 * shutdown, cannot connect now: a restarting server), 53300 (too many connections), and the two a transaction
 * may simply be run again after (40001 serialization failure, 40P01 deadlock).
 */
const RETRYABLE_SQLSTATE = /^(?:08[0-9A-Z]{3}|57P0[123]|53300|40001|40P01)$/;
/** Socket errors of a dropped or refused connection. */
const RETRYABLE_ERRNO = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EAI_AGAIN']);
/** node-postgres's own errors for a connection that ended or broke (they carry no code). */
const RETRYABLE_MESSAGE = /^(?:Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout expired)/;

/** Whether an error means the connection is gone (or the transaction may simply be run again). */
export function isRetryable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return RETRYABLE_SQLSTATE.test(code);
  if (typeof code === 'string' && RETRYABLE_ERRNO.has(code)) return true;
  return RETRYABLE_MESSAGE.test(e.message);
}

function newClient(url: string | undefined): pg.Client {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A half-open TCP connection (the server host gone) is found out instead of waited on forever.
    keepAlive: true,
    application_name: process.env.PGAPPNAME ?? 'harden',
  });
  // A connection dropped while idle must not crash the process; the next query reports it (and is retried).
  client.on('error', () => undefined);
  return client;
}

/** `user@host:port/database` as the client resolved them (URL, then environment); never the password. */
function target(c: pg.Client): string {
  return `${c.user ?? ''}@${c.host}:${c.port}/${c.database ?? ''}`;
}

export async function openPostgres(url: string | undefined, retry: RetryPolicy = DEFAULT_RETRY): Promise<SqlDriver> {
  const client = newClient(url);
  try {
    await client.connect();
  } catch (e) {
    // Name the server even when it came from the environment (`postgres:` alone).
    const err = e as Error;
    if (!err.message.includes(String(client.host))) err.message = `${err.message || String(e)} (server ${target(client)})`;
    throw err;
  }
  return new PostgresDriver(url, client, retry);
}

/** `?` placeholders → `$1, $2, …` (statements of this module never hold `?` in a literal). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private inTransaction = false;
  /** The connection failed: the next run opens a fresh one. */
  private broken = false;

  constructor(
    private readonly url: string | undefined,
    private client: pg.Client,
    private readonly retry: RetryPolicy,
  ) {}

  /**
   * Runs `fn` (a whole transaction, or one idempotent statement) and, when the connection drops, runs it again
   * on a fresh connection (see the module comment).
   */
  private async retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (this.broken) {
          await this.client.end().catch(() => undefined);
          this.client = newClient(this.url);
          await this.client.connect();
          this.broken = false;
        }
        return await fn();
      } catch (e) {
        if (!isRetryable(e)) throw e;
        this.broken = true;
        const error = e as Error;
        if (attempt >= this.retry.attempts) {
          throw new StoreError(
            `lost the connection to the PostgreSQL server ${target(this.client)} and could not get it back (${attempt} attempts): ${error.message || String(e)}`,
            'each attempt was rolled back, so nothing partial was stored; check the server (restart, connection limits, network) and run again',
          );
        }
        const delayMs = Math.round(this.retry.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
        this.retry.onRetry?.({ attempt, attempts: this.retry.attempts, delayMs, error });
        await sleep(delayMs);
      }
    }
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const run = async () => ((await this.client.query(numbered(sql), params as unknown[])).rows ?? []) as T[];
    // Inside a transaction a failure is the transaction's to retry; alone, every statement of the store is
    // a read or an idempotent insert (ON CONFLICT DO NOTHING).
    return this.inTransaction ? run() : this.retrying(run);
  }

  async exec(sql: string): Promise<void> {
    const run = async () => void (await this.client.query(sql));
    return this.inTransaction ? run() : this.retrying(run);
  }

  /**
   * One `INSERT … SELECT FROM unnest(arrays)` per chunk: a round trip per 2,000 rows, not per row. Not retried
   * on its own (a chunk may be half done): the store calls it inside a transaction, which is.
   */
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
    return this.retrying(async () => {
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
    });
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
