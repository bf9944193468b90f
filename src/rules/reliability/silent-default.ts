import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { fromSg } from '../../parse/position.js';
import type { FindingDraft } from '../types.js';

/** A float zero literal: `0.0`, `0.`, `.0`, `0e0` (an int `0` is the usual counter default and is not reported). */
const FLOAT_ZERO = /^(0\.0*|\.0+|0(\.0*)?e[+-]?\d+)$/i;
/** `.get(key, 0.0)`, `getattr(obj, name, 0.0)`, `<read> or 0.0` (superset; the check reads the parts). */
const CANDIDATES = {
  rule: {
    any: [
      { kind: 'call', has: { field: 'arguments', has: { kind: 'float', regex: '^(0\\.0*|\\.0+|0(\\.0*)?[eE][+-]?\\d+)$' } } },
      { kind: 'boolean_operator', has: { field: 'right', kind: 'float' } },
    ],
  },
};

export default defineRule({
  id: 'reliability/silent-default',
  title: 'Missing numeric data replaced by 0.0',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'file', languages: ['python'] },
  prefilter: /(?:^|[^\w.])(?:0\.0*|\.0+)\b/,
  messages: {
    get: '{expr}: a missing {what} silently becomes 0.0',
    or: '{expr}: a missing or zero value silently becomes 0.0',
  },
  docs: {
    what:
      'Python reads of measurements or fields that fall back to a float zero when the value is missing: `d.get(key, 0.0)`, `getattr(obj, name, 0.0)`, `d.get(key) or 0.0`, `row["price"] or 0.0`.',
    why:
      'A missing reading turned into `0.0` is indistinguishable from a real zero: averages drop, sums under-count, models score sensors that never reported and dashboards show a price of 0 instead of a gap. The data is silently corrupted at the point where the problem was still visible.',
    bad: { path: 'features.py', code: 'def features(frame):\n    return [frame["thickness"], frame.get("weld_current", 0.0)]\n' },
    good: {
      path: 'features.py',
      code: 'def features(frame):\n    if "weld_current" not in frame:\n        raise ValueError("frame lacks weld_current")\n    return [frame["thickness"], frame["weld_current"]]\n',
    },
    fix: 'Decide with the data owner what a missing value means: skip the record, mark it (`None`/`NaN` that the next stage handles explicitly), or fail; log and count every record that lacked the field.',
    falsePositives:
      'Only float zeros are reported: `d.get("count", 0)` (a counter) and other defaults (`0.5`, `1.0`) are not. A parameter default (`def f(x=0.0)`) and a plain assignment (`total = 0.0`) are not reads of data. Tests, examples and docs count with lower severity.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.15, perFile: 0.3, cap: 8, kind: 'refactor', track: 'data' },
  check({ root }) {
    if (!root) return [];
    const out: FindingDraft[] = [];
    for (const n of root.findAll(CANDIDATES)) {
      if (n.kind() === 'call') {
        const d = getDefault(n);
        if (d) out.push(d);
      } else {
        const d = orDefault(n);
        if (d) out.push(d);
      }
    }
    return out;
  },
});

function getDefault(call: SgNode): FindingDraft | undefined {
  const fn = call.field('function');
  const args = (call.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
  const isGet = fn?.kind() === 'attribute' && fn.field('attribute')?.text() === 'get' && args.length === 2;
  const isGetattr = fn?.kind() === 'identifier' && fn.text() === 'getattr' && args.length === 3;
  if (!isGet && !isGetattr) return undefined;
  const dflt = args[args.length - 1];
  if (dflt.kind() !== 'float' || !FLOAT_ZERO.test(dflt.text())) return undefined;
  const key = args[args.length - 2].text();
  const expr = call.text().length > 60 ? `${call.text().slice(0, 57)}…` : call.text();
  return { messageId: 'get', data: { expr, what: /^['"]/.test(key) ? key.slice(1, -1) : 'value' }, range: fromSg(call.range()), matched: call.text() };
}

function orDefault(op: SgNode): FindingDraft | undefined {
  if (op.field('operator')?.text() !== 'or' && !/\bor\b/.test(op.text())) return undefined;
  const right = op.field('right');
  const left = op.field('left');
  if (!right || right.kind() !== 'float' || !FLOAT_ZERO.test(right.text()) || !left) return undefined;
  // A read of data on the left: a call (`row.get("price")`, `float(x)`), a subscript, an attribute.
  if (!['call', 'subscript', 'attribute'].includes(String(left.kind()))) return undefined;
  const expr = op.text().length > 60 ? `${op.text().slice(0, 57)}…` : op.text();
  return { messageId: 'or', data: { expr }, range: fromSg(op.range()), matched: op.text() };
}
