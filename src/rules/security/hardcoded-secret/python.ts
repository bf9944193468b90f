/** Python extractor (syntax tree). */
import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidates } from '../../../parse/candidates.js';
import { fromSg } from '../../../parse/position.js';
import type { FileInput } from '../../types.js';
import { secretKindOfName } from '../_secret-patterns.js';
import { type Candidate, PY_ENV_GETTERS, authHeader, envDefault, literalFor, param } from './candidate.js';
import { PREFILTER } from './prefilter.js';

/* ------------------------------------------------------------------ python ------------------------------------------------------------------ */

/** The value of a Python string literal, or null for f-strings with interpolation and other expressions. */
export function pyString(node: SgNode | null): string | null {
  if (!node || node.kind() !== 'string') return null;
  const kids = node.children();
  if (kids.some((k) => k.kind() === 'interpolation')) return null;
  const start = kids.find((k) => k.kind() === 'string_start')?.text() ?? '"';
  const end = kids.find((k) => k.kind() === 'string_end')?.text() ?? '"';
  const text = node.text();
  return text.slice(start.length, text.length - end.length);
}

export function pyTargetName(node: SgNode | null): string | null {
  if (!node) return null;
  switch (node.kind()) {
    case 'identifier':
      return node.text();
    case 'attribute':
      return node.field('attribute')?.text() ?? null;
    case 'subscript':
      return pyString(node.field('subscript'));
    default:
      return null;
  }
}

/*
 * Candidate nodes are matched natively (ast-grep, in Rust), so only they cross into JS: each alternative
 * accepts a superset of what the JS case for that kind accepts (those still decide). Before, every call and
 * assignment of a file was fetched and inspected in JS (a quarter of a scan's CPU).
 */
/**
 * Python: the JS cases below need a plain `string` literal value; calls must be env getters or `add_argument`.
 * Callee test: every name of PY_ENV_GETTERS contains `environ`, `getenv`, `config` or `settings` or starts
 * with `env`, and `…add_argument` contains `add_argument`. One-literal regexes, because a rule is compiled on
 * every `findAll` and the anchored 14-name alternation cost ≈ 0.2 ms to compile per file, more than the walk.
 */
export const PY_CALLEE_WORDS = ['environ', 'getenv', 'config', 'settings', '^env', 'add_argument'].map((regex) => ({ regex }));
export const PY_CANDIDATES = candidateQuery(
  ['python'],
  {
    any: [
      { kind: 'assignment', has: { field: 'right', kind: 'string' } },
      { kind: 'assignment', has: { field: 'right', kind: 'assignment' } },
      { kind: 'comparison_operator', has: { kind: 'string' }, regex: '==' },
      { kind: 'keyword_argument', has: { field: 'value', kind: 'string' } },
      { kind: 'pair', all: [{ has: { field: 'key', kind: 'string' } }, { has: { field: 'value', kind: 'string' } }] },
      { kind: 'default_parameter', has: { field: 'value', kind: 'string' } },
      { kind: 'typed_default_parameter', has: { field: 'value', kind: 'string' } },
      { kind: 'call', has: { field: 'function', any: PY_CALLEE_WORDS } },
      { kind: 'boolean_operator', all: [{ has: { field: 'left', kind: 'call' } }, { has: { field: 'right', kind: 'string' } }] },
    ],
  },
  { when: PREFILTER },
);

export function scanPython(input: FileInput, push: (c: Candidate) => void): void {
  for (const n of candidates(input, PY_CANDIDATES)) {
    switch (n.kind()) {
      case 'assignment': {
        // The name first (cheap): only `os.environ[…] =` and secret-ish names can push anything, and most
        // string assignments are neither, so their value is never decoded.
        const left = n.field('left');
        const name = pyTargetName(left);
        if (!name) break;
        const environ = left?.kind() === 'subscript' && /^os\.environ$/.test(left.field('value')?.text() ?? '');
        if (!environ && !secretKindOfName(name)) break;
        // `password = other = "s3cr3t"`: the literal at the end of the chain.
        let right = n.field('right');
        while (right?.kind() === 'assignment') right = right.field('right');
        const value = pyString(right);
        if (value === null || !right) break;
        if (environ) {
          envDefault(name, 'os.environ[…] =', value, fromSg(right.range()), push);
          break;
        }
        literalFor(name, value, right, push);
        break;
      }
      case 'comparison_operator': {
        // `if password == "s3cr3t":` — the credential is checked against a literal written in the code.
        const kids = n.children();
        if (!kids.some((k) => k.text() === '==')) break;
        const name = kids.map((k) => pyTargetName(k.kind() === 'string' ? null : k)).find((x) => x && secretKindOfName(x));
        const lit = kids.find((k) => k.kind() === 'string');
        const value = pyString(lit ?? null);
        if (!name || value === null || !lit) break;
        // `user.password == "LDAP"`: a sentinel marking accounts without a local password, not a credential.
        if (/^[A-Z]+$/.test(value)) break;
        // `if api_key == "public":` a key compared with a plain word is a mode switch (`public`, `anonymous`,
        // `disabled`); a password compared with any literal is a backdoor and stays reported.
        if (secretKindOfName(name) !== 'password' && /^[a-z]{2,12}$/.test(value)) break;
        literalFor(name, value, lit, push);
        break;
      }
      case 'keyword_argument': {
        const name = n.field('name')?.text();
        if (!name || name === 'default' || !secretKindOfName(name)) break;
        const value = pyString(n.field('value'));
        if (value === null) break;
        literalFor(name, value, n.field('value')!, push);
        break;
      }
      case 'pair': {
        const name = pyString(n.field('key'));
        const value = pyString(n.field('value'));
        if (!name || value === null) break;
        if (authHeader(name, value, fromSg(n.field('value')!.range()), push)) break;
        literalFor(name, value, n.field('value')!, push);
        break;
      }
      case 'default_parameter':
      case 'typed_default_parameter': {
        const name = n.field('name')?.text();
        const value = pyString(n.field('value'));
        if (!name || value === null) break;
        const fn = n.parent()?.parent();
        const func = fn?.kind() === 'function_definition' ? (fn.field('name')?.text() ?? 'lambda') : 'lambda';
        param(name, func, value, fromSg(n.field('value')!.range()), push);
        break;
      }
      case 'call': {
        const fn = n.field('function')?.text() ?? '';
        // Cheap name test first: the candidates include other rules' calls (shared walk).
        if (!PY_ENV_GETTERS.test(fn) && !/(^|\.)add_argument$/.test(fn)) break;
        const args = n.field('arguments');
        if (!args) break;
        // One pass over the arguments, one kind per child: the punctuation of an argument list (`(`, `,`, `)`) is
        // known by its kind, and a keyword argument is always named.
        const pos: SgNode[] = [];
        const kw: SgNode[] = [];
        for (const c of args.children()) {
          const k = c.kind();
          if (k === 'keyword_argument') kw.push(c);
          else if (k !== 'comment' && k !== ',' && k !== '(' && k !== ')' && c.isNamed()) pos.push(c);
        }
        const kwDefault = kw.find((k) => k.field('name')?.text() === 'default')?.field('value') ?? null;
        if (PY_ENV_GETTERS.test(fn)) {
          const name = pyString(pos[0] ?? null);
          const defNode = pos[1] ?? kwDefault;
          const value = pyString(defNode);
          if (name && value !== null && defNode) envDefault(name, fn, value, fromSg(defNode.range()), push);
        } else if (/(^|\.)add_argument$/.test(fn) && kwDefault) {
          const flag = pos.map(pyString).find((s) => s?.startsWith('--'));
          const value = pyString(kwDefault);
          if (flag && value !== null) param(flag.replace(/^-+/, ''), fn, value, fromSg(kwDefault.range()), push);
        }
        break;
      }
      case 'boolean_operator': {
        // os.environ.get("DB_PASS") or "secret"
        const left = n.field('left');
        const right = n.field('right');
        if (!left || left.kind() !== 'call' || !/\bor\b/.test(n.text().slice(left.text().length, n.text().length - (right?.text().length ?? 0)))) break;
        const fn = left.field('function')?.text() ?? '';
        if (!PY_ENV_GETTERS.test(fn)) break;
        const argsNode = left.field('arguments');
        const first = argsNode?.children().find((c) => c.isNamed()) ?? null;
        const name = pyString(first);
        const value = pyString(right);
        if (name && value !== null && right) envDefault(name, `${fn}(…) or`, value, fromSg(right.range()), push);
        break;
      }
      default:
        break;
    }
  }
}

