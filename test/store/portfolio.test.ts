import { describe, expect, test } from 'vitest';
import { gradeOf } from '../../src/report/health.js';
import type { PortfolioRow } from '../../src/report/portfolio.js';
import { harden } from '../helpers/cli.js';
import { fixtureRepos, recordFixture, type FixtureControl } from '../helpers/portfolio-fixture.js';
import { BACKENDS, title } from '../helpers/store-backends.js';

/** What the portfolio should say about a latest scan's controls, computed here from the states recorded. */
function expectedControls(list: FixtureControl[] | null): PortfolioRow['controls'] {
  if (!list) return null;
  let least: { phase: number; percent: number } | null = null;
  for (const phase of [1, 2, 3, 4, 5, 6]) {
    const app = list.filter((c) => c.phase === phase && c.status !== 'n/a');
    const done = app.filter((c) => c.status === 'done').length;
    if (!app.length || done === app.length) continue;
    const percent = Math.round((100 * (done + app.filter((c) => c.status === 'partial').length / 2)) / app.length);
    if (!least || percent < least.percent) least = { phase, percent };
  }
  return {
    missing: list.filter((c) => c.status === 'missing').length,
    partial: list.filter((c) => c.status === 'partial').length,
    leastCompletePhase: least && { ...least, name: expect.any(String) as unknown as string },
  };
}

const key = (r: PortfolioRow) => [r.score ?? 1e9, -r.openP0, -r.openP1, r.trend.sincePrevious ?? 0] as const;

describe.each(BACKENDS)('portfolio on $name', (backend) => {
  describe.skipIf(Boolean(backend.skip))(title(backend), () => {
    test('24 repositories with different histories: worst first, trends, counts, filters; md, json, csv, html', async () => {
      const loc = await backend.fresh();
      const repos = fixtureRepos();
      await recordFixture(loc, repos);
      const run = (...args: string[]) => {
        const r = harden(['portfolio', '--store', loc, ...args]);
        expect(r.code, r.stderr).toBe(0);
        return r.stdout;
      };
      const p = JSON.parse(run('--format', 'json'));
      expect(p.schema).toBe('harden-portfolio/1');
      expect(p.rows).toHaveLength(24);
      expect(p.totals.inStore).toBe(24);
      // Worst first: each row's (score, −P0, −P1, trend since previous) is ≤ the next one's.
      for (let i = 1; i < p.rows.length; i++) {
        const [a, b] = [key(p.rows[i - 1]), key(p.rows[i])];
        const cmp = a.findIndex((v, j) => v !== b[j]);
        if (cmp >= 0) expect(a[cmp], `${p.rows[i - 1].identity} before ${p.rows[i].identity}`).toBeLessThan(b[cmp]);
      }
      expect(p.rows.map((r: PortfolioRow) => r.rank)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      // Every repository's figures are its own history's.
      for (const r of repos) {
        const row: PortfolioRow = p.rows.find((x: PortfolioRow) => x.identity === r.identity);
        const n = r.scores.length;
        expect(row.scans).toBe(n);
        expect(row.lastScan.number).toBe(n);
        expect(row.score).toBe(r.scores[n - 1]);
        expect(row.grade).toBe(gradeOf(r.scores[n - 1]).grade);
        expect(row.trend.sinceBaseline).toBe(n > 1 ? r.scores[n - 1] - r.scores[0] : null);
        expect(row.trend.sincePrevious).toBe(n > 1 ? r.scores[n - 1] - r.scores[n - 2] : null);
        expect(row.findingsTrend.sinceBaseline).toBe(n > 1 ? n - 1 + r.evalFindings : null);
        expect([row.openP0, row.openP1, row.secrets, row.duplicateCopies, row.ciTests]).toEqual([r.p0, r.p1, r.secrets, r.copies, r.ciTests]);
        // Missing readiness controls of the latest scan only (earlier scans recorded all missing), null without any.
        expect(row.controls, r.identity).toEqual(expectedControls(r.controls));
      }
      const withControls = repos.filter((r) => r.controls);
      expect(withControls.length).toBeGreaterThan(0);
      expect(withControls.length).toBeLessThan(repos.length);
      expect(p.totals.missingControls).toBe(withControls.reduce((s, r) => s + r.controls!.filter((c) => c.status === 'missing').length, 0));
      expect(p.totals.withoutControls).toBe(repos.length - withControls.length);
      const complete = p.rows.find((x: PortfolioRow) => x.identity === repos[4].identity);
      expect(complete.controls).toEqual({ missing: 0, partial: 0, leastCompletePhase: null });
      const someLeast = p.rows.find((x: PortfolioRow) => x.controls?.leastCompletePhase);
      expect(someLeast.controls.leastCompletePhase.name).toMatch(/^[A-Z]/);
      const grades = repos.map((r) => gradeOf(r.scores[r.scores.length - 1]).grade);
      for (const g of ['A', 'B', 'C', 'D', 'F']) expect(p.totals.byGrade[g], g).toBe(grades.filter((x) => x === g).length);
      const worse = repos.filter((r) => r.scores.length > 1 && r.scores[r.scores.length - 1] < r.scores[r.scores.length - 2]).length;
      expect(worse).toBeGreaterThan(0);
      expect(p.totals.worseSincePrevious).toBe(worse);
      expect(p.totals.openP0).toBe(repos.reduce((s, r) => s + r.p0, 0));
      expect(p.totals.withoutTestingCi).toBe(12);

      // Filters: grade (list), rule, name glob; they combine.
      const df = JSON.parse(run('--format', 'json', '--grade', 'd,F'));
      expect(df.rows.length).toBe(grades.filter((g) => g === 'D' || g === 'F').length);
      expect(new Set(df.rows.map((r: PortfolioRow) => r.grade))).toEqual(new Set(['D', 'F'].filter((g) => grades.includes(g as never))));
      const ev = JSON.parse(run('--format', 'json', '--rule', 'security/code-eval'));
      expect(ev.rows.map((r: PortfolioRow) => r.identity).sort()).toEqual(repos.filter((r) => r.evalFindings).map((r) => r.identity).sort());
      expect(ev.rows.every((r: PortfolioRow) => r.ruleFindings['security/code-eval'] > 0)).toBe(true);
      const glob = JSON.parse(run('--format', 'json', '--name', '*SVC-1?'));
      expect(glob.rows.map((r: PortfolioRow) => r.name).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `svc-1${i}`));
      const both = JSON.parse(run('--format', 'json', '--name', 'svc-1*', '--rule', 'security/code-eval'));
      expect(both.rows.map((r: PortfolioRow) => r.name).sort()).toEqual(['svc-10', 'svc-15']);
      expect(JSON.parse(run('--format', 'json', '--name', 'nothing-*')).rows).toEqual([]);

      // The other formats carry the same rows in the same order.
      const md = run('--format', 'md');
      const mdOrder = [...md.matchAll(/^\| \d+ \| `([^`]+)`/gm)].map((m) => m[1]);
      expect(mdOrder).toEqual(p.rows.map((r: PortfolioRow) => r.identity));
      // The "Missing controls" and "Least complete phase" cells: a count and `Phase N P%`, or — without a checklist.
      const header = md.split('\n').find((l) => l.startsWith('| # |'))!.split(' | ');
      const [mi, li] = [header.indexOf('Missing controls'), header.indexOf('Least complete phase')];
      expect(mi).toBeGreaterThan(0);
      for (const line of md.split('\n').filter((l) => /^\| \d+ \| /.test(l))) {
        const cells = line.split(' | ');
        const row: PortfolioRow = p.rows[Number(cells[0].slice(2)) - 1];
        const c = row.controls;
        expect(cells[mi]).toBe(c ? String(c.missing) : '—');
        expect(cells[li]).toBe(!c ? '—' : c.leastCompletePhase ? `Phase ${c.leastCompletePhase.phase} ${c.leastCompletePhase.percent}%` : 'complete');
      }
      const csv = run('--format', 'csv').trimEnd().split('\r\n');
      expect(csv).toHaveLength(25);
      expect(csv[0]).toMatch(/^rank,repository,name,remote,grade,score,trend_since_baseline,trend_since_previous,/);
      expect(csv.slice(1).map((l) => l.split(',')[1])).toEqual(p.rows.map((r: PortfolioRow) => r.identity));
      const ci = csv[0].split(',').indexOf('missing_controls');
      expect(csv.slice(1).map((l) => l.split(',')[ci])).toEqual(p.rows.map((r: PortfolioRow) => (r.controls ? String(r.controls.missing) : '')));
      const html = run('--format', 'html');
      expect(html.match(/<tr data-name=/g)).toHaveLength(24);
      expect(html).toContain('<th data-key="controls">Missing controls</th>');
      if (backend.name === 'postgres') {
        // `postgres:` alone: everything from the environment, as psql reads it.
        const u = new URL(loc);
        const env = {
          PGHOST: u.hostname, PGPORT: u.port, PGUSER: decodeURIComponent(u.username), PGPASSWORD: decodeURIComponent(u.password),
          PGDATABASE: u.pathname.slice(1), PGOPTIONS: u.searchParams.get('options') ?? '',
        };
        const viaEnv = harden(['portfolio', '--store', 'postgres:', '--format', 'json'], { env });
        expect(viaEnv.code, viaEnv.stderr).toBe(0);
        expect(JSON.parse(viaEnv.stdout).rows.map((r: PortfolioRow) => r.identity)).toEqual(p.rows.map((r: PortfolioRow) => r.identity));
      }
      expect(harden(['portfolio', '--store', loc, '--grade', 'E']).code).toBe(2);
      expect(harden(['portfolio', '--store', loc, '--rule', 'no/such-rule']).code).toBe(2);
    });
  });
});
