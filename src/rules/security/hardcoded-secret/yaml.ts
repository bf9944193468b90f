/** YAML extractor (compose, CI, Kubernetes, config). */
import type { Document, Scalar } from 'yaml';
import { isMap, isPair, isScalar, isSeq, visit } from '../../../parse/yaml-lib.js';
import type { FileInput, Range } from '../../types.js';
import { secretKindOfName } from '../_secret-patterns.js';
import { type Candidate, PASS_BESIDE_USER, SHELL_KEYS, USER_KEY, authHeader, envDefault, named, throwawayPush } from './candidate.js';
import { TEST_BLOCK_KEY } from './throwaway.js';
import { flagSecrets, unquote } from './command-line.js';

/* ------------------------------------------------------------------ YAML ------------------------------------------------------------------ */

export const EXPANSION = /\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=])([^}$]*)\}/g;
export const KEY_EQ_VALUE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$/;

export function scalarText(s: Scalar): string | null {
  if (s.tag && !/^tag:yaml\.org,2002:(str|int)$/.test(s.tag)) return null;
  if (typeof s.value === 'string') return s.value;
  if (typeof s.value === 'number' && Number.isInteger(s.value)) return String(s.value);
  return null;
}

export function scanYaml(input: FileInput, pushAll: (c: Candidate) => void): void {
  const ci = input.role.startsWith('ci-');
  const throwaway = throwawayPush(pushAll);
  let push = pushAll;
  const rangeOf = (s: Scalar): Range | null => (s.range ? { start: input.positionAt(s.range[0]), end: input.positionAt(s.range[1]) } : null);
  for (const doc of input.yaml ?? ([] as readonly Document.Parsed[])) {
    visit(doc, {
      Map(_k, map, path) {
        if (ci && underCiServices(path)) return;
        push = inThrowawayBlock(path, ci) ? throwaway : pushAll;
        // Kubernetes / ECS env: [{name: DB_PASSWORD, value: "…"}]
        const nameNode = map.get('name', true);
        const valueNode = map.get('value', true);
        if (isScalar(nameNode) && isScalar(valueNode) && typeof nameNode.value === 'string') {
          const v = scalarText(valueNode);
          const r = rangeOf(valueNode);
          const kind = secretKindOfName(nameNode.value);
          if (v !== null && r && kind) named(kind, nameNode.value, v, r, push);
        }
      },
      Scalar(key, node, path) {
        push = inThrowawayBlock(path, ci) ? throwaway : pushAll;
        const parent = path[path.length - 1];
        const text = scalarText(node);
        if (text === null) return;
        const r = rangeOf(node);
        if (!r) return;
        // CI service containers (GitHub Actions / GitLab `services:`) are throwaway databases created for the
        // job: their passwords guard nothing. Only real token formats are still reported there.
        if (ci && underCiServices(path)) {
          if (!text.includes('\n')) flagSecrets(text, () => r, push);
          return;
        }
        if (isPair(parent) && key === 'value') {
          const k = isScalar(parent.key) ? String(parent.key.value) : '';
          if (ci && SHELL_KEYS.has(k)) return;
          const grand = path[path.length - 2];
          // {name: X, value: Y} handled by Map above.
          if (k === 'value' && isMap(grand) && grand.has('name')) return;
          if (authHeader(k, text, r, push)) return;
          const besideUser = PASS_BESIDE_USER.test(k) && isMap(grand) && grand.items.some((p) => isScalar(p.key) && USER_KEY.test(String(p.key.value)));
          const kind = secretKindOfName(k) ?? (besideUser ? 'password' : null);
          if (kind && !text.includes('\n')) named(kind, k, text, r, push);
          else if (!kind) yamlInline(text, r, push);
          return;
        }
        if (key === 'key') return;
        // Sequence items: compose `environment: ["DB_PASSWORD=…"]`, args lists …
        if (isSeq(parent)) {
          const pair = path[path.length - 2];
          if (ci && isPair(pair) && isScalar(pair.key) && SHELL_KEYS.has(String(pair.key.value))) return;
          yamlInline(text, r, push);
        }
      },
    });
  }
}

/**
 * Credentials of a throw-away service: anywhere in a CI job that starts its own service containers (GitHub Actions
 * `services:` beside `steps:`, GitLab `services:` beside `script:`): the job's `LDAP_PASSWORD: GoodNewsEveryone`
 * is the password of the test LDAP server it started. Outside CI, the `test:` / `testing:` block of a settings
 * file (`database.yml`, `config/database.json`): the test database's connection settings.
 */
function inThrowawayBlock(path: readonly unknown[], ci: boolean): boolean {
  if (ci) return path.some((p) => isMap(p) && p.has('services') && (p.has('steps') || p.has('script')));
  return path.some((p) => isPair(p) && isScalar(p.key) && TEST_BLOCK_KEY.test(String(p.key.value)));
}

/**
 * True inside a CI `services:` block (the job's ephemeral service containers) or a build `matrix:` (the test
 * databases a job is run against: `include: [{db: mysql, db_password: root}]`).
 */
export function underCiServices(path: readonly unknown[]): boolean {
  return path.some((p) => isPair(p) && isScalar(p.key) && (p.key.value === 'services' || p.key.value === 'matrix'));
}

/** `KEY=value` and `${KEY:-default}` inside one YAML string. */
export function yamlInline(text: string, r: Range, push: (c: Candidate) => void): void {
  if (text.includes('\n')) return;
  flagSecrets(text, () => r, push);
  const m = KEY_EQ_VALUE.exec(text);
  if (m && !/\s/.test(m[2])) {
    const kind = secretKindOfName(m[1]);
    if (kind && !m[2].includes('${')) named(kind, m[1], unquote(m[2]), r, push);
  }
  EXPANSION.lastIndex = 0;
  for (let e = EXPANSION.exec(text); e; e = EXPANSION.exec(text)) {
    envDefault(e[1], `\${${e[1]}${e[2]}…}`, unquote(e[3]), r, push);
  }
}

