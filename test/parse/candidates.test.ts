import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { candidates, hasErrorNode, ownConfig, registeredQueries } from '../../src/parse/candidates.js';
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
