import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidates, type CandidateInput } from '../../parse/candidates.js';
import { cachedRegExp, reEscape } from '../regex.js';
import { pyArgs, pyCallee, pyImportAliases } from '../security/_secret-ast.js';

/** The text pre-filter of both HTTP rules (and of the shared-walk query below). */
export const HTTP_PREFILTER: readonly string[] = ['requests', 'urlopen', 'axios', 'Session', 'timeout=None'];

/**
 * Outbound HTTP calls that can be named with confidence, shared by reliability/http-no-timeout and
 * reliability/http-no-retry: Python `requests` (module functions, from-imports, Sessions bound in the file)
 * and `urllib.request.urlopen`; JS/TS `axios` calls and `axios.create`.
 */
export interface HttpCall {
  node: SgNode;
  /** As shown in messages: `requests.get`, `session.post`, `urlopen`, `axios.get`. */
  name: string;
  /** An explicit timeout is passed, or may be (`**kwargs`, a config that is not a literal object). */
  timeout: boolean;
  /** An httpx call or client: httpx has a 5 s default timeout, so it only counts when `timeout=None` turns it off. */
  httpx?: boolean;
}

/** Modules whose `urlopen` opens a URL (Python 3, Python 2 and six's alias of either). */
const URLLIB_MODULE = /^(six\.moves\.)?(urllib\.request|urllib2)$/;
const URLOPEN = /^(six\.moves\.)?(urllib\.request|urllib2)\.urlopen$/;

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);

const METHODS_RE = [...HTTP_METHODS].join('|');

/**
 * Python calls whose callee text is exactly a requests/urllib call, a method of a session bound in the file,
 * or a name imported from them (`from requests import post as send`) — a superset of what is accepted below
 * (import aliases of the modules themselves, `import requests as rq`, are in `modules`). Kept this narrow so
 * that `dict.get(…)` and the like never cross into JS.
 */
const pyCandidate = (modules: readonly string[], sessions: readonly string[], names: readonly string[]) => {
  const heads = [...modules, ...sessions].map(reEscape);
  const alts = [`(${heads.join('|')})\\.(${METHODS_RE})`, '(urllib\\.request\\.|urllib2\\.)?urlopen', ...names.map(reEscape)];
  return { rule: { kind: 'call', has: { field: 'function', regex: `^(${alts.join('|')})$` } } };
};

/** Both HTTP rules ask for the same file's calls: computed once per tree. */
const pyMemo = new WeakMap<SgNode, HttpCall[]>();
const jsMemo = new WeakMap<SgNode, HttpCall[]>();
/** JS/TS calls on axios (`axios.get(…)`, `axios(…)`, `axios.create(…)`, `axios.request(…)`). */
/** `axios(…)` / `axios.get(…)` …: in the shared walk (a whole-tree walk of its own cost one per JS/TS file naming axios). */
const AXIOS_CALLEE = /^axios(\.|$)/;
const JS_AXIOS_CALLS = candidateQuery(['javascript', 'typescript', 'tsx'], { kind: 'call_expression', has: { field: 'function', regex: AXIOS_CALLEE.source } }, { when: ['axios'] });
/** Names bound to a requests session in this file: `s = requests.Session()` / `with requests.Session() as s`. */
const PY_SESSION_RULE = {
  any: [
    { kind: 'assignment', has: { field: 'right', kind: 'call', regex: 'Session\\(' } },
    { kind: 'as_pattern', has: { kind: 'call', regex: 'Session\\(' } },
  ],
};
/** The same, as a query of the shared candidate walk (parse/candidates.ts); the JS below re-checks the conditions. */
const PY_SESSIONS = candidateQuery(['python'], PY_SESSION_RULE, { when: ['Session'] });

/**
 * Words the file's import statements of requests and urllib bind (`import requests as rq`, `from urllib import
 * request`, a parenthesised list): a text superset of the local names `pyImportAliases` maps to those modules.
 */
const IMPORT_LINE = /[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+(\([^)]*\)|[^\n]*)/y;
let lastImportText: string | undefined;
let lastImportWords = new Set<string>();
/** (The shared walk's query and the check ask for the same file's words one after the other: the last answer is kept.) */
function importWords(source: string): Set<string> {
  if (source === lastImportText) return lastImportWords;
  const words = new Set<string>();
  lastImportText = source;
  lastImportWords = words;
  // From each `import` keyword (an indexOf hop; a multiline regex costs a test at every line of every file).
  for (let at = source.indexOf('import'); at >= 0; at = source.indexOf('import', at + 6)) {
    const start = source.lastIndexOf('\n', at) + 1;
    IMPORT_LINE.lastIndex = start;
    const m = IMPORT_LINE.exec(source);
    if (!m || m.index !== start) continue;
    // Only statements naming requests or urllib bind the names the HTTP query needs (the regex stays short:
    // ast-grep compiles it on every file's walk).
    if (m[0].includes('requests') || m[0].includes('urllib')) for (const w of m[1].matchAll(/[A-Za-z_]\w*/g)) if (w[0] !== 'as') words.add(w[0]);
    at = Math.max(at, m.index + m[0].length - 6);
  }
  return words;
}
/** Names assigned a `…Session(…)` in the text (`s = requests.Session()`, `with Session() as s`): a superset of the tree's. */
const SESSION_TEXT = /([A-Za-z_][\w.]*)\s*(?::[^=\n]*)?=\s*[^\n]*?Session\(|Session\([^\n]*?\)\s+as\s+([A-Za-z_]\w*)/g;
function sessionWords(source: string): Set<string> {
  const words = new Set<string>();
  if (source.includes('Session')) for (const m of source.matchAll(SESSION_TEXT)) words.add(m[1] ?? m[2]);
  return words;
}

/**
 * The HTTP-call query of the shared walk, built per file from its text (import words, session names): the
 * callee regex `pyCandidate` builds from the tree, with text supersets of its names. `findPythonHttpCalls`
 * checks afterwards that the tree's names are all in those supersets, and walks the tree on its own if not.
 */
const PY_HTTP_CALLS = candidateQuery(['python'], { kind: 'call' }, {
  when: HTTP_PREFILTER,
  perFile(source) {
    const words = [...importWords(source)];
    const q = pyCandidate(['requests', 'requests.api', ...words], [...sessionWords(source)], [...words, ...words.map((w) => `${w}.urlopen`)]);
    return [q.rule];
  },
});

export function pythonHttpCalls(root: SgNode, source: string): HttpCall[] {
  const memo = pyMemo.get(root);
  if (memo) return memo;
  const out = findPythonHttpCalls(root, source);
  pyMemo.set(root, out);
  return out;
}

/** The nodes of kind assignment/as_pattern that PY_SESSION_RULE accepts (the shared walk also hands over others). */
function sessionBindings(input: { root: SgNode; source: string; lang: 'python' }): SgNode[] {
  if (!input.source.includes('Session')) return [];
  return candidates(input, PY_SESSIONS).filter((n) => {
    const call = n.kind() === 'assignment' ? n.field('right') : n.children().find((c) => c.kind() === 'call');
    return !!call && call.kind() === 'call' && call.text().includes('Session(');
  });
}

function findPythonHttpCalls(root: SgNode, source: string): HttpCall[] {
  const input = { root, source, lang: 'python' as const };
  const aliases = pyImportAliases(input);
  // Every import form, `import os, requests` included, is in the alias map (pyImportAliases).
  const importsRequests = [...aliases.values()].some((v) => v === 'requests' || v.startsWith('requests.'));
  const sessions = new Set<string>();
  for (const n of sessionBindings(input)) {
    const call = n.kind() === 'assignment' ? n.field('right') : n.children().find((c) => c.kind() === 'call');
    // A requests session only: `sqlmodel.Session(engine)` / `sqlalchemy.orm.Session` are database sessions whose
    // `.get(User, id)` is a primary-key lookup, not an HTTP GET.
    if (!call) continue;
    const ctor = pyCallee(call, aliases);
    if (!/^requests(\.sessions)?\.Session$/.test(ctor) && !(ctor === 'Session' && importsRequests)) continue;
    const target = n.kind() === 'assignment' ? n.field('left') : n.children().find((c) => c.kind() === 'as_pattern_target');
    const name = target?.text().trim();
    if (name && /^[\w.]+$/.test(name)) sessions.add(name);
  }
  const out: HttpCall[] = [];
  const imported = [...aliases.entries()].filter(([k, v]) => /^\w+$/.test(k) && /^(requests|urllib\.request)\./.test(v)).map(([k]) => k);
  // `from urllib import request` / `import urllib.request as ur` / `from six.moves.urllib import request`: the
  // module is bound to a local name whose `.urlopen` is the call.
  const urllibModules = [...aliases.entries()].filter(([k, v]) => k !== v && /^\w+$/.test(k) && URLLIB_MODULE.test(v)).map(([k]) => k);
  const modules = ['requests', 'requests.api', ...[...aliases.entries()].filter(([, v]) => v === 'requests' || v === 'requests.api').map(([k]) => k)];
  if (/timeout\s*=\s*None\b/.test(source)) out.push(...httpxWithoutTimeout(root, aliases));
  if (!importsRequests && !imported.length && !source.includes('urlopen') && !sessions.size) return out;
  // The file's own walk with a callee regex made of this file's names: in the shared walk the query had to
  // take every call ending in `.get`/`.post`… (every `dict.get`), each read back across N-API.
  const query = pyCandidate(modules, [...sessions], [...imported, ...urllibModules.map((m) => `${m}.urlopen`)]);
  // The shared walk's per-file query (PY_HTTP_CALLS) holds every call this query matches when the tree's names
  // are all in its text supersets (always, but for an import or session spelled in a way the text scan misses):
  // then its candidates, filtered by this query's own callee regex, are exactly this query's matches.
  const words = importWords(source);
  const sessionText = sessionWords(source);
  const covered = [...modules, ...imported, ...urllibModules].every((n) => n === 'requests' || n === 'requests.api' || words.has(n)) && [...sessions].every((n) => sessionText.has(n));
  const callee = cachedRegExp(query.rule.has.regex);
  const calls = covered ? candidates(input, PY_HTTP_CALLS).filter((c) => callee.test(c.field('function')?.text() ?? '')) : root.findAll(query);
  for (const call of calls) {
    const callee = pyCallee(call, aliases);
    const dot = callee.lastIndexOf('.');
    const method = callee.slice(dot + 1);
    const receiver = dot < 0 ? '' : callee.slice(0, dot);
    const isRequests = (receiver === 'requests' && HTTP_METHODS.has(method) && importsRequests) || (receiver === 'requests.api' && HTTP_METHODS.has(method));
    const isSession = sessions.has(receiver) && HTTP_METHODS.has(method);
    const isUrlopen = URLOPEN.test(callee);
    if (!isRequests && !isSession && !isUrlopen) continue;
    const { pos, kw } = pyArgs(call);
    // `timeout=None` is requests' own default spelled out: no timeout at all.
    const timeout =
      (kw.has('timeout') && kw.get('timeout')?.text() !== 'None') || !!call.field('arguments')?.children().some((c) => c.kind() === 'dictionary_splat') || (isUrlopen && pos.length >= 3); // urlopen(url, data, timeout)
    out.push({ node: call, name: isSession ? `${receiver}.${method}` : isUrlopen ? 'urlopen' : `requests.${method}`, timeout });
  }
  return out;
}

/** httpx calls and clients built with `timeout=None`: the library's 5 s default switched off. */
function httpxWithoutTimeout(root: SgNode, aliases: ReadonlyMap<string, string>): HttpCall[] {
  const heads = ['httpx', ...[...aliases.entries()].filter(([k, v]) => v === 'httpx' && /^\w+$/.test(k)).map(([k]) => k)];
  if (heads.length === 1 && ![...aliases.values()].some((v) => v === 'httpx' || v.startsWith('httpx.'))) return [];
  const query = { rule: { kind: 'call', has: { field: 'function', regex: `^(${heads.map(reEscape).join('|')})\\.(${METHODS_RE}|stream|Client|AsyncClient)$` } } };
  const out: HttpCall[] = [];
  for (const call of root.findAll(query)) {
    if (pyArgs(call).kw.get('timeout')?.text() !== 'None') continue;
    const fn = call.field('function')?.text() ?? '';
    out.push({ node: call, name: `httpx.${fn.slice(fn.lastIndexOf('.') + 1)}`, timeout: false, httpx: true });
  }
  return out;
}

export function axiosCalls(input: CandidateInput): HttpCall[] {
  const root = input.root;
  if (!root) return [];
  const memo = jsMemo.get(root);
  if (memo) return memo;
  const out: HttpCall[] = [];
  jsMemo.set(root, out);
  // The callee names axios: a file without the word has no such call (and the query is not in its walk).
  if (!input.source.includes('axios')) return out;
  // The walk's call_expression nodes include other queries' calls (console.*, `.catch`): the callee decides.
  for (const call of candidates(input, JS_AXIOS_CALLS)) {
    const fn = call.field('function')?.text() ?? '';
    if (!AXIOS_CALLEE.test(fn)) continue;
    const method = fn === 'axios' ? '' : fn.slice('axios.'.length);
    if (method && !HTTP_METHODS.has(method) && method !== 'create') continue;
    const args = (call.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
    // Where the config object sits: axios(config) / axios(url, config) / axios.create(config) /
    // axios.get|delete|head|options(url, config) / axios.post|put|patch(url, data, config) / axios.request(config).
    const at = method === '' ? (args[0]?.kind() === 'object' ? 0 : 1) : method === 'create' || method === 'request' ? 0 : ['post', 'put', 'patch'].includes(method) ? 2 : 1;
    const cfg = args[at];
    const timeout =
      (!!cfg && cfg.kind() !== 'object') || (!!cfg && /(^|[{,\s])timeout\s*:/.test(cfg.text())) || !!cfg?.children().some((c) => c.kind() === 'spread_element');
    out.push({ node: call, name: fn, timeout });
  }
  return out;
}
