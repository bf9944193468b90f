import { defineRule } from '../define.js';
import type { FindingDraft, Lang } from '../types.js';
import { lineRange } from '../../parse/position.js';

/** An upper-case marker word at the start of a comment's text (after the comment syntax), then `:`, `(` or a space. */
const MARKER = /^(TODO|FIXME|XXX|HACK)\b(?=[\s:(!-]|$)/;
/**
 * Other spellings (`ToDo`, `Fixme:`, `todo(ops):`, `FixMe`): any case, but only when the word cannot be prose —
 * a spelling with an inner capital (`ToDo`, `FixMe`), or a marker punctuation right after it (`:`, `(`, `!`,
 * ` -`). `xxx` in lower case is never a marker (placeholders, not notes).
 */
const MARKER_ANY_CASE = /^(to-?do|fix-?me|hack)\b(?=\s*[:(!]|\s+-\s|$)|^(To[Dd]o|Fix[Mm]e)\b/i;
const INNER_CAPITAL = /^(To[Dd]o|Fix[Mm]e)$/;
/** Comment syntaxes by language: line prefixes; the rest of the line after the prefix is the comment's text. */
const HASH: readonly Lang[] = ['python', 'bash', 'yaml', 'dockerfile', 'toml', 'ini', 'env', 'systemd', 'crontab', 'text'];
const SLASH: readonly Lang[] = ['javascript', 'typescript', 'tsx', 'groovy'];

export default defineRule({
  id: 'hygiene/todo-markers',
  title: 'TODO/FIXME markers left in code',
  category: 'hygiene',
  status: 'stable',
  since: '0.1.0',
  severity: 'info',
  confidence: 'high',
  likelihood: 'low',
  impact: 'low',
  scope: { kind: 'file', languages: [...HASH, ...SLASH] },
  prefilter: /todo|fixme|fix-me|XXX|hack/i,
  nonProduct: 'drop',
  messages: {
    markers: '{count} {what} marker{s} in comments (first: "{first}")',
  },
  docs: {
    what: '`TODO`, `FIXME`, `XXX` and `HACK` at the start of a comment, one finding per file with the count and the first one. Other spellings count too (`ToDo`, `FixMe`, `Fixme:`, `todo(ops):`, `hack -`).',
    why: 'Markers are known, unfinished work that nobody tracks: they never show in a backlog or an estimate, and the ones in error paths ("TODO: retry", "FIXME: handle timeout") are exactly where production breaks. Turning them into issues makes them visible and plannable.',
    bad: { path: 'monitor.py', code: 'def poll():\n    # TODO: debounce, the line flaps at every shift change\n    return read()\n' },
    good: { path: 'monitor.py', code: 'def poll():\n    # Debounced upstream since #142.\n    return read()\n' },
    fix: 'File each marker as an issue (or do it), then delete the comment or replace it with a link to the issue.',
    falsePositives:
      'Only markers that start a comment count. In upper case the word alone is enough; in other cases it needs marker punctuation (`Todo:`, `fixme(ops)`, `hack - …`) or an inner capital (`ToDo`, `FixMe`), so `# todo list of the UI` and `# Hack week results` (prose) are not reported, nor lower-case `xxx`. `self.todo_list`, a string containing "TODO" and `XXXX` placeholders are not reported. Tests, examples and docs are not scanned for markers.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.1, perFile: 0.05, cap: 8, kind: 'process', track: 'quality' },
  check(input) {
    const prefix = SLASH.includes(input.lang) ? /^\s*(?:\/\/+|\/\*+|\*+)\s*/ : /^\s*#+\s*/;
    const marks: Array<{ line: number; col: number; word: string; text: string }> = [];
    input.lines.forEach((text, i) => {
      const p = prefix.exec(text);
      const rest = p ? text.slice(p[0].length) : trailingComment(text, input.lang);
      if (rest === undefined) return;
      const m = MARKER.exec(rest) ?? anyCase(rest);
      if (!m) return;
      marks.push({ line: i + 1, col: text.indexOf(rest), word: m[1], text: rest.replace(/\s*(\*\/|-->)\s*$/, '').trim() });
    });
    if (!marks.length) return [];
    const words = [...new Set(marks.map((m) => m.word))];
    const first = marks[0];
    const draft: FindingDraft = {
      messageId: 'markers',
      data: { count: String(marks.length), what: words.join('/'), s: marks.length === 1 ? '' : 's', first: first.text.length > 80 ? `${first.text.slice(0, 79)}…` : first.text },
      range: lineRange(first.line, first.col, first.col + first.word.length),
      matched: `markers:${input.path}`,
    };
    return [draft];
  },
});

/** A marker in another case than upper (`ToDo:`, `Fixme(ops)`, `FixMe`), normalised to upper case for the message. */
function anyCase(rest: string): [string, string] | null {
  const m = MARKER_ANY_CASE.exec(rest);
  if (!m) return null;
  const word = m[1] ?? m[2];
  if (!m[1] && !INNER_CAPITAL.test(word)) return null;
  return [m[0], word.replace(/-/g, '').toUpperCase()];
}

/** A comment after code on the same line: ` # TODO …` (hash languages) or ` // TODO …`. */
function trailingComment(text: string, lang: Lang): string | undefined {
  const m = (SLASH.includes(lang) ? /\s\/\/\s*(.*)$/ : /\s#\s*(.*)$/).exec(text);
  return m ? m[1] : undefined;
}
