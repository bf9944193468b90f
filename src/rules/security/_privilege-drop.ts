/**
 * App servers configured to switch to another user after start: uWSGI `uid = www-data` in an ini file, Gunicorn
 * `user = "app"` in its config module. Read in the file pass so that security/container-runs-as-root can leave
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
  return undefined;
}
