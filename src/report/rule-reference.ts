import type { Rule } from '../rules/types.js';
import { CATEGORIES } from '../rules/types.js';
import { ruleHelpMarkdown } from './sarif.js';

/** docs/rules.md: every rule's documentation, grouped by category (anchors match SARIF helpUri). */
export function renderRuleReference(rules: readonly Rule[]): string {
  const out = ['# Rule reference', '', 'Generated from the rules by `npm run docs`; do not edit by hand.', ''];
  for (const cat of CATEGORIES) {
    const list = rules.filter((r) => r.category === cat).sort((a, b) => a.id.localeCompare(b.id));
    if (!list.length) continue;
    out.push(`## ${cat}`, '');
    for (const r of list) out.push(`- [\`${r.id}\`](#${r.id.replace('/', '')}) — ${r.title} (${r.severity})`);
    out.push('');
  }
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    const rem = r.remediation;
    out.push(
      `<a id="${r.id.replace('/', '')}"></a>`,
      '',
      `# \`${r.id}\``,
      '',
      `Severity **${r.severity}** · confidence ${r.confidence} · ${r.scope.kind === 'repo' ? 'repository-level' : `files: ${r.scope.languages.join(', ')}`}` +
        `${r.cwe?.length ? ` · ${r.cwe.join(', ')}` : ''} · status ${r.status}`,
      '',
      `Remediation: ${rem.kind}, track ${rem.track}, first fix ${rem.effort}` +
        `${rem.perExtraOccurrence ? `, +${rem.perExtraOccurrence} h per further occurrence` : ''}${rem.perFile ? `, +${rem.perFile} h per further file` : ''}${rem.cap ? `, capped at ${rem.cap} h` : ''}` +
        ' (the plan calibrates these in src/plan/, see docs/effort-model.md).',
      '',
      ruleHelpMarkdown(r).replace(/^## /, '### ').replace(/\n### /g, '\n#### '),
      '',
    );
  }
  return `${out.join('\n')}\n`;
}
