import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import { isCli } from '../observability/print-logging.js';
import { axiosCalls, HTTP_PREFILTER, pythonHttpCalls } from './_http-calls.js';
import { noRetryNeed, type NoRetryNeed } from './_retry-need.js';

/** The info message for each reason a module needs no retry policy of its own. */
const INFO_MESSAGE: Record<NoRetryNeed, 'caller' | 'bestEffort' | 'oauth'> = { caller: 'caller', bestEffort: 'bestEffort', oauth: 'oauth' };

/**
 * Signs that the module retries: a retry library or policy (urllib3 `Retry`, `HTTPAdapter(max_retries=…)`,
 * tenacity, backoff, retrying, stamina; axios-retry, p-retry, async-retry, retry-axios), or a hand-written
 * retry loop (`for attempt in range(…)`, a `retries`/`attempts` counter).
 */
const RETRY_SIGNALS = [
  /\bRetry\s*\(/,
  /\bmax_retries\s*=/,
  /\b(tenacity|backoff|retrying|stamina|retry_decorator)\b/,
  /@\s*retry\b/,
  /\b(axios-retry|axiosRetry|p-retry|pRetry|async-retry|retry-axios|rax\.attach)\b/,
  /\bfor\s+(attempt|attempts|retry|retries|try_|tries|_)\s+in\s+range\s*\(/,
  /\b(attempt|retries|retry_count|tries)\s*(\+=|-=)\s*1\b/,
  /\b(attempt|retries|retry)\s*<\s*\w+/,
];

export default defineRule({
  id: 'reliability/http-no-retry',
  title: 'Outbound HTTP calls without retries',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx'] },
  prefilter: HTTP_PREFILTER,
  nonProduct: 'drop',
  messages: {
    module: '{count} outbound HTTP call{s} ({calls}) and no retry policy in this module',
    caller: '{count} outbound HTTP call{s} ({calls}) of a URL the caller passes and no retry policy: whether to retry is the caller\'s choice',
    bestEffort: '{count} outbound HTTP call{s} ({calls}) with a timeout and a handler that absorbs the failure: best effort by design, no retry policy',
    oauth: '{count} outbound HTTP call{s} ({calls}) exchanging a single-use OAuth authorization code: not retryable; the user restarts the login',
  },
  docs: {
    what:
      'A module (one finding per file) that calls HTTP APIs with `requests`, `urllib` or `axios` and has no retry policy: no urllib3 `Retry`/`HTTPAdapter(max_retries=…)`, tenacity, backoff, retrying, axios-retry, p-retry, and no retry loop.',
    why:
      'Networks drop packets, load balancers reset idle connections and upstream services restart during deploys: a share of calls fails transiently every day. Without retries each of those blips becomes a lost data point, a failed job or a 500 passed on to users; with bounded retries and backoff they disappear.',
    bad: { path: 'collector.py', code: 'import requests\n\n\ndef fetch(url):\n    return requests.get(url, timeout=10).json()\n' },
    good: {
      path: 'collector.py',
      code: 'import requests\nfrom requests.adapters import HTTPAdapter\nfrom urllib3.util.retry import Retry\n\nsession = requests.Session()\nsession.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5, status_forcelist=[502, 503, 504])))\n\n\ndef fetch(url):\n    return session.get(url, timeout=10).json()\n',
    },
    fix: 'Create one shared HTTP client with a retry policy — exponential backoff, a small cap (3–5 attempts), only for idempotent methods and transient statuses (429, 502–504) — and use it everywhere (`HTTPAdapter(max_retries=Retry(…))`, tenacity, `axios-retry`).',
    falsePositives:
      'The check is per module: a module that imports a shared client from elsewhere and calls it (`from .http import session`) is not seen as calling HTTP and is not reported. Any retry signal in the module counts, even around other calls. Command-line tools (argument parsing, `bin/`, `tools/`, `scripts/` … as for `observability/print-logging`), tests, examples and docs are not reported. A container healthcheck probe (run by a Dockerfile `HEALTHCHECK` or a compose `healthcheck: test:`) is not reported: the engine retries it, and a retry inside would hide the failure it reports. Database sessions (`sqlmodel`/`sqlalchemy` `Session`) are not HTTP sessions: `session.get(User, id)` is not a call. Retries are for calls to a fixed dependency (a URL literal, a constant, the environment or settings, an attribute of `self`) that a service needs: a module whose every call needs no policy of its own is an info notice saying why — a fetch of a URL the caller passes (a function parameter or an attribute of one, `data.link`, directly or through a local name; a library helper or a one-shot fetch of a user\'s link: the retry policy is the caller\'s, and retrying arbitrary URLs is not wanted), a best-effort call (a timeout, inside a `try` whose handler catches network errors and neither re-raises nor rethrows: the failure has a planned outcome), or an OAuth authorization-code exchange (the code is single-use, RFC 6749 §4.1.2). A module that also calls a fixed dependency is reported at that call. Python scripts with a `python` shebang, a main guard and no polling loop are command-line programs (maintenance scripts run by hand or by a CI job, whose next run is the retry).',
  },
  remediation: { effort: 'M', perExtraOccurrence: 0.2, perFile: 0.8, cap: 12, kind: 'refactor', track: 'resilience' },
  check(input) {
    // An interactive command-line tool is retried by its user; what it prints is the interface.
    if (!input.root || isCli(input)) return [];
    const calls = (input.lang === 'python' ? pythonHttpCalls(input.root, input.source) : axiosCalls(input)).filter((c) => !c.name.endsWith('.create') && !c.httpx);
    if (!calls.length || RETRY_SIGNALS.some((re) => re.test(input.source))) return [];
    const names = [...new Set(calls.map((c) => c.name))];
    // Reported at the first call to a fixed dependency; a module whose every call needs no policy of its own
    // (a caller's URL, a best-effort check, an OAuth code exchange) is an info notice saying why.
    const lang = input.lang === 'python' ? 'python' : 'js';
    let at = -1;
    let why: ReturnType<typeof noRetryNeed>;
    for (let i = 0; i < calls.length && at < 0; i++) {
      const need = noRetryNeed(calls[i], lang, input.source);
      if (!need) at = i;
      else why ??= need;
    }
    if (at >= 0) why = undefined;
    return [
      {
        messageId: why ? INFO_MESSAGE[why] : 'module',
        ...(why ? { severity: 'info' as const } : {}),
        data: { count: String(calls.length), s: calls.length === 1 ? '' : 's', calls: names.slice(0, 4).join(', ') + (names.length > 4 ? ' …' : '') },
        range: fromSg(calls[Math.max(at, 0)].node.range()),
        matched: `module:${input.path}`,
        // A healthcheck probe must answer once: the container engine retries it (`retries:`), and a retry inside
        // the probe would hide the failures it exists to report.
        unlessHealthcheckProbe: true,
      },
    ];
  },
});
