import { defineRule } from '../define.js';
import { basename, hasFlag, listNames, signalFiles } from '../_repo-signals.js';
import type { FileSignals, RepoFindingDraft } from '../types.js';
import { OPTIONAL } from './_env-read-checks.js';

/** A component is reported when it reads the environment at least this often… */
export const MIN_READS = 6;
/** …in at least this many files. */
export const MIN_FILES = 3;
const BUILD_CONFIG = /\.config\.[cm]?[jt]s$|^(webpack|rollup|vite|next|nuxt|jest|vitest|babel|postcss|tailwind|eslint|playwright|cypress)\b[\w.-]*\.[cm]?[jt]s$/;
/** `next.config.*` is loaded again by `next start`: its own environment reads are runtime configuration. */
const NEXT_CONFIG = /^next\.config\.[cm]?[jt]s$/;
/** Variables a bundler inlines into the client bundle at build time: public by design, not runtime configuration. */
const PUBLIC_BUILD_VAR = /^(NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|GATSBY|STORYBOOK)_/;
const CONFIG_FILE = /(^|[_-])(config|configs|settings|conf|env|environment)([_-]|\.|$)/i;

export default defineRule({
  id: 'config/env-unvalidated',
  title: 'Environment read everywhere, validated nowhere',
  category: 'config',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'medium',
  scope: { kind: 'repo' },
  messages: {
    scattered: '{reads} environment reads in {files} files ({names}) and no validated settings object',
  },
  docs: {
    what:
      'A component (service folder, or the repository) that reads environment variables in many places — at least 6 reads in at least 3 product files, through `os.environ`, `os.getenv`, `process.env` or `import.meta.env` — and has no validated settings object: pydantic `BaseSettings`, `environs`, `dynaconf`, `django-environ`, `envalid`, a zod schema parsed over `process.env`. One finding per component, with every file and the variable names.',
    why:
      'Each scattered read decides on its own what a missing or malformed value means: `None` passed to a client, `int("")` raised at the first request, a silent default in production. A service that validates its configuration at start-up fails immediately with the name of the missing variable, instead of hours later in the code path that first needs it.',
    bad: {
      path: 'api/app.py',
      code: 'import os\n\nDB_HOST = os.environ.get("DB_HOST")\nDB_PORT = int(os.environ.get("DB_PORT", "5432"))\n',
      files: {
        'api/jobs.py': 'import os\n\nQUEUE = os.environ["QUEUE_URL"]\nWORKERS = os.getenv("WORKERS")\n',
        'api/models.py': 'import os\n\nMODEL_DIR = os.getenv("MODEL_DIR")\nBUCKET = os.getenv("BUCKET")\n',
      },
    },
    good: {
      path: 'api/settings.py',
      code: 'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    db_host: str\n    db_port: int = 5432\n    queue_url: str\n\n\nsettings = Settings()\n',
      files: {
        'api/jobs.py': 'from api.settings import settings\n\nQUEUE = settings.queue_url\n',
        'api/app.py': 'from api.settings import settings\n\nDB_HOST = settings.db_host\n',
      },
    },
    fix: 'Declare every variable the component needs in one settings object with types and required/optional status (pydantic `BaseSettings`, `environs`, zod over `process.env`), build it once at start-up so a missing or malformed value stops the process with its name, and import the object instead of reading the environment.',
    falsePositives:
      'A component whose reads sit in one config module (three quarters of them in a file named config/settings/env) is a typed config module read once and is not reported. Validation anywhere in the component, or in a dependency manifest (pydantic-settings, envalid …), counts. `NODE_ENV` is not counted, nor is a read handled where it is read (config/_env-read-checks.ts), which is what "validated" means here: assigned to a name that the next lines check and act on (`if not url: raise …`, or skip with `return`; any other test of the value — `if db not in SUPPORTED:`, an `isinstance` chain whose `else` raises — must raise or exit); parsed inside `try` right away with a fallback in the `except`; an optional feature switch whose first later use is `if name:` (a Sentry DSN, a settings-path override: unset turns the feature off), except for boolean-like names (`DEBUG`, `ENABLE_*`, `*_MODE`, `IS_*`) and reads coerced with `!!`/`bool()`, where the string "false" is truthy; a variable whose presence is tested first (`if "X" in os.environ:`); a path handed straight to a configuration loader (`load_dotenv(dotenv_path=os.environ.get("ENV_FILE"))`); and variables of the CI platform (`GITHUB_*`, `GITLAB_*`, `CI_*` …). A read with a default that is a complete value and is used as the string it is (`os.getenv("REGION", "us-east-1")`, `default=os.path.expanduser("~")`, `process.env.SCHEMA || "public"`) is optional: it counts towards the component\'s scattered reads, but a file with nothing else is not listed as a place to fix; a parsed default (`int(os.getenv("PORT", "5000"))`), a password or a service address as the default (`DB_PASS`, `DB_HOST`, `*_URL`: one environment\'s value written into the code), an empty default and a development default of a mode variable (`FLASK_ENV` → `"development"`) count as unvalidated; nor are variables of the operating system and terminal (`PATH`, `HOME`, `TERM`, `LANG`, `NO_COLOR` …), writes (`os.environ["TF_CPP_MIN_LOG_LEVEL"] = "2"` sets a flag for a library), or a WSGI request\'s `environ.get("HTTP_…")` (a bare `environ` counts only where `from os import environ` binds it), nor are build-tool configuration files (`rollup.*.config.js`, `vite.config.ts` …), which read the environment once at build time — `next.config.*` is, since `next start` loads it again. Values the bundler inlines at build time are not runtime configuration and are not counted: `import.meta.env.*`, public prefixes (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, `EXPO_PUBLIC_`, `GATSBY_`, `STORYBOOK_`) and the keys of a next.config `env:` block (`process.env.cloudUrl`). A script that checks the environment and exits (`check-env.js`, or a loop over names that exits when one is missing) is the validation itself and is not counted. Tests, examples, docs and scripts outside product code are not read.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.2, perFile: 0.2, cap: 6, kind: 'refactor', track: 'config', dependsOn: ['security/hardcoded-secret'] },
  check(facts) {
    const byComponent = new Map<string, Array<{ path: string; reads: number; names: string[]; line: number; listed: boolean }>>();
    const validated = new Set<string>();
    const files = signalFiles(facts, { all: true });
    // Keys of a next.config `env:` block are inlined as `process.env.<key>` wherever they are read.
    const inlined = new Set(files.flatMap(({ sig }) => sig.buildEnv ?? []));
    for (const { file, sig } of files) {
      if (hasFlag(sig, 'validated-settings')) validated.add(file.component);
      // Build-tool configuration (rollup/vite/webpack configs) reads the environment once, at build time;
      // a script that checks the environment and exits is the validation, not an unvalidated read.
      const name = basename(file.path);
      if (file.context !== 'product' || !sig.env || (BUILD_CONFIG.test(name) && !NEXT_CONFIG.test(name)) || hasFlag(sig, 'env-check')) continue;
      const env = runtimeReads(sig.env, inlined);
      if (!env) continue;
      const l = byComponent.get(file.component) ?? [];
      l.push({ path: file.path, ...env });
      byComponent.set(file.component, l);
    }
    const out: RepoFindingDraft[] = [];
    for (const [component, all] of [...byComponent.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (validated.has(component) || validated.has('.')) continue;
      const reads = all.reduce((n, f) => n + f.reads, 0);
      const list = all.filter((f) => f.listed);
      if (reads < MIN_READS || list.length < MIN_FILES) continue;
      list.sort((a, b) => b.reads - a.reads || (a.path < b.path ? -1 : 1));
      if (list[0].reads >= 0.75 * reads && CONFIG_FILE.test(basename(list[0].path))) continue;
      const names = [...new Set(all.flatMap((f) => f.names))].sort();
      out.push({
        messageId: 'scattered',
        data: { reads, files: list.length, names: listNames(names, 6) },
        path: list[0].path,
        range: { start: { line: list[0].line, column: 1 }, end: { line: list[0].line, column: 1 } },
        locations: list.map((f) => ({ path: f.path, line: f.line })),
        component,
        matched: `env-unvalidated:${component}`,
      });
    }
    return out;
  },
});

/**
 * The reads of a file that happen at run time: not `import.meta.env`, public build variables, next.config `env:`
 * keys, nor reads handled where they are read (config/_env-read-checks.ts). `listed` is false when every counted
 * read is optional with a complete default: they add to the component's scattered reads, but the file alone has
 * nothing to fix.
 */
function runtimeReads(env: NonNullable<FileSignals['env']>, inlined: ReadonlySet<string>): { reads: number; names: string[]; line: number; listed: boolean } | undefined {
  if (!env.hits) return { ...env, listed: true };
  const hits = env.hits.filter(([name, , meta]) => (!meta || meta === OPTIONAL) && !PUBLIC_BUILD_VAR.test(name) && !inlined.has(name));
  if (!hits.length) return undefined;
  const required = hits.filter((h) => h[2] !== OPTIONAL);
  return { reads: hits.length, names: [...new Set(hits.map((h) => h[0]))].slice(0, 40), line: (required[0] ?? hits[0])[1], listed: required.length > 0 };
}
