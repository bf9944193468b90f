/**
 * Per-file extractor for `hygiene/no-tests`: the modules a test file imports, so a test is attributed to the
 * component whose code it imports (`from webhook.handlers import …` tests the webhook component, not
 * `packages/web`). Runs only on test files of Python/JavaScript/TypeScript, from the shared syntax tree.
 * Python: absolute dotted names (`a.b.c`); JS/TS: relative specifiers resolved to a repository path
 * (`./src/x` in `tests/a.test.ts` → `tests/src/x`), bare specifiers as written (`@acme/web`).
 */
import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidatesWithKinds, type CandidateInput } from '../../parse/candidates.js';
import type { FileInput, PerFileFacts } from '../types.js';

const TEST_LANGS = new Set(['python', 'javascript', 'typescript', 'tsx']);
const MAX_IMPORTS = 64;

function stringValue(node: SgNode | null): string | undefined {
  if (!node) return undefined;
  const m = /^(['"`])([^'"`]*)\1$/.exec(node.text());
  return m ? m[2] : undefined;
}

function resolve(from: string, spec: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Python import statements, from the shared walk (other rules ask for the same kinds: no extra traversal). */
const PY_IMPORTS = candidateQuery(['python'], { any: [{ kind: 'import_statement' }, { kind: 'import_from_statement' }] });

function pythonImports(input: CandidateInput): string[] {
  const out: string[] = [];
  const { nodes, kinds } = candidatesWithKinds(input, PY_IMPORTS);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (kinds[i] === 'import_from_statement') {
      const mod = node.field('module_name');
      if (mod?.kind() === 'dotted_name') out.push(mod.text());
      continue;
    }
    for (const c of node.children()) {
      if (c.kind() === 'dotted_name') out.push(c.text());
      else if (c.kind() === 'aliased_import') {
        const name = c.field('name');
        if (name) out.push(name.text());
      }
    }
  }
  return out;
}

function jsImports(root: SgNode, path: string): string[] {
  const out: string[] = [];
  const add = (spec: string | undefined) => {
    if (spec) out.push(spec.startsWith('.') ? resolve(path, spec) : spec);
  };
  for (const node of root.findAll({ rule: { any: [{ kind: 'import_statement' }, { kind: 'export_statement' }] } })) add(stringValue(node.field('source')));
  for (const call of root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', regex: '^(require|import)$' } } })) {
    const args = call.field('arguments');
    add(stringValue(args?.children().find((c) => c.isNamed()) ?? null));
  }
  return out;
}

export function testImports(input: FileInput): PerFileFacts | undefined {
  if (input.context !== 'test' || !TEST_LANGS.has(input.lang) || input.embedded) return undefined;
  if (!/\b(import|require)\b/.test(input.source)) return undefined;
  const root = input.root;
  if (!root) return undefined;
  const list = input.lang === 'python' ? pythonImports(input) : jsImports(root, input.path);
  const imports = [...new Set(list)].slice(0, MAX_IMPORTS);
  return imports.length ? { imports } : undefined;
}
