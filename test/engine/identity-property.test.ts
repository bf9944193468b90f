/**
 * Progress that can be trusted: inserting blank lines and comment lines anywhere in a repository changes no
 * finding's, group's or work item's identity (fast-check property over a repository with duplicated
 * modules, a secret in several files, a grouped IP address and ordinary findings).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { itemIdentity } from '../../src/report/issues.js';

const CACHE_PY = [
  'import os',
  'import redis',
  '',
  'HOST = os.environ.get("REDIS_HOST", "10.20.30.41")',
  '',
  '',
  'def connect(db=0):',
  '    client = redis.Redis(host=HOST, port=6379, db=db, socket_timeout=5)',
  '    return client',
  '',
  '',
  'def read(key, default=None):',
  '    client = connect()',
  '    try:',
  '        value = client.get(key)',
  '    except:',
  '        return default',
  '    if value is None:',
  '        return default',
  '    return value.decode("utf-8")',
  '',
  '',
  'def write(key, value, ttl=300):',
  '    client = connect()',
  '    client.set(key, value, ex=ttl)',
  '    print("wrote", key)',
  '    return True',
  '',
].join('\n');
const INIT_PY = 'from .cache import read, write\n';

const FILES: Record<string, string> = {
  // a folder copied into three services (a folder group), with a small __init__.py
  ...Object.fromEntries(['billing', 'orders', 'users'].flatMap((svc) => [
    [`services/${svc}/app/utils/rcache/cache.py`, CACHE_PY],
    [`services/${svc}/app/utils/rcache/__init__.py`, INIT_PY],
  ])),
  'services/billing/app/main.py': 'import os\nimport pickle\n\nDB_PASSWORD = "Zx9kLm2Qp7rT4vWq"\n\n\ndef run(blob):\n    data = pickle.loads(blob)\n    return eval(os.environ["EXPR"])\n',
  'services/orders/app/main.py': 'import requests\n\nDB_PASSWORD = "Zx9kLm2Qp7rT4vWq"\n\n\ndef fetch(url):\n    print("fetching", url)\n    return requests.get(url)\n',
  'services/users/app/main.py': 'API = "http://10.20.30.41:8080/users"\n\n\ndef handler(event):\n    try:\n        return event["id"]\n    except Exception:\n        pass\n',
  'deploy/release.sh': '#!/bin/bash\ncd /srv/app\nRELEASE_DIR=/srv/releases/$1\nrm -rf "$RELEASE_DIR/"*\ncp -r build/* "$RELEASE_DIR/"\nssh -o StrictHostKeyChecking=no deploy@10.20.30.41 "systemctl restart app"\n',
  'deploy/rollback.sh': '#!/bin/bash\nset -e\nPREV=$(cat /srv/previous)\nrm -rf /srv/current\nln -s "$PREV" /srv/current\n',
  'web/src/client.ts': 'export async function load(id: string) {\n  const r = await fetch(`http://10.20.30.41/api/${id}`);\n  console.log("loaded", id);\n  return r.json();\n}\n',
};

interface Edit {
  /** Index into the list of editable files. */
  file: number;
  /** Fraction of the file's lines after which the line goes (0 = top). */
  at: number;
  kind: 'blank' | 'comment';
}

const EDITABLE = Object.keys(FILES).sort();

function commentFor(file: string): string {
  return file.endsWith('.ts') ? '// reviewed' : '# reviewed';
}

function applyEdits(files: Record<string, string>, edits: readonly Edit[]): Record<string, string> {
  const out = { ...files };
  for (const e of edits) {
    const file = EDITABLE[e.file % EDITABLE.length];
    const lines = out[file].split('\n');
    // never above a shebang (it must stay the first line); anywhere else between two lines
    const first = lines[0].startsWith('#!') ? 1 : 0;
    const at = first + Math.floor(e.at * (lines.length - first));
    lines.splice(at, 0, e.kind === 'blank' ? '' : commentFor(file));
    out[file] = lines.join('\n');
  }
  return out;
}

function writeRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'harden-prop-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** What must not change: every finding's identity, every group's identity and members, every work item's identity and tracked fingerprints. */
async function identities(files: Record<string, string>) {
  const result = await scan(writeRepo(files), { config: {}, cache: false, jobs: 1 });
  const plan = buildPlan(result);
  return {
    findings: result.findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort(),
    groups: result.findings
      .filter((f) => f.locations && f.locations.length > 1)
      .map((f) => `${f.ruleId} ${f.fingerprint} ${[...new Set(f.locations!.map((l) => l.path))].sort().join(',')}`)
      .sort(),
    items: plan.items.map((it) => `${itemIdentity(it)} ${[...it.fingerprints].sort().join(',')}`).sort(),
  };
}

test('blank lines and comment lines inserted across a repository change no finding, group or work item identity', async () => {
  const before = await identities(FILES);
  // the repository has what the property is about
  expect(before.groups.some((g) => g.startsWith('maintainability/duplicated-module'))).toBe(true);
  expect(before.groups.some((g) => g.startsWith('security/hardcoded-secret'))).toBe(true);
  expect(before.groups.some((g) => g.startsWith('config/hardcoded-ip'))).toBe(true);
  expect(before.items.length).toBeGreaterThan(5);

  // the case of the issue: a blank line at the top of every copy of the duplicated module
  const topOfCopies = Object.fromEntries(Object.entries(FILES).map(([p, t]) => [p, p.includes('/rcache/') ? `\n${t}` : t]));
  expect(await identities(topOfCopies)).toEqual(before);

  const edit = fc.record({ file: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), kind: fc.constantFrom<'blank' | 'comment'>('blank', 'comment') });
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 25 }), async (edits) => {
      expect(await identities(applyEdits(FILES, edits))).toEqual(before);
    }),
    { numRuns: 12, seed: 20261202 },
  );
}, 240_000);
