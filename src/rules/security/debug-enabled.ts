import type { Node, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, visit } from '../../parse/yaml-lib.js';
import type { SgNode } from '@ast-grep/napi';
import { defineRule } from '../define.js';
import { fromSg, lineRange } from '../../parse/position.js';
import type { FileInput, FindingDraft, Range } from '../types.js';
import { composeServicesOf, dockerInstructions, getPair, isDevSettingsPath, locateInInstruction, nodeRange, parseEnvArgs, scalarText, unquote } from './_infra.js';

/** Environment variables that switch a framework into debug mode. */
const DEBUG_KEYS = /^(DEBUG|FLASK_DEBUG|DJANGO_DEBUG|APP_DEBUG|QUART_DEBUG|WERKZEUG_DEBUG_PIN_OFF)$/;
const ON = /^(1|true|yes|on)$/i;
/** `uvicorn app:app --reload`, `flask run --debug`, `gunicorn --reload`: development servers. */
const DEV_SERVER = /\b(uvicorn|gunicorn|hypercorn)\b[^\n]*\s--reload\b|\bflask\b[^\n]*\brun\b[^\n]*\s--debug(ger)?\b|\bflask\s+--debug\s+run\b|\bmanage\.py\s+runserver\b/;
/** Files meant for local development: `.env.example`, `docker-compose.override.yml`, `Dockerfile.dev` … */
const DEV_FILE = /(^|[._-])(example|sample|template|dist|dev|devel|development|local|override|test|testing|ci)([._-]|$)/i;

function oneLine(r: Range): Range {
  return r.end.line === r.start.line ? r : { start: r.start, end: { line: r.start.line, column: r.start.column + 1 } };
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function envOn(key: string, value: string): boolean {
  const v = value.trim();
  if (DEBUG_KEYS.test(key)) return ON.test(v);
  return /^(FLASK_ENV|QUART_ENV)$/.test(key) && /^development$/i.test(v);
}

/* ---------------- Python ---------------- */

function kw(call: SgNode, name: string): SgNode | undefined {
  for (const a of call.field('arguments')?.children() ?? []) {
    if (a.kind() === 'keyword_argument' && a.field('name')?.text() === name) return a.field('value') ?? undefined;
  }
  return undefined;
}

function isSettingsModule(p: string): boolean {
  return /(^|\/)settings(\/[^/]+)?\.py$/.test(p) || /(^|[_/])settings[_.-][^/]*\.py$/.test(p) || /[_-]settings\.py$/.test(p);
}

const ENV_DEFAULT_ON = /\b(?:environ\.get|getenv|env\.bool|env|config)\(\s*['"]\w*DEBUG['"]\s*,\s*(?:default\s*=\s*|cast\s*=\s*bool\s*,\s*default\s*=\s*)?(?:True\b|1\b|['"](?:true|1|yes|on)['"])/i;

const PLAIN_VALUE = new Set(['integer', 'float', 'string', 'none', 'true', 'false', 'list', 'dictionary', 'tuple', 'set']);
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/i;
const MAIN_GUARD = /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/;
/** Receivers of `.run(debug=True)` that are web apps: app variables, `socketio`, `uvicorn`, `*_app`, `api`. */
const APP_RECEIVER = /(^|[._])(app|application|server|api|socketio|sio|uvicorn)$/i;

/** The literal host a development server call binds to (`host=` or Flask's first positional argument). */
function hostOf(call: SgNode): string | undefined {
  const h = kw(call, 'host') ?? call.field('arguments')?.children().find((a) => a.kind() !== 'keyword_argument' && a.kind() !== '(' && a.kind() !== ')' && a.kind() !== ',');
  if (!h) return undefined;
  return h.kind() === 'string' ? unquote(h.text().replace(/^[rbuf]+/i, '')) : '?';
}

function underMainGuard(n: SgNode): boolean {
  for (let p = n.parent(); p; p = p.parent()) {
    if (p.kind() === 'if_statement' && MAIN_GUARD.test(p.field('condition')?.text().trim() ?? '')) return true;
  }
  return false;
}

/** A debug flag tested by an `if` whose body holds the node: `if searx.debug:`, `if settings.DEBUG or app.debug:`. */
const DEBUG_FLAG = /^(?:not\s+)?[\w.]*debug\w*(?:\s+(?:or|and)\s+(?:not\s+)?[\w.]*debug\w*)*$/i;

function debugSwitch(n: SgNode): string | undefined {
  let child = n;
  for (let p = n.parent(); p; child = p, p = p.parent()) {
    if (p.kind() === 'function_definition') return undefined;
    if (p.kind() !== 'if_statement' || p.field('consequence')?.id() !== child.id()) continue;
    const cond = p.field('condition')?.text().trim() ?? '';
    if (DEBUG_FLAG.test(cond) && !/^not\b/.test(cond)) return cond;
  }
  return undefined;
}

function pythonDrafts(input: FileInput): FindingDraft[] {
  const root = input.root;
  if (!root) return [];
  const out: FindingDraft[] = [];
  const push = (n: SgNode, messageId: string, what: string) => {
    // Under `if settings.debug:` / `if app.debug:` the value mirrors a debug mode switched on elsewhere (where
    // that switch's default is set, which this rule reports when it is on): an info notice.
    const condition = debugSwitch(n);
    if (condition) out.push({ messageId: 'switched', data: { what, condition }, range: oneLine(fromSg(n.range())), matched: what, severity: 'info' });
    else out.push({ messageId, data: { what }, range: oneLine(fromSg(n.range())), matched: what });
  };
  // Variables holding a web app object (`admin = Flask("admin")`): `admin.debug = True` turns its debugger on.
  const appVars = new Set(['app', 'application', 'server']);
  // The last plain value bound to a name before a line (`app = 1`): such a name is no app at that point.
  const literals: Array<{ name: string; line: number; literal: boolean }> = [];
  for (const asg of root.findAll({ rule: { kind: 'assignment' } })) {
    const right = asg.field('right');
    const left = asg.field('left');
    if (left?.kind() !== 'identifier' || !right) continue;
    literals.push({ name: left.text(), line: asg.range().start.line, literal: PLAIN_VALUE.has(String(right.kind())) });
    if (right.kind() !== 'call') continue;
    const callee = right.field('function')?.text() ?? '';
    if (/(^|\.)(Flask|Quart|FastAPI|Starlette|Sanic)$/.test(callee)) appVars.add(left.text());
  }
  const plainAt = (name: string, line: number) => literals.filter((a) => a.name === name && a.line < line).pop()?.literal === true;
  for (const call of root.findAll({ rule: { kind: 'call' } })) {
    const fn = call.field('function')?.text() ?? '';
    const short = fn.slice(fn.lastIndexOf('.') + 1);
    if (kw(call, 'debug')?.kind() === 'true' && (/^(run|run_simple|run_app|FastAPI|Starlette|Quart|Sanic|Litestar)$/.test(short))) {
      // `run(debug=True)` of something that is not a web app (`trainer.run`, a bare `run`) is not a server.
      const receiver = fn.slice(0, Math.max(fn.lastIndexOf('.'), 0));
      if (short === 'run' && (!(appVars.has(receiver) || APP_RECEIVER.test(receiver) || receiver.endsWith(')')) || plainAt(receiver, call.range().start.line))) continue;
      // A development server bound to loopback — by its host, or by Flask's default when started only as
      // `python app.py` — exposes the debugger to this machine alone: an info notice.
      const host = /^(run|run_simple)$/.test(short) ? hostOf(call) : '?';
      const local = host !== undefined && host !== '?' ? LOOPBACK.test(host) : host === undefined && short === 'run' && underMainGuard(call);
      if (local) {
        const what = `${fn}(debug=True)`;
        out.push({ messageId: 'local', data: { what, host: host ?? '127.0.0.1' }, range: oneLine(fromSg(call.range())), matched: what, severity: 'info' });
        continue;
      }
      push(call, 'call', `${fn}(debug=True)`);
      continue;
    }
    if (kw(call, 'use_debugger')?.kind() === 'true') {
      push(call, 'call', `${fn}(use_debugger=True)`);
      continue;
    }
    if (/(^|\.)uvicorn\.run$|^run$/.test(fn) && /\buvicorn\b/.test(input.source) && kw(call, 'reload')?.kind() === 'true') {
      push(call, 'reload', `${fn}(reload=True)`);
      continue;
    }
    if (/\.config\.update$/.test(fn) && kw(call, 'DEBUG')?.kind() === 'true') push(call, 'call', `${fn}(DEBUG=True)`);
  }
  const settings = isSettingsModule(input.path) && !isDevSettingsPath(input.path);
  for (const asg of root.findAll({ rule: { kind: 'assignment' } })) {
    const left = asg.field('left')?.text() ?? '';
    const right = asg.field('right');
    if (!right) continue;
    if (/^\w+\.debug$/.test(left) && right.kind() === 'true' && (/\b(app|application|server)\b/.test(left) || appVars.has(left.slice(0, left.indexOf('.'))))) {
      push(asg, 'call', `${left} = True`);
      continue;
    }
    if (/^\w+\.config\[\s*['"]DEBUG['"]\s*\]$/.test(left) && right.kind() === 'true') {
      push(asg, 'call', `${left} = True`);
      continue;
    }
    if (!settings || left !== 'DEBUG') continue;
    const moduleLevel = asg.parent()?.kind() === 'expression_statement' && asg.parent()?.parent()?.kind() === 'module';
    if (!moduleLevel) continue;
    if (right.kind() === 'true') push(asg, 'setting', `DEBUG = True in ${baseName(input.path)}`);
    else if (ENV_DEFAULT_ON.test(right.text())) push(asg, 'defaultOn', `DEBUG in ${baseName(input.path)}`);
  }
  return out;
}

/* ---------------- .env / Dockerfile / YAML ---------------- */

function envFileDrafts(input: FileInput): FindingDraft[] {
  if (DEV_FILE.test(baseName(input.path).replace(/^\.env/, ''))) return [];
  const out: FindingDraft[] = [];
  input.lines.forEach((l, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][\w]*)\s*=\s*(.*?)\s*(?:\s#.*)?$/.exec(l);
    if (!m || !envOn(m[1], unquote(m[2]))) return;
    const col = l.indexOf(m[1]);
    out.push({ messageId: 'env', data: { what: `${m[1]}=${unquote(m[2])}`, where: baseName(input.path) }, range: lineRange(i + 1, col, l.length), matched: `${m[1]}=${m[2]}` });
  });
  return out;
}

function dockerDrafts(input: FileInput): FindingDraft[] {
  if (DEV_FILE.test(baseName(input.path).replace(/^(Dockerfile|Containerfile)/i, ''))) return [];
  const out: FindingDraft[] = [];
  const instructions = dockerInstructions(input.lines);
  // Only the final stage ships.
  let lastFrom = 0;
  instructions.forEach((ins, i) => {
    if (ins.keyword === 'FROM') lastFrom = i;
  });
  for (const ins of instructions.slice(lastFrom)) {
    if (ins.keyword === 'ENV') {
      for (const { key, value } of parseEnvArgs(ins.args)) {
        if (envOn(key, value)) out.push({ messageId: 'env', data: { what: `${key}=${value}`, where: 'Dockerfile ENV' }, range: locateInInstruction(ins, new RegExp(`\\b${key}\\b`)), matched: `ENV ${key}=${value}` });
      }
    }
    if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && DEV_SERVER.test(jsonToShell(ins.args))) {
      out.push({ messageId: 'devServer', data: { what: jsonToShell(ins.args).slice(0, 80) }, range: locateInInstruction(ins, /\S+/), matched: `${ins.keyword} ${ins.args}` });
    }
  }
  return out;
}

/** `["uvicorn", "app:app", "--reload"]` → `uvicorn app:app --reload`. */
function jsonToShell(args: string): string {
  const t = args.trim();
  if (!t.startsWith('[')) return t;
  try {
    const arr = JSON.parse(t) as unknown;
    return Array.isArray(arr) ? arr.map(String).join(' ') : t;
  } catch {
    return t;
  }
}

function yamlDrafts(input: FileInput): FindingDraft[] {
  if (input.role.startsWith('ci-') || DEV_FILE.test(baseName(input.path).replace(/^(docker-)?compose/, '').replace(/\.ya?ml$/, ''))) return [];
  const out: FindingDraft[] = [];
  for (const svc of composeServicesOf(input)) {
    const env = getPair(svc.map, 'environment')?.value;
    if (isMap(env)) {
      for (const p of env.items) {
        const k = scalarText(p.key);
        const v = scalarText(p.value);
        if (k && v !== undefined && envOn(k, v)) out.push({ messageId: 'env', data: { what: `${k}=${v}`, where: `compose service \`${svc.name}\`` }, range: nodeRange(input, p.key as Node), matched: `${svc.name} ${k}=${v}` });
      }
    } else if (isSeq(env)) {
      for (const it of env.items) {
        const s = scalarText(it);
        const m = s ? /^([\w.-]+)=(.*)$/.exec(s) : null;
        if (m && envOn(m[1], m[2])) out.push({ messageId: 'env', data: { what: `${m[1]}=${m[2]}`, where: `compose service \`${svc.name}\`` }, range: nodeRange(input, it as Node), matched: `${svc.name} ${s}` });
      }
    }
    const cmdPair = getPair(svc.map, 'command');
    const cmd = cmdPair ? (isSeq(cmdPair.value) ? cmdPair.value.items.map((i) => scalarText(i) ?? '').join(' ') : scalarText(cmdPair.value)) : undefined;
    if (cmdPair && cmd && DEV_SERVER.test(cmd)) {
      out.push({ messageId: 'devServer', data: { what: cmd.slice(0, 80) }, range: nodeRange(input, cmdPair.key as Node), matched: `${svc.name} ${cmd}` });
    }
  }
  if (input.role !== 'compose') {
    // Kubernetes ConfigMap data consumed as container env (`envFrom: configMapRef`).
    for (const doc of input.yaml ?? []) {
      if (!isMap(doc.contents)) continue;
      const top = doc.contents as YAMLMap;
      if (scalarText(top.get('kind', true)) !== 'ConfigMap') continue;
      const data = top.get('data', true);
      if (!isMap(data)) continue;
      for (const p of data.items) {
        const k = scalarText(p.key);
        const v = scalarText(p.value);
        if (k && v !== undefined && envOn(k, v)) out.push({ messageId: 'env', data: { what: `${k}=${v}`, where: 'ConfigMap data' }, range: nodeRange(input, p.key as Node), matched: `${k}=${v}` });
      }
    }
  }
  if (!out.length && input.role !== 'compose') {
    // Kubernetes container env: `- name: DEBUG\n  value: "true"`.
    for (const doc of input.yaml ?? []) {
      if (!isMap(doc.contents) || !(doc.contents as YAMLMap).has('kind')) continue;
      visit(doc, {
        Map(_k, m) {
          const name = scalarText(m.get('name', true));
          const valueNode = m.get('value', true);
          const value = scalarText(valueNode);
          if (name && value !== undefined && m.items.length <= 3 && envOn(name, value) && isScalar(valueNode)) {
            out.push({ messageId: 'env', data: { what: `${name}=${value}`, where: 'container env' }, range: nodeRange(input, m as unknown as Node), matched: `${name}=${value}` });
          }
        },
      });
    }
  }
  return out;
}

export default defineRule({
  id: 'security/debug-enabled',
  title: 'Debug mode enabled',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'medium',
  likelihood: 'medium',
  impact: 'high',
  cwe: ['CWE-489', 'CWE-215'],
  references: [
    'https://flask.palletsprojects.com/en/stable/debugging/',
    'https://docs.djangoproject.com/en/stable/ref/settings/#debug',
  ],
  scope: { kind: 'file', languages: ['python', 'env', 'dockerfile', 'yaml'] },
  prefilter: /debug|DEBUG|reload|FLASK_ENV|runserver/,
  nonProduct: 'drop',
  messages: {
    call: '`{what}` runs the app in debug mode: stack traces and the interactive debugger are exposed',
    reload: '`{what}` runs the auto-reloading development server',
    setting: '{what}: Django serves stack traces, settings and SQL to anyone who triggers an error',
    defaultOn: '{what} defaults to on when the environment variable is missing',
    env: '`{what}` in {where} turns debug mode on',
    devServer: 'development server in a deployed command: `{what}`',
    local: '`{what}` on a local development server bound to {host}: the debugger is reachable from this machine only',
    switched: '`{what}` only under the app\'s own debug switch (`{condition}`): debug mode follows a setting the operator turns on',
  },
  docs: {
    what:
      'Web frameworks started in debug mode: Flask `app.run(debug=True)` / `app.debug = True` / `app.config["DEBUG"] = True`, Werkzeug `use_debugger=True`, FastAPI/Starlette `debug=True`, `uvicorn.run(reload=True)`, Django `DEBUG = True` (or a DEBUG that defaults to on) in settings modules, `FLASK_DEBUG=1`/`DEBUG=true`/`FLASK_ENV=development` in `.env` files, Dockerfile `ENV`, compose `environment:`, Kubernetes container env and ConfigMap data, and dev servers (`uvicorn --reload`, `flask run --debug`, `manage.py runserver`) as the container command.',
    why:
      'Debug mode shows full stack traces, settings and SQL to whoever triggers an error; the Werkzeug debugger is a remote Python shell for anyone who reaches the port. Auto-reload servers are single-process development servers that watch the filesystem.',
    bad: { path: 'app.py', code: 'from flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000, debug=True)\n' },
    good: {
      path: 'app.py',
      code: 'import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")\n',
    },
    fix: 'Read debug from the environment with a default of off (`DEBUG = os.environ.get("DJANGO_DEBUG") == "1"`), run a production server (gunicorn/uvicorn without `--reload`), and keep `DEBUG=1` in development-only files (`.env.example`, `docker-compose.override.yml`, `settings/dev.py`).',
    falsePositives:
      'Development-only files are not reported: `.env.example`/`.env.sample`/`.env.dev`/`.env.local`/`.env.test`, `docker-compose.override.yml`/`compose.dev.yml`, `Dockerfile.dev`, and Django settings modules named for development, local or tests (`settings/dev.py`, `settings/local.py`, `local_settings.py`, `settings_test.py`). Findings in tests, examples and docs are dropped. `debug=` computed from a variable is not judged. Express `app.set("env", "development")` is not reported (too rarely a real switch). `app.run(debug=True)` on a loopback host (`host="127.0.0.1"`/`localhost`), or with no host under `if __name__ == "__main__":` (Flask binds to 127.0.0.1 by default), is a local development server: an info notice, since only users of that machine reach the debugger; `host="0.0.0.0"` or a host from a variable stays a finding. `run(debug=True)` of an object that is not a web app (a bare `run`, `trainer.run`, a name last bound to a plain value) is not reported. `debug=True` / `app.debug = True` in the body of an `if` that tests the app\'s own debug flag (`if settings.debug:`, `if config.DEBUG or app.debug:`) mirrors a debug mode the operator switches on elsewhere: an info notice (the switch\'s default is where debug is decided, and a settings default that is on is reported there); under `if not …debug` it stays a finding.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.25, cap: 4, kind: 'mechanical', track: 'security' },
  check(input) {
    if (input.lang === 'python') return pythonDrafts(input);
    if (input.lang === 'env') return envFileDrafts(input);
    if (input.lang === 'dockerfile') return dockerDrafts(input);
    if (input.lang === 'yaml') return yamlDrafts(input);
    return [];
  },
});
