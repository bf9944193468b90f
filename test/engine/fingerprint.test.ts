import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { tempRepo } from '../helpers/temp-repo.js';

const bare = ALL_RULES.filter((r) => r.id === 'reliability/bare-except');

test('fingerprints survive line moves and reformatting, and differ between occurrences', async () => {
  const body = 'def a():\n    try:\n        x()\n    except:\n        cleanup()\n\ndef b():\n    try:\n        y()\n    except:\n        cleanup()\n';
  const dir = tempRepo({ 'm.py': body });
  const before = (await scan(dir, { rules: bare, config: {} })).findings.map((f) => f.fingerprint);
  expect(before).toHaveLength(2);
  expect(new Set(before).size).toBe(2);
  writeFileSync(path.join(dir, 'm.py'), `"""Module docstring."""\nimport os\n\n\n${body}`);
  const moved = await scan(dir, { rules: bare, config: {} });
  expect(moved.findings.map((f) => f.line)).toEqual([8, 14]);
  expect(moved.findings.map((f) => f.fingerprint)).toEqual(before);
});

test('the same finding in another file has another fingerprint', async () => {
  const code = 'try:\n    x()\nexcept:\n    cleanup()\n';
  const dir = tempRepo({ 'a.py': code, 'b.py': code });
  const fps = (await scan(dir, { rules: bare, config: {} })).findings.map((f) => f.fingerprint);
  expect(new Set(fps).size).toBe(2);
});
