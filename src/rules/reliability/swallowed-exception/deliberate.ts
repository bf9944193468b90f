/**
 * reliability/swallowed-exception, Python: the handlers whose silence is the design — expected exceptions, and narrow
 * handlers read together with the try they belong to (parse-or-skip, lookup-or-None, defaults kept, idle polls …).
 */
import type { SgNode } from '@ast-grep/napi';
import { isTrivialPython } from './handlers.js';

/**
 * Exceptions that are routinely caught and ignored on purpose: optional imports, iteration protocol,
 * Ctrl-C at a CLI top level, cancellation, "already gone" file and process errors, empty queues.
 */
const EXPECTED = new Set([
  'ImportError',
  'ModuleNotFoundError',
  'StopIteration',
  'StopAsyncIteration',
  'KeyboardInterrupt',
  // Ctrl-D / closed stdin at an interactive prompt (`input()`), the companion of KeyboardInterrupt.
  'EOFError',
  'GeneratorExit',
  'CancelledError',
  'asyncio.CancelledError',
  'FileNotFoundError',
  'FileExistsError',
  'ProcessLookupError',
  'ChildProcessError',
  'queue.Empty',
  'Empty',
  'queue.Full',
  // Lookup misses and feature detection (`try: x = d[k] except KeyError: pass`, `hasattr`-style probing):
  // idiomatic absence checks, not lost errors.
  'KeyError',
  'IndexError',
  'LookupError',
  'AttributeError',
  'NameError',
  'NotImplementedError',
  'io.UnsupportedOperation',
  'UnsupportedOperation',
  // Non-blocking I/O: "not ready yet" is the normal answer.
  'BlockingIOError',
  'InterruptedError',
  // The reader went away (`| head`, a closed client): nothing is left to report to.
  'BrokenPipeError',
  // No reverse-DNS entry for an address (`socket.gethostbyaddr`): "no name" is an answer, like a KeyError.
  'socket.herror',
  'herror',
  // No address for a host name (in this address family): "unknown host" is an answer the caller checks, like herror.
  'socket.gaierror',
  'gaierror',
]);
/**
 * Lookup misses named by frameworks (`User.DoesNotExist`, `ObjectDoesNotExist`, SQLAlchemy `NoResultFound`,
 * `Http404`, `…NotFound`): "no such row" is an answer, like `KeyError`.
 */
const LOOKUP_MISS = /(?:^|\.)(?:\w*DoesNotExist|NoResultFound|Http404|\w*NotFound(?:Error|Exception)?)$/;
export const isExpected = (t: string): boolean => EXPECTED.has(t) || LOOKUP_MISS.test(t);
export const BROAD = new Set(['Exception', 'BaseException']);
/** Exceptions a conversion raises on bad input (`int("x")`, `json.loads("{")`, `Decimal("")`). */
const VALUE_ERRORS = new Set([
  'ValueError',
  'TypeError',
  'OverflowError',
  'UnicodeDecodeError',
  'UnicodeEncodeError',
  'UnicodeError',
  'json.JSONDecodeError',
  'JSONDecodeError',
  'json.decoder.JSONDecodeError',
  'decimal.InvalidOperation',
  'InvalidOperation',
  'binascii.Error',
  'ipaddress.AddressValueError',
  'AddressValueError',
]);
/** Errors that name bad data by their class (`UnidentifiedImageError`, `ParserError`, pydantic `ValidationError`). */
const DATA_ERROR = /(?:^|\.)\w*(?:Decode|Parse|Parser|Parsing|Validation|Unidentified\w*|Unknown\w*|Conversion|Format)Error$/;
/**
 * Errors that can only mean "the input is not in this format" (`json.JSONDecodeError`, `UnicodeDecodeError`, babel's
 * `UnknownLocaleError`, dateutil's `ParserError`), and an archive that is not one (`tarfile.ReadError`,
 * `zipfile.BadZipFile`): unlike a bare `ValueError`, an operation cannot raise them.
 */
const DECODE_ERROR = /(?:^|\.)\w*(?:Decode|Parse|Parser|Parsing|Unknown\w*|Unidentified\w*)Error$|^(?:zipfile\.)?BadZip[Ff]ile$|^tarfile\.ReadError$/;
const isDataError = (t: string): boolean => VALUE_ERRORS.has(t) || isExpected(t) || DATA_ERROR.test(t);
/**
 * Calls that convert or parse a value (the try body of a parse-or-skip / parse-or-None), by the callee's last
 * name; and pure string helpers that may wrap them (`int(x.strip())`).
 */
export const CONVERSION_FN =
  /(?:^|\.)(?:int|float|complex|Decimal|bool|ord|chr|UUID|literal_eval|fromisoformat|strptime|fromtimestamp|b64decode|b32decode|urlsafe_b64decode|unhexlify|fromhex|ip_address|ip_network|ip_interface|IPv4Address|IPv6Address|loads|parse|parse_\w+|\w+_parse|decode|date|datetime|time|timedelta|urlparse|Version)$/;
export const PURE_HELPER = /(?:^|\.)(?:strip|lstrip|rstrip|lower|upper|split|rsplit|replace|str|len|bytes|encode|isinstance)$/;
/** Timeouts of an idle wait (`await asyncio.wait_for(q.get(), 1)`, `sock.recv` with a timeout) in a polling loop. */
const IDLE_TIMEOUTS = new Set(['asyncio.TimeoutError', 'TimeoutError', 'socket.timeout', 'asyncio.QueueEmpty', 'QueueEmpty', 'zmq.Again', 'zmq.error.Again']);

/**
 * Narrow handlers whose silence is the design, read from the try they belong to:
 * - a conversion error around a small parse (`try: n = int(x) except ValueError: continue` skips bad input;
 *   `return None` from a parse-or-None helper; `pass` keeps the value assigned before the try);
 * - any narrow error on a try that only assigns names already given a default just above it
 *   (`port = 8080; try: port = int(env["PORT"]) except (KeyError, ValueError): pass`);
 * - a timeout or empty-queue error of a wait inside a loop (an idle poll: nothing arrived, wait again).
 */
export function isDeliberate(clause: SgNode, types: string[], body: SgNode[]): boolean {
  const tryStmt = clause.parent();
  const tryBody = tryStmt?.children().find((c) => c.kind() === 'block');
  if (!tryStmt || !tryBody) return false;
  const tried = tryBody.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
  // The try only converts (no I/O whose failure would be lost), and the handler says what happens to bad
  // input: `continue` (skip it) or an explicit `return`/`return None` (the helper's documented "not parsable").
  const explicit = body.every((b) => b.kind() === 'continue_statement' || b.kind() === 'return_statement');
  if (explicit && types.every(isDataError) && tried.length <= 3 && onlyConverts(tried)) return true;
  if (keepsDefault(tryStmt, tried)) return true;
  if (types.every(isDataError) && body.every((b) => b.kind() === 'pass_statement') && computesDefaults(tryStmt, tryBody)) return true;
  // `try: return UUID(v) except Exception: return None`, `try: p = data["og"][0] except Exception: return None`: one
  // statement of pure conversion or lookup, and the handler states the fallback. Nothing else could fail there.
  const returns = body.every((b) => b.kind() === 'return_statement');
  if (returns && tried.length === 1 && isPureStatement(tried[0])) return true;
  if (types.some((t) => BROAD.has(t))) return false;
  const dataOnly = types.every(isDataError);
  // A lookup-or-None helper: the try returns the value it looks up (`return geo[addr]["country"]["iso_code"]`), and
  // a data error (missing key, bad value) returns None instead: "unknown" is the helper's answer. A try that does
  // something (`gateway.charge(…)`, `db.insert(row)`) and returns None on ValueError still loses a failure.
  if (dataOnly && returns && tried.length && tried[tried.length - 1].kind() === 'return_statement' && tried[tried.length - 1].children().some((c) => c.isNamed())) return true;
  const passOnly = body.every((b) => b.kind() === 'pass_statement');
  // `try: return clean(json.loads(s)) except JSONDecodeError: pass` and the code below returns the other form:
  // the try is the first of two ways to read the value.
  // Not for configuration (`return int(os.environ["LEVEL"])`): a bad setting silently replaced is a silent default.
  if (passOnly && dataOnly && tried.length && tried[tried.length - 1].kind() === 'return_statement' && !/\b(environ|getenv|settings|config)\b/.test(tryBody.text())) return true;
  // `except json.JSONDecodeError: continue` / `pass`: an item that is not in the expected format is skipped or kept
  // as it was; the exception's own name says nothing else went wrong.
  if (types.every((t) => DECODE_ERROR.test(t)) && body.every((b) => /^(pass|continue|break|return)_statement$/.test(String(b.kind())))) return true;
  const continues = body.every((b) => b.kind() === 'continue_statement');
  // `for parse in parsers: try: return parse(v) except ValueError: continue`: trying each form in turn; and
  // `try: name = unicodedata.name(c) except ValueError: continue`: a value computed into a local, or the item is
  // skipped. A try that acts (`db.insert(row)`) or fills a result (`out[k] = …`) still loses a failure.
  const core = tried.length === 2 && tried[1].kind() === 'break_statement' ? tried.slice(0, 1) : tried;
  if (continues && dataOnly && core.length === 1 && (core[0].kind() === 'return_statement' || assignsLocalFromCall(core[0]))) return true;
  // `location = GeoLocation.by_query(q) except ValueError: return`: nothing to compute from this input.
  if (returns && dataOnly && !body.some((b) => b.children().some((c) => c.isNamed() && c.kind() !== 'none')) && core.length === 1 && assignsLocalFromCall(core[0])) return true;
  // `params["published"] = datetime.strptime(text, fmt) except ValueError: pass`: an optional field left unset when
  // its value does not parse (the conversion is the value assigned).
  if (passOnly && dataOnly && tried.length <= 3 && tried.every(assignsFieldFromConversion)) return true;
  // `try: entry["value"] = json.loads(entry["value"]) except JSONDecodeError: pass`: a field decoded in place keeps
  // its current value when it does not decode.
  if (passOnly && dataOnly && tried.length <= 3 && assignsFieldsOnly(tried) && onlyConverts(tried)) return true;
  // A helper whose signature says it may return None (`-> User | None`, `Optional[str]`), and the handler gives
  // that answer (`return None`, or `pass` falling straight through to `return None`): callers check for None.
  const fn = enclosingFunction(clause);
  const pass = body.every((b) => b.kind() === 'pass_statement');
  const after = pass ? fallthrough(tryStmt) : undefined;
  const returnsNone = explicit ? body.some((b) => b.kind() === 'return_statement') : !!after && isTrivialPython(after) && after.kind() === 'return_statement';
  // Not for I/O and network failures: an outage turned into "no result" is still an outage nobody hears about.
  if (returnsNone && fn && returnsOptional(fn) && !types.some((t) => IO_ERROR.test(t))) return true;
  // `try: msg += parse(resp) except ValidationError: pass` then `raise TransportError(msg)`: the function fails
  // anyway; the try only tried to add detail (or an alternative form) before the raise.
  if (pass && fn && (fallsThroughToRaise(tryStmt) || /->\s*(?:typing\.)?NoReturn\b/.test(signatureOf(fn)))) return true;
  // `try: x = UUID(x) except ValueError: pass`: a value converted in place, kept as it was when it does not parse.
  if (pass && types.every((t) => VALUE_ERRORS.has(t)) && tried.length === 1 && convertsInPlace(tried[0])) return true;
  // `try: os.unlink(tmp) except OSError: pass`: best-effort cleanup of something that may already be gone.
  if (tried.length <= 3 && tried.every(isCleanupCall)) return true;
  // `try: await client.aclose() except httpx.HTTPError: pass`: a network client closed at shutdown fails with a network
  // error when its connection is already broken; nothing is left to flush. A file's OSError on close stays reported.
  if (tried.length <= 3 && tried.every((st) => isCallOf(st, CLOSE_FN)) && types.every((t) => IO_ERROR.test(t) && !FILE_ERROR.test(t))) return true;
  if (types.every((t) => IDLE_TIMEOUTS.has(t) || isExpected(t)) && insideLoop(clause) && body.every((b) => b.kind() !== 'return_statement')) return true;
  return false;
}

/**
 * Handlers that are a judgement call, reported as info notices:
 * - the try opens with the call whose documented failure is the caught type, and the rest of the try only runs when
 *   it succeeds: `try: n = int(q); rows = by_id(n) except ValueError: pass` (not a number: skip the id lookup),
 *   `try: group.users.remove(u); commit() except ValueError: pass` (not a member: nothing to leave),
 *   `try: k, v = line.split(":", 1) … except ValueError: continue` (not a pair: skip). The later statements could raise
 *   the same type and be hidden too, hence a notice rather than silence;
 * - a broad handler that returns None from a function whose signature says it may return None, around a try that
 *   awaits nothing: the answer is the declared one, but every bug in the try becomes that answer too.
 */
export function isJudgementCall(clause: SgNode, types: string[], body: SgNode[]): boolean {
  const tryBody = clause.parent()?.children().find((c) => c.kind() === 'block');
  const first = tryBody?.children().find((c) => c.isNamed() && c.kind() !== 'comment');
  const skips = body.every((b) => b.kind() === 'pass_statement' || b.kind() === 'continue_statement');
  if (first && skips && types.every((t) => t === 'ValueError' || t === 'TypeError') && probes(first)) return true;
  if (!types.some((t) => BROAD.has(t)) || !body.every((b) => b.kind() === 'return_statement')) return false;
  // Not when the try awaits: an awaited call is I/O, whose outage would read as "none".
  if (!tryBody || tryBody.find({ rule: { kind: 'await' } })) return false;
  const fn = enclosingFunction(clause);
  return !!fn && returnsOptional(fn);
}

/** `n = int(q)`, `items.remove(x)`, `i = items.index(x)`, `k, v = s.split(":", 1)`: a probe that raises ValueError. */
function probes(st: SgNode): boolean {
  if (st.kind() !== 'expression_statement') return false;
  const e = st.children().find((c) => c.isNamed());
  if (e?.kind() === 'call') return /\.(?:remove|index)$/.test(e.field('function')?.text() ?? '');
  if (e?.kind() !== 'assignment') return false;
  const left = e.field('left');
  const right = e.field('right');
  if (left?.kind() === 'pattern_list' || left?.kind() === 'tuple_pattern') return /\.(?:r?split|partition)\(|\bsplit\(/.test(right?.text() ?? '');
  if (left?.kind() !== 'identifier' || right?.kind() !== 'call') return false;
  const fn = right.field('function')?.text() ?? '';
  return /^(?:int|float|Decimal|UUID|uuid\.UUID|complex)$/.test(fn) || /\.index$/.test(fn);
}

/** Exception names of I/O, network and transport failures (`requests.RequestException`, `OSError`, `URLError` …). */
const IO_ERROR = /(?:^|\.)(?:OSError|IOError|EnvironmentError|socket\.\w+|\w*(?:Request|Connection|Connect|Timeout|HTTP|URL|Socket|Transport|SSL|Network|Protocol|Api|API)\w*(?:Error|Exception)?)$|^(?:Timeout|error)$/;

function enclosingFunction(n: SgNode): SgNode | undefined {
  for (let p = n.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'function_definition') return p;
    if (k === 'class_definition' || k === 'lambda') return undefined;
  }
  return undefined;
}

/** `def f(a: int) -> X | None:` — the text up to the body. */
function signatureOf(fn: SgNode): string {
  const body = fn.field('body');
  const t = fn.text();
  return body ? t.slice(0, body.range().start.index - fn.range().start.index) : t.split('\n')[0];
}

function returnsOptional(fn: SgNode): boolean {
  const rt = fn.field('return_type')?.text();
  return !!rt && /\bNone\b|\bOptional\[/.test(rt);
}

/** The first statement that runs after `stmt` completes normally, leaving enclosing `if`/`with`/`try` blocks. */
function fallthrough(stmt: SgNode): SgNode | undefined {
  for (let s: SgNode | null = stmt; s; ) {
    let n = s.next();
    while (n && (!n.isNamed() || n.kind() === 'comment')) n = n.next();
    if (n) return n;
    const block: SgNode | null = s.parent();
    let owner: SgNode | null | undefined = block?.kind() === 'block' ? block.parent() : undefined;
    if (owner && (owner.kind() === 'elif_clause' || owner.kind() === 'else_clause')) owner = owner.parent() ?? undefined;
    if (!owner) return undefined;
    const k: string = String(owner.kind());
    // Falling off a loop body starts the next iteration; off a function, returns None implicitly.
    if (k !== 'if_statement' && k !== 'with_statement' && k !== 'try_statement') return undefined;
    s = owner;
  }
  return undefined;
}

/** A `raise` follows `stmt` in its block or an enclosing one (up to the function), with no `return` before it. */
function fallsThroughToRaise(stmt: SgNode): boolean {
  for (let s: SgNode | null = stmt; s; ) {
    for (let n = s.next(); n; n = n.next()) {
      if (n.kind() === 'raise_statement') return true;
      if (n.kind() === 'return_statement') return false;
    }
    const block: SgNode | null = s.parent();
    const owner: SgNode | null | undefined = block?.kind() === 'block' ? block.parent() : undefined;
    if (!owner) return false;
    const k: string = String(owner.kind());
    if (k === 'function_definition' || k === 'class_definition' || k === 'for_statement' || k === 'while_statement') return false;
    // An `if` branch's block sits in the if_statement, or in its elif/else clause.
    s = k === 'elif_clause' || k === 'else_clause' ? owner.parent() : owner;
  }
  return false;
}

/** `x = UUID(x)` / `self.v = int(self.v)`: the target is converted from its own value. */
function convertsInPlace(st: SgNode): boolean {
  const a = st.kind() === 'expression_statement' ? st.children().find((c) => c.kind() === 'assignment') : undefined;
  const left = a?.field('left');
  const right = a?.field('right');
  if (!left || !right || right.kind() !== 'call' || (left.kind() !== 'identifier' && left.kind() !== 'attribute')) return false;
  if (!CONVERSION_FN.test(right.field('function')?.text() ?? '')) return false;
  const args = right.field('arguments')?.children().filter((c) => c.isNamed()) ?? [];
  return args.some((arg) => arg.text() === left.text());
}

/**
 * Calls that remove or stop something which may already be gone (unlink, rmtree, kill, cancel). Not `close()`:
 * closing a written file flushes it, and that failure loses data.
 */
const CLEANUP_FN = /(?:^|\.)(?:unlink|remove|rmdir|rmtree|removedirs|kill|killpg|terminate|cancel|unregister)$/;
const isCleanupCall = (st: SgNode): boolean => isCallOf(st, CLEANUP_FN);
/** Closing a client or connection (`client.aclose()`, `conn.close()`, `sock.shutdown(…)`). */
const CLOSE_FN = /\.(?:close|aclose|disconnect|shutdown)$/;
/** The I/O errors a file raises: on close they may mean lost writes. */
const FILE_ERROR = /^(?:OSError|IOError|EnvironmentError|socket\.error|error)$/;
/** `[await] f(…)` as a statement, `f` matching `fn`. */
function isCallOf(st: SgNode, fn: RegExp): boolean {
  if (st.kind() !== 'expression_statement') return false;
  let e = st.children().find((c) => c.isNamed());
  if (e?.kind() === 'await') e = e.children().find((c) => c.isNamed());
  return e?.kind() === 'call' && fn.test(e.field('function')?.text() ?? '');
}

/** One statement that only converts: `return UUID(v)`, `return str(x)`, `n = int(s.strip())`. */
function isPureStatement(st: SgNode): boolean {
  const k = st.kind();
  if (k !== 'return_statement' && k !== 'expression_statement') return false;
  if (k === 'expression_statement' && !st.children().some((c) => c.kind() === 'assignment')) return false;
  // Something in it can fail on bad data: a conversion (`a = i` cannot fail: the try is pointless), or a path of
  // literal keys into a parsed document (`data["opengraph"][0]["properties"]`). Not a computed key: `cache[key]` may
  // be a remote cache whose outage a broad handler would hide.
  let canFail = false;
  for (const sub of st.findAll({ rule: { kind: 'subscript' } })) {
    const index = sub.field('subscript');
    if (!index || !/^(?:string|integer|unary_operator)$/.test(String(index.kind())) || index.find({ rule: { kind: 'interpolation' } })) return false;
    canFail = true;
  }
  for (const call of st.findAll({ rule: { kind: 'call' } })) {
    const fn = call.field('function')?.text() ?? '';
    if (!CONVERSION_FN.test(fn) && !PURE_HELPER.test(fn)) return false;
    canFail = true;
  }
  return canFail && !st.find({ rule: { any: [{ kind: 'await' }, { kind: 'yield' }] } });
}

/** `obj["k"] = int(v)`, `self.when = datetime.strptime(s, fmt)`: a field assigned straight from a conversion. */
function assignsFieldFromConversion(st: SgNode): boolean {
  const a = st.kind() === 'expression_statement' ? st.children().find((c) => c.kind() === 'assignment') : undefined;
  const left = a?.field('left')?.kind();
  const right = a?.field('right');
  return (left === 'subscript' || left === 'attribute') && right?.kind() === 'call' && CONVERSION_FN.test(right.field('function')?.text() ?? '');
}

/** `name = f(x)`: one local name assigned from one call. */
function assignsLocalFromCall(st: SgNode): boolean {
  const a = st.kind() === 'expression_statement' ? st.children().find((c) => c.kind() === 'assignment') : undefined;
  return a?.field('left')?.kind() === 'identifier' && a.field('right')?.kind() === 'call';
}

/** Every assignment in the statements (also inside an `if`) writes a subscript or an attribute, never a new name. */
function assignsFieldsOnly(tried: SgNode[]): boolean {
  let any = false;
  for (const st of tried) {
    for (const a of st.findAll({ rule: { kind: 'assignment' } })) {
      const left = a.field('left')?.kind();
      if (left !== 'subscript' && left !== 'attribute') return false;
      any = true;
    }
  }
  return any;
}

/** The statements call at least one conversion and nothing but conversions and pure string helpers. */
function onlyConverts(tried: SgNode[]): boolean {
  let converts = false;
  for (const st of tried) {
    for (const call of st.findAll({ rule: { kind: 'call' } })) {
      const fn = call.field('function')?.text() ?? '';
      if (CONVERSION_FN.test(fn)) converts = true;
      else if (!PURE_HELPER.test(fn)) return false;
    }
  }
  return converts;
}

/** Every statement of the try assigns a name that a statement before the try (same block) already assigned. */
function keepsDefault(tryStmt: SgNode, tried: SgNode[]): boolean {
  if (!tried.length || tried.length > 3) return false;
  const targets: string[] = [];
  const checks: SgNode[] = [];
  for (const st of tried) {
    // `if data is None: data, mime = None, None`: a check that only re-assigns what the try assigns (read below).
    if (st.kind() === 'if_statement') {
      checks.push(st);
      continue;
    }
    const a = st.kind() === 'expression_statement' ? st.children().find((c) => c.kind() === 'assignment') : undefined;
    const names = a ? targetNames(a.field('left')) : undefined;
    if (!names) return false;
    targets.push(...names);
  }
  if (!targets.length) return false;
  for (const c of checks) {
    const inner = c.findAll({ rule: { kind: 'expression_statement' } });
    if (!inner.length || inner.some((st) => !(targetNames(st.children().find((x) => x.kind() === 'assignment')?.field('left')) ?? ['']).every((n) => targets.includes(n)))) return false;
  }
  const before = namesAssignedBefore(tryStmt);
  return targets.every((t) => before.includes(t));
}

/** The names an assignment target binds: `x`, `self.x`, `data, mime`, `(a, b)`; undefined for anything else. */
function targetNames(left: SgNode | null | undefined): string[] | undefined {
  if (!left) return undefined;
  const k = left.kind();
  if (k === 'identifier' || k === 'attribute') return [left.text()];
  if (k !== 'pattern_list' && k !== 'tuple_pattern') return undefined;
  const parts = left.children().filter((c) => c.isNamed());
  return parts.every((p) => p.kind() === 'identifier' || p.kind() === 'attribute') ? parts.map((p) => p.text()) : undefined;
}

/**
 * Names assigned by the statements before the try in its block, and before each enclosing `if`/`for`/`with` up to
 * the function: `published = None` then `if raw: try: published = parse(raw) except ValueError: pass`.
 */
function namesAssignedBefore(tryStmt: SgNode): string[] {
  const before: string[] = [];
  for (let s: SgNode | null = tryStmt; s && before.length < 16; ) {
    for (let p = s.prev(); p && before.length < 16; p = p.prev()) {
      const a = p.kind() === 'expression_statement' ? p.children().find((c) => c.kind() === 'assignment') : undefined;
      const left = a?.field('left');
      if (left) before.push(...(targetNames(left) ?? [left.text()]));
    }
    const block: SgNode | null = s.parent();
    let owner: SgNode | null = block?.kind() === 'block' ? block.parent() : null;
    if (owner && (owner.kind() === 'elif_clause' || owner.kind() === 'else_clause')) owner = owner.parent();
    if (!owner || !/^(if_statement|for_statement|while_statement|with_statement|try_statement)$/.test(String(owner.kind()))) break;
    s = owner;
  }
  return before;
}

/**
 * A try that only computes values (assignments, also inside an `if`; no statement that acts) and whose results
 * are names given a default before it: `length = None` … `try: t = strptime(d); length = timedelta(…) except
 * ValueError: pass`. Temporaries of the try (`t`) must not be read after it, or the failure would surface there.
 */
function computesDefaults(tryStmt: SgNode, tryBody: SgNode): boolean {
  const statements = tryBody.findAll({ rule: { any: [{ kind: 'expression_statement' }, { kind: 'return_statement' }, { kind: 'raise_statement' }] } });
  if (!statements.length || statements.some((st) => st.kind() !== 'expression_statement' || !st.children().some((c) => c.kind() === 'assignment'))) return false;
  const targets = new Set<string>();
  for (const a of tryBody.findAll({ rule: { kind: 'assignment' } })) {
    const left = a.field('left');
    if (left?.kind() !== 'identifier') return false;
    targets.add(left.text());
  }
  const before = new Set(namesAssignedBefore(tryStmt));
  const temporaries = [...targets].filter((t) => !before.has(t));
  if (temporaries.length === targets.size) return false;
  // Everything after the try up to the end of its function (or module).
  let scope: SgNode = tryStmt;
  for (let p = tryStmt.parent(); p; p = p.parent()) {
    scope = p;
    if (p.kind() === 'function_definition') break;
  }
  const rest = scope.text().slice(tryStmt.range().end.index - scope.range().start.index);
  return temporaries.every((t) => !new RegExp(`\\b${t}\\b`).test(rest));
}

/** The handler runs inside a `for`/`while` loop of its own function. */
function insideLoop(clause: SgNode): boolean {
  for (let p = clause.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'for_statement' || k === 'while_statement') return true;
    if (k === 'function_definition' || k === 'class_definition' || k === 'lambda') return false;
  }
  return false;
}
