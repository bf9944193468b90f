/**
 * Per-file extractor for `security/api-no-rate-limit`: does this file declare HTTP routes (and how many,
 * from which line), and does it set up rate limiting? Runs in the file pass for every file, so it is guarded
 * by cheap text tests and returns only tags:
 * - `http-routes`, `http-routes:<count>`, `http-routes-line:<first line>`;
 * - `rate-limit` (code-level limiter or a dependency on one) / `rate-limit-infra` (nginx `limit_req`,
 *   ingress/Traefik/Kong rate-limit configuration: applies to every component behind it).
 */
import type { SgNode } from '@ast-grep/napi';
import type { FileInput, PerFileFacts } from '../types.js';

const HTTP_VERBS = 'route|get|post|put|patch|delete|head|options|api_route|websocket|add_api_route';
const PY_ROUTE_HINT = /@[\w.]+\.(route|get|post|put|patch|delete|api_route|websocket)\s*\(|urlpatterns|add_route|add_get|add_post|add_url_rule|add_api_route|web\.(get|post|put|patch|delete|route)\s*\(/;
const JS_FRAMEWORK = /(?:from\s+|require\(\s*)['"](express|koa|@koa\/router|koa-router|fastify|hono|restify|@hapi\/hapi|polka|@nestjs\/common)['"]/;
/** Paths that are probes, not API surface. */
const PROBE = /^\/?(health|healthz|healthcheck|ready|readyz|readiness|live|livez|liveness|ping|metrics|version|status|favicon\.ico)\/?$/i;

/** Libraries and settings that rate-limit requests, in code or dependency manifests. */
const LIMITER_CODE =
  /\b(slowapi|flask_limiter|flask-limiter|django_ratelimit|django-ratelimit|ratelimit\.decorators|fastapi_limiter|fastapi-limiter|FastAPILimiter|aiohttp_ratelimiter|aiolimiter|limits\.(storage|strategies)|DEFAULT_THROTTLE_RATES|DEFAULT_THROTTLE_CLASSES|throttle_classes|UserRateThrottle|AnonRateThrottle|express-rate-limit|rate-limiter-flexible|express-slow-down|express-brute|fastify-rate-limit|koa-ratelimit|koa2-ratelimit|ThrottlerModule|ThrottlerGuard|hono-rate-limiter|bottleneck)\b|@fastify\/rate-limit|@nestjs\/throttler|@upstash\/ratelimit|\b(Limiter|RateLimiter|RateLimitMiddleware)\s*\(|@(limiter|ratelimit)\b|\brateLimit\s*\(/;
/** Web server / gateway configuration that limits request rates. */
const LIMITER_INFRA =
  /\blimit_req(_zone)?\b|limit-rps|limit-rpm|limit-connections|\brateLimit\b|\bratelimit\b|rate-limiting|RateLimitPolicy|\brate_limit\b/i;

/**
 * A home-made limiter: a module named for it (`limiter.py`, `rate_limit.py`, `throttle.py`, `rateLimiter.ts`) or
 * a definition named for it (`def check_rate_limit(`, `class RateLimiter`, `function rateLimit(`). A JS
 * `throttle(fn, ms)` (or `throttle.js`) is a UI debounce helper, not a request limit, and does not count.
 */
const HOMEMADE_LIMITER_FILE = /(^|\/)((rate[_-]?limit(er|ing)?|ratelimit(er)?|limiter)\.(py|[cm]?[jt]s)|throttl(e|ing)\.py)$/i;
const HOMEMADE_LIMITER_DEF = /^[ \t]*(?:async[ \t]+)?def[ \t]+\w*(?:rate_?limit|throttl|limiter)\w*[ \t]*\(|^[ \t]*class[ \t]+\w*(?:RateLimit|Throttl|Limiter)\w*\b|^[ \t]*(?:export[ \t]+)?(?:async[ \t]+)?(?:function[ \t]+\w*(?:rateLimit|RateLimit)\w*|class[ \t]+\w*(?:RateLimit)\w*)\b/m;

/** The rare lines naming a limiter are found first; only they are tested as definitions. */
function homemadeLimiterDef(source: string): boolean {
  if (!source.includes('imit') && !source.includes('hrottl')) return false;
  for (const m of source.matchAll(/rate_?limit|ratelimit|throttl|limiter/gi)) {
    const at = m.index ?? 0;
    const start = source.lastIndexOf('\n', at) + 1;
    const end = source.indexOf('\n', at);
    if (HOMEMADE_LIMITER_DEF.test(source.slice(start, end < 0 ? source.length : end))) return true;
  }
  return false;
}

function stripComments(source: string, lang: FileInput['lang']): string {
  const hash = lang === 'python' || lang === 'yaml' || lang === 'ini' || lang === 'text' || lang === 'toml';
  return source
    .split('\n')
    .filter((l) => {
      const t = l.trimStart();
      return !(hash ? t.startsWith('#') || t.startsWith(';') : t.startsWith('//') || t.startsWith('*') || t.startsWith('/*'));
    })
    .join('\n');
}

function firstStringArg(args: SgNode | null): string | undefined {
  const first = args?.children().find((c) => c.isNamed() && c.kind() !== 'comment');
  if (!first || first.kind() !== 'string') return undefined;
  const m = /^[rbufRBUF]*(['"`]{1,3})([\s\S]*)\1$/.exec(first.text());
  return m ? m[2] : undefined;
}

const HANDLER_KINDS = new Set(['arrow_function', 'function_expression', 'function', 'identifier', 'member_expression', 'call_expression']);

interface Routes {
  count: number;
  line: number;
}

function add(r: Routes, node: SgNode, path: string | undefined): void {
  if (path !== undefined && PROBE.test(path)) return;
  r.count++;
  const line = node.range().start.line + 1;
  if (!r.line || line < r.line) r.line = line;
}

function pythonRoutes(input: FileInput): Routes {
  const r: Routes = { count: 0, line: 0 };
  const root = input.root;
  if (!root) return r;
  for (const dec of root.findAll({ rule: { kind: 'decorator', regex: `\\.(${HTTP_VERBS})\\s*\\(` } })) {
    const call = dec.children().find((c) => c.kind() === 'call');
    const fn = call?.field('function')?.text() ?? '';
    const verb = fn.slice(fn.lastIndexOf('.') + 1);
    if (!new RegExp(`^(${HTTP_VERBS})$`).test(verb) || /^(pytest|mock|patch|unittest)\b/.test(fn)) continue;
    const p = firstStringArg(call?.field('arguments') ?? null);
    // `@cache.get(...)`-style decorators: a route's first argument is a path (or empty for the prefix root).
    if (p === undefined ? verb !== 'route' : !(p === '' || p.startsWith('/') || p.startsWith('<'))) continue;
    add(r, dec, p);
  }
  const source = input.source;
  const django = /\burlpatterns\b/.test(source);
  for (const call of root.findAll({ rule: { kind: 'call', regex: '^([\\w.]+\\.)?(path|re_path|url|add_route|add_get|add_post|add_put|add_patch|add_delete|add_url_rule|add_api_route|get|post|put|patch|delete|route|register)\\s*\\(' } })) {
    const fn = call.field('function')?.text() ?? '';
    const args = call.field('arguments');
    const p = firstStringArg(args);
    if (django && /^(path|re_path|url)$/.test(fn)) {
      const text = args?.text() ?? '';
      if (/\binclude\s*\(/.test(text)) continue; // an include() is counted where its patterns are declared
      add(r, call, p);
    } else if (/\.(add_route|add_get|add_post|add_put|add_patch|add_delete|add_url_rule|add_api_route)$/.test(fn)) {
      add(r, call, p ?? undefined);
    } else if (/^web\.(get|post|put|patch|delete|route)$/.test(fn) && p?.startsWith('/')) {
      add(r, call, p);
    } else if (django && /^\w*router\.register$/.test(fn)) {
      add(r, call, p);
    }
  }
  return r;
}

function jsRoutes(input: FileInput): Routes {
  const r: Routes = { count: 0, line: 0 };
  const root = input.root;
  if (!root || !JS_FRAMEWORK.test(input.source)) return r;
  for (const call of root.findAll({ rule: { kind: 'call_expression', regex: '^[\\w$.]+\\.(get|post|put|patch|delete|del|all|route)\\s*\\(' } })) {
    const fn = call.field('function');
    if (fn?.kind() !== 'member_expression') continue;
    const verb = fn.field('property')?.text() ?? '';
    const args = call.field('arguments');
    const list = (args?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
    if (verb === 'route') {
      // fastify.route({ method, url, handler }) / express router.route('/x').get(…)
      if (list[0]?.kind() === 'object' && /\burl\s*:/.test(list[0].text())) add(r, call, undefined);
      continue;
    }
    const p = firstStringArg(args);
    if (p === undefined || !(p.startsWith('/') || p === '*') || list.length < 2) continue;
    const handler = list[list.length - 1];
    if (!HANDLER_KINDS.has(String(handler.kind()))) continue;
    add(r, call, p);
  }
  if (/@nestjs\/common/.test(input.source)) {
    for (const dec of root.findAll({ rule: { kind: 'decorator', regex: '^@(Get|Post|Put|Patch|Delete|All)\\s*\\(' } })) {
      const call = dec.children().find((c) => c.kind() === 'call_expression');
      add(r, dec, firstStringArg(call?.field('arguments') ?? null));
    }
  }
  return r;
}

export function apiSignals(input: FileInput): PerFileFacts | undefined {
  if (input.lang === 'markdown' || input.context === 'docs' || input.embedded) return undefined;
  const tags: string[] = [];
  const lang = input.lang;
  const code = lang === 'python' || lang === 'javascript' || lang === 'typescript' || lang === 'tsx';
  if (code) {
    const hint = lang === 'python' ? PY_ROUTE_HINT : /\.(get|post|put|patch|delete|all|route)\s*\(|@(Get|Post|Put|Patch|Delete)\(/;
    if (input.context === 'product' && hint.test(input.source)) {
      const r = lang === 'python' ? pythonRoutes(input) : jsRoutes(input);
      if (r.count) tags.push('http-routes', `http-routes:${r.count}`, `http-routes-line:${r.line}`);
    }
    if (LIMITER_CODE.test(input.source) && LIMITER_CODE.test(stripComments(input.source, lang))) tags.push('rate-limit');
    else if (input.context === 'product' && (HOMEMADE_LIMITER_FILE.test(input.path) || homemadeLimiterDef(input.source))) tags.push('rate-limit');
  } else if (input.role === 'manifest') {
    if (LIMITER_CODE.test(input.source)) tags.push('rate-limit');
  } else if (lang === 'ini' || lang === 'text' || lang === 'yaml' || lang === 'toml' || lang === 'json') {
    if (!input.role.startsWith('ci-') && LIMITER_INFRA.test(input.source) && LIMITER_INFRA.test(stripComments(input.source, lang))) tags.push('rate-limit-infra');
  }
  return tags.length ? { tags } : undefined;
}
