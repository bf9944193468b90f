import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { tempRepo } from './temp-repo.js';

/**
 * The history-store tests run once per backend: SQLite (always) and PostgreSQL (a real server: .ci/run starts
 * one with scripts/ci-postgres.sh and exports HARDEN_TEST_PG_URL). Without the URL the PostgreSQL half is
 * skipped, with the reason in its name; with HARDEN_REQUIRE_PG=1 (set by .ci/run) a missing server fails.
 */
export const PG_URL = process.env.HARDEN_TEST_PG_URL || undefined;
export const REQUIRE_PG = process.env.HARDEN_REQUIRE_PG === '1';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Why the backend's tests are skipped (undefined: they run). */
  skip?: string;
  /** A fresh, empty store location: a new SQLite file, or a new PostgreSQL schema of the test database. */
  fresh(): Promise<string>;
}

const schemas: string[] = [];

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A URL of the test database whose search_path is a schema of its own: tests never see each other's tables. */
async function freshPostgres(): Promise<string> {
  const schema = `harden_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  schemas.push(schema);
  const u = new URL(PG_URL!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

afterAll(async () => {
  if (!PG_URL || !schemas.length) return;
  await admin(async (c) => {
    for (const s of schemas.splice(0)) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });
});

export const BACKENDS: Backend[] = [
  { name: 'sqlite', fresh: async () => path.join(tempRepo({}), 'history.db') },
  {
    name: 'postgres',
    skip: PG_URL || REQUIRE_PG ? undefined : 'HARDEN_TEST_PG_URL is not set (eval "$(bash scripts/ci-postgres.sh start)" starts a server and sets it)',
    fresh: freshPostgres,
  },
];

/** Describe-block title: the backend, and the reason when it is skipped. */
export const title = (b: Backend) => (b.skip ? `${b.name} (skipped: ${b.skip})` : b.name);

/** Runs SQL on a store location directly (to look behind the store's API). */
export async function rawQuery(location: string, sql: string): Promise<Array<Record<string, unknown>>> {
  if (/^postgres/.test(location)) {
    const c = new pg.Client({ connectionString: location });
    await c.connect();
    try {
      return (await c.query(sql)).rows;
    } finally {
      await c.end();
    }
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(location);
  try {
    const st = db.prepare(sql);
    return st.reader ? (st.all() as Array<Record<string, unknown>>) : (st.run(), []);
  } finally {
    db.close();
  }
}
