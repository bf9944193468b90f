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

/** Fills `{placeholder}`s of a message template. Unknown placeholders are left visible on purpose. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
