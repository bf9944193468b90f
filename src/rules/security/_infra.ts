/**
 * Shared helpers for the container/infrastructure security rules (privileged-container,
 * container-runs-as-root, debug-enabled, insecure-file-permissions): compose services and Kubernetes
 * securityContext maps found in YAML, and Dockerfile instructions with their continuation lines joined.
 * Pure functions over a FileInput; no I/O.
 */
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../parse/yaml-lib.js';
import type { FileInput, Range } from '../types.js';

export function nodeRange(input: FileInput, node: Node | null | undefined): Range {
  const r = node?.range;
  if (!r) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const start = input.positionAt(r[0]);
  const end = input.positionAt(r[1]);
  return { start, end: end.line === start.line ? end : { line: start.line, column: start.column + 1 } };
}

/** A pair's range, from its key to the end of its value (on the key's line). */
export function pairRange(input: FileInput, pair: Pair): Range {
  const k = pair.key as Node | null;
  const v = pair.value as Node | null;
  const start = nodeRange(input, k).start;
  const end = v?.range ? input.positionAt(v.range[1]) : nodeRange(input, k).end;
  return { start, end: end.line === start.line ? end : { line: start.line, column: start.column + 1 } };
}

export function scalarText(node: unknown): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.value);
  return undefined;
}

/** YAML 1.1 and 1.2 spellings of true (compose files are often written with `yes`). */
export function isTruthy(node: unknown): boolean {
  const s = scalarText(node);
  return s !== undefined && /^(true|yes|on)$/i.test(s.trim());
}

export function isFalsy(node: unknown): boolean {
  const s = scalarText(node);
  return s !== undefined && /^(false|no|off)$/i.test(s.trim());
}

export function getPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

export interface ComposeSvc {
  name: string;
  map: YAMLMap;
  keyNode: Node;
}

function isCi(input: FileInput): boolean {
  return input.role.startsWith('ci-');
}

/**
 * Compose services of a YAML file: files classified as compose, and other non-CI YAML whose top level has
 * a `services:` map of services carrying `image:` or `build:` (stack files, `deploy/prod.yml` …).
 */
export function composeServicesOf(input: FileInput): ComposeSvc[] {
  if (input.lang !== 'yaml' || isCi(input)) return [];
  const out: ComposeSvc[] = [];
  for (const doc of input.yaml ?? []) {
    const root = doc.contents;
    if (!isMap(root)) continue;
    const services = root.get('services', true);
    if (!isMap(services)) continue;
    const svcs: ComposeSvc[] = [];
    for (const p of services.items) {
      if (isScalar(p.key) && isMap(p.value)) svcs.push({ name: String(p.key.value), map: p.value as YAMLMap, keyNode: p.key as Node });
    }
    const looksCompose =
      input.role === 'compose' || svcs.some((s) => s.map.has('image') || s.map.has('build'));
    // A Kubernetes `kind: Service` list or an app config that merely has a `services:` key is not compose.
    if (looksCompose && !root.has('kind')) out.push(...svcs);
  }
  return out;
}

export interface K8sContext {
  /** The securityContext map. */
  map: YAMLMap;
  /** `container <name>` / `pod of Deployment <name>`: what the securityContext applies to. */
  owner: string;
}

/**
 * Every `securityContext` map in a non-CI YAML file (Kubernetes manifests, Helm values, Argo/Tekton
 * templates), with a readable owner: the container name or the workload kind/name.
 */
export function securityContextsOf(input: FileInput): K8sContext[] {
  if (input.lang !== 'yaml' || isCi(input)) return [];
  const out: K8sContext[] = [];
  for (const doc of input.yaml ?? []) collectSecurityContexts(doc, out);
  return out;
}

function collectSecurityContexts(doc: Document.Parsed, out: K8sContext[]): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  const kind = scalarText(root.get('kind', true));
  const meta = root.get('metadata', true);
  const wname = isMap(meta) ? scalarText(meta.get('name', true)) : undefined;
  const workload = kind ? `${kind}${wname ? ` ${wname}` : ''}` : undefined;
  const visit = (node: unknown, owner: string | undefined, depth: number): void => {
    if (depth > 40) return;
    if (isSeq(node)) {
      for (const it of node.items) visit(it, owner, depth + 1);
      return;
    }
    if (!isMap(node)) return;
    const name = scalarText(node.get('name', true));
    const isContainer = node.has('image') && name !== undefined;
    const here = isContainer ? `container ${name}` : owner;
    for (const p of node.items) {
      if (!isScalar(p.key)) continue;
      const key = String(p.key.value);
      if (key === 'securityContext' && isMap(p.value)) {
        out.push({ map: p.value as YAMLMap, owner: here ?? (workload ? `pod of ${workload}` : 'pod') });
        continue;
      }
      visit(p.value, here, depth + 1);
    }
  };
  visit(root, undefined, 0);
}

/* ---------------- Dockerfiles ---------------- */

export interface DockerInstruction {
  /** Upper-case keyword: FROM, RUN, USER, ENV … */
  keyword: string;
  /** Arguments with continuation lines joined (backslash-newline removed) and comment lines dropped. */
  args: string;
  /** 1-based line of the keyword. */
  line: number;
  /** 0-based column of the keyword. */
  column: number;
  /** 1-based line of the last physical line. */
  endLine: number;
  /** Per physical line: [line, text] of the instruction's own lines (for locating a sub-match). */
  parts: Array<{ line: number; text: string }>;
}

/** Dockerfile instructions, continuation lines joined, comments and blank lines skipped. */
export function dockerInstructions(lines: readonly string[]): DockerInstruction[] {
  const out: DockerInstruction[] = [];
  let escape = '\\';
  let i = 0;
  // Parser directive `# escape=`` ` at the top.
  for (const l of lines) {
    const m = /^#\s*escape\s*=\s*(\S)/i.exec(l);
    if (m) {
      escape = m[1];
      break;
    }
    if (!/^#/.test(l)) break;
  }
  while (i < lines.length) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) {
      i++;
      continue;
    }
    const m = /^(\s*)([A-Za-z]+)\b\s*(.*)$/.exec(raw);
    if (!m) {
      i++;
      continue;
    }
    const start = i;
    const parts: Array<{ line: number; text: string }> = [];
    let text = m[3];
    let cur = text;
    parts.push({ line: i + 1, text: raw });
    const pieces: string[] = [];
    for (;;) {
      const t = cur.replace(/\s+$/, '');
      if (t.endsWith(escape) && i + 1 < lines.length) {
        pieces.push(t.slice(0, -1));
        i++;
        // Skip comment and empty lines inside a continuation (Docker ignores them).
        while (i < lines.length && /^\s*(#.*)?$/.test(lines[i]) && i + 1 < lines.length) i++;
        cur = lines[i];
        parts.push({ line: i + 1, text: lines[i] });
        continue;
      }
      pieces.push(t);
      break;
    }
    text = pieces.join(' ');
    out.push({ keyword: m[2].toUpperCase(), args: text.trim(), line: start + 1, column: m[1].length, endLine: i + 1, parts });
    i++;
  }
  return out;
}

/** The physical line and column range where `re` first matches inside an instruction, or its keyword line. */
export function locateInInstruction(ins: DockerInstruction, re: RegExp): Range {
  for (const p of ins.parts) {
    const m = re.exec(p.text);
    if (m) return { start: { line: p.line, column: m.index + 1 }, end: { line: p.line, column: m.index + m[0].length + 1 } };
  }
  return { start: { line: ins.line, column: ins.column + 1 }, end: { line: ins.line, column: ins.column + 1 + ins.keyword.length } };
}

/** Parses `ENV A=1 B="x y"` and the legacy `ENV A 1` form. */
export function parseEnvArgs(args: string): Array<{ key: string; value: string }> {
  const out: Array<{ key: string; value: string }> = [];
  if (!/^[\w.-]+=/.test(args)) {
    const m = /^([\w.-]+)\s+(.*)$/.exec(args);
    if (m) out.push({ key: m[1], value: unquote(m[2].trim()) });
    return out;
  }
  const re = /([\w.-]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(args))) out.push({ key: m[1], value: unquote(m[2]) });
  return out;
}

export function unquote(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) return s.slice(1, -1);
  return s;
}

/**
 * Settings modules meant for development or tests, where DEBUG / open CORS is the point:
 * `settings/dev.py`, `settings/local.py`, `settings_dev.py`, `local_settings.py`, `dev_settings.py`,
 * `settings/test.py`, `settings/development.py`.
 */
export function isDevSettingsPath(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1).replace(/\.py$/, '');
  const dir = p.slice(0, Math.max(0, p.lastIndexOf('/')));
  const devWord = /(^|[_.-])(dev|devel|development|local|test|tests|testing|ci)([_.-]|$)/i;
  if (devWord.test(base)) return true;
  return /(^|\/)settings$/.test(dir) && /^(dev|devel|development|local|test|tests|testing|ci)$/i.test(base);
}
