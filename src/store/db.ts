import { StoreError } from '../errors.js';
import { HistoryStore } from './history.js';
import { describeStore, parseStoreLocation, type StoreLocation } from './location.js';
import { migrate } from './migrate.js';
import type { RetryPolicy } from './postgres.js';
import type { SqlDriver } from './sql.js';

export { HistoryStore } from './history.js';

/**
 * Opens the history store (store/location.ts: an SQLite file, created when missing, or a PostgreSQL
 * database) and brings its schema up to date (store/migrate.ts). Each backend's client is loaded only when
 * used: SQLite's native addon for a file, node-postgres for a URL. `retry` is how a dropped PostgreSQL
 * connection is retried (store/postgres.ts; default 6 runs over ≈ 8 s).
 */
export async function openStore(location: string | StoreLocation, opts: { retry?: Partial<RetryPolicy> } = {}): Promise<HistoryStore> {
  const loc = typeof location === 'string' ? parseStoreLocation(location) : location;
  const where = describeStore(loc);
  let db: SqlDriver;
  try {
    if (loc.kind === 'sqlite') db = (await import('./sqlite.js')).openSqlite(loc.file);
    else {
      const { openPostgres, DEFAULT_RETRY } = await import('./postgres.js');
      db = await openPostgres(loc.url, { ...DEFAULT_RETRY, ...opts.retry });
    }
  } catch (e) {
    throw new StoreError(
      `cannot open history store ${where}: ${(e as Error).message || String(e)}`,
      loc.kind === 'sqlite' ? 'pass --store PATH to use another file, or --no-store' : 'check the URL, the server and the credentials (PGPASSWORD, ~/.pgpass), or pass --no-store',
    );
  }
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    if (e instanceof StoreError) throw e; // the connection was lost for good: its own message and hint
    throw new StoreError(
      `history store ${where} is not usable: ${(e as Error).message}`,
      loc.kind === 'sqlite' ? 'move the file away to start a new history' : 'the role needs CREATE on the schema for the first use (migrations)',
    );
  }
  return new HistoryStore(db, where);
}

/** The SQLite file of a location (undefined for PostgreSQL). */
export function storeFile(location: string): string | undefined {
  const loc = parseStoreLocation(location);
  return loc.kind === 'sqlite' ? loc.file : undefined;
}
