/** What a Python `except` clause catches and does: shared by swallowed-exception, bare-except and broad-exception. */
import type { SgNode } from '@ast-grep/napi';

/** A handler in a `__del__` method. */
export function inDestructor(clause: SgNode): boolean {
  return clause.ancestors().find((a) => a.kind() === 'function_definition')?.field('name')?.text() === '__del__';
}

/** The exception names of `except X`, `except (X, Y)`, `except X as e`. */
export function exceptionTypes(node: SgNode): string[] {
  let n = node;
  let k = n.kind();
  if (k === 'as_pattern') {
    n = n.children().find((c) => c.isNamed()) ?? n;
    k = n.kind();
  }
  if (k === 'tuple' || k === 'parenthesized_expression')
    return n
      .children()
      .filter((c) => c.isNamed())
      .map((c) => c.text());
  return [n.text()];
}

export function isTrivialPython(n: SgNode): boolean {
  const k = n.kind();
  if (k === 'pass_statement' || k === 'continue_statement') return true;
  if (k === 'expression_statement') {
    const inner = n.children().filter((c) => c.isNamed());
    return inner.length === 1 && inner[0].kind() === 'ellipsis';
  }
  if (k === 'return_statement') {
    const value = n.children().filter((c) => c.isNamed());
    return value.length === 0 || (value.length === 1 && value[0].kind() === 'none');
  }
  return false;
}
