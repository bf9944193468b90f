import path from 'node:path';
import { InputError } from '../errors.js';
import { runGit } from '../discover/git.js';

/**
 * Which repository a scan belongs to in a store shared by many (SPEC §6). In order:
 *
 * 1. `--repo-id ID`, as given (trimmed): for monorepo parts, mirrors, or a CI without the remote.
 * 2. The git remote (`origin`, else the first remote by name), normalised so that the SSH and HTTPS forms of
 *    one repository are one identity: `git@github.com:Acme/Api.git`, `https://user:token@github.com/acme/api`
 *    and `ssh://git@github.com/acme/api/` are all `github.com/acme/api`. Credentials, query and fragment are
 *    dropped (they are never stored); the host is lower-cased, and so is the path on hosts whose paths are
 *    case-insensitive (github.com, gitlab.com, bitbucket.org); a default port and a trailing `.git` or `/` go.
 *    A scan of a sub-folder of the work tree appends it: `github.com/acme/mono#services/api`.
 * 3. No remote: `local:NAME` (the folder's name). Two unrelated repositories with the same folder name would
 *    share a history in a shared store, so the CLI says so and suggests `--repo-id`.
 */
export interface RepoIdentity {
  identity: string;
  /** Display name: the last segment of the remote path (plus the sub-folder), or the folder name. */
  name: string;
  /** The normalised remote, without credentials, when there is one. */
  remote?: string;
  /** Where the identity came from. */
  source: 'repo-id' | 'remote' | 'folder';
}

const CASE_INSENSITIVE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);
const DEFAULT_PORTS = new Set(['', '22', '80', '443', '9418']);

export function repoIdentity(dir: string, repoId?: string): RepoIdentity {
  const abs = path.resolve(dir);
  const remote = gitRemote(abs);
  const top = runGit(abs, ['rev-parse', '--show-toplevel'])?.trim();
  const sub = top ? path.relative(top, abs).split(path.sep).join('/') : '';
  if (repoId !== undefined) {
    const id = repoId.trim();
    if (!id || id.length > 300 || [...id].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) throw new InputError(`--repo-id ${JSON.stringify(repoId)}: expected 1–300 printable characters`);
    return { identity: id, name: id.split(/[/:]/).filter(Boolean).pop() ?? id, remote, source: 'repo-id' };
  }
  if (remote) {
    const base = remote.split('/').pop() || remote;
    return { identity: sub && !sub.startsWith('..') ? `${remote}#${sub}` : remote, name: sub && !sub.startsWith('..') ? `${base}/${sub}` : base, remote, source: 'remote' };
  }
  return { identity: `local:${path.basename(abs)}`, name: path.basename(abs), source: 'folder' };
}

function gitRemote(dir: string): string | undefined {
  const names = (runGit(dir, ['remote']) ?? '').split('\n').map((s) => s.trim()).filter(Boolean).sort();
  if (!names.length) return undefined;
  const name = names.includes('origin') ? 'origin' : names[0];
  const url = runGit(dir, ['config', '--get', `remote.${name}.url`])?.trim();
  return url ? normaliseRemote(url) : undefined;
}

/** `host/path` (or `file:/path` for a local remote); undefined when the URL is not understood. */
export function normaliseRemote(url: string): string | undefined {
  let host: string;
  let port = '';
  let p: string;
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/\/)(.+)$/.exec(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (u.protocol === 'file:') return `file:${path.posix.normalize(decodeURIComponent(u.pathname)).replace(/\/+$/, '').replace(/\.git$/, '')}`;
    host = u.hostname.toLowerCase();
    port = u.port;
    p = decodeURIComponent(u.pathname);
  } else if (scp && !url.startsWith('/') && !/^[a-z]:\\/i.test(url)) {
    host = scp[1].toLowerCase();
    p = scp[2];
  } else if (url.startsWith('/')) {
    return `file:${path.posix.normalize(url).replace(/\/+$/, '').replace(/\.git$/, '')}`;
  } else {
    return undefined;
  }
  p = p.replace(/\/{2,}/g, '/').replace(/^\/+|\/+$/g, '').replace(/\.git$/i, '').replace(/\/+$/, '');
  if (!host || !p) return undefined;
  if (CASE_INSENSITIVE_HOSTS.has(host)) p = p.toLowerCase();
  return `${host}${DEFAULT_PORTS.has(port) ? '' : `:${port}`}/${p}`;
}
