/**
 * A scan that will not evaluate the readiness checklist skips its evidence (`scan({ readiness: false })`,
 * `harden scan --no-store`, `harden check`): same findings, no `perFile.readiness`, and its cache entries are
 * never served to a run that needs the evidence.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readinessOf } from '../../src/cli/readiness.js';
import { createTaskRunner, type ExtractorSet } from '../../src/engine/pool.js';
import type { ScanResult } from '../../src/engine/scan.js';
import { builtinExtractors, scan } from '../../src/index.js';
import { evaluateReadiness } from '../../src/readiness/index.js';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';
import { scanEssence } from '../helpers/scan-essence.js';

/** Readiness evidence of several kinds (code, shell, config, docs, .gitignore) besides findings. */
function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < 12; i++) {
    out[`app/m${i}.py`] = `import os\nimport requests\n\nTOKEN = os.environ["TOKEN_${i}"]\n\ndef f${i}(x):\n    try:\n        return requests.get(x)\n    except:\n        pass\n`;
  }
  out['app/main.py'] = 'import sentry_sdk\nimport signal\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/healthz")\ndef health():\n    return {"ok": True}\n\nsignal.signal(signal.SIGTERM, lambda *a: None)\n';
  out['deploy.sh'] = '#!/bin/bash\npytest -q\nrm -rf "$TARGET/"\n';
  out['.gitignore'] = '.env\n__pycache__/\nnode_modules\n';
  out['README.md'] = '# Service\n\n## Rollback\n\nRedeploy the previous tag.\n\n## Backups\n\nNightly.\n';
  out['docker-compose.yml'] = 'services:\n  web:\n    image: nginx:latest\n    stop_grace_period: 30s\n';
  return out;
}

const essence = (r: ScanResult) => scanEssence(r);

/**
 * The per-file facts without the readiness evidence: files whose only fact it was drop out (the file pass
 * adds an empty `tags` to any file with facts).
 */
function withoutReadiness(r: ScanResult) {
  const out: Array<[string, unknown]> = [];
  for (const [p, { readiness: _r, ...rest }] of r.facts.perFile) {
    if (Object.keys(rest).some((k) => k !== 'tags') || rest.tags?.length) out.push([p, rest]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const hasReadiness = (r: ScanResult) => [...r.facts.perFile.values()].some((pf) => pf.readiness);

function runner(set: ExtractorSet, cacheDir?: string) {
  return createTaskRunner({ jobs: 1, cacheDir, perFileExtractors: builtinExtractors(set), extractorSet: set, cacheKeyExtra: {} });
}

describe('scan without the readiness evidence', () => {
  it('has no readiness facts, the same findings and the same other facts', async () => {
    const root = tempRepo(files(), { git: true });
    const full = await scan(root, { jobs: 1 });
    const lean = await scan(root, { jobs: 1, readiness: false });
    expect(full.readinessFacts).toBe(true);
    expect(lean.readinessFacts).toBe(false);
    expect(hasReadiness(full)).toBe(true);
    expect(hasReadiness(lean)).toBe(false);
    expect(lean.findings.length).toBeGreaterThan(0);
    expect(essence(lean)).toEqual(essence(full));
    expect(withoutReadiness(lean)).toEqual(withoutReadiness(full));
  });

  it('is refused by the checklist (its controls would look missing)', async () => {
    const root = tempRepo(files(), { git: true });
    const lean = await scan(root, { jobs: 1, readiness: false });
    expect(() => readinessOf(lean)).toThrow(/without its evidence/);
    // What the guard prevents: the checklist of the lean facts is not the real one.
    expect(evaluateReadiness(lean)).not.toEqual(evaluateReadiness(await scan(root, { jobs: 1 })));
  });

  it("does not serve its cache entries to a run that needs the evidence; the full run's entries serve both", async () => {
    const root = tempRepo(files(), { git: true });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    const cold = await scan(root, { jobs: 1 });

    const r1 = runner('findings', cacheDir);
    const lean = await scan(root, { runTasks: r1 });
    expect(r1.stats.cache?.hits).toBe(0);

    const r2 = runner('default', cacheDir);
    const audit = await scan(root, { runTasks: r2 });
    expect(r2.stats.cache?.hits).toBe(0); // every lean entry re-analysed
    expect(r2.stats.analysed).toBe(cold.stats.filesAnalysed);
    expect(evaluateReadiness(audit)).toEqual(evaluateReadiness(cold));
    expect(essence(audit)).toEqual(essence(cold));

    const r3 = runner('findings', cacheDir);
    const leanAgain = await scan(root, { runTasks: r3 });
    expect(r3.stats.analysed).toBe(0); // the full entries serve a lean run
    expect(essence(leanAgain)).toEqual(essence(lean));

    const r4 = runner('default', cacheDir);
    const auditAgain = await scan(root, { runTasks: r4 });
    expect(r4.stats.analysed).toBe(0);
    expect(evaluateReadiness(auditAgain)).toEqual(evaluateReadiness(cold));
  });

  it('through the API cache option: a lean scan then a full one gives the cold checklist', async () => {
    const root = tempRepo(files(), { git: true });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'harden-cache-'));
    await scan(root, { jobs: 1, cache: cacheDir, readiness: false });
    const warm = await scan(root, { jobs: 1, cache: cacheDir });
    expect(hasReadiness(warm)).toBe(true);
    expect(evaluateReadiness(warm)).toEqual(evaluateReadiness(await scan(root, { jobs: 1 })));
  });

  it('gives the same results in worker threads as in this thread', async () => {
    const root = tempRepo(files(), { git: true });
    const inThread = await scan(root, { jobs: 1, readiness: false });
    const r = createTaskRunner({
      jobs: 2,
      minTasksForWorkers: 0,
      perFileExtractors: builtinExtractors('findings'),
      extractorSet: 'findings',
      worker: { url: new URL('../../src/engine/worker.ts', import.meta.url), tsx: true },
    });
    const threaded = await scan(root, { runTasks: r, readiness: false });
    expect(r.stats.byWorkers).toBe(r.stats.analysed);
    expect(r.stats.byWorkers).toBeGreaterThan(0);
    expect(hasReadiness(threaded)).toBe(false);
    expect(essence(threaded)).toEqual(essence(inThread));
    expect([...threaded.facts.perFile]).toEqual([...inThread.facts.perFile]);
  });

  it('CLI: `scan --no-store` then `readiness` on the same cache gives the checklist of a cold run', () => {
    const root = tempRepo(files(), { git: true });
    const scanned = harden(['scan', root, '--no-store', '--format', 'json', '--quiet']);
    expect(scanned.stderr).not.toMatch(/internal/);
    const warm = harden(['readiness', root, '--format', 'json', '--quiet']);
    const cold = harden(['readiness', root, '--format', 'json', '--quiet', '--no-cache']);
    expect(warm.code).toBe(0);
    expect(JSON.parse(warm.stdout)).toEqual(JSON.parse(cold.stdout));
    expect(JSON.parse(cold.stdout).controls.some((c: { status: string }) => c.status === 'done')).toBe(true);
  });

  it('CLI: `scan` that records in the store records the real checklist', () => {
    const root = tempRepo(files(), { git: true });
    const scanned = harden(['scan', root, '--format', 'json', '--quiet', '--jobs', '1']);
    expect(scanned.code).toBe(0);
    const status = harden(['status', root, '--no-scan', '--format', 'json']);
    const readiness = JSON.parse(status.stdout).readiness;
    expect(readiness.score).toBeGreaterThan(0);
    const cold = JSON.parse(harden(['readiness', root, '--format', 'json', '--quiet', '--no-cache']).stdout);
    expect(readiness.score).toBe(cold.score.score);
  });
});
