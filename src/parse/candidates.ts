/**
 * Shared candidate walk: one native `findAll` per syntax tree serves every rule's candidate query.
 *
 * A `findAll` visits every node of the tree whatever it matches (≈ 0.2 ms for a 250-line Python file whose
 * parse takes ≈ 1.1 ms), and a Python file was walked 6–8 times: once per rule query, plus the engine's
 * error-node check. Rules now declare their native queries once (`candidateQuery`) and ask for their
 * candidates with `candidates(input, query)`: the first request for a tree runs one `findAll` over the
 * union (`any`) of every query registered for the tree's language; each hit's kind is read once.
 *
 * What a rule gets: the hits whose kind is one of its query's kinds, in document (pre-order) order — every
 * node `root.findAll(query)` would return (each matches an alternative of the query, hence the union, and
 * every alternative names its kind), plus nodes of the same kinds that matched another rule's query and pass
 * the query's text test (parse/candidate-text-tests.ts: a necessary condition read from its own regexes).
 * Rules therefore use the list as candidates and decide per node in JS, as they already did: each rule's
 * JS check accepts only nodes its own native query accepts (the rules state why), so the extra nodes of
 * the same kind produce nothing. A rule that needs its exact native matches (print-logging counts them)
 * re-applies its query's conditions in JS.
 *
 * Not done with ast-grep markers (`pattern: '$Q<n>'` per query to tell which query matched): the rule is
 * compiled — deserialised from the JS object through N-API, regexes built — on every `findAll`, and the
 * markers doubled the compile cost of the union (≈ 0.3 ms → 0.5 ms per Python file).
 */
import type { NapiConfig, SgNode } from '@ast-grep/napi';
import { prefilterMatches } from '../rules/define.js';
import type { FileInput, Lang } from '../rules/types.js';
import { textTestsOf } from './candidate-text-tests.js';

/** One alternative of a candidate query: an ast-grep rule object with an explicit node kind. */
export type KindRule = { kind: string } & Record<string, unknown>;

export interface CandidateQuery {
  readonly id: number;
  readonly langs: readonly Lang[];
  /** The query as a plain ast-grep config (what `findAll` is given when the query is not in a shared walk). */
  readonly config: NapiConfig;
  readonly alternatives: readonly KindRule[];
  readonly kinds: ReadonlySet<string>;
  /** The owning rule's text pre-filter: the query joins a file's walk only when the rule can run on it. */
  readonly when?: readonly string[] | RegExp;
  /**
   * Alternatives built from the file's text (`alternatives` then only declares their kinds): lets a query
   * carry a regex of the few words a file actually has where a static one would need a long list — ast-grep
   * compiles every regex of the union on every walk (≈ 0.4 ms for a case-insensitive list of 50 words).
   * `undefined` or empty: the query is not in this file's walk.
   */
  readonly perFile?: (source: string) => readonly KindRule[] | undefined;
  /** ast-grep utility rules the query refers to with `matches` (compiled once per walk, not per reference). */
  readonly utils?: Readonly<Record<string, unknown>>;
}

export type CandidateInput = Pick<FileInput, 'root' | 'lang' | 'source'>;
type Input = CandidateInput;

/** The hits of one tree's shared walk and their kinds (parallel arrays, document order). */
interface Walk {
  nodes: SgNode[];
  kinds: string[];
  /** Each hit's text, read on first need (one N-API call per hit, shared by every query's text test). */
  texts: Array<string | undefined>;
}

const registry: CandidateQuery[] = [];
/** Union configs by language, set of included queries and per-file alternatives; cleared when a query is registered. */
const unions = new Map<string, NapiConfig>();
/** Per tree (the root node object of a FileInput, shared by every rule of the file). */
const walks = new WeakMap<SgNode, Walk>();

/**
 * Declares a rule's native candidate query for some languages (once, at module load). `rule` is a
 * `{ kind, … }` rule or an `{ any: [{ kind, … }, …] }` of such rules (nothing else at the top level).
 */
export function candidateQuery(
  langs: readonly Lang[],
  rule: KindRule | { any: readonly KindRule[] },
  opts: { when?: readonly string[] | RegExp; utils?: Readonly<Record<string, unknown>>; perFile?: (source: string) => readonly KindRule[] | undefined } = {},
): CandidateQuery {
  const alternatives: readonly KindRule[] = 'any' in rule && Object.keys(rule).length === 1 ? (rule.any as readonly KindRule[]) : [rule as KindRule];
  for (const alt of alternatives) {
    if (typeof alt.kind !== 'string') throw new Error('candidateQuery: every alternative needs an explicit kind');
  }
  for (const name of Object.keys(opts.utils ?? {})) {
    const other = registry.find((o) => o.utils && name in o.utils && o.utils[name] !== opts.utils![name]);
    if (other) throw new Error(`candidateQuery: utility rule '${name}' is defined differently by another query`);
  }
  const config = { rule, ...(opts.utils ? { utils: opts.utils } : {}) } as unknown as NapiConfig;
  const q: CandidateQuery = { id: registry.length, langs, config, alternatives, kinds: new Set(alternatives.map((a) => a.kind)), when: opts.when, utils: opts.utils, perFile: opts.perFile };
  registry.push(q);
  unions.clear();
  return q;
}

/** The engine's error-node check rides on the same walk (exact: no other query asks for ERROR nodes). */
const ERROR_QUERY = candidateQuery(['python', 'bash', 'javascript', 'typescript', 'tsx'], { kind: 'ERROR' });

/** Per-file alternatives of `perFile` queries, by tree and query id (null: none for this file). */
const perFileAlts = new WeakMap<SgNode, Map<number, readonly KindRule[] | null>>();

function alternativesFor(q: CandidateQuery, input: Input): readonly KindRule[] | null {
  if (!q.perFile) return q.alternatives;
  const root = input.root;
  let memo = root ? perFileAlts.get(root) : undefined;
  if (root && !memo) perFileAlts.set(root, (memo = new Map()));
  let alts = memo?.get(q.id);
  if (alts === undefined) {
    const built = q.perFile(input.source);
    alts = built?.length ? built : null;
    memo?.set(q.id, alts);
  }
  return alts;
}

/** The query alone, as `findAll` takes it, for this file (a per-file query with no alternatives: none). */
export function ownConfig(q: CandidateQuery, input: Input): NapiConfig | undefined {
  if (!q.perFile) return q.config;
  const alts = alternativesFor(q, input);
  return alts ? ({ rule: { any: alts }, ...(q.utils ? { utils: q.utils } : {}) } as unknown as NapiConfig) : undefined;
}

const included = (q: CandidateQuery, input: Input) =>
  q.langs.includes(input.lang) && (!q.when || prefilterMatches(q.when, input.source)) && (!q.perFile || alternativesFor(q, input) !== null);

/**
 * The `any` of the included queries' alternatives, one per kind: `{ kind, any: [rest…] }` for alternatives
 * sharing a kind (a node matches it exactly when it matches one of them). Each `kind` string costs a
 * linear symbol-table search at compile time (≈ 4 µs; the ERROR kind ≈ 9 µs), and the rule is compiled
 * on every `findAll`.
 */
function unionOf(lang: Lang, queries: readonly CandidateQuery[], input: Input): NapiConfig {
  // A per-file query's alternatives are part of the key: files with the same few words share one union (built,
  // merged and kept once, instead of once per file).
  let key = `${lang}:${queries.map((q) => q.id).join(',')}`;
  for (const q of queries) if (q.perFile) key += `\u0000${q.id}=${JSON.stringify(alternativesFor(q, input))}`;
  let u = unions.get(key);
  if (!u) {
    const byKind = new Map<string, Array<Record<string, unknown>> | 'any'>();
    for (const alt of queries.flatMap((q) => alternativesFor(q, input) ?? [])) {
      const { kind, ...rest } = alt;
      const prev = byKind.get(kind) ?? [];
      byKind.set(kind, prev === 'any' || !Object.keys(rest).length ? 'any' : [...prev, rest]);
    }
    const any = [...byKind].map(([kind, rests]) => (rests === 'any' ? { kind } : rests.length === 1 ? { kind, ...rests[0] } : { kind, any: rests }));
    const utils = Object.assign({}, ...queries.map((q) => q.utils ?? {})) as Record<string, unknown>;
    u = { rule: { any: mergeRegexAlternatives(any) }, ...(Object.keys(utils).length ? { utils } : {}) } as unknown as NapiConfig;
    // Bounded: per-file words could make every file's union different.
    if (unions.size >= MAX_UNIONS) unions.clear();
    unions.set(key, u);
  }
  return u;
}

/** Unions kept (by language, included queries and per-file alternatives). */
const MAX_UNIONS = 512;

/** A rule object that is only `{ regex }`. */
function isRegexOnly(r: unknown): r is { regex: string } {
  return !!r && typeof r === 'object' && !Array.isArray(r) && Object.keys(r).length === 1 && typeof (r as { regex?: unknown }).regex === 'string';
}

/**
 * Sibling alternatives that are nothing but a `regex` (`any: [{ regex: 'environ' }, { regex: 'getenv' }, …]`)
 * become one regex of their alternation: ast-grep compiles every regex of a rule (Rust `regex`, ≈ 10–50 µs
 * each, with its allocations) on every `findAll`, and the shared walk's union is compiled once per file. A node
 * text matches one of them exactly when it matches the alternation. Applied at every depth of the rule.
 */
function mergeRegexAlternatives<T>(rule: T, inAny = true): T {
  if (Array.isArray(rule)) {
    const items: unknown[] = [];
    for (const r of rule) items.push(mergeRegexAlternatives(r));
    // Only the members of an `any` are alternatives (those of an `all` must each match).
    if (!inAny) return items as T;
    // Loops, not callbacks over `items`: engine/reclaim.ts.
    const only: Array<{ regex: string }> = [];
    const rest: unknown[] = [];
    for (const r of items) {
      if (isRegexOnly(r)) only.push(r);
      else rest.push(r);
    }
    let merged: unknown[] = items;
    if (only.length >= 2) {
      let alternation = '';
      for (const r of only) alternation += `${alternation ? '|' : ''}(?:${r.regex})`;
      merged = [...rest, { regex: alternation }];
    }
    return mergeFieldRegexes(merged) as T;
  }
  if (rule && typeof rule === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rule)) out[k] = k === 'any' || k === 'all' || k === 'has' || k === 'not' || k === 'inside' ? mergeRegexAlternatives(v, k === 'any') : v;
    return out as T;
  }
  return rule;
}

/**
 * Sibling alternatives `{ has: { field: F, regex: R } }` with the same field become one `has` of the alternation
 * of their regexes (the field holds one child: it matches one of them exactly when it matches the alternation).
 * The HTTP, code-eval, settings and shell-injection queries each ask this of a call's `function`: one regex
 * compiled and run per call instead of four (measured: -0.14 % of a one-thread scan's instructions on the 50k-line
 * benchmark subset). `{ field, any: [{ regex }] }` (a merged `any`) counts as `{ field, regex }`.
 */
function mergeFieldRegexes(items: readonly unknown[]): unknown[] {
  const fieldRegex = (r: unknown): { field: string; regex: string } | undefined => {
    if (!r || typeof r !== 'object' || Array.isArray(r) || Object.keys(r).length !== 1) return undefined;
    const has = (r as { has?: unknown }).has as Record<string, unknown> | undefined;
    if (!has || typeof has !== 'object' || typeof has.field !== 'string') return undefined;
    const keys = Object.keys(has);
    if (keys.length !== 2) return undefined;
    if (typeof has.regex === 'string') return { field: has.field, regex: has.regex };
    const any = has.any;
    if (Array.isArray(any) && any.length === 1 && any[0] && typeof any[0] === 'object' && Object.keys(any[0] as object).length === 1 && typeof (any[0] as { regex?: unknown }).regex === 'string')
      return { field: has.field, regex: (any[0] as { regex: string }).regex };
    return undefined;
  };
  const byField = new Map<string, string[]>();
  for (const r of items) {
    const fr = fieldRegex(r);
    if (fr) byField.set(fr.field, [...(byField.get(fr.field) ?? []), fr.regex]);
  }
  if (![...byField.values()].some((l) => l.length >= 2)) return [...items];
  const out: unknown[] = [];
  const done = new Set<string>();
  for (const r of items) {
    const fr = fieldRegex(r);
    if (!fr || byField.get(fr.field)!.length < 2) out.push(r);
    else if (!done.has(fr.field)) {
      done.add(fr.field);
      out.push({ has: { field: fr.field, regex: byField.get(fr.field)!.map((x) => `(?:${x})`).join('|') } });
    }
  }
  return out;
}

function walkOf(root: SgNode, input: Input): Walk {
  const known = walks.get(root);
  if (known) return known;
  // A file of nothing but whitespace (an empty `__init__.py`) has no node any query asks for (not even an ERROR
  // node): its walk would only compile the union (≈ 0.3 ms for a Python file).
  if (!/\S/.test(input.source)) {
    const empty: Walk = { nodes: [], kinds: [], texts: [] };
    walks.set(root, empty);
    return empty;
  }
  const nodes = root.findAll(unionOf(input.lang, registry.filter((q) => included(q, input)), input));
  const walk: Walk = { nodes, kinds: nodes.map((n) => String(n.kind())), texts: [] };
  walks.set(root, walk);
  return walk;
}

/**
 * Candidates for `q` in `input`'s tree: every node `root.findAll(q.config)` returns, plus nodes of
 * the same kinds that matched another query (see the top), in document order.
 */
export function candidates(input: Input, q: CandidateQuery): SgNode[] {
  return select(input, q, false).nodes;
}

/** `candidates`, with each node's kind as the walk read it (saves the caller one N-API call per node). */
export function candidatesWithKinds(input: Input, q: CandidateQuery): { nodes: SgNode[]; kinds: string[] } {
  return select(input, q, true);
}

/** Both of the above: `kinds` is filled only when asked for (outside the walk it costs a call per node). */
function select(input: Input, q: CandidateQuery, withKinds: boolean): { nodes: SgNode[]; kinds: string[] } {
  const root = input.root;
  if (!root) return { nodes: [], kinds: [] };
  // A rule checked without its pre-filter passing (tests call `check` directly) gets its own walk.
  if (!included(q, input)) {
    const own = q.perFile ? ownConfig(q, input) : q.config;
    const nodes = own ? root.findAll(own) : [];
    return { nodes, kinds: withKinds ? nodes.map((n) => String(n.kind())) : [] };
  }
  const walk = walkOf(root, input);
  const tests = q.perFile ? undefined : textTestsOf(q);
  const nodes: SgNode[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < walk.nodes.length; i++) {
    const kind = walk.kinds[i];
    if (!q.kinds.has(kind)) continue;
    const test = tests?.get(kind);
    if (test) {
      const text = (walk.texts[i] ??= walk.nodes[i].text());
      if (!test(text)) continue;
    }
    nodes.push(walk.nodes[i]);
    if (withKinds) kinds.push(kind);
  }
  return { nodes, kinds };
}

/** Whether the tree has an ERROR node: from the shared walk when one ran for it, else its own `find`. */
export function hasErrorNode(input: Input): boolean {
  const root = input.root;
  if (!root) return false;
  const walk = ERROR_QUERY.langs.includes(input.lang) ? walks.get(root) : undefined;
  if (walk) return walk.kinds.includes('ERROR');
  return root.find({ rule: { kind: 'ERROR' } }) !== null;
}

/** Runs the shared walk of a tree now (`fresh`: again); bench/rule-costs times it apart from the rules. */
export function primeCandidates(input: Input, fresh = false): void {
  // Languages without queries (YAML …) get no walk, and their tree is not built for one.
  if (!registry.some((q) => q.langs.includes(input.lang)) || !input.root) return;
  if (fresh) walks.delete(input.root);
  walkOf(input.root, input);
}

/** Every registered query (tests compare the shared walk with each query's own `findAll`). */
export function registeredQueries(): readonly CandidateQuery[] {
  return registry;
}
