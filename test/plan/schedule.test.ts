import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedule, type SchedItem } from '../../src/plan/schedule.js';

/** Random DAG: edges only from lower to higher index, so it is acyclic by construction. */
const dag = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.integer({ min: 1, max: 24 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
      fc.array(fc.constantFrom('P0', 'P1', 'P2', 'P3'), { minLength: n, maxLength: n }),
    ),
  )
  .map(([hours, tracks, pairs, prios]): SchedItem[] =>
    hours.map((h, i) => ({
      id: `IT-${String(i).padStart(2, '0')}`,
      hours: h / 2,
      track: `t${tracks[i]}`,
      priority: prios[i],
      blockedBy: [...new Set(pairs.filter(([a, b]) => a < b && b === i).map(([a]) => `IT-${String(a).padStart(2, '0')}`))],
    })),
  );

describe('scheduler properties', () => {
  it('schedules every item once, never double-books a developer, respects blockers and tracks', () => {
    fc.assert(
      fc.property(dag, fc.integer({ min: 1, max: 5 }), (items, devs) => {
        const s = schedule(items, devs, 6);
        expect(s.slots.map((x) => x.id).sort()).toEqual(items.map((i) => i.id).sort());
        const at = new Map(s.slots.map((x) => [x.id, x]));
        for (let d = 1; d <= devs; d++) {
          const mine = s.slots.filter((x) => x.developer === d).sort((a, b) => a.start - b.start);
          for (let k = 1; k < mine.length; k++) expect(mine[k].start).toBeGreaterThanOrEqual(mine[k - 1].end - 1e-9);
        }
        for (const it of items) {
          const me = at.get(it.id)!;
          expect(me.end - me.start).toBeCloseTo(it.hours);
          for (const b of it.blockedBy) expect(me.start).toBeGreaterThanOrEqual(at.get(b)!.end - 1e-9);
        }
        const owner = new Map<string, number>();
        for (const it of items) {
          const d = at.get(it.id)!.developer;
          expect(owner.get(it.track) ?? d).toBe(d);
          owner.set(it.track, d);
        }
        expect(s.calendarDays).toBe(Math.ceil(s.makespan / 6 - 1e-9));
      }),
      { numRuns: 300 },
    );
  });

  it('never gets longer with more developers', () => {
    fc.assert(
      fc.property(dag, fc.integer({ min: 1, max: 5 }), (items, devs) => {
        expect(schedule(items, devs + 1, 6).makespan).toBeLessThanOrEqual(schedule(items, devs, 6).makespan + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('is at least as long as the critical path and the work divided by developers', () => {
    fc.assert(
      fc.property(dag, fc.integer({ min: 1, max: 5 }), (items, devs) => {
        const s = schedule(items, devs, 6);
        const total = items.reduce((a, b) => a + b.hours, 0);
        expect(s.makespan + 1e-9).toBeGreaterThanOrEqual(s.criticalPathHours);
        expect(s.makespan + 1e-9).toBeGreaterThanOrEqual(total / devs);
        // the critical path is a chain of real dependencies
        for (let k = 1; k < s.criticalPath.length; k++) {
          expect(items.find((i) => i.id === s.criticalPath[k])!.blockedBy).toContain(s.criticalPath[k - 1]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(dag, (items) => {
        expect(schedule(items, 3, 6)).toEqual(schedule([...items].reverse(), 3, 6));
      }),
      { numRuns: 100 },
    );
  });

  it('one developer works the total hours without idling', () => {
    const items: SchedItem[] = [
      { id: 'A', hours: 4, track: 'x', blockedBy: [] },
      { id: 'B', hours: 2, track: 'y', blockedBy: ['A'] },
      { id: 'C', hours: 3, track: 'z', blockedBy: [] },
    ];
    const s = schedule(items, 1, 6);
    expect(s.makespan).toBe(9);
    expect(s.calendarDays).toBe(2);
    expect(s.criticalPath).toEqual(['A', 'B']);
    expect(s.days[0][0]).toEqual(['A', 'C']);
  });

  it('rejects unknown blockers and bad options', () => {
    expect(() => schedule([{ id: 'A', hours: 1, track: 'x', blockedBy: ['Z'] }], 1, 6)).toThrow(/unknown item Z/);
    expect(() => schedule([], 0, 6)).toThrow();
    expect(() => schedule([], 1, 0)).toThrow();
  });
});
