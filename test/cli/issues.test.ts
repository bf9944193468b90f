import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { fileIssues } from '../../src/cli/github.js';
import { buildPlan } from '../../src/plan/index.js';
import { scan } from '../../src/index.js';
import { issueDrafts } from '../../src/report/issues.js';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

/** A minimal GitHub REST API on loopback: labels and issues of one repository, in memory. */
function fakeGitHub() {
  const issues: Array<{ number: number; title: string; body: string; labels: string[]; html_url: string; state: string }> = [];
  const labels: string[] = ['bug'];
  const calls: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      calls.push(`${req.method} ${url.pathname}`);
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (req.headers.authorization !== 'token t0k3n') return send(401, { message: 'Bad credentials' });
      if (url.pathname === '/repos/acme/app/labels' && req.method === 'GET') return send(200, labels.map((name) => ({ name })));
      if (url.pathname === '/repos/acme/app/labels' && req.method === 'POST') {
        labels.push(JSON.parse(raw).name);
        return send(201, {});
      }
      if (url.pathname === '/repos/acme/app/issues' && req.method === 'GET') {
        const want = url.searchParams.get('labels');
        return send(200, issues.filter((i) => !want || i.labels.includes(want)));
      }
      if (url.pathname === '/repos/acme/app/issues' && req.method === 'POST') {
        const b = JSON.parse(raw);
        const n = issues.length + 1;
        issues.push({ number: n, title: b.title, body: b.body, labels: b.labels, html_url: `https://github.test/acme/app/issues/${n}`, state: 'open' });
        return send(201, issues[n - 1]);
      }
      send(404, { message: 'Not Found' });
    });
  });
  return { server, issues, labels, calls };
}

async function planDrafts() {
  const dir = tempRepo({
    'svc/a/utils/cache.py': 'import os\nv = eval(os.environ["X"])\ndef f():\n    return 1\n\n\ndef g():\n    return 2\n',
    'svc/b/utils/cache.py': 'import os\nv = eval(os.environ["X"])\ndef f():\n    return 1\n\n\ndef g():\n    return 2\n',
    'deploy.sh': '#!/bin/bash\ncd /srv/app\nrm -rf "$TARGET/"*\ncp -r build/* "$TARGET/"\nsystemctl restart app\n',
  }, { git: true });
  return issueDrafts(buildPlan(await scan(dir, { config: {}, cache: false })));
}

test('issues are filed blockers first with labels and real "Blocked by #N" links; a second run files nothing', async () => {
  const gh = fakeGitHub();
  await new Promise<void>((r) => gh.server.listen(0, '127.0.0.1', () => r()));
  const baseUrl = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`;
  try {
    const drafts = await planDrafts();
    expect(drafts.length).toBeGreaterThan(2);
    const filed = await fileIssues(drafts, { owner: 'acme', repo: 'app', token: 't0k3n', baseUrl });
    expect(filed.every((f) => f.created)).toBe(true);
    expect(gh.issues).toHaveLength(drafts.length);
    const numberOf = new Map(filed.map((f) => [f.key, f.number]));
    for (const d of drafts) {
      const issue = gh.issues[numberOf.get(d.key)! - 1];
      expect(issue.labels).toEqual(d.labels);
      expect(issue.body).not.toContain('{{');
      for (const b of d.blockedBy) {
        expect(numberOf.get(b)!).toBeLessThan(numberOf.get(d.key)!); // blockers were filed first
        expect(issue.body).toContain(`#${numberOf.get(b)} (${b})`);
      }
    }
    expect(drafts.some((d) => d.blockedBy.length)).toBe(true);
    for (const l of ['harden', 'P0', 'phase-0']) expect(gh.labels).toContain(l);
    const again = await fileIssues(drafts, { owner: 'acme', repo: 'app', token: 't0k3n', baseUrl });
    expect(again.every((f) => !f.created)).toBe(true);
    expect(gh.issues).toHaveLength(drafts.length);
    await expect(fileIssues(drafts, { owner: 'acme', repo: 'app', token: 'wrong', baseUrl })).rejects.toThrow(/Bad credentials/);
  } finally {
    gh.server.close();
  }
});

test('harden issues: --dry-run prints the issues; without a token it is a usage error', () => {
  const dir = tempRepo({ 'deploy.sh': '#!/bin/bash\nrm -rf "$TARGET/"*\n' });
  const dry = harden(['issues', dir, '--github', 'acme/app', '--dry-run']);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toMatch(/issues? would be filed in acme\/app/);
  expect(dry.stdout).toContain('labels: harden, P0');
  const env = { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '' };
  expect(harden(['issues', dir, '--github', 'acme/app'], { env }).code).toBe(2);
  expect(harden(['issues', dir, '--github', 'not-a-repo', '--dry-run']).code).toBe(2);
});
