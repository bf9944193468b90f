import { expect, test } from 'vitest';
import { scan } from '../../../src/index.js';
import rule from '../../../src/rules/observability/print-logging.js';
import { expectFixtures } from '../../helpers/fixtures.js';
import { tempRepo } from '../../helpers/temp-repo.js';

test('observability/print-logging fixtures', async () => {
  await expectFixtures(rule);
});

test('one finding per file lists every counted call as a location', async () => {
  const dir = tempRepo({
    'app/worker.py': 'import time\n\n\ndef run(q):\n    while True:\n        print("got", q.pop())\n        time.sleep(1)\n        print("done")\n\n\ndef stop():\n    print("bye", file=open("/tmp/x", "w"))\n',
  });
  const res = await scan(dir, { rules: [rule], config: {} });
  const found = res.findings.filter((f) => f.ruleId === rule.id);
  expect(found).toHaveLength(1);
  expect(found[0].line).toBe(6);
  expect(found[0].locations?.map((l) => l.line)).toEqual([6, 8]);
  expect(found[0].locations?.every((l) => l.path === 'app/worker.py' && l.snippet.startsWith('print('))).toBe(true);
});
