import { createHash } from 'node:crypto';
import { defineRule } from '../define.js';
import type { FileFact, PerFileFacts, RepoFactsView, RepoFindingDraft } from '../types.js';
import { FRAMEWORK_SKELETON_TAG, literalSimilarity, MINHASH_SIZE, similarity, WORKSPACES_TAG } from './_module-fingerprint.js';

/**
 * Detection, in near-linear time (no all-pairs comparison of contents):
 * 1. exact classes: files with the same normalised-token hash (identical up to comments and formatting), and
 *    renamed classes: the same hash after consistent renaming of identifiers (renamed variables);
 * 2. near classes: LSH over the MinHash signatures of one representative per exact class (BANDS × ROWS);
 *    candidates that share a bucket are verified — estimated Jaccard of 5-token shingles ≥ NEAR_THRESHOLD
 *    and sizes within SIZE_RATIO — and merged with union-find (a copy of a copy that drifted further joins
 *    the same group). A bucket larger than ALL_PAIRS_BUCKET is compared against its first LEADERS members
 *    only, so a crowded bucket costs O(size), not O(size²);
 * 3. folders: every folder above a copied file gets a signature — the sorted (relative path, content class)
 *    of every product file under it — and folders with the same signature are copies of one module;
 * 4. a group whose every copy sits inside the copies of one bigger copied folder is not reported on its
 *    own (the folder group says it); copies nested in copies that also exist elsewhere are reported as both
 *    groups (`Ilog/` copied twice, `Icache/` copied five times, two of them inside the `Ilog/` copies).
 *    A folder that holds a single file, or nothing but one sub-folder (`utils/` around `Icache/`), is not
 *    a module of its own: the file or the sub-folder is reported instead.
 * Not reported: copies that are separate projects (build contexts of different compose projects, JavaScript
 * build roots with their own package.json/vite.config in a repository without workspaces), and near copies
 * of framework-required skeleton files (`route.ts` …, tagged by the extractor). The message states the
 * weakest link's similarity ("near-identical" from NEAR_IDENTICAL down, "similar, about N %" below).
 * A folder that gained or lost a file in one copy is no longer the same folder: its files are then reported
 * as file groups. Cost: O(files × depth) for the folder pass, O(files × bands) for LSH.
 */
export const NEAR_THRESHOLD = 0.65;
/**
 * Files with the same name (`deploy/staging/release.sh` and `deploy/production/release.sh`, boto's
 * `cloudsearch/` and `cloudsearch2/`): the name already says "the same module", so a drifted copy needs less
 * shared text. Generic entry-point names (`__init__.py`, `index.ts`) do not count as a shared name.
 */
export const SAME_NAME_THRESHOLD = 0.55;
const GENERIC_NAME = /^(__init__\.py|__main__\.py|index\.[cm]?[jt]sx?|main\.[cm]?[jt]sx?|conftest\.py)$/;
export const SIZE_RATIO = 0.7;
/**
 * Renamed and near copies need more substance than exact ones: small shims that differ in one name are
 * templates (`from re import _parser as _` / `_compiler as _`), not copies of a module.
 */
export const MIN_SIMILAR_TOKENS = 60;
export const MIN_SIMILAR_LINES = 10;
const ROWS = 3;
const BANDS = MINHASH_SIZE / ROWS;
const ALL_PAIRS_BUCKET = 24;
const LEADERS = 8;
const MAX_LISTED = 5;

interface Item {
  file: FileFact;
  pf: PerFileFacts & { tokenHash: string; minhash: number[] };
}

function substantial(pf: PerFileFacts): boolean {
  return (pf.tokens ?? 0) >= MIN_SIMILAR_TOKENS && (pf.codeLines ?? 0) >= MIN_SIMILAR_LINES && !pf.tags?.includes(FRAMEWORK_SKELETON_TAG);
}

/**
 * Near copies keep their strings: a copy edited for another entity still has most of its messages, paths, keys
 * and queries (umami's per-entity delete buttons share 64 % of their literals, two download scripts 78 %). Two
 * modules that share the code skeleton a framework or a convention requires while almost every string differs
 * (two plugin declarations with their own id, name and description; two bot-detection methods testing different
 * headers with different messages) are instances of one pattern, each with its own content: not copies.
 */
export const MIN_SHARED_LITERALS = 0.25;
const MIN_LITERALS = 4;
function ownStrings(a: PerFileFacts, b: PerFileFacts): boolean {
  if (!a.literals || !b.literals) return false;
  const { similarity: s, union } = literalSimilarity(a.literals, b.literals);
  return union >= MIN_LITERALS && s < MIN_SHARED_LITERALS;
}

function famOf(lang: string): string {
  return lang === 'typescript' || lang === 'tsx' ? 'javascript' : lang;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function sha(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 16);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * The band's ROWS uint32 values as two UTF-16 code units each: a one-to-one key (same buckets, in the same
 * order, as the values joined with commas) without number-to-decimal conversions.
 */
function bandKey(sig: readonly number[], from: number): string {
  let k = '';
  for (let i = from; i < from + ROWS; i++) k += String.fromCharCode(sig[i] & 0xffff, sig[i] >>> 16);
  return k;
}

interface FileGroup {
  /** Content-derived key of the group: the smallest token hash among its members. */
  key: string;
  paths: string[];
  near: boolean;
  /** Lowest estimated similarity of the links that joined the group (1 for exact and renamed copies). */
  similarity: number;
}

/** Groups of copied files (exact, then near-identical through MinHash LSH). */
export function fileGroups(facts: RepoFactsView): FileGroup[] {
  const items: Item[] = [];
  for (const file of facts.files) {
    if (file.context !== 'product') continue;
    const pf = facts.perFile.get(file.path);
    if (!pf?.tokenHash || !pf.minhash || pf.minhash.length !== MINHASH_SIZE) continue;
    items.push({ file, pf: pf as Item['pf'] });
  }
  // 1. exact classes (representative = first member)
  const exact = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const list = exact.get(items[i].pf.tokenHash);
    if (list) list.push(i);
    else exact.set(items[i].pf.tokenHash, [i]);
  }
  const reps = [...exact.values()].map((l) => l[0]);
  const uf = new UnionFind(items.length);
  for (const list of exact.values()) for (const i of list) uf.union(list[0], i);
  // The links that joined two classes with their similarity: the message states the weakest one.
  const links: Array<[number, number]> = [];
  const renamed = new Map<string, number>();
  for (const r of reps) {
    const h = items[r].pf.renameHash;
    if (!h || !substantial(items[r].pf)) continue;
    const other = renamed.get(h);
    if (other === undefined) renamed.set(h, r);
    else uf.union(other, r);
  }

  // 2. near classes among representatives
  // Pair keys as numbers (a·n + b, exact below 2^53): no string built and hashed per candidate pair.
  const tried = new Set<number>();
  const n = items.length;
  const verify = (a: number, b: number): void => {
    if (uf.find(a) === uf.find(b)) return;
    const key = a < b ? a * n + b : b * n + a;
    if (tried.has(key)) return;
    tried.add(key);
    const A = items[a];
    const B = items[b];
    if (famOf(A.file.lang) !== famOf(B.file.lang)) return;
    const ta = A.pf.tokens ?? 0;
    const tb = B.pf.tokens ?? 0;
    if (Math.min(ta, tb) < SIZE_RATIO * Math.max(ta, tb) || !substantial(A.pf) || !substantial(B.pf)) return;
    const sim = similarity(A.pf.minhash, B.pf.minhash);
    if (sim < NEAR_THRESHOLD || ownStrings(A.pf, B.pf)) return;
    uf.union(a, b);
    links.push([a, sim]);
  };
  const repFam = reps.map((r) => `${famOf(items[r].file.lang)}|`);
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (let x = 0; x < reps.length; x++) {
      const r = reps[x];
      const k = repFam[x] + bandKey(items[r].pf.minhash, band * ROWS);
      const b = buckets.get(k);
      if (b) b.push(r);
      else buckets.set(k, [r]);
    }
    for (const b of buckets.values()) {
      if (b.length < 2) continue;
      const leaders = b.length <= ALL_PAIRS_BUCKET ? b.length : LEADERS;
      for (let i = 0; i < leaders; i++) for (let j = i + 1; j < b.length; j++) verify(b[i], b[j]);
    }
  }

  // 3. same-name pairs, at their lower bar.
  const byName = new Map<string, number[]>();
  for (const r of reps) {
    const name = basename(items[r].file.path);
    if (GENERIC_NAME.test(name)) continue;
    const k = `${famOf(items[r].file.lang)}|${name}`;
    const l = byName.get(k);
    if (l) l.push(r);
    else byName.set(k, [r]);
  }
  const verifyNamed = (a: number, b: number): void => {
    if (uf.find(a) === uf.find(b)) return;
    const A = items[a].pf;
    const B = items[b].pf;
    const ta = A.tokens ?? 0;
    const tb = B.tokens ?? 0;
    if (Math.min(ta, tb) < SIZE_RATIO * Math.max(ta, tb) || !substantial(A) || !substantial(B)) return;
    const sim = similarity(A.minhash, B.minhash);
    if (sim < SAME_NAME_THRESHOLD || ownStrings(A, B)) return;
    uf.union(a, b);
    links.push([a, sim]);
  };
  for (const l of byName.values()) {
    if (l.length < 2 || l.length > ALL_PAIRS_BUCKET) continue;
    for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) verifyNamed(l[i], l[j]);
  }

  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) {
    const r = uf.find(i);
    const l = byRoot.get(r);
    if (l) l.push(i);
    else byRoot.set(r, [i]);
  }
  const weakest = new Map<number, number>();
  for (const [a, sim] of links) {
    const r = uf.find(a);
    weakest.set(r, Math.min(weakest.get(r) ?? 1, sim));
  }
  const out: FileGroup[] = [];
  for (const [root, members] of byRoot) {
    if (members.length < 2) continue;
    const hashes = [...new Set(members.map((i) => items[i].pf.tokenHash))].sort();
    out.push({ key: hashes[0], paths: members.map((i) => items[i].file.path).sort(), near: hashes.length > 1, similarity: weakest.get(root) ?? 1 });
  }
  return out.sort((a, b) => (a.paths[0] < b.paths[0] ? -1 : 1));
}

interface FolderClass {
  sig: string;
  dirs: string[];
  files: number;
  near: boolean;
  similarity: number;
  /** Holds nothing but one sub-folder (`utils/` around `Icache/`): the sub-folder is the module. */
  wrapper: boolean;
}

/**
 * Copies that are the sources of images built by different compose projects (`react-express-mysql/compose.yaml`
 * builds `react-express-mysql/frontend`, `react-rust-postgres/compose.yaml` builds `react-rust-postgres/frontend`)
 * are separate projects that happen to start from the same scaffold: they cannot share a module without a
 * package of their own. Services of one compose file that copy a module between their build contexts still count.
 */
function separateProjects(facts: RepoFactsView): (paths: readonly string[]) => boolean {
  const contexts: Array<{ dir: string; file: string }> = [];
  for (const svc of facts.compose) {
    const dir = svc.buildContext?.replace(/^\.\/?/, '').replace(/\/+$/, '');
    if (dir) contexts.push({ dir, file: svc.file });
  }
  if (contexts.length < 2) return () => false;
  const projectOf = (p: string): string | undefined => {
    let best: { dir: string; file: string } | undefined;
    for (const c of contexts) if (p.startsWith(`${c.dir}/`) && (!best || c.dir.length > best.dir.length)) best = c;
    return best?.file;
  };
  return (paths) => {
    const files = new Set<string>();
    for (const p of paths) {
      const f = projectOf(p);
      if (!f || files.has(f)) return false;
      files.add(f);
    }
    return true;
  };
}

const BUILD_FILE = /(^|\/)(package\.json|vite\.config\.[cm]?[jt]s)$/;
const WORKSPACE_FILE = /(^|\/)(pnpm-workspace\.yaml|lerna\.json|nx\.json|turbo\.json|rush\.json)$/;

/**
 * JavaScript copies that sit in different build roots — the nearest folder with its own `package.json` or
 * `vite.config` (a theme, an admin front-end and a legacy theme built on their own) — while the repository
 * declares no workspaces (`"workspaces"` in a package.json, pnpm-workspace.yaml, lerna/nx/turbo/rush): the
 * packages cannot import each other, so each keeps its own copy on purpose. Files under no build root count
 * as one more root (the repository's own). Copies inside one build root, or in packages of a workspace, count.
 */
function separateBuilds(facts: RepoFactsView): (paths: readonly string[], folders?: boolean) => boolean {
  const all = [...facts.files, ...(facts.unanalysed ?? [])];
  if (all.some((f) => WORKSPACE_FILE.test(f.path) || facts.perFile.get(f.path)?.tags?.includes(WORKSPACES_TAG))) return () => false;
  const roots = new Set(all.filter((f) => BUILD_FILE.test(f.path)).map((f) => dirname(f.path)));
  if (!roots.size || (roots.size === 1 && roots.has(''))) return () => false;
  const rootOf = (p: string): string => {
    for (let d = dirname(p); d; d = dirname(d)) if (roots.has(d)) return d;
    return '';
  };
  // Folders are passed as such (their files were JavaScript to be grouped); files must be JavaScript.
  return (paths, folders = false) => {
    const seen = new Set<string>();
    for (const p of paths) {
      if (!folders && !/\.[cm]?[jt]sx?$/.test(p)) return false;
      const r = rootOf(p);
      if (seen.has(r)) return false;
      seen.add(r);
    }
    return true;
  };
}

export function duplicatedModules(facts: RepoFactsView): RepoFindingDraft[] {
  const groups = fileGroups(facts);
  if (!groups.length) return [];
  const product = facts.files.filter((f) => f.context === 'product');
  const fileByPath = new Map(product.map((f) => [f.path, f]));
  const groupOf = new Map<string, FileGroup>();
  for (const g of groups) for (const p of g.paths) groupOf.set(p, g);

  // 3. folder signatures for every folder above a copied file
  const candidates = new Map<string, { items: string[]; grouped: number; near: boolean; similarity: number }>();
  for (const p of groupOf.keys()) {
    for (let d = dirname(p); d; d = dirname(d)) {
      if (candidates.has(d)) break;
      candidates.set(d, { items: [], grouped: 0, near: false, similarity: 1 });
    }
  }
  for (const f of product) {
    const g = groupOf.get(f.path);
    // The class of a file in its folder's signature ignores formatting and comments (the signature is also
    // the group's identity, which must survive a blank line added to every copy): copied files by their
    // group, other code by its token hash (small files too), other files by their bytes.
    const pf = g ? undefined : facts.perFile.get(f.path);
    const tokens = pf?.tokenHash ?? pf?.shapeHash;
    const cls = g ? `g:${g.key}` : tokens ? `t:${tokens}` : f.hash ? `h:${f.hash}` : `u:${f.path}`;
    for (let d = dirname(f.path); d; d = dirname(d)) {
      const c = candidates.get(d);
      if (!c) continue;
      c.items.push(`${f.path.slice(d.length + 1)}\t${cls}`);
      if (g) {
        c.grouped++;
        c.near ||= g.near;
        c.similarity = Math.min(c.similarity, g.similarity);
      }
    }
  }
  const bySig = new Map<string, FolderClass>();
  for (const [dir, c] of candidates) {
    if (!c.grouped) continue;
    const sig = sha(c.items.sort().join('\n'));
    const fc = bySig.get(sig);
    if (fc) fc.dirs.push(dir);
    else bySig.set(sig, { sig, dirs: [dir], files: c.items.length, near: c.near, similarity: c.similarity, wrapper: isWrapper(c.items) });
  }
  const classOfDir = new Map<string, FolderClass>();
  const folders = [...bySig.values()].filter((fc) => fc.dirs.length >= 2);
  for (const fc of folders) {
    fc.dirs.sort();
    for (const d of fc.dirs) classOfDir.set(d, fc);
  }

  // 4. a group is covered when all its copies sit in the copies of one folder class that is reported
  //    (≥ 2 files, not a mere wrapper) or is itself covered.
  const coveredMemo = new Map<FolderClass, boolean>();
  const parentClass = (paths: readonly string[]): FolderClass | undefined => {
    const first = classOfDir.get(dirname(paths[0]));
    if (!first) return undefined;
    return paths.every((p) => classOfDir.get(dirname(p)) === first) ? first : undefined;
  };
  const coveredBy = (paths: readonly string[]): boolean => {
    const pc = parentClass(paths);
    if (!pc) return false;
    return reportable(pc) || folderCovered(pc);
  };
  const folderCovered = (fc: FolderClass): boolean => {
    let v = coveredMemo.get(fc);
    if (v === undefined) {
      coveredMemo.set(fc, false);
      v = coveredBy(fc.dirs);
      coveredMemo.set(fc, v);
    }
    return v;
  };

  const drafts: RepoFindingDraft[] = [];
  const listed = (paths: readonly string[]) =>
    paths.slice(0, MAX_LISTED).join(', ') + (paths.length > MAX_LISTED ? `, … (+${paths.length - MAX_LISTED} more)` : '');
  const projects = separateProjects(facts);
  const builds = separateBuilds(facts);
  const separate = (paths: readonly string[], folders = false): boolean => projects(paths) || builds(paths, folders);
  for (const fc of folders) {
    if (!reportable(fc) || folderCovered(fc) || separate(fc.dirs, true)) continue;
    const first = fc.dirs[0];
    const lines = product.filter((f) => f.path.startsWith(`${first}/`)).reduce((n, f) => n + f.lines, 0);
    const name = `${basename(first)}/`;
    drafts.push(draft('folder', name, fc.dirs, `${fc.files} files, ${lines} lines`, how(fc), fc.files, lines, `${name}#${fc.sig}`, listed));
  }
  for (const g of groups) {
    if (coveredBy(g.paths) || separate(g.paths)) continue;
    const lines = fileByPath.get(g.paths[0])?.lines ?? 0;
    const name = basename(g.paths[0]);
    drafts.push(draft('file', name, g.paths, `${lines} lines`, how(g), 1, lines, `${name}#${g.key}`, listed));
  }
  return drafts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * How alike the copies are, said truthfully: "near-identical" only down to NEAR_IDENTICAL (the estimated
 * Jaccard similarity of 5-token shingles of the least alike linked pair; ≈ 0.77 for a copy with a fifth of its
 * lines edited); below it the estimated share of common code, rounded down: two components that share a
 * scaffold and differ in a third of their lines are similar, not near-identical.
 */
export const NEAR_IDENTICAL = 0.75;
function how(g: { near: boolean; similarity: number }): string {
  if (!g.near) return 'identical';
  if (g.similarity >= NEAR_IDENTICAL) return 'near-identical';
  return `similar, about ${Math.floor(g.similarity * 20) * 5} % of the code in common`;
}

function reportable(fc: FolderClass): boolean {
  return fc.files >= 2 && !fc.wrapper;
}

function isWrapper(items: readonly string[]): boolean {
  const first = items[0].split('/')[0];
  return items.every((it) => it.includes('/') && it.split('/')[0] === first);
}

function draft(
  kind: 'folder' | 'file',
  name: string,
  paths: string[],
  size: string,
  how: string,
  files: number,
  lines: number,
  matched: string,
  listed: (p: readonly string[]) => string,
): RepoFindingDraft {
  return {
    messageId: kind,
    path: paths[0],
    data: {
      name,
      size,
      how,
      count: paths.length,
      extraCopies: paths.length - 1,
      files,
      lines,
      duplicatedLines: lines * (paths.length - 1),
      paths: listed(paths),
    },
    matched,
    locations: paths.map((p) => ({ path: p, line: 0 })),
  };
}

export default defineRule({
  id: 'maintainability/duplicated-module',
  title: 'Module copied across the tree',
  category: 'maintainability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  tags: ['duplication'],
  scope: { kind: 'repo' },
  nonProduct: 'drop',
  messages: {
    folder: 'folder `{name}` ({size}) copied in {count} places ({how}): {paths}',
    file: '`{name}` ({size}) copied in {count} places ({how}): {paths}',
  },
  docs: {
    what:
      'Source files and whole folders that exist in several places of the tree with the same code — identical, or near-identical (renamed variables, a few edited lines) — reported as one group per copied module with every copy. A copied folder is reported once, not file by file; a copy nested in another copy that also exists elsewhere is reported in both groups. The message says how alike the copies are: identical, near-identical, or similar with the estimated share of code in common.',
    why:
      'Every fix inside a copied module (a missing timeout, a leaked password, a bare except) has to be made in every copy, and copies drift: one gets the fix and the others keep the bug. Copies also hide the real size of the code base and make each service pin its own version of shared logic.',
    bad: {
      path: 'services/orders/utils/cache.py',
      code:
        'import json\nimport redis\n\nclient = redis.Redis(host="cache", port=6379)\n\n\ndef read(key, default=None):\n    raw = client.get(f"cache:{key}")\n    if raw is None:\n        return default\n    return json.loads(raw)\n\n\ndef write(key, value, ttl=300):\n    client.setex(f"cache:{key}", ttl, json.dumps(value))\n',
      files: {
        'services/billing/utils/cache.py':
          'import json\nimport redis\n\nclient = redis.Redis(host="cache", port=6379)\n\n\ndef read(key, default=None):\n    raw = client.get(f"cache:{key}")\n    if raw is None:\n        return default\n    return json.loads(raw)\n\n\ndef write(key, value, ttl=300):\n    client.setex(f"cache:{key}", ttl, json.dumps(value))\n',
      },
    },
    good: {
      path: 'libs/cache/cache.py',
      code:
        'import json\nimport redis\n\nclient = redis.Redis(host="cache", port=6379)\n\n\ndef read(key, default=None):\n    raw = client.get(f"cache:{key}")\n    if raw is None:\n        return default\n    return json.loads(raw)\n\n\ndef write(key, value, ttl=300):\n    client.setex(f"cache:{key}", ttl, json.dumps(value))\n',
      files: { 'services/orders/app.py': 'from libs.cache.cache import read, write\n' },
    },
    fix: 'Keep one copy in a shared package (`libs/cache`, an internal wheel or npm package), make the services import it, and delete the other copies. Diff the copies first: a near-identical copy may hold a fix the others lack — merge it into the shared version.',
    falsePositives:
      'Only product source (Python, shell, JavaScript/TypeScript) is compared: tests, examples, docs, vendored and generated code (migrations, protobuf stubs, files whose header says "generated by/from", "@generated", "DO NOT EDIT", openapi-generator or swagger-codegen, webpack output with its `webpackBootstrap` / `__webpack_require__` runtime), `setup.py`/`manage.py`/`wsgi.py` boilerplate and files under 50 tokens or 6 code lines (empty `__init__.py`, one-line shims) are ignored, and renamed or near copies need 60 tokens and 10 code lines. Identical means the same tokens once comments, docstrings and formatting are dropped; near-identical means the same tokens with variables consistently renamed (imported module names are not renamed), or an estimated Jaccard similarity ≥ 0.65 of 5-token shingles (MinHash, 48 values) with sizes within 70 %; "near-identical" is said down to 0.75, below it "similar, about N % of the code in common" (≥ 0.55 for files with the same name, such as per-environment `deploy/staging/release.sh` and `deploy/production/release.sh`; not for generic names like `__init__.py` or `index.ts`) — two files with the same shape but different names, strings and arguments (two marshmallow schemas, two route handlers) stay apart. A string over 40 characters that spans lines (SQL, HTML) counts line by line, so two query modules with one skeleton and different SQL stay apart too. Files whose name a file-system router requires (Next.js `route.ts`, `page.tsx`, `layout.tsx`; SvelteKit `+page.server.ts`, `+server.ts`) with under 200 tokens outside imports are one per URL path and share the framework’s parse → authorise → query → respond skeleton: they are reported only when identical. Near copies keep their strings: two modules whose code matches but whose string literals almost all differ (under 25 % of their distinct literals, compared line by line, in common, with at least 4 between them) share the skeleton a framework or convention requires — two plugin declarations with their own id, name and description, two bot-detection methods testing different headers with different messages — and are not reported; a copy edited for another entity (`country` → `language` in a download script, per-entity delete buttons) keeps most of its messages, paths and keys and still is. A copy that was both renamed and heavily edited is not found. Files sharing only a name are not copies. Copies that are the sources of images built by different compose projects (`todo-mysql/compose.yaml` builds `todo-mysql/frontend`, `todo-postgres/compose.yaml` builds `todo-postgres/frontend`: a repository of separate sample stacks started from one scaffold) are not reported; copies between the build contexts of services of one compose project are. Likewise JavaScript copies in different build roots — the nearest folder with its own `package.json` or `vite.config` (a theme or admin front-end built on its own; files under no build root count as one more root) — are not reported when the repository declares no workspaces (`"workspaces"` in a package.json, pnpm-workspace.yaml, lerna.json, nx.json, turbo.json, rush.json); copies between packages of a workspace are. Intentional copies (a template folder) can be silenced with `ignore:` in `.harden.yml`.',
  },
  remediation: { effort: 'M', perExtraOccurrence: 2, cap: 40, kind: 'refactor', track: 'quality' },
  check(facts) {
    return duplicatedModules(facts);
  },
});
