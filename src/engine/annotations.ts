/**
 * Fixture and corpus annotations (Semgrep-style): a comment line `expect: RULE-ID` or `ok: RULE-ID` (also
 * `todo-expect:` / `todo-ok:`) marks the next line that is not itself an annotation. Any comment syntax works
 * (`#`, `//`, `<!-- -->`, `;`), several ids may be comma-separated.
 */
export type AnnotationKind = 'expect' | 'ok' | 'todo-expect' | 'todo-ok';

export interface Annotation {
  kind: AnnotationKind;
  ruleId: string;
  /** 1-based line the annotation targets. */
  line: number;
}

const ANNOTATION = /^\s*(?:#|\/\/|<!--|;|--|\*|\/\*)\s*(todo-expect|todo-ok|expect|ok):\s*([a-z0-9/,\s-]+?)\s*(?:-->|\*\/)?\s*$/;

export function parseAnnotations(source: string): Annotation[] {
  const lines = source.split(/\r?\n/);
  const out: Annotation[] = [];
  let pending: Array<{ kind: AnnotationKind; ruleId: string }> = [];
  lines.forEach((text, i) => {
    const m = ANNOTATION.exec(text);
    if (m) {
      for (const id of m[2].split(',').map((s) => s.trim()).filter(Boolean)) pending.push({ kind: m[1] as AnnotationKind, ruleId: id });
      return;
    }
    if (pending.length) {
      for (const p of pending) out.push({ ...p, line: i + 1 });
      pending = [];
    }
  });
  return out;
}
