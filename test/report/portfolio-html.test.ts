import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { harden } from '../helpers/cli.js';
import { fixtureRepos, recordFixture } from '../helpers/portfolio-fixture.js';
import { tempRepo } from '../helpers/temp-repo.js';

const CHROMIUM = '/usr/bin/chromium';
/** .ci/run installs Debian's chromium and sets this, so that a missing browser fails there instead of skipping. */
const REQUIRE_BROWSER = process.env.HARDEN_REQUIRE_BROWSER === '1';
const XSS = '<img src=x onerror="window.__pwned=1"></td><script>window.__pwned=2</script>';

async function portfolioHtml(): Promise<{ html: string; file: string }> {
  const dir = tempRepo({});
  const store = path.join(dir, 'history.db');
  await recordFixture(store, fixtureRepos(24, XSS));
  const r = harden(['portfolio', '--store', store, '--format', 'html']);
  expect(r.code, r.stderr).toBe(0);
  const file = path.join(dir, 'portfolio.html');
  writeFileSync(file, r.stdout);
  return { html: r.stdout, file };
}

test('the portfolio page is self-contained and escapes every repository name', async () => {
  const { html } = await portfolioHtml();
  expect(html.match(/<script/g)).toHaveLength(1);
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
  expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  expect(html).toContain("default-src 'none'");
});

test.skipIf(!existsSync(CHROMIUM) && !REQUIRE_BROWSER)('in Chromium: no request, no injected script; filter by name and grade, sort by column', async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is required (apt-get install chromium)`).toBe(true);
  const { file } = await portfolioHtml();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests.filter((u) => u !== `file://${file}`)).toEqual([]);
    expect(errors).toEqual([]);

    const rows = page.locator('#portfolio tbody tr');
    expect(await rows.count()).toBe(24);
    expect(await page.locator('#count').textContent()).toBe('24 shown');
    // Worst first as rendered: scores ascending.
    const scores = () => rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLTableRowElement).cells[3].getAttribute('data-sort'))));
    const initial = await scores();
    expect(initial).toEqual([...initial].sort((a, b) => a - b));
    await page.fill('#q', 'svc-1');
    expect(await page.locator('#portfolio tbody tr:visible').count()).toBe(10);
    await page.fill('#q', '');
    await page.selectOption('#grade', 'F');
    const visibleGrades = await page.locator('#portfolio tbody tr:visible').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-grade')));
    expect(visibleGrades.length).toBeGreaterThan(0);
    expect(new Set(visibleGrades)).toEqual(new Set(['F']));
    await page.selectOption('#grade', '');
    // Sort by score: descending on the second click.
    await page.click('#portfolio th[data-key="score"]');
    await page.click('#portfolio th[data-key="score"]');
    const desc = await scores();
    expect(desc).toEqual([...initial].sort((a, b) => b - a));
    // Sort by missing readiness controls: repositories without a recorded checklist (—) first, then ascending.
    await page.click('#portfolio th[data-key="controls"]');
    const missing = await page.locator('#portfolio tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = (tr as HTMLTableRowElement).cells;
        const i = Array.from(document.querySelectorAll('#portfolio th')).findIndex((th) => th.getAttribute('data-key') === 'controls');
        return cells[i].textContent;
      }),
    );
    const dash = missing.filter((m) => m === '—').length;
    expect(dash).toBeGreaterThan(0);
    expect(missing.slice(0, dash).every((m) => m === '—')).toBe(true);
    const counts = missing.slice(dash).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // The hostile name is shown as text.
    expect(await page.locator('#portfolio td.repo', { hasText: '<img src=x' }).count()).toBe(1);
  } finally {
    await browser.close();
  }
}, 60_000);
