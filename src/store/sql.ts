/**
 * The little SQL surface the history store needs, implemented once per backend (store/sqlite.ts,
 * store/postgres.ts). Statements are written once with `?` placeholders (never inside string literals);
 * the PostgreSQL driver numbers them ($1, $2, …). Column types that differ are written as tokens in the
 * migrations (store/migrations.ts) and expanded per dialect.
 */
export type Dialect = 'sqlite' | 'postgres';

/** Column types of a bulk insert (PostgreSQL needs them to type its arrays). */
export type ColumnType = 'int' | 'text' | 'real';

export interface BulkInsert {
  table: string;
  columns: readonly string[];
  types: readonly ColumnType[];
  rows: readonly (readonly unknown[])[];
  /** Rows whose key is already there are skipped (the same fingerprint twice in one scan). */
  ignoreConflicts?: boolean;
}

export type Row = Record<string, unknown>;

export interface SqlDriver {
  readonly dialect: Dialect;
  /** Runs one statement; returns its rows (of a SELECT or of `… RETURNING`), else []. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  insertMany(b: BulkInsert): Promise<void>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. `exclusive` takes
   * the write lock at the start (SQLite `BEGIN IMMEDIATE`), so that a read-then-write cannot be overtaken;
   * `snapshot` makes every read see the same committed state (PostgreSQL REPEATABLE READ, READ ONLY; an SQLite
   * read transaction in WAL mode already does).
   */
  transaction<T>(fn: () => Promise<T>, opts?: { exclusive?: boolean; snapshot?: boolean }): Promise<T>;
  /**
   * Runs `fn` in one transaction holding the database-wide migration lock: PostgreSQL's transaction-scoped
   * advisory lock, SQLite's write lock.
   */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Rows per statement of a bulk insert: bounds SQLite's variable count and PostgreSQL's message size. */
export const BULK_CHUNK = 2000;
