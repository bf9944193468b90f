/** JavaScript / TypeScript extractor (syntax tree). */
import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidates } from '../../../parse/candidates.js';
import { fromSg } from '../../../parse/position.js';
import type { FileInput, Lang } from '../../types.js';
import { type Candidate, PASS_BESIDE_USER, USER_KEY, authHeader, envDefault, literalFor, named, param, throwawayPush } from './candidate.js';
import { TEST_BLOCK_KEY } from './throwaway.js';
import { PREFILTER } from './prefilter.js';

/* ------------------------------------------------------------------ JS / TS ------------------------------------------------------------------ */

export function jsString(node: SgNode | null): string | null {
  if (!node) return null;
  const k = node.kind();
  if (k === 'string') return node.text().slice(1, -1);
  if (k === 'template_string') {
    if (node.children().some((c) => c.kind() === 'template_substitution')) return null;
    return node.text().slice(1, -1);
  }
  return null;
}

export function jsKeyName(node: SgNode | null): string | null {
  if (!node) return null;
  const k = node.kind();
  if (k === 'property_identifier' || k === 'identifier' || k === 'shorthand_property_identifier_pattern' || k === 'private_property_identifier') return node.text().replace(/^#/, '');
  if (k === 'string') return node.text().slice(1, -1);
  if (k === 'member_expression') return node.field('property')?.text() ?? null;
  if (k === 'subscript_expression') return jsString(node.field('index'));
  return null;
}

/** `process.env.X`, `process.env["X"]`, `import.meta.env.X`, `Deno.env.get("X")`, `Bun.env.X` → X. */
export function jsEnvName(node: SgNode | null): string | null {
  if (!node) return null;
  const k = node.kind();
  if (k === 'member_expression' || k === 'subscript_expression') {
    const obj = node.field('object')?.text() ?? '';
    if (/^(process\.env|import\.meta\.env|Bun\.env)$/.test(obj)) return jsKeyName(node);
  }
  if (k === 'call_expression' && /^(Deno\.env\.get)$/.test(node.field('function')?.text() ?? '')) {
    return jsString(node.field('arguments')?.children().find((c) => c.isNamed()) ?? null);
  }
  return null;
}

export function enclosingFunctionName(node: SgNode): string {
  for (let p = node.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'function_declaration' || k === 'method_definition' || k === 'function_expression' || k === 'generator_function_declaration') {
      return p.field('name')?.text() ?? 'function';
    }
    if (k === 'arrow_function') {
      const d = p.parent();
      if (d?.kind() === 'variable_declarator') return d.field('name')?.text() ?? 'arrow function';
      return 'arrow function';
    }
  }
  return 'function';
}

export const JS_KINDS = ['variable_declarator', 'assignment_expression', 'pair', 'field_definition', 'assignment_pattern', 'object_assignment_pattern', 'binary_expression'];
export const TS_KINDS = ['variable_declarator', 'assignment_expression', 'pair', 'public_field_definition', 'required_parameter', 'optional_parameter', 'assignment_pattern', 'object_assignment_pattern', 'binary_expression'];

/**
 * JS/TS: every case below needs a string or template literal as its `value` or `right` child (native
 * pre-match). The literal test is one utility rule: written out in each of the 18 `has`, its kind names
 * cost 36 symbol-table searches (≈ 0.2 ms) on every compile, i.e. on every file.
 */
export const JS_UTILS = { 'hardcoded-secret/stringish': { any: [{ kind: 'string' }, { kind: 'template_string' }] } };
export const jsCandidates = (langs: readonly Lang[], kinds: readonly string[]) =>
  candidateQuery(
    langs,
    { any: kinds.map((kind) => ({ kind, any: [{ has: { field: 'value', matches: 'hardcoded-secret/stringish' } }, { has: { field: 'right', matches: 'hardcoded-secret/stringish' } }] })) },
    { when: PREFILTER, utils: JS_UTILS },
  );
export const JS_CANDIDATES = jsCandidates(['javascript'], JS_KINDS);
export const TS_CANDIDATES = jsCandidates(['typescript', 'tsx'], TS_KINDS);

/** `export const test = {…}`, `test: {…}`: the connection settings of the test environment (knexfile, Sequelize config). */
const TEST_BLOCK_TEXT = /\b(?:test|testing)\s*(?::\s*[\w.<>]+\s*)?[:=]\s*\{/;

function inTestBlock(n: SgNode): boolean {
  for (let p = n.parent(); p; p = p.parent()) {
    const k = p.kind();
    const key = k === 'pair' ? p.field('key') : k === 'variable_declarator' ? p.field('name') : null;
    if (key && TEST_BLOCK_KEY.test(jsKeyName(key) ?? '') && p.field('value')?.kind() === 'object') return true;
  }
  return false;
}

export function scanJs(input: FileInput, pushAll: (c: Candidate) => void): void {
  const testBlocks = TEST_BLOCK_TEXT.test(input.source);
  const throwaway = throwawayPush(pushAll);
  for (const n of candidates(input, input.lang === 'javascript' ? JS_CANDIDATES : TS_CANDIDATES)) {
    const push = testBlocks && inTestBlock(n) ? throwaway : pushAll;
    switch (n.kind()) {
      case 'variable_declarator': {
        const name = n.field('name');
        const value = n.field('value');
        const s = jsString(value);
        if (name?.kind() === 'identifier' && s !== null && value) literalFor(name.text(), s, value, push);
        break;
      }
      case 'assignment_expression': {
        const left = n.field('left');
        const right = n.field('right');
        const s = jsString(right);
        const envName = jsEnvName(left);
        if (envName && s !== null && right) {
          envDefault(envName, 'process.env assignment', s, fromSg(right.range()), push);
          break;
        }
        const name = jsKeyName(left);
        if (name && s !== null && right) literalFor(name, s, right, push);
        break;
      }
      case 'pair': {
        const name = jsKeyName(n.field('key'));
        const value = n.field('value');
        const s = jsString(value);
        if (!name || s === null || !value) break;
        if (authHeader(name, s, fromSg(value.range()), push)) break;
        // `auth: { user: "…", pass: "…" }` (nodemailer, ftp and proxy clients): `pass` beside a user is a password.
        if (PASS_BESIDE_USER.test(name) && jsObjectHasKey(n.parent(), USER_KEY)) {
          named('password', name, s, fromSg(value.range()), push);
          break;
        }
        literalFor(name, s, value, push);
        break;
      }
      case 'public_field_definition':
      case 'field_definition': {
        const nameNode = n.field('name') ?? n.field('property') ?? n.children().find((c) => c.kind() === 'property_identifier' || c.kind() === 'private_property_identifier') ?? null;
        const value = n.field('value');
        const s = jsString(value);
        const name = jsKeyName(nameNode);
        if (name && s !== null && value) literalFor(name, s, value, push);
        break;
      }
      case 'required_parameter':
      case 'optional_parameter':
      case 'assignment_pattern': {
        const nameNode = n.field('pattern') ?? n.field('left');
        const value = n.field('value') ?? n.field('right');
        const s = jsString(value);
        if (nameNode?.kind() !== 'identifier' || s === null || !value) break;
        param(nameNode.text(), enclosingFunctionName(n), s, fromSg(value.range()), push);
        break;
      }
      case 'object_assignment_pattern': {
        const name = jsKeyName(n.field('left'));
        const value = n.field('right');
        const s = jsString(value);
        if (!name || s === null || !value) break;
        // const { DB_PASS = "…" } = process.env
        let p = n.parent();
        while (p && p.kind() === 'object_pattern') p = p.parent();
        const src = p?.kind() === 'variable_declarator' ? p.field('value')?.text() : undefined;
        if (src && /^(process\.env|import\.meta\.env|Bun\.env)$/.test(src)) envDefault(name, src, s, fromSg(value.range()), push);
        else param(name, enclosingFunctionName(n), s, fromSg(value.range()), push);
        break;
      }
      case 'binary_expression': {
        const op = n.field('operator')?.text() ?? n.children().find((c) => c.text() === '??' || c.text() === '||')?.text();
        if (op !== '??' && op !== '||') break;
        const envName = jsEnvName(n.field('left'));
        const right = n.field('right');
        const s = jsString(right);
        if (envName && s !== null && right) envDefault(envName, `process.env ${op}`, s, fromSg(right.range()), push);
        break;
      }
      default:
        break;
    }
  }
}

export function jsObjectHasKey(obj: SgNode | null, key: RegExp): boolean {
  if (!obj || obj.kind() !== 'object') return false;
  return obj.children().some((c) => c.kind() === 'pair' && key.test(jsKeyName(c.field('key')) ?? ''));
}
