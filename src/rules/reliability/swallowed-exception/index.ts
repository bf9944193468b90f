/**
 * reliability/swallowed-exception: one extractor per language (python.ts, javascript.ts) finds handlers that drop an
 * error without a trace; both leave out the handlers whose silence is the design.
 */
import { defineRule } from '../../define.js';
import { checkJs } from './javascript.js';
import { PREFILTER } from './prefilter.js';
import { checkPython } from './python.js';

export default defineRule({
  id: 'reliability/swallowed-exception',
  title: 'Exception swallowed without a trace',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  cwe: ['CWE-390'],
  scope: { kind: 'file', languages: ['python', 'javascript', 'typescript', 'tsx'] },
  prefilter: PREFILTER,
  nonProduct: 'lower',
  messages: {
    python: '`except{caught}:` handler {action} with no log or re-raise',
    pythonBare: 'bare `except:` handler {action} with no log or re-raise, and catches SystemExit and KeyboardInterrupt too',
    pythonAck: '`except{caught}:` handler {action} with no log or re-raise (accepted by a linter suppression on the line)',
    pythonDocumented: '`except{caught}:` handler {action} with no log or re-raise; a comment gives the reason (a documented choice, kept as a notice)',
    pythonBareAck: 'bare `except:` handler {action} with no log or re-raise (accepted by a linter suppression on the line)',
    jsCatch: 'empty `catch` block swallows the error',
    jsCatchDocumented: 'empty `catch` block swallows the error; a comment gives the reason (a documented choice, kept as a notice)',
    jsPromise: '`.catch()` with an empty handler swallows the rejection',
    jsPromiseForgotten: '`fetch(…).catch(() => {})`: a request sent and forgotten, its failure dropped (nothing reads the answer; kept as a notice)',
  },
  docs: {
    what: 'An exception handler that does nothing with the error: a Python `except` whose body is only `pass`, `continue`, `...` or `return`/`return None`; an empty JavaScript/TypeScript `catch {}` / `catch (e) {}`; a promise `.catch(() => {})`.',
    why: 'The failure disappears: no log line, no metric, no error for the caller. In production the symptom shows up far away (missing rows, a stale cache, a job that "succeeded" with no output) and nobody can tell why, because the only evidence was thrown away at the place it happened.',
    bad: { path: 'collector.py', code: 'def poll(sources):\n    for src in sources:\n        try:\n            store(fetch(src))\n        except Exception:\n            continue\n' },
    good: {
      path: 'collector.py',
      code: 'import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef poll(sources):\n    for src in sources:\n        try:\n            store(fetch(src))\n        except Exception:\n            log.exception("polling %s failed", src)\n            continue\n',
    },
    fix: 'Log the exception with its traceback (`log.exception(…)`, `logger.warning(…, exc_info=True)`, `console.error(err)`), count it in a metric, or re-raise. If ignoring is really intended, catch the narrowest type and say why, or use `contextlib.suppress(SpecificError)`.',
    falsePositives:
      'Any other statement in the handler (a call such as `log.warning`, `print`, `traceback.print_exc()`, `sys.exit`, a `raise`, an assignment of a fallback value, `return <value>`) means the error is handled and is not reported. Handlers that only catch exceptions that are normally ignored on purpose are skipped: `ImportError`/`ModuleNotFoundError` (optional imports), `StopIteration`, `KeyboardInterrupt`, `EOFError`, `asyncio.CancelledError`, `FileNotFoundError`/`FileExistsError`, `ProcessLookupError`, `queue.Empty`, lookup misses and feature probes (`KeyError`, `IndexError`, `LookupError`, `AttributeError`, `NameError`, `NotImplementedError`, `UnsupportedOperation`) and non-blocking I/O (`BlockingIOError`, `InterruptedError`), and `BrokenPipeError` (the reader went away), and framework lookup misses (`User.DoesNotExist`, `ObjectDoesNotExist`, SQLAlchemy `NoResultFound`, `Http404`, `…NotFound`); a tuple is skipped only when every type in it is one of these. `contextlib.suppress(...)` is explicit and not reported, nor is a handler of specific exceptions on a `try` with an `else:` branch (`try: n = len(x) except TypeError: pass else: …`: the failure is the deliberate other branch), nor any handler in a `__del__` method (a destructor must not raise). Narrow handlers whose silence is the design are skipped: a conversion error (`ValueError`, `TypeError`, `JSONDecodeError` …) on a try that only converts (`int(x)`, `json.loads(s)`, `datetime.fromisoformat(s)`; no I/O) when the handler `continue`s (skips bad input) or explicitly `return`s/`return None` (a parse-or-None helper) — a bare `...`/`pass` is still reported; any narrow exception on a try that only re-assigns names given a default just before it (`port = 8080; try: port = int(env["PORT"]) except (KeyError, ValueError): pass`); a timeout/empty-queue exception (`asyncio.TimeoutError`, `TimeoutError`, `socket.timeout`, `asyncio.QueueEmpty`) inside a loop (an idle poll); a narrow handler that returns None (or passes straight on to `return None`) in a function whose signature says it may return None (`-> User | None`, `Optional[str]`: callers check) — unless it catches an I/O or network failure (`OSError`, `requests.RequestException`, `…ConnectionError`), which stays reported; a narrow `pass` that falls through to a `raise` in the same or an enclosing block, or in a `-> NoReturn` function (the try only adds detail to an error raised anyway, or tries alternative forms before failing); a conversion error on a value converted in place (`x = UUID(x)`: kept as it was); a try that only removes or stops something that may already be gone (`os.unlink`, `shutil.rmtree`, `proc.kill()`, `task.cancel()`; not `close()`, which flushes). A JS `catch` around a lone `require()`/`import()` (optional dependency) or around browser storage only (`localStorage.setItem(…)`, `sessionStorage.getItem(…)`: best-effort by nature), around a cancel/abort/unsubscribe of something that may already be gone (`reader.cancel()`, `controller.abort()`), or around assignments to names given a default just before the try (`var tz = null; try { tz = Intl.DateTimeFormat()… } catch {}`: a feature probe) is skipped. Also skipped: a lookup-or-None helper (the try returns what it looks up, a data error — `KeyError`, `ValueError`, `TypeError`, `…DecodeError`, `…ValidationError` — returns None); a loop trying each parser in turn (`try: return parse(v) except ValueError: continue`) or computing one local per item (`try: name = unicodedata.name(c) except ValueError: continue`); a `pass` after a try that returns the decoded form, falling through to the code that returns the other form (not for configuration: `return int(os.environ["LEVEL"])` replaced by a default stays reported); fields decoded in place (`entry["v"] = json.loads(entry["v"])`: kept when they do not decode); a broad handler that returns None around one pure conversion (`return UUID(v)`, `return str(x)`; not a subscript, which may be a remote cache); in test files, a narrow handler (the test provokes and expects that exception); a JS `catch` whose comment says the API may be unsupported (a feature probe). A try that acts (`db.insert(row)`, `gateway.charge(…)`) or fills a result (`out[k] = json.loads(client.get(k))`) and drops a data error stays reported. A handler whose line carries another linter\'s suppression of the same check (`# pylint: disable=bare-except`, `broad-except`, `# noqa: E722`/`BLE001`/`S110`/`S112`, `# nosec`) has been accepted by its maintainers: it is an info notice, outside the plan. A bare `except: pass` is reported here once, with a message saying it is bare (not also by `reliability/bare-except`). Also skipped, as expected outcomes: `socket.gaierror` (no address for a name, like `herror`); an archive that is not one (`tarfile.ReadError`, `zipfile.BadZipFile`: the format error of the file read, handled like a decode error); a network client closed at shutdown whose network error is ignored (`await client.aclose()` / `except httpx.HTTPError: pass`: the connection is already gone, nothing to flush — an `OSError` on a file\'s `close()` stays reported); a try that re-computes names given a default before it, also several at once (`data, mime = None, None` … `try: data, mime = fetch(a)`); a lookup-or-None through a path of literal keys (`data["opengraph"][0]["properties"]`; a computed key such as `cache[key]` may be a remote cache and stays reported). Info notices, visible but outside the plan: a named handler whose silence is explained in prose — in the handler, on its line, or in the comment lines right above `except` (as SonarQube\'s empty-block rules accept a commented block); a to-do (`# TODO: log this`), a linter directive or commented-out code (`# log.warning(e)`) explains nothing, and a bare `except:` stays reported whatever its comment says; a try that opens with the call whose documented failure is the caught type, the rest running only on success (`group.users.remove(u)` → `ValueError`, `n = int(q)`, `k, v = s.split(":", 1)`: a later statement could raise the same type, hence a notice); a broad handler returning None from a function declared to return None, around a try that awaits nothing; `fetch(…).catch(() => {})`, a request sent and forgotten whose answer nothing reads (any other promise\'s empty `.catch` stays reported); a handler in a test fixture\'s teardown (after the fixture\'s `yield`: what it deletes, a test may already have deleted); and any handler in example or developer-tooling code (`examples/`, a top-level `dev/`) or in a fake-data generator (a module importing Faker), none of which runs in production.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.1, cap: 16, kind: 'mechanical', track: 'resilience' },
  check(input) {
    const root = input.root;
    if (!root) return [];
    return input.lang === 'python' ? checkPython(input) : checkJs(input);
  },
});

