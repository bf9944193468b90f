/**
 * Which outbound calls a retry policy is for (reliability/http-no-retry). Retries pay off on calls to a fixed
 * dependency — a base URL held in a constant, a literal or the configuration — made by a service that needs
 * the answer. They are not a missing piece of:
 * - a fetch of a URL the caller passes (a function parameter, request data): a library helper or a one-shot
 *   fetch of a user's link, whose retry policy is the caller's (retrying an arbitrary URL is not wanted);
 * - a best-effort call: bounded by a timeout inside a `try` whose handler neither re-raises nor rethrows (the
 *   failure has a planned outcome — a fallback value, a skipped check);
 * - an OAuth authorization-code exchange: the code is single-use (RFC 6749 §4.1.2), a retried exchange fails
 *   with `invalid_grant`, and the user restarts the login.
 */
import type { SgNode } from '@ast-grep/napi';
import type { HttpCall } from './_http-calls.js';
import { exceptionTypes } from './swallowed-exception/handlers.js';

export type NoRetryNeed = 'caller' | 'bestEffort' | 'oauth';

/** Why this call needs no retry policy of its own, or undefined when it does. */
export function noRetryNeed(call: HttpCall, lang: 'python' | 'js', source: string): NoRetryNeed | undefined {
  const oauth = source.includes('authorization_code');
  const tries: SgNode[] | undefined = call.timeout && source.includes('try') ? [] : undefined;
  // The first argument read from the call's text: a URL literal or a CONSTANT is a fixed dependency, so the
  // caller test (the costly part) is skipped for most calls.
  const head = /^[\w.$]+\s*\(\s*([^,)]*)/.exec(call.node.text())?.[1] ?? '';
  const maybeCaller = call.name.endsWith('.request') || !FIXED.test(head);
  if (!oauth && !tries && !maybeCaller) return undefined;
  // One walk up to the enclosing function, collecting the `try` bodies on the way.
  let fn: SgNode | undefined;
  let child = call.node;
  for (let a = child.parent(); a; child = a, a = a.parent()) {
    const kind = String(a.kind());
    if (FUNCTION_KINDS[lang].has(kind)) {
      fn = a;
      break;
    }
    if (tries && kind === 'try_statement' && a.field('body')?.id() === child.id()) tries.push(a);
  }
  if (fn && oauth && /\bauthorization_code\b/.test(fn.text())) return 'oauth';
  if (tries?.length && absorbs(tries[0], lang)) return 'bestEffort';
  const url = maybeCaller ? urlArgument(call, lang) : undefined;
  if (fn && url && callerSupplied(url, fn, lang, 0)) return 'caller';
  return undefined;
}

const FUNCTION_KINDS = {
  python: new Set(['function_definition']),
  js: new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function']),
};

/** The innermost `try` around the call has a handler that catches it and neither re-raises nor rethrows. */
function absorbs(tryNode: SgNode, lang: 'python' | 'js'): boolean {
  const handlers = tryNode.children().filter((c) => c.kind() === (lang === 'python' ? 'except_clause' : 'catch_clause'));
  return handlers.some((h) => !/\b(raise|throw)\b/.test(h.text()) && (lang === 'js' || catchesNetworkErrors(h)));
}

/** An exception type of the network family: `Exception`, requests/urllib/httpx errors, OSError. */
const NETWORK_ERROR = /\b(Exception|BaseException|RequestException|RequestError|HTTPError|URLError|ConnectionError|ConnectTimeout|ReadTimeout|Timeout|TimeoutError|TimeoutException|OSError|IOError|socket\.error)\b/;

/** An `except` clause that catches network errors: bare, or one of its types is of that family. */
function catchesNetworkErrors(clause: SgNode): boolean {
  const caught = clause.children().find((c) => c.isNamed() && c.kind() !== 'block' && c.kind() !== 'comment');
  return !caught || exceptionTypes(caught).some((t) => NETWORK_ERROR.test(t));
}

/** The URL expression: `requests.get(url)`, `requests.request("GET", url)`, `url=…`; axios's first argument. */
function urlArgument(call: HttpCall, lang: 'python' | 'js'): SgNode | undefined {
  const args = (call.node.field('arguments')?.children() ?? []).filter((c) => c.isNamed() && c.kind() !== 'comment');
  if (lang === 'js') return args[0];
  const kw = args.find((a) => a.kind() === 'keyword_argument' && a.field('name')?.text() === 'url');
  if (kw) return kw.field('value') ?? undefined;
  const pos = args.filter((a) => a.kind() !== 'keyword_argument' && a.kind() !== 'dictionary_splat' && a.kind() !== 'list_splat');
  return call.name.endsWith('.request') ? pos[1] : pos[0];
}

/** A fixed dependency's marks: a URL literal, a CONSTANT, the environment or the settings, an attribute of self. */
const FIXED = /^[rbuf]*["'`]https?:|\b[A-Z][A-Z0-9_]{2,}\b|\b(environ|getenv|process\.env|settings|config|conf|self|this)\b/;

/**
 * The URL comes from the function's caller: a parameter (or an attribute or item of one: `data.link`,
 * `req.body.url`), directly or through a local name assigned from one, with nothing fixed mixed in.
 */
function callerSupplied(expr: SgNode, fn: SgNode, lang: 'python' | 'js', depth: number): boolean {
  const text = expr.text();
  if (FIXED.test(text) || !/^[A-Za-z_$][\w$.[\]'"]*$/.test(text)) return false;
  const params = parameters(fn, lang);
  const fnText = fn.text();
  let root = /^[A-Za-z_$][\w$]*/.exec(text)?.[0] ?? '';
  // `url = data.link` / `const url = req.query.url` earlier in the function, read from its text.
  for (let d = depth; d <= 2; d++) {
    if (params.has(root)) return true;
    const esc = root.replace(/\$/g, '\\$');
    const assigned = new RegExp(`^[ \\t]*(?:(?:const|let|var)[ \\t]+)?${esc}[ \\t]*=[ \\t]*([^\\n;]+)`, 'm').exec(fnText)?.[1].trim() ?? '';
    if (!assigned || FIXED.test(assigned) || !/^[A-Za-z_$][\w$.[\]'"]*$/.test(assigned)) return false;
    root = /^[A-Za-z_$][\w$]*/.exec(assigned)?.[0] ?? '';
  }
  return false;
}

function parameters(fn: SgNode, lang: 'python' | 'js'): Set<string> {
  const params = fn.field('parameters') ?? (lang === 'js' ? fn.field('parameter') : null);
  const out = new Set<string>();
  if (!params) return out;
  if (params.kind() === 'identifier') out.add(params.text());
  for (const p of params.children()) {
    const id = p.kind() === 'identifier' ? p : (p.field('name') ?? p.field('pattern') ?? p.children().find((c) => c.kind() === 'identifier'));
    const name = id?.text();
    if (name && /^[\w$]+$/.test(name) && name !== 'self' && name !== 'cls') out.add(name);
  }
  return out;
}
