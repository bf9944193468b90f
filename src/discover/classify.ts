import type { FileContext, FileRole, Lang } from '../rules/types.js';

export interface Classification {
  lang: Lang;
  role: FileRole;
}

const EXT_LANG: Record<string, Lang> = {
  py: 'python',
  pyw: 'python',
  sh: 'bash',
  bash: 'bash',
  ksh: 'bash',
  zsh: 'bash',
  yml: 'yaml',
  yaml: 'yaml',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  json: 'json',
  toml: 'toml',
  ini: 'ini',
  cfg: 'ini',
  conf: 'ini',
  md: 'markdown',
  markdown: 'markdown',
  rst: 'markdown',
  // Plain .txt files are prose (notes, licences, recorded outputs): treated like Markdown, never rule targets.
  // requirements*.txt is matched earlier as a manifest.
  txt: 'markdown',
  service: 'systemd',
  timer: 'systemd',
  socket: 'systemd',
  groovy: 'groovy',
  dockerfile: 'dockerfile',
  // HCL (Terraform, Packer, Nomad): `name = "value"` attribute lines and `#` comments read like INI.
  tf: 'ini',
  tfvars: 'ini',
  hcl: 'ini',
};

const MANIFESTS = new Set([
  'package.json',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'Pipfile',
  'poetry.lock',
  'go.mod',
  'Cargo.toml',
  'Gemfile',
  'pom.xml',
  'build.gradle',
]);

/** Language and role from the path and, for files without a telling extension, the shebang line. */
export function classify(relPath: string, firstLine = ''): Classification {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const ext = dot > 0 ? lower.slice(dot + 1) : '';

  if (/^(dockerfile|containerfile)([.-].*)?$/i.test(base) || ext === 'dockerfile') return { lang: 'dockerfile', role: 'dockerfile' };
  if (/^\.env(\..*)?$/.test(lower) || ext === 'env') return { lang: 'env', role: 'env' };
  if (lower === 'jenkinsfile' || /^jenkinsfile\./.test(lower)) return { lang: 'groovy', role: 'ci-jenkins' };
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(relPath)) return { lang: 'yaml', role: 'ci-github' };
  if (/(^|\/)\.github\/actions\/.+\/action\.ya?ml$/.test(relPath)) return { lang: 'yaml', role: 'ci-github' };
  if (/^\.gitlab-ci\.ya?ml$/.test(lower) || /(^|\/)\.gitlab\/ci\/.+\.ya?ml$/.test(relPath)) return { lang: 'yaml', role: 'ci-gitlab' };
  if (/^cloudbuild[\w.-]*\.ya?ml$/.test(lower)) return { lang: 'yaml', role: 'ci-cloudbuild' };
  if (/^(bitbucket-pipelines|azure-pipelines|\.travis|appveyor|\.drone)\.ya?ml$/.test(lower) || /(^|\/)\.circleci\/config\.ya?ml$/.test(relPath))
    return { lang: 'yaml', role: 'ci-other' };
  if (/^(docker-)?compose[\w.-]*\.ya?ml$/.test(lower)) return { lang: 'yaml', role: 'compose' };
  if (lower === 'crontab' || ext === 'cron' || /(^|\/)cron\.d\/[^/]+$/.test(relPath) || /^crontab[.-]/.test(lower))
    return { lang: 'crontab', role: 'crontab' };
  if (MANIFESTS.has(base) || /^requirements[\w.-]*\.(txt|in)$/.test(lower))
    return { lang: ext === 'txt' || ext === 'in' ? 'text' : (EXT_LANG[ext] ?? 'text'), role: 'manifest' };
  if (lower === 'package-lock.json' || lower === 'yarn.lock' || lower === 'pnpm-lock.yaml') return { lang: 'text', role: 'manifest' };

  let lang: Lang | undefined = EXT_LANG[ext];
  if (!lang && firstLine.startsWith('#!')) lang = shebangLang(firstLine);
  if (!lang) return { lang: 'text', role: 'other' };
  if (lang === 'markdown') return { lang, role: 'docs' };
  if (lang === 'systemd') return { lang, role: 'systemd' };
  if (lang === 'yaml') return { lang, role: isK8sPath(relPath) ? 'k8s' : 'config' };
  if (lang === 'json' || lang === 'toml' || lang === 'ini') return { lang, role: 'config' };
  return { lang, role: 'source' };
}

function shebangLang(line: string): Lang | undefined {
  if (/\b(ba|da|k|z)?sh\b/.test(line)) return 'bash';
  if (/\bpython[\d.]*\b/.test(line)) return 'python';
  if (/\b(node|deno|bun)\b/.test(line)) return 'javascript';
  return undefined;
}

function isK8sPath(p: string): boolean {
  return /(^|\/)(k8s|kubernetes|manifests|helm|charts|deploy\/k8s)\//.test(p);
}

/** Tests, examples and docs are kept apart from product code. */
export function fileContext(relPath: string, lang: Lang): FileContext {
  if (lang === 'markdown') return 'docs';
  const p = `/${relPath}`;
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  // `tests/`, and suites named by kind: `tests_async/`, `system_tests/`, `integration-tests/`, `test_data/`.
  // Browser end-to-end suites live in `cypress/` or `playwright/` beside their config file.
  if (/\/(tests?|__tests__|spec|specs|testing|fixtures|__mocks__|[\w-]+[_-]tests?|tests?[_-][\w-]+|e2e|testdata|cypress|playwright)\//.test(p)) return 'test';
  // Test runner configuration (`cypress.config.ts`, `playwright.config.ts`, `jest.config.js`) and the compose file
  // of the test stack (`docker-compose.test.yml`, `compose.e2e.yaml`) belong to the tests.
  if (/^(cypress|playwright|jest|vitest|karma|wdio)\.conf(ig)?\.[cm]?[jt]s$/.test(base) || /^(docker-)?compose[._-](test|tests|testing|e2e|ci)\.ya?ml$/.test(base)) return 'test';
  // `tests.py` is Django's per-app test module.
  if (/^(test_.*\.py|.*_test\.py|tests?\.py|conftest\.py|.*\.(test|spec)\.[cm]?[jt]sx?|.*_test\.(sh|go))$/.test(base)) return 'test';
  // Examples and demos; and a top-level `dev/` folder of developer tooling (code generators, stress tests, local
  // stacks run by hand), which is not shipped either: kept apart like an example.
  if (/\/(examples?|samples?|demos?)\//.test(p) || /^\/dev\//.test(p)) return 'example';
  if (/\/docs?\//.test(p)) return 'docs';
  return 'product';
}

/** Manifests that make the folder holding them a component of its own. */
export function isComponentManifest(base: string): boolean {
  return MANIFESTS.has(base) || /^requirements\.txt$/.test(base) || /^(Dockerfile|Containerfile)$/.test(base);
}
