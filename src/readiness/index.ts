/**
 * The readiness checklist (SPEC §8): evaluates every control over the scan's facts and findings, enforces
 * agreement with the rules about the same thing, and rolls the controls up into phases.
 *
 * Agreement: a control is never `done` (nor `n/a`) while a rule about the same thing has findings in product
 * code — it is `partial` (evidence, plus what the findings say is missing) or `missing`, and lists those
 * findings. Findings in tests, examples and docs do not contradict a control.
 */
import { PHASE_NAMES, type Phase } from '../plan/catalog.js';
import type { Finding, RepoFactsView } from '../rules/types.js';
import { buildContext } from './context.js';
import { DATA_CONTROLS } from './controls/data.js';
import { DELIVERY_CONTROLS } from './controls/delivery.js';
import { HYGIENE_CONTROLS } from './controls/hygiene.js';
import { OBSERVABILITY_CONTROLS } from './controls/observability.js';
import { RELIABILITY_CONTROLS } from './controls/reliability.js';
import { SECURITY_CONTROLS } from './controls/security.js';
import { AREA_PHASE, type Control, type ControlResult, type PhaseReadiness, type PhaseState, type Readiness, type Verdict } from './types.js';

export type * from './types.js';
export { AREA_PHASE } from './types.js';

export const ALL_CONTROLS: readonly Control[] = [
  ...SECURITY_CONTROLS,
  ...RELIABILITY_CONTROLS,
  ...OBSERVABILITY_CONTROLS,
  ...DATA_CONTROLS,
  ...DELIVERY_CONTROLS,
  ...HYGIENE_CONTROLS,
];

const ruleIdOf = (r: NonNullable<Control['rules']>[number]) => (typeof r === 'string' ? r : r.id);

/** Evaluates the checklist. `ruleIds`: the rules of the scan (a control whose rules did not run is still evaluated). */
export function evaluateReadiness(input: { facts: RepoFactsView; findings: readonly Finding[]; rules?: ReadonlyArray<{ id: string }> }): Readiness {
  const ctx = buildContext(input.facts, input.findings);
  const known = input.rules ? new Set(input.rules.map((r) => r.id)) : undefined;
  const controls = ALL_CONTROLS.map((c): ControlResult => {
    let v: Verdict;
    try {
      v = c.evaluate(ctx);
    } catch (e) {
      v = { status: 'missing', missing: `control crashed: ${(e as Error).message}` };
    }
    // Findings in tests, examples and docs do not speak about what production has.
    const contra = c.rules?.length ? ctx.findingsOf(c.rules).filter((f) => (f.context ?? 'product') === 'product') : [];
    const hasRule = Boolean(c.rules?.some((r) => !known || known.has(ruleIdOf(r))));
    if (contra.length) {
      const rules = [...new Set(contra.map((f) => f.ruleId))].join(', ');
      const say = `${contra.length} finding${contra.length === 1 ? '' : 's'} of ${rules}`;
      if (v.status === 'done') v = { status: 'partial', evidence: v.evidence, missing: say };
      else if (v.status === 'n/a') v = { status: 'missing', missing: say };
      else if (v.status === 'partial') v = { ...v, missing: `${v.missing}; ${say}` };
    }
    return {
      id: c.id,
      area: c.area,
      phase: AREA_PHASE[c.area],
      title: c.title,
      status: v.status,
      evidence: v.status === 'done' || v.status === 'partial' ? v.evidence : [],
      missing: v.status === 'partial' || v.status === 'missing' ? v.missing : undefined,
      why: v.status === 'n/a' ? v.why : undefined,
      contradictedBy: v.status === 'missing' || v.status === 'partial' ? contra.slice(0, 10).map((f) => ({ ruleId: f.ruleId, path: f.path, line: f.line, fingerprint: f.fingerprint })) : [],
      hasRule,
    };
  });
  const phases = phasesOf(controls);
  const applicable = controls.filter((c) => c.status !== 'n/a');
  const controlScore = applicable.length ? Math.round((100 * applicable.reduce((s, c) => s + credit(c.status), 0)) / applicable.length) : 100;
  return { controls, phases, profile: ctx.app, controlScore };
}

export function credit(status: ControlResult['status']): number {
  return status === 'done' ? 1 : status === 'partial' ? 0.5 : 0;
}

/** complete: every applicable control done; not started: none done or partial; otherwise in progress. */
export function phaseState(statuses: readonly ControlResult['status'][]): PhaseState {
  const app = statuses.filter((s) => s !== 'n/a');
  if (!app.length) return 'not applicable';
  if (app.every((s) => s === 'done')) return 'complete';
  if (app.every((s) => s === 'missing')) return 'not started';
  return 'in progress';
}

export function phasesOf(controls: readonly Pick<ControlResult, 'phase' | 'status'>[]): PhaseReadiness[] {
  const phases = [...new Set(controls.map((c) => c.phase))].sort((a, b) => a - b) as Phase[];
  return phases.map((phase) => {
    const list = controls.filter((c) => c.phase === phase);
    const app = list.filter((c) => c.status !== 'n/a');
    return {
      phase,
      name: PHASE_NAMES[phase],
      state: phaseState(list.map((c) => c.status)),
      done: list.filter((c) => c.status === 'done').length,
      partial: list.filter((c) => c.status === 'partial').length,
      missing: list.filter((c) => c.status === 'missing').length,
      notApplicable: list.length - app.length,
      percent: app.length ? Math.round((100 * app.reduce((s, c) => s + credit(c.status), 0)) / app.length) : 100,
    };
  });
}
