import { defineRule } from '../define.js';
import { hasFlag, signalFiles } from '../_repo-signals.js';
import type { RepoFindingDraft } from '../types.js';

/** Folders of tools run by hand (imports, migrations, notebooks): their calls are not the running service's. */
const OFFLINE_DIR = /(^|\/)(tools|scripts|bin|notebooks|migrations|examples?|dev)\//;
/** A dependency is reported when it is called from at least this many places… */
export const MIN_CALLS = 3;
/** …in at least this many files. */
export const MIN_FILES = 2;

export default defineRule({
  id: 'reliability/no-circuit-breaker',
  title: 'External dependency called from many places without a circuit breaker',
  category: 'reliability',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'repo' },
  messages: {
    dependency: '`{dep}` is called from {count} places in {files} files ({retries}) with no circuit breaker',
  },
  docs: {
    what:
      'An external HTTP dependency — the host of a literal URL, or the base-URL name a call is built from (`f"{PRICES_API}/latest"`, `API_BASE + …`) — called through requests, httpx, a session/client, axios, fetch or urlopen from at least 3 places in at least 2 product files, in a repository that uses no circuit breaker (pybreaker, circuitbreaker, aiobreaker, purgatory, opossum, cockatiel, a `CircuitBreaker` class). One finding per dependency, with every call site; the message says whether those files retry.',
    why:
      'When a dependency goes down, every caller keeps calling it — and with retries, calls it several times — so threads and connections pile up waiting on timeouts, the caller slows down with it and the dependency is hammered while it tries to recover. A breaker notices the failures, fails fast for a while, and lets a trial call through before closing again.',
    bad: {
      path: 'collectors/prices.py',
      code: 'import requests\n\n\ndef latest():\n    return requests.get(f"{PRICES_API}/latest", timeout=5).json()\n\n\ndef history():\n    return requests.get(f"{PRICES_API}/history", timeout=5).json()\n',
      files: { 'collectors/volumes.py': 'import requests\n\n\ndef volumes():\n    return requests.get(f"{PRICES_API}/volumes", timeout=5).json()\n' },
    },
    good: {
      path: 'collectors/prices.py',
      code: 'import pybreaker\nimport requests\n\nbreaker = pybreaker.CircuitBreaker(fail_max=5, reset_timeout=60)\n\n\n@breaker\ndef latest():\n    return requests.get(f"{PRICES_API}/latest", timeout=5).json()\n\n\n@breaker\ndef history():\n    return requests.get(f"{PRICES_API}/history", timeout=5).json()\n',
      files: { 'collectors/volumes.py': 'import requests\n\n\ndef volumes():\n    return requests.get(f"{PRICES_API}/volumes", timeout=5).json()\n' },
    },
    fix: 'Route the calls to each dependency through one client module, give it timeouts and retries first (reliability/http-no-timeout, http-no-retry), then wrap it in a circuit breaker (pybreaker / opossum) that opens after repeated failures and exposes its state as a metric.',
    falsePositives:
      'Calls whose target cannot be named (a URL held in a local variable) are not grouped. Loopback hosts are ignored. Any breaker library or `CircuitBreaker` class in the repository silences the rule, since the shared client may apply it. Tests, examples and docs are not read, nor call sites in folders of tools run by hand (`tools/`, `scripts/`, `bin/`, `notebooks/`, `migrations/`, `dev/`).',
  },
  remediation: { effort: 'M', perExtraOccurrence: 0.5, perFile: 0.5, cap: 10, kind: 'refactor', track: 'resilience', dependsOn: ['reliability/http-no-retry'] },
  check(facts) {
    const files = signalFiles(facts);
    if (signalFiles(facts, { all: true }).some(({ sig }) => hasFlag(sig, 'breaker'))) return [];
    const calls = new Map<string, Array<{ path: string; line: number; retry: boolean }>>();
    for (const { file, sig } of files) {
      // One-off tools and scripts run by hand are not the service's runtime callers.
      if (OFFLINE_DIR.test(file.path)) continue;
      const retry = hasFlag(sig, 'retry');
      for (const [dep, line] of sig.http ?? []) {
        const l = calls.get(dep) ?? [];
        l.push({ path: file.path, line, retry });
        calls.set(dep, l);
      }
    }
    const out: RepoFindingDraft[] = [];
    for (const [dep, list] of [...calls.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const paths = new Set(list.map((c) => c.path));
      if (list.length < MIN_CALLS || paths.size < MIN_FILES) continue;
      const retried = new Set(list.filter((c) => c.retry).map((c) => c.path)).size;
      const head = list[0];
      out.push({
        messageId: 'dependency',
        data: { dep, count: list.length, files: paths.size, retries: retried ? `${retried} of the files retry` : 'none of them retries' },
        path: head.path,
        range: { start: { line: head.line, column: 1 }, end: { line: head.line, column: 1 } },
        locations: list.map((c) => ({ path: c.path, line: c.line })),
        matched: `breaker:${dep}`,
      });
    }
    return out;
  },
});
