/** Inline suppressions: `harden-ignore RULE-ID: reason` in any comment syntax, on the line or the line above. */
export interface InlineSuppression {
  line: number;
  ruleId: string;
  reason: string;
  used: boolean;
}

const PATTERN = /harden-ignore[\s:]+([a-z]+\/[a-z0-9-]+|all)\b\s*:?\s*(.*?)\s*(?:-->|\*\/)?\s*$/;

export function findSuppressions(lines: readonly string[], source: string): InlineSuppression[] {
  if (!source.includes('harden-ignore')) return [];
  const out: InlineSuppression[] = [];
  lines.forEach((text, i) => {
    const at = text.indexOf('harden-ignore');
    if (at === -1) return;
    const m = PATTERN.exec(text.slice(at));
    if (m) out.push({ line: i + 1, ruleId: m[1], reason: m[2] || 'no reason given', used: false });
  });
  return out;
}

/** The suppression covering a finding of `ruleId` on `line`, marked used; undefined when none. */
export function matchSuppression(list: InlineSuppression[], ruleId: string, line: number): InlineSuppression | undefined {
  const hit = list.find((s) => (s.ruleId === ruleId || s.ruleId === 'all') && (s.line === line || s.line === line - 1));
  if (hit) hit.used = true;
  return hit;
}
