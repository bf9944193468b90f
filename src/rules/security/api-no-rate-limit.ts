import { defineRule } from '../define.js';
import type { RepoFindingDraft } from '../types.js';

interface ComponentRoutes {
  files: Array<{ path: string; count: number; line: number }>;
}

function tagValue(tags: readonly string[], prefix: string): number {
  const t = tags.find((x) => x.startsWith(prefix));
  return t ? Number(t.slice(prefix.length)) || 0 : 0;
}

export default defineRule({
  id: 'security/api-no-rate-limit',
  title: 'HTTP API without rate limiting',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  cwe: ['CWE-770', 'CWE-307'],
  references: [
    'https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/',
    'https://cheatsheetseries.owasp.org/cheatsheets/Denial_of_Service_Cheat_Sheet.html',
  ],
  scope: { kind: 'repo' },
  messages: {
    missing: 'component `{component}` exposes {routes} ({files}) with no rate limiting anywhere',
  },
  docs: {
    what:
      'A component that serves an HTTP API (Flask, FastAPI, Django, aiohttp, Falcon, Express, Koa, Fastify, NestJS routes) while neither the component (slowapi, flask-limiter, django-ratelimit, DRF throttling, express-rate-limit, rate-limiter-flexible, @fastify/rate-limit, @nestjs/throttler, a `Limiter(`…) nor the repository\'s proxy/gateway configuration (nginx `limit_req`, ingress `limit-rps`, Traefik/Kong rate-limit) limits request rates. One finding per component, at its first route.',
    why:
      'Without a limit one client — a scraper, a retry loop, a credential-stuffing script — can exhaust workers, database connections and third-party quotas for everyone, and login or token endpoints can be brute-forced at full speed.',
    bad: {
      path: 'api/app.py',
      code: 'from flask import Flask, request\n\napp = Flask(__name__)\n\n\n@app.post("/login")\ndef login():\n    return check(request.json)\n\n\n@app.get("/orders")\ndef orders():\n    return list_orders()\n',
    },
    good: {
      path: 'api/app.py',
      code: 'from flask import Flask, request\nfrom flask_limiter import Limiter\nfrom flask_limiter.util import get_remote_address\n\napp = Flask(__name__)\nlimiter = Limiter(get_remote_address, app=app, default_limits=["100 per minute"])\n\n\n@app.post("/login")\n@limiter.limit("5 per minute")\ndef login():\n    return check(request.json)\n\n\n@app.get("/orders")\ndef orders():\n    return list_orders()\n',
    },
    fix: 'Add a limiter in the app (flask-limiter, slowapi, django-ratelimit or DRF `DEFAULT_THROTTLE_RATES`, express-rate-limit, @fastify/rate-limit) with a default limit and stricter limits on login/token/expensive endpoints, or enforce limits at the proxy (nginx `limit_req`, ingress `limit-rps`).',
    falsePositives:
      'Health, readiness, metrics and version probes are not counted as routes; routes in tests, examples and docs are ignored. A limiter declared in the component\'s dependency manifest counts even if its use is elsewhere. A rate limit enforced outside the repository (API gateway, CDN, WAF) cannot be seen: suppress with a reason naming it. A limiter in one deployable component (a folder with its own manifest, `services/<x>` …) does not cover another; top-level folders without a manifest and the repository root count as one application (Django apps, `api/` + `config/`). Proxy/gateway configuration (nginx, ingress, Traefik, Kong) anywhere in the repository covers every component. A home-made limiter counts like a library: a product module named for it (`limiter.py`, `rate_limit.py`, `throttle.py`, `rateLimiter.ts`) or a definition named for it (`def check_rate_limit(`, `class RateLimiter`, `function rateLimit(`); a JS `throttle()` helper (or `throttle.js`) is a UI debounce, not a request limit, and does not count. Whether the limiter is switched on in production is not judged.',
  },
  remediation: { effort: 'M', perExtraOccurrence: 2, cap: 16, kind: 'refactor', track: 'security' },
  check(facts) {
    // Top-level folders without a manifest of their own (Django apps, `api/`, `web/` …) and the root are
    // parts of one application: a limiter in any of them covers all of them.
    const deployable = new Set(facts.components.filter((c) => c.reason !== 'top-level folder' && c.name !== '.').map((c) => c.name));
    const unitOf = (component: string) => (deployable.has(component) ? component : '.');
    const byUnit = new Map<string, ComponentRoutes & { components: Set<string> }>();
    const limited = new Set<string>();
    let infraLimited = false;
    for (const f of facts.files) {
      const tags = facts.perFile.get(f.path)?.tags;
      if (!tags?.length) continue;
      if (tags.includes('rate-limit-infra') && f.context !== 'test') infraLimited = true;
      if (tags.includes('rate-limit') && f.context !== 'docs') limited.add(unitOf(f.component));
      if (tags.includes('http-routes') && f.context === 'product') {
        const unit = unitOf(f.component);
        const c = byUnit.get(unit) ?? { files: [], components: new Set<string>() };
        c.files.push({ path: f.path, count: tagValue(tags, 'http-routes:'), line: tagValue(tags, 'http-routes-line:') });
        c.components.add(f.component);
        byUnit.set(unit, c);
      }
    }
    if (infraLimited) return [];
    const out: RepoFindingDraft[] = [];
    for (const [unit, c] of [...byUnit].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (limited.has(unit)) continue;
      c.files.sort((a, b) => a.path.localeCompare(b.path));
      const count = c.files.reduce((n, f) => n + f.count, 0);
      const first = c.files[0];
      const files = c.files.length === 1 ? first.path : `${c.files.length} files`;
      const component = [...c.components].sort().join(', ');
      out.push({
        messageId: 'missing',
        data: { component, routes: `${count} HTTP route${count === 1 ? '' : 's'}`, files },
        path: first.path,
        range: first.line ? { start: { line: first.line, column: 1 }, end: { line: first.line, column: 1 } } : undefined,
        matched: `api without rate limit: ${unit}`,
        component: unit === '.' ? [...c.components].sort()[0] : unit,
      });
    }
    return out;
  },
});
