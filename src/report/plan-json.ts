/**
 * The plan as JSON (contract): {developers, hoursPerDay, calendarDays, criticalPath, items[...]} where each
 * item carries id, title, phase, priority, hours, size, track, rules, blockedBy, developer (1..N), start and
 * end (working hours from the plan start), findings (count) and the rest of the work item.
 */
import type { Plan } from '../plan/index.js';
import { printableJson } from '../engine/printable.js';

export interface PlanJsonOptions {
  /** Indentation (default 2). */
  indent?: number;
}

function renderPlanJsonUnguarded(plan: Plan, opts: PlanJsonOptions = {}): string {
  return JSON.stringify(planToJson(plan), null, opts.indent ?? 2) + '\n';
}

export function planToJson(plan: Plan) {
  const slots = new Map(plan.schedule.slots.map((s) => [s.id, s]));
  return {
    developers: plan.developers,
    developersUsed: plan.schedule.developersUsed,
    hoursPerDay: plan.hoursPerDay,
    calendarDays: plan.schedule.calendarDays,
    totalHours: plan.totalHours,
    criticalPath: plan.schedule.criticalPath,
    criticalPathHours: plan.schedule.criticalPathHours,
    phases: plan.phases,
    items: plan.items.map((it) => {
      const s = slots.get(it.id)!;
      return {
        id: it.id,
        title: it.title,
        phase: it.phase,
        priority: it.priority,
        severity: it.severity,
        hours: it.hours,
        size: it.size,
        track: it.track,
        rules: it.rules,
        component: it.component ?? null,
        blockedBy: it.blockedBy.map((b) => b.id),
        blockedByReasons: it.blockedBy.map((b) => ({ id: b.id, reason: b.reason })),
        developer: s.developer,
        start: s.start,
        end: s.end,
        findings: it.counts.findings,
        occurrences: it.counts.occurrences,
        files: it.counts.files,
        distinct: it.distinct ?? null,
        inCopies: it.counts.inCopies,
        effectiveOccurrences: it.counts.effectiveOccurrences,
        effectiveFiles: it.counts.effectiveFiles,
        consolidation: it.consolidation ?? null,
        topLocations: it.topLocations,
        names: it.names,
        steps: it.steps,
        testCases: it.testCases,
        successCriterion: it.successCriterion,
      };
    }),
    edges: plan.edges,
    skippedEdges: plan.skippedEdges,
  };
}

/** renderPlanJson, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderPlanJson(plan: Plan, opts: PlanJsonOptions = {}): string {
  return printableJson(renderPlanJsonUnguarded(plan, opts));
}
