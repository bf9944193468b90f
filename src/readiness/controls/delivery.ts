/** Phase 5 — operations & delivery controls. */
import { ciSteps, DEPLOY, LINT_COMMAND, stepEvidence, TEST_STEP, TYPE_COMMAND } from '../ci.js';
import { defineControl, done, missing, na, partial, presentOr, requires, signals } from '../define.js';
import type { Evidence, ReadinessContext, Verdict } from '../types.js';

const ANY = ['product', 'test', 'example', 'docs'];

/** done for a blocking step, partial when every such step is non-blocking. */
function blockingStep(ctx: ReadinessContext, re: RegExp, what: string, signal: string): Verdict {
  if (!ctx.facts.ci.length) return missing('no CI');
  const hits = ciSteps(ctx, re, signal);
  const blocking = hits.filter((h) => h.blocking);
  if (blocking.length) return done(blocking.map((h) => stepEvidence(h, what)));
  if (hits.length) return partial(hits.map((h) => stepEvidence(h, `non-blocking ${what}`)), `the ${what} cannot fail the build (|| true / continue-on-error)`);
  return missing(`no ${what} in CI`);
}

const IAC = /\.(tf|tf\.json)$|(^|\/)(Pulumi\.ya?ml|cdk\.json|Chart\.ya?ml|kustomization\.ya?ml|serverless\.ya?ml|ansible\.cfg|playbook[\w.-]*\.ya?ml|site\.ya?ml|template\.ya?ml|main\.bicep|[\w-]+\.bicep|nomad[\w.-]*\.hcl|[\w-]+\.nomad)$|(^|\/)roles\/[^/]+\/tasks\/main\.ya?ml$/;

export const DELIVERY_CONTROLS = [
  defineControl({
    id: 'delivery/ci-pipeline',
    area: 'delivery',
    title: 'CI pipeline',
    docs: {
      why: 'Every change checked the same way on a clean machine; the base of every other delivery control.',
      detects: 'GitHub Actions, GitLab CI, Jenkinsfile, Cloud Build, CircleCI, Travis, Azure, Bitbucket … configuration.',
      partial: 'Never.',
      notApplicable: 'Always applicable.',
      fix: 'Add a pipeline that installs, lints, tests and builds on every push and pull request.',
    },
    rules: ['ops/no-ci'],
    effort: { hours: 4, track: 'ci' },
    evaluate(ctx) {
      return presentOr(ctx.facts.ci.map((p) => ({ path: p.file, line: 0, what: `${p.system} pipeline` })), 'no CI configuration');
    },
  }),
  defineControl({
    id: 'delivery/ci-tests',
    area: 'delivery',
    title: 'CI runs the tests as a blocking step',
    docs: {
      why: 'Tests that do not run on every change, or cannot fail the build, protect nothing.',
      detects: 'A CI step running a test command (pytest, tox, npm test, jest, vitest, go test, make test …).',
      partial: 'Tests run but cannot fail the build (`|| true`, `continue-on-error`, `allow_failure`).',
      notApplicable: 'Always applicable.',
      fix: 'Run the test suite in CI and let a failure fail the pipeline.',
    },
    rules: ['ops/ci-no-tests', 'ops/no-ci'],
    effort: { hours: 2, track: 'ci' },
    dependsOn: ['delivery/ci-pipeline'],
    evaluate: (ctx) => blockingStep(ctx, TEST_STEP, 'test step', 'cmd-test'),
  }),
  defineControl({
    id: 'delivery/ci-lint',
    area: 'delivery',
    title: 'CI runs linters as a blocking step',
    docs: {
      why: 'Linters catch a class of bugs (undefined names, unused results, shell quoting) before review.',
      detects: 'A CI step running ruff, flake8, pylint, black --check, eslint, prettier --check, shellcheck, hadolint, pre-commit …',
      partial: 'The linter runs but cannot fail the build.',
      notApplicable: 'Always applicable.',
      fix: 'Add a lint step (ruff/eslint/shellcheck or `pre-commit run --all-files`) that fails the pipeline.',
    },
    effort: { hours: 2, track: 'ci' },
    dependsOn: ['delivery/ci-pipeline'],
    evaluate: (ctx) => blockingStep(ctx, LINT_COMMAND, 'lint step', 'cmd-lint'),
  }),
  defineControl({
    id: 'delivery/ci-type-check',
    area: 'delivery',
    title: 'CI runs a type checker',
    docs: {
      why: 'Type checking finds wrong arguments and None/undefined paths across modules that tests miss.',
      detects: 'A CI step running mypy, pyright, pytype, tsc, vue-tsc or a `typecheck` script.',
      partial: 'The type checker runs but cannot fail the build.',
      notApplicable: 'No Python or TypeScript product code.',
      fix: 'Run mypy/pyright (Python) or `tsc --noEmit` (TypeScript) in CI; start with the modules you own.',
    },
    effort: { hours: 4, track: 'ci' },
    dependsOn: ['delivery/ci-pipeline'],
    evaluate(ctx) {
      if (!ctx.facts.files.some((f) => f.context === 'product' && (f.lang === 'python' || f.lang === 'typescript' || f.lang === 'tsx'))) return na('no Python or TypeScript product code');
      return blockingStep(ctx, TYPE_COMMAND, 'type check', 'cmd-type');
    },
  }),
  defineControl({
    id: 'delivery/automated-deploy',
    area: 'delivery',
    title: 'Deploys are automated',
    docs: {
      why: 'A scripted deploy is repeatable and reviewable; a manual one differs every time.',
      detects: 'A CI deploy step (kubectl/helm, ssh + compose, cloud deploy commands, deploy actions) or a deploy script (`deploy.sh` …).',
      partial: 'A deploy script exists but CI does not run it.',
      notApplicable: 'Nothing is deployed.',
      fix: 'Run the deploy from CI on the main branch (or on tags), with the deploy script under version control.',
    },
    effort: { hours: 6, track: 'ci' },
    dependsOn: ['delivery/ci-pipeline'],
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      const steps = ciSteps(ctx, DEPLOY);
      if (steps.length) return done(steps.map((h) => stepEvidence(h, 'deploy step')));
      const scripts = ctx.files(/(^|\/)(deploy|release)[\w.-]*\.(sh|py|ya?ml)$/i, 'deploy script').filter((e) => !/\.github\//.test(e.path));
      return scripts.length ? partial(scripts, 'deploy script exists but CI does not run it') : missing('no deploy automation');
    },
  }),
  defineControl({
    id: 'delivery/deploy-gated-on-tests',
    area: 'delivery',
    title: 'Deploys are gated on passing tests',
    docs: {
      why: 'A deploy that does not wait for the tests ships the regressions the tests caught.',
      detects: 'A pipeline whose deploy step comes after a test step (same workflow; jobs run in order or with `needs:`), or a deploy workflow triggered by `workflow_run` of the tests.',
      partial: 'Tests run in another pipeline that the deploy does not wait for.',
      notApplicable: 'No deploy step in CI.',
      fix: 'Make the deploy job depend on the test job (`needs: test`, a later stage, or `workflow_run` on success).',
    },
    effort: { hours: 2, track: 'ci' },
    dependsOn: ['delivery/ci-tests', 'delivery/automated-deploy'],
    evaluate(ctx) {
      const deploys = ciSteps(ctx, DEPLOY);
      if (!deploys.length) return na('no deploy step in CI');
      const tests = ciSteps(ctx, TEST_STEP, 'cmd-test').filter((h) => h.blocking);
      const gated = deploys.filter((d) => tests.some((t) => t.pipeline.file === d.pipeline.file && t.step.line < d.step.line));
      const chained = signals(ctx, ['workflow-run'], ANY).filter((e) => deploys.some((d) => d.pipeline.file === e.path));
      if (gated.length || chained.length) return done([...gated.map((h) => stepEvidence(h, 'deploy after tests')), ...chained]);
      return tests.length ? partial(deploys.map((h) => stepEvidence(h, 'deploy step')), 'the deploy does not wait for the test pipeline') : missing('no tests before the deploy');
    },
  }),
  defineControl({
    id: 'delivery/staging-environment',
    area: 'delivery',
    title: 'Staging environment',
    docs: {
      why: 'A production-like environment where releases and migrations are rehearsed before they reach users.',
      detects: 'A staging environment in CI, compose, Kubernetes overlays, Terraform or env files (`staging`, `preprod`).',
      partial: 'Never.',
      notApplicable: 'Nothing is deployed.',
      fix: 'Create a staging environment deployed by the same pipeline, before production.',
    },
    effort: { hours: 12, track: 'ops' },
    dependsOn: ['delivery/automated-deploy'],
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr([...ctx.files(/(^|[/._-])(staging|preprod|stage)([/._-]|$)/i, 'staging config').filter((e) => !/\.md$/.test(e.path)), ...signals(ctx, ['staging'])], 'no staging environment');
    },
  }),
  defineControl({
    id: 'delivery/infrastructure-as-code',
    area: 'delivery',
    title: 'Infrastructure as code',
    docs: {
      why: 'Hosts, networks, databases and permissions described in code can be reviewed, recreated and audited.',
      detects: 'Terraform, Pulumi, CDK, CloudFormation/SAM, Bicep, Helm charts, Kubernetes manifests, Kustomize, Ansible playbooks, Nomad jobs, Serverless.',
      partial: 'Never: compose files alone describe services, not the infrastructure they run on.',
      notApplicable: 'Nothing is deployed.',
      fix: 'Describe the production infrastructure (hosts, database, network, IAM) in Terraform or similar.',
    },
    effort: { hours: 16, track: 'ops' },
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      const ev: Evidence[] = [...ctx.files(IAC, 'infrastructure code'), ...signals(ctx, ['cloudformation'], ANY)];
      const k8s = ctx.facts.k8s ?? [];
      if (k8s.length) ev.push({ path: k8s[0].file, line: k8s[0].line, what: `${k8s.length} Kubernetes workload${k8s.length === 1 ? '' : 's'}` });
      return presentOr(ev, ctx.facts.compose.length ? 'compose files only; no Terraform/Pulumi/CloudFormation/Kubernetes/Ansible' : 'no infrastructure code');
    },
  }),
  defineControl({
    id: 'delivery/rollback-procedure',
    area: 'delivery',
    title: 'Rollback script or document',
    docs: {
      why: 'When a release goes wrong the fastest fix is the previous version; that must be one known command.',
      detects: 'A rollback script or CI job (`rollback`, `helm rollback`, `kubectl rollout undo`, previous-image tags), a rollback document (`ROLLBACK.md`, a "Rollback" heading in the docs).',
      partial: 'Never.',
      notApplicable: 'Nothing is deployed.',
      fix: 'Keep the previous release (image tag) and write the one command that restores it; rehearse it on staging.',
    },
    rules: ['ops/no-rollback'],
    effort: { hours: 3, track: 'ops' },
    dependsOn: ['delivery/automated-deploy'],
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr(
        [...ctx.files(/(^|\/)rollback[\w.-]*\.(md|sh|py|ya?ml)$/i, 'rollback'), ...signals(ctx, ['rollback-cmd']), ...signals(ctx, ['doc-rollback'], ['docs'])],
        'no rollback script or document',
      );
    },
  }),
  defineControl({
    id: 'delivery/runbook',
    area: 'delivery',
    title: 'Runbook',
    docs: {
      why: 'Whoever is on call at 3 a.m. needs the restart, rollback and diagnosis steps written down.',
      detects: '`RUNBOOK.md`, a `runbooks/` folder, `OPERATIONS.md`, `ONCALL.md`, or a runbook / incident-response / on-call heading in the docs.',
      partial: 'Never.',
      notApplicable: 'Nothing is deployed.',
      fix: 'Write a runbook: how to deploy, roll back, restart, read logs and metrics, and whom to call.',
    },
    effort: { hours: 4, track: 'docs' },
    evaluate(ctx) {
      const why = requires(ctx, 'deployable');
      if (why) return na(why);
      return presentOr(
        [...ctx.files(/(^|\/)(runbooks?|playbooks?\/[^/]+\.md$|operations|oncall|on-call|incident[-_]response)[\w.-]*(\.md|\/)/i, 'runbook').filter((e) => /\.md$|\/$/.test(e.path) || /runbook/i.test(e.path)), ...signals(ctx, ['doc-runbook'], ['docs'])],
        'no runbook',
      );
    },
  }),
  defineControl({
    id: 'delivery/locked-dependencies',
    area: 'delivery',
    title: 'Dependencies pinned with a lockfile',
    docs: {
      why: 'Unpinned dependencies make two builds of the same commit differ; a lockfile makes builds reproducible and auditable.',
      detects: 'package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, uv.lock, Pipfile.lock, pdm.lock, requirements compiled with hashes or fully pinned (no ops/unpinned-dependencies finding).',
      partial: 'Some ecosystems are locked, others are not (ops/unpinned-dependencies reports them).',
      notApplicable: 'No dependency manifest.',
      fix: 'Commit a lockfile for every ecosystem (pip-compile/uv/poetry, npm ci) and install from it in CI and images.',
    },
    rules: ['ops/unpinned-dependencies'],
    effort: { hours: 2, track: 'ci' },
    evaluate(ctx) {
      const manifests = ctx.facts.files.filter((f) => f.role === 'manifest' && f.context === 'product');
      if (!manifests.length) return na('no dependency manifest');
      const locks = ctx.files(/(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|uv\.lock|Pipfile\.lock|pdm\.lock|bun\.lockb?|requirements[\w.-]*\.lock|Cargo\.lock|go\.sum)$/, 'lockfile');
      const pinnedReqs = manifests.filter((m) => /requirements[\w.-]*\.txt$/.test(m.path)).map((m) => ({ path: m.path, line: 0, what: 'requirements' }));
      const ev = [...locks, ...pinnedReqs];
      return presentOr(ev, 'no lockfile');
    },
  }),
  defineControl({
    id: 'delivery/container-non-root',
    area: 'delivery',
    title: 'Containers run as a non-root user',
    docs: {
      why: 'A compromised process running as root owns the container and is one kernel bug from the host.',
      detects: 'A `USER` other than root in the final stage of every Dockerfile (or `user:` in compose).',
      partial: 'Some images run as a non-root user, others as root (security/container-runs-as-root reports them).',
      notApplicable: 'No Dockerfiles.',
      fix: 'Create an unprivileged user in each image and switch to it with `USER` before CMD.',
    },
    rules: ['security/container-runs-as-root'],
    effort: { hours: 2, track: 'security' },
    evaluate(ctx) {
      if (!ctx.facts.dockerfiles.length) return na('no Dockerfiles');
      const ev = ctx.facts.dockerfiles.filter((d) => d.user && !/^(root|0)(:|$)/.test(d.user)).map((d) => ({ path: d.file, line: 0, what: `USER ${d.user}` }));
      ev.push(...ctx.facts.compose.filter((s) => s.user && !/^(root|0)(:|$)/.test(s.user)).map((s) => ({ path: s.file, line: s.line, what: `user: ${s.user} (${s.name})` })));
      return presentOr(ev, 'every image runs as root');
    },
  }),
  defineControl({
    id: 'delivery/container-limits',
    area: 'delivery',
    title: 'Containers have memory/CPU limits',
    docs: {
      why: 'One leaking container without limits takes the whole host down with it.',
      detects: 'compose `deploy.resources.limits`/`mem_limit`/`cpus`, Kubernetes `resources.limits`.',
      partial: 'Some services have limits (ops/no-resource-limits reports the others).',
      notApplicable: 'No compose services or Kubernetes workloads.',
      fix: 'Set memory and CPU limits on every service, sized from observed usage.',
    },
    rules: ['ops/no-resource-limits'],
    effort: { hours: 1, track: 'ops' },
    evaluate(ctx) {
      const k8s = (ctx.facts.k8s ?? []).flatMap((w) => w.containers.map((c) => ({ w, c })));
      if (!ctx.facts.compose.length && !k8s.length) return na('no compose services or Kubernetes workloads');
      const ev: Evidence[] = [
        ...ctx.facts.compose.filter((s) => s.hasLimits).map((s) => ({ path: s.file, line: s.line, what: `limits (${s.name})` })),
        ...k8s.filter(({ c }) => c.hasLimits).map(({ w, c }) => ({ path: w.file, line: c.line, what: `limits (${c.name})` })),
      ];
      return presentOr(ev, 'no resource limits');
    },
  }),
  defineControl({
    id: 'delivery/pinned-images',
    area: 'delivery',
    title: 'Container images pinned to a version',
    docs: {
      why: '`latest` or an untagged image changes under you: the same deploy gives different software.',
      detects: 'Every `FROM` and compose `image:` carries an explicit tag or digest (no ops/image-latest-tag finding).',
      partial: 'Some images are pinned, others are not (ops/image-latest-tag reports them).',
      notApplicable: 'No Dockerfiles or images.',
      fix: 'Pin every base and service image to a version tag (and a digest for production).',
    },
    rules: ['ops/image-latest-tag'],
    effort: { hours: 1, track: 'ops' },
    evaluate(ctx) {
      // scratch and ${VAR} references are not images pulled from a registry.
      const images = [
        ...ctx.facts.dockerfiles.flatMap((d) => d.baseImages.map((b) => ({ ref: b.image, ev: { path: d.file, line: b.line, what: 'base image' } }))),
        ...ctx.facts.compose.filter((s) => s.image).map((s) => ({ ref: s.image!, ev: { path: s.file, line: s.imageLine ?? s.line, what: `image (${s.name})` } })),
      ].filter((i) => i.ref !== 'scratch' && !/^\$\{?[A-Z_]+\}?$/.test(i.ref));
      if (!images.length) return na('no Dockerfiles or images');
      const unpinned = new Set(ctx.findingsOf(['ops/image-latest-tag']).map((f) => `${f.path}:${f.line}`));
      // A tag without a version number (`lts-alpine`, `stable`, `slim`) moves like `latest`; untagged
      // references are the rule's (it tells stage names from images).
      const floating = images.filter((i) => /:[^/]+$/.test(i.ref) && !/@sha256:|:[^/]*\d/.test(i.ref) && !/\$\{/.test(i.ref));
      const pinned = images.filter((i) => !unpinned.has(`${i.ev.path}:${i.ev.line}`) && !floating.includes(i)).map((i) => i.ev);
      if (!pinned.length) return missing('no image is pinned to a version');
      return floating.length && !unpinned.size ? partial(pinned, `floating tags: ${floating.slice(0, 3).map((i) => i.ref).join(', ')}`) : done(pinned);
    },
  }),
];
