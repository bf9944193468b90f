import { defineRule } from '../define.js';
import { basename, dirname, ImportIndex, listNames, pluginFolders, signalFiles } from '../_repo-signals.js';
import type { FileSignals, RepoFindingDraft } from '../types.js';

/** A block joins a group when it shares at least this many identical settings (key and value) with another file's block. */
export const MIN_SHARED_SETTINGS = 3;
/** Settings shared by more blocks than this are too common to link blocks on their own (`"type": "string"`). */
const MAX_BUCKET = 60;
/** A module named as the one home of settings: `config.py`, `settings.py`, `db_utils.py`, `common/db.py`, `app_config.py`. */
const CENTRAL_NAME = /^(config|configs|settings|conf|constants|params|parameters|db|database|common|shared|\w+_(utils|config|settings|conf))\.(py|[cm]?[jt]s)$/i;

/** Keys that hold where and as whom to connect: copies of these are settings even in plugin modules. */
const CONNECTION_KEY = /^((db|database|pg|postgres|mysql|redis|mongo|smtp|mail)_?)?(host|hostname|port|user|username|password|passwd|pwd|dsn|database|dbname|db|url|uri|secret|secret_key|token|access_token|api_?key)$/i;

/**
 * Data that repeats keys by design, not settings: translations (one file per locale), mocks, fixtures and seed
 * data kept beside product code.
 */
const DATA_PATH = /(^|\/)(locales?|i18n|l10n|lang|langs|translations?|__mocks__|mocks?|fixtures?|seeds?|seeders|mock[-_]?data|stubs?)\/|\.(mock|mocks|fixture|fixtures|stories|story)\.[cm]?[jt]sx?$/;

/** Bundler output named with a content hash (`notifications-Bj8IYjZ7.js`): generated, not written. */
const HASHED_BUILD = /[-.](?=[\w]*\d)(?=[\w]*[A-Z])[A-Za-z0-9_]{8}\.[cm]?js$/;
/** One module in several builds (`bootstrap.js`, `bootstrap.esm.js`, `bootstrap.bundle.js`): the same file, not copies. */
const buildStem = (p: string) => p.replace(/(\.(bundle|esm|umd|cjs|mjs|min|prod|production|dev|development|browser|global|iife|module))+(?=\.[cm]?[jt]sx?$)/g, '');

type Block = NonNullable<FileSignals['settings']>[number] & { path: string; pairs: string[] };

/** Settings of a block that can be shared: literal values, environment reads, named constants (not code). */
function pairsOf(b: NonNullable<FileSignals['settings']>[number]): string[] {
  const out: string[] = [];
  b.keys.forEach((k, i) => {
    if (b.vals[i] !== 'code') out.push(b.kind === 'env' ? `env:${k}` : `${k}=${b.vals[i]}`);
  });
  return out;
}

export default defineRule({
  id: 'config/duplicated-settings',
  title: 'Settings block copied into several files',
  category: 'config',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'repo' },
  messages: {
    group: 'the same settings ({keys}) are written in {files} files{drift}{central}',
  },
  docs: {
    what:
      'The same settings block written out in several product files: a dict/object literal of three or more settings with literal values (`{"host": …, "port": 5432, "dbname": …}`, model parameters; in JS/TS a declared object — `const db = {…}`, `module.exports = {…}`, `export default {…}` — or the options object of a client/connection call such as `new Pool({…})`, `mysql.createConnection({…})`, `knex({…})`), a run of three or more environment reads of the same variables (`DB_HOST`, `DB_PORT`, `DB_NAME` …), or the same keyword arguments given to a connect/config call. Reported once per group with every place, the shared keys, whether the copies already drifted apart, and a central module that holds the same settings but that nothing imports.',
    why:
      'Copied settings drift: one service gets the new database host or the retuned learning rate and the others keep the old one, and nobody notices until results differ. Rotating a credential or moving a host means editing every copy, and the copy that is missed is the outage. One settings module read by every consumer makes the change once.',
    bad: {
      path: 'collectors/prices.py',
      code: 'import os\nimport psycopg2\n\nconn = psycopg2.connect(\n    host=os.environ.get("DB_HOST"),\n    port=5432,\n    dbname="market",\n    user="collector",\n)\n',
      files: {
        'collectors/news.py': 'import os\nimport psycopg2\n\n\ndef save(posts):\n    conn = psycopg2.connect(\n        host=os.environ.get("DB_HOST"),\n        port=5432,\n        dbname="market",\n        user="collector",\n    )\n    conn.cursor().executemany(SQL, posts)\n',
      },
    },
    good: {
      path: 'collectors/prices.py',
      code: 'from common.db import connect\n\nconn = connect()\n',
      files: {
        'collectors/news.py': 'from common.db import connect\n\nconn = connect()\n',
        'common/db.py': 'import os\nimport psycopg2\n\n\ndef connect():\n    return psycopg2.connect(host=os.environ.get("DB_HOST"), port=5432, dbname="market", user="collector")\n',
      },
    },
    fix: 'Move the block into one settings module (or a pydantic `BaseSettings` / typed config object) and import it everywhere; when the group names an existing central module that nobody imports, finish that migration instead of writing a new one. Where the copies differ, decide which value is right before merging.',
    falsePositives:
      'Only settings-like values count (literals, environment reads, UPPER_CASE constants, `settings.X`): response payloads and dicts built from variables are not settings. A block must share at least three identical settings with a block in another file; settings shared by very many blocks (`"type": "string"`) do not link blocks on their own. Tests, examples, docs and generated files are not read, nor translations, mocks, fixtures and seed data (`locales/`, `i18n/`, `__mocks__/`, `fixtures/`, `*.mock.ts`) or bundler output named with a content hash; builds of one module (`x.js`, `x.esm.js`, `x.bundle.js`) are one file. In JS/TS, objects passed to other calls or returned (payloads, chart specs, widget options), props, style objects (mostly CSS keys), and blank values (empty strings, `null`) or text with spaces (labels, CSS class lists) do not count as settings. Copies of a whole duplicated module are reported by maintainability/duplicated-module, not again here. Plugin modules of one folder that a loader imports by computed name (three or more sharing a public function) declare the same module attributes by design — metadata, option-to-API mappings — and are not grouped unless the shared keys are connection settings (host, port, user, password, database, token …).',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.3, perFile: 0.5, cap: 8, kind: 'refactor', track: 'config', dependsOn: ['security/hardcoded-secret'] },
  check(facts) {
    const blocks: Block[] = [];
    const hashes = new Map<string, string>();
    for (const { file, sig } of signalFiles(facts)) {
      if (sig.flags?.includes('generated') || DATA_PATH.test(file.path) || HASHED_BUILD.test(file.path)) continue;
      const h = facts.perFile.get(file.path)?.tokenHash;
      if (h) hashes.set(file.path, h);
      for (const b of sig.settings ?? []) {
        const pairs = pairsOf(b);
        if (pairs.length >= MIN_SHARED_SETTINGS) blocks.push({ ...b, path: file.path, pairs });
      }
    }
    // Link blocks of different files that share ≥ MIN_SHARED_SETTINGS identical settings (union-find over a pair index).
    const parent = blocks.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const byPair = new Map<string, number[]>();
    blocks.forEach((b, i) => {
      for (const p of b.pairs) {
        const l = byPair.get(p);
        if (l) l.push(i);
        else byPair.set(p, [i]);
      }
    });
    const shared = new Map<number, Map<number, number>>();
    for (const list of byPair.values()) {
      if (list.length < 2 || list.length > MAX_BUCKET) continue;
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const [x, y] = [list[a], list[b]];
          if (blocks[x].path === blocks[y].path || buildStem(blocks[x].path) === buildStem(blocks[y].path)) continue;
          // Identical files are copies of one module (maintainability/duplicated-module), not copied settings.
          const hx = hashes.get(blocks[x].path);
          if (hx && hx === hashes.get(blocks[y].path)) continue;
          const m = shared.get(x) ?? new Map<number, number>();
          const n = (m.get(y) ?? 0) + 1;
          m.set(y, n);
          shared.set(x, m);
          if (n === MIN_SHARED_SETTINGS) parent[find(y)] = find(x);
        }
      }
    }
    const groups = new Map<number, number[]>();
    blocks.forEach((_, i) => {
      const r = find(i);
      const l = groups.get(r);
      if (l) l.push(i);
      else groups.set(r, [i]);
    });
    const fileHash = new Map(facts.files.map((f) => [f.path, f.hash]));
    const imports = new ImportIndex(facts);
    const byPath = new Map(facts.files.map((f) => [f.path, f]));
    const out: RepoFindingDraft[] = [];
    const plugins = pluginFolders(facts);
    for (const members of groups.values()) {
      // Identical copies of one file (a copied module: maintainability/duplicated-module) count once.
      const seenHash = new Map<string, string>();
      let copies = 0;
      const files = [...new Set(members.map((i) => blocks[i].path))].sort().filter((p) => {
        const fh = fileHash.get(p);
        if (!fh) return true;
        if (seenHash.has(fh)) {
          copies++;
          return false;
        }
        seenHash.set(fh, p);
        return true;
      });
      if (files.length < 2) continue;
      // Keys present in at least two files' blocks, and the keys whose values differ between files (drift).
      const keyFiles = new Map<string, Set<string>>();
      const keyVals = new Map<string, Set<string>>();
      for (const i of members) {
        const b = blocks[i];
        b.keys.forEach((k, j) => {
          if (b.vals[j] === 'code') return;
          (keyFiles.get(k) ?? keyFiles.set(k, new Set()).get(k)!).add(b.path);
          (keyVals.get(k) ?? keyVals.set(k, new Set()).get(k)!).add(b.vals[j]);
        });
      }
      const keys = [...keyFiles.entries()].filter(([, s]) => s.size >= 2).map(([k]) => k).sort();
      const drifted = keys.filter((k) => (keyVals.get(k)?.size ?? 0) > 1);
      // Plugins of one folder that a loader imports by name declare the same module attributes by design (metadata,
      // the mapping of the host's options to each plugin's API): not copied settings, unless they copy connections.
      const dir = dirname(files[0]);
      if (plugins.has(dir) && files.every((p) => dirname(p) === dir) && !keys.some((k) => CONNECTION_KEY.test(k))) continue;
      // A central module: a member named like one (config, settings, db_utils …) that no other file imports.
      const central = files.find((p) => CENTRAL_NAME.test(basename(p)) && byPath.get(p) && imports.importers(byPath.get(p)!).length === 0);
      const places = central && files.length > 2 ? files.filter((p) => p !== central) : files;
      const first = new Map<string, number>();
      for (const i of members) {
        const b = blocks[i];
        if (!places.includes(b.path)) continue;
        if (!first.has(b.path) || b.line < first.get(b.path)!) first.set(b.path, b.line);
      }
      const locations = places.map((p) => ({ path: p, line: first.get(p)! }));
      const head = locations[0];
      out.push({
        messageId: 'group',
        data: {
          keys: listNames(keys, 6),
          files: places.length,
          drift: drifted.length ? `; the copies differ in ${listNames(drifted, 4)}` : '',
          central:
            (copies ? ` (and ${copies} identical ${copies === 1 ? 'copy' : 'copies'} of these files)` : '') +
            (central && places.length < files.length ? `; \`${central}\` already holds them but nothing imports it` : ''),
        },
        path: head.path,
        range: { start: { line: head.line, column: 1 }, end: { line: head.line, column: 1 } },
        locations,
        matched: `settings:${keys.join(',')}`,
      });
    }
    return out;
  },
});
