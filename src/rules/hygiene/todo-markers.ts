import { defineRule } from '../define.js';
import type { FindingDraft, Lang } from '../types.js';
import { lineRange } from '../../parse/position.js';

/** An upper-case marker word at the start of a comment's text (after the comment syntax), then `:`, `(` or a space. */
const MARKER = /^(TODO|FIXME|XXX|HACK)\b(?=[\s:(!-]|$)/;
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
  prefilter: ['TODO', 'FIXME', 'XXX', 'HACK'],
  nonProduct: 'drop',
  messages: {
    markers: '{count} {what} marker{s} in comments (first: "{first}")',
  },
  docs: {
    what: '`TODO`, `FIXME`, `XXX` and `HACK` at the start of a comment (upper case), one finding per file with the count and the first one.',
    why: 'Markers are known, unfinished work that nobody tracks: they never show in a backlog or an estimate, and the ones in error paths ("TODO: retry", "FIXME: handle timeout") are exactly where production breaks. Turning them into issues makes them visible and plannable.',
    bad: { path: 'monitor.py', code: 'def poll():\n    # TODO: debounce, the line flaps at every shift change\n    return read()\n' },
    good: { path: 'monitor.py', code: 'def poll():\n    # Debounced upstream since #142.\n    return read()\n' },
    fix: 'File each marker as an issue (or do it), then delete the comment or replace it with a link to the issue.',
    falsePositives:
      'Only upper-case markers that start a comment count: `todo` in prose, `self.todo_list`, a string containing "TODO" and `XXXX` placeholders are not reported. Tests, examples and docs are not scanned for markers.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.1, perFile: 0.05, cap: 8, kind: 'process', track: 'quality' },
  check(input) {
    const prefix = SLASH.includes(input.lang) ? /^\s*(?:\/\/+|\/\*+|\*+)\s*/ : /^\s*#+\s*/;
    const marks: Array<{ line: number; col: number; word: string; text: string }> = [];
    input.lines.forEach((text, i) => {
      const p = prefix.exec(text);
      const rest = p ? text.slice(p[0].length) : trailingComment(text, input.lang);
      if (rest === undefined) return;
      const m = MARKER.exec(rest);
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

/** A comment after code on the same line: ` # TODO …` (hash languages) or ` // TODO …`. */
function trailingComment(text: string, lang: Lang): string | undefined {
  const m = (SLASH.includes(lang) ? /\s\/\/\s*(.*)$/ : /\s#\s*(.*)$/).exec(text);
  return m ? m[1] : undefined;
}
