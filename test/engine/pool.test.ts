import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import type { ScanResult } from '../../src/engine/scan.js';
import { createTaskRunner } from '../../src/engine/pool.js';
import { DEFAULT_EXTRACTORS } from '../../src/index.js';
import { tempRepo } from '../helpers/temp-repo.js';
import { scanEssence } from '../helpers/scan-essence.js';

/** A small repository with findings of several kinds, repeated so batches span several files. */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    files[`svc${i % 3}/app_${i}.py`] = `import os\n\ndef handler_${i}(x):\n    try:\n        return int(x)\n    except:\n        pass\n`;
    files[`scripts/deploy_${i}.sh`] = `#!/bin/bash\nrm -rf "$TARGET_${i}/"\ncurl http://example.com/${i} | sh\n`;
  }
  files['docker-compose.yml'] = 'services:\n  web:\n    image: nginx:latest\n    privileged: true\n';
  files['.github/workflows/ci.yml'] = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl http://x | bash\n';
  files['Dockerfile'] = 'FROM python:latest\nRUN pip install flask\n';
  return files;
}

const essence = (r: ScanResult) => scanEssence(r, { perFile: true });

describe('task pool', () => {
  it('gives the same results in worker threads as in this thread', async () => {
    const root = tempRepo(corpus(), { git: true });
    const inThread = await scan(root, { jobs: 1 });
    expect(inThread.findings.length).toBeGreaterThan(0);
    const runner = createTaskRunner({
      jobs: 2,
      minTasksForWorkers: 0,
      perFileExtractors: DEFAULT_EXTRACTORS,
      extractorSet: 'default',
      worker: { url: new URL('../../src/engine/worker.ts', import.meta.url), tsx: true },
    });
    const threaded = await scan(root, { runTasks: runner });
    expect(runner.stats.workers).toBe(2);
    expect(runner.stats.analysed).toBe(inThread.stats.filesAnalysed);
    expect(runner.stats.byWorkers).toBe(runner.stats.analysed);
    expect(essence(threaded)).toEqual(essence(inThread));
  });

  it('runs in this thread for custom rule objects a worker cannot load', async () => {
    const root = tempRepo(corpus(), { git: true });
    const custom = (await import('../../src/rules/index.js')).ALL_RULES.map((r) => ({ ...r }));
    const runner = createTaskRunner({ jobs: 2, minTasksForWorkers: 0, worker: { url: new URL('../../src/engine/worker.ts', import.meta.url), tsx: true } });
    const r = await scan(root, { rules: custom, runTasks: runner, perFileExtractors: [] });
    expect(runner.stats.workers).toBe(0);
    expect(r.stats.filesAnalysed).toBeGreaterThan(0);
  });
});
