import { expect, test } from 'vitest';
import { ALL_RULES } from '../src/rules/index.js';
import { evaluateCorpus, formatScores } from './helpers/corpus-eval.js';

test('labelled corpus: every stable rule has ≥5 positive and ≥5 negative cases and precision/recall ≥ 0.9', async () => {
  const scores = await evaluateCorpus(ALL_RULES);
  const problems: string[] = [];
  for (const rule of ALL_RULES.filter((r) => r.status === 'stable')) {
    const s = scores.find((x) => x.ruleId === rule.id)!;
    if (s.positives < 5) problems.push(`${rule.id}: ${s.positives} positive cases (< 5)`);
    if (s.negatives < 5) problems.push(`${rule.id}: ${s.negatives} negative cases (< 5)`);
    if (s.precision < 0.9) problems.push(`${rule.id}: precision ${s.precision.toFixed(2)} — FPs ${s.falsePositives.join(', ')}`);
    if (s.recall < 0.9) problems.push(`${rule.id}: recall ${s.recall.toFixed(2)} — misses ${s.misses.join(', ')}`);
  }
  expect(problems, formatScores(scores)).toEqual([]);
}, 300_000);
