import type { FileRule, RepoRule, Rule } from './types.js';

/**
 * Typed helper for rule modules (like ESLint's createRule): gives inference and a single place to check
 * a rule's own contract at load time.
 */
export function defineRule(rule: FileRule): FileRule;
export function defineRule(rule: RepoRule): RepoRule;
export function defineRule(rule: FileRule | RepoRule): FileRule | RepoRule {
  return rule;
}

export function isFileRule(rule: Rule): rule is FileRule {
  return rule.scope.kind === 'file';
}

/** Whether a text passes a rule's cheap pre-filter (`RuleMeta.prefilter`): one of the strings, or the RegExp. */
export function prefilterMatches(pf: readonly string[] | RegExp, text: string): boolean {
  if (pf instanceof RegExp) return pf.test(text);
  return pf.some((s) => text.includes(s));
}

/** Fills `{placeholder}`s of a message template. Unknown placeholders are left visible on purpose. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
