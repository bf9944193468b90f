import { existsSync } from 'node:fs';
import { printable } from '../engine/printable.js';
import { InputError, StoreError } from '../errors.js';
import { assertSafeDatabaseFile } from '../fs/safe-write.js';
import { computeProgress, type Progress } from '../plan/progress.js';
import type { HistoryStore, RepositoryRecord, StoredScan } from '../store/history.js';

/** Which repository of the store: the one at `dir` (identity from its git remote or `--repo-id`). */
export interface RepoSelector {
  dir: string;
  repoId?: string;
  /** The store is the repository's own (DIR/.harden/history.db): its only repository is this one. */
  ownStore?: boolean;
}

/** A dropped PostgreSQL connection being retried (store/postgres.ts): one line on stderr. */
export function retryNote(r: { attempt: number; attempts: number; delayMs: number; error: Error }): void {
  process.stderr.write(`harden: history store connection lost (${printable(r.error.message)}); retrying in ${(r.delayMs / 1000).toFixed(1)} s (${r.attempt + 1}/${r.attempts})\n`);
}

/**
 * Opens an existing store for reading: a missing SQLite file is an error (it would be created empty); a
 * PostgreSQL store must be reachable.
 */
export async function openExistingStore(location: string, root?: string): Promise<HistoryStore> {
  const { openStore, storeFile } = await import('../store/db.js');
  const file = storeFile(location);
  if (file && file !== ':memory:') {
    if (!existsSync(file)) throw new StoreError(`no history at ${file}`, 'run `harden audit` (or `harden scan`) first');
    if (root) assertSafeDatabaseFile(file, { root });
  }
  return openStore(location, { retry: { onRetry: retryNote } });
}

/**
 * The repository's row in the store: by identity; else the scans recorded before repositories existed under
 * the same folder name; else, when `repo` is not given, the store's only repository.
 */
export async function findRepository(store: HistoryStore, repo: RepoSelector | undefined): Promise<RepositoryRecord> {
  if (repo) {
    const { repoIdentity } = await import('../store/identity.js');
    const id = repoIdentity(repo.dir, repo.repoId);
    const found = await store.findRepository(id, { ownStore: repo.ownStore });
    if (found) return found;
    throw new StoreError(`no scan recorded for ${id.identity} in ${store.where}`, 'run `harden audit` first (or pass the --repo-id it was recorded under)');
  }
  const all = await store.listRepositories();
  if (all.length === 1) return all[0];
  throw new StoreError(`${store.where} holds ${all.length} repositories: say which one`, 'pass --repo-id');
}

/** Loads the baseline (`--since`: a scan number, `first`, `previous`), the latest and the previous scan. */
export async function progressFromStore(location: string, since = 'first', repo?: RepoSelector): Promise<Progress> {
  const store = await openExistingStore(location, repo?.dir);
  try {
    const repository = await findRepository(store, repo);
    const scans = await store.listScans(repository.id);
    if (!scans.length) throw new StoreError(`no scan recorded for ${repository.identity} in ${store.where}`, 'run `harden audit` first');
    const latest = scans[scans.length - 1];
    let baseline = scans[0];
    if (since === 'previous') baseline = scans[Math.max(0, scans.length - 2)];
    else if (since !== 'first') {
      const n = Number(since);
      const found = scans.find((s) => s.seq === n);
      if (!Number.isInteger(n) || !found) {
        throw new InputError(`--since ${since}: no such scan`, `recorded scans: ${scans.map((s) => `#${s.seq}`).join(', ')}`);
      }
      baseline = found;
    }
    // Scans are shown by their number in the repository (seq), not by the store-wide id.
    const snap = (s: StoredScan) => ({ id: s.scan.seq, recordedAt: s.scan.recordedAt, findings: s.findings, items: s.items, metrics: s.metrics, controls: nonEmpty(s.controls) });
    const load = async (id: number) => snap((await store.loadScan(id))!);
    const prev = scans.length > 1 ? await load(scans[scans.length - 2].id) : undefined;
    return computeProgress(await load(baseline.id), await load(latest.id), prev);
  } finally {
    await store.close();
  }
}

/**
 * `harden check --store`: the fingerprints of the latest scan recorded for this repository, accepted like a
 * baseline file's (a CI gate that blocks only what is new since the last recorded audit).
 */
export async function acceptedFromStore(location: string, repo: RepoSelector): Promise<{ fingerprints: Set<string>; scan: number }> {
  const store = await openExistingStore(location, repo.dir);
  try {
    const repository = await findRepository(store, repo);
    const scans = await store.listScans(repository.id);
    const last = scans[scans.length - 1];
    if (!last) throw new StoreError(`no scan recorded for ${repository.identity} in ${store.where}`, 'run `harden audit` first');
    const loaded = (await store.loadScan(last.id))!;
    return { fingerprints: new Set(loaded.findings.map((f) => f.fingerprint)), scan: last.seq };
  } finally {
    await store.close();
  }
}

/** Scans recorded before the readiness checklist have no control rows: unknown, not "none". */
function nonEmpty<T extends object>(o: T): T | undefined {
  return Object.keys(o).length ? o : undefined;
}
