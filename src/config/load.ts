import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { isMap, isScalar, parseDocument, yaml } from '../parse/yaml-lib.js';
import { ConfigError } from '../errors.js';
import { isInside } from '../fs/inside.js';
import type { z } from 'zod';
import type { HardenConfig } from './schema.js';

/**
 * Loads `.harden.yml` (or `--config FILE`). A bad config is a ConfigError naming the file, the key (with its
 * line when known) and why. The schema (zod, ≈ 60 ms to import) is loaded only when there is a config file:
 * most scans, and every warm re-scan of a repository without one, never need it.
 */
export async function loadConfig(root: string, explicit?: string, knownRules?: ReadonlySet<string>): Promise<{ config: HardenConfig; file?: string }> {
  const file = explicit ? path.resolve(explicit) : ['.harden.yml', '.harden.yaml'].map((f) => path.join(root, f)).find(existsSync);
  if (!file) return { config: {} };
  // The repository's own `.harden.yml` is repository data: a link out of the scanned root is not followed.
  if (!explicit && !isInsideReal(file, root)) throw new ConfigError(`${file}: a symbolic link pointing outside the scanned folder; harden does not follow it`, 'replace the link with the file, or pass --config FILE');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read config (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lc = new (yaml().LineCounter)();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw new ConfigError(`${file}:${pos.line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const { configSchema } = await import('./schema.js');
  const parsed = configSchema.safeParse(doc.toJSON() ?? {});
  if (!parsed.success) {
    const issue = deepestIssue(parsed.error.issues[0]);
    // An unknown key is named by its own path and line, not by its parent's.
    const unknown = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.[0] : undefined;
    const keyPath = [...issue.path.map(String), ...(unknown !== undefined ? [unknown] : [])];
    const line = keyLine(doc, keyPath, lc);
    const where = line ? `:${line}` : '';
    const key = keyPath.join('.') || '(root)';
    const why = unknown !== undefined ? 'unknown key' : issue.message;
    throw new ConfigError(`${file}${where}: key '${key}': ${why}`, 'see `harden explain` and the README section on .harden.yml');
  }
  const config = parsed.data;
  if (knownRules && config.rules) {
    for (const id of Object.keys(config.rules)) {
      if (!knownRules.has(id)) {
        const line = keyLine(doc, ['rules', id], lc);
        const where = line ? `:${line}` : '';
        throw new ConfigError(`${file}${where}: key 'rules.${id}': unknown rule id`, 'run `harden rules` for the list of ids');
      }
    }
  }
  return { config, file };
}

function isInsideReal(file: string, root: string): boolean {
  try {
    return isInside(realpathSync(file), realpathSync(root));
  } catch {
    return true; // unreadable: reported by the read below
  }
}

type Issue = z.core.$ZodIssue;

/** For a union (`off` | {…}), the branch error with the longest path says most about what is wrong. */
function deepestIssue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const branches = issue.errors.flat().map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as Issue);
  return branches.sort((a, b) => b.path.length - a.path.length)[0] ?? issue;
}

/** The 1-based line of the key at `keyPath` (the key itself, so a nested map is named where its key is). */
function keyLine(doc: Document, keyPath: string[], lc: LineCounter): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const k of keyPath) {
    if (!isMap(node)) return line;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === k);
    if (!pair) return line;
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (range) line = lc.linePos(range[0]).line;
    node = pair.value;
  }
  return line;
}
