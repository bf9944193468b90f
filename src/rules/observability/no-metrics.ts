import { fileContext } from '../../discover/classify.js';
import { defineRule } from '../define.js';
import { dirname, hasFlag, listNames, signalFiles } from '../_repo-signals.js';
import type { RepoFactsView, RepoFindingDraft } from '../types.js';

/** A container command that runs a server or a worker (not a one-shot job). */
const LONG_RUNNING =
  /\b(uvicorn|gunicorn|hypercorn|daphne|waitress-serve|runserver|flask\s+run|celery\b[^\n]*\b(worker|beat)|rq\s+worker|dramatiq|huey_consumer|streamlit\s+run|node\b|npm\s+(run\s+)?start|yarn\s+start|pnpm\s+start|pm2|next\s+start|nginx|python[\d.]*\s+(-u\s+)?(-m\s+)?[\w/.-]+)/i;
/** Services that run a test suite or browser tests, not the product. */
const TEST_RUNNER = /\b(playwright|cypress|selenium|pytest|jest|vitest|e2e|tests?)\b/i;
const ONE_SHOT = /\b(migrate|migrations?|alembic|pytest|test|seed|init|setup|backup|dump|collectstatic|createsuperuser|--version|--help)\b/i;

/** Development servers and static file servers of a browser application (the bundle runs in the user's browser). */
const SPA_SERVER =
  /\b(ng\s+serve|react-scripts\s+start|vue-cli-service\s+serve|webpack(-dev-server|\s+serve)|vite(\s+(dev|serve|preview))?(\s+--[\w-]+(=\S+)?|\s+\d+)*\s*$|parcel\b|http-server|serve\s+-s\b)/i;
/** Commands a browser application's container may run: a package script, a static server, or none of its own. */
const FRONTEND_CMD = /^\s*$|^\s*(npm|yarn|pnpm|npx|nginx|caddy|httpd|serve|http-server)\b/i;

interface Service {
  name: string;
  dir: string;
  path: string;
  line: number;
}

function services(facts: RepoFactsView): Service[] {
  const out: Service[] = [];
  const composed = new Set<string>();
  for (const s of facts.compose) {
    if (!s.build || !s.buildContext || /^[a-z]+:\/\//i.test(s.buildContext)) continue;
    // The stack of an end-to-end suite (`tests/e2e/docker-compose.yml`: the app under test beside mock servers).
    if (fileContext(s.file, 'yaml') === 'test') continue;
    const df = facts.dockerfiles.find((d) => d.file === s.dockerfile);
    composed.add(s.dockerfile ?? '');
    const cmd = s.command ?? df?.cmd ?? df?.entrypoint ?? '';
    if (cmd && ONE_SHOT.test(cmd) && !LONG_RUNNING.test(cmd.replace(ONE_SHOT, ''))) continue;
    if (!cmd && !s.restart && !s.ports.length) continue;
    if (TEST_RUNNER.test(`${s.name} ${cmd}`)) continue;
    // `context: .` with `dockerfile: backend/Dockerfile`: the service's code is the Dockerfile's folder when
    // that folder holds code (else the whole repository is the build's input: `docker/Dockerfile`).
    const dfDir = s.dockerfile && s.dockerfile.includes('/') ? dirname(s.dockerfile) : '';
    const dir = s.buildContext === '.' ? (dfDir && hasCode(facts, dfDir) ? dfDir : '') : s.buildContext;
    if (browserApp(facts, dir, cmd)) continue;
    // An image built from the repository that packages someone else's server (a ClickHouse or cron image with
    // configuration only) has no first-party code to instrument.
    if (!hasCode(facts, dir)) continue;
    out.push({ name: s.name, dir, path: s.file, line: s.line });
  }
  for (const d of facts.dockerfiles) {
    if (composed.has(d.file)) continue;
    const cmd = `${d.entrypoint ?? ''} ${d.cmd ?? ''}`.trim();
    if (!cmd || !LONG_RUNNING.test(cmd) || ONE_SHOT.test(cmd)) continue;
    const dir = dirname(d.file);
    if (!hasCode(facts, dir) || browserApp(facts, dir, cmd)) continue;
    out.push({ name: dir ? dir.slice(dir.lastIndexOf('/') + 1) : 'app', dir, path: d.file, line: 1 });
  }
  for (const u of facts.systemd ?? []) {
    if (!u.execStart || u.onCalendar || !u.file.endsWith('.service') || ONE_SHOT.test(u.execStart)) continue;
    out.push({ name: u.file.slice(u.file.lastIndexOf('/') + 1).replace(/\.service$/, ''), dir: '', path: u.file, line: 1 });
  }
  for (const { file, sig } of signalFiles(facts)) for (const [name, line] of sig.services ?? []) out.push({ name, dir: dirname(file.path), path: file.path, line });
  return out;
}

/**
 * A browser single-page application: its command is a front-end dev server (`ng serve`, `react-scripts start`,
 * `vite`), or its folder's package.json builds a browser bundle with no server framework and the container runs a
 * package script or a static file server (nginx).
 */
function browserApp(facts: RepoFactsView, dir: string, written: string): boolean {
  const cmd = execForm(written);
  if (SPA_SERVER.test(cmd)) return true;
  const sig = facts.perFile.get(dir ? `${dir}/package.json` : 'package.json')?.signals;
  return hasFlag(sig, 'browser-app') && !hasFlag(sig, 'node-server') && FRONTEND_CMD.test(cmd);
}

/** `["ng", "serve", "--host", "0.0.0.0"]` → `ng serve --host 0.0.0.0` (exec form as written in a Dockerfile). */
function execForm(cmd: string): string {
  if (!cmd.trimStart().startsWith('[')) return cmd;
  try {
    const list: unknown = JSON.parse(cmd);
    return Array.isArray(list) ? list.map(String).join(' ') : cmd;
  } catch {
    return cmd;
  }
}

const CODE_LANGS = new Set(['python', 'javascript', 'typescript', 'tsx']);
function hasCode(facts: RepoFactsView, dir: string): boolean {
  return facts.files.some((f) => f.context === 'product' && CODE_LANGS.has(f.lang) && under(f.path, dir));
}

const under = (path: string, dir: string) => dir === '' || path === dir || path.startsWith(`${dir}/`);

export default defineRule({
  id: 'observability/no-metrics',
  title: 'Long-running service without metrics',
  category: 'observability',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'high',
  impact: 'medium',
  scope: { kind: 'repo' },
  messages: {
    none: 'long-running {what} {names} ({dir}) {verb} no metrics',
  },
  docs: {
    what:
      'Long-running services — compose services built from the repository, Dockerfiles whose command starts a server or worker (uvicorn, gunicorn, celery worker, node, `python app.py` …), systemd services, Procfile processes — whose code exposes or pushes no metrics: no prometheus_client (or an instrumentator/exporter), statsd, OpenTelemetry, prom-client or `/metrics` route in the service folder or in a shared library folder. One finding per service folder, naming its services.',
    why:
      'Without request, error, latency and data-volume counters, a service that slows down, drops data or fails one call in ten looks healthy until a user reports it; alerts and capacity decisions have nothing to read. Logs alone answer "what happened to this request", not "how often and since when".',
    bad: {
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    build: ./api\n    restart: always\n    ports:\n      - "8000:8000"\n',
      files: { 'api/app.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n' },
    },
    good: {
      path: 'docker-compose.yml',
      code: 'services:\n  api:\n    build: ./api\n    restart: always\n    ports:\n      - "8000:8000"\n',
      files: {
        'api/app.py': 'from fastapi import FastAPI\nfrom prometheus_client import make_asgi_app\n\napp = FastAPI()\napp.mount("/metrics", make_asgi_app())\n',
      },
    },
    fix: 'Add a metrics client to each service (prometheus_client / prom-client, or OpenTelemetry), expose `/metrics` (or push to a gateway for jobs), and count requests, errors, latency and the data the service accepts, rejects and drops; then alert on the signals that matter.',
    falsePositives:
      'Only services built from the repository\'s own code count: images pulled as-is (postgres, redis), and images built from a folder that holds only configuration (a packaged ClickHouse, a cron container), bring their own exporters or have nothing to instrument. One-shot commands (migrations, tests, backups, seeds) are not services, nor is the stack of an end-to-end suite (a compose file under `tests/`, `e2e/` …: the app under test beside mock servers); the product\'s own image is judged from its Dockerfile. Browser single-page applications are not either: a container that runs a front-end dev server (`ng serve`, `react-scripts start`, `vue-cli-service serve`, `vite`), or whose folder\'s package.json builds a browser bundle (react-dom, vue, @angular/core, vite …) with no server framework (express, next, nuxt, nest …) and runs a package script or a static server such as nginx — the code runs in the user\'s browser, and server-side metrics belong to the API it calls. Metrics in a shared library folder outside every service folder count for all services. Sidecar exporters configured outside the repository cannot be seen: suppress with the reason.',
  },
  remediation: { effort: 'L', perExtraOccurrence: 0.5, perFile: 0.5, cap: 16, kind: 'refactor', track: 'observability', dependsOn: ['observability/print-logging'] },
  check(facts) {
    const svcs = services(facts);
    if (!svcs.length) return [];
    const metricFiles = signalFiles(facts, { all: true })
      .filter(({ file, sig }) => hasFlag(sig, 'metrics') && file.context === 'product')
      .map(({ file }) => file.path);
    const dirs = [...new Set(svcs.map((s) => s.dir))];
    const shared = metricFiles.some((p) => !dirs.some((d) => d !== '' && under(p, d)) && !dirs.includes(''));
    if (shared) return [];
    const byDir = new Map<string, Service[]>();
    for (const s of svcs) byDir.set(s.dir, [...(byDir.get(s.dir) ?? []), s]);
    const out: RepoFindingDraft[] = [];
    for (const [dir, list] of [...byDir.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (metricFiles.some((p) => under(p, dir))) continue;
      const names = [...new Set(list.map((s) => s.name))].sort();
      const head = list[0];
      out.push({
        messageId: 'none',
        data: { what: names.length > 1 ? 'services' : 'service', names: listNames(names, 4), dir: dir || 'repository root', verb: names.length > 1 ? 'expose or push' : 'exposes or pushes' },
        path: head.path,
        range: head.line ? { start: { line: head.line, column: 1 }, end: { line: head.line, column: 1 } } : undefined,
        locations: list.map((s) => ({ path: s.path, line: s.line })),
        matched: `no-metrics:${dir}`,
      });
    }
    return out;
  },
});
