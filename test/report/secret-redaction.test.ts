import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { SCAN_REPORTERS } from '../../src/report/index.js';
import { toReportModel } from '../../src/report/model.js';
import { tempRepo } from '../helpers/temp-repo.js';

const SECRET = 'Qx7-Plant3d-S3cret-Vq9z';
const TOKEN = 'ghp_' + 'R8mZ2kLq9Xw4Tn6Vb1Yc3Pd5Hf7Js0GaUeKi';
const TOOL = { name: 'harden', version: 'test', informationUri: 'https://example.com' };

/** Every substring of 8 characters of a secret: none may appear in any output. */
function leaks(text: string, secret: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 8 <= secret.length; i++) if (text.includes(secret.slice(i, i + 8))) out.push(secret.slice(i, i + 8));
  return out;
}

function plantedRepo(): string {
  return tempRepo(
    {
      'app/db.py': `import os\nDB_PASS = os.environ.get("DB_PASS", "${SECRET}")\nPASSWORD = "${SECRET}"\n`,
      'app/client.ts': `const token = process.env.GH_TOKEN ?? "${TOKEN}";\nexport const url = "postgres://app:${SECRET}@db.internal:5432/app";\n`,
      'docker-compose.yml': `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${SECRET}\n  cache:\n    image: redis:7\n    command: redis-server --requirepass "${SECRET}"\n`,
      // Facts that the audit's inventory shows (commands, cron lines, CMDs, units) must be redacted too.
      'deploy/crontab': `0 2 * * * PGPASSWORD=${SECRET} pg_dump app > /backups/app.sql\n`,
      'Dockerfile': `FROM python:3.12-slim\nUSER app\nCMD ["python", "app.py", "--token", "${TOKEN}"]\n`,
      'deploy/app.service': `[Unit]\nDescription=App\n[Service]\nExecStart=/opt/app/bin/serve --db-password=${SECRET}\nUser=app\n`,
      '.env': `DB_PASS=${SECRET}\n`,
      'deploy.sh': `#!/bin/bash\nexport API_TOKEN=${TOKEN}\n`,
    },
    { git: true },
  );
}

test('a planted secret appears nowhere in full in text, JSON or SARIF', async () => {
  const dir = plantedRepo();
  const res = await scan(dir, { config: {} });
  const secretFindings = res.findings.filter((f) => f.ruleId === 'security/hardcoded-secret');
  expect(secretFindings.length, 'the planted secrets are found').toBeGreaterThan(0);
  const model = toReportModel(res, TOOL, 'planted');
  const outputs = {
    text: SCAN_REPORTERS.text(model, { color: false }),
    json: SCAN_REPORTERS.json(model),
    sarif: SCAN_REPORTERS.sarif(model),
  };
  for (const [name, text] of Object.entries(outputs)) {
    expect(leaks(text, SECRET), `${name} leaks the password`).toEqual([]);
    expect(leaks(text, TOKEN), `${name} leaks the token`).toEqual([]);
  }
});

test('the CLI writes no secret into any file or stream (scan formats, plan, audit outputs, status, history store)', () => {
  const dir = plantedRepo();
  const cli = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
  const run = (...args: string[]) => {
    try {
      return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      return `${err.stdout ?? ''}${err.stderr ?? ''}`;
    }
  };
  const streams = [
    run('scan', dir, '--format', 'text', '--no-color'),
    run('scan', dir, '--format', 'json'),
    run('scan', dir, '--format', 'sarif'),
    run('plan', dir, '--format', 'md'),
    run('plan', dir, '--format', 'json'),
    run('plan', dir, '--format', 'csv'),
    run('audit', dir, '--quiet'),
    run('check', dir),
    run('status', dir, '--format', 'json', '--quiet'),
    run('status', dir, '--format', 'md', '--quiet'),
  ].join('\n');
  expect(streams).toContain('hardcoded-secret');
  expect(leaks(streams, SECRET)).toEqual([]);
  expect(leaks(streams, TOKEN)).toEqual([]);
  const written: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else written.push(readFileSync(p, 'latin1'));
    }
  };
  walk(path.join(dir, '.harden'));
  expect(written.length, 'audit wrote its reports').toBeGreaterThan(0);
  for (const text of written) {
    expect(leaks(text, SECRET)).toEqual([]);
    expect(leaks(text, TOKEN)).toEqual([]);
  }
});
