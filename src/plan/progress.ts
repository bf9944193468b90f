/**
 * Progress of the plan across recorded scans (`harden status`, SPEC §6). The plan to measure against is the
 * one recorded with the baseline scan (the first, or `--since`); a finding is the same finding in two scans
 * when its fingerprint matches. A work item is resolved when none of its baseline findings remains, in
 * progress when some are gone, open when all remain.
 */
import { PHASE_NAMES } from './catalog.js';
import { METRICS } from './metrics.js';
import { controlProgress, openControlFingerprints, type ControlProgress, type ControlState } from '../readiness/progress.js';

export interface SnapshotFinding {
  fingerprint: string;
  ruleId: string;
  severity: string;
  path: string;
  line: number;
  message: string;
}

export interface SnapshotItem {
  id: string;
  title: string;
  phase: number;
  priority: string;
  hours: number;
  rules: string[];
  fingerprints: string[];
}

export interface Snapshot {
  id: number;
  recordedAt: string;
  findings: SnapshotFinding[];
  items: SnapshotItem[];
  metrics: Record<string, number>;
  /** Readiness control states (absent for scans recorded before the checklist existed). */
  controls?: Record<string, ControlState>;
}

export type ItemState = 'open' | 'in progress' | 'resolved';

export interface Progress {
  baseline: { id: number; recordedAt: string };
  latest: { id: number; recordedAt: string };
  previous?: { id: number; recordedAt: string };
  phases: Array<{ phase: number; name: string; items: number; itemsResolved: number; findings: number; findingsFixed: number }>;
  items: Array<{
    id: string;
    title: string;
    phase: number;
    priority: string;
    hours: number;
    state: ItemState;
    findings: number;
    remaining: number;
    /** The rules the item resolves. */
    rules: string[];
    /** The fingerprints of the baseline findings the item tracks, and those of them still present. */
    fingerprints: string[];
    remainingFingerprints: string[];
  }>;
  metrics: Array<{ key: string; label: string; before: number | undefined; after: number | undefined; better: 'lower' | 'higher' }>;
  /** Findings of the latest scan that the previous scan did not have (regressions or new code). */
  newSinceLast: SnapshotFinding[];
  fixedSinceLast: number;
  /** Findings of the latest scan that the baseline did not have. */
  newSinceBaseline: number;
  hoursDone: number;
  hoursTotal: number;
  /** Readiness controls per phase and the controls that changed since the baseline (when recorded). */
  controls?: ControlProgress;
}

export function computeProgress(baseline: Snapshot, latest: Snapshot, previous?: Snapshot): Progress {
  const now = new Set(latest.findings.map((f) => f.fingerprint));
  // Items planned from missing controls stay open while the control is not done (unknown: still open).
  const controlFps = latest.controls ? openControlFingerprints(latest.controls) : baseline.items.flatMap((i) => i.fingerprints.filter((fp) => fp.startsWith('control:')));
  for (const fp of controlFps) now.add(fp);
  const items = baseline.items.map((it) => {
    const left = it.fingerprints.filter((fp) => now.has(fp));
    const remaining = left.length;
    const state: ItemState = remaining === 0 ? 'resolved' : remaining < it.fingerprints.length ? 'in progress' : 'open';
    return {
      id: it.id,
      title: it.title,
      phase: it.phase,
      priority: it.priority,
      hours: it.hours,
      state,
      findings: it.fingerprints.length,
      remaining,
      rules: [...it.rules],
      fingerprints: [...it.fingerprints],
      remainingFingerprints: left,
    };
  });
  const phases = [...new Set(items.map((i) => i.phase))]
    .sort((a, b) => a - b)
    .map((phase) => {
      const ps = items.filter((i) => i.phase === phase);
      return {
        phase,
        name: PHASE_NAMES[phase] ?? `Phase ${phase}`,
        items: ps.length,
        itemsResolved: ps.filter((i) => i.state === 'resolved').length,
        findings: ps.reduce((n, i) => n + i.findings, 0),
        findingsFixed: ps.reduce((n, i) => n + i.findings - i.remaining, 0),
      };
    });
  const before = new Set(baseline.findings.map((f) => f.fingerprint));
  const prev = previous ? new Set(previous.findings.map((f) => f.fingerprint)) : undefined;
  // Hours done: resolved items in full, items in progress in proportion to the findings fixed.
  const hoursDone = items.reduce((h, i) => h + (i.findings ? (i.hours * (i.findings - i.remaining)) / i.findings : 0), 0);
  return {
    baseline: { id: baseline.id, recordedAt: baseline.recordedAt },
    latest: { id: latest.id, recordedAt: latest.recordedAt },
    previous: previous ? { id: previous.id, recordedAt: previous.recordedAt } : undefined,
    phases,
    items,
    metrics: METRICS.map((m) => ({ ...m, before: baseline.metrics[m.key], after: latest.metrics[m.key] })),
    newSinceLast: prev ? latest.findings.filter((f) => !prev.has(f.fingerprint)) : [],
    fixedSinceLast: previous && prev ? previous.findings.filter((f) => !now.has(f.fingerprint)).length : 0,
    newSinceBaseline: latest.findings.filter((f) => !before.has(f.fingerprint)).length,
    hoursDone: Math.round(hoursDone * 10) / 10,
    hoursTotal: items.reduce((h, i) => h + i.hours, 0),
    ...(latest.controls && Object.keys(latest.controls).length ? { controls: controlProgress(baseline.controls, latest.controls) } : {}),
  };
}
