import type { Lang as SgLang, SgNode } from '@ast-grep/napi';
import type { Document } from 'yaml';
import { parseAllDocuments, yaml } from './yaml-lib.js';
import type { FileContext, FileInput, FileRole, Lang, Position } from '../rules/types.js';
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
  return new LazyFileInput(meta, source, extra.embedded);
}

/**
 * One class, so every file's input has the same hidden class. An object literal with getters (as this was) got
 * a hidden class of its own per file, since each file's getters are new closures, so every property read of the
 * rules saw a new shape per file and stayed generic. (engine/analyze-file keeps the last input alive across a
 * forced collection: engine/reclaim.ts.)
 */
class LazyFileInput implements FileInput {
  readonly path: string;
  readonly lang: Lang;
  readonly role: FileRole;
  readonly context: FileContext;
  readonly component: string;
  readonly embedded: FileInput['embedded'];
  readonly parseState: ParseState = { treeBuilt: false, treeErrors: false, yamlErrors: [] };
  private linesCache: string[] | undefined = undefined;
  private rootCache: SgNode | null | undefined = undefined;
  private docsCache: Document.Parsed[] | undefined = undefined;
  private positionCache: ((o: number) => Position) | undefined = undefined;

  constructor(
    meta: FileMeta,
    readonly source: string,
    embedded: FileInput['embedded'],
  ) {
    this.path = meta.path;
    this.lang = meta.lang;
    this.role = meta.role;
    this.context = meta.context;
    this.component = meta.component;
    this.embedded = embedded;
  }

  get lines(): string[] {
    return (this.linesCache ??= this.source.split(/\r?\n/));
  }

  get root(): SgNode | null {
    if (this.rootCache !== undefined) return this.rootCache;
    const sgLang = TREE_LANG[this.lang];
    if (!sgLang) return (this.rootCache = null);
    registerLanguages();
    this.rootCache = sg().parse(sgLang as SgLang, this.source).root();
    this.parseState.treeBuilt = true;
    return this.rootCache;
  }

  get yaml(): Document.Parsed[] | undefined {
    if (this.lang !== 'yaml') return undefined;
    return (this.docsCache ??= parseYaml(this.source, this.parseState));
  }

  positionAt(offset: number): Position {
    return (this.positionCache ??= lineIndex(this.source))(offset);
  }
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
