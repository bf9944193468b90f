/**
 * App servers configured to switch to another user after start: uWSGI `uid = www-data` in an ini file, Gunicorn
 * `user = "app"` in its config module, an entrypoint script that re-executes through `gosu`/`su-exec`/`setpriv`. Read in the file pass so that security/container-runs-as-root can leave
 * out an image whose server drops root by its own configuration (FindingDraft.unlessAppServerDropsPrivileges).
 */
import type { FileInput, PerFileFacts } from '../types.js';

const ROOT = /^(root|0)$/;

export function privilegeDrop(input: FileInput): PerFileFacts | undefined {
  if (input.embedded) return undefined;
  if (input.lang === 'ini') {
    if (!input.source.includes('[uwsgi]')) return undefined;
    const uid = /^\s*uid\s*=\s*([^\s#;]+)/m.exec(input.source)?.[1];
    return uid && !ROOT.test(uid) ? { dropsPrivilegesAs: uid } : undefined;
  }
  if (input.lang === 'python' && /(^|\/)gunicorn[\w.-]*\.py$/.test(input.path)) {
    const user = /^user\s*=\s*['"]?([\w.-]+)/m.exec(input.source)?.[1];
    return user && !ROOT.test(user) && user !== 'None' ? { dropsPrivilegesAs: user } : undefined;
  }
  if (input.lang === 'bash') {
    // An entrypoint script that re-executes as another user: `exec gosu "$PUID" "$0" "$@"`, `exec su-exec app node …`.
    for (const m of input.source.matchAll(SWITCH_USER)) {
      const user = m[2].replace(/^["']|["']$/g, '');
      if (!ROOT.test(user)) return { scriptDropsTo: user };
    }
  }
  return undefined;
}

const SWITCH_USER = /^[ \t]*(?:exec[ \t]+)?(gosu|su-exec|s6-setuidgid|chpst[ \t]+-u|runuser[ \t]+-u|setpriv[ \t]+(?:--\S+[ \t]+)*?--reuid[= ])[ \t]*(\S+)/gm;
