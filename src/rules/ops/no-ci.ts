import { defineRule } from '../define.js';
import type { RepoFindingDraft } from '../types.js';

/** CI configurations, including systems whose files the scanner does not parse as pipelines. */
const CI_PATH =
  /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+|(.*\/)?cloudbuild[\w.-]*\.ya?ml|(.*\/)?Jenkinsfile[\w.-]*|\.circleci\/.+|\.travis\.ya?ml|(.*\/)?azure-pipelines[\w.-]*\.ya?ml|\.azure-pipelines\/.+|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.drone\.jsonnet|\.buildkite\/.+|buildkite\.ya?ml|\.woodpecker(\.ya?ml|\/.+)|appveyor\.ya?ml|\.appveyor\.ya?ml|\.semaphore\/.+|codeship-steps\.ya?ml|wercker\.ya?ml|(.*\/)?buildspec[\w.-]*\.ya?ml|\.teamcity\/.+|\.?tekton\/.+|codemagic\.ya?ml|bitrise\.ya?ml|\.cirrus\.ya?ml|\.gitea\/workflows\/.+|\.forgejo\/workflows\/.+|\.harness\/.+|\.concourse\/.+)$/i;

/** A GitHub workflow (or composite action) below a subfolder: GitHub only reads the root `.github/`. */
const NESTED_WORKFLOW = /^.+\/\.github\/workflows\/[^/]+\.ya?ml$/;

/** A root workflow that publishes a folder to its own repository: `git subtree push --prefix=themes/core …`. */
const SUBTREE_MIRROR = /\bgit\s+subtree\s+(?:push|split)\b[^\n]*?--prefix[= ]\s*["']?([^\s"']+?)\/?["']?(?=\s|$)/g;

/** Source files of languages the scanner does not parse, which still make a repository "code". */
const OTHER_SOURCE = /\.(go|rs|java|kt|kts|scala|rb|php|cs|fs|swift|c|cc|cpp|cxx|h|hpp|ex|exs|erl|clj|dart|lua|pl|r|jl|zig|nim|hs|ml)$/i;
/** Languages that make a repository "code" that CI should build and test. */
const CODE_LANGS = new Set(['python', 'javascript', 'typescript', 'tsx', 'bash', 'dockerfile', 'groovy']);

export default defineRule({
  id: 'ops/no-ci',
  title: 'No CI configuration',
  category: 'ops',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'high',
  likelihood: 'high',
  impact: 'high',
  scope: { kind: 'repo' },
  messages: {
    none: 'no CI configuration in the repository ({count} source files are never built or tested automatically)',
    nested: '{file} never runs: GitHub runs workflows only from the repository root\'s .github/workflows/',
    onlyNested: 'no CI that runs: the only workflows ({files}) sit outside the root .github/workflows/, where GitHub never runs them ({count} source files are never built or tested automatically)',
  },
  docs: {
    what: 'A repository with source code and no CI configuration at all: no GitHub Actions workflow, GitLab CI, Cloud Build, Jenkinsfile, CircleCI, Travis, Azure Pipelines, Bitbucket Pipelines, Drone, Buildkite, Woodpecker, AppVeyor, CodeBuild … file.',
    why: 'Without CI nothing checks a change before it is merged or deployed: tests (if any) run only when someone remembers, builds are made on laptops, and there is no place to add the security and quality gates a production service needs.',
    bad: { path: 'app.py', code: 'from flask import Flask\n\napp = Flask(__name__)\n' },
    good: {
      path: '.github/workflows/ci.yml',
      code: 'name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt && pytest\n',
    },
    fix: 'Add a pipeline (e.g. `.github/workflows/ci.yml`) that installs dependencies, runs the linters and the test suite on every push and pull request, and builds the artifact.',
    falsePositives: 'Workflows under a subfolder\'s `.github/workflows/` (a project copied into a monorepo) are reported as never run, and when they are the only CI the repository counts as having none — unless a root workflow mirrors that folder to its own repository (`git subtree push --prefix=<folder>` or `git subtree split`), where the workflows sit at the root and run. CI defined outside the repository (a central Jenkins job, a platform team\'s pipeline repository, GitLab CI configured with a remote path) is invisible here: suppress with `.harden.yml`. Repositories with no source files (documentation, data) are not reported.',
  },
  remediation: { effort: 'M', kind: 'process', track: 'ops', dependsOn: ['hygiene/no-tests'] },
  check(facts) {
    // `services/api/.github/workflows/ci.yml` (a project copied into a monorepo) is never run by GitHub.
    const candidates = facts.files.filter((f) => NESTED_WORKFLOW.test(f.path)).map((f) => f.path);
    // A folder mirrored to its own repository by a root workflow (`git subtree push --prefix=<folder>`) keeps its
    // workflows for that repository, where they sit at the root and run.
    const mirrored = new Set<string>();
    for (const p of facts.ci) {
      if (candidates.includes(p.file)) continue;
      for (const step of p.steps) for (const m of step.text.matchAll(SUBTREE_MIRROR)) mirrored.add(m[1].replace(/^\.\//, ''));
    }
    const nested = candidates.filter((f) => ![...mirrored].some((dir) => f.startsWith(`${dir}/.github/workflows/`)));
    const out: RepoFindingDraft[] = nested.map((file) => ({ path: file, messageId: 'nested', data: { file }, matched: `nested workflow ${file}` }));
    const runs = (path: string) => !candidates.includes(path);
    if (facts.ci.some((p) => runs(p.file))) return out;
    if (facts.files.some((f) => runs(f.path) && (CI_PATH.test(f.path) || f.role.startsWith('ci-')))) return out;
    const code = facts.files.filter(
      (f) => f.context === 'product' && ((CODE_LANGS.has(f.lang) && (f.role === 'source' || f.role === 'dockerfile')) || OTHER_SOURCE.test(f.path)),
    ).length;
    if (!code) return out;
    if (nested.length) return [...out, { path: '', messageId: 'onlyNested', data: { files: nested.join(', '), count: code }, matched: 'only nested workflows' }];
    return [{ path: '', messageId: 'none', data: { count: code }, matched: 'no CI configuration' }];
  },
});
