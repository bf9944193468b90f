import { defineRule } from '../define.js';
import { reEscape } from '../regex.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft, RepoFindingDraft } from '../types.js';
import { isPython, jsKeys, pyModuleNames, signalFiles } from '../_repo-signals.js';
import { pyCallee, pyImportAliases } from '../security/_secret-ast.js';
import { CONNECTORS, connectHelpers, enclosingFor, isRetryLoop } from './_connectors.js';

/**
 * Calls whose callee ends like a connector, or is a name imported as one (`from pymongo import MongoClient
 * as Mongo`): a superset; the check resolves aliases and compares the full name.
 */
const candidate = (aliases: readonly string[]) => ({
  rule: { kind: 'call', has: { field: 'function', regex: `(connect|Redis|StrictRedis|from_url|MongoClient|create_engine|BlockingConnection|SSHClient|FTP|SMTP|SMTP_SSL${aliases.map((a) => `|^${a}`).join('')})$` } },
});

export default defineRule({
  id: 'reliability/connection-in-loop',
  title: 'Connection opened inside a loop',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'file', languages: ['python'] },
  prefilter: ['connect', 'Redis', 'MongoClient', 'create_engine', 'BlockingConnection', 'SSHClient', 'FTP', 'SMTP'],
  messages: {
    loop: 'new {what} connection ({call}) for every iteration of the `for` loop at line {loopLine}',
    helper: 'new {what} connection ({helper} calls {call}) for every iteration of the `for` loop at line {loopLine}',
    imported: 'new {what} connection ({helper} from {module} calls {call} at line {helperLine}) for every iteration of the `for` loop at line {loopLine}',
  },
  docs: {
    what:
      'Python calls that open a database, cache, broker, SSH, FTP or SMTP connection (`psycopg2.connect`, `pymysql.connect`, `redis.Redis`, `MongoClient`, `create_engine`, `pika.BlockingConnection` …, import aliases resolved) inside the body of a `for` loop — directly, or through a helper that opens and returns one: a function of the same module, or one imported from another module of the repository (Python, and JS/TS helpers that return a `new Client()`/`new Pool()`, `mysql.createConnection()`, `new MongoClient()`, a Redis client …), reported at the call in the loop with the helper and the line where it connects.',
    why:
      'Opening a connection costs a TCP handshake, TLS, authentication and server-side session set-up — often more than the query itself. Per item it multiplies latency, exhausts the server\'s connection slots (`too many clients`), and under load turns a slow database into an outage. One connection (or a pool) reused across the loop does the same work at a fraction of the cost.',
    bad: {
      path: 'rollup.py',
      code: 'import psycopg2\n\n\ndef rollup(stations):\n    for station in stations:\n        conn = psycopg2.connect(DSN)\n        with conn.cursor() as cur:\n            cur.execute(SQL, (station,))\n        conn.commit()\n        conn.close()\n',
    },
    good: {
      path: 'rollup.py',
      code: 'import psycopg2\n\n\ndef rollup(stations):\n    conn = psycopg2.connect(DSN)\n    try:\n        with conn.cursor() as cur:\n            for station in stations:\n                cur.execute(SQL, (station,))\n        conn.commit()\n    finally:\n        conn.close()\n',
    },
    fix: 'Open the connection once before the loop (or borrow one from a pool: `psycopg2.pool`, SQLAlchemy\'s engine, one `redis.Redis` client per process) and reuse it for every item; close it in `finally` or a `with` block.',
    falsePositives:
      'A helper of the same module that opens and returns a new connection (`def get_conn(): return psycopg2.connect(…)`) counts like the connector when it is called in a loop; so does a helper imported from another module of the repository when its name says what it returns (`conn`, `connect`, `db`, `database`, `session`, `client`, `engine`, `cursor` …: other imported calls are not followed) — a helper that borrows from a pool (`pool.getconn()`, `engine.connect()`, `pool.connect()`) does not open a connection, and a helper called once before the loop is not in it. Retry loops are not reported: a `for attempt in range(n)` (or any loop) whose body `break`s or `return`s after connecting. Connections inside a function defined in the loop, and `while` loops (long-running daemons that reconnect once per cycle) are not reported. Method calls named `connect` on other objects (`socket.connect`, `signal.connect`) are not connectors.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.3, cap: 10, kind: 'refactor', track: 'performance' },
  check(input) {
    const root = input.root;
    if (!root) return [];
    const aliases = pyImportAliases(input);
    const out: FindingDraft[] = [];
    const imported = [...aliases.entries()].filter(([k, v]) => /^\w+$/.test(k) && CONNECTORS.has(v)).map(([k]) => k);
    for (const call of root.findAll(candidate(imported))) {
      const callee = pyCallee(call, aliases);
      const what = CONNECTORS.get(callee);
      if (!what) continue;
      const loop = enclosingFor(call);
      if (!loop || isRetryLoop(loop)) continue;
      const loopLine = fromSg(loop.range()).start.line;
      out.push({ messageId: 'loop', data: { what, call: `${callee}()`, loopLine: String(loopLine) }, range: fromSg(call.range()), matched: `${callee}@loop` });
    }
    // Helpers of this module that open and hand back a new connection (`def get_conn(): return psycopg2.connect(…)`),
    // called inside a loop: the loop opens a connection per iteration just the same.
    const helpers = connectHelpers(root, aliases);
    if (helpers.size) {
      const names = [...helpers.keys()].map(reEscape);
      for (const call of root.findAll({ rule: { kind: 'call', has: { field: 'function', regex: `^(self\\.|cls\\.)?(${names.join('|')})$` } } })) {
        const fn = (call.field('function')?.text() ?? '').replace(/^(self|cls)\./, '');
        const h = helpers.get(fn);
        if (!h) continue;
        const loop = enclosingFor(call);
        if (!loop || isRetryLoop(loop)) continue;
        const loopLine = fromSg(loop.range()).start.line;
        out.push({
          messageId: 'helper',
          data: { what: h.what, helper: `${fn}()`, call: `${h.callee}()`, loopLine: String(loopLine) },
          range: fromSg(call.range()),
          matched: `${fn}@loop`,
        });
      }
    }
    return out;
  },
  // Helpers of other modules (Python and JS/TS): the file pass records, per file, the helpers that hand back a
  // new connection and the calls of imported helper-like names inside `for` loops (rules/_signals.ts).
  checkRepo(facts) {
    const helpers = new Map<string, { path: string; name: string; what: string; callee: string; line: number }>();
    const files = signalFiles(facts, { all: true });
    for (const { file, sig } of files) {
      for (const [name, what, callee, line] of sig.connectHelpers ?? []) {
        const keys = isPython(file) ? pyModuleNames(file.path).map((m) => `${m}.${name}`) : jsKeys(file.path).map((k) => `${k}#${name}`);
        for (const k of keys) if (!helpers.has(k)) helpers.set(k, { path: file.path, name, what, callee, line });
      }
    }
    if (!helpers.size) return [];
    const out: RepoFindingDraft[] = [];
    for (const { file, sig } of files) {
      for (const [target, line, loopLine] of sig.loopCalls ?? []) {
        const h = helpers.get(target);
        if (!h || h.path === file.path) continue;
        const shown = h.name === 'default' ? target.slice(target.lastIndexOf('/') + 1).replace(/#default$/, '') : h.name;
        out.push({
          messageId: 'imported',
          data: { what: h.what, helper: `${shown}()`, module: `\`${h.path}\``, call: `${h.callee.replace(/\(\)$/, '')}()`, helperLine: h.line, loopLine },
          path: file.path,
          range: { start: { line, column: 1 }, end: { line, column: 1 } },
          matched: `${h.path}#${h.name}@loop`,
        });
      }
    }
    return out;
  },
});
