import type { Phase } from '../../src/plan/catalog.js';
import type { Plan } from '../../src/plan/index.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import { openStore } from '../../src/store/db.js';

/**
 * 24 repositories with different histories, recorded into a store through its API: 1–4 scans each, readiness
 * going up, down or flat by a per-repository step, open P0/P1 work items, secrets, duplicate copies, CI with or
 * without tests, and `security/code-eval` findings in the latest scan of every fifth repository. Readiness
 * controls (6 phases × 3) are recorded in the latest scan of two repositories in three (repository 4: all
 * done); the third records them only in its earlier scans, so that its latest scan has none.
 */
export interface FixtureRepo {
  identity: string;
  scores: number[];
  p0: number;
  p1: number;
  secrets: number;
  copies: number;
  ciTests: boolean;
  evalFindings: number;
  /** Control states of the latest scan (null: none recorded there). */
  controls: FixtureControl[] | null;
}

export interface FixtureControl {
  id: string;
  phase: number;
  status: 'done' | 'partial' | 'missing' | 'n/a';
}

const STATUSES = ['done', 'done', 'done', 'partial', 'missing', 'missing', 'n/a'] as const;

function controlsOf(status: (phase: number, j: number) => FixtureControl['status']): FixtureControl[] {
  return [1, 2, 3, 4, 5, 6].flatMap((phase) => [0, 1, 2].map((j) => ({ id: `c/p${phase}-${j}`, phase, status: status(phase, j) })));
}

export function fixtureRepos(n = 24, hostileName?: string): FixtureRepo[] {
  return Array.from({ length: n }, (_, k) => {
    const scans = 1 + (k % 4);
    const start = (k * 37) % 90;
    const step = ((k % 5) - 2) * 4;
    const scores = Array.from({ length: scans }, (_, i) => Math.max(0, Math.min(100, start + i * step)));
    return {
      identity: k === 7 && hostileName ? hostileName : `github.com/acme/svc-${String(k).padStart(2, '0')}`,
      scores,
      p0: k % 3,
      p1: (k * 5) % 4,
      secrets: k % 3 === 0 ? 2 : 0,
      copies: (k % 4) * 3,
      ciTests: k % 2 === 0,
      evalFindings: k % 5 === 0 ? 1 + (k % 3) : 0,
      controls: k % 3 === 2 ? null : controlsOf((phase, j) => (k === 4 ? 'done' : STATUSES[(k + phase * 3 + j * 2) % STATUSES.length])),
    };
  });
}

const f = (ruleId: string, severity: Severity, fp: string): Finding => ({
  ruleId, severity, confidence: 'high', path: 'a.py', line: 1, column: 1, endLine: 1, endColumn: 2, message: `m ${fp}`, snippet: '', fingerprint: fp, component: '.',
  category: ruleId.split('/')[0] as Finding['category'],
});

export async function recordFixture(location: string, repos: readonly FixtureRepo[]): Promise<void> {
  const store = await openStore(location);
  try {
    for (const [k, r] of repos.entries()) {
      for (const [i, score] of r.scores.entries()) {
        const last = i === r.scores.length - 1;
        const findings = [
          ...Array.from({ length: 3 + i }, (_, j) => f('reliability/bare-except', 'medium', `${k}-${i}-b${j}`)),
          ...(last ? Array.from({ length: r.evalFindings }, (_, j) => f('security/code-eval', 'critical', `${k}-${i}-e${j}`)) : []),
        ];
        const item = (id: string, priority: string) => ({ id, title: id, phase: 1, priority, hours: 1, rules: ['reliability/bare-except'], fingerprints: [] });
        const items = [...Array.from({ length: r.p0 }, (_, j) => item(`SEC-0${j}`, 'P0')), ...Array.from({ length: r.p1 }, (_, j) => item(`REL-0${j}`, 'P1')), item('HYG-01', 'P2')];
        // Earlier scans record every control missing: the portfolio must read the latest scan's.
        const controls = last ? r.controls : i > 0 || r.controls === null ? controlsOf(() => 'missing') : null;
        await store.recordScan(
          { identity: r.identity, name: r.identity.split('/').pop()!, source: 'repo-id' },
          {
            recordedAt: `2026-0${1 + i}-1${k % 10}T10:00:00.000Z`, rootName: 'x', toolVersion: 't', command: 'audit', files: 1, lines: 1, rules: [],
            findings,
            plan: { items } as unknown as Plan,
            ...(controls ? { controls: controls.map((c) => ({ ...c, phase: c.phase as Phase, evidence: c.status === 'done' ? [{ path: 'a.py', line: 1, what: 'x' }] : [] })) } : {}),
            metrics: { readiness: score, findings: findings.length, secrets: r.secrets, duplicateCopies: r.copies, ciPipelines: 1, ciWithTests: r.ciTests ? 1 : 0 },
          },
        );
      }
    }
  } finally {
    await store.close();
  }
}
