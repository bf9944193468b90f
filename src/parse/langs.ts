import type { registerDynamicLanguage } from '@ast-grep/napi';
import { grammar, sg } from './native.js';

let registered = false;

/** Registers the dynamic tree-sitter languages. Must run once per process / worker thread (before a parse). */
export function registerLanguages(): void {
  if (registered) return;
  sg().registerDynamicLanguage({ python: grammar('python'), bash: grammar('bash'), yaml: grammar('yaml') } as unknown as Parameters<typeof registerDynamicLanguage>[0]);
  registered = true;
}
