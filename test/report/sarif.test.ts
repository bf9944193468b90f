import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { toReportModel } from '../../src/report/model.js';
import { sarifReport } from '../../src/report/sarif.js';
import { tempRepo } from '../helpers/temp-repo.js';

const require = createRequire(import.meta.url);
/** The official SARIF 2.1.0 (rtm.5) JSON schema, as shipped by Microsoft's @microsoft/jest-sarif. */
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

export function validateSarif(text: string): string[] {
  // CommonJS packages, loaded with require so their exports are the class/function themselves.
  type AjvLike = { compile(s: object): ((d: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null } };
  const Ajv = require('ajv-draft-04') as new (o: object) => AjvLike;
  const addFormats = require('ajv-formats') as (a: AjvLike) => void;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const ok = validate(JSON.parse(text));
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

test('SARIF output of a scan with findings, grouped locations, suppressions and skipped files validates', async () => {
  const dir = tempRepo({
    'svc/a.py': 'try:\n    x()\nexcept:\n    cleanup()\n',
    'svc/b.py': 'try:\n    x()\n# harden-ignore reliability/bare-except: legacy shim, removed in Q3\nexcept:\n    cleanup()\n',
    'bin.dat': Buffer.from([0, 1, 2, 3]),
  });
  const res = await scan(dir, { config: {} });
  const text = sarifReport(toReportModel(res, { name: 'harden', version: '0.1.0', informationUri: 'https://example.com/harden' }, path.basename(dir)));
  expect(validateSarif(text)).toEqual([]);
  const log = JSON.parse(text);
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>; partialFingerprints: Record<string, string>; suppressions?: unknown[] }>;
  const a = results.find((r) => r.ruleId === 'reliability/bare-except' && r.locations[0].physicalLocation.artifactLocation.uri === 'svc/a.py');
  expect(a?.ruleId).toBe('reliability/bare-except');
  expect(a?.level).toBe('warning');
  expect(a?.locations[0].physicalLocation.region.startLine).toBe(3);
  expect(a?.partialFingerprints['harden/v1']).toMatch(/^[0-9a-f]{20}$/);
  const b = results.find((r) => r.ruleId === 'reliability/bare-except' && r.locations[0].physicalLocation.artifactLocation.uri === 'svc/b.py');
  expect(b?.suppressions).toHaveLength(1);
  const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'reliability/bare-except');
  expect(rule.shortDescription.text).toBeTruthy();
  expect(rule.fullDescription.text).toBeTruthy();
  expect(rule.help.markdown).toContain('Fix');
  expect(rule.properties.tags).toContain('reliability');
});

test('the validator rejects a broken log (the test can fail)', () => {
  expect(validateSarif(JSON.stringify({ version: '2.1.0', runs: [{ results: [] }] })).length).toBeGreaterThan(0);
});
