import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (creating when needed) the history store: `--store` takes a file path or a `sqlite:` / `file:` URL;
 * the default is `DIR/.harden/history.db`. WAL journaling and one transaction per recorded scan: an
 * interrupted write (crash, kill, full disk) rolls back to the last complete scan and never corrupts the
 * earlier history. Migrations are numbered and applied in order (`PRAGMA user_version`).
 */
export function openStore(location: string): Db {
  const file = storePath(location);
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new StoreError(`cannot open history store ${file}: ${(e as Error).message}`, 'pass --store PATH to use another file, or --no-store');
  }
  try {
    migrate(db);
  } catch (e) {
    db.close();
    throw new StoreError(`history store ${file} is not usable: ${(e as Error).message}`, 'move the file away to start a new history');
  }
  return db;
}

export function storePath(location: string): string {
  if (location === ':memory:') return location;
  const m = /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(location);
  if (m) return path.resolve(m[1]);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) throw new StoreError(`unsupported store URL: ${location}`, 'use a file path or sqlite:PATH');
  return path.resolve(location);
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new Error(`written by a newer harden (schema ${version}, this one knows ${MIGRATIONS.length})`);
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
