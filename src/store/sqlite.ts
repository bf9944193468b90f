import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BulkInsert, Row, SqlDriver } from './sql.js';

/**
 * SQLite backend (better-sqlite3). WAL journaling, one connection per process; concurrent writer processes
 * queue on SQLite's write lock (busy timeout below) instead of failing. An interrupted write (crash, kill,
 * full disk) rolls back to the last complete transaction.
 */
const BUSY_TIMEOUT_MS = 30_000;

export function openSqlite(file: string): SqlDriver {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (e) {
    db.close();
    throw e;
  }
  return new SqliteDriver(db);
}

class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private depth = 0;

  constructor(readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const st = this.prepare(sql);
    if (st.reader) return st.all(...params) as T[];
    st.run(...params);
    return [];
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async insertMany(b: BulkInsert): Promise<void> {
    const st = this.prepare(
      `INSERT INTO ${b.table} (${b.columns.join(', ')}) VALUES (${b.columns.map(() => '?').join(', ')})${b.ignoreConflicts ? ' ON CONFLICT DO NOTHING' : ''}`,
    );
    for (const row of b.rows) st.run(...row);
  }

  async transaction<T>(fn: () => Promise<T>, opts: { exclusive?: boolean } = {}): Promise<T> {
    if (this.depth > 0) return fn();
    this.db.exec(opts.exclusive ? 'BEGIN IMMEDIATE' : 'BEGIN');
    this.depth++;
    try {
      const out = await fn();
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    } finally {
      this.depth--;
    }
  }

  withMigrationLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.transaction(fn, { exclusive: true });
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
