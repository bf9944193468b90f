import { describe, expect, test } from 'vitest';
import { gradeOf } from '../../src/report/health.js';
import type { PortfolioRow } from '../../src/report/portfolio.js';
import { harden } from '../helpers/cli.js';
import { fixtureRepos, recordFixture } from '../helpers/portfolio-fixture.js';
import { BACKENDS, title } from '../helpers/store-backends.js';

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
      }
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
      const csv = run('--format', 'csv').trimEnd().split('\r\n');
      expect(csv).toHaveLength(25);
      expect(csv[0]).toMatch(/^rank,repository,name,remote,grade,score,trend_since_baseline,trend_since_previous,/);
      expect(csv.slice(1).map((l) => l.split(',')[1])).toEqual(p.rows.map((r: PortfolioRow) => r.identity));
      const html = run('--format', 'html');
      expect(html.match(/<tr data-name=/g)).toHaveLength(24);
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
