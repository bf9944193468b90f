/**
 * `npm run eval:external`: harden scored on code nobody here wrote — peers' labelled test suites (ruff, gitleaks,
 * bandit) and real repositories adjudicated by hand (test/realworld/). The local copies live under
 * $HARDEN_EXTERNAL_DIR/<name> at the pinned commits of scripts/external/sources.ts; without it the script lists
 * what it needs and exits 2. Not part of `npm test`.
 *
 *   --verbose          every miss, false positive and unlabelled finding
 *   --json FILE        the tallies as JSON (for before/after comparisons)
 *   --draft FILE       unlabelled real-repository findings as adjudication stubs (verdict left empty)
 *   --only NAME        one source (repeatable)
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreBandit } from './external/bandit.js';
import { scoreGitleaks } from './external/gitleaks.js';
import { loadMapping } from './external/mapping.js';
import { labelledRepos, loadAdjudications, localName, scoreRealworld } from './external/realworld.js';
import { scoreRuff } from './external/ruff.js';
import { formatScores, type Scores } from './external/score.js';
import { howToGet, SOURCES } from './external/sources.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const verbose = args.includes('--verbose');
const dir = process.env.HARDEN_EXTERNAL_DIR;

const labels = loadAdjudications();
const needed = [...SOURCES];
for (const { repo, commit } of labelledRepos(labels)) {
  if (!needed.some((s) => s.repo === repo && s.commit === commit))
    needed.push({ name: localName(repo), repo, commit, kind: 'realworld', uses: 'adjudicated by another session (test/realworld/)' });
}

if (!dir || !existsSync(dir)) {
  console.error(`HARDEN_EXTERNAL_DIR is ${dir ? `"${dir}", which does not exist` : 'not set'}. This evaluation needs local copies of:\n`);
  for (const s of needed) console.error(`  ${s.name.padEnd(32)} ${s.repo}@${s.commit}\n    ${s.uses}\n    ${howToGet(s, '$HARDEN_EXTERNAL_DIR')}\n`);
  console.error('Then: HARDEN_EXTERNAL_DIR=/path/to/copies npm run eval:external');
  process.exit(2);
}

const mapping = loadMapping();
const scores: Scores = new Map();
const log: string[] = [];
const realworld = new Set<string>();
const labelCounts: Record<string, number> = {};
const missing: string[] = [];
const draft: unknown[] = [];

for (const s of needed) {
  if (only.length && !only.includes(s.name)) continue;
  const root = path.join(dir, s.name);
  if (!existsSync(root)) {
    missing.push(`${s.name} (${howToGet(s, dir)})`);
    continue;
  }
  const work = mkdtempSync(path.join(tmpdir(), `harden-ext-${s.name}-`));
  try {
    if (s.name === 'ruff') labelCounts.ruff = await scoreRuff(root, mapping.ruff, work, scores, log);
    else if (s.name === 'gitleaks') labelCounts.gitleaks = await scoreGitleaks(root, mapping.gitleaks, work, scores, log);
    else if (s.name === 'bandit') labelCounts.bandit = await scoreBandit(root, mapping.bandit, work, scores, log);
    else {
      realworld.add(s.name);
      const unl = await scoreRealworld(root, s.repo, s.commit, labels, scores, log);
      labelCounts[s.name] = labels.filter((l) => l.repo === s.repo && l.commit === s.commit).length;
      for (const f of unl) draft.push({ repo: s.repo, commit: s.commit, path: f.path, line: f.line, rule: f.rule, verdict: '', reason: '', message: f.message, severity: f.severity, confidence: f.confidence });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

console.log(formatScores(scores, realworld));
console.log(`\nlabelled cases: ${Object.entries(labelCounts).map(([k, v]) => `${k} ${v}`).join(', ')} (peer suites ${['ruff', 'gitleaks', 'bandit'].reduce((a, k) => a + (labelCounts[k] ?? 0), 0)})`);
if (missing.length) console.log(`\nnot scored (no local copy): \n  ${missing.join('\n  ')}`);
const unlabelled = log.filter((l) => l.includes(' unlabelled: ')).length;
if (unlabelled) console.log(`\n${unlabelled} unlabelled finding(s) on the real repositories${verbose ? '' : ' (--verbose lists them)'}`);
if (verbose) console.log(`\n${log.join('\n')}`);
const jsonOut = flag('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ labelCounts, scores: Object.fromEntries([...scores].map(([k, v]) => [k, Object.fromEntries(v)])) }, null, 2));
const draftOut = flag('--draft');
if (draftOut) writeFileSync(draftOut, JSON.stringify(draft, null, 1));
