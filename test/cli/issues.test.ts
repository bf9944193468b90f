import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { fileIssues } from '../../src/cli/github.js';
import { buildPlan } from '../../src/plan/index.js';
import { scan } from '../../src/index.js';
import { issueDrafts } from '../../src/report/issues.js';
import { renderAuditMarkdown } from '../../src/report/audit-markdown.js';
import { toReportModel } from '../../src/report/model.js';
import { TOOL } from '../../src/cli/version.js';
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
        const blocker = drafts.find((x) => x.key === b)!;
        expect(issue.body).toContain(`#${numberOf.get(b)} (${blocker.id})`);
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

test('a second run after one fix matches issues by rule and scope, not by the short id, and files the new P0 item', async () => {
  const gh = fakeGitHub();
  await new Promise<void>((r) => gh.server.listen(0, '127.0.0.1', () => r()));
  const baseUrl = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`;
  const opts = { owner: 'acme', repo: 'app', token: 't0k3n', baseUrl };
  const draftsOf = async (files: Record<string, string>) => issueDrafts(buildPlan(await scan(tempRepo(files, { git: true }), { config: {}, cache: false })));
  const common = {
    'README.md': '# app\n',
    'app/main.py': 'import os\nv = eval(os.environ["X"])\n',
    'tests/test_main.py': 'def test_x():\n    assert True\n',
  };
  try {
    // Run 1: two security items (the secret, eval) and the shell item.
    const first = await draftsOf({ ...common, 'app/settings.py': 'DB_PASSWORD = "Zx9kLm2Qp7rT4vWq"\n', 'deploy.sh': '#!/bin/bash\nset -euo pipefail\nrm -rf "$TARGET/"*\n' });
    const filed1 = await fileIssues(first, opts);
    const issueOf = new Map(filed1.map((f) => [f.key, f.number]));
    const secret = first.find((d) => d.key.startsWith('security/hardcoded-secret@'))!;
    const evalItem = first.find((d) => d.key.startsWith('security/code-eval@'))!;
    expect(secret && evalItem).toBeTruthy();
    // Run 2: the secret is fixed, and a new P0 item (a tracked .env) takes the short id the secret's item had.
    const second = await draftsOf({
      ...common,
      'app/settings.py': 'import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n',
      'app/worker.py': 'import pickle, sys\nobj = pickle.loads(sys.stdin.buffer.read())\n',
      '.env': 'APP_ENV=production\nDB_HOST=db\nSTRIPE_WEBHOOK_SECRET=whsec_Qm8Zr2Lp5Tx9Vb3Nc7Kd1Hf\n',
      'deploy.sh': '#!/bin/bash\nset -euo pipefail\nrm -rf "$TARGET/"*\n',
    });
    const envItem = second.find((d) => d.key.startsWith('security/committed-secret-file@'))!;
    expect(envItem.id).toBe(secret.id); // the short id moved to another item: the trap of matching by id
    expect(envItem.labels).toContain('P0');
    const filed2 = await fileIssues(second, opts);
    for (const f of filed2) {
      if (issueOf.has(f.key)) {
        expect(f.created).toBe(false);
        expect(f.number).toBe(issueOf.get(f.key)); // the issue filed for the same rule and scope
      } else expect(f.created).toBe(true);
    }
    const fresh = filed2.filter((f) => f.created).map((f) => second.find((d) => d.key === f.key)!);
    expect(fresh.map((d) => d.key)).toContain(envItem.key);
    expect(fresh.map((d) => d.key)).not.toContain(evalItem.key);
    // each filed issue carries its own item's marker and no other
    for (const issue of gh.issues) expect(issue.body.match(/<!-- harden-item: /g)).toHaveLength(1);
    expect(gh.issues[issueOf.get(evalItem.key)! - 1].body).toContain(`<!-- harden-item: ${evalItem.key} -->`);
  } finally {
    gh.server.close();
  }
});

test('the labels of "Issues to create" in AUDIT.md are the labels `harden issues` files', async () => {
  const dir = tempRepo({
    'app/settings.py': 'DB_PASSWORD = "Zx9kLm2Qp7rT4vWq"\n',
    'app/main.py': 'import os\nv = eval(os.environ["X"])\ntry:\n    v()\nexcept:\n    pass\n',
    'deploy.sh': '#!/bin/bash\nrm -rf "$TARGET/"*\n',
  }, { git: true });
  const result = await scan(dir, { config: {}, cache: false });
  const plan = buildPlan(result);
  const audit = renderAuditMarkdown({ model: toReportModel(result, TOOL, 'x'), facts: result.facts, plan });
  const section = audit.slice(audit.indexOf('## Issues to create'));
  const drafts = issueDrafts(plan);
  expect(drafts.length).toBeGreaterThan(2);
  for (const d of drafts) {
    const row = section.split('\n').find((l) => l.startsWith(`| ${d.id}: `));
    expect(row, d.id).toBeDefined();
    expect(row!.split(' | ')[1]).toBe(d.labels.join(', '));
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
