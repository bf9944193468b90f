import { createRequire } from 'node:module';

type Napi = typeof import('@ast-grep/napi');

const require = createRequire(import.meta.url);
let napi: Napi | undefined;

/**
 * `@ast-grep/napi` (CommonJS, a native module), loaded on first use: a warm re-scan that re-analyses no
 * file with a syntax tree never pays for loading it (≈ 15 ms, plus the grammars).
 */
export function sg(): Napi {
  return (napi ??= require('@ast-grep/napi') as Napi);
}

/** A grammar package (`@ast-grep/lang-*`, CommonJS), loaded when the languages are registered. */
export function grammar(name: 'python' | 'bash' | 'yaml'): unknown {
  return require(`@ast-grep/lang-${name}`) as unknown;
}
