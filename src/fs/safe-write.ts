/**
 * Writing files next to a hostile repository. The scanned repository controls what is inside its own tree,
 * including a committed `.harden/` folder (or a `.harden` that is itself a symbolic link) holding links such as
 * `plan.csv -> ~/.ssh/authorized_keys`. Every file harden writes (reports, cache, history store, baseline) goes
 * through this module, which never writes through a link:
 *
 * - A target inside the scanned tree: every folder from the scanned root down to the target must be a real
 *   folder (a link is refused, a missing folder is created one level at a time and checked again), and the
 *   file itself is written as a fresh temporary file (exclusive create, so not even a link planted under the
 *   temporary name is followed) and renamed over the target — a rename replaces a link, it never writes to
 *   where the link points. A target that is itself a link is refused.
 * - harden's own output folders (`.harden/`, `--out`, the cache) inside the tree must not hold files the
 *   repository tracks: such a folder was committed by the repository, and harden will not write into it. The
 *   one exception is a regular `baseline.json`, which teams commit on purpose so that CI's `harden check`
 *   reads it.
 * - A target outside the scanned tree is the user's own choice (`--output /dev/stdout`, `~/reports/x.sarif`):
 *   it is written as asked; only regular files are replaced by rename, so devices and pipes still work.
 *
 * Refusals are `InputError`s (exit code 2) naming the path and what to do instead.
 */
import { closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { runGit } from '../discover/git.js';
import { InputError } from '../errors.js';
import { isInside } from './inside.js';

/** Files a repository may commit inside harden's output folder (harden's own baseline, committed for CI). */
const TRACKED_ALLOWED = new Set(['baseline.json']);

export interface WriteTarget {
  /** The folder that was scanned (the repository), when the write belongs to a scan. */
  root?: string;
  /** The folder is one of harden's own output folders: refuse it when the repository tracks files in it. */
  owned?: boolean;
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Where `abs` lies relative to the scanned root, judged without following links below the root: the lexical
 * path first (a `.harden` link inside the root is inside, wherever it points), then the real path of the
 * nearest existing ancestor (a user's other spelling of the same folder).
 */
function locate(abs: string, root: string): { base: string; rel: string } | null {
  const lexRoot = path.resolve(root);
  const realRoot = realOrSelf(root);
  if (isInside(abs, lexRoot)) return { base: realRoot, rel: path.relative(lexRoot, abs) };
  if (isInside(abs, realRoot)) return { base: realRoot, rel: path.relative(realRoot, abs) };
  let existing = abs;
  const rest: string[] = [];
  while (!lstatOrNull(existing)) {
    const up = path.dirname(existing);
    if (up === existing) return null;
    rest.unshift(path.basename(existing));
    existing = up;
  }
  const real = realOrSelf(existing);
  if (isInside(real, realRoot)) return { base: realRoot, rel: path.join(path.relative(realRoot, real), ...rest) };
  return null;
}

/** Paths under `relDir` that the repository tracks, with their git modes (`120000` is a link). */
function trackedUnder(realRoot: string, relDir: string): Array<{ mode: string; path: string }> {
  const out = runGit(realRoot, ['ls-files', '-s', '-z', '--', relDir.split(path.sep).join('/')]);
  if (!out) return [];
  return out
    .split('\0')
    .filter(Boolean)
    .map((l) => {
      const tab = l.indexOf('\t');
      return { mode: l.slice(0, l.indexOf(' ')), path: l.slice(tab + 1) };
    });
}

const checkedDirs = new Map<string, string>();

/**
 * Makes sure `dir` exists as a real folder that harden may write into and returns its absolute path. Inside
 * the scanned tree, no folder on the way may be a link, and an `owned` folder may hold no tracked files.
 */
export function ensureOutputDir(dir: string, target: WriteTarget = {}): string {
  const abs = path.resolve(dir);
  const key = `${abs}\0${target.root ?? ''}\0${target.owned ? 1 : 0}`;
  const done = checkedDirs.get(key);
  if (done !== undefined && lstatOrNull(done)?.isDirectory()) return done;
  const where = target.root ? locate(abs, target.root) : null;
  if (!where) {
    mkdirSync(abs, { recursive: true });
    checkedDirs.set(key, abs);
    return abs;
  }
  let cur = where.base;
  for (const part of where.rel.split(path.sep).filter(Boolean)) {
    cur = path.join(cur, part);
    let st = lstatOrNull(cur);
    if (!st) {
      try {
        mkdirSync(cur);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      st = lstatOrNull(cur);
    }
    if (st?.isSymbolicLink()) throw refusedLink(path.join(dir, path.relative(abs, cur)) || cur, cur, 'folder');
    if (!st?.isDirectory()) throw new InputError(`${cur}: not a folder, cannot write reports into it`, 'pass --out/--output to another folder');
  }
  if (target.owned && where.rel) {
    const tracked = trackedUnder(where.base, where.rel).filter((t) => !(t.mode.startsWith('100') && TRACKED_ALLOWED.has(path.posix.basename(t.path))));
    if (tracked.length) {
      throw new InputError(
        `${abs}: this output folder is tracked by the scanned repository (${tracked.length} file${tracked.length === 1 ? '' : 's'}, e.g. ${JSON.stringify(tracked[0].path)}${tracked[0].mode === '120000' ? ', a symbolic link' : ''}); harden does not write into folders the repository controls`,
        'pass --out (or --output/--store) a folder outside the repository, or remove those files from the repository',
      );
    }
  }
  checkedDirs.set(key, cur);
  return cur;
}

function refusedLink(shown: string, abs: string, what: 'folder' | 'file'): InputError {
  return new InputError(
    `${shown}: the ${what} is a symbolic link inside the scanned repository (to ${JSON.stringify(safeTarget(abs))}); harden never writes through links`,
    'remove the link, or pass --out/--output a path outside the repository',
  );
}

function safeTarget(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return '(dangling)';
  }
}

/**
 * Writes `text` to `file` without following links inside the scanned tree (see the module comment). The
 * folder is created when missing.
 */
export function writeFileNoFollow(file: string, text: string | Buffer, target: WriteTarget = {}): void {
  const abs = path.resolve(file);
  const dir = ensureOutputDir(path.dirname(abs), target);
  const dest = path.join(dir, path.basename(abs));
  const inside = target.root ? locate(abs, target.root) !== null : false;
  const st = lstatOrNull(dest);
  if (st?.isSymbolicLink()) {
    if (inside) throw refusedLink(file, dest, 'file');
    writeFileSync(abs, text); // the user's own link outside the scanned tree
    return;
  }
  if (st && !st.isFile()) {
    if (inside) throw new InputError(`${file}: not a regular file, refusing to write a report over it`, 'pass --out/--output another path');
    writeFileSync(abs, text); // a device or pipe the user named (`--output /dev/stdout`)
    return;
  }
  writeAtomically(dir, dest, text);
}

/** A fresh temporary file (exclusive create: never an existing file or link) renamed over `dest`. */
function writeAtomically(dir: string, dest: string, text: string | Buffer): void {
  const tmp = path.join(dir, `.${path.basename(dest)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    try {
      const buf = typeof text === 'string' ? Buffer.from(text) : text;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, dest);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already renamed or gone */
    }
    throw e;
  }
}

/**
 * Before a database file is opened inside the scanned tree: its folder is checked like an output folder, and
 * neither the file nor SQLite's companions (`-wal`, `-shm`, `-journal`) may be a link or anything but a
 * regular file (SQLite opens them by name and would follow a link).
 */
export function assertSafeDatabaseFile(file: string, target: WriteTarget = {}): void {
  const abs = path.resolve(file);
  ensureOutputDir(path.dirname(abs), target);
  if (!target.root || !locate(abs, target.root)) return;
  for (const f of [abs, `${abs}-wal`, `${abs}-shm`, `${abs}-journal`]) {
    const st = lstatOrNull(f);
    if (st?.isSymbolicLink()) throw refusedLink(f, f, 'file');
    if (st && !st.isFile()) throw new InputError(`${f}: not a regular file, refusing to open it as the history store`, 'pass --store another path');
  }
}
