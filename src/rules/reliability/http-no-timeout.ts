import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';
import { pathCli, pyScript, PY_WORKER_LOOP } from '../observability/print-logging.js';
import { axiosCalls, HTTP_PREFILTER, pythonHttpCalls, type HttpCall } from './_http-calls.js';

export default defineRule({
  id: 'reliability/http-no-timeout',
  title: 'Outbound HTTP call without a timeout',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-400'],
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx'] },
  nonProduct: 'drop',
  prefilter: HTTP_PREFILTER,
  messages: {
    py: '{call}() without timeout=: a server that never answers blocks this worker forever',
    axios: '{call}() without a timeout: axios waits forever by default',
    script: '{call}() without timeout= in a hand-run script: whoever runs it sees a hang and stops it; pass a timeout if it ever runs unattended',
    httpxNone: '{call}(timeout=None) turns off httpx\'s default timeout: a server that never answers blocks this worker forever',
  },
  docs: {
    what:
      'Python `requests` calls (`requests.get/post/…/request`, a `requests.Session()` bound in the same file, `from requests import get`) and `urllib.request.urlopen` with no `timeout`; JavaScript/TypeScript `axios` calls and `axios.create()` instances whose config has no `timeout`.',
    why:
      'Neither `requests` nor `urllib` nor `axios` has a default timeout. One slow or half-open upstream connection then hangs the calling thread, request or cron job indefinitely: worker pools fill up, health checks keep passing, retries never start, and the outage spreads from the upstream to every service that calls it.',
    bad: { path: 'collector.py', code: 'import requests\n\ndef fetch(url):\n    return requests.get(url).json()\n' },
    good: { path: 'collector.py', code: 'import requests\n\ndef fetch(url):\n    return requests.get(url, timeout=(3.05, 10)).json()\n' },
    fix: 'Pass an explicit timeout on every call (`requests.get(url, timeout=(connect, read))`, `urlopen(url, timeout=10)`, `axios.get(url, { timeout: 10_000 })`), ideally from one shared setting, or build one client with a default (`axios.create({ timeout })`, a `requests.Session` subclass or adapter that sets it).',
    falsePositives:
      'Tests, examples and developer tooling (`dev/`) are not read: a hand-run script that hangs is stopped by its user. For the same reason a Python script run by hand — under `tools/`, `scripts/`, `bin/` … or with a `python` shebang and a main guard — is an info notice, unless it runs a polling loop (`while True:`, `time.sleep`, `schedule.every`) that a hung request would stall for good; a script started by cron is not told apart and stays an info notice (its message says to add a timeout if it runs unattended). `httpx` is not reported (it has a 5 s default) unless a call or client passes `timeout=None`, which turns the default off; `requests.get(url, timeout=None)` is reported like no timeout (it is requests\' default spelled out). A call that passes `**kwargs` or a config object that is not a literal (`axios.get(url, cfg)`) may carry a timeout and is not reported. Methods named `get`/`post` on other objects (dicts, ORM managers, `axios` instances created with a `timeout`) are not reported: only `requests`/`urllib`, sessions created from `requests.Session()` in the same file, and `axios` itself. `fetch()` is not reported (browser code; Node has no per-call timeout option besides `AbortSignal`). Only a session built by `requests.Session()` (or `Session()` imported from requests) is one: `with Session(engine) as session` from sqlmodel/SQLAlchemy and its `session.get(User, id)` are not.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.08, perFile: 0.1, cap: 6, kind: 'mechanical', track: 'resilience' },
  check(input) {
    if (!input.root) return [];
    if (input.lang !== 'python') return drafts(axiosCalls(input), 'axios');
    // A script run by hand (under `tools/`, `scripts/` … or a `python` shebang with a main guard) that runs no
    // polling loop: a hang is seen and interrupted at the terminal, no worker or request waits on it.
    const handRun = (pathCli(input) || pyScript(input.source)) && !PY_WORKER_LOOP.test(input.source);
    return drafts(pythonHttpCalls(input.root, input.source), handRun ? 'script' : 'py');
  },
});

function drafts(calls: readonly HttpCall[], messageId: 'py' | 'axios' | 'script'): FindingDraft[] {
  return calls
    .filter((c) => !c.timeout)
    .map((c) => ({
      messageId: c.httpx ? 'httpxNone' : messageId,
      ...(messageId === 'script' && !c.httpx ? { severity: 'info' as const } : {}),
      data: { call: c.name },
      range: fromSg(c.node.range()),
      matched: `${c.name}(`,
    }));
}
