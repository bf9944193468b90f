import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isInside } from '../fs/inside.js';
import { gitIgnoresDir, gitListFiles, isGitWorkTree } from './git.js';
import { VENDORED_DIRS, vendoredExcludePathspecs, vendoredPrefix } from './vendored.js';

export interface ListedFile {
  /** Relative to the scanned root, `/`-separated. */
  path: string;
  tracked: boolean;
  size: number;
  /** Set when the file must not be read (symlink out of root, loop, unreadable …). */
  skip?: string;
  /** A git submodule (a gitlink: git lists the folder as one entry); never scanned, named in the notices. */
  submodule?: boolean;
}

export interface Listing {
  isGit: boolean;
  files: ListedFile[];
  /** Files left out by the configuration's `exclude` globs (counted: a repository's own config can hide files). */
  excluded: number;
}

/**
 * Lists the files of `root`: in a git work tree the tracked files plus the untracked files that are not
 * ignored; elsewhere (or when the enclosing repository ignores `root` itself) a walk that honours
 * `.gitignore` files. Symlinks are never followed: a link to a file
 * inside the root is skipped (its target is scanned as itself), one leading out is skipped with its reason.
 */
export function listFiles(root: string, extraIgnore: string[] = []): Listing {
  const realRoot = realpathSync(root);
  const userIgnore = ignore().add(extraIgnore);
  // A folder that the enclosing repository ignores (a checkout under `versions/`, a build tree) was named
  // explicitly: it is walked like a plain folder instead of yielding nothing.
  const git = isGitWorkTree(realRoot) && !gitIgnoresDir(realRoot) ? listGit(realRoot) : null;
  const rel = git ?? walk(realRoot);
  const files: ListedFile[] = [];
  let excluded = 0;
  for (const f of rel) {
    if (extraIgnore.length && userIgnore.ignores(f.path)) {
      excluded++;
      continue;
    }
    const entry = statEntry(realRoot, f.path, f.tracked);
    // git lists a folder as one tracked entry only for a gitlink: a submodule, another repository.
    if (git && f.tracked && entry.skip === 'unreadable directory') {
      entry.skip = 'git submodule: not scanned';
      entry.submodule = true;
    }
    files.push(entry);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { isGit: git !== null, files, excluded };
}

function listGit(root: string): Array<{ path: string; tracked: boolean }> | null {
  const tracked = gitListFiles(root, ['--cached', '--', '.']);
  if (tracked === null) return null;
  const untracked = gitListFiles(root, ['--others', '--exclude-standard', '--', '.', ...vendoredExcludePathspecs()]) ?? [];
  const seen = new Set<string>();
  const out: Array<{ path: string; tracked: boolean }> = [];
  for (const [list, isTracked] of [[tracked, true], [untracked, false]] as const) {
    for (const p of list) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push({ path: p, tracked: isTracked });
    }
  }
  return out;
}

function walk(root: string): Array<{ path: string; tracked: boolean }> {
  const out: Array<{ path: string; tracked: boolean }> = [];
  const stack: Array<{ dir: string; rules: Array<{ base: string; ig: Ignore }> }> = [{ dir: '', rules: [] }];
  while (stack.length) {
    const { dir, rules } = stack.pop()!;
    const abs = path.join(root, dir);
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch {
      if (dir) out.push({ path: dir, tracked: false });
      continue;
    }
    let here = rules;
    if (names.includes('.gitignore')) {
      try {
        here = [...rules, { base: dir, ig: ignore().add(readFileSync(path.join(abs, '.gitignore'), 'utf8')) }];
      } catch {
        /* unreadable .gitignore: walk on without it */
      }
    }
    names.sort();
    for (const name of names) {
      const rel = dir ? `${dir}/${name}` : name;
      let st: Stats;
      try {
        st = lstatSync(path.join(root, rel));
      } catch {
        out.push({ path: rel, tracked: false });
        continue;
      }
      const isDir = st.isDirectory();
      if (isIgnored(here, rel, isDir)) continue;
      if (isDir) {
        if (name === '.git' || VENDORED_DIRS.has(name)) continue;
        stack.push({ dir: rel, rules: here });
      } else {
        out.push({ path: rel, tracked: false });
      }
    }
  }
  return out;
}

function isIgnored(rules: Array<{ base: string; ig: Ignore }>, rel: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const sub = base ? rel.slice(base.length + 1) : rel;
    if (ig.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}

function statEntry(root: string, rel: string, tracked: boolean): ListedFile {
  const abs = path.join(root, rel);
  let st: Stats;
  try {
    st = lstatSync(abs);
  } catch (e) {
    return { path: rel, tracked, size: 0, skip: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'stat failed'})` };
  }
  if (st.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { path: rel, tracked, size: 0, skip: code === 'ELOOP' ? 'symlink loop' : 'dangling symlink' };
    }
    const inside = isInside(target, root);
    return {
      path: rel,
      tracked,
      size: 0,
      skip: inside ? 'symlink (its target inside the root is scanned as itself)' : 'symlink pointing outside the scanned root',
    };
  }
  if (st.isDirectory()) return { path: rel, tracked, size: 0, skip: 'unreadable directory' };
  if (!st.isFile()) return { path: rel, tracked, size: 0, skip: 'not a regular file' };
  return { path: rel, tracked, size: st.size };
}

export { vendoredPrefix };
