/** reliability/swallowed-exception, Python: `except` handlers that do nothing, minus the ones whose silence is the design. */
import type { SgNode } from '@ast-grep/napi';
import { candidateQuery, candidates } from '../../../parse/candidates.js';
import { fromSg } from '../../../parse/position.js';
import type { Confidence, FileInput, FindingDraft } from '../../types.js';
import { acknowledgedByPeer } from '../_peer-acknowledged.js';
import { BROAD, isDeliberate, isExpected, isJudgementCall } from './deliberate.js';
import { explains, headingComments } from './documented.js';
import { exceptionTypes, inDestructor, isTrivialPython } from './handlers.js';
import { PREFILTER } from './prefilter.js';



/*
 * Candidates are matched natively (ast-grep, in Rust), so only they cross into JS; each is a superset of what
 * the JS checks accept (those still decide). `has` without `stopBy` looks at direct children, unnamed tokens
 * included, hence the punctuation alternatives (a Python block's only unnamed token is `;`).
 */
/** An except clause whose block holds only statements that can be trivial (pass, continue, `...`, return). */
const PY_CANDIDATE = candidateQuery(
  ['python'],
  {
    kind: 'except_clause',
    has: {
      kind: 'block',
      not: {
        has: {
          not: {
            any: [
              { kind: 'pass_statement' },
              { kind: 'continue_statement' },
              // `...` (isTrivialPython: the only named child is an ellipsis)
              { kind: 'expression_statement', has: { kind: 'ellipsis' } },
              // `return` / `return None`: no child but the keyword and a `None`
              { kind: 'return_statement', not: { has: { not: { any: [{ kind: 'none' }, { regex: '^return$' }] } } } },
              { kind: 'comment' },
              // the `;` between simple statements (unnamed). Not `\W`: a Unicode class costs ≈ 0.3 ms to compile,
              // and the rule is compiled on every findAll.
              { regex: '^;*$' },
            ],
          },
        },
      },
    },
  },
  { when: PREFILTER },
);
/** `from faker import Faker`: a module that makes up data (a seed or fixture script), not product code. */
const FAKE_DATA = /^\s*(?:from\s+faker\b|import\s+faker\b)/m;

export function checkPython(input: FileInput): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const clause of candidates(input, PY_CANDIDATE)) {
    const named = clause.children().filter((c) => c.isNamed());
    const block = named.find((c) => c.kind() === 'block');
    if (!block || !TRIVIAL_BLOCK_TEXT.test(block.text())) continue;
    const typeNode = named.find((c) => c.kind() !== 'block' && c.kind() !== 'comment');
    const types = typeNode ? exceptionTypes(typeNode) : [];
    if (types.length && types.every(isExpected)) continue;
    // A test that provokes an exception and expects it (`try: f() except Expired: pass`): the handler is the
    // test's assertion path. A broad or bare handler in a test can still hide a failure and stays reported.
    if (input.context === 'test' && types.length && !types.some((t) => BROAD.has(t))) continue;
    const stmts = block.children().filter((c) => c.isNamed());
    const body = stmts.filter((c) => c.kind() !== 'comment');
    if (!body.length || !body.every(isTrivialPython)) continue;
    if (types.length && isDeliberate(clause, types, body)) continue;
    const commented = stmts.length !== body.length || named.some((c) => c.kind() === 'comment');
    const broad = !types.length || types.some((t) => BROAD.has(t));
    // `try: … except ValueError: pass else: use(x)`: a named failure is the deliberate other branch of the try.
    if (!broad && clause.parent()?.children().some((c) => c.kind() === 'else_clause')) continue;
    // A destructor must not raise, and logging may already be torn down when it runs at exit.
    if (inDestructor(clause)) continue;
    const confidence: Confidence = commented ? 'low' : broad ? 'high' : 'medium';
    const caught = types.length ? types.join(', ') : '';
    const action = describe(body);
    const r = fromSg(clause.range());
    const headerEnd = { line: r.start.line, column: r.start.column + (clause.text().split('\n')[0]?.length ?? 6) };
    const ack = acknowledgedByPeer(input.lines, r.start.line);
    // A named handler whose silence is explained in prose (in the handler, on its line or as its heading) is a
    // documented choice: an info notice. A bare `except:` still catches Ctrl-C whatever the comment says.
    const documented = !ack && types.length > 0 && explains([...stmts, ...named].filter((c) => c.kind() === 'comment').map((c) => c.text()).concat(headingComments(input.lines, r.start.line)));
    // Fake-data generators (seed scripts importing Faker) and example or developer tooling never run in production.
    const offProduct = input.context === 'example' || input.context === 'docs' || FAKE_DATA.test(input.source);
    // A test fixture's teardown (the code after its `yield`) cleans up best-effort: what it deletes a test may
    // already have deleted. A handler elsewhere in a test can hide a failure and stays reported.
    const teardown = input.context === 'test' && afterYield(clause);
    const notice = ack || documented || offProduct || teardown || (types.length > 0 && isJudgementCall(clause, types, body));
    const messageId = caught ? (ack ? 'pythonAck' : documented ? 'pythonDocumented' : 'python') : ack ? 'pythonBareAck' : 'pythonBare';
    out.push({
      messageId,
      data: caught ? { caught: ` ${typeNode?.kind() === 'tuple' ? `(${caught})` : caught}`, action } : { action },
      range: { start: r.start, end: headerEnd },
      matched: `except ${caught}: ${body.map((b) => b.text()).join('; ')}`,
      ...(notice ? { confidence: 'low' as const, severity: 'info' as const } : { confidence }),
    });
  }
  return out;
}

/** The try of this handler comes after a `yield` of its function (a generator's, or a pytest fixture's, teardown). */
function afterYield(clause: SgNode): boolean {
  const tryStmt = clause.parent();
  const fn = tryStmt?.ancestors().find((a) => a.kind() === 'function_definition');
  if (!tryStmt || !fn) return false;
  const before = fn.text().slice(0, tryStmt.range().start.index - fn.range().start.index);
  return /(?:^|[\s=(])yield\b/.test(before);
}

/**
 * What the text of a block holding only trivial statements (`isTrivialPython`) and comments can contain:
 * `pass`, `continue`, `...`, `return`, `return None`, `;`, comments and white space. Tested first: the shared
 * walk returns every except clause, and most do something (one read of the block's text instead of its
 * statements). A comment runs to the end of its line (the look-ahead keeps the match linear).
 */
const TRIVIAL_BLOCK_TEXT = /^(?:\s|;|pass\b|continue\b|\.\.\.|return\b(?:[ \t]+None\b)?|#[^\n]*(?![^\n]))*$/;

function describe(body: SgNode[]): string {
  const k = body[body.length - 1].kind();
  if (k === 'continue_statement') return 'continues';
  if (k === 'return_statement') return 'returns None';
  return 'passes';
}
