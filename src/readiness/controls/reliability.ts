/** Phase 2 — error handling & resilience controls. */
import { defineControl, done, missing, na, partial, presentOr, requires, signals } from '../define.js';
import type { Evidence } from '../types.js';

export const RELIABILITY_CONTROLS = [
  defineControl({
    id: 'reliability/http-timeouts',
    area: 'reliability',
    title: 'Outbound calls have timeouts',
    docs: {
      why: 'A call without a timeout waits forever on a dead peer and ties up a worker; enough of them and the service stops.',
      detects: '`timeout=` on requests/httpx calls, `httpx.Timeout`, aiohttp `ClientTimeout`, `AbortSignal.timeout`, `timeout:` client options.',
      partial: 'Timeouts are set on some calls; the rule reliability/http-no-timeout reports the others.',
      notApplicable: 'No outbound HTTP calls.',
      fix: 'Set a connect and read timeout on every client (a shared session with defaults).',
    },
    rules: ['reliability/http-no-timeout'],
    effort: { hours: 2, track: 'reliability' },
    evaluate(ctx) {
      const why = requires(ctx, 'outboundHttp');
      if (why) return na(why);
      return presentOr(signals(ctx, ['http-timeout']), 'no timeout on outbound calls');
    },
  }),
  defineControl({
    id: 'reliability/retry-backoff',
    area: 'reliability',
    title: 'Retries with exponential backoff',
    docs: {
      why: 'Transient failures (a restart, a 503) succeed on a second try; backoff with jitter keeps retries from hammering a struggling dependency.',
      detects: 'tenacity, backoff, urllib3 `Retry(backoff_factor=…)`, Celery `retry_backoff`, axios-retry, p-retry, or a hand-written exponential/jittered delay.',
      partial: 'Retries without backoff (`max_retries`, `@retry` with a fixed delay).',
      notApplicable: 'No outbound calls and no jobs.',
      fix: 'Wrap idempotent outbound calls and job steps in a retry with exponential backoff and jitter (tenacity/backoff).',
    },
    rules: ['reliability/http-no-retry'],
    effort: { hours: 4, track: 'reliability' },
    evaluate(ctx) {
      if (!ctx.app.outboundHttp && !ctx.app.jobs) return na('no outbound calls and no job queue');
      const backoff = signals(ctx, ['retry-backoff']);
      if (backoff.length) return done(backoff);
      const plain = signals(ctx, ['retry-plain']);
      return plain.length ? partial(plain, 'retries without exponential backoff') : missing('no retry with backoff');
    },
  }),
  defineControl({
    id: 'reliability/circuit-breaker',
    area: 'reliability',
    title: 'Circuit breaker around unreliable dependencies',
    docs: {
      why: 'When a dependency is down, a breaker fails fast instead of letting every request wait for its timeout.',
      detects: 'pybreaker, circuitbreaker, aiobreaker, opossum, cockatiel, a `CircuitBreaker` class, or Envoy/Istio outlier detection.',
      partial: 'Never.',
      notApplicable: 'No outbound HTTP calls.',
      fix: 'Wrap calls to each external dependency in a breaker (pybreaker/opossum) with a fallback.',
    },
    rules: ['reliability/no-circuit-breaker'],
    effort: { hours: 6, track: 'reliability' },
    dependsOn: ['reliability/http-timeouts'],
    evaluate(ctx) {
      const why = requires(ctx, 'outboundHttp');
      if (why) return na(why);
      return presentOr(signals(ctx, ['circuit-breaker']), 'no circuit breaker');
    },
  }),
  defineControl({
    id: 'reliability/dead-letter-handling',
    area: 'reliability',
    title: 'Failed jobs go to a dead-letter queue',
    docs: {
      why: 'A job that keeps failing must stop being retried and stay visible; otherwise it is lost or blocks the queue.',
      detects: 'Dead-letter queues or tables (`dead_letter`, `dlq`, SQS `RedrivePolicy`, RabbitMQ `x-dead-letter-exchange`, `failed_jobs`).',
      partial: 'Jobs retry but failures have nowhere to go.',
      notApplicable: 'No job queue or background worker.',
      fix: 'Route jobs that exhaust their retries to a dead-letter queue/table and expose it (an endpoint or an alert).',
    },
    effort: { hours: 6, track: 'reliability' },
    dependsOn: ['reliability/retry-backoff'],
    evaluate(ctx) {
      const why = requires(ctx, 'jobs');
      if (why) return na(why);
      const dl = signals(ctx, ['dead-letter']);
      if (dl.length) return done(dl);
      const retries = signals(ctx, ['retry-backoff', 'retry-plain']);
      return retries.length ? partial(retries, 'jobs retry but there is no dead-letter queue') : missing('no dead-letter handling');
    },
  }),
  defineControl({
    id: 'reliability/process-supervision',
    area: 'reliability',
    title: 'Processes are supervised and restarted',
    docs: {
      why: 'A crashed process that nobody restarts is an outage until someone notices.',
      detects: 'compose `restart:` policies, systemd `Restart=`, Kubernetes workloads, supervisord `autorestart`, pm2.',
      partial: 'Some long-running compose services have no restart policy.',
      notApplicable: 'Nothing is run as a service.',
      fix: 'Give every long-running service `restart: unless-stopped` (compose) or `Restart=on-failure` (systemd), or run it under Kubernetes.',
    },
    effort: { hours: 1, track: 'ops' },
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      const ev: Evidence[] = [];
      for (const w of ctx.facts.k8s ?? []) if (/Deployment|StatefulSet|DaemonSet|Rollout/.test(w.kind)) ev.push({ path: w.file, line: w.line, what: `${w.kind} (restarted by Kubernetes)` });
      for (const u of ctx.facts.systemd ?? []) if (u.restart && u.restart !== 'no') ev.push({ path: u.file, line: 0, what: `Restart=${u.restart}` });
      ev.push(...signals(ctx, ['supervisor']));
      // Compose files merge by service name (compose.yml + compose.deploy.yml …); services defined only in
      // development overlays (override, dev, local, test, ci) and one-shot jobs are not long-running.
      const DEV = /(^|[/._-])(override|dev|develop|development|local|test|tests|ci|debug)([._-]|$)/i;
      const names = [...new Set(ctx.facts.compose.map((s) => s.name))].filter((n) => !/^(migrat|init|setup|seed|test|prestart|pre-start)/i.test(n));
      const prod = names.filter((n) => ctx.facts.compose.some((s) => s.name === n && !DEV.test(s.file.slice(s.file.lastIndexOf('/') + 1))));
      const restartOf = (n: string) => ctx.facts.compose.find((s) => s.name === n && s.restart && s.restart !== 'no');
      for (const n of prod) {
        const s = restartOf(n);
        if (s) ev.push({ path: s.file, line: s.line, what: `restart: ${s.restart} (${s.name})` });
      }
      if (!ev.length) return missing(prod.length ? 'no compose service has a restart policy' : 'no restart policy or supervisor');
      const bare = prod.filter((n) => !restartOf(n));
      if (bare.length && !ev.some((e) => !e.what.startsWith('restart:'))) {
        return partial(ev, `no restart policy on ${bare.slice(0, 4).join(', ')}${bare.length > 4 ? ' …' : ''}`);
      }
      return done(ev);
    },
  }),
  defineControl({
    id: 'reliability/graceful-shutdown',
    area: 'reliability',
    title: 'Graceful shutdown on SIGTERM',
    docs: {
      why: 'Deploys and scale-downs send SIGTERM; a process that handles it finishes in-flight requests and jobs instead of dropping them.',
      detects: 'A SIGTERM handler (`signal.signal(SIGTERM, …)`, `process.on("SIGTERM")`, `add_signal_handler`), a framework shutdown hook (FastAPI lifespan/`on_event("shutdown")`, NestJS `enableShutdownHooks`), gunicorn `graceful_timeout`, compose `stop_grace_period`, `STOPSIGNAL`, Kubernetes `terminationGracePeriodSeconds`.',
      partial: 'Never.',
      notApplicable: 'Nothing is run as a service.',
      fix: 'Handle SIGTERM: stop accepting work, finish in-flight requests/jobs, close connections, exit.',
    },
    effort: { hours: 3, track: 'reliability' },
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr(signals(ctx, ['graceful-shutdown', 'shutdown-hook']), 'no SIGTERM handling or shutdown hook');
    },
  }),
];
