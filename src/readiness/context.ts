/** The evaluation context of the controls: an index over the scan's facts, built once per evaluation. */
import type { Finding, RepoFactsView } from '../rules/types.js';
import type { AppProfile, Evidence, ReadinessContext } from './types.js';

const CODE_LANGS = new Set(['python', 'javascript', 'typescript', 'tsx']);
const DB_IMAGE = /(^|\/)(postgres|postgis|mysql|mariadb|mongo|timescaledb|cockroachdb|mssql)(:|$)|pgvector/i;

export function buildContext(facts: RepoFactsView, findings: readonly Finding[]): ReadinessContext {
  const contextOf = new Map(facts.files.map((f) => [f.path, f.context]));
  const bySignal = new Map<string, Evidence[]>();
  for (const [path, pf] of [...facts.perFile].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const [id, lines] of Object.entries(pf.readiness ?? {})) {
      const list = bySignal.get(id) ?? [];
      for (const line of lines) list.push({ path, line, what: id });
      bySignal.set(id, list);
    }
  }
  const allPaths = [...facts.files, ...(facts.unanalysed ?? [])].map((f) => f.path).sort();
  const active = findings.filter((f) => !f.suppressed);
  const signal: ReadinessContext['signal'] = (id, opts = {}) => {
    const contexts = opts.contexts ?? ['product'];
    const out = (bySignal.get(id) ?? []).filter((e) => contexts.includes(contextOf.get(e.path) ?? 'product'));
    return opts.limit ? out.slice(0, opts.limit) : out;
  };
  const ctx: ReadinessContext = {
    facts,
    findings: active,
    signal,
    files: (re, what) => allPaths.filter((p) => re.test(p)).map((path) => ({ path, line: 0, what })),
    findingsOf: (refs) => active.filter((f) => refs.some((r) => (typeof r === 'string' ? r === f.ruleId : r.id === f.ruleId && r.message.test(f.message)))),
    app: profileOf(facts, signal, active),
  };
  return ctx;
}

function profileOf(facts: RepoFactsView, signal: ReadinessContext['signal'], findings: readonly Finding[]): AppProfile {
  const why: AppProfile['why'] = {};
  const first = (ev: Evidence[]) => (ev.length ? `${ev[0].path}:${ev[0].line}` : undefined);
  const codeFile = facts.files.find((f) => CODE_LANGS.has(f.lang) && f.context === 'product' && f.role === 'source');
  if (codeFile) why.code = codeFile.path;
  const routes = [...facts.perFile].find(([p, pf]) => pf.tags?.includes('http-routes') && facts.files.some((f) => f.path === p && f.context === 'product'));
  const health = signal('health-route');
  if (routes) why.webApi = `HTTP routes in ${routes[0]}`;
  else if (health.length) why.webApi = `health route at ${first(health)}`;
  const dbImage = facts.compose.find((s) => s.image && DB_IMAGE.test(s.image));
  const db = signal('db-use');
  if (db.length) why.database = `database client at ${first(db)}`;
  else if (dbImage) why.database = `compose service ${dbImage.name} (${dbImage.image})`;
  if (facts.dockerfiles.length) why.containers = facts.dockerfiles[0].file;
  else if (facts.compose.length) why.containers = facts.compose[0].file;
  else if (facts.k8s?.length) why.containers = facts.k8s[0].file;
  const deployStep = facts.ci.flatMap((p) => p.steps.map((s) => ({ p, s }))).find(({ s }) => /\b(deploy|kubectl|helm\s+upgrade|docker\s+push|terraform\s+apply)\b/i.test(s.text));
  if (why.containers) why.deployable = `containers (${why.containers})`;
  else if (facts.systemd?.length) why.deployable = `systemd unit ${facts.systemd[0].file}`;
  else if (why.webApi) why.deployable = `web API (${why.webApi})`;
  else if (deployStep) why.deployable = `deploy step in ${deployStep.p.file}:${deployStep.s.line}`;
  else if (signal('job-queue').length) why.deployable = `job worker at ${first(signal('job-queue'))}`;
  // Calls in tests (a client of the service under test) do not make the service call out.
  const httpFinding = findings.find((f) => (f.ruleId === 'reliability/http-no-timeout' || f.ruleId === 'reliability/http-no-retry') && (f.context ?? 'product') === 'product');
  const client = signal('http-client');
  if (httpFinding) why.outboundHttp = `outbound HTTP call at ${httpFinding.path}:${httpFinding.line}`;
  else if (client.length) why.outboundHttp = `HTTP client call at ${first(client)}`;
  const jobs = signal('job-queue');
  const workerFile = facts.files.find((f) => f.context === 'product' && CODE_LANGS.has(f.lang) && /(^|\/)(workers?|jobs|tasks|queue)(\/|\.(py|[jt]s)$)/.test(f.path));
  const workerService = facts.compose.find((s) => /worker|consumer|scheduler|celery|rq\b/i.test(`${s.name} ${s.command ?? ''}`));
  if (jobs.length) why.jobs = `job queue at ${first(jobs)}`;
  else if (workerService) why.jobs = `worker service ${workerService.name} in ${workerService.file}`;
  else if (workerFile) why.jobs = `worker code ${workerFile.path}`;
  const auth = [...signal('jwt-use'), ...signal('auth-code')];
  if (auth.length) why.auth = `authentication code at ${first(auth)}`;
  return {
    code: Boolean(why.code),
    webApi: Boolean(why.webApi),
    database: Boolean(why.database),
    containers: Boolean(why.containers),
    deployable: Boolean(why.deployable),
    outboundHttp: Boolean(why.outboundHttp),
    jobs: Boolean(why.jobs),
    auth: Boolean(why.auth),
    why,
  };
}

/** Evidence helpers shared by the control modules. */
export const ev = (path: string, line: number, what: string): Evidence => ({ path, line, what });

export function take(list: Evidence[], n = 3): Evidence[] {
  return list.slice(0, n);
}
