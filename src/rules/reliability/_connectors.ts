/**
 * What opens a new connection, for reliability/connection-in-loop and the signals extractor (rules/_signals.ts):
 * the Python connector calls, the helpers that hand a new connection back, the `for` loop around a call, and
 * the JS/TS constructors and factories of database clients.
 */
import type { SgNode } from '@ast-grep/napi';
import { pyCallee } from '../security/_secret-ast.js';

/** Calls that open a new database/cache/broker connection (import aliases resolved). */
export const CONNECTORS = new Map<string, string>([
  ['psycopg2.connect', 'Postgres'],
  ['psycopg.connect', 'Postgres'],
  ['pymysql.connect', 'MySQL'],
  ['MySQLdb.connect', 'MySQL'],
  ['mysql.connector.connect', 'MySQL'],
  ['sqlite3.connect', 'SQLite'],
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

/** Text that may name a connector: files without it have no connect helper. */
export const PY_CONNECTOR_TEXT = /connect\s*\(|Redis|from_url|MongoClient|create_engine|BlockingConnection|SSHClient|FTP|SMTP/;

/**
 * Names of helpers that hand back a connection, client or session (`get_conn`, `get_db`, `db_connect`,
 * `open_database`, `make_client`, `new_session`): only calls of imported names like these are followed across
 * modules — recording every imported call in every loop would cost a walk of every file.
 */
const HELPER_WORDS = new Set(['conn', 'connection', 'connect', 'connector', 'db', 'database', 'session', 'client', 'engine', 'cursor', 'redis', 'mongo', 'mongodb', 'sql', 'sqlite', 'postgres', 'pg', 'mysql']);
export const HELPER_NAME = {
  /** A word of the name (split at `_` and camelCase) is one of HELPER_WORDS, or starts with `conn`/`db` (`dbconn`). */
  test(name: string): boolean {
    // A capitalised name is a class (`EngineResults`): helpers that hand back a connection are functions.
    if (!/^[a-z_$]/.test(name)) return false;
    for (const w of name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_$]+/)) if (HELPER_WORDS.has(w) || /^(conn|db)/.test(w)) return true;
    return false;
  },
};
/** Cheap text test before any per-file work: the file calls something named like a helper. */
export const HELPER_CALL_TEXT = /(?:conn|db|database|session|client|engine|cursor|redis|mongo|sql|postgres)\w*\s*\(/i;

/**
 * Functions of the module that open a new connection and hand it back: the body calls a connector and returns
 * (or yields) that call or the name it was assigned to. A helper that closes the connection itself, or
 * returns something else (a cursor's rows), does not count. `topLevel` keeps module-level functions only.
 */
export function connectHelpers(root: SgNode, aliases: ReadonlyMap<string, string>, topLevel = false): Map<string, { what: string; callee: string; line: number }> {
  const out = new Map<string, { what: string; callee: string; line: number }>();
  for (const fn of root.findAll({ rule: { kind: 'function_definition', has: { field: 'body', has: { kind: 'return_statement', stopBy: 'end' } } } })) {
    if (topLevel && fn.range().start.column !== 0) continue;
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
        out.set(name, { what, callee, line: call.range().start.line + 1 });
        break;
      }
    }
  }
  return out;
}

const PY_FN = new Set(['function_definition', 'class_definition', 'lambda']);
const JS_FN = new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'class_declaration', 'generator_function_declaration']);
const PY_LOOPS = new Set(['for_statement']);
const JS_LOOPS = new Set(['for_statement', 'for_in_statement']);
const PY_STOP_LOOPS = new Set(['while_statement']);
const JS_STOP_LOOPS = new Set(['while_statement', 'do_statement']);

/**
 * The innermost `for` loop whose body holds the node, stopping at function/class/lambda boundaries (a callback
 * defined in the loop runs when called) and at `while` loops (long-running daemons reconnect once per cycle).
 */
export function enclosingFor(node: SgNode, lang: 'python' | 'js' = 'python'): SgNode | undefined {
  const fns = lang === 'python' ? PY_FN : JS_FN;
  const loops = lang === 'python' ? PY_LOOPS : JS_LOOPS;
  const stops = lang === 'python' ? PY_STOP_LOOPS : JS_STOP_LOOPS;
  for (let p = node.parent(); p; p = p.parent()) {
    const k = String(p.kind());
    if (fns.has(k)) return undefined;
    if (loops.has(k)) {
      // In the loop's body, not in its iterable (`for row in db.connect().execute(…)`).
      const body = p.field('body');
      return body && within(node, body) ? p : undefined;
    }
    if (stops.has(k)) return undefined;
  }
  return undefined;
}

function within(node: SgNode, container: SgNode): boolean {
  const a = node.range();
  const b = container.range();
  return a.start.index >= b.start.index && a.end.index <= b.end.index;
}

/** A loop that stops at the first success: its own body (not a nested loop's) breaks or returns. */
export function isRetryLoop(loop: SgNode, lang: 'python' | 'js' = 'python'): boolean {
  const body = loop.field('body');
  if (!body) return false;
  const fns = lang === 'python' ? PY_FN : JS_FN;
  const loops = lang === 'python' ? new Set([...PY_LOOPS, ...PY_STOP_LOOPS]) : new Set([...JS_LOOPS, ...JS_STOP_LOOPS]);
  return body.findAll({ rule: { any: [{ kind: 'break_statement' }, { kind: 'return_statement' }] } }).some((stmt) => {
    for (let p = stmt.parent(); p && p.id() !== loop.id(); p = p.parent()) {
      const k = String(p.kind());
      if (loops.has(k) || fns.has(k)) return false;
    }
    return true;
  });
}

/** JS/TS expressions that open a new database client or pool, and the service behind them. */
export const JS_CONNECTORS: Array<[RegExp, string]> = [
  [/\bnew\s+(?:pg\.)?Client\s*\(/, 'Postgres'],
  [/\bnew\s+(?:pg\.)?Pool\s*\(/, 'Postgres pool'],
  [/\b(?:mysql2?|mysql)\.createConnection\s*\(|\bcreateConnection\s*\(/, 'MySQL'],
  [/\b(?:mysql2?|mysql)\.createPool\s*\(|\bcreatePool\s*\(/, 'MySQL pool'],
  [/\bnew\s+MongoClient\s*\(|\bMongoClient\.connect\s*\(/, 'MongoDB'],
  [/\bnew\s+(?:Redis|IORedis)\s*\(|\bcreateClient\s*\(/, 'Redis'],
  [/\bnew\s+Sequelize\s*\(/, 'Sequelize'],
  [/\bknex\s*\(\s*\{/, 'knex pool'],
  [/\bnew\s+(?:sqlite3\.)?Database\s*\(/, 'SQLite'],
];
