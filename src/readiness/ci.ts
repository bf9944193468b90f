/** CI steps that run a kind of command, and whether each is blocking (no `|| true`, no continue-on-error). */
import { DEPLOY, TEST_COMMAND } from '../rules/ops/ci-no-tests.js';
import type { CiPipeline, CiStep } from '../rules/types.js';
import type { Evidence, ReadinessContext } from './types.js';

export { DEPLOY, TEST_COMMAND };

/** Test commands: ci-no-tests' list plus API test runners and scripts named for tests (`tests-start.sh`). */
export const TEST_STEP = new RegExp(`${TEST_COMMAND.source}|\\bnewman\\s+run\\b|[\\w-]*tests?[\\w-]*\\.(sh|py)\\b`, 'i');
export const LINT_COMMAND = /\b(prek\s+run|flake8|ruff(\s+check)?|pylint|eslint|prettier\s+(--check|-c)|black\s+(--check|\.)|isort\s+(--check|-c)|shellcheck|golangci-lint|hadolint|tslint|stylelint|rubocop|yamllint|biome\s+(check|lint)|pre-commit\s+run|(npm|pnpm|yarn)\s+(run\s+)?lint\b)|super-linter|pre-commit\/action|[\w-]*\b(black|flake8|ruff|eslint|pylint|prettier|lint)[\w-]*-action\b|golangci\/golangci-lint-action|ruff-action/i;
export const TYPE_COMMAND = /\b(mypy|pyright|pytype|basedpyright|tsc(\s|$)|vue-tsc|(npm|pnpm|yarn)\s+(run\s+)?(type-?check|types|tsc|check-types)\b)/i;
export const SECURITY_SCAN = /\b(bandit|safety\s+(check|scan)|pip-audit|npm\s+audit|yarn\s+(npm\s+)?audit|pnpm\s+audit|trivy|grype|snyk|semgrep|gosec|osv-scanner|gitleaks|trufflehog|detect-secrets|checkov|tfsec|dependency-check|audit-ci)\b|github\/codeql-action|aquasecurity\/trivy-action|snyk\/actions|pypa\/gh-action-pip-audit|anchore\/scan-action|dependency-review-action|returntocorp\/semgrep-action|semgrep\/semgrep-action|gitleaks\/gitleaks-action|\bzizmor\b|zizmorcore\/zizmor-action/i;

/** Package installs name tools without running them (`pip install ruff mypy pytest`). */
const INSTALL = /\b(pip3?|python[\d.]*\s+-m\s+pip|uv\s+pip|pipx|poetry|npm|yarn|pnpm|bun|apt-get|apt|apk|brew|gem|go)\s+(install|add|i|get)\b[^;&|\n]*/g;

export interface StepHit {
  pipeline: CiPipeline;
  step: CiStep;
  blocking: boolean;
}

/** The commands of a step without `echo …` arguments and shell comments. */
function commands(step: CiStep): string {
  return step.text
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '').replace(/\becho\s+("[^"]*"|'[^']*'|[^;&|\n]*)/g, 'echo').replace(INSTALL, 'install'))
    .join('\n');
}

/** A repository script a step runs (`bash scripts/lint.sh`, `./ci/test.sh`, `poetry run ./scripts/lint`). */
const SCRIPT_CALL = /(?:^|[\s;&|(])(?:\.\/)?((?:[\w.-]+\/)+[\w.-]+|[\w.-]+\.sh)(?![\w./-])/g;
const PRE_COMMIT = /\b(?:pre-commit|prek)\s+run\b|pre-commit\/action|pre-commit-ci\/lite-action/;

/**
 * Whether a step does what `signal` (cmd-test/cmd-lint/cmd-type/cmd-scan) names by running a repository
 * script that does it, or by running pre-commit whose configuration has such a hook.
 */
function indirect(ctx: ReadinessContext, text: string, signal: string): boolean {
  const files = ctx.signal(signal, { contexts: ['product', 'test', 'example', 'docs'] }).map((e) => e.path);
  if (!files.length) return false;
  for (const m of text.matchAll(SCRIPT_CALL)) {
    const p = m[1].replace(/^\.\//, '');
    if (files.some((f) => f === p || f.endsWith(`/${p}`))) return true;
  }
  return PRE_COMMIT.test(text) && files.some((f) => /(^|\/)\.pre-commit-config\.ya?ml$/.test(f));
}

export function ciSteps(ctx: ReadinessContext, re: RegExp, signal?: string): StepHit[] {
  const out: StepHit[] = [];
  for (const p of ctx.facts.ci) {
    const soft = ctx.signal('continue-on-error', { contexts: ['product', 'test', 'example', 'docs'] }).filter((e) => e.path === p.file).map((e) => e.line);
    const lines = p.steps.map((s) => s.line).sort((a, b) => a - b);
    for (const s of p.steps) {
      const text = commands(s);
      const m = re.exec(text) ?? (signal && indirect(ctx, text, signal) ? ({ index: 0 } as RegExpExecArray) : null);
      if (!m) continue;
      const next = lines.find((l) => l > s.line) ?? Infinity;
      const afterCmd = text.slice(m.index).split('\n')[0];
      const swallowed = /\|\|\s*(true|:|exit 0|echo)\b/.test(afterCmd) || /\bset \+e\b/.test(text);
      const softLine = soft.some((l) => l >= s.line && l < next);
      out.push({ pipeline: p, step: s, blocking: !swallowed && !softLine });
    }
  }
  return out;
}

export const stepEvidence = (h: StepHit, what: string): Evidence => ({ path: h.pipeline.file, line: h.step.line, what });
