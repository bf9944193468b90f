import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { toReportModel } from '../../src/report/model.js';
import { tempRepo } from '../helpers/temp-repo.js';

const TOOL = { name: 'harden', version: 'test', informationUri: 'https://example.com' };
const CHROMIUM = '/usr/bin/chromium';
/** .ci/run installs Debian's chromium and sets this, so that a missing browser fails there instead of skipping. */
const REQUIRE_BROWSER = process.env.HARDEN_REQUIRE_BROWSER === '1';

const XSS = '<img src=x onerror="window.__pwned=1">';

/** A repository whose names and contents try to break out of the HTML. */
async function hostileReport(): Promise<string> {
  const dir = tempRepo(
    {
      [`svc/${XSS}.py`]: 'import os\ntry:\n    run()\nexcept:\n    cleanup()\nvalue = eval(os.environ["EXPR"])\n',
      'docker-compose.yml': `services:\n  "</script><script>window.__pwned=2</script>":\n    image: nginx:1.25\n    privileged: true\n`,
      'deploy.sh': '#!/bin/bash\nrm -rf $TARGET/*\n',
    },
    { git: true },
  );
  const res = await scan(dir, { config: {}, cache: false });
  return renderHtmlReport({ model: toReportModel(res, TOOL, 'hostile'), facts: res.facts, plan: buildPlan(res) });
}

test('the HTML report is self-contained and escapes every string from the repository', async () => {
  const html = await hostileReport();
  expect(html.match(/<script/g)).toHaveLength(1); // ours, at the end
  expect(html).not.toContain(XSS);
  expect(html).not.toContain('</script><script>');
  expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
  // Nothing is loaded from anywhere: no external src/href, and a CSP that forbids it.
  expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  expect(html).toContain("default-src 'none'");
  for (const id of ['summary', 'findings', 'items', 'graph', 'schedule', 'inventory']) expect(html).toContain(`<section id="${id}">`);
});

test.skipIf(!existsSync(CHROMIUM) && !REQUIRE_BROWSER)('in a browser: no injected script runs, no request leaves the file, the findings filter and sort', async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is required (apt-get install chromium)`).toBe(true);
  const html = await hostileReport();
  const file = path.join(tempRepo({}), 'harden-report.html');
  writeFileSync(file, html);
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
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);

    const visible = () => page.locator('#findings-table tbody tr:visible').count();
    const total = await page.locator('#findings-table tbody tr').count();
    expect(total).toBeGreaterThan(3);
    expect(await visible()).toBe(total);
    await page.fill('#q', 'deploy.sh');
    const filtered = await visible();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    await page.fill('#q', '');
    await page.selectOption('#sev', '0'); // critical only
    const critical = await page.locator('#findings-table tbody tr:visible').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-severity')));
    expect(critical.length).toBeGreaterThan(0);
    expect(new Set(critical)).toEqual(new Set(['critical']));
    await page.selectOption('#sev', '4');
    await page.selectOption('#rule', 'reliability/bare-except');
    expect(await visible()).toBe(1);
    await page.selectOption('#rule', '');

    // Sorting by severity, both directions.
    const order = () => page.locator('#findings-table tbody tr').evaluateAll((trs) => trs.map((t) => Number(t.getAttribute('data-sev'))));
    await page.click('#findings-table th[data-key="sev"]');
    const asc = await order();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.click('#findings-table th[data-key="sev"]');
    const desc = await order();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));

    // The graph and the schedule are drawn.
    expect(await page.locator('#graph svg .node').count()).toBeGreaterThan(0);
    expect(await page.locator('#schedule svg .bar').count()).toBeGreaterThan(0);
  } finally {
    await browser.close();
  }
}, 60_000);
