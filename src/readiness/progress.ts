/**
 * Controls across recorded scans (`harden status`): per phase the share of applicable controls in place at
 * the baseline and now, and every control whose status changed (missing → done …).
 */
import { PHASE_NAMES, type Phase } from '../plan/catalog.js';
import { credit, phaseState } from './index.js';
import type { ControlStatus, PhaseState } from './types.js';

export interface ControlState {
  phase: number;
  status: ControlStatus;
  evidence?: string;
}

export interface ControlProgress {
  phases: Array<{ phase: number; name: string; before: number; after: number; state: PhaseState; done: number; applicable: number }>;
  changed: Array<{ id: string; phase: number; before: ControlStatus | 'unknown'; after: ControlStatus; evidence?: string }>;
}

const percent = (list: ControlState[]) => {
  const app = list.filter((c) => c.status !== 'n/a');
  return app.length ? Math.round((100 * app.reduce((s, c) => s + credit(c.status), 0)) / app.length) : 100;
};

export function controlProgress(baseline: Record<string, ControlState> | undefined, latest: Record<string, ControlState>): ControlProgress {
  const before = baseline ?? {};
  const phases = [...new Set(Object.values(latest).map((c) => c.phase))].sort((a, b) => a - b);
  return {
    phases: phases.map((phase) => {
      const now = Object.values(latest).filter((c) => c.phase === phase);
      const then = Object.values(before).filter((c) => c.phase === phase);
      return {
        phase,
        name: PHASE_NAMES[phase as Phase] ?? `Phase ${phase}`,
        before: then.length ? percent(then) : 0,
        after: percent(now),
        state: phaseState(now.map((c) => c.status)),
        done: now.filter((c) => c.status === 'done').length,
        applicable: now.filter((c) => c.status !== 'n/a').length,
      };
    }),
    changed: Object.entries(latest)
      .filter(([id, c]) => before[id]?.status !== c.status && (baseline !== undefined || c.status !== 'n/a'))
      .map(([id, c]) => ({ id, phase: c.phase, before: before[id]?.status ?? ('unknown' as const), after: c.status, ...(c.evidence ? { evidence: c.evidence } : {}) }))
      .sort((a, b) => a.phase - b.phase || (a.id < b.id ? -1 : 1)),
  };
}

/** Pseudo-fingerprints (`control:<id>`) of the controls not done now: the control work items they keep open. */
export function openControlFingerprints(latest: Record<string, ControlState> | undefined): string[] {
  return Object.entries(latest ?? {})
    .filter(([, c]) => c.status === 'missing' || c.status === 'partial')
    .map(([id]) => `control:${id}`);
}
