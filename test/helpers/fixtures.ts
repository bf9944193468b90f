import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { classify, fileContext } from '../../src/discover/classify.js';
import { analyzeFile } from '../../src/engine/analyze-file.js';
import { parseAnnotations } from '../../src/engine/annotations.js';
import { isFileRule } from '../../src/rules/define.js';
import type { Rule } from '../../src/rules/types.js';
import { scan } from '../../src/index.js';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

function walkFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) {
      if (dir === base && name.startsWith('repo-')) continue;
      out.push(...walkFiles(abs, base));
    } else out.push(abs);
  }
  return out;
}

/**
 * Checks a rule against its fixture folder `test/fixtures/<category>/<name>/`:
 * - every annotated file: the set of lines with `expect: <id>` must equal the set of lines the rule reports;
 *   `todo-*` annotations are printed, not enforced;
 * - every `repo-<case>/` mini-repository is scanned with only this rule and compared to its `expected.yaml`
 *   (`findings: [{path, line?, message?}]`, an empty list meaning none).
 */
export async function expectFixtures(rule: Rule): Promise<void> {
  const dir = path.join(FIXTURES, rule.id);
  const files = walkFiles(dir).filter((f) => !f.endsWith('expected.yaml'));
  let checked = 0;
  if (isFileRule(rule)) {
    for (const abs of files) {
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      const source = readFileSync(abs, 'utf8');
      const anns = parseAnnotations(source).filter((a) => a.ruleId === rule.id);
      const { lang, role } = classify(rel, source.split('\n')[0]);
      const context = fileContext(rel, lang);
      const res = analyzeFile(
        { abs, path: rel, size: statSync(abs).size, lang, role, context, component: '.' },
        { rules: [rule], maxFileBytes: 50 * 1024 * 1024 },
      );
      const crashed = res.notices.filter((n) => n.kind === 'rule-crashed');
      expect(crashed, `${rel}: rule crashed`).toEqual([]);
      // What the scan decides with the whole repository (a fixture file alone is started by nothing; a moot
      // finding's other file must exist among the fixtures).
      const kept = res.findings.filter((f) => !f.onlyIfStartedUnattended && !f.unlessFileExists?.some((p) => files.includes(path.join(dir, p))));
      const found = [...new Set(kept.map((f) => f.line))].sort((a, b) => a - b);
      const wanted = [...new Set(anns.filter((a) => a.kind === 'expect').map((a) => a.line))].sort((a, b) => a - b);
      const oks = anns.filter((a) => a.kind === 'ok').map((a) => a.line);
      expect({ file: rel, lines: found }, `${rel}: reported lines (left) vs expect: lines (right)`).toEqual({ file: rel, lines: wanted });
      for (const l of oks) expect(found.includes(l), `${rel}:${l} is marked ok: but was reported`).toBe(false);
      checked++;
    }
  }
  for (const name of readdirSync(dir).filter((n) => n.startsWith('repo-')).sort()) {
    const repo = path.join(dir, name);
    const spec = parseYaml(readFileSync(path.join(repo, 'expected.yaml'), 'utf8')) as {
      findings: Array<{ path: string; line?: number; message?: string }>;
    };
    // The case's own expected.yaml is not part of the repository (repo rules read every file's text).
    const res = await scan(repo, { rules: [rule], config: { exclude: ['/expected.yaml'] } });
    const got = res.findings.filter((f) => f.ruleId === rule.id);
    const norm = (xs: Array<{ path: string; line?: number }>) => xs.map((x) => `${x.path}:${x.line ?? 0}`).sort();
    expect(norm(got), `${name}: findings`).toEqual(norm(spec.findings ?? []));
    for (const want of spec.findings ?? []) {
      if (!want.message) continue;
      // Several repo-level findings can share a path and line 0: any of them may carry the message.
      const at = got.filter((g) => g.path === want.path && g.line === (want.line ?? 0));
      const f = at.find((g) => g.message.includes(want.message!)) ?? at[0];
      expect(f?.message, `${name}: message of ${want.path}`).toContain(want.message);
    }
    checked++;
  }
  expect(checked, `no fixtures found in ${dir}`).toBeGreaterThan(0);
}
