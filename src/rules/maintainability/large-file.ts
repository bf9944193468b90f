import { defineRule } from '../define.js';
import { LONG_FUNCTION_LINES, LONG_JS_FUNCTION_LINES } from '../_signals.js';
import { GENERATED_PATH } from './_module-fingerprint.js';
import { thousands } from './_thousands.js';
import type { RepoFindingDraft } from '../types.js';

/** A source file is large from this many code lines (lines with a token: no blanks, no comment-only lines)… */
export const LARGE_FILE_CODE_LINES = 1000;
/** …or, when code lines are not known, this many lines. */
export const LARGE_FILE_LINES = 1500;
export { LONG_FUNCTION_LINES, LONG_JS_FUNCTION_LINES };

/** Schema migrations (Alembic versions, Django/Knex/Prisma migrations): generated, run once, never split. */
const MIGRATION = /(^|\/)(alembic\/versions|migrations|migrate)\//;
const LANGS = new Set(['python', 'javascript', 'typescript', 'tsx', 'bash']);

export default defineRule({
  id: 'maintainability/large-file',
  title: 'Oversized source file or function',
  category: 'maintainability',
  status: 'stable',
  since: '0.2.0',
  severity: 'info',
  confidence: 'high',
  likelihood: 'low',
  impact: 'low',
  scope: { kind: 'repo' },
  nonProduct: 'drop',
  messages: {
    file: '{lines} code lines{functions}',
    functions: '{functions}',
  },
  docs: {
    what: `Python, JS/TS and shell source files of ${thousands(LARGE_FILE_CODE_LINES)} code lines or more (lines holding code: blank and comment-only lines do not count), and functions of ${LONG_FUNCTION_LINES} code lines or more in Python, ${LONG_JS_FUNCTION_LINES} in JS/TS (signature to last line, without blank lines, comment lines and docstrings). One finding per file: its size, and its longest functions. Generated files (\`_pb2.py\`, \`*.generated.*\`, Alembic and other schema migrations, files marked \`@generated\`/"do not edit"), vendored trees, tests, examples and docs are excluded.`,
    why:
      'A module of thousands of lines, or a function of hundreds, holds several responsibilities whose state is shared implicitly; every change risks a side effect, reviews skim, tests cover the happy path only, and two people cannot work in it at once. These files are where incidents and merge conflicts concentrate, and the hotspots a hardening plan should split before adding features.',
    bad: {
      path: 'scheduler.py',
      code: `def run(jobs):\n${Array.from({ length: LONG_FUNCTION_LINES }, (_, i) => `    jobs.step(${i})`).join('\n')}\n`,
    },
    good: {
      path: 'scheduler.py',
      code: 'def run(jobs):\n    for job in jobs:\n        run_one(job)\n\n\ndef run_one(job):\n    job.step()\n',
    },
    fix: 'Split the file along its responsibilities (I/O, domain logic, orchestration) into modules with their own tests, and break long functions into named steps; add characterisation tests around the current behaviour before moving code.',
    falsePositives: `The thresholds (${thousands(LARGE_FILE_CODE_LINES)} code lines per file, ${LONG_FUNCTION_LINES} code lines per Python function, ${LONG_JS_FUNCTION_LINES} per JS/TS function) are deliberately high: a finding is a hotspot, not a style nit. Both count code only, so a long docstring (a public API documented argument by argument) or commented-out code never makes a function long. Both function limits are about 150 lines of ordinary code once blank and comment lines are added back: about a quarter of a long Python function's lines are blank or comments, and under a tenth of a long JS/TS function's (components and query builders), in the repositories this was calibrated on. Data tables, fixtures and generated code are excluded when they are named or marked as such; a large hand-written table that is not can be suppressed with the reason.`,
  },
  remediation: { effort: 'L', perExtraOccurrence: 4, perFile: 0, cap: 24, kind: 'refactor', track: 'quality' },
  check(facts) {
    const out: RepoFindingDraft[] = [];
    for (const file of facts.files) {
      if (file.context !== 'product' || !LANGS.has(file.lang) || GENERATED_PATH.test(file.path) || MIGRATION.test(file.path)) continue;
      const pf = facts.perFile.get(file.path);
      const sig = pf?.signals;
      if (sig?.flags?.includes('generated')) continue;
      const code = pf?.codeLines;
      const large = code !== undefined ? code >= LARGE_FILE_CODE_LINES : file.lines >= LARGE_FILE_LINES;
      const long = [...(sig?.longFunctions ?? [])].sort((a, b) => b[2] - a[2] || a[1] - b[1]);
      if (!large && !long.length) continue;
      const fnText = long
        .slice(0, 3)
        .map(([name, , len]) => `\`${name}\` ${len} code lines`)
        .join(', ');
      const more = long.length > 3 ? ` and ${long.length - 3} more` : '';
      out.push({
        messageId: large ? 'file' : 'functions',
        data: {
          lines: thousands(code ?? file.lines),
          functions: large ? (long.length ? `; longest functions ${fnText}${more}` : '') : `function${long.length > 1 ? 's' : ''} ${fnText}${more} (limit ${file.lang === 'python' ? LONG_FUNCTION_LINES : LONG_JS_FUNCTION_LINES} code lines)`,
        },
        path: file.path,
        range: large || !long.length ? undefined : { start: { line: long[0][1], column: 1 }, end: { line: long[0][1], column: 1 } },
        matched: `large:${file.path}`,
      });
    }
    return out;
  },
});
