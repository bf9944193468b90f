/** `npm run eval`: precision and recall per rule on the labelled corpus in test/corpus/. */
import { ALL_RULES } from '../src/rules/index.js';
import { evaluateCorpus, formatScores } from '../test/helpers/corpus-eval.js';

const scores = await evaluateCorpus(ALL_RULES);
console.log(formatScores(scores));
const verbose = process.argv.includes('--verbose');
for (const s of scores) {
  if (!verbose && s.precision >= 0.9 && s.recall >= 0.9) continue;
  if (s.falsePositives.length) console.log(`\n${s.ruleId} false positives:\n  ${s.falsePositives.join('\n  ')}`);
  if (s.misses.length) console.log(`\n${s.ruleId} misses:\n  ${s.misses.join('\n  ')}`);
}
const below = scores.filter((s) => s.precision < 0.9 || s.recall < 0.9);
if (below.length) {
  console.log(`\n${below.length} rule(s) below 0.9: ${below.map((s) => s.ruleId).join(', ')}`);
  process.exitCode = 1;
}
