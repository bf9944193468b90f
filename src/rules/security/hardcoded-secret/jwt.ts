/**
 * JWT signing keys written into the call: `jwt.encode(payload, "s3cret", algorithm="HS256")`, `jwt.decode(t, "s3cret")`
 * (PyJWT, python-jose), `jwt.sign(payload, 's3cret')`, `jwt.verify(t, 's3cret')` (jsonwebtoken). Whoever reads the
 * key can mint tokens for any user. Its own walk, only in files that name `jwt`: the shared walk pays for every file.
 */
import { fromSg } from '../../../parse/position.js';
import type { FileInput } from '../../types.js';
import { type Candidate, named } from './candidate.js';
import { jsString, pyString } from '../_secret-ast.js';

const PY_JWT = { rule: { kind: 'call', has: { field: 'function', regex: '(^|\\.)jwt\\.(encode|decode)$' } } };
const JS_JWT = { rule: { kind: 'call_expression', has: { field: 'function', regex: '(^|\\.)jwt\\.(sign|verify)$' } } };

export function scanJwtKeys(input: FileInput, push: (c: Candidate) => void): void {
  if (!input.root || !/\bjwt\b/.test(input.source)) return;
  const python = input.lang === 'python';
  for (const call of input.root.findAll(python ? PY_JWT : JS_JWT)) {
    const args = call.field('arguments')?.children().filter((c) => c.isNamed() && c.kind() !== 'comment') ?? [];
    const keyword = python ? args.find((a) => a.kind() === 'keyword_argument' && a.field('name')?.text() === 'key')?.field('value') : undefined;
    const key = keyword ?? args.filter((a) => a.kind() !== 'keyword_argument')[1];
    if (!key) continue;
    const value = python ? pyString(key) : jsString(key);
    if (value === null) continue;
    const fn = call.field('function')?.text() ?? 'jwt';
    named('key', `${fn}() key`, value, fromSg(key.range()), push);
  }
}
