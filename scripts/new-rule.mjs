#!/usr/bin/env node
// Scaffolds a rule: `npm run new-rule -- <category>/<name>` writes the rule module (with every field a rule
// needs), its test, a fixture file and a corpus folder, then regenerates the registry. The generated rule
// reports nothing until its check is written, and the registry meta-tests fail until its docs examples and
// corpus are real — so a scaffold cannot land unfinished.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const id = process.argv[2] ?? '';
const m = /^(security|shell|reliability|config|observability|ops|hygiene|maintainability)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
if (!m) {
  console.error('usage: npm run new-rule -- <category>/<kebab-name>   (category: security|shell|reliability|config|observability|ops|hygiene|maintainability)');
  process.exit(2);
}
const [, category, name] = m;
const ruleFile = path.join(root, 'src/rules', category, `${name}.ts`);
if (existsSync(ruleFile)) {
  console.error(`${id} exists already: ${path.relative(root, ruleFile)}`);
  process.exit(2);
}
const write = (rel, text) => {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  console.log(`wrote ${rel}`);
};
write(
  `src/rules/${category}/${name}.ts`,
  `import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';

/** Native (ast-grep) matcher: keep filtering in Rust, inspect only candidates in JS. */
const CANDIDATE = { rule: { kind: 'call' } } as const;

export default defineRule({
  id: '${id}',
  title: 'TODO title',
  category: '${category}',
  status: 'experimental',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  scope: { kind: 'file', languages: ['python'] },
  prefilter: ['TODO'],
  messages: {
    found: 'TODO message naming {thing}',
  },
  docs: {
    what: 'TODO what it finds.',
    why: 'TODO why it matters in production.',
    bad: { path: 'app.py', code: 'TODO\\n' },
    good: { path: 'app.py', code: 'TODO\\n' },
    fix: 'TODO the fix.',
    falsePositives: 'TODO known look-alikes and what is not reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.25, cap: 12, kind: 'mechanical', track: '${category}' },
  check({ root }) {
    if (!root) return [];
    return root.findAll(CANDIDATE).filter(() => false).map((n) => ({ messageId: 'found', data: { thing: n.text() }, range: fromSg(n.range()) }));
  },
});
`,
);
write(
  `test/rules/${category}/${name}.test.ts`,
  `import { test } from 'vitest';
import rule from '../../../src/rules/${category}/${name}.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('${id} fixtures', async () => {
  await expectFixtures(rule);
});
`,
);
write(`test/fixtures/${category}/${name}/app.py`, `# expect: ${id}\nTODO = "a line the rule must report"\n\n# ok: ${id}\nTODO_OK = "a look-alike it must not report"\n`);
write(`test/corpus/${category}/${name}/README.md`, `Labelled cases for \`${id}\`: at least 5 \`expect:\` and 5 \`ok:\` look-alikes, written like real code.\n`);
execFileSync(process.execPath, [path.join(root, 'scripts/gen-registry.mjs')], { stdio: 'inherit' });
console.log(`registered ${id} (experimental: off by default until it is stable)`);
