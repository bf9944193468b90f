import { defineRule } from '../define.js';
import { basename, signalFiles } from '../_repo-signals.js';
import type { RepoFindingDraft } from '../types.js';

/** Without a named constant elsewhere, a value must appear this many times (in ≥ 2 files) to be reported. */
export const MIN_UNNAMED_OCCURRENCES = 3;
const CONFIG_FILE = /(^|[_-])(config|configs|settings|conf|constants|consts|params|parameters|thresholds|defaults)([_-]|\.|$)/i;

/** One number however it is written: `0.90`, `0.9` and `.9` are the same threshold. */
const numberKey = (v: string): string => {
  const n = Number(v.replace(/_/g, ''));
  return Number.isFinite(n) ? String(n) : v;
};

export default defineRule({
  id: 'config/magic-threshold',
  title: 'Threshold literal repeated across files',
  category: 'config',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'low',
  scope: { kind: 'repo' },
  messages: {
    named: '`{meaning}` compared with {value} in {files} files ({count} places) although `{config}` defines it as `{constant}`',
    unnamed: '`{meaning}` compared with {value} in {files} files ({count} places) with no named setting',
  },
  docs: {
    what:
      'The same numeric threshold compared with the same quantity, or passed as the same threshold-like keyword argument, in several product files (`metrics["auc"] >= 0.62` in three modules, `confidence_threshold=0.8` in two): one finding per value and meaning, with every place, and the constant of a config module that already defines that value. A value used once, or compared with different quantities, is not a group.',
    why:
      'A threshold written as a literal in several places is one decision kept in several copies: retuning it means finding every copy, and the copy that is missed silently keeps the old behaviour (one model promoted at 0.62, another at 0.60). When a config module already names the value, the literals bypass it and the config is no longer the truth.',
    bad: {
      path: 'train/promote.py',
      code: 'def promote(metrics):\n    return metrics["auc"] >= 0.62\n',
      files: {
        'train/report.py': 'def passed(metrics):\n    return metrics["auc"] >= 0.62\n',
        'serve/gate.py': 'def allowed(metrics):\n    return metrics["auc"] >= 0.62\n',
      },
    },
    good: {
      path: 'train/promote.py',
      code: 'from config import MIN_AUC\n\n\ndef promote(metrics):\n    return metrics["auc"] >= MIN_AUC\n',
      files: {
        'config.py': 'MIN_AUC = 0.62\n',
        'train/report.py': 'from config import MIN_AUC\n\n\ndef passed(metrics):\n    return metrics["auc"] >= MIN_AUC\n',
      },
    },
    fix: 'Give the threshold one name in the settings module (`MIN_AUC = 0.62`, with a comment saying why this value) and compare with the name everywhere; when the config already defines it, replace the literals with that constant.',
    falsePositives:
      'Only ordering comparisons (`<`, `<=`, `>`, `>=`) and threshold-like keyword arguments (`threshold=`, `min_…=`, `confidence=` …) count. Trivial numbers (0, 1, 2, 10, 100, 1000, and 0.5 unless compared with a score/probability) are never reported, integers only when the compared name reads like a threshold, and comparisons with lengths, counters, versions, status codes and loop variables are ignored. A value must be compared with the same name in at least two files (`0.90` and `0.9` are one value). Tests, examples and generated files are not read.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.15, perFile: 0.2, cap: 6, kind: 'mechanical', track: 'config', dependsOn: ['config/duplicated-settings'] },
  check(facts) {
    const uses = new Map<string, Array<{ path: string; line: number; literal: string }>>();
    const constants = new Map<string, { path: string; name: string }>();
    for (const { file, sig } of signalFiles(facts)) {
      if (sig.flags?.includes('generated')) continue;
      const isConfig = CONFIG_FILE.test(basename(file.path));
      if (isConfig) for (const [name, value] of sig.constants ?? []) if (!constants.has(numberKey(value))) constants.set(numberKey(value), { path: file.path, name });
      if (isConfig) continue;
      for (const [value, meaning, line] of sig.thresholds ?? []) {
        const key = `${numberKey(value)}\0${meaning}`;
        const l = uses.get(key) ?? [];
        l.push({ path: file.path, line, literal: value });
        uses.set(key, l);
      }
    }
    const out: RepoFindingDraft[] = [];
    for (const [key, places] of [...uses.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const [norm, meaning] = key.split('\0');
      const files = new Set(places.map((p) => p.path));
      if (files.size < 2) continue;
      const cfg = constants.get(norm);
      if (!cfg && places.length < MIN_UNNAMED_OCCURRENCES) continue;
      const sorted = [...places].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
      const head = sorted[0];
      const value = head.literal;
      out.push({
        messageId: cfg ? 'named' : 'unnamed',
        data: { meaning, value, files: files.size, count: places.length, config: cfg?.path ?? '', constant: cfg?.name ?? '' },
        path: head.path,
        range: { start: { line: head.line, column: 1 }, end: { line: head.line, column: 1 } },
        locations: sorted.map(({ path, line }) => ({ path, line })),
        matched: `threshold:${meaning}:${value}`,
      });
    }
    return out;
  },
});
