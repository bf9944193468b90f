import { defineRule } from '../define.js';
import { hasFlag, listNames, signalFiles } from '../_repo-signals.js';
import type { RepoFindingDraft } from '../types.js';

/** Without any pool, direct connections in at least this many modules are reported. */
export const MIN_MODULES_WITHOUT_POOL = 3;
/** With a pool, the modules bypassing it must be at least this many and outnumber the modules using it. */
export const MIN_MODULES_BYPASSING = 2;

export default defineRule({
  id: 'reliability/no-connection-pool',
  title: 'Database connections opened directly instead of through a pool',
  category: 'reliability',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'repo' },
  messages: {
    noPool: '{modules} modules open their own {service} connections ({callee}) and no connection pool exists',
    bypassed: '{modules} modules open their own {service} connections ({callee}) although a pool exists in {pool} ({users})',
  },
  docs: {
    what:
      'Direct database connections (`psycopg2.connect`, `psycopg.connect`, `asyncpg.connect`, `pymysql.connect`, `mysql.connector.connect`, `cx_Oracle`/`oracledb`, `pyodbc` …, import aliases resolved) counted per module against pool use: reported when no pool exists and at least 3 modules connect directly, or when a pool exists (psycopg2 `SimpleConnectionPool`/`ThreadedConnectionPool`, psycopg_pool, `asyncpg.create_pool`, SQLAlchemy engines, `PooledDB`, pg `Pool`) and most modules that connect bypass it. One finding per backing service with every direct connect.',
    why:
      'Each direct connection costs a handshake, authentication and a server process, and nothing bounds how many exist: under load, or when a loop or a retry storm opens them, the database runs out of connection slots and every service that shares it fails. A pool bounds and reuses connections, and gives one place to set timeouts and health checks.',
    bad: {
      path: 'collectors/prices.py',
      code: 'import psycopg2\n\n\ndef save(rows):\n    conn = psycopg2.connect(DSN)\n    conn.close()\n',
      files: {
        'collectors/news.py': 'import psycopg2\n\n\ndef save(rows):\n    conn = psycopg2.connect(DSN)\n    conn.close()\n',
        'collectors/volumes.py': 'import psycopg2\n\n\ndef save(rows):\n    conn = psycopg2.connect(DSN)\n    conn.close()\n',
      },
    },
    good: {
      path: 'common/db.py',
      code: 'from psycopg2.pool import ThreadedConnectionPool\n\npool = ThreadedConnectionPool(1, 10, DSN)\n',
      files: {
        'collectors/prices.py': 'from common.db import pool\n\n\ndef save(rows):\n    conn = pool.getconn()\n    pool.putconn(conn)\n',
        'collectors/news.py': 'from common.db import pool\n\n\ndef save(rows):\n    conn = pool.getconn()\n    pool.putconn(conn)\n',
      },
    },
    fix: 'Create one pool per backing service in a shared module (size and timeouts from configuration, credentials from the central settings), borrow and return connections through it (`with pool.connection()`), and replace the direct `connect()` calls module by module.',
    falsePositives:
      'SQLite (a file, not a server), Redis and MongoDB clients (they pool internally) and SQLAlchemy engines (a pool) are not direct connections. One or two modules connecting directly without a pool (a migration script, a CLI) are not reported. Tests, examples and docs are not read.',
  },
  remediation: { effort: 'M', perExtraOccurrence: 0.3, perFile: 0.3, cap: 10, kind: 'refactor', track: 'performance', dependsOn: ['security/hardcoded-secret', 'config/duplicated-settings'] },
  check(facts) {
    const files = signalFiles(facts);
    const poolFiles = files.filter(({ sig, file }) => hasFlag(sig, 'pool') && !file.path.includes('test')).map(({ file }) => file.path);
    const poolUsers = files.filter(({ sig, file }) => hasFlag(sig, 'pool-use') && !poolFiles.includes(file.path)).length;
    const byService = new Map<string, Array<{ path: string; line: number; callee: string }>>();
    for (const { file, sig } of files) {
      if (sig.flags?.includes('generated')) continue;
      for (const [callee, service, line] of sig.connects ?? []) {
        const l = byService.get(service) ?? [];
        l.push({ path: file.path, line, callee });
        byService.set(service, l);
      }
    }
    const out: RepoFindingDraft[] = [];
    for (const [service, list] of [...byService.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const modules = [...new Set(list.map((c) => c.path))].filter((p) => !poolFiles.includes(p));
      const direct = list.filter((c) => modules.includes(c.path));
      if (!direct.length) continue;
      const hasPool = poolFiles.length > 0;
      if (!hasPool && modules.length < MIN_MODULES_WITHOUT_POOL) continue;
      if (hasPool && (modules.length < MIN_MODULES_BYPASSING || modules.length <= poolUsers)) continue;
      const callees = [...new Set(direct.map((c) => c.callee))].sort();
      const head = direct[0];
      out.push({
        messageId: hasPool ? 'bypassed' : 'noPool',
        data: { modules: modules.length, service, callee: listNames(callees, 3), pool: listNames(poolFiles, 2), users: poolUsers === 0 ? 'no module uses it' : poolUsers === 1 ? '1 module uses it' : `${poolUsers} modules use it` },
        path: head.path,
        range: { start: { line: head.line, column: 1 }, end: { line: head.line, column: 1 } },
        locations: direct.map((c) => ({ path: c.path, line: c.line })),
        matched: `no-pool:${service}`,
      });
    }
    return out;
  },
});
