import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { reEscape } from '../regex.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';
import { pyCallee, pyImportAliases } from '../security/_secret-ast.js';

/** Calls that open a new database/cache/broker connection (import aliases resolved). */
const CONNECTORS = new Map<string, string>([
  ['psycopg2.connect', 'Postgres'],
  ['psycopg.connect', 'Postgres'],
  ['pymysql.connect', 'MySQL'],
  ['MySQLdb.connect', 'MySQL'],
  ['mysql.connector.connect', 'MySQL'],
  ['cx_Oracle.connect', 'Oracle'],
  ['oracledb.connect', 'Oracle'],
  ['pyodbc.connect', 'ODBC'],
  ['redis.Redis', 'Redis'],
  ['redis.StrictRedis', 'Redis'],
  ['redis.from_url', 'Redis'],
  ['redis.Redis.from_url', 'Redis'],
  ['pymongo.MongoClient', 'MongoDB'],
  ['sqlalchemy.create_engine', 'SQLAlchemy engine'],
  ['pika.BlockingConnection', 'RabbitMQ'],
  ['paramiko.SSHClient', 'SSH'],
  ['ftplib.FTP', 'FTP'],
  ['smtplib.SMTP', 'SMTP'],
  ['smtplib.SMTP_SSL', 'SMTP'],
]);
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
  },
  docs: {
    what:
      'Python calls that open a database, cache, broker, SSH, FTP or SMTP connection (`psycopg2.connect`, `pymysql.connect`, `redis.Redis`, `MongoClient`, `create_engine`, `pika.BlockingConnection` …, import aliases resolved) inside the body of a `for` loop — directly, or through a helper of the same module that opens and returns one.',
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
      'A helper of the same module that opens and returns a new connection (`def get_conn(): return psycopg2.connect(…)`) counts like the connector when it is called in a loop; helpers imported from other modules are not followed (their body is not in this file). Retry loops are not reported: a `for attempt in range(n)` (or any loop) whose body `break`s or `return`s after connecting. Connections inside a function defined in the loop, and `while` loops (long-running daemons that reconnect once per cycle) are not reported. Method calls named `connect` on other objects (`socket.connect`, `signal.connect`) are not connectors.',
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
});

/**
 * Functions of the module that open a new connection and hand it back: the body calls a connector and returns
 * (or yields) that call or the name it was assigned to. A helper that closes the connection itself, or
 * returns something else (a cursor's rows), does not count.
 */
function connectHelpers(root: SgNode, aliases: ReadonlyMap<string, string>): Map<string, { what: string; callee: string }> {
  const out = new Map<string, { what: string; callee: string }>();
  for (const fn of root.findAll({ rule: { kind: 'function_definition', has: { field: 'body', has: { kind: 'return_statement', stopBy: 'end' } } } })) {
    const name = fn.field('name')?.text();
    const body = fn.field('body');
    if (!name || !body) continue;
    for (const call of body.findAll({ rule: { kind: 'call' } })) {
      const callee = pyCallee(call, aliases);
      const what = CONNECTORS.get(callee);
      if (!what) continue;
      const parent = call.parent();
      let handed = parent?.kind() === 'return_statement' || parent?.kind() === 'yield';
      if (!handed && parent?.kind() === 'assignment') {
        const target = parent.field('left')?.text();
        handed = !!target && /^\w+$/.test(target) && body.findAll({ rule: { any: [{ kind: 'return_statement' }, { kind: 'yield' }] } }).some((r) => r.text().replace(/^(return|yield)\s+/, '').trim() === target);
      }
      if (handed) {
        out.set(name, { what, callee });
        break;
      }
    }
  }
  return out;
}

/** The innermost `for` loop whose body holds the call, stopping at function/class/lambda boundaries. */
function enclosingFor(node: SgNode): SgNode | undefined {
  for (let p = node.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'function_definition' || k === 'class_definition' || k === 'lambda') return undefined;
    if (k === 'for_statement') {
      // In the loop's body, not in its iterable (`for row in db.connect().execute(…)`).
      const body = p.field('body');
      return body && within(node, body) ? p : undefined;
    }
    if (k === 'while_statement') return undefined;
  }
  return undefined;
}

function within(node: SgNode, container: SgNode): boolean {
  const a = node.range();
  const b = container.range();
  return a.start.index >= b.start.index && a.end.index <= b.end.index;
}

/** A loop that stops at the first success: its own body (not a nested loop's) breaks or returns. */
function isRetryLoop(loop: SgNode): boolean {
  const body = loop.field('body');
  if (!body) return false;
  return body.findAll({ rule: { any: [{ kind: 'break_statement' }, { kind: 'return_statement' }] } }).some((stmt) => {
    for (let p = stmt.parent(); p && p.id() !== loop.id(); p = p.parent()) {
      const k = p.kind();
      if (k === 'for_statement' || k === 'while_statement' || k === 'function_definition' || k === 'lambda') return false;
    }
    return true;
  });
}
