export function applyFormula(expression: string, price: number): number {
  const scope = `const price = ${price};`;
  // expect: security/code-eval
  return eval(scope + expression) as number;
}

export function parsePayload(raw: string): unknown {
  // ok: security/code-eval
  return JSON.parse(raw);
}
