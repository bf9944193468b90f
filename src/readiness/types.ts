/**
 * The readiness checklist (SPEC §8): controls a production system has, each defined like a rule and
 * evaluated from positive evidence over the facts the scan already built.
 */
import type { Phase } from '../plan/catalog.js';
import type { Finding, RepoFactsView } from '../rules/types.js';

export type ControlArea = 'security' | 'reliability' | 'observability' | 'data' | 'delivery' | 'hygiene';
export type ControlStatus = 'done' | 'partial' | 'missing' | 'n/a';
export type PhaseState = 'complete' | 'in progress' | 'not started' | 'not applicable';

/** The plan phase each area's controls belong to (src/plan/catalog.ts PHASE_NAMES). */
export const AREA_PHASE: Record<ControlArea, Phase> = {
  security: 1,
  reliability: 2,
  observability: 3,
  data: 4,
  delivery: 5,
  hygiene: 6,
};

export interface Evidence {
  path: string;
  /** 1-based; 0 when the evidence is the file itself. */
  line: number;
  /** What was seen there (a signal name, a CI step, a setting): our words, never repository text. */
  what: string;
}

export type Verdict =
  | { status: 'done'; evidence: Evidence[] }
  | { status: 'partial'; evidence: Evidence[]; missing: string }
  | { status: 'missing'; missing?: string }
  | { status: 'n/a'; why: string };

/** A rule about the same thing as a control: all its findings, or those whose message matches. */
export type RuleRef = string | { id: string; message: RegExp };

export interface Control {
  /** `area/kebab-name`. */
  id: string;
  area: ControlArea;
  title: string;
  docs: {
    why: string;
    /** How it is detected (positive evidence). */
    detects: string;
    /** What counts as partial. */
    partial: string;
    /** When it is not applicable. */
    notApplicable: string;
    /** What to do when it is missing. */
    fix: string;
  };
  /** Rules about the same thing: their findings contradict `done` (the engine enforces agreement). */
  rules?: readonly RuleRef[];
  /** Work item when missing and no rule covers it: hours and track (src/plan/control-items.ts). */
  effort: { hours: number; track: string };
  /** Controls that must be in place first (plan dependencies). */
  dependsOn?: readonly string[];
  evaluate(ctx: ReadinessContext): Verdict;
}

export interface ReadinessContext {
  facts: RepoFactsView;
  findings: readonly Finding[];
  /** Evidence of a signal (src/readiness/signals.ts) in files of the given contexts (default: product). */
  signal(id: string, opts?: { contexts?: readonly string[]; limit?: number }): Evidence[];
  /** Files whose path matches (analysed or not), evidence at line 0. */
  files(re: RegExp, what: string): Evidence[];
  /** Findings of the given rules (unsuppressed). */
  findingsOf(rules: readonly RuleRef[]): Finding[];
  app: AppProfile;
}

/** What the repository is, deciding which controls apply. */
export interface AppProfile {
  /** Product source code (Python, JS/TS). */
  code: boolean;
  webApi: boolean;
  database: boolean;
  containers: boolean;
  /** Something is deployed or run as a service (containers, k8s, systemd, a web API, a deploy step). */
  deployable: boolean;
  outboundHttp: boolean;
  jobs: boolean;
  auth: boolean;
  /** Evidence of each flag, for the N/A reasons and the report. */
  why: Partial<Record<Exclude<keyof AppProfile, 'why'>, string>>;
}

export interface ControlResult {
  id: string;
  area: ControlArea;
  phase: Phase;
  title: string;
  status: ControlStatus;
  evidence: Evidence[];
  /** Partial: what is missing; missing: what to add. */
  missing?: string;
  /** N/A: why. */
  why?: string;
  /** Findings of the control's rules that contradict it (missing/partial). */
  contradictedBy: Array<{ ruleId: string; path: string; line: number; fingerprint: string }>;
  /** True when a rule covers the same ground (the plan item comes from the rule's findings). */
  hasRule: boolean;
}

export interface PhaseReadiness {
  phase: Phase;
  name: string;
  state: PhaseState;
  done: number;
  partial: number;
  missing: number;
  notApplicable: number;
  /** (done + ½ partial) / applicable, 0–100. */
  percent: number;
}

export interface Readiness {
  controls: ControlResult[];
  phases: PhaseReadiness[];
  profile: AppProfile;
  /** Share of applicable controls in place (done = 1, partial = ½), 0–100. */
  controlScore: number;
}
