import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { CATEGORIES, SEVERITIES } from '../../src/rules/types.js';
import { tempRepo } from '../helpers/temp-repo.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('rule registry contract', () => {
  test('rules are registered', () => {
    expect(ALL_RULES.length).toBeGreaterThan(0);
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      test('id, file, test, fixtures and corpus share the name', () => {
        const [category, name] = rule.id.split('/');
        expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(CATEGORIES).toContain(category);
        expect(rule.category).toBe(category);
        // A rule past ~400 lines is a folder (<name>/index.ts with one extractor per language).
        expect(existsSync(path.join(ROOT, 'src/rules', category, `${name}.ts`)) || existsSync(path.join(ROOT, 'src/rules', category, name, 'index.ts'))).toBe(true);
        expect(existsSync(path.join(ROOT, 'test/rules', category, `${name}.test.ts`))).toBe(true);
        expect(existsSync(path.join(ROOT, 'test/fixtures', category, name))).toBe(true);
        expect(existsSync(path.join(ROOT, 'test/corpus', category, name)), 'labelled corpus folder').toBe(true);
      });

      test('docs are complete and classification valid', () => {
        const d = rule.docs;
        for (const k of ['what', 'why', 'fix', 'falsePositives'] as const) expect(d[k], `docs.${k}`).toBeTruthy();
        expect(d.bad.code.trim()).not.toBe('');
        expect(d.good.code.trim()).not.toBe('');
        expect(SEVERITIES).toContain(rule.severity);
        expect(rule.title.length).toBeGreaterThan(3);
        expect(rule.remediation.track).toBeTruthy();
        if (rule.category === 'security') expect(rule.cwe?.length, 'security rules name their CWE').toBeGreaterThan(0);
      });

      test('every message id is used and dependsOn ids exist', () => {
        const [category, name] = rule.id.split('/');
        const file = path.join(ROOT, 'src/rules', category, `${name}.ts`);
        const folder = path.join(ROOT, 'src/rules', category, name);
        const src = existsSync(file)
          ? readFileSync(file, 'utf8')
          : readdirSync(folder)
              .filter((f) => f.endsWith('.ts'))
              .map((f) => readFileSync(path.join(folder, f), 'utf8'))
              .join('\n');
        for (const id of Object.keys(rule.messages)) {
          const uses = src.split(new RegExp(`['"\`]${id}['"\`]|\\b${id}\\s*:`)).length - 1;
          expect(uses, `message id '${id}' declared and used`).toBeGreaterThanOrEqual(2);
        }
        const ids = new Set(ALL_RULES.map((r) => r.id));
        for (const dep of rule.remediation.dependsOn ?? []) expect(ids.has(dep), `dependsOn ${dep}`).toBe(true);
      });

      test('docs examples: bad gives exactly one finding, good none', async () => {
        const bad = await scan(tempRepo({ ...rule.docs.bad.files, [rule.docs.bad.path]: rule.docs.bad.code }, { git: rule.docs.bad.git }), { rules: [rule], config: {} });
        const badHits = bad.findings.filter((f) => f.ruleId === rule.id);
        expect(badHits.map((f) => f.message), 'bad example').toHaveLength(1);
        expect(badHits[0].message).not.toMatch(/\{\w+\}/);
        const good = await scan(tempRepo({ ...rule.docs.good.files, [rule.docs.good.path]: rule.docs.good.code }, { git: rule.docs.good.git }), { rules: [rule], config: {} });
        expect(good.findings.filter((f) => f.ruleId === rule.id).map((f) => f.message), 'good example').toEqual([]);
      });
    });
  }
});
