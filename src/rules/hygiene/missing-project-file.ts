import { defineRule } from '../define.js';
import type { RepoFindingDraft, RepoFactsView } from '../types.js';

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const dir = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

const README = /^readme(\.[\w.]+)?$/i;
const LICENSE = /^(licen[cs]e|copying|unlicense)([.-][\w.-]+)?$/i;
const SECURITY = /^security(\.[\w.]+)?$/i;
const CHANGELOG = /^(change[-_ ]?log|changes|history|news|release[-_]?notes|releases)(\.[\w.]+)?$/i;
const CHANGELOG_DIR = /^(changelog\.d|\.changeset|changes|newsfragments|changelogs?|\.changes)\//i;
/** Documented env templates: `.env.example`, `.env.sample`, `example.env`, `env.template`, `.env.dist` … */
const ENV_TEMPLATE = /(^|[._-])(example|sample|template|dist|defaults?|tmpl|tpl)([._-]|$)/i;
const ENV_FILE = /^\.env(\.[\w.-]+)?$|^[\w.-]+\.env$|^env$/i;

function envReason(facts: RepoFactsView): string | null {
  const envFiles = facts.files.filter((f) => ENV_FILE.test(base(f.path)) && !ENV_TEMPLATE.test(base(f.path)) && f.context === 'product');
  if (envFiles.length) return `the repository has ${envFiles.length === 1 ? 'an env file' : `${envFiles.length} env files`} (${envFiles[0].path}${envFiles.length > 1 ? ' …' : ''})`;
  const svc = facts.compose.find((s) => s.envFiles?.length);
  if (svc) return `compose service ${svc.name} reads env_file ${svc.envFiles![0]}`;
  return null;
}

export default defineRule({
  id: 'hygiene/missing-project-file',
  title: 'Missing project file',
  category: 'hygiene',
  status: 'stable',
  since: '0.1.0',
  severity: 'low',
  confidence: 'high',
  likelihood: 'high',
  impact: 'low',
  scope: { kind: 'repo' },
  messages: {
    readme: 'no README at the repository root',
    license: 'no LICENSE at the repository root',
    security: 'no SECURITY.md (how to report a vulnerability)',
    changelog: 'no CHANGELOG at the repository root',
    envExample: 'no .env.example documenting the environment variables: {reason}',
  },
  docs: {
    what: 'A repository without a README, a LICENSE, a SECURITY.md, a CHANGELOG, or — when it uses env files (`.env`, compose `env_file:`) — a committed `.env.example` template. One finding per missing file.',
    why: 'These files are how the next engineer, an auditor or a user learns what the project is, whether it may be used, how to report a vulnerability, what changed between releases and which variables must be set to run it. Without `.env.example` the required configuration lives only in someone\'s local `.env`.',
    bad: {
      path: 'app.py',
      code: 'import os\n\nprint(os.environ["GREETING"])\n',
      files: { 'LICENSE': 'MIT License\n', 'SECURITY.md': 'Report to security@example.com\n', 'CHANGELOG.md': '## 1.0.0\n' },
    },
    good: {
      path: 'README.md',
      code: '# greeter\n\nPrints $GREETING.\n',
      files: { 'app.py': 'import os\n\nprint(os.environ["GREETING"])\n', 'LICENSE': 'MIT License\n', 'SECURITY.md': 'Report to security@example.com\n', 'CHANGELOG.md': '## 1.0.0\n' },
    },
    fix: 'Add the missing file: a README (purpose, setup, run, test), a LICENSE (or a "proprietary" notice), a SECURITY.md (contact and disclosure policy), a CHANGELOG (Keep a Changelog), and an `.env.example` with every variable and no real values.',
    falsePositives: 'READMEs and licences are looked for at the root only (README.*, LICENSE*/LICENCE*/COPYING*); SECURITY.md also in `.github/` and `docs/`, changelogs also in `docs/` and as fragment folders (`changelog.d/`, `.changeset/`, `newsfragments/`). Private repositories may not need a licence: disable the finding in `.harden.yml`. SECURITY.md and CHANGELOG findings are reported at info severity. `.env.example` is only asked for when env files or compose `env_file:` are present.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.5, cap: 6, kind: 'process', track: 'quality' },
  check(facts) {
    if (!facts.files.length) return [];
    const paths = facts.files.map((f) => f.path);
    const root = paths.filter((p) => !p.includes('/'));
    const out: RepoFindingDraft[] = [];
    const miss = (messageId: string, extra: Partial<RepoFindingDraft> = {}) => out.push({ path: '', messageId, matched: `missing ${messageId}`, ...extra });
    if (!root.some((p) => README.test(p))) miss('readme');
    if (!root.some((p) => LICENSE.test(p)) && !paths.some((p) => /^LICENSES\//i.test(p))) miss('license');
    if (!paths.some((p) => ['', '.github', 'docs', '.gitlab'].includes(dir(p)) && SECURITY.test(base(p)))) miss('security', { severity: 'info' });
    if (!paths.some((p) => (['', 'docs', 'doc'].includes(dir(p)) && CHANGELOG.test(base(p))) || CHANGELOG_DIR.test(p))) miss('changelog', { severity: 'info' });
    const reason = envReason(facts);
    if (reason && !paths.some((p) => /(^|[._-])env([._-]|$)/i.test(base(p)) && ENV_TEMPLATE.test(base(p)))) miss('envExample', { data: { reason } });
    return out;
  },
});
