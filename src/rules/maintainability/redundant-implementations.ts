import { defineRule } from '../define.js';
import { basename, ImportIndex, isJs, isPython, listNames, signalFiles, type SignalFile } from '../_repo-signals.js';
import { GENERATED_PATH } from './_module-fingerprint.js';
import type { RepoFindingDraft } from '../types.js';

/**
 * Name parts that mark a variant of the same module: `predictor_fast`, `production_predictor`,
 * `batch_predictor`, `collect_prices_pg`, `predictor_v2`, `old_predictor` …
 */
/** Name parts that say a module was superseded. */
const RETIRED = /(^|[_.-])(old|legacy|deprecated|backup|bak|orig|unused|obsolete)([_.-]|$)/i;
const VARIANT =
  /^(fast|faster|new|old|legacy|prod|production|batch|simple|simplified|optimized|optimised|improved|enhanced|refactored|alt|alternative|async|sync|parallel|threaded|gpu|cpu|local|remote|pg|postgres|postgresql|mysql|sqlite|redis|mongo|v\d+|\d+|copy|backup|bak|orig|original|final|tmp|temp|test|experimental|exp|draft|lite|light|full|quick|realtime|live|offline|online|standalone|direct|updated|latest|current|next|beta|fixed|working|patched)$/i;
/** Definitions too generic to say two modules do the same job. */
const GENERIC_DEF = /^(main|run|setup|init|__init__|handler|index|default|app|test|parse_args|get_args|cli|usage|log|logger)$/i;
/** Two modules of a family share at least this many definitions, or this share of the smaller one's. */
export const MIN_SHARED_DEFS = 2;
export const MIN_SHARED_SHARE = 0.5;
const MAX_FAMILY = 8;

/** The stem of a module name once variant markers are removed: `production_predictor_v2` → `predictor`. */
export function stemOf(path: string): string {
  const base = basename(path).replace(/\.(py|[cm]?[jt]sx?)$/, '');
  const parts = base.split(/[_-]|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
  const kept = parts.filter((p) => !VARIANT.test(p));
  return (kept.length ? kept : parts).join('_').toLowerCase();
}

export default defineRule({
  id: 'maintainability/redundant-implementations',
  title: 'Several implementations of the same module',
  category: 'maintainability',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'repo' },
  nonProduct: 'drop',
  messages: {
    family: '{count} implementations of `{stem}` ({names}) share {defs}; keep `{kept}` and retire the others',
  },
  docs: {
    what:
      'Families of product modules doing the same job: files whose names differ only by variant markers (`predictor.py`, `predictor_fast.py`, `production_predictor.py`, `batch_predictor.py`; `collect_prices.py` vs `collect_prices_pg.py`; `_v2`, `_new`, `_old`, `_legacy` …) in the same component, and that define the same functions or classes (at least two shared definitions, or half of the smaller module). One finding per family, listing every member and the one to keep (never one named as retired — `_old`, `_legacy`, `_backup` …; else the most imported, then one a template or configuration names, then the plain name). Exact and near copies are maintainability/duplicated-module.',
    why:
      'Redundant implementations split every fix and every improvement: the bug fixed in `predictor.py` stays in `predictor_fast.py`, the model change reaches one of them, and which one production runs is folklore. Each extra variant multiplies the hardening work — timeouts, logging, error handling — done inside it.',
    bad: {
      path: 'inference/predictor.py',
      code: 'def load_model(path):\n    return open(path).read()\n\n\ndef predict(model, rows):\n    return [model for _ in rows]\n',
      files: {
        'inference/predictor_fast.py': 'def load_model(path):\n    return open(path, "rb").read()\n\n\ndef predict(model, rows):\n    return [model] * len(rows)\n',
      },
    },
    good: {
      path: 'inference/predictor.py',
      code: 'def load_model(path):\n    return open(path).read()\n\n\ndef predict(model, rows, batch=False):\n    return [model for _ in rows]\n',
      files: { 'inference/features.py': 'def build(rows):\n    return rows\n' },
    },
    fix: 'Find out which variant production runs (deploy config, imports), merge the improvements of the others into it behind options if needed, point callers to it, and delete the rest. Do this before hardening fixes inside them, so each fix is made once.',
    falsePositives:
      'Same-stem modules that define different things (`prices_pg.py` holding only SQL, `prices.py` the collector) are not a family. Variants must sit in the same component. Files that are exact copies are left to duplicated-module. Tests, examples, generated files and `__init__`/`index` files are not read. Backends chosen at runtime (one implementation per database) are a legitimate design: suppress with the reason.',
  },
  remediation: { effort: 'M', perExtraOccurrence: 0.5, perFile: 0.5, cap: 10, kind: 'refactor', track: 'quality' },
  check(facts) {
    const imports = new ImportIndex(facts);
    const byStem = new Map<string, SignalFile[]>();
    for (const sf of signalFiles(facts)) {
      const { file, sig } = sf;
      if (!(isPython(file) || isJs(file)) || GENERATED_PATH.test(file.path) || sig.flags?.includes('generated')) continue;
      if (/^(__init__|__main__|index)\./.test(basename(file.path)) || !sig.defs?.length) continue;
      const key = `${file.component}\0${isPython(file) ? 'py' : 'js'}\0${stemOf(file.path)}`;
      byStem.set(key, [...(byStem.get(key) ?? []), sf]);
    }
    const out: RepoFindingDraft[] = [];
    for (const [key, list] of [...byStem.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (list.length < 2 || list.length > MAX_FAMILY) continue;
      const names = new Set(list.map((s) => basename(s.file.path)));
      if (names.size < 2) continue; // the same name in several folders: copies or per-service modules
      const hashes = list.map((s) => facts.perFile.get(s.file.path)?.tokenHash ?? s.file.hash);
      const defsOf = (s: SignalFile) => new Set((s.sig.defs ?? []).map(([n]) => n).filter((n) => !GENERIC_DEF.test(n)));
      // Members linked to another member by shared definitions (and not an identical copy of it).
      const members = list.filter((a, i) =>
        list.some((b, j) => {
          if (i === j || basename(a.file.path) === basename(b.file.path) || (hashes[i] && hashes[i] === hashes[j])) return false;
          const da = defsOf(a);
          const db = defsOf(b);
          const shared = [...da].filter((d) => db.has(d)).length;
          return shared >= MIN_SHARED_DEFS || (shared >= 1 && shared >= MIN_SHARED_SHARE * Math.min(da.size, db.size));
        }),
      );
      if (members.length < 2) continue;
      const common = [...defsOf(members[0])].filter((d) => members.some((m, i) => i > 0 && defsOf(m).has(d))).sort();
      const stem = key.split('\0')[2];
      const ranked = [...members].sort((a, b) => {
        const ia = imports.importers(a.file).length;
        const ib = imports.importers(b.file).length;
        const plain = (s: SignalFile) => (basename(s.file.path).replace(/\.\w+$/, '').toLowerCase() === stem ? 0 : 1);
        // A member named as retired (`_old`, `_legacy`, `_backup` …) is never the one to keep over a live one.
        const retired = (s: SignalFile) => (RETIRED.test(basename(s.file.path).replace(/\.\w+$/, '')) ? 1 : 0);
        const mentioned = (s: SignalFile) => (imports.mentionedBy(s.file) ? 0 : 1);
        return retired(a) - retired(b) || ib - ia || mentioned(a) - mentioned(b) || plain(a) - plain(b) || (a.file.path < b.file.path ? -1 : 1);
      });
      const kept = ranked[0];
      const locations = [kept, ...ranked.slice(1)].map((s) => ({ path: s.file.path, line: 0 }));
      out.push({
        messageId: 'family',
        data: {
          count: members.length,
          stem,
          names: listNames(ranked.map((s) => basename(s.file.path)), 5),
          defs: common.length ? `the definitions ${listNames(common, 4)}` : 'the same kind of definitions',
          kept: kept.file.path,
        },
        path: kept.file.path,
        locations,
        matched: `family:${key.replace(/\0/g, ':')}`,
      });
    }
    return out;
  },
});
