import type { Document, Scalar } from 'yaml';
import { isScalar, isSeq, visit } from './yaml-lib.js';
import type { FileRole } from '../rules/types.js';

/** A piece of shell inside a CI YAML file, placed at its real line in the host file. */
export interface ShellSnippet {
  /** 1-based line of the first line of `text` in the host file. */
  line: number;
  /** Characters to add to a column found in `text` to get the host file's column. */
  columnOffset: number;
  text: string;
}

const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'commands', 'pre_script', 'post_script']);
const SHELL_ENTRYPOINTS = /^(\/(usr\/)?bin\/)?(ba|da)?sh$/;

/**
 * Finds the shell that a CI system runs: GitHub Actions `run:`, GitLab `script:`/`before_script:`/
 * `after_script:` (strings or lists), CircleCI `run`/`command`, Bitbucket `script`, and Cloud Build steps
 * whose entrypoint is a shell (`args: ['-c', '…']`) or that carry a `script:`.
 */
export function extractShell(docs: readonly Document.Parsed[], source: string, role: FileRole): ShellSnippet[] {
  if (!role.startsWith('ci-')) return [];
  const out: ShellSnippet[] = [];
  const starts = lineStarts(source);
  for (const doc of docs) {
    visit(doc, {
      Pair(_k, pair) {
        if (!isScalar(pair.key)) return;
        const key = String(pair.key.value);
        const value = pair.value;
        if (SHELL_KEYS.has(key)) {
          if (isScalar(value) && typeof value.value === 'string') pushScalar(value, source, starts, out);
          else if (isSeq(value))
            for (const item of value.items) if (isScalar(item) && typeof item.value === 'string') pushScalar(item, source, starts, out);
        }
      },
      Map(_k, map) {
        // Cloud Build: { entrypoint: bash, args: ['-c', '…'] }
        const entry = map.get('entrypoint');
        const args = map.get('args', true);
        if (typeof entry === 'string' && SHELL_ENTRYPOINTS.test(entry) && isSeq(args)) {
          const items = args.items;
          for (let i = 0; i < items.length - 1; i++) {
            const flag = items[i];
            const body = items[i + 1];
            if (isScalar(flag) && /^-\w*c$/.test(String(flag.value)) && isScalar(body) && typeof body.value === 'string') {
              pushScalar(body, source, starts, out);
            }
          }
        }
      },
    });
  }
  return out;
}

function lineStarts(source: string): number[] {
  const s = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) s.push(i + 1);
  return s;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo; // 0-based
}

function pushScalar(node: Scalar, source: string, starts: number[], out: ShellSnippet[]): void {
  const range = node.range;
  if (!range) return;
  const [start, valueEnd] = range;
  const line0 = lineOf(starts, start);
  const col0 = start - starts[line0];
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // Header line holds `|`/`>`; the body is the following lines up to valueEnd, with a common indent.
    const bodyStart = starts[line0 + 1];
    if (bodyStart === undefined || bodyStart >= valueEnd) return;
    const raw = source.slice(bodyStart, valueEnd).replace(/\s+$/, '').split(/\r?\n/);
    const indent = Math.min(...raw.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    if (!Number.isFinite(indent)) return;
    out.push({ line: line0 + 2, columnOffset: indent, text: raw.map((l) => l.slice(indent)).join('\n') });
    return;
  }
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  out.push({ line: line0 + 1, columnOffset: col0 + quoted, text: String(node.value) });
}

/** The snippet as a standalone shell source whose line numbers are those of the host file. */
export function paddedSource(snippet: ShellSnippet): string {
  return '\n'.repeat(snippet.line - 1) + snippet.text;
}
