import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorScanner } from '../../src/rules/_anchors.js';
import { FLAG_ANCHOR_LISTS, FLAG_ANCHORS, FLAG_PATTERNS } from '../../src/rules/_signals.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && statSync(p).size < 1_000_000) yield p;
  }
}

describe('anchorScanner', () => {
  const s = anchorScanner({ a: ['pool', 'tar '], b: ['pooling.'], c: ['ing.x'] });
  test('finds overlapping anchors and the prefixes of the longest one', () => {
    // `pooling.x`: the trie matches `pooling.` (b), whose prefix `pool` is a's; `ing.x` starts inside it.
    expect([...s.scan('a pooling.x b')].sort()).toEqual(['a', 'b', 'c']);
    expect([...s.scan('pool')]).toEqual(['a']);
    expect([...s.scan('nothing here')]).toEqual([]);
  });
  test('a space in an anchor is any whitespace character', () => {
    expect([...s.scan('tar\t-tzf x')]).toEqual(['a']);
    expect([...s.scan('tar\n-t')]).toEqual(['a']);
    expect([...s.scan('tarball')]).toEqual([]);
  });
});

/** Texts each flag's regex matches: one or more per alternative of the regex. */
const POSITIVE: Record<string, string[]> = {
  metrics: ['import prometheus_client', 'prometheus-fastapi-instrumentator', 'starlette_exporter', 'django_prometheus', 'django-prometheus', 'prometheus_flask_exporter', 'aioprometheus', 'statsd', 'datadog', 'opentelemetry', 'prom-client', 'hot-shots', 'pushgateway', 'make_asgi_app', 'start_http_server', '@opentelemetry/api', "app.get('/metrics')"],
  breaker: ['pybreaker', 'circuitbreaker', 'aiobreaker', 'purgatory', 'opossum', 'cockatiel', 'new CircuitBreaker', 'circuit_breaker', 'resilience4j', 'brakes'],
  retry: ['tenacity', 'backoff.on_exception', 'urllib3.util.retry', 'urllib3.util.Retry', 'x = Retry(total=3)', 'max_retries =3', 'axios-retry', 'p-retry', 'async-retry', 'retrying', '@retry', 'retry(fn)'],
  pool: ['SimpleConnectionPool', 'ThreadedConnectionPool', 'AbstractConnectionPool', 'psycopg_pool', 'ConnectionPool', 'create_pool', 'createPool', 'PooledDB', 'pool_size', 'MySQLConnectionPool', 'create_engine', 'create_async_engine', 'pooling.x', 'new  Pool ('],
  'validated-settings': ['BaseSettings', 'pydantic_settings', 'pydantic-settings', 'envalid', 'cleanEnv', 'environs', 'env = Env()x', 'dynaconf', 'Dynaconf', 'django-environ', 'environ.Env', 'goodconf', 'envparse', 'a@t3-oss/env', 'schema.parse(process.env)', 'schema.parse(\n  process.env\n)', 's.safeParse(process.env)', 's.safeParse( process.env )'],
  'backup-verify': ['pg_restore', 'mongorestore', 'pg_verifybackup', 'sha256sum', 'sha1sum', 'md5sum', 'shasum', 'integrity_check', 'restore-test', 'test_restore', 'verifybackup', 'backup-verify', 'check_backup', 'gzip -t', 'gunzip\t-t', 'zcat  -t', 'tar -tzf', 'tar tf', 'tar --list', 'restic check', 'borg check', '[[ -s f ]]', '[ -s f ]', 'stat -c %s', 'stat -c%s', 'du -sh', 'wc -c', 'find -size +1k'],
  'dynamic-import': ['import_module(x)', '__import__ (x)', 'spec_from_file_location(', 'load_module(', 'load_source(', 'iter_modules(', 'require(`./${x}`)', 'import(name)', 'require( dir + x)'],
};

describe('signal flag anchors (rules/_signals.ts)', () => {
  const anchored = FLAG_PATTERNS.filter(([name]) => name in FLAG_ANCHOR_LISTS);
  test('every anchored flag has examples', () => {
    expect(anchored.map(([n]) => n).sort()).toEqual(Object.keys(POSITIVE).sort());
  });
  for (const [name, re] of anchored) {
    test(`${name}: every example matches and is found by its anchors`, () => {
      for (const text of POSITIVE[name]) {
        expect(re.test(text), text).toBe(true);
        expect(FLAG_ANCHORS.scan(`x ${text} y`).has(name), text).toBe(true);
      }
    });
  }
  test('the anchors are a necessary condition on the fixture and corpus files', () => {
    let checked = 0;
    for (const dir of ['test/fixtures', 'test/corpus']) {
      for (const f of files(path.join(ROOT, dir))) {
        const text = readFileSync(f, 'utf8');
        const found = FLAG_ANCHORS.scan(text);
        for (const [name, re] of anchored) {
          if (!re.test(text)) continue;
          checked++;
          expect(found.has(name), `${name} in ${f}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
