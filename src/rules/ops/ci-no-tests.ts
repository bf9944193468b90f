import { defineRule } from '../define.js';
import type { CiPipeline, CiStep, RepoFactsView, RepoFindingDraft } from '../types.js';

/** Commands that run a test suite. */
export const TEST_COMMAND = new RegExp(
  [
    String.raw`\b(py\.?test|tox|nox|nosetests|nose2|behave|phpunit|pest|rspec|bats|jest|vitest|mocha|ava|karma|jasmine|ctest)\b`,
    String.raw`\bpython[\d.]*\s+-m\s+(pytest|unittest|nose2?|tox|nox|coverage)\b`,
    String.raw`\bmanage\.py\s+test\b`,
    String.raw`\bcoverage\s+run\b`,
    String.raw`\b(npm|pnpm|yarn|bun|npx)\s+(run\s+)?(test|tests|t|cit|test:[\w:-]+|test-[\w-]+|e2e|coverage|ci:test)\b`,
    String.raw`\b(npm|pnpm)\s+(install-test|it)\b`,
    String.raw`\b(cypress\s+run|playwright\s+test|deno\s+test|bun\s+test|dotnet\s+test|swift\s+test|mix\s+test|flutter\s+test|sbt\s+\S*test|meson\s+test|hatch\s+(run\s+)?test)`,
    String.raw`\bgo\s+test\b|\bgotestsum\b|\bcargo\s+(test|nextest)\b`,
    // Build tools and task runners: `bazel test //...`, `just test`, `task test` (go-task), `earthly +test`.
    String.raw`\bbazel(isk)?\s+(test|coverage)\b|\b(just|task)\s+(test|tests|check|unit-test)\b|\bearthly\s+\S*\+test\b`,
    String.raw`\bmvnw?\b[^\n]*\b(test|verify|install|package)\b`,
    String.raw`\bgradlew?\b[^\n]*\b(test|check|build)\b`,
    String.raw`\bmake\b[^\n;&|]*\b(test|tests|check|unittest|unit-test|test-\w+|ci)\b`,
    String.raw`\brake\s+(test|spec)\b|\bbundle\s+exec\s+(rake|rspec)\b`,
    String.raw`(^|[\s/])(run[_-]?tests?|tests?|unit[_-]?tests?)\.(sh|py)\b`,
    // A project's test wrapper called by path, with or without an extension: `./scripts/test`, `poetry run
    // scripts/test-local`, `./postman/run-api-tests.sh`, `bin/run_unit_tests` (a bare `test -f x` has no path).
    String.raw`(^|[\s"'=])(\.{1,2}\/|[\w.-]+\/)+(run[_-]?)?(\w+[_-])?(tests?|specs?)(?![_-](results?|reports?|data|fixtures|outputs?|logs?|artifacts?|images?)\b)([_-][\w-]+)?(\.(sh|bash|py))?(?=$|[\s;&|)"'])`,
    String.raw`--target[= ](test|tests|testing)\b`,
    String.raw`uses:\s*\S*\/(\w+[-_])?(test|tests|ci)([-_][\w-]+)?\.ya?ml\b`,
  ].join('|'),
  'i',
);

const BUILD = /\bdocker(\s+buildx)?\s+build\b|docker\/build-push-action|cloud-builders\/docker\b[^\n]*\bbuild\b|\bkaniko\b|\bbuildah\b|\bnpm\s+run\s+build\b|\byarn\s+build\b|\bpython[\d.]*\s+-m\s+build\b|setup\.py\s+(sdist|bdist)|\bgo\s+build\b|\bcargo\s+build\b|\bpoetry\s+build\b|\btsc\b|\bwebpack\b|\bvite\s+build\b|\bpack\s+build\b/i;
const PUSH = /\bdocker\s+push\b|cloud-builders\/docker\b[^\n]*\bpush\b|build-push-action|\btwine\s+upload\b|\bnpm\s+publish\b|\bpoetry\s+publish\b|gh-action-pypi-publish|\bhelm\s+push\b|\bgcloud\s+builds\s+submit\b|\bcrane\s+push\b|^images:/im;
export const DEPLOY = /\bkubectl\s+(apply|set\s+image|rollout)|\bhelm\s+(upgrade|install)\b|\bgcloud\s+(run|app|functions)\s+deploy\b|cloud-builders\/gcloud\b[^\n]*\bdeploy\b|\bterraform\s+apply\b|\b(serverless|sls|firebase|vercel|netlify|flyctl|fly|cdk|pulumi)\s+(deploy|up)\b|\bansible-playbook\b|\brsync\b|\bscp\s|(?<![./~-])\bssh\s|\bdocker[\s-]compose\b[^\n]*\bup\b|\baws\s+(ecs|s3|lambda|deploy)\b|\bheroku\b|\bgh-pages\b|deploy-pages|\bcapistrano\b|uses:\s*\S*(deploy|ssh-action|scp-action)|\bcap\s+\w+\s+deploy|\bpipe"?:\s*"?[\w./-]*(deploy|publish|push|upload)/i;
const LINT = /\b(flake8|ruff|pylint|mypy|black|isort|eslint|prettier|shellcheck|golangci-lint|hadolint|pre-commit|tslint|stylelint|rubocop|yamllint|markdownlint|codeql|bandit|semgrep|trivy)\b/i;
/** Steps of code-scanning actions (and their setup), by the action they use. */
const CODE_SCANNING = /^\s*(uses:\s*)?\S*(codeql-action|scorecard-action|trivy-action|semgrep|snyk\/actions|dependency-review-action|upload-sarif|ossf\/)[\w./@-]*\s*$/im;
const CHECKOUT = /actions\/checkout|\bgit\s+(clone|submodule|checkout)\b|^\s*checkout\s*$/im;

/** Removes what cannot run a test: `echo …` arguments and shell comments. */
function commands(step: CiStep): string {
  return step.text
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '').replace(/\becho\s+("[^"]*"|'[^']*'|[^;&|\n]*)/g, 'echo'))
    .join('\n');
}

/**
 * A smoke test: the workflow starts the stack on the runner (`docker compose up`, `docker run`) and calls it on
 * localhost (`curl http://localhost:8000/health`). Starting a stack locally is not a deployment.
 */
const LOCAL_STACK = /\bdocker[\s-]compose\b[^\n]*\b(up|run)\b|\bdocker\s+run\b/i;
const LOCAL_CALL = /\b(curl|wget|http)\b[^\n]*\b(localhost|127\.0\.0\.1)\b/i;
const TEARDOWN = /\bdocker[\s-]compose\b[^\n]*\bdown\b|\bdocker\s+(stop|rm)\b/i;
const REMOTE = /(?<![./~-])\bssh\s|\bDOCKER_HOST\b|\bdocker\s+context\s+use\b|--host[= ]\s*(ssh|tcp):/i;

/** A documentation build: Sphinx, MkDocs, Jekyll, Hugo, Docusaurus, mdBook, TypeDoc, pdoc, or a `docs` target. */
const DOCS_BUILD = /\bsphinx-build\b|\bmkdocs\s+(build|gh-deploy)\b|\bjekyll\s+build\b|\bhugo\b|\bdocusaurus\b|\bmdbook\s+build\b|\btypedoc\b|\bpdoc\b|\bantora\b|\b(make|just|task|tox|nox)\b[^\n]*\s(-e\s+|-s\s+)?docs?(\.\w+)?\b|\b(npm|yarn|pnpm)\s+(run\s+)?docs?(:\w+)?\b/i;
/** Publishing to GitHub Pages (`gh-pages` branch, `actions/deploy-pages`, `mkdocs gh-deploy`). */
const PAGES = /github-pages-deploy-action|actions-gh-pages|deploy-pages|upload-pages-artifact|\bgh-pages\b|\bmkdocs\s+gh-deploy\b/i;

/**
 * A workflow that builds the documentation and publishes it to GitHub Pages, and ships nothing else: the site is not
 * the code, and the documentation build is its own check.
 */
function publishesOnlyDocs(text: string): boolean {
  if (!DOCS_BUILD.test(text) || !PAGES.test(text)) return false;
  const rest = text.split('\n').filter((l) => !PAGES.test(l)).join('\n');
  return !PUSH_OR_DEPLOY.test(rest);
}

/** Steps that push an image or deploy (PUSH/DEPLOY above). */
const PUSH_OR_DEPLOY = new RegExp(`${PUSH.source}|${DEPLOY.source}`, 'im');
function runsTests(p: CiPipeline): boolean {
  return p.steps.some((s) => TEST_COMMAND.test(commands(s))) || smokeTests(p);
}

function smokeTests(p: CiPipeline): boolean {
  const text = p.steps.map(commands).join('\n');
  // A deployment on a self-hosted runner also starts the stack and curls it: a smoke test runs on pull requests
  // or takes its stack down again.
  const throwaway = (p.triggers ?? []).some((t) => t === 'pull_request' || t === 'merge_request') || TEARDOWN.test(text);
  return throwaway && LOCAL_STACK.test(text) && LOCAL_CALL.test(text) && !REMOTE.test(text) && !PUSH.test(text);
}

function activity(p: CiPipeline): string | null {
  const text = p.steps.map(commands).join('\n');
  const build = BUILD.test(text);
  const push = PUSH.test(text);
  const deploy = DEPLOY.test(text);
  const verbs: string[] = [];
  if (build) verbs.push('builds');
  if (push) verbs.push('pushes');
  if (deploy) verbs.push('deploys');
  if (verbs.length) return verbs.length === 1 ? verbs[0] : `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}`;
  // A code-scanning workflow (CodeQL, Scorecard, Trivy, Semgrep … actions and nothing else) is a security
  // analysis beside the pipelines, not a pipeline that ships the code: it is not where tests belong.
  if (p.steps.every((s) => CHECKOUT.test(s.text) || CODE_SCANNING.test(s.text))) return null;
  if (LINT.test(text)) return 'only lints';
  if (CHECKOUT.test(text)) return `runs ${p.steps.length} step${p.steps.length === 1 ? '' : 's'}`;
  return null; // housekeeping (stale issues, labels, release notes): not a pipeline of the code
}

/** Pipelines that cover the same code: GitHub workflows all sit at the root; others by their folder. */
function scopeOf(p: CiPipeline, facts: RepoFactsView): string {
  if (p.system === 'github') return 'github';
  return facts.files.find((f) => f.path === p.file)?.component ?? '.';
}

export default defineRule({
  id: 'ops/ci-no-tests',
  title: 'CI pipeline with no test step',
  category: 'ops',
  status: 'stable',
  since: '0.1.0',
  severity: 'high',
  confidence: 'medium',
  likelihood: 'high',
  impact: 'high',
  scope: { kind: 'repo' },
  messages: {
    noTests: '{file} {does} with no test step',
    untested: '{file} {does} without waiting for the tests of {tests}: no `workflow_run` trigger on it and no job it needs runs them, so a failing suite does not stop the deployment',
  },
  docs: {
    what: 'A CI pipeline (GitHub Actions, GitLab CI, Cloud Build, Jenkins, CircleCI …) that builds, pushes, deploys or lints the code but never runs a test suite — and no other pipeline of the same code does.',
    why: 'A pipeline that builds and ships without tests turns every merge into a production experiment: regressions are found by users, and nothing stops a broken image from being pushed and deployed.',
    bad: {
      path: 'cloudbuild.yaml',
      code: "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: ['build', '-t', 'gcr.io/$PROJECT_ID/api:$SHORT_SHA', '.']\n  - name: gcr.io/cloud-builders/docker\n    args: ['push', 'gcr.io/$PROJECT_ID/api:$SHORT_SHA']\n",
    },
    good: {
      path: 'cloudbuild.yaml',
      code: "steps:\n  - name: python:3.12\n    entrypoint: bash\n    args: ['-c', 'pip install -r requirements.txt && pytest -q']\n  - name: gcr.io/cloud-builders/docker\n    args: ['build', '-t', 'gcr.io/$PROJECT_ID/api:$SHORT_SHA', '.']\n  - name: gcr.io/cloud-builders/docker\n    args: ['push', 'gcr.io/$PROJECT_ID/api:$SHORT_SHA']\n",
    },
    fix: 'Add a test step before the build/push steps (`pytest`, `npm test`, `go test ./...`, `make test` …) so a failing suite stops the pipeline.',
    falsePositives: 'A test is recognised by its command (pytest, tox, npm test, jest, go test, cargo test, mvn verify, gradle check, make test, bazel test, just/task test, bats …), not by a step name: a step called "test" that only echoes is not a test. A pipeline is not reported when another pipeline of the same code runs tests (any GitHub workflow of the repository; for other systems, a pipeline in the same component). Housekeeping workflows (stale issues, labels) that do not check out code, and code-scanning workflows made only of scanning actions (CodeQL, Scorecard, Trivy, Semgrep, dependency review), are not reported. A project\'s test wrapper called by path counts, with or without an extension (`./scripts/test`, `poetry run scripts/test-local`, `./postman/run-api-tests.sh`; not `./test-results` or `requirements/test.txt`); tests run inside a custom script with another name (`./ci.sh`) are not seen. A smoke test counts as a test: a workflow that starts the stack on the runner (`docker compose up`, `docker run`) and calls it on localhost (`curl http://localhost:8000/health`), runs on pull requests or takes the stack down again, and has no remote host and no push. Creating `~/.ssh` for a deploy key is not a deployment, and a workflow that only mirrors a folder to another repository (`git subtree push`) is not either. A workflow that builds the documentation (`sphinx-build`, `mkdocs build`, `make docs`, `npm run docs` …) and publishes it to GitHub Pages (`gh-pages`, `actions/deploy-pages`, `github-pages-deploy-action`), pushing and deploying nothing else, is not reported: the site is not the code, and the documentation build is its own check. A site built from the application itself (`npm run build` to Pages) stays reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 1, perFile: 0, cap: 24, kind: 'process', track: 'testing', dependsOn: ['hygiene/no-tests'] },
  check(facts) {
    const out: RepoFindingDraft[] = [];
    const tested = new Set(facts.ci.filter(runsTests).map((p) => scopeOf(p, facts)));
    const testWorkflows = facts.ci.filter((p) => p.system === 'github' && runsTests(p)).map((p) => p.file);
    for (const p of facts.ci) {
      if (!p.steps.length || runsTests(p)) continue;
      if (publishesOnlyDocs(p.steps.map(commands).join('\n'))) continue;
      if (tested.has(scopeOf(p, facts))) {
        // GitHub runs workflows independently: a deploying workflow beside the test workflow ships untested code
        // unless it waits for it (`on: workflow_run`), is itself called (`workflow_call`), or calls it.
        const deploys = p.system === 'github' && PUSH_OR_DEPLOY.test(p.steps.map(commands).join('\n'));
        const manual = !!p.triggers?.length && p.triggers.every((t) => t === 'workflow_dispatch');
        const waits = manual || (p.triggers ?? []).some((t) => t === 'workflow_run' || t === 'workflow_call') || p.steps.some((s) => testWorkflows.some((f) => s.text.includes(f.slice(f.lastIndexOf('/') + 1))));
        if (!deploys || waits || !testWorkflows.length) continue;
        const line = Math.min(...p.steps.map((s) => s.line).filter((l) => l > 0));
        out.push({
          path: p.file,
          messageId: 'untested',
          data: { file: p.file, does: activity(p) ?? 'deploys', tests: testWorkflows.join(', ') },
          range: Number.isFinite(line) ? { start: { line, column: 1 }, end: { line, column: 1 } } : undefined,
          matched: `${p.file} untested deploy`,
          confidence: 'medium',
        });
        continue;
      }
      const does = activity(p);
      if (!does) continue;
      const line = Math.min(...p.steps.map((s) => s.line).filter((l) => l > 0));
      out.push({
        path: p.file,
        messageId: 'noTests',
        data: { file: p.file, does },
        range: Number.isFinite(line) ? { start: { line, column: 1 }, end: { line, column: 1 } } : undefined,
        matched: `${p.file} no tests`,
      });
    }
    return out;
  },
});
