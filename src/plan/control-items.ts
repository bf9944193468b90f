/**
 * Missing controls → work items (SPEC §8): a control of the readiness checklist that is missing and has no
 * rule behind it (no rule of the scan covers the same ground, so no finding will ever plan the work) becomes
 * a work item of the control's phase, with the control's effort (hours, track), its fix as the scope of work
 * and its dependencies: on the items of the controls it depends on, or — when such a control is covered by
 * a rule — on that rule's item. Partial controls are not planned here: what is half done is either covered
 * by a rule's findings or named in the checklist.
 *
 * The item tracks the pseudo-fingerprint `control:<id>`: `harden status` counts it open while the control
 * is not done in the latest scan (plan/progress.ts).
 */
import type { Control, ControlResult } from '../readiness/types.js';
import type { Phase, Priority } from './catalog.js';
import { sizeOf } from './effort.js';
import type { Dependency, WorkItem } from './work-items.js';

export const CONTROL_FINGERPRINT_PREFIX = 'control:';

const PRIORITY: Record<Control['area'], Priority> = { security: 'P1', reliability: 'P2', data: 'P2', observability: 'P2', delivery: 'P2', hygiene: 'P3' };

/** Work items for the missing controls without a rule, given the items already planned from findings. */
export function controlItems(controls: readonly ControlResult[], catalogue: readonly Control[], ruleItems: readonly WorkItem[]): WorkItem[] {
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const planned = controls.filter((c) => c.status === 'missing' && !c.hasRule && byId.has(c.id));
  const ids = new Map(planned.map((c) => [c.id, `CTL-${String(catalogue.findIndex((x) => x.id === c.id) + 1).padStart(2, '0')}`]));
  return planned.map((r): WorkItem => {
    const c = byId.get(r.id)!;
    const blockedBy: Dependency[] = [];
    for (const dep of c.dependsOn ?? []) {
      const depState = controls.find((x) => x.id === dep);
      if (!depState || depState.status === 'done' || depState.status === 'n/a') continue;
      const own = ids.get(dep);
      if (own) {
        blockedBy.push({ id: own, reason: `${dep} comes first`, source: 'kb' });
        continue;
      }
      const depRules = (byId.get(dep)?.rules ?? []).map((x) => (typeof x === 'string' ? x : x.id));
      const item = ruleItems.find((it) => it.rules.some((id) => depRules.includes(id)));
      if (item) blockedBy.push({ id: item.id, reason: `${dep} comes first (${item.rules.join(', ')})`, source: 'kb' });
    }
    const hours = c.effort.hours;
    return {
      id: ids.get(r.id)!,
      title: `Add: ${c.title}`,
      phase: r.phase as Phase,
      ownPhase: r.phase as Phase,
      priority: PRIORITY[c.area],
      severity: 'medium',
      rules: [],
      control: c.id,
      counts: { findings: 0, occurrences: 0, files: 0, components: 0, inCopies: 0, effectiveOccurrences: 0, effectiveFiles: 0 },
      topLocations: [],
      names: [],
      steps: [c.docs.fix, `Done when \`harden readiness\` shows ${c.id} as done (${c.docs.detects.replace(/\.$/, '')}).`],
      testCases: 1,
      hours,
      size: sizeOf(hours),
      track: c.effort.track,
      blockedBy: blockedBy.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      successCriterion: `harden readiness --format json shows ${c.id} done`,
      files: [],
      fingerprints: [`${CONTROL_FINGERPRINT_PREFIX}${c.id}`],
    };
  });
}
