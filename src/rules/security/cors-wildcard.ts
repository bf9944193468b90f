import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { fromSg, lineRange } from '../../parse/position.js';
import type { FileInput, FindingDraft, Range } from '../types.js';
import { isDevSettingsPath } from './_infra.js';

/** npm packages whose middleware defaults to any origin (`*`, or reflecting the request's Origin). */
const JS_CORS_PACKAGES = ['cors', '@koa/cors', 'koa2-cors', 'kcors', 'koa-cors', '@fastify/cors', 'fastify-cors', 'hono/cors'];
const HEADER = 'access-control-allow-origin';

function oneLine(r: Range): Range {
  return r.end.line === r.start.line ? r : { start: r.start, end: { line: r.start.line, column: r.start.column + 1 } };
}

function at(node: SgNode, messageId: 'wildcard' | 'credentials' | 'header' | 'defaults', what: string, credentials = false): FindingDraft {
  return {
    messageId: credentials ? 'credentials' : messageId,
    data: { what },
    range: oneLine(fromSg(node.range())),
    matched: what,
    severity: credentials ? 'high' : undefined,
  };
}

/** The literal text of a Python/JS string node, or undefined for anything else (f-strings, templates …). */
function strValue(node: SgNode | null | undefined): string | undefined {
  if (!node || node.kind() !== 'string') return undefined;
  if (node.children().some((c) => c.kind() === 'interpolation')) return undefined;
  const t = node.text();
  const m = /^[rbuRBU]*(['"]{1,3})([\s\S]*)\1$/.exec(t);
  return m ? m[2] : undefined;
}

function isStar(node: SgNode | null | undefined): boolean {
  if (!node) return false;
  const s = strValue(node);
  if (s !== undefined) return s.trim() === '*' || s === '.*' || s === '^.*$' || s === 'https?://.*';
  if (node.kind() === 'list' || node.kind() === 'array' || node.kind() === 'tuple') return node.children().some((c) => isStar(c));
  if (node.kind() === 'regex') return /^\/\^?\.\*\$?\//.test(node.text());
  return false;
}

/** An expression that reads the request's own Origin header: echoing it back allows every origin. */
const REFLECTED_ORIGIN =
  /\b(req|request|ctx|ctx\.request|c\.req)\.(headers\.origin\b|headers\[\s*['"]origin['"]\s*\]|get\(\s*['"]origin['"]\s*\)|header\(\s*['"]origin['"]\s*\))|\brequest\.(headers\.get\(\s*['"]origin['"]|headers\[\s*['"]origin['"]\s*\]|META(\.get\(\s*|\[\s*)['"]HTTP_ORIGIN['"])/i;
/** The file also answers `Access-Control-Allow-Credentials: true`. */
const ALLOW_CREDENTIALS = /access-control-allow-credentials['"]?\s*[,:=\]]\s*\[?\s*['"]?true/i;
const REFLECTS = "Access-Control-Allow-Origin copied from the request's Origin header";

/** The echoed Origin is not checked first: no enclosing `if` on the origin, no `allowed ? origin : …` choice. */
function uncheckedReflection(value: SgNode | null | undefined, at: SgNode): boolean {
  if (!value || !REFLECTED_ORIGIN.test(value.text())) return false;
  if (/^(ternary_expression|conditional_expression)$/.test(String(value.kind()))) return false;
  return !at.ancestors().some((a) => (a.kind() === 'if_statement' || a.kind() === 'elif_clause') && /origin/i.test(a.field('condition')?.text() ?? ''));
}

/**
 * `Access-Control-Allow-Origin: *` set on chosen responses in code, with no `Access-Control-Allow-Credentials` in
 * the file: browsers never send cookies or HTTP auth to a `*` origin, so any site reads what an anonymous request
 * would — a public endpoint (tracker script, collect/ping endpoint, badge). An info notice, not a finding.
 */
function publicHeader(node: SgNode, src: string): FindingDraft {
  if (ALLOW_CREDENTIALS.test(src) || /access-control-allow-credentials/i.test(src)) return at(node, 'header', 'Access-Control-Allow-Origin: *');
  return { ...at(node, 'header', 'Access-Control-Allow-Origin: *'), messageId: 'publicHeader', severity: 'info' };
}

/* ---------------- Python ---------------- */

function kwargs(call: SgNode): Map<string, SgNode> {
  const m = new Map<string, SgNode>();
  for (const a of call.field('arguments')?.children() ?? []) {
    if (a.kind() !== 'keyword_argument') continue;
    const name = a.field('name')?.text();
    const value = a.field('value');
    if (name && value) m.set(name, value);
  }
  return m;
}

function positional(call: SgNode): SgNode[] {
  return (call.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'keyword_argument' && c.kind() !== 'comment');
}

function pyTrue(n: SgNode | undefined): boolean {
  return n?.kind() === 'true';
}

/**
 * `*` beside `Access-Control-Allow-Headers: X-Api-Key` (or `Authorization`) and no `Allow-Credentials`: an API that
 * callers authenticate with a key they hold themselves. Browsers never send cookies to a `*` origin, so the
 * wildcard exposes nothing a cross-origin page could not ask for with its own key.
 */
function tokenAuthenticated(node: SgNode): boolean {
  const fn = node.ancestors().find((a) => a.kind() === 'function_definition');
  const text = fn?.text() ?? '';
  return /access-control-allow-headers['"]\s*\]?\s*[=,:]\s*f?['"][^'"]*\b(x-api-key|api-key|authorization|x-auth-token)\b/i.test(text) && !/access-control-allow-credentials/i.test(text);
}

function pythonDrafts(input: FileInput): FindingDraft[] {
  const root = input.root;
  if (!root) return [];
  const out: FindingDraft[] = [];
  const src = input.source;
  const flaskCors = /\bflask_cors\b/.test(src);
  const configuredOrigins = /\bCORS_ORIGINS\b/.test(src);
  for (const call of root.findAll({ rule: { kind: 'call' } })) {
    const fn = call.field('function')?.text() ?? '';
    const kw = kwargs(call);
    if (flaskCors && /^(flask_cors\.)?(CORS|cross_origin)$/.test(fn)) {
      const creds = pyTrue(kw.get('supports_credentials'));
      const origins = kw.get('origins');
      const resources = kw.get('resources');
      const name = fn.replace(/^flask_cors\./, '');
      if (origins) {
        if (isStar(origins)) out.push(at(call, 'wildcard', `${name}(origins=${origins.text()})`, creds));
      } else if (resources) {
        if (resources.kind() === 'dictionary') {
          for (const pair of resources.findAll({ rule: { kind: 'pair' } })) {
            if (strValue(pair.field('key')) === 'origins' && isStar(pair.field('value'))) out.push(at(pair, 'wildcard', `${name} resources with "origins": ${pair.field('value')?.text()}`, creds));
          }
        } else if (isStar(resources)) out.push(at(call, 'wildcard', `${name}(resources=${resources.text()})`, creds));
      } else if (!configuredOrigins) {
        out.push(at(call, 'defaults', `Flask-CORS \`${name}(${positional(call).map((p) => p.text()).join(', ')})\` with no origins`, creds));
      }
      continue;
    }
    const allow = kw.get('allow_origins');
    const regex = kw.get('allow_origin_regex');
    if ((allow && isStar(allow)) || (regex && isStar(regex))) {
      const creds = pyTrue(kw.get('allow_credentials'));
      const what = allow && isStar(allow) ? `allow_origins=${allow.text()}` : `allow_origin_regex=${regex?.text()}`;
      out.push(at(call, 'wildcard', `CORS middleware with ${what}`, creds));
      continue;
    }
    // Header set through a call: resp.headers.add('Access-Control-Allow-Origin', '*'), self.set_header(…)
    const pos = positional(call);
    if (pos.length >= 2 && strValue(pos[0])?.toLowerCase() === HEADER && isStar(pos[1]) && strValue(pos[1]) === '*') {
      out.push(publicHeader(call, src));
    } else if (pos.length >= 2 && strValue(pos[0])?.toLowerCase() === HEADER && uncheckedReflection(pos[1], call)) {
      out.push(at(call, 'wildcard', REFLECTS, ALLOW_CREDENTIALS.test(src)));
    }
  }
  // Django settings: CORS_ALLOW_ALL_ORIGINS = True (django-cors-headers ≥ 3.5) / CORS_ORIGIN_ALLOW_ALL = True.
  if (!isDevSettingsPath(input.path)) {
    const creds = /^CORS_ALLOW_CREDENTIALS\s*=\s*True\b/m.test(src);
    for (const asg of root.findAll({ rule: { kind: 'assignment' } })) {
      const left = asg.field('left')?.text() ?? '';
      if (!/^(CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL)$/.test(left) || asg.field('right')?.kind() !== 'true') continue;
      out.push(at(asg, 'wildcard', `${left} = True`, creds));
    }
  }
  // Header set by assignment or in a dict literal.
  for (const s of root.findAll({ rule: { kind: 'string', regex: '(?i)access-control-allow-origin' } })) {
    if (strValue(s)?.toLowerCase() !== HEADER) continue;
    const p = s.parent();
    if (p?.kind() === 'pair' && strValue(p.field('value')) === '*') out.push(publicHeader(p, src));
    if (p?.kind() === 'subscript') {
      const asg = p.parent();
      if (asg?.kind() === 'assignment' && asg.field('left')?.id() === p.id() && strValue(asg.field('right')) === '*') {
        if (!tokenAuthenticated(asg)) out.push(publicHeader(asg, src));
      }
      else if (asg?.kind() === 'assignment' && asg.field('left')?.id() === p.id() && uncheckedReflection(asg.field('right'), asg)) out.push(at(asg, 'wildcard', REFLECTS, ALLOW_CREDENTIALS.test(src)));
    }
  }
  return out;
}

/* ---------------- JavaScript / TypeScript ---------------- */

function importedNames(src: string): Set<string> {
  const names = new Set<string>();
  const pk = JS_CORS_PACKAGES.map((p) => p.replace(/[/@.-]/g, (c) => `\\${c}`)).join('|');
  const re = [
    new RegExp(`import\\s+(?:\\*\\s+as\\s+)?(\\w+)\\s+from\\s+['"](?:${pk})['"]`, 'g'),
    new RegExp(`import\\s*\\{[^}]*?\\bcors(?:\\s+as\\s+(\\w+))?\\s*[,}][^;]*?from\\s+['"](?:${pk})['"]`, 'g'),
    new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*require\\(\\s*['"](?:${pk})['"]\\s*\\)`, 'g'),
  ];
  for (const r of re) for (const m of src.matchAll(r)) names.add(m[1] ?? 'cors');
  return names;
}

function objPairs(obj: SgNode): Map<string, SgNode> {
  const m = new Map<string, SgNode>();
  for (const p of obj.children()) {
    if (p.kind() !== 'pair') continue;
    const k = p.field('key');
    const key = k ? (strValue(k) ?? k.text()) : '';
    const v = p.field('value');
    if (v) m.set(key, v);
  }
  return m;
}

/** Options object of a cors middleware: undefined options = package defaults = any origin. */
function judgeOptions(opts: SgNode | undefined, call: SgNode, label: string): FindingDraft | undefined {
  if (!opts) return at(call, 'defaults', `\`${label}\` with no options`);
  if (opts.kind() !== 'object') return undefined; // a variable: cannot tell
  const pairs = objPairs(opts);
  const creds = pairs.get('credentials')?.kind() === 'true';
  const origin = pairs.get('origin');
  if (!origin) {
    if (opts.children().some((c) => c.kind() === 'spread_element')) return undefined;
    return at(call, 'defaults', `\`${label}\` with no \`origin\``, creds);
  }
  if (origin.kind() === 'true') return at(call, 'wildcard', `\`${label}\` with \`origin: true\` (reflects any Origin)`, creds);
  if (isStar(origin)) return at(call, 'wildcard', `\`${label}\` with \`origin: ${origin.text()}\``, creds);
  return undefined;
}

function jsDrafts(input: FileInput): FindingDraft[] {
  const root = input.root;
  if (!root) return [];
  const out: FindingDraft[] = [];
  const names = importedNames(input.source);
  for (const call of root.findAll({ rule: { kind: 'call_expression' } })) {
    const fn = call.field('function');
    const fnText = fn?.text() ?? '';
    const args = (call.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
    if (names.has(fnText)) {
      const d = judgeOptions(args[0], call, `${fnText}(${args[0]?.kind() === 'object' ? '{…}' : ''})`);
      if (d) out.push(d);
      continue;
    }
    const plugin = args[0]?.kind() === 'call_expression' && /^(require|import)$/.test(args[0].field('function')?.text() ?? '') ? strValue(args[0].field('arguments')?.children().find((c) => c.isNamed())) : undefined;
    if (/\.register$/.test(fnText) && args[0] && (names.has(args[0].text()) || (plugin !== undefined && JS_CORS_PACKAGES.includes(plugin)))) {
      const d = judgeOptions(args[1], call, `register(${args[0].text()})`);
      if (d) out.push(d);
      continue;
    }
    if (/\.enableCors$/.test(fnText)) {
      const d = judgeOptions(args[0], call, 'app.enableCors()');
      if (d) out.push(d);
      continue;
    }
    if (/NestFactory\.create$/.test(fnText) && args[1]?.kind() === 'object' && objPairs(args[1]).get('cors')?.kind() === 'true') {
      out.push(at(call, 'defaults', '`NestFactory.create(…, { cors: true })`'));
      continue;
    }
    if (args.length >= 2 && strValue(args[0])?.toLowerCase() === HEADER && strValue(args[1]) === '*') {
      out.push(publicHeader(call, input.source));
    } else if (args.length >= 2 && strValue(args[0])?.toLowerCase() === HEADER && uncheckedReflection(args[1], call)) {
      out.push(at(call, 'wildcard', REFLECTS, ALLOW_CREDENTIALS.test(input.source)));
    }
  }
  // `new Server(http, { cors: { origin: '*' } })` (socket.io), Apollo/GraphQL servers: a `cors` options object.
  // Not in build-tool configs (`vite.config.ts` `server.cors`: the dev server).
  const toolConfig = /(^|\/)[\w.-]+\.config\.[cm]?[jt]s$/.test(input.path);
  for (const pair of toolConfig ? [] : root.findAll({ rule: { kind: 'pair', has: { field: 'key', regex: '^["\']?cors["\']?$' } } })) {
    const value = pair.field('value');
    if (value?.kind() !== 'object') continue;
    const origin = objPairs(value).get('origin');
    if (!origin || (origin.kind() !== 'true' && !isStar(origin))) continue;
    const d = judgeOptions(value, pair, 'cors: {…}');
    if (d) out.push(d);
  }
  for (const s of root.findAll({ rule: { kind: 'string', regex: '(?i)access-control-allow-origin' } })) {
    if (strValue(s)?.toLowerCase() !== HEADER) continue;
    const p = s.parent();
    if (p?.kind() === 'pair' && strValue(p.field('value')) === '*') out.push(publicHeader(p, input.source));
  }
  return out;
}

/* ---------------- web server configs ---------------- */

const CONF_HEADER =
  /^\s*(?:add_header|more_set_headers|(?:Header|RequestHeader)\s+(?:always\s+)?(?:set|add))\s+["']?Access-Control-Allow-Origin(?::\s*|["']?\s+["']?)\*["']?/i;
const INGRESS = /cors-allow-origin["']?\s*:\s*["']?\*["']?\s*(#.*)?$/;

function textDrafts(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  const re = input.lang === 'yaml' ? INGRESS : CONF_HEADER;
  input.lines.forEach((l, i) => {
    if (/^\s*[#;]/.test(l)) return;
    const m = re.exec(l);
    if (m) {
      const col = l.length - l.trimStart().length;
      out.push({ messageId: 'header', data: { what: input.lang === 'yaml' ? 'ingress cors-allow-origin: "*"' : 'Access-Control-Allow-Origin: *' }, range: lineRange(i + 1, col, l.length), matched: l.trim() });
    }
  });
  return out;
}

export default defineRule({
  id: 'security/cors-wildcard',
  title: 'CORS allows any origin',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  cwe: ['CWE-942'],
  references: [
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS',
    'https://portswigger.net/web-security/cors',
  ],
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx', 'ini', 'text', 'yaml'] },
  prefilter: /cors|CORS|Cors|Access-Control-Allow-Origin|access-control-allow-origin/,
  messages: {
    defaults: '{what}: the default lets every origin call this API',
    wildcard: '{what}: every origin may call this API',
    credentials: '{what} with credentials allowed: any website can make authenticated requests as the user',
    header: '`{what}` is sent: every origin may read the responses',
    publicHeader: '`{what}` is sent with no credentials allowed: every origin may read these responses as an anonymous request would (a public endpoint?)',
  },
  docs: {
    what:
      'Cross-origin resource sharing opened to every origin: Flask-CORS `CORS(app)` with no origins (its default is `*`) or `origins="*"`, FastAPI/Starlette `CORSMiddleware(allow_origins=["*"])`, Django `CORS_ALLOW_ALL_ORIGINS = True`, Express/Koa/Fastify `cors()` with no options or `origin: "*"`/`origin: true`, NestJS `enableCors()`, socket.io/Apollo `cors: { origin: "*" }` options, an `Access-Control-Allow-Origin` header copied from the request\'s `Origin` (reflection), and an `Access-Control-Allow-Origin: *` header set in code, nginx/Apache configuration or an ingress annotation. Allowing credentials as well raises the finding to high.',
    why:
      'CORS is what stops a page on another site from reading your API\'s responses in the user\'s browser. With a wildcard any website can read them; with credentials (cookies) too, any website the user visits can act as the logged-in user.',
    bad: { path: 'api/main.py', code: 'from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"])\n' },
    good: {
      path: 'api/main.py',
      code: 'import os\nfrom fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=os.environ["ALLOWED_ORIGINS"].split(","), allow_methods=["GET", "POST"])\n',
    },
    fix: 'List the front-end origins that need access (from configuration: `allow_origins=settings.CORS_ORIGINS`, `origin: ["https://app.example.com"]`, `CORS_ALLOWED_ORIGINS = [...]`); never combine a wildcard or a reflected origin with credentials.',
    falsePositives:
      'Origins taken from a variable or settings are not judged, except the request\'s own `Origin` header echoed back unchecked (`res.setHeader("Access-Control-Allow-Origin", req.headers.origin)`); an origin checked against an allow-list first is a variable and not judged. A `cors: { origin: "*" }` option in a build-tool config (`vite.config.ts`) is the dev server\'s and not reported. Flask-CORS `CORS(app)` is not reported when the file configures `CORS_ORIGINS`. Django `CORS_ALLOW_ALL_ORIGINS` in development/local/test settings modules (`settings/dev.py`, `local_settings.py`, `settings_test.py` …) is not reported. A header `*` set in a function that also allows an explicit key header (`Access-Control-Allow-Headers: X-Api-Key` or `Authorization`) and no credentials is an API authenticated by a key the caller holds (cookies are never sent to `*`) and is not reported (Python). The severity follows whether credentials are allowed: a wildcard or reflected origin with credentials is high; an `Access-Control-Allow-Origin: *` header set on chosen responses in code (a tracker script, a collect or ping endpoint, a badge) in a file that never sends `Access-Control-Allow-Credentials` is an info notice — browsers send no cookies or HTTP auth to `*`, so other sites read only what an anonymous request gets. Blanket configuration (a CORS middleware, `CORS_ALLOW_ALL_ORIGINS`, nginx/ingress headers) stays a finding: it opens every route, including ones that a network position protects. A truly public, unauthenticated API (open data, a CDN) may want `*`: suppress with a reason.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.5, cap: 6, kind: 'mechanical', track: 'security' },
  check(input) {
    if (input.lang === 'python') return pythonDrafts(input);
    if (input.lang === 'javascript' || input.lang === 'typescript' || input.lang === 'tsx') return jsDrafts(input);
    if (input.lang === 'yaml') return input.role.startsWith('ci-') ? [] : textDrafts(input);
    return textDrafts(input);
  },
});
