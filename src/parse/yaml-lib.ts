/**
 * The `yaml` package, loaded on first use. It is 74 CommonJS modules (≈ 35–60 ms to resolve and load): a warm
 * re-scan that re-analyses no YAML file, and a worker before its first YAML file, never pay for it. Same
 * names and types as the package's own exports; `require` returns the very module instance an `import`
 * of it would (its `node` export is this CommonJS build), so node identity checks are unchanged.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);
let lib: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  return (lib ??= require('yaml') as typeof Yaml);
}

export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isPair = ((node: unknown) => yaml().isPair(node)) as typeof Yaml.isPair;
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as typeof Yaml.isAlias;
export const visit = ((node: unknown, visitor: unknown) => yaml().visit(node as never, visitor as never)) as typeof Yaml.visit;
export const parseDocument = ((source: string, options?: unknown) => yaml().parseDocument(source, options as never)) as typeof Yaml.parseDocument;
export const parseAllDocuments = ((source: string, options?: unknown) => yaml().parseAllDocuments(source, options as never)) as typeof Yaml.parseAllDocuments;
