import { registerDynamicLanguage } from '@ast-grep/napi';
import bash from '@ast-grep/lang-bash';
import python from '@ast-grep/lang-python';
import yaml from '@ast-grep/lang-yaml';

let registered = false;

/** Registers the dynamic tree-sitter languages. Must run once per process / worker thread. */
export function registerLanguages(): void {
  if (registered) return;
  registerDynamicLanguage({ python, bash, yaml } as unknown as Parameters<typeof registerDynamicLanguage>[0]);
  registered = true;
}
