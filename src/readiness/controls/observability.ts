/** Phase 3 — configuration & monitoring controls. */
import { defineControl, done, missing, na, partial, presentOr, requires, signals } from '../define.js';
import type { Evidence } from '../types.js';

const ANY = ['product', 'test', 'example', 'docs'];

export const OBSERVABILITY_CONTROLS = [
  defineControl({
    id: 'observability/structured-logging',
    area: 'observability',
    title: 'Structured logging configured',
    docs: {
      why: 'Logs as key/value records (JSON, logfmt) can be searched and aggregated; print statements and free text cannot.',
      detects: 'structlog, python-json-logger, a JSON formatter, loguru `serialize=True`, pino, winston `format.json()`, bunyan, or log records built as JSON.',
      partial: 'A logging framework is configured but writes free text.',
      notApplicable: 'No product code.',
      fix: 'Configure one JSON logger at startup (structlog/python-json-logger/pino) and log events with fields, not f-strings.',
    },
    rules: ['observability/print-logging'],
    effort: { hours: 4, track: 'observability' },
    evaluate(ctx) {
      const why = requires(ctx, 'code');
      if (why) return na(why);
      const structured = signals(ctx, ['structured-logging']);
      if (structured.length) return done(structured);
      const plain = signals(ctx, ['logging-configured']);
      return plain.length ? partial(plain, 'logging writes free text, not structured records') : missing('no logging configuration');
    },
  }),
  defineControl({
    id: 'observability/request-ids',
    area: 'observability',
    title: 'Request / correlation IDs',
    docs: {
      why: 'An id carried through logs, responses and downstream calls ties one user request to every line it produced.',
      detects: 'A request-id or correlation-id middleware or header (`X-Request-ID`, `request_id`, asgi-correlation-id, cls-rtracer, `traceparent`).',
      partial: 'Never.',
      notApplicable: 'No HTTP API.',
      fix: 'Add a middleware that reads or creates `X-Request-ID`, puts it in the logging context and returns it in the response.',
    },
    effort: { hours: 3, track: 'observability' },
    dependsOn: ['observability/structured-logging'],
    evaluate(ctx) {
      const why = requires(ctx, 'webApi');
      if (why) return na(why);
      return presentOr(signals(ctx, ['request-id']), 'no request or correlation id');
    },
  }),
  defineControl({
    id: 'observability/metrics',
    area: 'observability',
    title: 'Metrics endpoint or exporter',
    docs: {
      why: 'Rates, latencies and error counts show a problem before users report it, and make alerts possible.',
      detects: 'prometheus_client/prom-client/instrumentators, a `/metrics` route, OpenTelemetry metrics, StatsD/DogStatsD, a Prometheus scrape config.',
      partial: 'Never.',
      notApplicable: 'Nothing is run as a service.',
      fix: 'Expose a `/metrics` endpoint (prometheus_client/prom-client) with request, job and error counters and latency histograms.',
    },
    rules: ['observability/no-metrics'],
    effort: { hours: 6, track: 'observability' },
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr(signals(ctx, ['metrics']), 'no metrics endpoint or exporter');
    },
  }),
  defineControl({
    id: 'observability/error-reporting',
    area: 'observability',
    title: 'Error reporting (Sentry or similar)',
    docs: {
      why: 'Unhandled exceptions reported with their stack and context are fixed in hours; errors left in log files are found by users.',
      detects: 'sentry-sdk/@sentry, Rollbar, Bugsnag, Honeybadger, Airbrake, New Relic, Elastic APM, ddtrace, AppSignal.',
      partial: 'Never.',
      notApplicable: 'Nothing is run as a service.',
      fix: 'Initialise Sentry (or similar) in every entry point from an env DSN.',
    },
    effort: { hours: 2, track: 'observability' },
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr(signals(ctx, ['error-reporting']), 'no error reporting client');
    },
  }),
  defineControl({
    id: 'observability/health-endpoint',
    area: 'observability',
    title: 'Health endpoint',
    docs: {
      why: 'Load balancers, orchestrators and uptime checks need a cheap URL that says whether the service can serve.',
      detects: 'A route `/health`, `/healthz`, `/ready`, `/live`, `/ping` (optionally under `/api` or a version prefix).',
      partial: 'Never.',
      notApplicable: 'No HTTP API.',
      fix: 'Add `/health` (process up) and `/ready` (dependencies reachable) routes.',
    },
    effort: { hours: 2, track: 'observability' },
    evaluate(ctx) {
      const why = requires(ctx, 'webApi');
      if (why) return na(why);
      return presentOr(signals(ctx, ['health-route']), 'no health route');
    },
  }),
  defineControl({
    id: 'observability/container-healthchecks',
    area: 'observability',
    title: 'Container health checks',
    docs: {
      why: 'The orchestrator restarts and routes by health, not by process existence.',
      detects: 'Dockerfile `HEALTHCHECK`, compose `healthcheck:`, Kubernetes liveness/readiness probes.',
      partial: 'Some services or containers have none (observability/no-healthcheck reports them).',
      notApplicable: 'No containers.',
      fix: 'Give every long-running service a health check that calls its health endpoint.',
    },
    rules: ['observability/no-healthcheck'],
    effort: { hours: 2, track: 'ops' },
    dependsOn: ['observability/health-endpoint'],
    evaluate(ctx) {
      const why = requires(ctx, 'containers');
      if (why) return na(why);
      const ev: Evidence[] = [];
      for (const d of ctx.facts.dockerfiles) if (d.hasHealthcheck) ev.push({ path: d.file, line: 0, what: 'HEALTHCHECK' });
      for (const s of ctx.facts.compose) if (s.hasHealthcheck && !s.healthcheckDisabled) ev.push({ path: s.file, line: s.line, what: `healthcheck (${s.name})` });
      for (const w of ctx.facts.k8s ?? []) for (const c of w.containers) if (c.hasLiveness || c.hasReadiness) ev.push({ path: w.file, line: c.line, what: `probe (${c.name})` });
      return ev.length ? done(ev) : missing('no container health check');
    },
  }),
  defineControl({
    id: 'observability/tracing',
    area: 'observability',
    title: 'Distributed tracing',
    docs: {
      why: 'Traces show where the time of a slow request goes across services and queries.',
      detects: 'OpenTelemetry, ddtrace, Jaeger, Zipkin, Elastic APM, New Relic agents, `OTEL_EXPORTER_*` settings.',
      partial: 'Never.',
      notApplicable: 'Nothing is run as a service.',
      fix: 'Instrument the web framework, HTTP clients and database driver with OpenTelemetry and export to a collector.',
    },
    effort: { hours: 6, track: 'observability' },
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr(signals(ctx, ['tracing']), 'no tracing instrumentation');
    },
  }),
  defineControl({
    id: 'observability/alerts',
    area: 'observability',
    title: 'Alert definitions or an alerts document',
    docs: {
      why: 'Metrics nobody watches do not shorten an outage; alerts route a symptom to a person.',
      detects: 'Prometheus alert rules, Alertmanager config, CloudWatch/GCP/Datadog alert resources, PagerDuty/Opsgenie integration, or an alerts document (`ALERTS.md`, `docs/alerts*`, an "Alerts" heading in the docs).',
      partial: 'Never.',
      notApplicable: 'Nothing is run as a service.',
      fix: 'Define alerts for error rate, latency, saturation and failed jobs, with who gets paged; keep them in the repository.',
    },
    effort: { hours: 4, track: 'observability' },
    dependsOn: ['observability/metrics'],
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      const ev = [
        ...ctx.files(/(^|\/)alerts?([._-][\w.-]*)?\.(md|ya?ml|json|rules)$|(^|\/)alert(ing|s)?\/[^/]+\.(ya?ml|json|rules)$|(^|\/)alertmanager[\w.-]*\.ya?ml$/i, 'alerts'),
        ...signals(ctx, ['alert-rules'], ANY),
        ...signals(ctx, ['doc-alerts'], ['docs']).filter((e) => !/^readme/i.test(e.path)),
      ];
      return presentOr(ev, 'no alert definitions');
    },
  }),
];
