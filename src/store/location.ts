import path from 'node:path';
import { StoreError } from '../errors.js';

/**
 * Where the history store lives, from `--store`:
 *
 * | `--store` | store |
 * |---|---|
 * | `PATH`, `sqlite:PATH`, `file:PATH` | an SQLite file (created when missing) |
 * | `postgres://…`, `postgresql://…` | a PostgreSQL database (a libpq connection URL: user, password, host, port, database, `?sslmode=…`) |
 * | `postgres:` or `postgresql:` alone | a PostgreSQL database given entirely by the environment, as `psql` reads it (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `~/.pgpass`) |
 *
 * Parts missing from a URL are taken from the same environment variables.
 */
export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url?: string };

export function parseStoreLocation(location: string): StoreLocation {
  if (location === ':memory:') return { kind: 'sqlite', file: location };
  if (/^postgres(?:ql)?:(?:\/\/)?$/i.test(location)) return { kind: 'postgres' };
  if (/^postgres(?:ql)?:\/\//i.test(location)) return { kind: 'postgres', url: location };
  const m = /^(?:sqlite|file):(?:\/\/)?(.+)$/i.exec(location);
  if (m) return { kind: 'sqlite', file: path.resolve(m[1]) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new StoreError(`unsupported store URL: ${describeStoreString(location)}`, 'use a file path, sqlite:PATH or postgres://USER@HOST/DB');
  }
  return { kind: 'sqlite', file: path.resolve(location) };
}

/** The location as it may be shown: a URL's password (and any `password=` parameter) replaced by `***`. */
export function describeStore(loc: StoreLocation): string {
  if (loc.kind === 'sqlite') return loc.file;
  if (!loc.url) return 'postgres: (from PGHOST, PGUSER, PGDATABASE, …)';
  return describeStoreString(loc.url);
}

function describeStoreString(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) if (/pass|secret|key|token/i.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    // Not parseable: show the scheme only, never the rest (it may hold a password).
    return `${url.split(':')[0]}://…`;
  }
}
