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

/** Per pre-filter: the last text it was tested on and the answer (the engine and the shared walk ask in turn). */
const lastTest = new WeakMap<object, { text: string; hit: boolean }>();

/**
 * Whether a text passes a rule's cheap pre-filter (`RuleMeta.prefilter`): one of the strings, or the RegExp
 * (never a global one, so the answer depends on the text alone). The last answer per pre-filter is kept:
 * `applies` and the shared candidate walk (parse/candidates.ts) test the same file's text one after the other.
 */
export function prefilterMatches(pf: readonly string[] | RegExp, text: string): boolean {
  const last = lastTest.get(pf);
  if (last && last.text === text) return last.hit;
  const hit = pf instanceof RegExp ? pf.test(text) : includesAny(text, pf);
  if (last) {
    last.text = text;
    last.hit = hit;
  } else lastTest.set(pf, { text, hit });
  return hit;
}

/** A loop, not `some` with a closure over the text: engine/reclaim.ts. */
function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** Per template: its text split at the placeholders (odd indexes are the placeholder names). */
const templateParts = new Map<string, string[]>();

/** Fills `{placeholder}`s of a message template. Unknown placeholders are left visible on purpose. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  // A finding's message is built once per finding from a few hundred templates: each is split once.
  let parts = templateParts.get(template);
  if (!parts) {
    if (templateParts.size >= 5000) templateParts.clear();
    templateParts.set(template, (parts = template.split(/\{(\w+)\}/)));
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (key in data ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}
