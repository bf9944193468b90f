/**
 * A handler another linter was told to accept on its own line: `except:  # pylint: disable=bare-except`,
 * `except Exception:  # noqa: BLE001`, `# nosec`. A maintainer has seen the catch and kept it on purpose, so harden
 * keeps the finding visible but as an info notice, outside the plan's work items (it is not new information).
 * Only the codes of the same check count: `# noqa: E501` on the line acknowledges nothing about the handler.
 */
const ACKNOWLEDGED =
  /#\s*(?:pylint:\s*disable\s*=\s*[\w\s,-]*\b(?:bare-except|broad-except|broad-exception-caught|W0702|W0703|W0718)\b|noqa\b(?!\s*:)|noqa\s*:\s*[\w\s,]*\b(?:E722|BLE001|S110|S112|B001|PERF203)\b|nosec\b(?!\s*B(?!110|112)\d))/i;

/** The peer suppression comment on `line` (1-based), if it acknowledges an exception handler. */
export function acknowledgedByPeer(lines: readonly string[], line: number): boolean {
  const text = lines[line - 1];
  return text !== undefined && text.includes('#') && ACKNOWLEDGED.test(text);
}

/** A pylint `disable` comment on a line of its own between `from` and `to` (1-based, exclusive): it covers the scope. */
const PYLINT_SCOPE = /^\s*#\s*pylint:\s*disable\s*=\s*[\w\s,-]*\b(?:bare-except|broad-except|broad-exception-caught|W0702|W0703|W0718)\b/i;
export function acknowledgedInScope(lines: readonly string[], from: number, to: number): boolean {
  for (let i = Math.max(1, from); i < to; i++) if (PYLINT_SCOPE.test(lines[i - 1] ?? '')) return true;
  return false;
}
