/** What every extractor of security/hardcoded-secret produces, and how candidates become findings. */
import type { SgNode } from '@ast-grep/napi';
import { fromSg } from '../../../parse/position.js';
import type { Confidence, FindingDraft, Range } from '../../types.js';
import { isPlaceholder, secretGroupKey, secretKindOfName, type SecretKind } from '../_secret-patterns.js';


/**
 * One secret found in a file, before it becomes a draft. `value` is the secret itself: it only ever goes
 * into `secrets` (redacted by the engine) and into the group key's hash.
 */
export interface Candidate {
  messageId: 'literal' | 'envDefault' | 'param' | 'url' | 'token' | 'tokenNamed' | 'pem' | 'auth';
  value: string;
  range: Range;
  data: Record<string, string>;
  confidence: Confidence;
  /** Extra strings to redact (the part of a PEM body on the header line …). */
  redact?: string[];
  priority: number;
}

export const KIND_LABEL: Record<SecretKind, string> = { password: 'password', token: 'token', secret: 'secret', key: 'key', credential: 'credential' };

export const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'commands', 'pre_script', 'post_script', 'args', 'entrypoint']);

export const PY_ENV_GETTERS = /^(os\.environ\.get|os\.getenv|getenv|environ\.get|os\.environ\.setdefault|environ\.setdefault|config|decouple\.config|env|env\.str|env\.get|settings\.get|os\.environ\.pop)$/;

/* ------------------------------------------------------------------ drafts ------------------------------------------------------------------ */

export function toDrafts(cands: Candidate[]): FindingDraft[] {
  // One finding per (line, secret): a token assigned to a secret name is reported as the token.
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const k = `${c.range.start.line}\0${c.value}`;
    const prev = best.get(k);
    if (!prev || c.priority > prev.priority) best.set(k, c);
  }
  return [...best.values()]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
    .map((c) => {
      const groupKey = secretGroupKey(c.value);
      return {
        messageId: c.messageId,
        data: c.data,
        range: c.range,
        matched: `${c.messageId}:${Object.values(c.data).join(':')}:${groupKey}`,
        secrets: [c.value, ...(c.redact ?? [])].filter((s) => s.length >= 3),
        groupKey,
        confidence: c.confidence,
      };
    });
}

export function named(kind: SecretKind, name: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (isPlaceholder(value, name)) return;
  push({ messageId: 'literal', value, range, data: { kind: KIND_LABEL[kind], name }, confidence: 'medium', priority: 1 });
}

export function envDefault(name: string, lookup: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (!secretKindOfName(name) || isPlaceholder(value, name)) return;
  push({ messageId: 'envDefault', value, range, data: { name, lookup }, confidence: 'medium', priority: 2 });
}

export function param(name: string, func: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (!secretKindOfName(name) || isPlaceholder(value, name)) return;
  push({ messageId: 'param', value, range, data: { name, func }, confidence: 'medium', priority: 2 });
}

/** `pass`/`pwd` alone are too vague for a secret name, except next to a user name in the same object. */
export const PASS_BESIDE_USER = /^(pass|pwd|pw)$/i;
export const USER_KEY = /^(user|username|login|user_?name)$/i;


/** `Authorization: Bearer abc…` / `Basic …` with a literal credential. */
export function authHeader(name: string, value: string, range: Range, push: (c: Candidate) => void): boolean {
  if (!/^(x-)?(authorization|auth|proxy-authorization|x-api-key|x-auth-token)$/i.test(name)) return false;
  const m = /^(Bearer|Basic|Token|Bot)\s+([A-Za-z0-9._~+/=-]{8,})$/i.exec(value.trim());
  if (!m || isPlaceholder(m[2])) return true;
  push({ messageId: 'auth', value: m[2], range, data: { scheme: m[1], name }, confidence: 'medium', priority: 2 });
  return true;
}

export function literalFor(name: string, value: string, valueNode: SgNode, push: (c: Candidate) => void): void {
  const kind = secretKindOfName(name);
  if (!kind) return;
  named(kind, name, value, fromSg(valueNode.range()), push);
}

