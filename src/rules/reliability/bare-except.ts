import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg } from '../../parse/position.js';
import { acknowledgedByPeer } from './_peer-acknowledged.js';
import { inDestructor, isTrivialPython } from './swallowed-exception/handlers.js';

/** The text pre-filter, shared with the rule's candidate queries (parse/candidates.ts). */
const PREFILTER: readonly string[] = ['except'];

const EXCEPT_CLAUSES = candidateQuery(['python'], { kind: 'except_clause' }, { when: PREFILTER });

export default defineRule({
  id: 'reliability/bare-except',
  title: 'Bare except clause',
  category: 'reliability',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  cwe: ['CWE-396'],
  scope: { kind: 'file', languages: ['python'] },
  prefilter: PREFILTER,
  messages: {
    bare: 'bare `except:` catches SystemExit and KeyboardInterrupt too',
    reraise: 'bare `except:` that re-raises: write `except BaseException:` (or `finally:`) to say it catches everything on purpose',
  },
  docs: {
    what: 'An `except:` clause with no exception type.',
    why: 'A bare except catches everything, including `SystemExit`, `KeyboardInterrupt` and `GeneratorExit`: a service cannot be stopped cleanly, and programming errors (NameError, TypeError) are handled as if they were expected failures.',
    bad: { path: 'worker.py', code: 'try:\n    level = load_level()\nexcept:\n    level = "DEBUG"\n' },
    good: { path: 'worker.py', code: 'try:\n    level = load_level()\nexcept (KeyError, ValueError):\n    level = "DEBUG"\n' },
    fix: 'Catch the exceptions the code expects (`except (KeyError, ValueError):`), or at most `except Exception:` and log it.',
    falsePositives: 'A bare except whose body only passes, continues or returns (`except: pass`) is reported once, by `reliability/swallowed-exception` (one defect, one finding), except in a `__del__` method. `except Exception:` and `except BaseException:` are explicit and not reported; a bare except that re-raises (`raise`) is an info notice with low confidence and a message saying so: nothing is swallowed, only the type is missing (ruff\'s E722 does not report it at all). A bare except whose line carries another linter\'s suppression of it (`# pylint: disable=bare-except`, `# noqa: E722`) is an info notice.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.15, perFile: 0.1, cap: 12, kind: 'mechanical', track: 'resilience' },
  check(input) {
    if (!input.root) return [];
    return candidates(input, EXCEPT_CLAUSES)
      .filter((n) => {
        // A caught type ('value' field) comes before the block: one field read drops the typed handlers.
        if (n.field('value')) return false;
        // An except_clause's first named child is the type expression, unless it is the block itself.
        const first = n.children().find((c) => c.isNamed() && c.kind() !== 'comment');
        if (first && first.kind() !== 'block') return false;
        // One defect, one finding: `except: pass` is reported by reliability/swallowed-exception, whose message
        // says it is bare (it skips destructors, so those stay here).
        const body = first?.children().filter((c) => c.isNamed() && c.kind() !== 'comment') ?? [];
        return !(body.length && body.every(isTrivialPython) && !inDestructor(n));
      })
      .map((n) => {
        const r = fromSg(n.range());
        // `except: cleanup(); raise` hands every exception on: only the missing type is wrong (low confidence).
        const reraises = n.findAll({ rule: { kind: 'raise_statement' } }).some((x) => !x.children().some((c) => c.isNamed()) && !x.ancestors().some((a) => a.kind() === 'function_definition' && a.range().start.index > n.range().start.index));
        const range = { start: r.start, end: { line: r.start.line, column: r.start.column + 7 } };
        // Accepted for another linter on the line (`# pylint: disable=bare-except`, `# noqa: E722`): an info notice.
        const ack = acknowledgedByPeer(input.lines, r.start.line) ? { severity: 'info' as const, confidence: 'low' as const } : {};
        // Nothing is swallowed when the handler re-raises (ruff's E722 does not report it either): a style notice.
        return reraises ? { messageId: 'reraise', range, matched: 'except:', confidence: 'low' as const, severity: 'info' as const } : { messageId: 'bare', range, matched: 'except:', ...ack };
      });
  },
});
