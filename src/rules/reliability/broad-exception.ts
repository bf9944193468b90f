import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import type { Confidence, FindingDraft } from '../types.js';
import { isBadDataFallback } from './_bad-data-fallback.js';
import { acknowledgedByPeer, acknowledgedInScope } from './_peer-acknowledged.js';
import { exceptionTypes, isTrivialPython } from './swallowed-exception/handlers.js';

const BROAD = new Set(['Exception', 'BaseException', 'builtins.Exception']);
/** The text pre-filter, shared with the candidate query (parse/candidates.ts). */
const PREFILTER: readonly string[] = ['Exception'];
/**
 * Except clauses whose text names Exception/BaseException, from the shared walk (which also hands over other
 * rules' except clauses: the check reads each clause's types, so it accepts only broad ones).
 */
const EXCEPT_CLAUSES = candidateQuery(['python'], { kind: 'except_clause', has: { regex: 'Exception' } }, { when: PREFILTER });
/** A handler that ends the process turns every error into a failure exit: not handled "the same way" and continued. */
const EXITS = /(^|[^\w.])(sys\.exit|os\._exit|exit|quit|os\.abort)\(/;
/**
 * A handler that logs the traceback (`log.exception`, `exc_info=True`, Sentry) is a deliberate boundary: a plugin
 * hook, a worker loop body, `main()`. Nothing is lost, so it is not reported (as ruff's BLE001 decides).
 */
const LOGS_TRACEBACK = /(?:^|[^\w])exception\(|exc_info\s*=\s*(?!None\b|False\b|0\b)|traceback\.|format_exc\(|print_exc\(|sentry_sdk\.capture_exception|capture_exception\(/;
/** A call that logs or prints the error message (`logger.error(e)`, `log.warning(…)`, `print(…)`, `self.dump_log(…)`). */
const LOGS_MESSAGE = /(?:^|[^\w.])(?:print|[\w.]*(?:log|logger|logging|_log|dump_log)\.\w+|[\w.]*\.(?:error|warning|warn|critical|info|debug)|log|dump_log|[\w.]*\.dump_log)\(/i;
/** A client-error status in a response (`…, 400`, `status_code=422`, `HTTP_400_BAD_REQUEST`). */
const CLIENT_ERROR = /\b4\d\d\b|HTTP_4\d\d|BAD_REQUEST/;
/** `abort(500)` (Flask, werkzeug) raises an HTTP error: the handler turns the failure into an error response. */
const RAISES_HTTP = /(?:^|[^\w.])(?:flask\.)?abort\(/;

export default defineRule({
  id: 'reliability/broad-exception',
  title: 'Generic exception handler',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'low',
  cwe: ['CWE-396'],
  scope: { kind: 'file', languages: ['python'] },
  prefilter: PREFILTER,
  messages: {
    broad: '`except {type}` catches every error, programming errors included, and {action} without re-raising',
    broadLeaks: '`except {type}` catches every error, programming errors included, and returns its text to the caller: server faults look like bad requests and internals reach the response',
    broadReported: '`except {type}` catches every error, logs the traceback and returns its message to the caller: check that the message may be shown there',
    broadFallback: '`except {type}` gives a fallback when the input does not read ({action}): intended for untrusted data, but a programming error in the try reads the same',
    broadLogged: '`except {type}` catches every error and {action}: the message is kept but not the traceback (log with `exc_info=True` or `log.exception`)',
  },
  docs: {
    what:
      'Python `except Exception:` / `except BaseException:` (alone, with `as e`, or inside a tuple) whose handler does something and never re-raises.',
    why:
      'A generic handler treats a typo, a `None` where an object was expected or a wrong key exactly like the network failure it was written for: the bug is logged (at best) and the loop goes on with bad state, so it surfaces far from its cause, or never. Narrow handlers keep expected failures handled and let defects fail loudly in tests and monitoring.',
    bad: { path: 'collector.py', code: 'def collect():\n    try:\n        rows = fetch()\n        store(rows)\n    except Exception as e:\n        print("collect failed:", e)\n' },
    good: {
      path: 'collector.py',
      code: 'import requests\n\n\ndef collect():\n    try:\n        rows = fetch()\n    except (requests.Timeout, requests.ConnectionError) as e:\n        log.warning("fetch failed: %s", e)\n        return\n    store(rows)\n',
    },
    fix: 'Catch the exceptions the block expects (`requests.RequestException`, `psycopg2.OperationalError`, `KeyError` …) and let the rest propagate; where a process boundary must survive anything (a worker loop, a request handler), log with the traceback (`log.exception(…)`), count it, and keep the block small.',
    falsePositives:
      'Handlers that re-raise (`raise`, `raise X from e`), end the process (`sys.exit(1)`), return a non-zero exit code from an entry point (`main()` … `return 1`), fail a test (`self.fail(…)`, `pytest.fail(…)`), only clean up (`proc.kill()`, `shutil.rmtree(tmp)`, `conn.rollback()`) or hand the exception object on (`future.set_exception(exc)`, `on_error(exc)`, `errors[i] = exc`; a logger or `print` does not count) are not reported, nor handlers that only `pass`/`continue`/`return` (that is `reliability/swallowed-exception`), nor bare `except:` (`reliability/bare-except`). A handler that logs the traceback (`log.exception`, `exception(…)`, `exc_info=True` or `exc_info=e`, `traceback.print_exc()`, Sentry) is a deliberate boundary (a plugin hook, a UI event handler, a worker loop body, `main()`): nothing is lost, so it is not reported (as ruff\'s BLE001 decides; `exc_info=None` does not count). A handler whose line carries another linter\'s suppression of the same check (`# pylint: disable=broad-except`, `# noqa: BLE001`, `# nosec`), or whose function has a `# pylint: disable=broad-exception-caught` line above it, is an info notice; so is a handler that logs the error message (`logger.error(e)`, `log.warning(…)`, `print(…)`) without its traceback and carries on — a best-effort step that was thought about, whose only loss is the traceback (the message says to add `exc_info=True`). Handlers that return a fallback, assign one or carry on silently stay reported — except a fallback for input that does not read, an info notice (untrusted or third-party data fails in more ways than anyone can list): the handler only assigns or returns a value (or breaks/continues) and the try only reads data (lookups, conversions, string helpers; no I/O, no `await`), or opens by decoding its input (`data = serializer.loads(cookie)`, `state = unserialize(token)`), or, in a module that parses web pages (imports `bs4`, `lxml`, `extruct`, `recipe_scrapers` …), computes one local that the handler empties (`image = find_image(soup)` / `image = None`). A handler that logs the traceback and returns the error\'s message is an info notice too (the traceback is kept; whether the message may be shown is a disclosure question), unless the answer carries a client-error status (`…, 400`) or the traceback itself. Nor is a handler that calls `abort(…)` (Flask/werkzeug raise an HTTP error), or one inside a loop that sleeps before trying again (a wait-for-the-database loop). The message says what the handler does (logs it, logs the traceback, returns a value, continues the loop).',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.1, perFile: 0.15, cap: 12, kind: 'refactor', track: 'quality' },
  check(input) {
    if (!input.root) return [];
    const out: FindingDraft[] = [];
    for (const clause of candidates(input, EXCEPT_CLAUSES)) {
      const named = clause.children().filter((c) => c.isNamed());
      const block = named.find((c) => c.kind() === 'block');
      const typeNode = named.find((c) => c.kind() !== 'block' && c.kind() !== 'comment');
      if (!block || !typeNode) continue;
      const broad = exceptionTypes(typeNode).find((t) => BROAD.has(t));
      if (!broad) continue;
      const body = block.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
      if (!body.length || body.every(isTrivialPython)) continue;
      if (reraises(block) || EXITS.test(block.text())) continue;
      const bound = boundName(typeNode);
      if (bound && forwards(block, bound)) continue;
      if (FAILS_TEST.test(block.text()) || returnsExitCode(clause, body) || body.every(isCleanup)) continue;
      const text = block.text();
      // `return {"error": f"{err} - {traceback.format_exc()}"}, 400`: every failure, server faults included, becomes
      // the caller's fault, with the internals in the response. Reported even when it also logs the traceback.
      const leaks = returnsErrorText(body, bound, text);
      if (!leaks && (LOGS_TRACEBACK.test(text) || RAISES_HTTP.test(text))) continue;
      // `while True: try: connect() … except Exception: log(…); time.sleep(1)`: a wait-and-retry loop.
      if (retriesAfterSleep(clause, text)) continue;
      // A maintainer accepted it for another linter on the line (`# pylint: disable=broad-except`, `# noqa: BLE001`).
      const r = fromSg(clause.range());
      const fn = clause.ancestors().find((a) => a.kind() === 'function_definition');
      const ack = acknowledgedByPeer(input.lines, r.start.line) || acknowledgedInScope(input.lines, fn ? fromSg(fn.range()).start.line : 1, r.start.line);
      // A handler that logs the error (without its traceback) and carries on is a best-effort step that was thought
      // about (a notification after the write, one item of a batch): the failure is visible; only the traceback is
      // lost. An info notice, outside the plan, saying what to add.
      const logged = !leaks && LOGS_MESSAGE.test(text);
      // `log.exception(e); return Result(ok=False, detail=str(e))`: the traceback is kept in the log and the caller
      // gets the message, with no client-error status and no traceback in it: a disclosure judgement, not a lost error.
      const reported = leaks && LOGS_TRACEBACK.test(text) && !CLIENT_ERROR.test(body[body.length - 1].text()) && !/format_exc|print_exc|traceback\./.test(body[body.length - 1].text());
      // A fallback for input that does not read (a cookie, a token, a scraped field): a judgement call.
      const fallback = !leaks && !logged && isBadDataFallback(clause, body, bound, input.source);
      const confidence: Confidence = ack || fallback ? 'low' : 'medium';
      const header = clause.text().split('\n')[0] ?? 'except';
      out.push({
        messageId: reported ? 'broadReported' : leaks ? 'broadLeaks' : logged ? 'broadLogged' : fallback ? 'broadFallback' : 'broad',
        data: { type: broad.replace(/^builtins\./, ''), action: describe(block, body) },
        range: { start: r.start, end: { line: r.start.line, column: r.start.column + header.length } },
        matched: header.trim(),
        confidence,
        ...(ack || logged || reported || fallback ? { severity: 'info' as const } : {}),
      });
    }
    return out;
  },
});

/**
 * The handler answers with the error's own text: its last `return` uses the caught exception (`str(err)`) or a
 * formatted traceback (`traceback.format_exc()`, or a name assigned from it in the handler).
 */
function returnsErrorText(body: SgNode[], bound: string | undefined, text: string): boolean {
  const last = body[body.length - 1];
  if (last?.kind() !== 'return_statement') return false;
  const names = new Set<string>();
  if (bound) names.add(bound);
  for (const m of text.matchAll(/(\w+)\s*=\s*(?:traceback\.)?format_exc\(/g)) names.add(m[1]);
  if (/format_exc\(/.test(last.text())) return true;
  return last.findAll({ rule: { kind: 'identifier' } }).some((id) => names.has(id.text()));
}

/** A handler in a loop that sleeps before the next try: the loop is the retry (with its own log or counter). */
function retriesAfterSleep(clause: SgNode, text: string): boolean {
  if (!/(?:^|[^\w])sleep\(/.test(text)) return false;
  for (let p = clause.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'for_statement' || k === 'while_statement') return true;
    if (k === 'function_definition' || k === 'class_definition') return false;
  }
  return false;
}

/** `self.fail(…)` / `pytest.fail(…)`: a test turns the error into a failure with its message. */
const FAILS_TEST = /(?:^|[^\w.])(?:self\.fail|pytest\.fail|self\.skipTest|pytest\.skip)\(/;
/** Calls that release or stop something: a handler made only of these is cleanup, not error handling. */
const CLEANUP_CALL = /(?:^|\.)(?:kill|killpg|terminate|close|cleanup|clean_up|rmtree|unlink|remove|rollback|cancel|shutdown|stop|release|disconnect|join)$/;
/** Names of a process entry point (`main`, `cli`, `run_cli`, `cmd_sync`): their return value is the exit code. */
const ENTRY_POINT = /^(?:main|_main|\w+_main|cli|\w+_cli|run|cmd_\w+|command_\w+)$/;

/** An expression statement that only calls a cleanup function (`proc.kill()`, `shutil.rmtree(tmp, ignore_errors=True)`). */
function isCleanup(st: SgNode): boolean {
  if (st.kind() !== 'expression_statement') return false;
  const call = st.children().find((c) => c.isNamed());
  return call?.kind() === 'call' && CLEANUP_CALL.test(call.field('function')?.text() ?? '');
}

/** `except Exception: log(…); return 1` in `main()`: the error becomes the process's failure exit code. */
function returnsExitCode(clause: SgNode, body: SgNode[]): boolean {
  const last = body[body.length - 1];
  if (last?.kind() !== 'return_statement') return false;
  const value = last.children().find((c) => c.isNamed());
  const code = value?.kind() === 'unary_operator' ? value.text().replace(/\s+/g, '') : value?.text();
  if (!value || !/^-?\d+$/.test(code ?? '') || Number(code) === 0) return false;
  const fn = clause.ancestors().find((a) => a.kind() === 'function_definition');
  return ENTRY_POINT.test(fn?.field('name')?.text() ?? '');
}

/** What the handler does with the error, for the message. */
function describe(block: SgNode, body: SgNode[]): string {
  const text = block.text();
  const logs = LOGS_TRACEBACK.test(text) ? 'logs the traceback' : /(?:^|[^\w.])(?:print|[\w.]*(?:log|logger|logging)\.\w+)\(/i.test(text) ? 'logs it' : '';
  const last = body[body.length - 1];
  const k = last?.kind();
  let then = '';
  if (k === 'return_statement') then = `returns ${last.children().find((c) => c.isNamed())?.text().slice(0, 30) ?? 'None'}`;
  else if (k === 'continue_statement') then = 'continues the loop';
  else if (k === 'break_statement') then = 'leaves the loop';
  else if (k === 'expression_statement' && last.children().find((c) => c.isNamed())?.kind() === 'assignment') then = 'assigns a fallback';
  if (logs && then) return `${logs}, then ${then}`;
  return logs || then || 'carries on';
}

/** A `raise` in the handler itself (not inside a nested function or class defined there). */
function reraises(block: SgNode): boolean {
  return block.findAll({ rule: { kind: 'raise_statement' } }).some((r) => {
    for (let p = r.parent(); p && p.id() !== block.id(); p = p.parent()) {
      if (p.kind() === 'function_definition' || p.kind() === 'class_definition' || p.kind() === 'lambda') return false;
    }
    return true;
  });
}

/** `except Exception as exc` → `exc`. */
function boundName(typeNode: SgNode): string | undefined {
  if (typeNode.kind() !== 'as_pattern') return undefined;
  const target = typeNode.children().find((c) => c.kind() === 'as_pattern_target');
  return target?.text().trim() || undefined;
}

const LOGGING_CALL = /^(print|str|repr|format|[\w.]*(log|logger|logging)\.\w+|warnings\.warn)$/i;

/**
 * The handler hands the exception object itself to other code (`future.set_exception(exc)`,
 * `self._fatal_error(exc)`, `callback(error=exc)`): the error is propagated by delegation, not handled the
 * same way as everything else. Passing it to print or a logger does not count.
 */
function forwards(block: SgNode, name: string): boolean {
  // Stored for the caller: `errors[i] = exc`, `self.error = exc`.
  if (block.findAll({ rule: { kind: 'assignment' } }).some((a) => a.field('right')?.text() === name)) return true;
  return block.findAll({ rule: { kind: 'call' } }).some((call) => {
    const fn = call.field('function')?.text() ?? '';
    if (LOGGING_CALL.test(fn)) return false;
    return (call.field('arguments')?.children() ?? []).some((a) => {
      const v = a.kind() === 'keyword_argument' ? a.field('value') : a;
      return v?.kind() === 'identifier' && v.text() === name;
    });
  });
}
