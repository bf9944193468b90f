/** `npm run docs`: writes docs/rules.md, the rule reference, from the rules' own documentation. */
import { writeFileSync } from 'node:fs';
import { renderRuleReference } from '../src/report/rule-reference.js';
import { ALL_RULES } from '../src/rules/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRuleReference(ALL_RULES));
console.log(`docs/rules.md: ${ALL_RULES.length} rules`);
