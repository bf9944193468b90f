import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderRuleReference } from '../../src/report/rule-reference.js';
import { ALL_RULES } from '../../src/rules/index.js';

test('docs/rules.md is generated from the current rules (run `npm run docs`)', () => {
  const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  expect(committed).toBe(renderRuleReference(ALL_RULES));
});
