/**
 * Small syntax-tree helpers shared by the security rules (literal strings, strings built from input, import
 * aliases). Pure functions over @ast-grep/napi nodes.
 */
import type { NapiConfig, SgNode } from '@ast-grep/napi';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import type { FileInput } from '../types.js';

/** The value of a Python string literal, or null for f-strings with interpolation and other expressions. */
export function pyString(node: SgNode | null | undefined): string | null {
  if (!node) return null;
  if (node.kind() === 'concatenated_string') {
    let out = '';
    for (const c of node.children().filter((k) => k.isNamed())) {
      const s = pyString(c);
      if (s === null) return null;
      out += s;
    }
    return out;
  }
  if (node.kind() !== 'string') return null;
  const kids = node.children();
  if (kids.some((k) => k.kind() === 'interpolation')) return null;
  const start = kids.find((k) => k.kind() === 'string_start')?.text() ?? '"';
  const end = kids.find((k) => k.kind() === 'string_end')?.text() ?? '"';
  const text = node.text();
  return text.slice(start.length, text.length - end.length);
}

/**
 * True when a Python expression builds a string from other values: an f-string with interpolation, `%`
 * formatting of a string, `+` with a string operand, `.format(…)` / `.join(…)` on a string.
 */
export function pyBuiltString(node: SgNode | null | undefined): boolean {
  if (!node) return false;
  const k = node.kind();
  if (k === 'string') return node.children().some((c) => c.kind() === 'interpolation');
  if (k === 'concatenated_string') return node.children().some((c) => pyBuiltString(c));
  if (k === 'parenthesized_expression') return pyBuiltString(node.children().find((c) => c.isNamed()));
  if (k === 'binary_operator') {
    const op = node.field('operator')?.text();
    const l = node.field('left');
    const r = node.field('right');
    if (op === '%') return isPyStringish(l);
    if (op === '+') return isPyStringish(l) || isPyStringish(r) || pyBuiltString(l) || pyBuiltString(r);
    return false;
  }
  if (k === 'call') {
    const fn = node.field('function');
    if (fn?.kind() === 'attribute') {
      const attr = fn.field('attribute')?.text();
      if ((attr === 'format' || attr === 'join' || attr === 'replace') && isPyStringish(fn.field('object'))) return true;
    }
  }
  return false;
}

function isPyStringish(node: SgNode | null | undefined): boolean {
  if (!node) return false;
  const k = node.kind();
  return k === 'string' || k === 'concatenated_string' || (k === 'binary_operator' && pyBuiltString(node));
}

/**
 * When `node` is a bare identifier, the right-hand side of the closest earlier assignment to it in the same
 * function (or module): `cmd = f"…"; os.system(cmd)`.
 */
export function pyResolveLocal(node: SgNode | null | undefined): SgNode | null {
  if (!node || node.kind() !== 'identifier') return null;
  const name = node.text();
  let scope: SgNode | null = node.parent();
  while (scope && scope.kind() !== 'function_definition' && scope.kind() !== 'module') scope = scope.parent();
  if (!scope) return null;
  const line = node.range().start.line;
  let best: SgNode | null = null;
  for (const a of scope.findAll({ rule: { kind: 'assignment' } })) {
    if (a.field('left')?.kind() !== 'identifier' || a.field('left')?.text() !== name) continue;
    if (a.range().start.line > line) continue;
    if (!best || a.range().start.line >= best.range().start.line) best = a.field('right');
  }
  return best;
}

const PY_IMPORTS = candidateQuery(['python'], { any: [{ kind: 'import_statement' }, { kind: 'import_from_statement' }] });

const aliasMemo = new WeakMap<SgNode, Map<string, string>>();

/**
 * Python `import x as y` / `from m import f as g` aliases: maps the local name to its dotted origin
 * (`pkl` → `pickle`, `loads` → `pickle.loads`); a plain `import a.b, c` maps `a` → `a` and `c` → `c`.
 */
export function pyImportAliases(input: Pick<FileInput, 'root' | 'lang' | 'source'>): ReadonlyMap<string, string> {
  // Seven rules and the signals extractor ask for the same file's aliases: built once per tree.
  const known = input.root ? aliasMemo.get(input.root) : undefined;
  if (known) return known;
  const out = new Map<string, string>();
  if (input.root) aliasMemo.set(input.root, out);
  for (const imp of candidates(input, PY_IMPORTS)) {
    if (imp.kind() === 'import_statement') {
      for (const c of imp.children()) {
        if (c.kind() === 'aliased_import') out.set(c.field('alias')?.text() ?? '', c.field('name')?.text() ?? '');
        // `import os, requests` / `import urllib.request`: each module binds its first segment to itself, so
        // "does this file import requests" is answered from the tree, whatever else the statement imports.
        else if (c.kind() === 'dotted_name') {
          const head = c.text().split('.')[0].trim();
          if (!out.has(head)) out.set(head, head);
        }
      }
    } else {
      const mod = imp.field('module_name')?.text() ?? '';
      for (const c of imp.children()) {
        if (c === imp.field('module_name')) continue;
        if (c.kind() === 'dotted_name' && c.range().start.index !== imp.field('module_name')?.range().start.index) out.set(c.text(), `${mod}.${c.text()}`);
        if (c.kind() === 'aliased_import') out.set(c.field('alias')?.text() ?? '', `${mod}.${c.field('name')?.text() ?? ''}`);
      }
    }
  }
  return out;
}

/** The dotted name a Python call calls, with import aliases resolved (`pkl.loads` → `pickle.loads`). */
export function pyCallee(call: SgNode, aliases: ReadonlyMap<string, string>): string {
  return pyResolvedName(call.field('function')?.text() ?? '', aliases);
}

/** A dotted Python name with its first segment's import alias resolved (`BL` → `yaml.loader.BaseLoader`). */
export function pyResolvedName(name: string, aliases: ReadonlyMap<string, string>): string {
  const dot = name.indexOf('.');
  const alias = aliases.get(dot < 0 ? name : name.slice(0, dot));
  return alias ? alias + (dot < 0 ? '' : name.slice(dot)) : name;
}

/** Where a name stands as a value (an argument, an assigned value, an element), not as the function of a call. */
const VALUE_PARENTS = new Set(['argument_list', 'keyword_argument', 'assignment', 'list', 'tuple', 'pair', 'return_statement']);

/**
 * A Python callable used as a value instead of being called — `map(pickle.loads, rows)`, `run = eval`,
 * `pool.submit(exec, code)` — matched by `rule` (identifier or attribute nodes) and kept when its name, import aliases
 * resolved, passes `wanted`. Returns each reference with its resolved name and the statement around it.
 */
export function pyCallableReferences(root: SgNode, rule: NapiConfig, aliases: ReadonlyMap<string, string>, wanted: (name: string) => boolean): Array<{ node: SgNode; name: string; context: SgNode }> {
  const out: Array<{ node: SgNode; name: string; context: SgNode }> = [];
  for (const n of root.findAll(rule)) {
    const parent = n.parent();
    const kind = parent ? String(parent.kind()) : '';
    if (!parent || !VALUE_PARENTS.has(kind)) continue;
    const at = n.range().start.index;
    // `x = eval` (not `eval = x`), `key=eval` (not the keyword itself), `{"k": eval}` (not the key).
    const field = kind === 'assignment' ? 'right' : kind === 'keyword_argument' || kind === 'pair' ? 'value' : undefined;
    if (field && parent.field(field)?.range().start.index !== at) continue;
    const name = pyResolvedName(n.text(), aliases);
    if (!wanted(name)) continue;
    const context = kind === 'argument_list' || kind === 'list' || kind === 'tuple' ? (parent.parent() ?? parent) : parent;
    out.push({ node: n, name, context });
  }
  return out;
}

/** The positional arguments and keyword arguments of a Python call. */
export function pyArgs(call: SgNode): { pos: SgNode[]; kw: Map<string, SgNode> } {
  const args = call.field('arguments');
  const pos: SgNode[] = [];
  const kw = new Map<string, SgNode>();
  for (const c of args?.children() ?? []) {
    if (!c.isNamed() || c.kind() === 'comment') continue;
    if (c.kind() === 'keyword_argument') {
      const v = c.field('value');
      if (v) kw.set(c.field('name')?.text() ?? '', v);
    } else pos.push(c);
  }
  return { pos, kw };
}

/** The value of a JS/TS string literal or substitution-free template, or null. */
export function jsString(node: SgNode | null | undefined): string | null {
  if (!node) return null;
  const k = node.kind();
  if (k === 'string') return node.text().slice(1, -1);
  if (k === 'template_string') {
    if (node.children().some((c) => c.kind() === 'template_substitution')) return null;
    return node.text().slice(1, -1);
  }
  return null;
}

/** True when a JS expression builds a string from values: template with `${}`, `+` with a string side. */
export function jsBuiltString(node: SgNode | null | undefined): boolean {
  if (!node) return false;
  const k = node.kind();
  if (k === 'template_string') return node.children().some((c) => c.kind() === 'template_substitution');
  if (k === 'parenthesized_expression') return jsBuiltString(node.children().find((c) => c.isNamed()));
  if (k === 'binary_expression' && node.field('operator')?.text() === '+') {
    const l = node.field('left');
    const r = node.field('right');
    const stringy = (n: SgNode | null) => !!n && (n.kind() === 'string' || n.kind() === 'template_string' || jsBuiltString(n));
    return stringy(l) || stringy(r);
  }
  return false;
}

/** Shortens an expression for a message: one line, at most `max` characters. */
export function brief(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
