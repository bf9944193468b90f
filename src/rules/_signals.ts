/**
 * Per-file extractor for the repo rules of settings, resilience, operations and dead/redundant code
 * (config/duplicated-settings, config/magic-threshold, config/env-unvalidated, observability/no-metrics,
 * ops/backup-unverified, ops/no-rollback, reliability/no-circuit-breaker, reliability/no-connection-pool,
 * maintainability/large-file, maintainability/dead-code, maintainability/redundant-implementations).
 *
 * Runs once per file in the file pass (worker threads) and keeps only names, lines and short hashes
 * (`FileSignals`): the repo rules then work over facts built once, never over sources.
 *
 * Python structure (imports, definitions and their lengths, dictionary literals, comparisons with numbers,
 * keyword arguments, connect calls) comes from the syntax tree through the shared candidate walk
 * (parse/candidates.ts): one native walk per tree serves these queries with every file rule's. Signals that
 * are words in any language (environment reads, metrics/retry/breaker libraries, backup and deploy commands,
 * file names mentioned by configuration) are read from the text with line regexes, which cost a fraction of
 * a tree walk; JS/TS imports are read the same way (an import in a comment only makes dead-code quieter).
 */
import { createHash } from 'node:crypto';
import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidatesWithKinds } from '../parse/candidates.js';
import { GENERATED_MARK, GENERATED_PATH } from './maintainability/_module-fingerprint.js';
import { pyCallee, pyImportAliases } from './security/_secret-ast.js';
import { CONNECTORS, enclosingFor, HELPER_CALL_TEXT, HELPER_NAME, isRetryLoop, JS_CONNECTORS } from './reliability/_connectors.js';
import type { FileInput, FileSignals, PerFileFacts } from './types.js';
import { jsCodeLines, pyCodeLines } from './_code-lines.js';
import { envReadState } from './config/_env-read-checks.js';
import { anchorScanner } from './_anchors.js';

/**
 * Functions of at least this many code lines (signature to last line, without blank lines, comment lines and
 * docstrings: rules/_code-lines.ts) are recorded for maintainability/large-file.
 */
export const LONG_FUNCTION_LINES = 110;
/**
 * The same for JavaScript/TypeScript, whose long functions (components, query builders) hold few blank or comment
 * lines: about 150 raw lines in either language.
 */
export const LONG_JS_FUNCTION_LINES = 140;

/** Python calls that open a new database connection (import aliases resolved) and the service behind them. */
export const PY_DB_CONNECTORS = new Map<string, string>([
  ['psycopg2.connect', 'Postgres'],
  ['psycopg.connect', 'Postgres'],
  ['asyncpg.connect', 'Postgres'],
  ['pg8000.connect', 'Postgres'],
  ['pymysql.connect', 'MySQL'],
  ['MySQLdb.connect', 'MySQL'],
  ['mysql.connector.connect', 'MySQL'],
  ['aiomysql.connect', 'MySQL'],
  ['cx_Oracle.connect', 'Oracle'],
  ['oracledb.connect', 'Oracle'],
  ['pyodbc.connect', 'ODBC'],
  ['pymssql.connect', 'SQL Server'],
]);

const PY_QUERY = candidateQuery(['python'], {
  any: [
    { kind: 'import_statement' },
    { kind: 'import_from_statement' },
    { kind: 'function_definition' },
    { kind: 'class_definition' },
    { kind: 'dictionary', has: { kind: 'pair', nthChild: { position: 3, ofRule: { kind: 'pair' } } } },
    { kind: 'comparison_operator', has: { any: [{ kind: 'float' }, { kind: 'integer' }] } },
    { kind: 'keyword_argument', has: { field: 'value', any: [{ kind: 'float' }, { kind: 'integer' }] } },
  ],
});
/**
 * Connect/config calls: their own native walk, run only on files whose text names such a call — the shared
 * walk hands every call node of a file to every query of kind `call`, and reading each callee's text across
 * N-API cost more than this walk.
 */
const PY_CONNECT_CALL = { rule: { kind: 'call', has: { field: 'function', regex: '(connect|Connection|Client|Redis|engine|Engine|config|Config|Settings|Pool|pool)$' } } } as const;
/**
 * `(connect|…|pool)\s*\(` written from the parenthesis back (a lookbehind): the same texts match, and the engine
 * stops only at `(` instead of trying eleven words at every letter.
 */
const PY_CONNECT_TEXT = /\((?<=(?:connect|Connection|Client|Redis|engine|Engine|config|Config|Settings|Pool|pool)\s*\()/;

const JS_LANGS = new Set(['javascript', 'typescript', 'tsx']);
const JS_QUERY = candidateQuery(['javascript', 'typescript', 'tsx'], {
  any: [
    { kind: 'function_declaration' },
    { kind: 'class_declaration' },
    { kind: 'method_definition' },
    { kind: 'object', has: { kind: 'pair', nthChild: { position: 3, ofRule: { kind: 'pair' } } } },
  ],
});

const h = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 8);

/* ------------------------------ text signals (any language) ------------------------------ */

export const FLAG_PATTERNS: Array<[string, RegExp, (i: FileInput) => boolean]> = [
  [
    'metrics',
    /\b(prometheus_client|prometheus[_-]fastapi[_-]instrumentator|starlette_exporter|django_prometheus|django-prometheus|prometheus[_-]flask[_-]exporter|aioprometheus|statsd|datadog|opentelemetry|prom-client|hot-shots|pushgateway|make_asgi_app|start_http_server)\b|@opentelemetry\/|['"`]\/metrics['"`]/,
    (i) => i.role === 'source' || i.role === 'manifest',
  ],
  ['breaker', /\b(pybreaker|circuitbreaker|aiobreaker|purgatory|opossum|cockatiel|CircuitBreaker|circuit_breaker|resilience4j|brakes)\b/, (i) => i.role === 'source' || i.role === 'manifest'],
  [
    'retry',
    /\b(tenacity|backoff\.on_exception|urllib3\.util\.retry|urllib3\.util\.Retry|Retry\(|max_retries\s*=|axios-retry|p-retry|async-retry|retrying)\b|@retry\b|\bretry\(/,
    (i) => i.role === 'source' || i.role === 'manifest',
  ],
  [
    'pool',
    /\b(SimpleConnectionPool|ThreadedConnectionPool|AbstractConnectionPool|psycopg_pool|ConnectionPool|create_pool|createPool|PooledDB|pool_size|MySQLConnectionPool|create_engine|create_async_engine|pooling\.|new\s+Pool\s*\()/,
    (i) => i.role === 'source',
  ],
  [
    'validated-settings',
    /\b(BaseSettings|pydantic_settings|pydantic-settings|envalid|cleanEnv|environs|Env\(\)|dynaconf|Dynaconf|django-environ|environ\.Env|goodconf|envparse|@t3-oss\/env)\b|\.parse\(\s*process\.env\s*\)|\.safeParse\(\s*process\.env\s*\)/,
    (i) => i.role === 'source' || i.role === 'manifest',
  ],
  [
    // A package.json that builds a browser application (the bundle is served as static files).
    'browser-app',
    /"(react-scripts|react-dom|vue|@vue\/cli-service|@angular\/core|svelte|preact|solid-js|vite|parcel|@vitejs\/[\w-]+)"\s*:/,
    (i) => /(^|\/)package\.json$/.test(i.path),
  ],
  [
    // A package.json with a server framework or server-side rendering: a Node service, whatever else it bundles.
    'node-server',
    /"(express|fastify|koa|@nestjs\/core|@hapi\/hapi|hapi|restify|hono|polka|next|nuxt|@remix-run\/[\w-]+|@sveltejs\/kit|@angular\/ssr|@nguniversal\/[\w-]+|astro|socket\.io|ws|@apollo\/server|apollo-server[\w-]*|graphql-yoga|@feathersjs\/feathers|@adonisjs\/core|sails|micro)"\s*:/,
    (i) => /(^|\/)package\.json$/.test(i.path),
  ],
  [
    'backup-verify',
    /\b(pg_restore|mongorestore|pg_verifybackup|sha256sum|sha1sum|md5sum|shasum|integrity_check|restore[_-]?test|test[_-]?restore|verify[_-]?backup|backup[_-]?verify|check[_-]?backup)\b|\b(gzip|gunzip|zcat)\s+-t\b|\btar\s+-?t[zvfj]*\b|\btar\s+--list\b|\brestic\s+check\b|\bborg\s+check\b|\[\[?\s+-s\s|\bstat\s+-c\s*%s|\bdu\s+-[sbh]+\b|\bwc\s+-c\b|-size\s+[-+]/,
    (i) => i.context === 'product' && i.role !== 'docs' && i.lang !== 'markdown',
  ],
  [
    // A loader that imports modules by computed name: the modules of its folder are plugins, not dead code.
    'dynamic-import',
    /\b(import_module|__import__|spec_from_file_location|load_module|load_source|iter_modules)\s*\(|\b(require|import)\(\s*(`[^`\n]*\$\{|[A-Za-z_$][\w.$]*\s*[+)])/,
    (i) => i.role === 'source' && (i.lang === 'python' || JS_LANGS.has(i.lang)),
  ],
  [
    'rollback',
    /\b(kubectl\s+rollout\s+undo|helm\s+rollback|ln\s+-(sfn|snf|nsf|fns)|(?<![.\w])rollback(?!\s*\()|roll(?:ed|ing|s)?[\s_-]?back|blue[\s_-]?green|canary|previous[_-]release|PREVIOUS_RELEASE|argo\s*rollouts?)\b|docker\s+(?:build|tag|push)\b[^\n]*:\$\{?\w*(SHA|VERSION|TAG|COMMIT|BUILD|RELEASE|REF)/i,
    // Application code says `rollback` about transactions: only scripts, pipelines, docs and files named for it count.
    (i) => !(i.lang === 'python' || JS_LANGS.has(i.lang)) || /rollback|roll_back/i.test(i.path),
  ],
];

/**
 * For the flags above with a `\b(word|…)\b` alternation: literals at least one of which occurs in any text the
 * flag's regex matches (rules/_anchors.ts: a space stands for any whitespace character). One scan for all of
 * them per file; a flag's regex runs only when one of its anchors occurs. Each list must stay a NECESSARY
 * condition of its regex: edit both together.
 */
export const FLAG_ANCHOR_LISTS: Record<string, readonly string[]> = {
  metrics: ['prometheus', 'starlette_exporter', 'statsd', 'datadog', 'opentelemetry', 'prom-client', 'hot-shots', 'pushgateway', 'make_asgi_app', 'start_http_server', '/metrics'],
  breaker: ['breaker', 'Breaker', 'purgatory', 'opossum', 'cockatiel', 'resilience4j', 'brakes'],
  retry: ['tenacity', 'backoff.on_exception', 'Retry', 'max_retries', 'retry'],
  pool: ['Pool', 'psycopg_pool', 'create_pool', 'pool_size', 'create_engine', 'create_async_engine', 'pooling.'],
  'validated-settings': [
    'BaseSettings',
    'pydantic_settings',
    'pydantic-settings',
    'envalid',
    'cleanEnv',
    'environs',
    'Env()',
    'ynaconf',
    'django-environ',
    'environ.Env',
    'goodconf',
    'envparse',
    '@t3-oss/env',
    // `\.parse\(\s*process\.env`: no whitespace, or some.
    '.parse(process.env',
    '.parse( ',
    '.safeParse(process.env',
    '.safeParse( ',
  ],
  'backup-verify': ['restore', 'backup', 'sha256sum', 'sha1sum', 'md5sum', 'shasum', 'integrity_check', 'gzip ', 'gunzip ', 'zcat ', 'tar ', 'restic ', 'borg ', '-s ', 'stat ', 'du ', 'wc ', '-size '],
  'dynamic-import': ['import_module', '__import__', 'spec_from_file_location', 'load_module', 'load_source', 'iter_modules', 'require(', 'import('],
};
export const FLAG_ANCHORS = anchorScanner(FLAG_ANCHOR_LISTS);
const ANCHORED = new Set(Object.keys(FLAG_ANCHOR_LISTS));

/** Variables of the operating system and terminal, read to adapt to the machine, not settings of the application. */
const OS_VARIABLE = /^(PATH|HOME|USER|USERNAME|LOGNAME|SHELL|TERM|COLORTERM|NO_COLOR|FORCE_COLOR|LANG|LANGUAGE|LC_\w+|PWD|OLDPWD|TMPDIR|TEMP|TMP|COLUMNS|LINES|DISPLAY|EDITOR|VISUAL|PAGER|HOSTNAME|XDG_\w+|APPDATA|LOCALAPPDATA|USERPROFILE|SYSTEMROOT|COMSPEC|PYTHONPATH|PYTHONHASHSEED|VIRTUAL_ENV|CI)$/;
/** CGI/WSGI request variables (`environ` of a request): headers and the request line, not the process environment. */
const CGI_VARIABLE = /^(HTTP_\w+|REMOTE_\w+|SERVER_\w+|REQUEST_\w+|SCRIPT_NAME|PATH_INFO|QUERY_STRING|CONTENT_TYPE|CONTENT_LENGTH|wsgi\.\w+)$/;
const ENV_READ =
  /\bos\.environ\.get\(\s*['"]([A-Za-z_]\w*)|\bos\.getenv\(\s*['"]([A-Za-z_]\w*)|\bos\.environ\[\s*['"]([A-Za-z_]\w*)|\benviron\.get\(\s*['"]([A-Za-z_]\w*)|\bprocess\.env\.([A-Za-z_]\w*)|\bprocess\.env\[\s*['"]([A-Za-z_]\w*)|\bimport\.meta\.env\.([A-Za-z_]\w*)/g;

/** A script that checks the environment and stops: `check-env.js`, `validate_env.py`, or a loop over names that exits when one is missing. */
const ENV_CHECK_FILE = /(^|\/)[^/]*(?:(check|validate|verify)[-_.]?env|env[-_.]?(check|validat|verif))[^/]*\.[cm]?[jt]s$|(^|\/)[^/]*(?:(check|validate|verify)_?env|env_?(check|validat|verif))[^/]*\.py$/i;
const ENV_CHECK_DYNAMIC = /\bprocess\.env\[\s*[A-Za-z_$][\w$]*\s*\]|\bos\.environ\[\s*[A-Za-z_]\w*\s*\]|\bos\.getenv\(\s*[A-Za-z_]\w*\s*\)|\bin\s+os\.environ\b/;
const ENV_CHECK_EXIT = /\bprocess\.exit\(\s*[1-9]|\bsys\.exit\(|\bthrow\s+new\s+\w*Error\b|\braise\s+SystemExit\b/;
const ENV_CHECK_WORDS = /\b(missing|not (defined|set)|required|undefined)\b/i;

const NEXT_CONFIG = /(^|\/)next\.config\.[cm]?[jt]s$/;
const NEXT_ENV_BLOCK = { rule: { kind: 'pair', has: { field: 'key', regex: '^[\'"]?env[\'"]?$' } } };

/** Commands that make a backup (one per line; comment lines are skipped). */
const BACKUP =
  /\b(pg_dumpall|pg_dump|mysqldump|mariadb-dump|mongodump|pg_basebackup|xtrabackup|innobackupex|barman\s+backup|restic\s+backup|borg\s+create)\b|\bsqlite3\b[^\n]*\.backup\b|\bredis-cli\b[^\n]*\b(--rdb|bgsave)\b|\btar\s+-?[a-zA-Z]*c[a-zA-Z]*\s+\S*backup|\brsync\b[^\n]*\bbackups?\b|\b(aws\s+s3\s+(cp|sync)|gsutil\s+(-m\s+)?(cp|rsync))\b[^\n]*\b(backups?|dumps?)\b/i;

/** In-place deploys: a copy over the running tree on a host, a pull-and-restart, compose up of what was just pulled. */
const DEPLOY_COPY = /\b(rsync|scp)\b[^\n]*\s[\w.@${}-]+:\/?[\w/${}.-]*/;
const GIT_PULL = /\bgit\s+pull\b/;
const RESTART = /\b(pkill|killall|systemctl\s+(restart|reload)|service\s+\S+\s+restart|docker[\s-]compose\b[^\n]*\bup\b|pm2\s+(restart|reload)|supervisorctl\s+restart|kubectl\s+apply)\b/;
const REMOTE_UNPACK = /\bssh\b[^\n]*\b(tar\s+-?x|unzip|cp\s+-r|git\s+(pull|checkout|reset))\b/;
const DEPLOY_FILE = /(^|\/)[^/]*(deploy|release|rollout|ship|publish|provision)[^/]*$/i;
/** Scripts named for restarting or updating the service: read only for a `git pull` followed by a restart. */
const PULL_RESTART_FILE = /(^|\/)[^/]*(restart|upgrade|update)[^/]*$/i;

/** Names of files and modules in commands and configuration: entry points for dead-code. */
const MENTION_FILE = /(?:^|[\s'"=:(,[/])((?:[\w.-]+\/)*[\w.-]+\.(?:py|[cm]?[jt]sx?))\b/g;
const MENTION_MODULE = /(?:-m[\s"',]+|\bmodule\s*[=:]\s*['"]?)([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)/g;
const MENTION_APP = /(?:^|[\s'"=])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):[A-Za-z_]\w*/g;
const PY_DOTTED_STRING = /['"]([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)(?::[A-Za-z_]\w*)?['"]/g;
/** An f-string whose package is a placeholder: `f"{root}.formatter.JsonFormatter"` (logging dictConfig classes). */
const PY_DOTTED_FSTRING = /\bf['"]\{[\w.]*\}\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)(?::[A-Za-z_]\w*)?['"]/g;
/** `key = pkg.module.attr` in an ini/cfg/toml file (babel extractors, setup.cfg entry points, tool plugins). */
const CFG_DOTTED_VALUE = /^[\w.-]+\s*[=:]\s*['"]?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)(?::[A-Za-z_]\w*)?['"]?\s*$/gm;

const JS_IMPORT = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const JS_REL_STRING = /['"`](\.{1,2}\/[^'"`\s]+)['"`]/g;

const COMMENT_LINE = /^\s*(#|\/\/|\*|--|;)/;

function isCode(i: FileInput): boolean {
  return i.lang === 'python' || JS_LANGS.has(i.lang);
}

export function fileSignals(input: FileInput): PerFileFacts | undefined {
  if (input.embedded) return undefined;
  const s: FileSignals = {};
  const flags = new Set<string>();
  const src = input.source;
  if (isCode(input) && (GENERATED_PATH.test(input.path) || GENERATED_MARK.test(src.slice(0, 400)))) flags.add('generated');
  let anchored: Set<string> | undefined; // the anchored flags whose anchors occur, scanned on first need
  for (const [name, re, when] of FLAG_PATTERNS) {
    if (!when(input)) continue;
    if (ANCHORED.has(name) && !(anchored ??= FLAG_ANCHORS.scan(src)).has(name)) continue;
    if (re.test(src)) flags.add(name);
  }
  if (/(^|\/)[^/]*roll[_-]?back[^/]*$/i.test(input.path)) flags.add('rollback');

  if (isCode(input)) {
    envReads(input, s, flags);
    if (input.lang === 'python') python(input, s, flags);
    else javascript(input, s);
  } else if (input.role !== 'docs' && input.lang !== 'markdown') {
    mentions(input, s);
  }
  if (input.context === 'product' && (input.lang === 'bash' || input.role === 'crontab' || input.role === 'systemd' || input.role.startsWith('ci-') || input.lang === 'python' || input.role === 'compose' || input.role === 'dockerfile' || /(^|\/)Makefile$/.test(input.path)))
    commands(input, s);
  if (/(^|\/)Procfile$/.test(input.path)) {
    const list: Array<[string, number]> = [];
    input.lines.forEach((l, i) => {
      const m = /^(web|worker|\w+):\s*\S/.exec(l);
      if (m && m[1] !== 'release') list.push([m[1], i + 1]);
    });
    if (list.length) s.services = list;
  }
  if (flags.size) s.flags = [...flags].sort();
  return Object.keys(s).length ? { signals: s } : undefined;
}

/* ------------------------------ environment reads ------------------------------ */

function envReads(input: FileInput, s: FileSignals, flags: Set<string>): void {
  if (!/environ|getenv|process\.env|import\.meta\.env/.test(input.source)) return;
  const names = new Set<string>();
  let reads = 0;
  let first = 0;
  const runs: Array<{ names: string[]; line: number; last: number }> = [];
  const hits: Array<[string, number, (1 | 2 | 3)?]> = [];
  for (const [m, line] of codeMatches(input, ENV_READ)) {
    const name = m.slice(1).find(Boolean)!;
    if (name === 'NODE_ENV' || OS_VARIABLE.test(name)) continue;
    // `environ.get("HTTP_X_SCRIPT_NAME")` in a WSGI app reads the request, not the process environment.
    if (m[4] && (CGI_VARIABLE.test(name) || !/^\s*from\s+os\s+import\b[^\n]*\benviron\b/m.test(input.source))) continue;
    // `os.environ["TF_USE_LEGACY_KERAS"] = "1"`: a write (a flag set for a library), not configuration read.
    if (m[3] && /^['"]\s*\]\s*=(?!=)/.test(input.source.slice(m.index! + m[0].length, m.index! + m[0].length + 8))) continue;
    reads++;
    names.add(name);
    // 1: inlined at build time (`import.meta.env`); 2: handled where it is read (config/_env-read-checks.ts: checked
    // and acted on, parsed in `try`, a feature switch): neither is an unvalidated runtime read; 3: optional with a
    // complete default (counted, but nothing to fix in its file alone).
    const state = m[7] ? 1 : envReadState(input.source, input.lines, line, name, m.index!, m.index! + m[0].length);
    hits.push(state ? [name, line, state] : [name, line]);
    if (!first) first = line;
    const run = runs[runs.length - 1];
    if (run && line - run.last <= 3) {
      if (!run.names.includes(name)) run.names.push(name);
      run.last = line;
    } else runs.push({ names: [name], line, last: line });
  }
  if (!reads) return;
  s.env = { reads, names: [...names].slice(0, 40), line: first, hits: hits.slice(0, 400) };
  if (ENV_CHECK_FILE.test(input.path) || (ENV_CHECK_DYNAMIC.test(input.source) && ENV_CHECK_EXIT.test(input.source) && ENV_CHECK_WORDS.test(input.source)))
    flags.add('env-check');
  for (const r of runs) {
    if (r.names.length < 3) continue;
    const keys = [...r.names].sort();
    (s.settings ??= []).push({ kind: 'env', keys, vals: keys.map(() => 'env'), line: r.line });
  }
}

/**
 * Matches of a global regex over the whole text (one regex run, not one per line: a per-line loop paid the
 * regex set-up on every line of every file), with the 1-based line of each match start; matches that start
 * on a comment line are left out.
 */
function* codeMatches(input: FileInput, re: RegExp): Generator<[RegExpMatchArray, number]> {
  const lines = input.lines;
  for (const m of input.source.matchAll(re)) {
    const line = input.positionAt(m.index!).line;
    if (!COMMENT_LINE.test(lines[line - 1] ?? '')) yield [m, line];
  }
}

/* ------------------------------ Python ------------------------------ */

function pyModuleOf(path: string): string[] {
  const parts = path.replace(/\.py$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  return parts;
}

/** A settings-like value: a literal, an environment read or a named constant. Others (calls, variables) are code. */
function pyValueKind(v: SgNode): string | null {
  const k = v.kind();
  if (k === 'string' || k === 'integer' || k === 'float' || k === 'true' || k === 'false' || k === 'none') return h(v.text());
  if (k === 'unary_operator' && /^-\s*[\d.]+$/.test(v.text())) return h(v.text());
  const t = v.text();
  if (/^(os\.environ\.get|os\.getenv|environ\.get)\(|^os\.environ\[/.test(t)) {
    const m = /['"](\w+)['"]/.exec(t);
    return `env:${m?.[1] ?? '?'}`;
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(t) || /^(settings|config|cfg|conf)\.[A-Za-z_]\w*$/.test(t)) return `name:${t}`;
  return null;
}

const THRESHOLD_NAME = /thresh|cutoff|cut_off|limit|min_|max_|^min|^max|conf|score|auc|ratio|pct|percent|prob|alpha|tol|margin|quantile|accuracy|precision|recall|f1|rmse|mae|drift|weight/i;
/**
 * Keyword arguments that pass a threshold. Narrower than THRESHOLD_NAME: `max_length=200`, `max_digits=`,
 * `max_value=` are schema and form-field constraints (Django, pydantic), not tuned thresholds.
 */
const THRESHOLD_KWARG = /thresh|cutoff|cut_off|confidence|score|auc|ratio|pct|percent|prob|alpha|tolerance|margin|quantile|accuracy|precision|recall|drift|sigma|^min_(conf|score|auc|prob|support|samples)|^max_(drift|error|loss)/i;
const FIELD_CONSTRAINT = /^(max_length|min_length|max_digits|decimal_places|max_value|min_value|max_upload_size|max_size|max_items|min_items|ge|gt|le|lt)$/;
const TRIVIAL_NUMBERS = new Set(['0', '1', '-1', '0.0', '1.0', '2', '-1.0', '0.5', '100', '10', '1000']);

/** The name a number is compared with: the last identifier of the other operand (`metrics["auc"]` → `auc`). */
function meaningOf(text: string): string | null {
  if (/^(len|int|float|abs|round|sum|max|min|time|datetime)\s*\(/.test(text) || /\b(version|status|code|errno|returncode|exit|argc|argv|len)\b/i.test(text)) return null;
  const ids = text.match(/[A-Za-z_]\w*/g);
  if (!ids) return null;
  const last = ids[ids.length - 1];
  if (/^(self|cls|i|j|k|n|x|y|e|idx|count|size|len|length|attempt|retries|tries)$/i.test(last)) return null;
  return last.toLowerCase();
}

function keepThreshold(value: string, meaning: string): boolean {
  const isFloat = value.includes('.');
  if (TRIVIAL_NUMBERS.has(value) && !(isFloat && value === '0.5' && THRESHOLD_NAME.test(meaning))) return false;
  return isFloat ? true : THRESHOLD_NAME.test(meaning);
}

function python(input: FileInput, s: FileSignals, flags: Set<string>): void {
  const root = input.root;
  if (!root) return;
  const mod = pyModuleOf(input.path);
  const pkg = input.path.endsWith('__init__.py') ? mod : mod.slice(0, -1);
  const imports = new Set<string>();
  const defs: Array<[string, number, number]> = [];
  const long: Array<[string, number, number]> = [];
  const settings = s.settings ?? [];
  const thresholds: Array<[string, string, number]> = [];
  const connects: Array<[string, string, number]> = [];
  const helpers: NonNullable<FileSignals['connectHelpers']> = [];
  let aliases: ReadonlyMap<string, string> | undefined;
  // Every node costs N-API calls (≈ 1–4 µs each): an import is read from its text (one call), a definition
  // from its range (one call) and its line, and numbers only once their text passed a cheap test.
  const { nodes, kinds } = candidatesWithKinds(input, PY_QUERY);
  if (PY_CONNECT_TEXT.test(input.source)) {
    for (const n of root.findAll(PY_CONNECT_CALL)) {
      nodes.push(n);
      kinds.push('call');
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const kind = kinds[i];
    if (kind === 'import_statement') {
      for (const name of pyImportedNames(n.text().replace(/^import\b/, ''))) imports.add(name);
    } else if (kind === 'import_from_statement') {
      const m = /^from\s+(\.*)\s*([\w.]*)\s+import\b([\s\S]*)$/.exec(n.text());
      if (!m) continue;
      let base = m[2];
      if (m[1]) {
        const dots = m[1].length;
        const up = pkg.slice(0, Math.max(0, pkg.length - (dots - 1)));
        base = [...up, ...(base ? base.split('.') : [])].join('.');
      }
      if (base) imports.add(base);
      for (const name of pyImportedNames(m[3])) imports.add(base ? `${base}.${name}` : name);
    } else if (kind === 'function_definition' || kind === 'class_definition') {
      const r = n.range();
      const len = r.end.line - r.start.line + 1;
      const name = PY_DEF_NAME.exec(input.lines[r.start.line] ?? '')?.[1] ?? n.field('name')?.text() ?? '?';
      // A module-level definition starts at column 0 (a nested one is indented; a decorator sits on its own line).
      if (r.start.column === 0) defs.push([name, r.start.line + 1, len]);
      if (kind === 'function_definition' && len >= LONG_FUNCTION_LINES) {
        const code = pyCodeLines(input.lines, r.start.line, r.end.line);
        if (code >= LONG_FUNCTION_LINES) long.push([name, r.start.line + 1, code]);
      }
    } else if (kind === 'dictionary') {
      const keys: string[] = [];
      const vals: string[] = [];
      let ok = true;
      for (const p of n.children()) {
        if (p.kind() !== 'pair') continue;
        const k = p.field('key');
        const v = p.field('value');
        const key = k?.kind() === 'string' ? /^[rbuRBU]*['"]([\w.-]{1,40})['"]$/.exec(k.text())?.[1] : undefined;
        // A value that repeats its key (`{"name": "name", "email": "email"}`) maps field names: not a setting.
        const val = v && !(v.kind() === 'string' && /^[rbuRBU]*['"]([\w.-]{1,40})['"]$/.exec(v.text())?.[1] === key) ? pyValueKind(v) : null;
        if (!key || !val) {
          ok = false;
          break;
        }
        keys.push(key);
        vals.push(val);
      }
      if (ok && keys.length >= 3) settings.push(sortedBlock('dict', keys, vals, n.range().start.line + 1));
    } else if (kind === 'comparison_operator') {
      if (!/[<>]/.test(n.text())) continue;
      const kids = n.children();
      if (kids.length !== 3) continue;
      const op = kids[1].text();
      if (!['<', '<=', '>', '>='].includes(op)) continue;
      const [a, b] = [kids[0], kids[2]];
      const num = isNum(a) ? a : isNum(b) ? b : null;
      const other = num === a ? b : a;
      if (!num || isNum(other)) continue;
      const meaning = meaningOf(other.text());
      if (meaning && keepThreshold(num.text(), meaning)) thresholds.push([num.text(), meaning, n.range().start.line + 1]);
    } else if (kind === 'keyword_argument') {
      const name = /^\w*/.exec(n.text())![0];
      if (!THRESHOLD_KWARG.test(name) || FIELD_CONSTRAINT.test(name)) continue;
      const v = n.field('value');
      if (!v || !isNum(v)) continue;
      if (THRESHOLD_KWARG.test(name) && !FIELD_CONSTRAINT.test(name) && keepThreshold(v.text(), name.toLowerCase())) thresholds.push([v.text(), name.toLowerCase(), n.range().start.line + 1]);
    } else if (kind === 'call') {
      const fn = n.field('function')?.text() ?? '';
      if (!/(connect|Connection|Client|Redis|engine|Engine|config|Config|Settings|Pool|pool)$/.test(fn)) continue;
      aliases ??= pyImportAliases(input);
      const callee = pyCallee(n, aliases);
      const service = PY_DB_CONNECTORS.get(callee);
      if (service) connects.push([callee, service, n.range().start.line + 1]);
      pyHelperOf(n, callee, helpers);
      const keys: string[] = [];
      const vals: string[] = [];
      for (const a of n.field('arguments')?.children() ?? []) {
        if (a.kind() !== 'keyword_argument') continue;
        const v = a.field('value');
        keys.push(a.field('name')?.text() ?? '?');
        vals.push((v && pyValueKind(v)) ?? 'code');
      }
      if (keys.length >= 3) settings.push({ ...sortedBlock('kwargs', keys, vals, n.range().start.line + 1), call: callee });
    }
  }
  // Connect calls with fewer than three keyword arguments (a DSN string) are connections too.
  if (!connects.length && /connect\s*\(/.test(input.source) && /\b(psycopg2?|pymysql|MySQLdb|mysql|asyncpg|aiomysql|pg8000|cx_Oracle|oracledb|pyodbc|pymssql)\b/.test(input.source)) {
    aliases ??= pyImportAliases(input);
    for (const n of root.findAll({ rule: { kind: 'call', has: { field: 'function', regex: 'connect$' } } })) {
      const callee = pyCallee(n, aliases);
      const service = PY_DB_CONNECTORS.get(callee);
      if (service) connects.push([callee, service, n.range().start.line + 1]);
      pyHelperOf(n, callee, helpers);
    }
  }
  if (helpers.length) s.connectHelpers = helpers;
  pyLoopCalls(input, s, pkg);
  if (/\bpool\b/i.test(input.source) && /\b(getconn|get_conn|pool\.acquire|\.acquire\(\)|pool\.connection|engine\.(connect|begin))\b/.test(input.source)) flags.add('pool-use');
  // Dotted paths in strings name modules or their members (Django `MIDDLEWARE`/`AUTHENTICATION_BACKENDS`,
  // `import_module("pkg.mod")`, `"pkg.mod.Class"` registries): every prefix of the path may be the module.
  for (const m of input.source.matchAll(PY_DOTTED_STRING)) {
    const parts = m[1].split('.');
    for (let i = parts.length; i >= 2; i--) imports.add(parts.slice(0, i).join('.'));
  }
  if (input.source.includes('{}.') || /\}\.[A-Za-z_]/.test(input.source))
    for (const m of input.source.matchAll(PY_DOTTED_FSTRING)) {
      const parts = m[1].split('.');
      for (let i = parts.length - 1; i >= 1; i--) imports.add(parts.slice(0, i).join('.'));
    }
  constants(input, s, PY_CONSTANT, pyMayBeConstant);
  if (imports.size) s.imports = [...imports].sort();
  if (defs.length) s.defs = defs;
  if (long.length) s.longFunctions = long;
  if (settings.length) s.settings = settings;
  if (thresholds.length) s.thresholds = thresholds;
  if (connects.length) s.connects = connects;
  httpDeps(input, s);
}

/** First segments of the Python connector modules: a file importing none of them defines no connect helper. */
const CONNECTOR_MODULES = new Set([...CONNECTORS.keys()].map((k) => k.split('.')[0]));

/**
 * For reliability/connection-in-loop across modules: a connector call (found by the connect/config call walk)
 * that a module-level function hands back — returned or yielded, directly or through the name it was assigned
 * to — makes that function a connect helper.
 */
function pyHelperOf(call: SgNode, callee: string, out: NonNullable<FileSignals['connectHelpers']>): void {
  const what = CONNECTORS.get(callee);
  if (!what) return;
  const parent = call.parent();
  const pk = parent?.kind();
  let target: string | undefined;
  if (pk === 'assignment') {
    target = parent!.field('left')?.text();
    if (!target || !/^\w+$/.test(target)) return;
  } else if (pk !== 'return_statement' && pk !== 'yield') return;
  for (let p = parent!.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'class_definition' || k === 'lambda') return;
    if (k !== 'function_definition') continue;
    if (p.range().start.column !== 0) return;
    if (target && !new RegExp(`^\\s*(?:return|yield)\\s+${target}\\s*$`, 'm').test(p.text())) return;
    const name = p.field('name')?.text();
    if (name && !out.some(([n]) => n === name)) out.push([name, what, callee, call.range().start.line + 1]);
    return;
  }
}

const HELPER_CALLS = new RegExp(HELPER_CALL_TEXT.source, 'g');
/** The run of word characters (and `$`) that ends at `end`, at most `max` long (a `/[\w$]*$/` on a slice is quadratic). */
function wordBack(src: string, end: number, max: number): string {
  let i = end;
  while (i > 0 && end - i < max && isWordOrDollar(src.charCodeAt(i - 1))) i--;
  return src.slice(i, end);
}

/** `[\w$]` on a character code (a regex test per character cost a call each). */
function isWordOrDollar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

/**
 * Calls of helper-like names in a text: [name, object] — the object is the word before a dot (`db` of
 * `db.get_conn(`), `undefined` for a bare call, `''` for a longer chain (`self.db.get_conn(`: not followed).
 */
function* helperCalls(src: string): Generator<[string, string | undefined]> {
  for (const m of src.matchAll(HELPER_CALLS)) {
    const at = m.index!;
    const head = wordBack(src, at, 60);
    const tail = /^[_]?[\w$]*/.exec(m[0])![0];
    const name = head + tail;
    const start = at - head.length;
    if (src[start - 1] !== '.') {
      yield [name, undefined];
      continue;
    }
    const object = wordBack(src, start - 1, 60);
    yield [name, object && src[start - 1 - object.length - 1] !== '.' ? object : ''];
  }
}

/**
 * For reliability/connection-in-loop across modules: calls inside `for` loops of helper-like names imported from
 * other modules. A walk of the tree, run only on files that call such an imported name.
 */
function pyLoopCalls(input: FileInput, s: FileSignals, pkg: string[]): void {
  const root = input.root;
  if (!root) return;
  if (!/\bfor\b/.test(input.source)) return;
  // Calls in the text of helper-like names (`get_conn(`, `db.get_connection(`) whose name, or whose module, is
  // imported from another module (not a connector library): only then is the tree walked. (No HELPER_CALL_TEXT
  // test first: helperCalls finds nothing where it fails, and the test was a second pass over the text.)
  let aliasMap: ReadonlyMap<string, string> | undefined;
  const aliasesOf = () => (aliasMap ??= pyImportAliases(input));
  const alts = new Set<string>();
  const src = input.source;
  const imported = (local: string) => {
    const dotted = aliasesOf().get(local);
    return dotted !== undefined && !CONNECTORS.has(dotted) && !CONNECTOR_MODULES.has(dotted.split('.')[0]);
  };
  for (const [name, object] of helperCalls(src)) {
    if (!HELPER_NAME.test(name)) continue;
    if (object === undefined) {
      const dotted = aliasesOf().get(name);
      if (dotted && (dotted.includes('.') || dotted.startsWith('.')) && imported(name)) alts.add(name);
    } else if (object && imported(object)) alts.add(`${object}\\.${name}`);
  }
  if (!alts.size) return;
  const aliases = aliasesOf();
  const out: Array<[string, number, number]> = [];
  for (const call of root.findAll({ rule: { kind: 'call', has: { field: 'function', regex: `^(${[...alts].join('|')})$` } } })) {
    const fn = call.field('function')?.text() ?? '';
    if (!HELPER_NAME.test(fn.split('.').pop()!)) continue;
    const loop = enclosingFor(call);
    if (!loop || isRetryLoop(loop)) continue;
    let target = pyCallee(call, aliases);
    const rel = /^(\.+)(.*)$/.exec(target);
    if (rel) target = [...pkg.slice(0, Math.max(0, pkg.length - (rel[1].length - 1))), ...rel[2].split('.').filter(Boolean)].join('.');
    out.push([target, call.range().start.line + 1, loop.range().start.line + 1]);
  }
  if (out.length) s.loopCalls = out;
}

const PY_DEF_NAME = /^\s*(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)/;

/** The names an import list binds from (`a.b as c, d` → `a.b`, `d`; parentheses, comments and `*` dropped). */
function pyImportedNames(list: string): string[] {
  const out: string[] = [];
  for (const part of list.replace(/#[^\n]*/g, '').replace(/[()\\]/g, ' ').split(',')) {
    const m = /^\s*([A-Za-z_][\w.]*)(?:\s+as\s+\w+)?\s*$/.exec(part);
    if (m) out.push(m[1]);
  }
  return out;
}

function isNum(n: SgNode): boolean {
  const k = n.kind();
  return k === 'float' || k === 'integer' || (k === 'unary_operator' && /^-\s*[\d.]+$/.test(n.text()));
}

function sortedBlock(kind: 'dict' | 'kwargs', keys: string[], vals: string[], line: number) {
  const order = keys.map((k, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  return { kind, keys: order.map((i) => keys[i]), vals: order.map((i) => vals[i]), line };
}

/** Python `NAME = 12` / JS `const NAME = 12`: `mayMatch` is a cheap test every matching line passes. */
const PY_CONSTANT = /^([A-Z][A-Z0-9_]*)\s*(?::\s*\w+\s*)?=\s*(-?\d+(?:\.\d+)?)\s*(?:#.*)?$/;
const pyMayBeConstant = (l: string) => {
  const c = l.charCodeAt(0);
  return c >= 65 && c <= 90;
};
const JS_CONSTANT = /^\s*(?:export\s+)?const\s+([A-Z][A-Z0-9_]*)\s*(?::\s*\w+\s*)?=\s*(-?\d+(?:\.\d+)?)\s*;?\s*(?:\/\/.*)?$/;
const jsMayBeConstant = (l: string) => l.includes('const');

function constants(input: FileInput, s: FileSignals, re: RegExp, mayMatch: (line: string) => boolean): void {
  const out: Array<[string, string, number]> = [];
  const lines = input.lines;
  for (let i = 0; i < lines.length; i++) {
    if (!mayMatch(lines[i])) continue;
    const m = re.exec(lines[i]);
    if (m) out.push([m[1], m[2], i + 1]);
  }
  if (out.length) s.constants = out.slice(0, 200);
}

/* ------------------------------ JS / TS ------------------------------ */

function jsResolve(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const parts = from.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '.' || seg === '') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  const out = parts.join('/').replace(/\.([cm]?[jt]sx?)$/, '');
  // A relative import of a root-level module keeps its `./`: bare, it would read as a package name.
  return out.includes('/') ? out : `./${out}`;
}

function jsTopLevel(n: SgNode): boolean {
  const parent = n.parent();
  const pk = parent?.kind();
  return pk === 'program' || (pk === 'export_statement' && parent?.parent()?.kind() === 'program');
}

const JS_DEF_NAME = /^(?:(?:async|abstract|declare)\s+)*(?:function\s*\*?|class)\s*([\w$]+)/;
const JS_COMPARISON = /(<=|>=|<|>)[^\S\n]*(-?\d*\.\d+|\d+)\b/g;
const JS_OPERAND_BEFORE = /([\w$.\]['"]+)[^\S\n]*$/;

function javascript(input: FileInput, s: FileSignals): void {
  const imports = new Set<string>();
  for (const m of input.source.matchAll(JS_IMPORT)) imports.add(jsResolve(input.path, m[1] ?? m[2] ?? m[3] ?? m[4]));
  for (const m of input.source.matchAll(JS_REL_STRING)) imports.add(jsResolve(input.path, m[1]));
  if (imports.size) s.imports = [...imports].sort();
  const root = input.root;
  if (root && NEXT_CONFIG.test(input.path)) {
    // `env: { cloudUrl, basePath: process.env.BASE_PATH }`: Next.js inlines each key as `process.env.<key>` at build time.
    const keys = new Set<string>();
    for (const pair of root.findAll(NEXT_ENV_BLOCK)) {
      const obj = pair.field('value');
      if (obj?.kind() !== 'object') continue;
      for (const c of obj.children()) {
        const k = c.kind() === 'pair' ? c.field('key')?.text() : c.kind() === 'shorthand_property_identifier' ? c.text() : undefined;
        if (k) keys.add(k.replace(/^['"`]|['"`]$/g, ''));
      }
    }
    if (keys.size) s.buildEnv = [...keys].sort();
  }
  if (root) {
    const defs: Array<[string, number, number]> = [];
    const long: Array<[string, number, number]> = [];
    // One N-API call per definition (its range); name and nesting are read from its line: a module-level
    // declaration starts its line, or follows only `export`/`export default`; an indented one asks the tree.
    const { nodes, kinds } = candidatesWithKinds(input, JS_QUERY);
    const settings: NonNullable<FileSignals['settings']> = [];
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (kinds[i] === 'object') {
        const b = jsSettingsBlock(n);
        if (b) settings.push(b);
        continue;
      }
      const r = n.range();
      const len = r.end.line - r.start.line + 1;
      const isMethod = kinds[i] === 'method_definition';
      if (!isMethod) {
        const line = input.lines[r.start.line] ?? '';
        const prefix = line.slice(0, r.start.column);
        const top = r.start.column === 0 || /^export\s+(?:default\s+)?$/.test(prefix) || (/^\s*(?:export\s+(?:default\s+)?)?$/.test(prefix) && jsTopLevel(n));
        if (top) defs.push([JS_DEF_NAME.exec(line.slice(r.start.column))?.[1] ?? n.field('name')?.text() ?? '?', r.start.line + 1, len]);
      }
      if (kinds[i] !== 'class_declaration' && len >= LONG_JS_FUNCTION_LINES) {
        const code = jsCodeLines(input.lines, r.start.line, r.end.line);
        if (code >= LONG_JS_FUNCTION_LINES) long.push([n.field('name')?.text() ?? '?', r.start.line + 1, code]);
      }
    }
    if (defs.length) s.defs = defs;
    if (long.length) s.longFunctions = long;
    if (settings.length) (s.settings ??= []).push(...settings);
  }
  jsConnectHelpers(input, s);
  constants(input, s, JS_CONSTANT, jsMayBeConstant);
  const thresholds: Array<[string, string, number]> = [];
  // Found from the operator and the number; the operand is read back from the line (an operand-first
  // pattern was tried at every character of every line).
  for (const [m, line] of codeMatches(input, JS_COMPARISON)) {
    const text = input.lines[line - 1];
    const before = text.slice(0, input.positionAt(m.index!).column - 1);
    const operand = JS_OPERAND_BEFORE.exec(before)?.[1];
    if (!operand) continue;
    const meaning = meaningOf(operand);
    if (meaning && keepThreshold(m[2], meaning)) thresholds.push([m[2], meaning, line]);
  }
  if (thresholds.length) s.thresholds = thresholds;
  httpDeps(input, s);
}

const JS_CONNECTOR_ANY = new RegExp(JS_CONNECTORS.map(([re]) => re.source).join('|'));
/** A module-level function: `[export] [async] function name(` or `[export] const name = [async] (…) =>`. */
const JS_TOP_FN = /^(export\s+(?:default\s+)?)?(?:async\s+)?function\s*\*?\s*([\w$]+)\s*\(|^(export\s+)?(?:const|let)\s+([\w$]+)\s*=\s*(?:async\s+)?(?:function\b[^(]*\(|\([^)]*\)\s*(?::[^=]+)?=>|[\w$]+\s*=>)/;
/** Imports of names from a relative module: `import { a, b as c } from './db'`, `import d from './db'`, `const { a } = require('./db')`, `const db = require('./db')`. */
const JS_NAMED_IMPORT = /\bimport\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+([\w$]+))?\s*from\s*['"](\.{1,2}\/[^'"]+)['"]|\b(?:const|let|var)\s+(?:\{([^}]*)\}|([\w$]+))\s*=\s*require\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/**
 * For reliability/connection-in-loop across modules (JS/TS): module-level functions whose body opens a database
 * client or pool and hands it back, and calls inside `for` loops of helper-like names imported from a relative
 * module. Read from the text, with one tree walk for the calls only when such a name is imported.
 */
function jsConnectHelpers(input: FileInput, s: FileSignals): void {
  const src = input.source;
  if (JS_CONNECTOR_ANY.test(src)) {
    const lines = input.lines;
    const helpers: Array<[string, string, string, number]> = [];
    for (let i = 0; i < lines.length; i++) {
      const m = JS_TOP_FN.exec(lines[i]);
      if (!m) continue;
      const name = m[2] ?? m[4];
      // The body: up to the next line that starts at column 0 with a closing brace (or the next declaration).
      let end = i + 1;
      while (end < lines.length && !/^[}\S]/.test(lines[end])) end++;
      const body = lines.slice(i, Math.min(end + 1, lines.length)).join('\n');
      for (const [re, what] of JS_CONNECTORS) {
        const c = re.exec(body);
        if (!c) continue;
        const after = body.slice(c.index);
        const assigned = /(?:const|let|var)\s+([\w$]+)\s*(?::[^=]+)?=\s*(?:await\s+)?$/.exec(body.slice(0, c.index));
        const handed =
          /(?:return|=>)\s*(?:await\s+)?$/.test(body.slice(0, c.index)) ||
          (assigned ? new RegExp(`\\breturn\\s+(?:await\\s+)?${assigned[1].replace(/\$/g, '\\$')}\\b`).test(after) : false);
        if (handed) {
          const line = i + 1 + body.slice(0, c.index).split('\n').length - 1;
          helpers.push([name, what, c[0].replace(/\s*\($/, '()').replace(/\s+/g, ' '), line]);
          if (m[1] && /default/.test(m[1])) helpers.push(['default', what, c[0].replace(/\s*\($/, '()').replace(/\s+/g, ' '), line]);
        }
        break;
      }
    }
    if (helpers.length) s.connectHelpers = helpers;
  }
  if (!/\bfor\s*(?:await\s*)?\(/.test(src) || !/\.{1,2}\//.test(src) || !HELPER_CALL_TEXT.test(src)) return;
  // local name → `path#exported name` (a namespace or CommonJS module object: `path#*`).
  const bound = new Map<string, string>();
  for (const m of src.matchAll(JS_NAMED_IMPORT)) {
    const spec = m[4] ?? m[7];
    const path = jsResolve(input.path, spec).replace(/^\.\//, '');
    if (m[1]) bound.set(m[1], `${path}#default`);
    if (m[3]) bound.set(m[3], `${path}#*`);
    if (m[6]) bound.set(m[6], `${path}#*`);
    for (const part of (m[2] ?? m[5] ?? '').split(',')) {
      const p = /^\s*(?:type\s+)?([\w$]+)(?:\s*(?:as|:)\s*([\w$]+))?\s*$/.exec(part);
      if (p) bound.set(p[2] ?? p[1], `${path}#${p[1]}`);
    }
  }
  const esc = (n: string) => n.replace(/\$/g, '\\$');
  const bare = [...bound].filter(([l, t]) => !t.endsWith('#*') && HELPER_NAME.test(t.endsWith('#default') ? l : t.slice(t.indexOf('#') + 1))).map(([l]) => l);
  const spaces = [...bound].filter(([, t]) => t.endsWith('#*')).map(([l]) => l);
  // Only names the text calls: a walk of the tree is paid by files that call such a helper, not by every file.
  const alts = new Set<string>();
  if (bare.length) for (const m of src.matchAll(new RegExp(`(?<![\\w$.])(${bare.map(esc).join('|')})\\s*\\(`, 'g'))) alts.add(esc(m[1]));
  if (spaces.length)
    for (const m of src.matchAll(new RegExp(`(?<![\\w$.])(${spaces.map(esc).join('|')})\\.([\\w$]+)\\s*\\(`, 'g'))) if (HELPER_NAME.test(m[2])) alts.add(`${esc(m[1])}\\.${esc(m[2])}`);
  if (!alts.size || !input.root) return;
  const out: Array<[string, number, number]> = [];
  for (const call of input.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', regex: `^(${[...alts].join('|')})$` } } })) {
    const fn = call.field('function')?.text() ?? '';
    const dot = fn.indexOf('.');
    const target = dot < 0 ? bound.get(fn) : bound.get(fn.slice(0, dot))?.replace(/#\*$/, `#${fn.slice(dot + 1)}`);
    if (!target || !HELPER_NAME.test(dot < 0 ? fn : fn.slice(dot + 1))) continue;
    const loop = enclosingFor(call, 'js');
    if (!loop || isRetryLoop(loop, 'js')) continue;
    out.push([target, call.range().start.line + 1, loop.range().start.line + 1]);
  }
  if (out.length) s.loopCalls = out;
}

/**
 * Calls and constructors whose object argument configures a client or connection (`new Pool({…})`,
 * `mysql.createConnection({…})`, `knex({…})`): like Python's keyword arguments, values that are code are kept
 * apart rather than disqualifying the block.
 */
const JS_CONFIG_CALLEE = /(connect|Connection|createConnection|createPool|Client|createClient|Redis|Pool|pool|Sequelize|knex|Knex|MongoClient|DataSource|config|Config|Settings|Engine|engine)$/;
/** Objects handed to a response, a log line or an event are payloads, not settings. */
const JS_PAYLOAD_CALLEE = /\.(json|send|render|emit|write|end|push|status)$|^(console|logger|log|res|reply|ctx)\.|^(Response|NextResponse)\.json$/;
/** Style objects (inline styles, `StyleSheet.create`, `sx` props) repeat CSS declarations, not settings. */
const CSS_KEY =
  /^(display|position|top|left|right|bottom|width|height|min(Width|Height)|max(Width|Height)|margin\w*|padding\w*|color|background\w*|border\w*|font\w*|lineHeight|letterSpacing|text\w*|align\w*|justify\w*|flex\w*|gap|rowGap|columnGap|grid\w*|overflow\w*|zIndex|opacity|cursor|boxShadow|transform|transition|animation|outline|whiteSpace|wordBreak|visibility|verticalAlign|objectFit|pointerEvents|userSelect|content|fill|stroke\w*|inset|aspectRatio|boxSizing|float|clear|listStyle\w*|tintColor|elevation|shadow\w*|resizeMode|mx|my|mt|mb|ml|mr|px|py|pt|pb|pl|pr|m|p|bg|bgcolor)$/;
const JS_KEY = /^(?:([A-Za-z_$][\w$]*)|'([\w.-]{1,40})'|"([\w.-]{1,40})")\s*:\s*([\s\S]+)$/;
const JS_ENV_VALUE =
  /^(?:(?:Number|parseInt|parseFloat|String|Boolean)\(\s*)?(?:\+\s*)?(?:process\.env\.([A-Za-z_]\w*)|process\.env\[\s*['"]([A-Za-z_]\w*)['"]\s*\]|import\.meta\.env\.([A-Za-z_]\w*))/;

/** A settings-like JS value: a literal, an environment read (maybe parsed or defaulted) or a named constant. */
function jsValueKind(t: string): string | null {
  const str = /^(['"])([^'"\\\n]*)\1$/.exec(t) ?? /^(`)([^`$\\]*)`$/.exec(t);
  // Blank values initialise a form or an empty model, and text with spaces is a label, a message or a CSS class
  // list: neither is a setting to share (kept as `code`, which never links blocks).
  if (str) return str[2] === '' || /\s/.test(str[2].trim()) ? 'code' : h(`s:${str[2]}`);
  if (t === 'null' || t === 'undefined') return 'code';
  if (/^-?\s*(\d[\d_]*(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(t) || /^(true|false|null|undefined)$/.test(t)) return h(t.replace(/\s+/g, ''));
  const env = JS_ENV_VALUE.exec(t);
  if (env) return `env:${env[1] ?? env[2] ?? env[3]}`;
  if (/^[A-Z][A-Z0-9_]*$/.test(t) || /^(settings|config|cfg|conf|CONFIG|SETTINGS)(\.[A-Za-z_$][\w$]*)+$/.test(t)) return `name:${t}`;
  return null;
}

/**
 * A settings object is declared: held by a variable, an assignment or an export (`const db = {…}`,
 * `module.exports = {…}`, `export default {…}`), maybe nested in such an object. Objects passed to other calls,
 * returned or used as props are data — payloads, chart specs, widget options, blank models.
 */
function jsDeclared(n: SgNode): boolean {
  let o: SgNode = n;
  for (let depth = 0; depth < 6; depth++) {
    const p = o.parent();
    const k = p?.kind();
    if (k === 'variable_declarator' || k === 'assignment_expression' || k === 'export_statement' || k === 'public_field_definition') return true;
    if (k === 'satisfies_expression' || k === 'as_expression' || k === 'parenthesized_expression') {
      o = p!;
      continue;
    }
    if (k !== 'pair') return false;
    const outer = p!.parent();
    if (outer?.kind() !== 'object') return false;
    o = outer;
  }
  return false;
}

/** An object literal of ≥ 3 settings (literal, environment or constant values): a block for config/duplicated-settings. */
function jsSettingsBlock(n: SgNode): NonNullable<FileSignals['settings']>[number] | undefined {
  const keys: string[] = [];
  const vals: string[] = [];
  let call: string | undefined | null = null; // null: not looked up yet
  const callee = (): string | undefined => {
    if (call !== null) return call;
    call = undefined;
    const args = n.parent();
    if (args?.kind() === 'arguments') {
      const c = args.parent();
      const fn = c?.field('function') ?? c?.field('constructor');
      call = fn?.text();
    }
    return call;
  };
  // Where the object is decides first (a few parent steps): most objects are arguments, props or return values.
  const configCall0 = callee();
  const inConfigCall = !!configCall0 && JS_CONFIG_CALLEE.test(configCall0);
  if (!inConfigCall && !jsDeclared(n)) return undefined;
  for (const c of n.children()) {
    const k = c.kind();
    if (k === '{' || k === '}' || k === ',' || k === 'comment') continue;
    const isCall = (): boolean => inConfigCall;
    if (k !== 'pair') {
      if (isCall()) continue;
      return undefined;
    }
    const m = JS_KEY.exec(c.text());
    if (!m) return undefined;
    const key = m[1] ?? m[2] ?? m[3];
    const text = m[4].trim();
    let val = jsValueKind(text);
    // A value that repeats its key (`{ ACTIVE: 'active' }`, `{ name: 'name' }`) maps field names: not a setting.
    const str = /^['"`]([\w.-]{1,40})['"`]$/.exec(text)?.[1];
    if (str && str.toLowerCase().replace(/[-_]/g, '') === key.toLowerCase().replace(/[-_]/g, '')) val = null;
    if (!val) {
      if (!isCall()) return undefined;
      val = 'code';
    }
    keys.push(key);
    vals.push(val);
  }
  if (keys.length < 3) return undefined;
  if (keys.filter((k) => CSS_KEY.test(k)).length * 2 >= keys.length) return undefined;
  const fn = callee();
  if (fn && JS_PAYLOAD_CALLEE.test(fn)) return undefined;
  const configCall = inConfigCall ? fn : undefined;
  return { ...sortedBlock(configCall ? 'kwargs' : 'dict', keys, vals, n.range().start.line + 1), ...(configCall ? { call: configCall.replace(/^new\s+/, '') } : {}) };
}

/* ------------------------------ outbound HTTP dependencies ------------------------------ */

/**
 * HTTP calls, found from the method (`.get(`, `fetch(`, `urlopen(`): the receiver of a method call is checked
 * apart (HTTP_RECEIVER on the word before the dot) — an alternation that began with `[A-Za-z_]*session` was
 * tried at every word of every file.
 */
const HTTP_CALL = /\.(?:get|post|put|patch|delete|request)\s*\(\s*([^,)\n]+)|\bfetch\s*\(\s*([^,)\n]+)|\burlopen\s*\(\s*([^,)\n]+)/g;
const HTTP_RECEIVER = /^(?:requests|httpx|[A-Za-z_]*session|[A-Za-z_]*[cC]lient|axios|ky|got)$/;

/** The dependency an HTTP call goes to: the host of a literal URL, or the base-URL name it is built from. */
function dependencyOf(arg: string, hostsOf: () => ReadonlyMap<string, string>): string | null {
  const url = /https?:\/\/([A-Za-z0-9.-]+)/.exec(arg);
  if (url && !/\{|\$\{/.test(url[1])) return url[1].toLowerCase();
  // A module constant holding a literal URL names its host (`FEED_URL = 'http://10.40.2.30:9100/…'`).
  const named = (n: string) => hostsOf().get(n) ?? n;
  const base = /^[fr]?['"`]\s*(?:\$?\{\s*)([A-Za-z_][\w.]*)\s*\}/.exec(arg);
  if (base) return named(base[1].split('.').pop()!);
  const concat = /^([A-Za-z_][\w.]*?(?:URL|URI|HOST|ENDPOINT|BASE|API)\w*)\s*\+/.exec(arg);
  if (concat) return named(concat[1].split('.').pop()!);
  const ident = /^([A-Z][A-Z0-9_]*)\s*$/.exec(arg.trim());
  if (ident && (hostsOf().has(ident[1]) || /(URL|URI|ENDPOINT|API)/.test(ident[1]))) return named(ident[1]);
  return null;
}

const URL_CONSTANT = /^\s*(?:export\s+)?(?:const\s+)?([A-Z][A-Z0-9_]*)\s*(?::\s*\w+\s*)?=\s*[fr]?['"`]https?:\/\/([A-Za-z0-9.-]+)/gm;

/** `NAME = 'https://host/…'` constants of a module: name → host. */
function urlConstants(src: string): Map<string, string> {
  const hosts = new Map<string, string>();
  for (const m of src.matchAll(URL_CONSTANT)) hosts.set(m[1], m[2].toLowerCase());
  return hosts;
}

function httpDeps(input: FileInput, s: FileSignals): void {
  if (!/requests|httpx|session|[cC]lient|axios|fetch|urlopen/.test(input.source)) return;
  const out: Array<[string, number]> = [];
  const src = input.source;
  // Module constants holding a literal URL, read only when a call's argument is a name (most calls have none).
  let hosts: Map<string, string> | undefined;
  const hostsOf = (): ReadonlyMap<string, string> => (hosts ??= src.includes('://') ? urlConstants(src) : new Map());
  for (const [m, line] of codeMatches(input, HTTP_CALL)) {
    if (m[1] !== undefined) {
      const receiver = wordBack(src, m.index!, 80).replace(/^.*\$/, '') || undefined;
      if (!receiver || !HTTP_RECEIVER.test(receiver)) continue;
    }
    const dep = dependencyOf((m[1] ?? m[2] ?? m[3]).trim(), hostsOf);
    if (dep && !/^(localhost|127\.0\.0\.1|0\.0\.0\.0)$/.test(dep)) out.push([dep, line]);
  }
  if (out.length) s.http = out;
}

/* ------------------------------ commands: backups, deploys ------------------------------ */

function commands(input: FileInput, s: FileSignals): void {
  const src = input.source;
  const backups: Array<[string, number]> = [];
  const deploys: Array<[string, number]> = [];
  // Python counts only a dump command named in a string (below): `json.dumps` must not send every Python file
  // through the line loop.
  const mayBackup = input.lang === 'python' ? /\b(pg_dump|mysqldump|mongodump|pg_dumpall)\b/.test(src) : /dump|backup|basebackup|bgsave|borg/i.test(src);
  const deployFile = DEPLOY_FILE.test(input.path) || input.role.startsWith('ci-');
  // The file's name first: the text test is a pass over every product file.
  const mayDeploy = (deployFile || (PULL_RESTART_FILE.test(input.path) && GIT_PULL.test(src))) && /rsync|scp|git\s+pull|ssh/.test(src);
  if (!mayBackup && !mayDeploy) return;
  const hasPull = GIT_PULL.test(src);
  const hasRestart = RESTART.test(src);
  input.lines.forEach((l, i) => {
    if (COMMENT_LINE.test(l)) return;
    const isBackup = mayBackup && (input.lang === 'python' ? /['"][^'"]*\b(pg_dump|mysqldump|mongodump|pg_dumpall)\b/.test(l) : BACKUP.test(l));
    if (isBackup) {
      const m = BACKUP.exec(l);
      backups.push([(m?.[0] ?? 'dump').split(/\s+/)[0], i + 1]);
    }
    if (mayDeploy && input.lang !== 'python') {
      if (!deployFile) {
        if (GIT_PULL.test(l) && hasRestart) deploys.push(['git pull and restart', i + 1]);
      } else if (REMOTE_UNPACK.test(l)) deploys.push(['unpacks over the live tree on the host', i + 1]);
      else if (DEPLOY_COPY.test(l) && !/\bbackups?\b/i.test(l)) deploys.push([`${/\brsync\b/.test(l) ? 'rsync' : 'scp'} to the host`, i + 1]);
      else if (GIT_PULL.test(l) && hasRestart) deploys.push(['git pull and restart', i + 1]);
    }
  });
  if (hasPull && !deploys.length && mayDeploy && hasRestart) {
    const i = input.lines.findIndex((l) => GIT_PULL.test(l));
    if (i >= 0) deploys.push(['git pull and restart', i + 1]);
  }
  if (backups.length) s.backups = backups;
  if (deploys.length) s.deploys = deploys;
}

/* ------------------------------ mentions in non-code files ------------------------------ */

function mentions(input: FileInput, s: FileSignals): void {
  const found = new Set<string>();
  const src = input.source;
  if (src.length > 400_000) return;
  const dir = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/')) : '';
  for (const m of src.matchAll(MENTION_FILE)) {
    found.add(m[1]);
    if (dir && !m[1].startsWith('/')) found.add(`${dir}/${m[1]}`);
  }
  for (const m of src.matchAll(MENTION_MODULE)) found.add(m[1]);
  if (/\.(cfg|ini|toml|conf)$/.test(input.path))
    for (const m of src.matchAll(CFG_DOTTED_VALUE)) {
      const parts = m[1].split('.');
      for (let i = parts.length; i >= 2; i--) found.add(parts.slice(0, i).join('.'));
    }
  if (input.role !== 'docs') for (const m of src.matchAll(MENTION_APP)) if (!/^(https?|ftp|ssh|git|file|mailto|redis|postgres(ql)?|mysql|mongodb)$/i.test(m[1])) found.add(m[1]);
  if (found.size) s.mentions = [...found].slice(0, 500).sort();
}
