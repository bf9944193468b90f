import { defineRule } from '../define.js';
import type { Component, FileFact, RepoFactsView, RepoFindingDraft } from '../types.js';

/** Languages whose code a unit-test suite is expected to cover. */
const SOURCE_LANGS = new Set(['python', 'javascript', 'typescript', 'tsx']);
/** Minimum product source files before a component is expected to have tests. */
export const MIN_SOURCE_FILES = 3;
/** Top-level folders of tooling, deployment and documentation: not components that ship code. */
const TOOLING =
  /^(scripts?|tools?|bin|hack|ci|\.github|\.gitlab|\.circleci|deploy(ment)?s?|infra(structure)?|ops|devops|migrations?|alembic|docker|k8s|kubernetes|helm|charts|terraform|ansible|notebooks?|docs?|examples?|samples?|demos?|tests?|e2e|spec|benchmarks?|bench|fixtures|config|configs|\.devcontainer|\.vscode|\.husky|public|static|assets)$/i;
/** Build/tool configuration files written in a source language. */
const CONFIG_FILE =
  /^(setup|conftest|noxfile|fabfile|manage|wsgi|asgi|__init__|__main__)\.py$|\.config\.[cm]?[jt]s$|^\.?(eslintrc|prettierrc|babelrc|commitlintrc|lintstagedrc)(\.[cm]?js)?$|^(gulpfile|gruntfile|webpack\.\w+|rollup\.\w+)\.[cm]?js$|\.d\.ts$/i;

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/**
 * The words of a path segment once extensions and test affixes are dropped: `test_ingest_parser.py` →
 * [ingest, parser], `WebhookClient.spec.ts` → [webhook, client]. Whole words, so `test_webhook.py` does not
 * name `web`.
 */
export function segmentWords(seg: string): string[] {
  const stem = seg.replace(/(\.(test|spec))?\.([cm]?[jt]sx?|py|sh)$/i, '');
  return stem
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_.\s]+/)
    .filter((w) => w && !/^(tests?|specs?)$/.test(w));
}

/** True when `words` holds `key` as a contiguous run of whole words. */
function holds(words: readonly string[], key: readonly string[]): boolean {
  for (let i = 0; i + key.length <= words.length; i++) if (key.every((k, j) => words[i + j] === k)) return true;
  return false;
}

/** Does a path segment of the test name the component (by whole words of its folder name)? */
function pathNames(t: FileFact, key: readonly string[]): boolean {
  return t.path.split('/').some((seg) => holds(segmentWords(seg), key));
}

const keyOf = (c: Component) => {
  const key = segmentWords(base(c.path));
  return key.join('').length >= 3 ? key : [];
};

/**
 * Does one of the test's imports reach the component? Python: a dotted name through the component's path
 * (`packages.web.views`) or starting with a package folder only this component holds (`webapp.views` for
 * `packages/web/webapp/`); JS/TS: a relative import resolved into the component's folder, or a bare package
 * name equal to the component's name or folder name.
 */
function importsReach(imports: readonly string[], c: Component, pkgs: ReadonlySet<string>): boolean {
  const segs = c.path.split('/');
  for (const imp of imports) {
    if (imp.includes('/')) {
      if (imp === c.path || imp.startsWith(`${c.path}/`)) return true;
      const bare = imp.startsWith('@') ? imp.split('/')[1] : imp.split('/')[0];
      if (!imp.startsWith('.') && (bare === c.name || bare === base(c.path)) && !imp.includes('/tests/')) return true;
      continue;
    }
    const dotted = imp.split('.');
    if (holds(dotted, segs) || pkgs.has(dotted[0])) return true;
    if (imp === c.name || imp === base(c.path)) return true;
  }
  return false;
}

/** Python package folders (a folder holding product source directly under the component or its `src/`) owned by one component only. */
function packagesByComponent(files: readonly FileFact[], components: readonly Component[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const pathOf = new Map(components.map((c) => [c.name, c.path]));
  for (const f of files) {
    if (f.lang !== 'python' || !isProductSource(f)) continue;
    const cp = pathOf.get(f.component);
    if (!cp || cp === '.') continue;
    const rest = f.path.slice(cp.length + 1).split('/');
    if (rest[0] === 'src') rest.shift();
    if (rest.length < 2) continue;
    const set = owners.get(rest[0]) ?? new Set<string>();
    set.add(f.component);
    owners.set(rest[0], set);
  }
  const out = new Map<string, Set<string>>();
  for (const [pkg, set] of owners) {
    if (set.size !== 1) continue;
    const [comp] = set;
    const s = out.get(comp) ?? new Set<string>();
    s.add(pkg);
    out.set(comp, s);
  }
  return out;
}

function isProductSource(f: FileFact): boolean {
  return f.context === 'product' && f.role === 'source' && SOURCE_LANGS.has(f.lang) && !CONFIG_FILE.test(base(f.path));
}

/** Package markers and bare fixture plumbing inside a test folder are not tests themselves. */
/** Files in a test context that test nothing: package markers, shared fixtures, the runner's own configuration. */
const NOT_A_TEST = /^(__init__\.py|conftest\.py|__init__\.[cm]?[jt]s|(cypress|playwright|jest|vitest|karma|wdio)\.conf(ig)?\.[cm]?[jt]s)$/;

function isTestFile(f: FileFact): boolean {
  return f.context === 'test' && (SOURCE_LANGS.has(f.lang) || f.lang === 'bash') && !NOT_A_TEST.test(base(f.path));
}

/** A component found by its `setup.py` when no packaging file of its folder declares a package (ops/_packaging.ts). */
function notAPackage(c: Component, facts: RepoFactsView): boolean {
  if (c.reason !== 'own manifest (setup.py)') return false;
  return !['setup.py', 'setup.cfg', 'pyproject.toml'].some((f) => facts.perFile.get(`${c.path}/${f}`)?.pythonPackage);
}

/** The component whose folder holds this one (the longest enclosing path), or the repository root. */
function enclosing(c: Component, components: readonly Component[]): Component | undefined {
  let best: Component | undefined;
  for (const o of components) {
    if (o === c || !(o.path === '.' || c.path.startsWith(`${o.path}/`))) continue;
    if (!best || o.path.length > best.path.length) best = o;
  }
  return best;
}

const declared = (c: Component) => c.reason !== 'top-level folder' && c.reason !== 'repository root';

export default defineRule({
  id: 'hygiene/no-tests',
  title: 'Component without tests',
  category: 'hygiene',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'medium',
  likelihood: 'high',
  impact: 'high',
  scope: { kind: 'repo' },
  messages: {
    none: 'component {name} has {count} source files and no tests',
    scaffold: 'component {name} has {count} source files and no test modules, though {scaffold} sets up fixtures from its code: the suite is empty or missing from this copy',
  },
  docs: {
    what: `A component (a \`services/*\`/\`packages/*\` folder, a folder with its own manifest, or a top-level code folder) with at least ${MIN_SOURCE_FILES} Python/JavaScript/TypeScript product files and no test file for it anywhere in the repository.`,
    why: 'Code without tests cannot be changed safely: every hardening fix in this plan (error handling, retries, config) risks a regression nobody notices until production, and CI has nothing to gate on.',
    bad: {
      path: 'services/ingest/app.py',
      code: 'def parse(line):\n    return line.split(",")\n',
      files: { 'services/ingest/store.py': 'def save(rows):\n    return len(rows)\n', 'services/ingest/fetch.py': 'def fetch(url):\n    return url\n' },
    },
    good: {
      path: 'services/ingest/tests/test_app.py',
      code: 'from app import parse\n\n\ndef test_parse():\n    assert parse("a,b") == ["a", "b"]\n',
      files: { 'services/ingest/app.py': 'def parse(line):\n    return line.split(",")\n', 'services/ingest/store.py': 'def save(rows):\n    return len(rows)\n', 'services/ingest/fetch.py': 'def fetch(url):\n    return url\n' },
    },
    fix: 'Add a test framework (pytest, vitest/jest) to the component, start with tests for its entry points and the code the plan is about to change, and run them in CI.',
    falsePositives: `Components with fewer than ${MIN_SOURCE_FILES} product source files (config files such as setup.py, *.config.js and __init__.py do not count), and tooling folders (scripts/, tools/, deploy/, infra/, migrations/, docs/ …) are not reported. Tests are attributed to a component when they sit inside it, when their path names it by whole words (tests/ingest/…, test_ingest_parser.py; test_webhook.py does not name web/), when they import its code (from ingest.parser import …, import \`../packages/web/src/x\`), or — for plain top-level folders and the repository root — when the repository has a top-level test suite with tests that do not name one folder each (tests/test_api.py and tests/orders/ cover api/ and orders/, not etl/). Package markers (__init__.py) and conftest.py alone are not tests; but a component with no test module whose code a \`conftest.py\` of a test folder imports (fixtures built from the app: \`from mealie.app import app\`) is an info notice: the suite is set up, and its test modules are empty or missing from the scanned copy. A folder that is a component only because it holds a \`setup.py\` that declares no package (no \`setup(name=…)\`, and no \`setup.cfg\`/\`pyproject.toml\` package metadata beside it: a module that happens to be called setup, such as a setup wizard's forms) is a subpackage of the enclosing code and is covered by that code's tests. Shell-only components are not reported.`,
  },
  remediation: { effort: 'M', perExtraOccurrence: 4, cap: 40, kind: 'refactor', track: 'testing' },
  check(facts) {
    const out: RepoFindingDraft[] = [];
    const tests = facts.files.filter(isTestFile);
    const declaredNames = new Set(facts.components.filter(declared).map((c) => c.name));
    // Keys of the plain top-level folders: a loose test whose path names one is that folder's test.
    const plainKeys = facts.components
      .filter((c) => !declared(c) && c.path !== '.' && !TOOLING.test(base(c.path)))
      .map(keyOf)
      .filter((k) => k.length);
    const pkgs = packagesByComponent(facts.files, facts.components);
    const importsOf = (t: FileFact) => facts.perFile.get(t.path)?.imports ?? [];
    // A top-level test suite covers the plain folders only through tests that name none of them (tests of
    // the code as a whole); when every loose test names its folder, an unnamed folder has no tests.
    const looseTests = tests.some((t) => !declaredNames.has(t.component) && !plainKeys.some((k) => pathNames(t, k)));
    const noPkgs = new Set<string>();
    const covered = (c: Component): boolean => {
      const key = keyOf(c);
      const own = pkgs.get(c.name) ?? noPkgs;
      return (
        tests.some((t) => t.component === c.name || t.path.startsWith(`${c.path}/`)) ||
        (!declared(c) && looseTests) ||
        (key.length > 0 && c.path !== '.' && tests.some((t) => pathNames(t, key))) ||
        (c.path !== '.' && tests.some((t) => importsReach(importsOf(t), c, own)))
      );
    };
    // conftest.py files of the test folders: fixture scaffolds, not tests.
    const scaffolds = facts.files.filter((f) => f.context === 'test' && base(f.path) === 'conftest.py');
    for (const c of facts.components) {
      const last = base(c.path);
      if (!declared(c) && TOOLING.test(last)) continue;
      const count = facts.files.filter((f) => f.component === c.name && isProductSource(f)).length;
      if (count < MIN_SOURCE_FILES) continue;
      if (covered(c)) continue;
      // A folder made a component by a `setup.py` that declares no package (a module of that name: a setup
      // wizard's forms) is a subpackage of the code around it, tested with it.
      const parent = notAPackage(c, facts) ? enclosing(c, facts.components) : undefined;
      if (parent && covered(parent)) continue;
      const name = c.path === '.' ? '(repository root)' : c.name;
      const base_ = { path: c.path === '.' ? '' : c.path, component: c.name, matched: `${c.name} no tests` };
      // A conftest.py that imports the component's code: the suite is set up, its test modules are not here.
      const scaffold = c.path !== '.' ? scaffolds.find((f) => importsReach(importsOf(f), c, pkgs.get(c.name) ?? noPkgs)) : scaffolds.find((f) => importsOf(f).length > 0);
      if (scaffold) {
        out.push({ ...base_, messageId: 'scaffold', data: { name, count, scaffold: scaffold.path }, severity: 'info' });
        continue;
      }
      out.push({ ...base_, messageId: 'none', data: { name, count } });
    }
    return out;
  },
});
