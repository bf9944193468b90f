import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import type { FileInput, FindingDraft } from '../types.js';

/** The text pre-filter, shared with the rule's candidate queries (parse/candidates.ts). */
const PREFILTER = /\bprint\b|console\./;

const CONSOLE_METHOD_RE = '^(log|info|debug|warn|error|trace)$';
const PRINT_CALL = candidateQuery(['python'], { kind: 'call', has: { field: 'function', kind: 'identifier', regex: '^print$' } }, { when: PREFILTER });
const CONSOLE_CALL = candidateQuery(
  ['javascript', 'typescript', 'tsx'],
  {
    kind: 'call_expression',
    has: {
      field: 'function',
      kind: 'member_expression',
      all: [
        { has: { field: 'object', kind: 'identifier', regex: '^console$' } },
        { has: { field: 'property', regex: CONSOLE_METHOD_RE } },
      ],
    },
  },
  { when: PREFILTER },
);

/** Paths of command-line tools, build scripts and one-off jobs, where stdout is the interface. */
const CLI_PATH = /(^|\/)(bin|scripts?|tools?|cli|commands|management\/commands|migrations|benchmarks?|notebooks?)\//;
const CLI_FILE = /(^|\/)(cli\.py|__main__\.py|manage\.py|setup\.py|noxfile\.py|fabfile\.py|tasks\.py|conftest\.py|cli\.[cm]?[jt]s|[\w.-]+\.config\.[cm]?[jt]s|gulpfile\.[cm]?[jt]s|Gruntfile\.[cm]?[jt]s)$/i;
/** A `tasks.py` of a task queue (Celery, Dramatiq, RQ …) is worker code, not an invoke/fabric task file. */
const TASK_QUEUE = /^\s*(?:import|from)\s+(celery|dramatiq|huey|rq|arq|taskiq|django_rq)\b|^\s*@(?:shared_task|\w+\.task|\w+\.actor|actor|job)\b/m;
/** A project's own logger module (`logger.js`, `src/logging/index.ts`): the one place where console calls belong. */
const LOGGER_FILE = /(^|\/)(log|logs|logger|logging|_logger|_logging)(\/index|\/__init__)?\.(?:[cm]?[jt]sx?|py)$/i;
/** The team's linter was told the print is deliberate: `// eslint-disable-line no-console`, `# noqa: T201`. */
const PRINT_ALLOWED_LINE = /eslint-disable(-next)?-line\b[^\n]*\bno-console\b|#\s*noqa:[^\n]*\bT20[13]?\b/;
const PRINT_ALLOWED_FILE = /\/\*\s*eslint-disable\s+[^*]*\bno-console\b[^*]*\*\//;
/** Argument parsing in Python: the file is a command-line program. */
const PY_CLI = /^\s*(?:import|from)\s+(argparse|click|typer|fire|docopt|optparse)\b|\bsys\.argv\b/m;
/**
 * An executable script: a `python` shebang and an `if __name__ == "__main__":` guard, and no polling loop. The
 * shebang says it is run as a command, the guard that it is its own program (a module imported by a service has
 * neither); a `while True:` loop makes it a worker, whatever starts it.
 */
const PY_SHEBANG = /^#!.*\bpython/;
export const PY_MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m;
/** An interactive program: it prompts the person at the terminal, so printing is its interface. */
const PY_INTERACTIVE = /(?:^|[^\w.])(?:input|getpass\.getpass|getpass)\(|^\s*(?:import|from)\s+(?:curses|cmd|readline|prompt_toolkit|questionary|inquirer)\b/m;
/**
 * Browser code: a React/Vue/Svelte/Angular component or a client module. In the browser, console.error/warn is
 * the error channel (the devtools, error trackers hook it); there is no server log to write to instead.
 */
const BROWSER_PATH = /(^|\/)(components?|pages|views|hooks|app|src\/client|client|frontend|web|ui|public|static)\//;
/** A script that drives the page: it runs in a browser wherever it sits (`static_files/js/copy-button.js`). */
const BROWSER_DOM = /(?:^|[^\w.])(?:window|document|navigator|localStorage)\.\w/;
const BROWSER_CODE = new RegExp(String.raw`^\s*['"]use client['"]|(?:from\s+|require\(\s*)['"](react|react-dom|vue|svelte|@angular\/core|preact|solid-js)['"]|` + BROWSER_DOM.source, 'm');
/**
 * A serverless function: Next.js API routes and route handlers, Netlify/Vercel/Lambda functions. Their stderr is
 * the platform's log (CloudWatch, Vercel logs), so console.error/warn there is logging.
 */
const SERVERLESS_PATH = /(^|\/)(pages\/api|app\/api|api|netlify\/functions|functions|lambdas?)\/|(^|\/)route\.[cm]?[jt]s$/;
const SERVERLESS_CODE = /\bexports\.handler\s*=|export\s+(?:const|async\s+function|function)\s+(?:handler|GET|POST|PUT|PATCH|DELETE)\b|export\s+default\s+(?:async\s+)?function\s+handler\b/;
const ERROR_CHANNEL = /^console\s*\.\s*(error|warn)\b/;

/** Argument parsing in JS/TS: shebang, process.argv, CLI frameworks. */
const JS_CLI = /^#!.*\bnode\b|\bprocess\.argv\b|(?:from\s+|require\(\s*)['"](commander|yargs|meow|minimist|cac|sade|oclif|@oclif\/core|clipanion|citty)(?:\/[\w/]+)?['"]/m;

export default defineRule({
  id: 'observability/print-logging',
  title: 'print()/console.log used for logging in service code',
  category: 'observability',
  status: 'stable',
  since: '0.1.0',
  severity: 'low',
  confidence: 'high',
  likelihood: 'high',
  impact: 'low',
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx'] },
  prefilter: PREFILTER,
  nonProduct: 'drop',
  messages: {
    python: '{count} print() {calls}; use logging',
    js: '{count} console.{methods}() {calls}; use a logger',
    banner: 'one console.{methods}() start-up line in the server\'s listen callback; a logger would give it a level and structure',
  },
  docs: {
    what: 'Service or library code (not a command-line tool, test or notebook) that reports what it does with `print()` or `console.log`/`console.error`. One finding per file, with the number of calls, at the first call; every call is listed as a location of the finding.',
    why: 'Print output has no level, timestamp, logger name or structure: it cannot be filtered, silenced in production, routed to an error tracker or parsed by the log pipeline; Python buffers stdout (messages arrive late or are lost on a crash), and errors printed to stdout look like ordinary output to the process supervisor.',
    bad: { path: 'worker/consumer.py', code: 'def handle(msg):\n    print("received", msg.id)\n    process(msg)\n    print("done", msg.id)\n' },
    good: {
      path: 'worker/consumer.py',
      code: 'import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef handle(msg):\n    log.info("received %s", msg.id)\n    process(msg)\n    log.info("done %s", msg.id)\n',
    },
    fix: 'Use the logging module (`log = logging.getLogger(__name__)`, configured once at start-up, JSON output in production) or a Node logger (pino, winston); map prints to levels (`log.info`, `log.warning`, `log.exception` in handlers).',
    falsePositives:
      'In browser code (`.tsx`/`.jsx` components, modules under `components/`, `pages/`, `app/` … that use React/Vue/Svelte or `window`/`document`) and in serverless handlers (Next.js API routes and route handlers, Netlify/Vercel functions, Lambda `handler` exports) `console.error`/`console.warn` is the platform\'s error log and is not counted (`console.log` still is). Interactive programs (`input()`, `getpass`, `curses`, `cmd`, prompt_toolkit) are skipped. A file that is a CLI only by its argument parsing (`argparse`, `click` …) is still reported when compose `command:`, a Dockerfile `CMD`/`ENTRYPOINT`, a systemd `ExecStart=` or a crontab line starts it: an unattended, long-running or scheduled program logs. Otherwise command-line programs are skipped, where printing is the interface: Python files that parse arguments (`argparse`, `click`, `typer`, `fire`, `docopt`, `optparse`, `sys.argv`), JS/TS files with a `node` shebang, `process.argv` or a CLI framework (commander, yargs, meow, minimist, oclif …), and files under `bin/`, `scripts/`, `tools/`, `cli/`, `commands/`, `management/commands/`, `migrations/`, `benchmarks/`, `notebooks/` or named `cli.py`, `__main__.py`, `manage.py`, `setup.py`, `tasks.py` (unless it defines Celery/Dramatiq/RQ tasks: that is worker code), `*.config.js`, `gulpfile.js`. An `if __name__ == "__main__":` block alone does not make a file a CLI (workers started with `python worker.py` have one); with a `python` shebang and no polling loop (`while True:`, `time.sleep`) it does (an executable script: a maintenance or data-update script run by hand or by a CI job), and like any CLI it is still reported when a service manager starts it. A file whose prints all sit inside functions (not decorated ones, which a framework reaches, nor dunder methods) is an info notice when every call of those functions from another file — found by a text search of the repository\'s Python product files for their names, after the file pass, skipping comments, docstrings, plain imports, calls qualified by another module and calls inside a function of the same name (a dispatcher forwarding the same hook) — is made by a command-line program that no service manager starts (a file under a CLI folder, or one with a main guard that parses arguments or has a shebang): a data-refresh hook of a plugin module that only an offline update script runs prints to that script\'s terminal. A function with no caller found (a hook reached by name lookup alone) stays reported. In JS/TS, a file whose only console call is one line in a `.listen(…)` callback (the start-up banner) is an info notice. Also a file whose only prints are in such a block with no `while` loop (a module\'s demo or self-test) is not reported. Tests, examples and notebooks (`.ipynb` is not parsed) are not scanned. Calls on other objects (`self.print`, `rich.print`) are not counted, nor is `print(…, file=f)` to a file or stream other than stdout/stderr (writing output, not logging). A logger module (`logger.js`, `logging/index.ts`, `commons/logger.py`) is where console calls and the fallback `print` belong and is skipped, and calls the team has waived for its own linter (`// eslint-disable-line no-console`, `// eslint-disable-next-line no-console`, a file-wide `/* eslint-disable no-console */`, `# noqa: T201`) are not counted. A container healthcheck probe (the script a Dockerfile `HEALTHCHECK` or a compose `healthcheck: test:` runs) prints its verdict for `docker inspect` and is not reported. Browser code (components and client scripts: `.tsx`/`.jsx`/`.vue`/`.svelte`; scripts that use `window`/`document`/`navigator` wherever they sit; modules under `frontend/`, `client/`, `assets/`, `static*/`, `public/`; modules under `components/`, `pages/` … that use a UI framework — all without Node built-ins) is not reported at any level: the devtools console is the only log a page has; a Next.js app-router file without `\'use client\'` is a server component and still is.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.05, perFile: 0.3, cap: 16, kind: 'mechanical', track: 'observability' },
  check(input) {
    const root = input.root;
    if (!root) return [];
    const cli = isCli(input);
    // A CLI by its imports (argparse, click …) can still be a long-running service: kept when compose, a
    // Dockerfile, systemd or cron starts it (the scan decides). A CLI by its path or an interactive one is not.
    if (cli && (pathCli(input) || (input.lang === 'python' && PY_INTERACTIVE.test(input.source)))) return [];
    // Browser code: the console (devtools, error trackers that hook it) is the only log a page has, whatever the
    // level; the operator's log pipeline never sees it, and no server-side logger can run there. (Decided from
    // the text and path alone, before the calls are read.)
    if (input.lang !== 'python' && isBrowserCode(input, cli)) return [];
    let calls = input.lang === 'python' ? candidates(input, PRINT_CALL).filter(isPrintCall) : candidates(input, CONSOLE_CALL).filter(isConsoleCall);
    if (input.lang !== 'python' && errorChannelIsLog(input)) calls = calls.filter((c) => !ERROR_CHANNEL.test(c.text()));
    if (!calls.length) return [];
    const located = countedCalls(input, calls);
    if (!located.length) return [];
    // In source order (a call's range is read once: each read crosses into the native tree).
    located.sort((a, b) => a.range.start.index - b.range.start.index);
    const counted = located.map((c) => c.node);
    const first = counted[0];
    const count = counted.length;
    const r = fromSg(located[0].range);
    // A lone start-up banner (`app.listen(port, () => console.log(`listening on ${port}`))`): one line at start,
    // not logging of the service's work; an info notice.
    const banner = input.lang !== 'python' && count === 1 && inListenCallback(first);
    // Prints inside functions only: the scan lowers the finding when every call of those functions from another
    // file is made by a command-line script (rules/observability/_cli-callers.ts).
    const fns = input.lang === 'python' ? enclosingFunctions(counted) : undefined;
    const draft: FindingDraft = {
      messageId: banner ? 'banner' : input.lang === 'python' ? 'python' : 'js',
      ...(banner ? { severity: 'info' as const } : {}),
      ...(fns?.length ? { reachedThrough: fns } : {}),
      // A print call's text starts with `print`: only console calls name methods.
      data: { count, calls: count === 1 ? 'call' : 'calls', methods: input.lang === 'python' ? '' : consoleMethods(counted) },
      range: { start: r.start, end: { line: r.start.line, column: r.start.line === r.end.line ? r.end.column : r.start.column + 5 } },
      matched: 'print-logging',
      related: located.map((c) => fromSg(c.range)),
      confidence: count >= 3 ? 'high' : 'medium',
      ...(cli ? { onlyIfStartedUnattended: true } : {}),
      // A container healthcheck probe prints its verdict for `docker inspect`: that output is its interface.
      unlessHealthcheckProbe: true,
    };
    return [draft];
  },
});

/*
 * The shared candidate walk also returns other rules' calls: the rule counts calls, so it re-applies its
 * queries' conditions exactly (`has` with `field` = that field's child; `regex` = the child's whole text).
 */
function isPrintCall(call: SgNode): boolean {
  // The call's text starts with its callee's: one crossing drops most other calls.
  if (!call.text().startsWith('print')) return false;
  const fn = call.field('function');
  return fn?.kind() === 'identifier' && fn.text() === 'print';
}

const CONSOLE_METHOD = new RegExp(CONSOLE_METHOD_RE);
function isConsoleCall(call: SgNode): boolean {
  if (!call.text().startsWith('console')) return false;
  const fn = call.field('function');
  if (fn?.kind() !== 'member_expression') return false;
  const obj = fn.field('object');
  const prop = fn.field('property');
  return obj?.kind() === 'identifier' && obj.text() === 'console' && !!prop && CONSOLE_METHOD.test(prop.text());
}

export function isCli(input: Pick<FileInput, 'path' | 'lang' | 'source'>): boolean {
  if (pathCli(input)) return true;
  return input.lang === 'python' ? PY_CLI.test(input.source) || PY_INTERACTIVE.test(input.source) || pyScript(input.source) : JS_CLI.test(input.source);
}

/** An executable Python script (shebang and main guard). */
export function pyScript(source: string): boolean {
  return PY_SHEBANG.test(source) && PY_MAIN_GUARD.test(source) && !PY_WORKER_LOOP.test(source);
}

/** A long-running loop: a poller or worker (`while True:`, `time.sleep`, `schedule.every`), not a one-shot script. */
export const PY_WORKER_LOOP = /^\s*while\s+(True|1)\s*:|\bschedule\.every\b|\btime\.sleep\s*\(/m;

/** A command-line program by where it sits or what it is called (`scripts/`, `manage.py`, `cli.ts`). */
export function pathCli(input: Pick<FileInput, 'path' | 'source'>): boolean {
  if (CLI_PATH.test(input.path)) return true;
  return CLI_FILE.test(input.path) && !(/(^|\/)tasks\.py$/.test(input.path) && TASK_QUEUE.test(input.source));
}

/**
 * A browser component or client script (not a serverless handler that happens to sit under `app/`). `cli`: the
 * file's `isCli` — for a JS file that is not a CLI by its path (the check returned before), whether JS_CLI matches.
 */
function isBrowserCode(input: FileInput, cli: boolean): boolean {
  if (cli || SERVERLESS_CODE.test(input.source)) return false;
  // A Next.js app-router file without 'use client' is a server component: its console goes to the server log.
  const serverComponent = /(^|\/)app\//.test(input.path) && !/^\s*['"]use client['"]/m.test(input.source);
  if ((input.lang === 'tsx' || /\.(jsx|vue|svelte)$/.test(input.path)) && !serverComponent) return true;
  if (serverComponent || NODE_CODE.test(input.source)) return false;
  // A script that drives the page (`document.…`, `window.…`) runs in a browser wherever it sits (`static_files/js/`);
  // a module under a client folder (`frontend/`, `client/`, `assets/`, `static*/`, `public/`) is shipped to one.
  return BROWSER_DOM.test(input.source) || CLIENT_PATH.test(input.path) || (BROWSER_PATH.test(input.path) && BROWSER_CODE.test(input.source));
}
const CLIENT_PATH = /(^|\/)(frontend|client|assets|static[\w-]*|public|www|wwwroot)\//;
/** Server-side JS: Node built-ins and server frameworks. */
const NODE_CODE = /(?:from\s+|require\(\s*)['"](node:[\w/]+|fs|path|http|https|child_process|express|fastify|koa|@nestjs\/\w+|hapi|@hapi\/hapi)['"]|\bprocess\.(?:env|exit|on)\b|\bmodule\.exports\b/;

function errorChannelIsLog(input: FileInput): boolean {
  if (input.lang === 'tsx' || /\.(jsx|vue|svelte)$/.test(input.path)) return true;
  if (SERVERLESS_PATH.test(input.path) && SERVERLESS_CODE.test(input.source)) return true;
  if (SERVERLESS_CODE.test(input.source) && /\bexports\.handler\b|export\s+(?:const|async\s+function|function)\s+handler\b/.test(input.source)) return true;
  return BROWSER_PATH.test(input.path) && BROWSER_CODE.test(input.source);
}

type SgRange = ReturnType<SgNode['range']>;
interface Located {
  node: SgNode;
  range: SgRange;
}

/** The calls that are logging (with their ranges): not in a logger module, not waived for the linter, not writing to a file. */
function countedCalls(input: FileInput, calls: readonly SgNode[]): Located[] {
  // The project's own logger module (`logger.js`, `commons/logger.py`): its print is the sink, or the fallback when
  // the logging set-up itself failed.
  if (LOGGER_FILE.test(input.path)) return [];
  if (PRINT_ALLOWED_FILE.test(input.source)) return [];
  const kept: Located[] = [];
  for (const node of calls) {
    const range = node.range();
    if (!lintAllowed(input.lines, range.start.line + 1) && !(input.lang === 'python' && printsToFile(node))) kept.push({ node, range });
  }
  return input.lang === 'python' && input.root && onlyInDemoMain(input.root, kept) ? [] : kept;
}

/**
 * Every print sits in an `if __name__ == "__main__":` block that runs no loop: a module's demo or self-test
 * (`print(netrc())`, `print(where())`), not a service reporting its work. A block with a `while` loop is a
 * worker's main loop and still counts.
 */
function onlyInDemoMain(root: SgNode, calls: readonly Located[]): boolean {
  if (!calls.length) return false;
  const mains = root.children().filter((n) => n.kind() === 'if_statement' && /^if\s+__name__\s*==\s*["']__main__["']/.test(n.text()));
  const demo = mains.filter((m) => !m.find({ rule: { kind: 'while_statement' } }));
  if (!demo.length) return false;
  const spans = demo.map((m) => m.range());
  return calls.every((c) => spans.some((m) => m.start.index <= c.range.start.index && c.range.end.index <= m.end.index));
}

function lintAllowed(lines: readonly string[], line: number): boolean {
  const here = lines[line - 1] ?? '';
  const above = lines[line - 2] ?? '';
  return (PRINT_ALLOWED_LINE.test(here) && !/eslint-disable-next-line/.test(here)) || (/eslint-disable-next-line\b[^\n]*\bno-console\b/.test(above));
}

/** `print(row, file=out)`: writes output to a file or stream the code was given, which is not logging. */
function printsToFile(call: SgNode): boolean {
  const args = call.field('arguments');
  const file = args?.children().find((a) => a.kind() === 'keyword_argument' && a.field('name')?.text() === 'file');
  const target = file?.field('value')?.text();
  return !!target && !/^(sys\.)?(stdout|stderr|__stdout__|__stderr__)$/.test(target);
}

/** The call sits in a function passed to `<server>.listen(…)`. */
function inListenCallback(call: SgNode): boolean {
  for (const a of call.ancestors()) {
    if (a.kind() !== 'call_expression') continue;
    const fn = a.field('function');
    if (fn?.kind() === 'member_expression' && fn.field('property')?.text() === 'listen') return true;
  }
  return false;
}

/**
 * The names of the outermost functions (module functions, methods of module classes) holding the prints, or
 * undefined when one print runs at module level.
 */
function enclosingFunctions(calls: readonly SgNode[]): string[] | undefined {
  const names = new Set<string>();
  for (const c of calls) {
    let outer: SgNode | undefined;
    for (const a of c.ancestors()) if (a.kind() === 'function_definition') outer = a;
    const name = outer?.field('name')?.text();
    // A decorated function is registered with a framework (a route, a task, a signal handler), and a dunder
    // method (`__init__`, `__call__`) is called by the language: both are reached without their name written.
    if (!name || /^__\w+__$/.test(name) || outer?.parent()?.kind() === 'decorated_definition') return undefined;
    names.add(name);
  }
  return [...names].sort();
}

function consoleMethods(calls: readonly SgNode[]): string {
  const names = new Set<string>();
  for (const c of calls) {
    const m = /^console\s*\.\s*(\w+)/.exec(c.text());
    if (m) names.add(m[1]);
  }
  const list = [...names].sort();
  return list.join('/');
}
