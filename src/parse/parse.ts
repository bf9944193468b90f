import type { Lang as SgLang, SgNode } from '@ast-grep/napi';
import type { Document } from 'yaml';
import { parseAllDocuments, yaml } from './yaml-lib.js';
import type { FileContext, FileInput, FileRole, Lang } from '../rules/types.js';
import { registerLanguages } from './langs.js';
import { sg } from './native.js';
import { lineIndex } from './position.js';

/**
 * Languages with a tree-sitter grammar (ast-grep language names: the dynamic ones as registered, the
 * built-in ones as the values of its `Lang` enum). Others are rule-checked as text.
 */
const TREE_LANG: Partial<Record<Lang, string>> = {
  python: 'python',
  bash: 'bash',
  yaml: 'yaml',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  tsx: 'Tsx',
};

export function hasTree(lang: Lang): boolean {
  return lang in TREE_LANG;
}

export interface FileMeta {
  path: string;
  lang: Lang;
  role: FileRole;
  context: FileContext;
  component: string;
}

/** Parse statistics for the skipped-file report: a tree with error nodes is still used, but counted. */
export interface ParseState {
  /** Set once the syntax tree has been built (it is built lazily, only when a rule asks). */
  treeBuilt: boolean;
  treeErrors: boolean;
  yamlErrors: string[];
}

/**
 * Builds the input every rule of a file shares. The syntax tree and the YAML documents are built lazily
 * — at most once per file — so a file whose rules are all filtered out by their text pre-filter is never
 * parsed.
 */
export function makeFileInput(meta: FileMeta, source: string, extra: Partial<Pick<FileInput, 'embedded'>> = {}): FileInput & { parseState: ParseState } {
  let root: SgNode | null | undefined;
  let docs: Document.Parsed[] | undefined;
  let lines: string[] | undefined;
  let positionAt: ((o: number) => { line: number; column: number }) | undefined;
  const parseState: ParseState = { treeBuilt: false, treeErrors: false, yamlErrors: [] };
  return {
    ...meta,
    ...extra,
    source,
    parseState,
    get lines() {
      return (lines ??= source.split(/\r?\n/));
    },
    get root() {
      if (root !== undefined) return root;
      const sgLang = TREE_LANG[meta.lang];
      if (!sgLang) return (root = null);
      registerLanguages();
      root = sg().parse(sgLang as SgLang, source).root();
      parseState.treeBuilt = true;
      return root;
    },
    get yaml() {
      if (meta.lang !== 'yaml') return undefined;
      if (docs) return docs;
      docs = parseYaml(source, parseState);
      return docs;
    },
    positionAt(offset: number) {
      return (positionAt ??= lineIndex(source))(offset);
    },
  };
}

export function parseYaml(source: string, state?: ParseState): Document.Parsed[] {
  const lc = new (yaml().LineCounter)();
  const all = parseAllDocuments(source, { lineCounter: lc, keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(all) ? all : [all as unknown as Document.Parsed];
  const ok: Document.Parsed[] = [];
  for (const d of list) {
    if (d.errors.length) {
      state?.yamlErrors.push(...d.errors.map((e) => e.message.split('\n')[0]));
      // A document with errors may still have a usable partial tree; keep it only when it has contents.
      if (d.contents) ok.push(d);
    } else ok.push(d);
  }
  return ok;
}
