/**
 * config/env-unvalidated: which environment reads are already handled where they are read, so that they do not
 * count as "read everywhere, validated nowhere". Called per read by the file-pass signals (rules/_signals.ts), on
 * the lines of the file; plain text checks, no syntax tree.
 *
 * A read is handled when:
 * - the next lines check it and act (`if not url: raise …`, `if db not in SUPPORTED: raise ValueError`, an
 *   `isinstance` chain whose `else` raises, a `return` or `throw`);
 * - it is parsed inside `try` right away, with a fallback in the `except` (`int(level)` → log level INFO);
 * - it is an optional feature switch: assigned to a name whose first later use is `if name:` (Sentry, Cloud
 *   Logging, a settings-path override: unset simply turns the feature off) — not for boolean-like names
 *   (`DEBUG`, `ENABLE_*`, `*_MODE`, `IS_*`) or a read coerced to a boolean (`!!process.env.X`, `bool(…)`), where
 *   the string `"false"` is truthy and is exactly what validation catches;
 * - its presence is tested before it is read (`if "GITHUB_REF" in os.environ:`);
 * - (optional, see envReadState) it has a default that is a complete value (`os.getenv("REGION", "us-east-1")`, `default=os.path.expanduser("~")`,
 *   `process.env.LOG_FORMAT || "json"`) and is used as the string it is: an optional setting that works unset. Not
 *   when the value is parsed (`int(os.getenv("PORT", "5000"))`, `Number(process.env.PORT || 3000)`: a malformed
 *   value fails there, which is what validation is for), not a credential or a service address as the default
 *   (`DB_PASS` → a password, `DB_HOST` → "10.40.2.17", `BASE_URL` → "http://localhost:5000": one environment's
 *   value written into the code), not an empty default (`""` means "unset"
 *   for the code that follows), and not a development mode as the default of a mode variable
 *   (`FLASK_ENV` → `"development"`: unset in production means debug mode);
 * - it is handed straight to a configuration loader (`load_dotenv(dotenv_path=os.environ.get("ENV_FILE"))`);
 * - it is a variable of the CI platform (`GITHUB_*`, `GITLAB_*`, `CI_*` …): build information set by the runner.
 */

import { secretKindOfName } from '../security/_secret-patterns.js';
import { cachedRegExp } from '../regex.js';

const IF_LINE = /^\s*(?:if|elif|else if|\}\s*else if)\b|^\s*if\s*\(/;
const STOP = /\b(raise|throw|return|sys\.exit|process\.exit)\b/;
const FAIL = /\b(raise|throw|sys\.exit|process\.exit)\b/;
/** A name that reads as a boolean: its string value `"false"` is truthy, so `if name:` is not a safe switch. */
const BOOLEAN_NAME = /(^|_)(DEBUG|ENABLE|ENABLED|DISABLE|DISABLED|USE|ALLOW|FLAG|VERBOSE|MODE|ON|OFF)(_|$)|^(IS|HAS)_/;
/** A variable that selects the run mode, and the development values that must not be its default. */
const MODE_NAME = /(^|_)(ENV|ENVIRONMENT|MODE|STAGE|DEBUG)$/;
const DEV_VALUE = /^(dev|develop|development|debug|local|test|testing|true|1|on|yes)$/i;
/** Variables set by the CI runner (build information), not settings of the application. */
const CI_PLATFORM = /^(GITHUB|GITLAB|CI|CIRCLE|BUILDKITE|TRAVIS|JENKINS|BITBUCKET|DRONE|APPVEYOR|AZURE_PIPELINES|RUNNER)_\w+$/;

/**
 * How the read of `name` at 1-based `line` (match from `start` to `end` in `source`) is handled where it is read
 * (see the module comment): HANDLED, OPTIONAL (a complete default: the read counts towards the component's
 * scattered reads, but its file has nothing to fix on its own) or undefined.
 */
export const HANDLED = 2;
export const OPTIONAL = 3;
export function envReadState(source: string, lines: readonly string[], line: number, name: string, start: number, end: number): typeof HANDLED | typeof OPTIONAL | undefined {
  if (envReadHandled(lines, line, name)) return HANDLED;
  return completeDefault(source, start, end, name) ? OPTIONAL : undefined;
}

function envReadHandled(lines: readonly string[], line: number, name: string): boolean {
  if (CI_PLATFORM.test(name)) return true;
  // `load_dotenv(dotenv_path=os.environ.get("ENV_FILE"))`: where the configuration is loaded from, handed to the
  // loader (which treats unset as "the default place"), not a setting of its own.
  if (CONFIG_LOADER.test(lines[line - 1] ?? '')) return true;
  if (presenceTestedBefore(lines, line, name)) return true;
  const target = /^\s*((?:self\.|this\.)?[A-Za-z_$][\w$]*)\s*(?::\s*[\w[\], |]+)?=(?!=)/.exec(lines[line - 1] ?? '')?.[1]
    ?? /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w[\], |<>]+)?=(?!=)/.exec(lines[line - 1] ?? '')?.[1];
  if (!target) return false;
  return checkedRightAfter(lines, line, target) || parsedInTry(lines, line, target) || featureSwitch(lines, line, target, name);
}

/**
 * `if not x: raise` / `return`, `if db not in SUPPORTED: raise`, `if isinstance(x, str): … else: raise` within the
 * next lines. A test of absence (`not x`, `x is None`, `!x`) may skip (`return`); any other test of the value must
 * raise or exit: `if (cloudMode) { …; return }` is the feature itself, not a check.
 */
function checkedRightAfter(lines: readonly string[], line: number, target: string): boolean {
  let at = -1;
  for (let i = line; i < Math.min(lines.length, line + 3) && at < 0; i++) if (IF_LINE.test(lines[i])) at = i;
  if (at < 0) return false;
  const t = escape(target);
  const mention = cachedRegExp(`(?<![\\w.$])${t}(?![\\w$])`);
  const absence = cachedRegExp(`\\bnot\\s+(?:isinstance\\(\\s*)?${t}\\b|\\b${t}\\s+is\\s+None\\b|!\\s*${t}\\b`);
  for (let i = at; i < Math.min(lines.length, line + 3); i++) {
    if (!IF_LINE.test(lines[i]) || !mention.test(lines[i])) continue;
    const stop = absence.test(lines[i]) ? STOP : FAIL;
    // The check's body and its elif/else chain: a stop within a few lines.
    for (let j = i; j < Math.min(lines.length, i + 8); j++) if (stop.test(lines[j])) return true;
    return false;
  }
  return false;
}

/** `level = os.environ.get("LOG_LEVEL", "20")` then `try: self.level = int(level)` with an `except` fallback. */
function parsedInTry(lines: readonly string[], line: number, target: string): boolean {
  const next = nextCodeLine(lines, line);
  if (next < 0 || !/^\s*try\s*(:|\{)/.test(lines[next])) return false;
  const mention = cachedRegExp(`(?<![\\w.$])${escape(target)}(?![\\w$])`);
  return lines.slice(next + 1, next + 3).some((l) => mention.test(l));
}

/** `dsn = os.environ.get("SENTRY_DSN", "")` … `if dsn:`: the feature runs only when the variable is set. */
function featureSwitch(lines: readonly string[], line: number, target: string, name: string): boolean {
  // `!!process.env.CLOUD_MODE`, `bool(os.getenv("X"))`: coerced to a boolean, so `"false"` turns it on.
  if (/!!|\bBoolean\(|\bbool\(/.test(lines[line - 1] ?? '')) return false;
  if (BOOLEAN_NAME.test(name) || BOOLEAN_NAME.test(target.replace(/^(self|this)\./, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase())) return false;
  const mention = cachedRegExp(`(?<![\\w.$])${escape(target)}(?![\\w$])`);
  for (let i = line; i < lines.length; i++) {
    if (!mention.test(lines[i])) continue;
    const t = escape(target);
    return cachedRegExp(`^\\s*(?:if|elif)\\s+${t}\\s*:|^\\s*(?:\\}\\s*else\\s+)?if\\s*\\(\\s*${t}\\s*\\)`).test(lines[i]);
  }
  return false;
}

/** `"NAME" in os.environ` / `'NAME' in process.env` on the line or the two before it. */
function presenceTestedBefore(lines: readonly string[], line: number, name: string): boolean {
  const re = cachedRegExp(`['"]${name}['"]\\s+in\\s+(?:os\\.environ|process\\.env)\\b|\\bprocess\\.env\\.${name}\\s*!==?\\s*undefined`);
  for (let i = Math.max(0, line - 3); i < line; i++) if (re.test(lines[i])) return true;
  return false;
}

/**
 * A default that is a complete value: Python `getenv("X", "aws")`, `environ.get("X", default=expanduser("~"))`,
 * `environ.get("X") or "/tmp/x"`; JS `process.env.X || "aws"`, `process.env.X ?? 3000`.
 */
function completeDefault(source: string, start: number, end: number, name: string): boolean {
  // A password or the address of a service as the default (`DB_PASS` → "Wh3atfield", `DB_HOST` → "10.40.2.17") is
  // one environment's value written into the code, not a default that works everywhere.
  if (secretKindOfName(name) || SERVICE_LOCATION.test(name)) return false;
  // `int(os.getenv("PORT", "5000"))`: a set value is parsed, and a malformed one fails there — unvalidated.
  if (PARSED.test(source.slice(Math.max(0, start - 24), start))) return false;
  const after = source.slice(end, end + 160);
  const m =
    /^['"]\s*,\s*(?:default\s*=\s*)?([^)\n]+?)\s*\)/.exec(after) ?? // Python call with a second argument
    /^(?:['"]\s*[\])])?\s*(?:\|\||\?\?|\bor\b)\s*([^\n;,)]+)/.exec(after); // `… or "x"`, `|| "x"`, `?? 3000`
  if (!m) return false;
  const dflt = m[1].trim();
  if (/^(None|null|undefined|''|""|``)$/.test(dflt)) return false;
  const literal = /^(['"`])(.*)\1$/.exec(dflt)?.[2];
  if (literal !== undefined && MODE_NAME.test(name) && DEV_VALUE.test(literal)) return false;
  // Another read as the fallback (`process.env.A || process.env.B`) is not a value.
  return !/environ|getenv|process\.env/.test(dflt);
}

const CONFIG_LOADER = /\b(?:load_dotenv|dotenv_values|find_dotenv|read_env|from_envvar|dotenv\.config)\s*\(/;
const SERVICE_LOCATION = /(^|_)(HOST|HOSTNAME|URL|URI|DSN|ENDPOINT|ADDR|ADDRESS|SERVER|DB|DATABASE|BUCKET|QUEUE|TOPIC)(_|$)/;
const PARSED = /\b(?:int|float|bool|Decimal|Number|parseInt|parseFloat|Boolean|json\.loads|JSON\.parse)\(\s*$|[+!]\s*$/;

function nextCodeLine(lines: readonly string[], line: number): number {
  for (let i = line; i < Math.min(lines.length, line + 4); i++) if (lines[i].trim() && !/^\s*(#|\/\/)/.test(lines[i])) return i;
  return -1;
}

function escape(s: string): string {
  return s.replace(/[.$]/g, '\\$&');
}
