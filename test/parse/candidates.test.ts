import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { candidates, hasErrorNode, ownConfig, registeredQueries } from '../../src/parse/candidates.js';
import { looseSource } from '../../src/parse/candidate-text-tests.js';
import { makeFileInput } from '../../src/parse/parse.js';
import '../../src/rules/index.js';
import type { Lang } from '../../src/rules/types.js';

const EXT: Record<string, Lang> = { '.py': 'python', '.sh': 'bash', '.js': 'javascript', '.ts': 'typescript', '.tsx': 'tsx' };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : EXT[path.extname(p)] ? [p] : [];
  });
}

const key = (n: { range(): { start: { index: number }; end: { index: number } }; kind(): unknown }) => `${n.range().start.index}:${n.range().end.index}:${String(n.kind())}`;

/**
 * The shared walk's contract (parse/candidates.ts): for every registered query, the nodes the query's own
 * `findAll` returns (a per-file query: built for the file) appear among its candidates, in the same order; every candidate has one of its kinds.
 */
test('shared candidate walk: each query gets a superset of its own findAll, in document order', () => {
  const paths = [...files('test/corpus'), ...files('test/fixtures')];
  expect(paths.length).toBeGreaterThan(50);
  let checked = 0;
  for (const p of paths) {
    const lang = EXT[path.extname(p)];
    const input = makeFileInput({ path: p, lang, role: 'source', context: 'product', component: '' }, readFileSync(p, 'utf8'));
    const root = input.root!;
    for (const q of registeredQueries().filter((x) => x.langs.includes(lang))) {
      const config = ownConfig(q, input);
      const own = config ? root.findAll(config).map(key) : [];
      const cands = candidates(input, q);
      for (const c of cands) expect(q.kinds.has(String(c.kind()))).toBe(true);
      const keys = cands.map(key);
      let i = 0;
      for (const k of keys) if (k === own[i]) i++;
      expect(i, `${p}: query ${q.id} (${JSON.stringify(q.config).slice(0, 80)})`).toBe(own.length);
      checked += own.length;
    }
    expect(hasErrorNode(input)).toBe(root.find({ rule: { kind: 'ERROR' } }) !== null);
  }
  expect(checked).toBeGreaterThan(100);
});

test('text tests: Rust patterns are taken over only where JavaScript reads them the same way or more loosely', () => {
  // On the node itself anchors stay; under a `has` (a descendant's text inside the node's) they are dropped.
  expect(looseSource('^(test|\\[)$', true)).toBe('^(test|\\[)$');
  expect(looseSource('^(test|\\[)$', false)).toBe('(test|\\[)');
  // `\b` is dropped (Rust's is Unicode-aware), `.` stops only at a newline as in Rust, classes are copied.
  expect(looseSource('\\brm\\b', true)).toBe('rm');
  expect(looseSource('a.b[^.]', true)).toBe('a[^\\n]b[^.]');
  // Anything outside the shared subset gives no test at all.
  for (const p of ['\\w+', '(?i)price', 'a\\sb', '[[:alpha:]]', '[a-z&&[^x]]', 'é', '[]a]']) expect(looseSource(p, true), p).toBeNull();
});

test('text tests: a query no longer gets the hits of other queries of its kind that its own text conditions exclude', () => {
  const src = '#!/bin/bash\nset -euo pipefail\ntouch /tmp/a\nrm -rf "$DIR"\necho done\n';
  const input = makeFileInput({ path: 'deploy.sh', lang: 'bash', role: 'source', context: 'product', component: '' }, src);
  const rmQuery = registeredQueries().find((q) => q.langs.includes('bash') && JSON.stringify(q.alternatives) === JSON.stringify([{ kind: 'command', regex: '\\brm\\b' }]));
  expect(rmQuery).toBeDefined();
  // Every command of the file is in the shared walk (another query asks for all of them); the rm query gets only its own.
  expect(candidates(input, rmQuery!).map((n) => n.text())).toEqual(['rm -rf "$DIR"']);
});
