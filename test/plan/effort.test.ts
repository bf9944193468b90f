import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALIBRATION, ourHours } from '../../src/plan/calibration.js';
import { CopyIndex, countFindings, estimate, hoursFor, sizeOf } from '../../src/plan/effort.js';
import { duplicated, finding } from './helpers.js';

describe('effort model', () => {
  it('maps hours to sizes at the documented boundaries', () => {
    expect([0.5, 1, 3, 3.5, 6, 6.5, 12, 12.5].map(sizeOf)).toEqual(['XS', 'S', 'S', 'M', 'M', 'L', 'L', 'XL']);
  });

  it('adds per-occurrence and per-file hours and caps them', () => {
    const p = { base: 2, perOccurrence: 0.5, perFile: 1, cap: 10 };
    expect(hoursFor(p, 1, 1)).toBe(2);
    expect(hoursFor(p, 3, 2)).toBe(4);
    expect(hoursFor(p, 100, 100)).toBe(10);
  });

  it('counts a finding inside copies once per distinct copied file', () => {
    const copies = ['a/utils/Icache', 'b/utils/Icache', 'c/lib/Icache'];
    const fs = [
      duplicated(copies),
      ...copies.flatMap((c) => [finding('security/code-eval', `${c}/read.py`, 18), finding('security/code-eval', `${c}/write.py`, 9)]),
      finding('security/code-eval', 'a/main.py', 3),
    ];
    const idx = new CopyIndex(fs);
    const c = countFindings(fs.filter((f) => f.ruleId === 'security/code-eval'), idx);
    expect(c).toMatchObject({ occurrences: 7, files: 7, inCopies: 6, effectiveOccurrences: 3, effectiveFiles: 3 });
    const e = estimate('security/code-eval', c);
    expect(e.before).toBeGreaterThan(e.after);
  });

  it('puts a path in the innermost of nested copies', () => {
    const idx = new CopyIndex([duplicated(['s1/Ilog', 's2/Ilog']), duplicated(['s1/Ilog/utils/Icache', 's3/Icache'])]);
    expect(idx.collapsedKey('s1/Ilog/utils/Icache/r.py')).toBe(idx.collapsedKey('s3/Icache/r.py'));
    expect(idx.collapsedKey('s1/Ilog/log.py')).toBe(idx.collapsedKey('s2/Ilog/log.py'));
    expect(idx.collapsedKey('s1/other.py')).toBe('s1/other.py');
  });

  describe('calibration against the examples (within ×1.5 of their hours, or the same size)', () => {
    for (const c of CALIBRATION) {
      it(`${c.source} ${c.item} (${c.rule}, ${c.theirCount})`, () => {
        const ours = ourHours(c);
        if (c.theirHours !== undefined) {
          expect(ours / c.theirHours).toBeLessThanOrEqual(1.5);
          expect(c.theirHours / ours).toBeLessThanOrEqual(1.5);
        } else {
          expect(sizeOf(ours)).toBe(c.theirSize);
        }
      });
    }
  });

  it('docs/effort-model.md shows the current calibration table', () => {
    const doc = readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'effort-model.md'), 'utf8');
    for (const c of CALIBRATION) {
      const row = doc.split('\n').find((l) => l.includes(`| ${c.item} | \`${c.rule}\``));
      expect(row, c.item).toBeDefined();
      expect(row).toContain(`| ${ourHours(c)} h (${sizeOf(ourHours(c))}) |`);
    }
  });
});
