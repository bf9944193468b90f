/** Shell extractor (syntax tree). */
import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidates } from '../../../parse/candidates.js';
import { fromSg } from '../../../parse/position.js';
import type { FileInput } from '../../types.js';
import { secretKindOfName } from '../_secret-patterns.js';
import { type Candidate, envDefault, literalFor, named, throwawayPush } from './candidate.js';
import { namesStoredSecret, unquote } from './command-line.js';
import { PREFILTER } from './prefilter.js';

/* ------------------------------------------------------------------ bash ------------------------------------------------------------------ */

/** Named children of a command that are not its arguments. */
const NOT_ARGUMENT = new Set(['command_name', 'variable_assignment', 'file_redirect', 'herestring_redirect']);

/** The literal text of a shell word (no expansions or substitutions), or null. */
export function bashLiteral(node: SgNode | null): string | null {
  if (!node) return null;
  switch (node.kind()) {
    case 'word':
    case 'number': {
      const t = node.text();
      return /[$`]/.test(t) ? null : t.replace(/\\(.)/g, '$1');
    }
    case 'raw_string':
      return node.text().slice(1, -1);
    case 'string': {
      // Any named part but plain content (an expansion, a substitution) is not a literal. The quotes are the
      // unnamed `"` tokens: their kind says so without asking whether they are named.
      for (const c of node.children()) {
        const k = c.kind();
        if (k !== 'string_content' && k !== '"' && c.isNamed()) return null;
      }
      return node.text().slice(1, -1);
    }
    case 'concatenation': {
      let out = '';
      for (const c of node.children()) {
        const s = bashLiteral(c);
        if (s === null) return null;
        out += s;
      }
      return out;
    }
    default:
      return null;
  }
}

/** Lower-case words joined by `-`/`_` (`build-key`, `collectstatic_only`): a build-time dummy, not a secret. */
const BUILD_DUMMY = /^[a-z]+(?:[-_][a-z]+)*$/;

export const MYSQL = /^(mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlshow|mysqlcheck)$/;

/**
 * Bash (native pre-match): an expansion default needs its `-`/`=` operator in the text; every command case
 * needs an argument starting with `-` (raw or backslash-escaped, so a `-` is in the command's text).
 */
export const BASH_CANDIDATES = candidateQuery(['bash'], { any: [{ kind: 'variable_assignment' }, { kind: 'expansion', regex: '[-=]' }, { kind: 'command', regex: '-' }] }, { when: PREFILTER });

/**
 * Passwords a script gives to a database container it starts itself (`docker run -e POSTGRES_PASSWORD=app … postgres`):
 * the credentials of a throwaway local database (a dev or test helper script), whose client settings repeat them.
 */
function localDatabasePasswords(source: string): Set<string> {
  const out = new Set<string>();
  if (!/\b(?:docker|podman)\s+run\b/.test(source)) return out;
  const joined = source.replace(/\\\r?\n/g, ' ');
  for (const line of joined.split('\n')) {
    if (!/\b(?:docker|podman)\s+run\b/.test(line) || !LOCAL_DB_IMAGE.test(line)) continue;
    for (const m of line.matchAll(/(?:^|\s)(?:-e|--env)[\s=]+[A-Z_]*PASS(?:WORD)?[A-Z_]*=("[^"$]*"|'[^']*'|[^\s"'$]+)/g)) out.add(unquote(m[1]));
  }
  return out;
}
const LOCAL_DB_IMAGE = /\s(?:library\/)?(?:postgres|postgis\/postgis|mysql|mariadb|mongo|redis|bitnami\/(?:postgresql|mysql|mariadb|redis))(?::[\w.-]+)?\s*(?:$|[;&|])/;

export function scanBash(input: FileInput, pushAll: (c: Candidate) => void): void {
  const local = localDatabasePasswords(input.source);
  // A script that starts its own database container is a local dev/test helper: the other word-like passwords it
  // sets (`LD_SUPERUSER_PASSWORD=admin` for the dev server it runs next) are throw-away test credentials too.
  const push = local.size ? throwawayPush(pushAll) : pushAll;
  for (const n of candidates(input, BASH_CANDIDATES)) {
    switch (n.kind()) {
      case 'variable_assignment': {
        const name = n.field('name')?.text() ?? n.children().find((c) => c.kind() === 'variable_name')?.text();
        const valueNode = n.field('value') ?? n.children().filter((c) => c.isNamed())[1] ?? null;
        const s = bashLiteral(valueNode);
        // `RUN SECRET_KEY=build-key ./manage.py collectstatic`: a dummy set for one build command of a Dockerfile
        // (settings that refuse to load without a key); no run-time secret exists at build time. A word, not a key.
        if (s !== null && input.embedded?.host === 'dockerfile' && n.parent()?.kind() === 'command' && BUILD_DUMMY.test(s)) break;
        if (s !== null && local.has(s)) break;
        if (name && s !== null && valueNode) literalFor(name, s, valueNode, push);
        break;
      }
      case 'expansion': {
        // ${DB_PASS:-secret} / ${DB_PASS-secret} / ${DB_PASS:=secret}
        const kids = n.children();
        const vi = kids.findIndex((c) => c.kind() === 'variable_name');
        const op = kids[vi + 1]?.text();
        if (vi < 0 || !op || !/^:?[-=]$/.test(op)) break;
        const valueNode = kids[vi + 2];
        if (!valueNode || valueNode.text() === '}') break;
        // The grammar splits words like `Pa55#word` oddly: take the text up to the closing brace.
        const full = n.text();
        const raw = full.slice(full.indexOf(op, kids[vi].range().end.index - n.range().start.index) + op.length, -1);
        if (/[$`]/.test(raw)) break;
        envDefault(kids[vi].text(), `\${${kids[vi].text()}${op}…}`, unquote(raw), fromSg(valueNode.range()), push);
        break;
      }
      case 'command': {
        // Other rules' commands (shared walk) without the `-` every case below needs: one crossing drops them.
        if (!n.text().includes('-')) break;
        const cmd = n.field('name')?.text() ?? '';
        const args = n.children().filter((c) => !NOT_ARGUMENT.has(String(c.kind())) && c.isNamed());
        for (let i = 0; i < args.length; i++) {
          const a = args[i];
          const lit = bashLiteral(a);
          if (lit === null) continue;
          let m: RegExpExecArray | null;
          if ((m = /^--([A-Za-z][\w-]*)=(.+)$/.exec(lit)) && secretKindOfName(m[1])) {
            if (!namesStoredSecret(secretKindOfName(m[1])!, m[2])) named(secretKindOfName(m[1])!, `--${m[1]}`, m[2], fromSg(a.range()), push);
          } else if ((m = /^--([A-Za-z][\w-]*)$/.exec(lit)) && secretKindOfName(m[1]) && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            if (v !== null && !namesStoredSecret(secretKindOfName(m[1])!, v)) named(secretKindOfName(m[1])!, `--${m[1]}`, v, fromSg(args[i + 1].range()), push);
          } else if (MYSQL.test(cmd) && (m = /^-p(.+)$/.exec(lit))) {
            named('password', `${cmd} -p`, m[1], fromSg(a.range()), push);
          } else if (((cmd === 'redis-cli' && lit === '-a') || (/^(docker|podman|buildah|skopeo|helm)$/.test(cmd) && lit === '-p' && args.some((x) => x.text() === 'login'))) && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            if (v !== null) named('password', `${cmd}${cmd === 'redis-cli' ? '' : ' login'} ${lit}`, v, fromSg(args[i + 1].range()), push);
          } else if (cmd === 'sshpass' && lit === '-p' && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            if (v !== null) named('password', 'sshpass -p', v, fromSg(args[i + 1].range()), push);
          } else if (/^(curl|wget)$/.test(cmd) && (lit === '-u' || lit === '--user') && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            const pw = v?.includes(':') ? v.slice(v.indexOf(':') + 1) : null;
            if (pw) named('password', `${cmd} ${lit}`, pw, fromSg(args[i + 1].range()), push);
          }
        }
        break;
      }
      default:
        break;
    }
  }
}

