import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/scan.js';
import { createTaskRunner } from '../../src/engine/pool.js';
import { DEFAULT_EXTRACTORS, scan } from '../../src/index.js';
import { tempRepo } from '../helpers/temp-repo.js';
import { scanEssence } from '../helpers/scan-essence.js';

const BARE = (n: number) => `def f${n}(x):\n    try:\n        return int(x)\n    except:\n        cleanup()\n`;

function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < 6; i++) out[`pkg/m${i}.py`] = BARE(i);
  out['pkg/clean.py'] = 'def ok():\n    return 1\n';
  out['deploy.sh'] = '#!/bin/bash\nset -euo pipefail\necho hi\n';
  return out;
}

const essence = (r: ScanResult) => scanEssence(r, { perFile: true });

async function cachedScan(root: string, cacheDir: string) {
  const runner = createTaskRunner({ jobs: 1, cacheDir, perFileExtractors: DEFAULT_EXTRACTORS, extractorSet: 'default', cacheKeyExtra: {} });
  const result = await scan(root, { runTasks: runner });
  return { result, stats: runner.stats };
}

function age(root: string, rels: string[]): void {
  const old = new Date(Date.now() - 3600_000);
  for (const r of rels) utimesSync(path.join(root, r), old, old);
}

describe('result cache', () => {
  it('reuses every result when nothing changed, with the same findings as an uncached scan', async () => {
    const root = tempRepo(files(), { git: true });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    const plain = await scan(root, { jobs: 1 });
    const cold = await cachedScan(root, cacheDir);
    expect(cold.stats.cache?.hits).toBe(0);
    expect(cold.stats.analysed).toBe(plain.stats.filesAnalysed);
    const warm = await cachedScan(root, cacheDir);
    expect(warm.stats.analysed).toBe(0);
    expect(warm.stats.cache?.hits).toBe(plain.stats.filesAnalysed);
    expect(essence(warm.result)).toEqual(essence(plain));
    expect(essence(cold.result)).toEqual(essence(plain));
  });

  it('re-analyses a changed file only, and its new findings are reported', async () => {
    const root = tempRepo(files(), { git: true });
    age(root, Object.keys(files()));
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    await cachedScan(root, cacheDir);
    const before = (await cachedScan(root, cacheDir)).result.findings.filter((f) => f.path === 'pkg/clean.py' && f.ruleId !== 'maintainability/dead-code');
    expect(before).toEqual([]);
    writeFileSync(path.join(root, 'pkg/clean.py'), BARE(99));
    const after = await cachedScan(root, cacheDir);
    expect(after.stats.analysed).toBe(1);
    expect(after.result.findings.some((f) => f.path === 'pkg/clean.py' && f.ruleId === 'reliability/bare-except')).toBe(true);
    expect(essence(after.result)).toEqual(essence(await scan(root, { jobs: 1 })));
  });

  it('trusts unchanged stat of old files, and falls back to the content hash after a touch', async () => {
    const root = tempRepo(files(), { git: true });
    age(root, Object.keys(files()));
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    const n = (await cachedScan(root, cacheDir)).stats.analysed;
    const warm = await cachedScan(root, cacheDir);
    expect(warm.stats.cache?.statHits).toBe(n);
    const now = new Date();
    utimesSync(path.join(root, 'pkg/m1.py'), now, now);
    const touched = await cachedScan(root, cacheDir);
    expect(touched.stats.analysed).toBe(0);
    expect(touched.stats.cache?.hashHits).toBe(1);
  });

  it('misses when what the engine knows about the path changes (same content, new place)', async () => {
    const root = tempRepo(files(), { git: true });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    await cachedScan(root, cacheDir);
    writeFileSync(path.join(root, 'pkg/m6.py'), BARE(0));
    const r = await cachedScan(root, cacheDir);
    expect(r.stats.analysed).toBe(1);
    expect(r.result.findings.filter((f) => f.path === 'pkg/m6.py' && f.ruleId === 'reliability/bare-except')).toHaveLength(1);
  });

  it('runs cold on a corrupt cache file and leaves no temporary files behind', async () => {
    const root = tempRepo(files(), { git: true });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    const first = await cachedScan(root, cacheDir);
    const file = readdirSync(cacheDir).find((f) => f.endsWith('.json'))!;
    writeFileSync(path.join(cacheDir, file), readFileSync(path.join(cacheDir, file), 'utf8').slice(0, 50));
    const again = await cachedScan(root, cacheDir);
    expect(again.stats.analysed).toBe(first.stats.analysed);
    expect(essence(again.result)).toEqual(essence(first.result));
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keys on the rule set: a scan with other rules does not reuse results', async () => {
    const root = tempRepo(files(), { git: true });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    await cachedScan(root, cacheDir);
    const runner = createTaskRunner({ jobs: 1, cacheDir, perFileExtractors: DEFAULT_EXTRACTORS, extractorSet: 'default', cacheKeyExtra: {} });
    const r = await scan(root, { runTasks: runner, skip: ['reliability/bare-except'] });
    expect(runner.stats.cache?.hits).toBe(0);
    expect(r.findings.filter((f) => f.ruleId === 'reliability/bare-except')).toEqual([]);
  });

  it('writes the cache in <root>/.harden/cache with cache: true', async () => {
    const root = tempRepo(files(), { git: true });
    const r1 = await scan(root, { cache: true, jobs: 1 });
    expect(readdirSync(path.join(root, '.harden', 'cache')).some((f) => f.endsWith('.json'))).toBe(true);
    const r2 = await scan(root, { cache: true, jobs: 1 });
    expect(essence(r2)).toEqual(essence(r1));
    expect(r1.facts.files.some((f) => f.path.startsWith('.harden'))).toBe(false);
  });
});
