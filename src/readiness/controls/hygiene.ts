/** Phase 6 — repository hygiene controls. */
import { defineControl, done, missing, na, partial, presentOr, requires, signals } from '../define.js';
import type { Evidence } from '../types.js';

const ANY = ['product', 'test', 'example', 'docs'];
const rootFile = (name: string) => new RegExp(`^${name}$`, 'i');

export const HYGIENE_CONTROLS = [
  defineControl({
    id: 'hygiene/readme',
    area: 'hygiene',
    title: 'README',
    docs: {
      why: 'The first thing a new developer or operator reads: what it is, how to run, test and deploy it.',
      detects: 'A README at the repository root.',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Write a README: purpose, setup, configuration, tests, deployment, limitations.',
    },
    rules: [{ id: 'hygiene/missing-project-file', message: /README/ }],
    effort: { hours: 2, track: 'docs' },
    evaluate: (ctx) => presentOr(ctx.files(rootFile(String.raw`readme(\.[\w.]+)?`), 'README'), 'no README'),
  }),
  defineControl({
    id: 'hygiene/license',
    area: 'hygiene',
    title: 'LICENSE',
    docs: {
      why: 'Without a licence nobody may legally use, copy or contribute to the code.',
      detects: 'LICENSE/LICENCE/COPYING at the root.',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Add a LICENSE file (or a proprietary notice for internal code).',
    },
    rules: [{ id: 'hygiene/missing-project-file', message: /LICENSE/ }],
    effort: { hours: 0.5, track: 'docs' },
    evaluate: (ctx) => presentOr(ctx.files(rootFile(String.raw`(licen[cs]e|copying|unlicense)([.-][\w.-]+)?`), 'LICENSE'), 'no LICENSE'),
  }),
  defineControl({
    id: 'hygiene/changelog',
    area: 'hygiene',
    title: 'CHANGELOG',
    docs: {
      why: 'Operators need to know what changed between the version running and the one about to be deployed.',
      detects: 'CHANGELOG/CHANGES/HISTORY/NEWS/RELEASES at the root, or a changelog fragments folder (changelog.d, .changeset, newsfragments).',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Keep a CHANGELOG.md (Keep a Changelog format) updated with every release.',
    },
    rules: [{ id: 'hygiene/missing-project-file', message: /CHANGELOG/ }],
    effort: { hours: 1, track: 'docs' },
    evaluate: (ctx) =>
      presentOr(
        [...ctx.files(rootFile(String.raw`(change[-_ ]?log|changes|history|news|release[-_]?notes|releases)(\.[\w.]+)?`), 'CHANGELOG'), ...ctx.files(/^(changelog\.d|\.changeset|newsfragments|changes)\//i, 'changelog fragments').slice(0, 1)],
        'no CHANGELOG',
      ),
  }),
  defineControl({
    id: 'hygiene/codeowners',
    area: 'hygiene',
    title: 'CODEOWNERS',
    docs: {
      why: 'Every path has an owner who reviews its changes; reviews are requested automatically.',
      detects: 'CODEOWNERS at the root, in `.github/`, `.gitlab/` or `docs/`.',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Add `.github/CODEOWNERS` mapping paths to teams.',
    },
    effort: { hours: 0.5, track: 'docs' },
    evaluate: (ctx) => presentOr(ctx.files(/^(\.github\/|\.gitlab\/|docs\/)?CODEOWNERS$/, 'CODEOWNERS'), 'no CODEOWNERS'),
  }),
  defineControl({
    id: 'hygiene/versioning',
    area: 'hygiene',
    title: 'The project has a version',
    docs: {
      why: 'A version number ties a deployed build to its changelog entry and its commit.',
      detects: 'A VERSION file, or a version declared in pyproject.toml/setup.py/setup.cfg/package.json or `__version__`.',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Add a VERSION (or a version in the manifest), bump it on release and tag the commit.',
    },
    effort: { hours: 0.5, track: 'docs' },
    evaluate(ctx) {
      const manifest = /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg|package\.json|Cargo\.toml|__init__\.py|_?version\.py|__about__\.py)$/;
      const ev: Evidence[] = [...ctx.files(/^VERSION(\.txt)?$/i, 'VERSION'), ...signals(ctx, ['version-decl']).filter((e) => manifest.test(e.path))];
      return presentOr(ev, 'no version');
    },
  }),
  defineControl({
    id: 'hygiene/gitignore',
    area: 'hygiene',
    title: '`.gitignore` covers build and runtime artifacts',
    docs: {
      why: 'Caches, virtualenvs, node_modules and local databases committed by accident bloat the repository and leak data.',
      detects: 'A `.gitignore` with entries for the artifacts of the languages in use (Python caches and virtualenvs, node_modules, local SQLite databases).',
      partial: 'A `.gitignore` exists but misses the artifacts of a language in use (named), or artifacts are tracked anyway (hygiene/committed-artifact).',
      notApplicable: 'Always applicable.',
      fix: 'Add the standard entries for each language (github/gitignore templates) and untrack what was committed.',
    },
    rules: ['hygiene/committed-artifact'],
    effort: { hours: 0.5, track: 'hygiene' },
    evaluate(ctx) {
      const gi = ctx.files(/(^|\/)\.gitignore$/, '.gitignore');
      if (!gi.length) return missing('no .gitignore');
      const gaps: string[] = [];
      const has = (id: string) => signals(ctx, [id], ANY).length > 0;
      const langs = new Set(ctx.facts.files.map((f) => f.lang));
      if (langs.has('python') && !has('gitignore-python')) gaps.push('Python caches (__pycache__/*.pyc)');
      if (langs.has('python') && !has('gitignore-venv')) gaps.push('virtualenvs (.venv)');
      if ((langs.has('javascript') || langs.has('typescript') || langs.has('tsx')) && ctx.files(/(^|\/)package\.json$/, '').length && !has('gitignore-node')) gaps.push('node_modules');
      if (ctx.signal('db-sqlite').length && !has('gitignore-db')) gaps.push('local SQLite databases (*.db)');
      const ev = [...gi.slice(0, 1), ...signals(ctx, ['gitignore-python', 'gitignore-venv', 'gitignore-node', 'gitignore-db'], ANY)];
      return gaps.length ? partial(ev, `not ignored: ${gaps.join(', ')}`) : done(ev);
    },
  }),
  defineControl({
    id: 'hygiene/pre-commit',
    area: 'hygiene',
    title: 'Pre-commit hooks',
    docs: {
      why: 'Formatting, linting and secret checks before the commit keep noise out of review and secrets out of history.',
      detects: '`.pre-commit-config.yaml`, husky, lefthook, lint-staged or simple-git-hooks configuration.',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Add `.pre-commit-config.yaml` (ruff, prettier, shellcheck, gitleaks) and run it in CI too.',
    },
    effort: { hours: 1, track: 'hygiene' },
    evaluate: (ctx) =>
      presentOr([...ctx.files(/(^|\/)(\.pre-commit-config\.ya?ml|\.husky\/[^/]+|lefthook\.ya?ml|\.lefthook\.ya?ml|\.lintstagedrc[\w.]*)$/, 'hook config').slice(0, 2), ...signals(ctx, ['precommit-hook'])], 'no pre-commit hooks'),
  }),
  defineControl({
    id: 'hygiene/tests-by-kind',
    area: 'hygiene',
    title: 'Tests exist and are organised by kind',
    docs: {
      why: 'Separating unit from integration and end-to-end tests lets CI run the fast ones on every change and the slow ones where they belong.',
      detects: 'Test files under folders named by kind (`unit/`, `integration/`, `e2e/`, `functional/`, `acceptance/`, `contract/`).',
      partial: 'Tests exist but are not split by kind.',
      notApplicable: 'No product code.',
      fix: 'Move tests into `tests/unit`, `tests/integration`, `tests/e2e` and run them as separate CI steps.',
    },
    rules: ['hygiene/no-tests'],
    effort: { hours: 3, track: 'testing' },
    evaluate(ctx) {
      const why = requires(ctx, 'code');
      if (why) return na(why);
      const tests = ctx.facts.files.filter((f) => f.context === 'test' && f.role === 'source');
      if (!tests.length) return missing('no tests');
      const KIND = /(^|\/)(unit|integration|e2e|functional|acceptance|contract|smoke|system|end[-_]to[-_]end|api(?=[-_]?tests?\/))[-_]?(tests?)?\//i;
      const kinds = new Set(tests.map((t) => KIND.exec(t.path)?.[2]?.toLowerCase()).filter(Boolean));
      const ev = tests.filter((t) => KIND.test(t.path)).map((t) => ({ path: t.path, line: 0, what: 'test by kind' }));
      if (kinds.size >= 2 || (kinds.size === 1 && ev.length < tests.length)) return done(ev.slice(0, 3));
      return partial([{ path: tests[0].path, line: 0, what: `${tests.length} test files` }], 'tests are not organised by kind (unit/integration/e2e)');
    },
  }),
  defineControl({
    id: 'hygiene/env-example',
    area: 'hygiene',
    title: 'Environment template (`.env.example`)',
    docs: {
      why: 'Documents every setting the service reads, so a new environment can be configured without reading the code.',
      detects: '`.env.example`, `.env.sample`, `.env.template`, `example.env`, `env.example`, `.env.dist`.',
      partial: 'Never.',
      notApplicable: 'No environment-based configuration.',
      fix: 'Commit a `.env.example` listing every variable with a placeholder and a comment.',
    },
    rules: [{ id: 'hygiene/missing-project-file', message: /\.env\.example/ }],
    effort: { hours: 1, track: 'docs' },
    evaluate(ctx) {
      if (!ctx.signal('env-read').length) return na('no environment-based configuration');
      return presentOr(ctx.files(/(^|\/)(\.env[._-](example|sample|template|dist|defaults?|tmpl|tpl)|(example|sample|template)\.env|env\.(example|sample|template))$/i, 'env template'), 'no .env.example');
    },
  }),
  defineControl({
    id: 'hygiene/architecture-doc',
    area: 'hygiene',
    title: 'Architecture document',
    docs: {
      why: 'How the parts fit, where data flows and why: the map a maintainer needs before changing anything.',
      detects: '`ARCHITECTURE.md`, `docs/architecture*`, `docs/design*`, architecture decision records (`docs/adr/`, `doc/decisions/`).',
      partial: 'Never.',
      notApplicable: 'No product code.',
      fix: 'Write ARCHITECTURE.md: components, data flow, dependencies, deployment; record decisions as ADRs.',
    },
    effort: { hours: 4, track: 'docs' },
    evaluate(ctx) {
      const why = requires(ctx, 'code');
      if (why) return na(why);
      return presentOr(ctx.files(/(^|\/)(architecture|design)[\w.-]*\.(md|rst|adoc)$|(^|\/)(adr|adrs|decisions)\/[^/]+\.md$/i, 'architecture document').slice(0, 2), 'no architecture document');
    },
  }),
];
