import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';
import { pyArgs, pyCallee, pyImportAliases } from '../security/_secret-ast.js';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);

/**
 * Python calls whose callee text ends in an HTTP method or `urlopen`, or is a name imported from `requests`
 * (`from requests import post as send`): a superset of what the check accepts.
 */
const pyCandidate = (aliases: readonly string[]) => ({
  rule: { kind: 'call', has: { field: 'function', regex: `(get|post|put|patch|delete|head|options|request|urlopen${aliases.map((a) => `|^${a}`).join('')})$` } },
});
/** JS/TS calls on axios (`axios.get(…)`, `axios(…)`, `axios.create(…)`, `axios.request(…)`). */
const JS_CANDIDATE = { rule: { kind: 'call_expression', has: { field: 'function', regex: '^axios(\\.|$)' } } };
/** Names bound to a requests session in this file: `s = requests.Session()` / `with requests.Session() as s`. */
const PY_SESSION = {
  rule: {
    any: [
      { kind: 'assignment', has: { field: 'right', kind: 'call', regex: 'Session\\(' } },
      { kind: 'as_pattern', has: { kind: 'call', regex: 'Session\\(' } },
    ],
  },
};

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
  prefilter: ['requests', 'urlopen', 'axios', 'Session'],
  messages: {
    py: '{call}() without timeout=: a server that never answers blocks this worker forever',
    axios: '{call}() without a timeout: axios waits forever by default',
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
      '`httpx` is not reported (it has a 5 s default). A call that passes `**kwargs` or a config object that is not a literal (`axios.get(url, cfg)`) may carry a timeout and is not reported. Methods named `get`/`post` on other objects (dicts, ORM managers, `axios` instances created with a `timeout`) are not reported: only `requests`/`urllib`, sessions created from `requests.Session()` in the same file, and `axios` itself. `fetch()` is not reported (browser code; Node has no per-call timeout option besides `AbortSignal`).',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.08, perFile: 0.1, cap: 6, kind: 'mechanical', track: 'resilience' },
  check(input) {
    if (!input.root) return [];
    return input.lang === 'python' ? checkPython(input.root, input.source) : checkAxios(input.root);
  },
});

function checkPython(root: SgNode, source: string): FindingDraft[] {
  const aliases = pyImportAliases(root);
  const importsRequests = [...aliases.values()].some((v) => v === 'requests' || v.startsWith('requests.')) || /^\s*import\s+requests\b/m.test(source);
  const sessions = new Set<string>();
  for (const n of root.findAll(PY_SESSION)) {
    const call = n.kind() === 'assignment' ? n.field('right') : n.children().find((c) => c.kind() === 'call');
    if (!call || !/(^|\.)Session$/.test(pyCallee(call, aliases))) continue;
    const target = n.kind() === 'assignment' ? n.field('left') : n.children().find((c) => c.kind() === 'as_pattern_target');
    const name = target?.text().trim();
    if (name && /^[\w.]+$/.test(name)) sessions.add(name);
  }
  const out: FindingDraft[] = [];
  const imported = [...aliases.entries()].filter(([k, v]) => /^\w+$/.test(k) && /^(requests|urllib\.request)\./.test(v)).map(([k]) => k);
  for (const call of root.findAll(pyCandidate(imported))) {
    const callee = pyCallee(call, aliases);
    const dot = callee.lastIndexOf('.');
    const method = callee.slice(dot + 1);
    const receiver = dot < 0 ? '' : callee.slice(0, dot);
    const isRequests = (receiver === 'requests' && HTTP_METHODS.has(method) && importsRequests) || (receiver === 'requests.api' && HTTP_METHODS.has(method));
    const isSession = sessions.has(receiver) && HTTP_METHODS.has(method);
    const isUrlopen = callee === 'urllib.request.urlopen' || callee === 'urllib2.urlopen';
    if (!isRequests && !isSession && !isUrlopen) continue;
    const { pos, kw } = pyArgs(call);
    if (kw.has('timeout')) continue;
    if (call.field('arguments')?.children().some((c) => c.kind() === 'dictionary_splat')) continue;
    if (isUrlopen && pos.length >= 3) continue; // urlopen(url, data, timeout)
    const shown = isSession ? `${receiver}.${method}` : isUrlopen ? 'urlopen' : `requests.${method}`;
    out.push({ messageId: 'py', data: { call: shown }, range: fromSg(call.range()), matched: `${shown}(` });
  }
  return out;
}

function checkAxios(root: SgNode): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const call of root.findAll(JS_CANDIDATE)) {
    const fn = call.field('function')?.text() ?? '';
    const method = fn === 'axios' ? '' : fn.slice('axios.'.length);
    if (method && !HTTP_METHODS.has(method) && method !== 'create') continue;
    const args = (call.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
    // Where the config object sits: axios(config) / axios(url, config) / axios.create(config) /
    // axios.get|delete|head|options(url, config) / axios.post|put|patch(url, data, config) / axios.request(config).
    const at = method === '' ? (args[0]?.kind() === 'object' ? 0 : 1) : method === 'create' || method === 'request' ? 0 : ['post', 'put', 'patch'].includes(method) ? 2 : 1;
    const cfg = args[at];
    if (cfg && cfg.kind() !== 'object') continue; // a config variable may hold a timeout
    if (cfg && /(^|[{,\s])timeout\s*:/.test(cfg.text())) continue;
    if (cfg?.children().some((c) => c.kind() === 'spread_element')) continue;
    const shown = fn;
    out.push({ messageId: 'axios', data: { call: shown }, range: fromSg(call.range()), matched: `${shown}(` });
  }
  return out;
}
