import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { makeFileInput } from '../../../src/parse/parse.js';
import { moduleFingerprint } from '../../../src/rules/maintainability/_module-fingerprint.js';

const sha = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 20);
const input = (path: string, source: string) => makeFileInput({ path, lang: 'python', role: 'source', context: 'product', component: '.' }, source);

// The shape hash of a small module is `fam`, NUL, then its tokens joined with NUL: stored in caches and
// history, so a rewrite of how it is built must give the same value (an empty module included).
test('small modules: the shape hash is fam + NUL + tokens joined with NUL', () => {
  expect(moduleFingerprint(input('pkg/empty.py', '# nothing but a comment\n'))).toEqual({ shapeHash: sha('py\u0000') });
  expect(moduleFingerprint(input('pkg/tiny.py', 'x = 1\n'))).toEqual({ shapeHash: sha('py\u0000x\u0000=\u00001') });
});
