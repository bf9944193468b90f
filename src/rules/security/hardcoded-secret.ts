import type { SgNode } from '@ast-grep/napi';
import type { Document, Scalar } from 'yaml';
import { isMap, isPair, isScalar, isSeq, visit } from '../../parse/yaml-lib.js';
import { defineRule } from '../define.js';
import { candidateQuery, candidates } from '../../parse/candidates.js';
import { fromSg, lineRange } from '../../parse/position.js';
import type { Confidence, FileInput, FindingDraft, Lang, Range } from '../types.js';

/** The text pre-filter, shared with the rule's candidate queries (parse/candidates.ts). */
const PREFILTER = /pass|pwd|pw|secret|token|key|auth|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox|AIza|sk-|npm_|pypi-|SG\.|:AA|eyJ|PRIVATE KEY|:\/\/|mysql|-u/i;
import {
  PEM_HEADER,
  TOKEN_FORMATS,
  URL_CREDENTIALS,
  isExampleToken,
  isPlaceholder,
  isUrlPassword,
  pemBody,
  secretGroupKey,
  secretKindOfName,
  type SecretKind,
} from './_secret-patterns.js';

/**
 * One secret found in a file, before it becomes a draft. `value` is the secret itself: it only ever goes
 * into `secrets` (redacted by the engine) and into the group key's hash.
 */
interface Candidate {
  messageId: 'literal' | 'envDefault' | 'param' | 'url' | 'token' | 'tokenNamed' | 'pem' | 'auth';
  value: string;
  range: Range;
  data: Record<string, string>;
  confidence: Confidence;
  /** Extra strings to redact (the part of a PEM body on the header line …). */
  redact?: string[];
  priority: number;
}

const KIND_LABEL: Record<SecretKind, string> = { password: 'password', token: 'token', secret: 'secret', key: 'key', credential: 'credential' };

const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'commands', 'pre_script', 'post_script', 'args', 'entrypoint']);

const PY_ENV_GETTERS = /^(os\.environ\.get|os\.getenv|getenv|environ\.get|os\.environ\.setdefault|environ\.setdefault|config|decouple\.config|env|env\.str|env\.get|settings\.get|os\.environ\.pop)$/;

export default defineRule({
  id: 'security/hardcoded-secret',
  title: 'Hardcoded secret',
  category: 'security',
  status: 'stable',
  since: '0.1.0',
  severity: 'critical',
  confidence: 'medium',
  likelihood: 'high',
  impact: 'high',
  cwe: ['CWE-798', 'CWE-259'],
  references: [
    'https://cwe.mitre.org/data/definitions/798.html',
    'https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password',
    'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  ],
  tags: ['secrets'],
  scope: {
    kind: 'file',
    languages: ['python', 'javascript', 'typescript', 'tsx', 'yaml', 'env', 'bash', 'dockerfile', 'ini', 'toml', 'json', 'systemd', 'groovy', 'crontab', 'text', 'markdown'],
  },
  prefilter: PREFILTER,
  messages: {
    literal: '{kind} literal for {name}',
    envDefault: 'literal default for {name} in {lookup}',
    param: 'literal default for parameter {name} of {func}()',
    url: 'credentials in {scheme}:// URL for {host}',
    token: '{format} literal',
    tokenNamed: '{format} literal for {name}',
    pem: 'PEM {format} committed in source',
    auth: 'literal {scheme} credential in {name} header',
  },
  groupMessage: '{first} — same secret in {count} places across {files} files',
  docs: {
    what: 'Passwords, tokens and keys written into code and configuration: literal values assigned to secret-named variables, keys and parameters; literal defaults of environment look-ups (`os.environ.get("DB_PASS", "…")`, `process.env.TOKEN ?? "…"`, `${DB_PASS:-…}`); credentials inside URLs and on command lines (`mysqldump -p…`, `--password=…`, `PGPASSWORD=…`, `sshpass -p`, `curl -u user:…`, `redis-cli -a`, `docker login -p`, in scripts and crontabs); attributes of Terraform/HCL files (`password = "…"`); known token formats (AWS, GitHub, GitLab, Slack, Stripe live and test keys, Google, OpenAI, npm, PyPI, SendGrid, JWT) and PEM private keys. Each distinct secret is reported once, with every place it appears.',
    why: 'A secret in the repository is readable by everyone who can read the repository, its forks, its CI logs and every clone made before it is removed; it cannot be rotated without a code change, and the same value copied into several files is usually the same password on several systems. A literal default in an environment look-up is the same leak: when the variable is unset in production, the service silently runs with the committed password.',
    bad: { path: 'db.py', code: 'import os\n\nDB_PASS = os.environ.get("DB_PASS", "Sup3rS3cret!")\n' },
    good: { path: 'db.py', code: 'import os\n\nDB_PASS = os.environ["DB_PASS"]  # required: fails fast when unset\n' },
    fix: 'Remove the value from the code, rotate it (it is compromised once committed), and read it from the environment or a secret manager with no default, failing at start-up when it is missing. Put placeholders (`changeme`, `${DB_PASS}`) in `.env.example`, never real values.',
    falsePositives: 'Placeholders are not reported: empty values, `changeme`, `<password>`, `${VAR}`, `$VAR`, `{{ var }}`, `%(x)s`, masked (`****`, `xxxx`), `your-…-here`, values containing `example`/`dummy`/`placeholder`, values that are file paths, URLs, env-var names or prose (anything with spaces), and values equal to their own name or to its last words (`_JSON_FILE_PRIVATE_KEY = "private_key"`: a field name, not a key) or to the name without its secret word (`STORAGE_V1_CLIENT_KEY = "storage_v1_client"`), and host names (`"sql-component.googleapis.com"`); HCL expressions (`file("~/.ssh/key.pem")`, `random_password.db.result`) are not literals; GitHub Actions `permissions:` values (`id-token: write`) and Google\'s public PKCS#12 password `notasecret` (and values saying `not-a-secret`) are not secrets. `.env.example`/`.sample`/`.template` files, Markdown and plain-text notes are only checked for known token formats and private keys (documentation examples such as `AKIAIOSFODNN7EXAMPLE` are skipped). Names are matched by their last word: `DB_PASSWORD`, `apiKey`, `SECRET_KEY`, `STRIPE_KEY` (a vendor before `key`) are secret-ish, `password_file`, `token_url`, `page_token`, `primary_key` are not; `pass`/`pwd` alone count only beside a `user`/`username` key of the same object (`auth: {user, pass}`). Test files are reported one severity lower. Passwords of CI service containers (`services:` of a GitHub Actions / GitLab job, e.g. `POSTGRES_PASSWORD: postgres` for the test database) are throwaway and not reported; real token formats there still are.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.25, perFile: 0.25, cap: 24, kind: 'refactor', track: 'security' },
  check(input) {
    const cands: Candidate[] = [];
    const push = (c: Candidate) => cands.push(c);
    // Prose (Markdown, notes) is read for real token formats and private keys only: a live key pasted into a
    // README is as leaked as one in code, while `password: secret` in a setup guide is an example.
    const exampleEnv = isExampleConfig(input.path) || input.lang === 'markdown';
    // Raw text: token formats, PEM keys, URLs with credentials. Embedded CI shell is already covered by its host file.
    if (!input.embedded) scanRaw(input, push, exampleEnv);
    if (!exampleEnv) {
      switch (input.lang) {
        case 'python':
          if (input.root) scanPython(input, push);
          break;
        case 'javascript':
        case 'typescript':
        case 'tsx':
          if (input.root) scanJs(input, push);
          break;
        case 'bash':
          if (input.root) scanBash(input, push);
          break;
        case 'yaml':
          scanYaml(input, push);
          break;
        case 'env':
        case 'crontab':
          scanEnvLines(input, push);
          break;
        case 'dockerfile':
          scanDockerfile(input, push);
          break;
        case 'ini':
        case 'toml':
          scanIni(input, push);
          break;
        case 'systemd':
          scanSystemd(input, push);
          break;
        case 'json':
          scanJson(input, push);
          break;
        case 'groovy':
          scanGroovy(input, push);
          break;
        default:
          break;
      }
    }
    return toDrafts(cands);
  },
});

/* ------------------------------------------------------------------ drafts ------------------------------------------------------------------ */

function toDrafts(cands: Candidate[]): FindingDraft[] {
  // One finding per (line, secret): a token assigned to a secret name is reported as the token.
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const k = `${c.range.start.line}\0${c.value}`;
    const prev = best.get(k);
    if (!prev || c.priority > prev.priority) best.set(k, c);
  }
  return [...best.values()]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
    .map((c) => {
      const groupKey = secretGroupKey(c.value);
      return {
        messageId: c.messageId,
        data: c.data,
        range: c.range,
        matched: `${c.messageId}:${Object.values(c.data).join(':')}:${groupKey}`,
        secrets: [c.value, ...(c.redact ?? [])].filter((s) => s.length >= 3),
        groupKey,
        confidence: c.confidence,
      };
    });
}

function named(kind: SecretKind, name: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (isPlaceholder(value, name)) return;
  push({ messageId: 'literal', value, range, data: { kind: KIND_LABEL[kind], name }, confidence: 'medium', priority: 1 });
}

function envDefault(name: string, lookup: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (!secretKindOfName(name) || isPlaceholder(value, name)) return;
  push({ messageId: 'envDefault', value, range, data: { name, lookup }, confidence: 'medium', priority: 2 });
}

function param(name: string, func: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (!secretKindOfName(name) || isPlaceholder(value, name)) return;
  push({ messageId: 'param', value, range, data: { name, func }, confidence: 'medium', priority: 2 });
}

/** `pass`/`pwd` alone are too vague for a secret name, except next to a user name in the same object. */
const PASS_BESIDE_USER = /^(pass|pwd|pw)$/i;
const USER_KEY = /^(user|username|login|user_?name)$/i;

function jsObjectHasKey(obj: SgNode | null, key: RegExp): boolean {
  if (!obj || obj.kind() !== 'object') return false;
  return obj.children().some((c) => c.kind() === 'pair' && key.test(jsKeyName(c.field('key')) ?? ''));
}

/** `Authorization: Bearer abc…` / `Basic …` with a literal credential. */
function authHeader(name: string, value: string, range: Range, push: (c: Candidate) => void): boolean {
  if (!/^(x-)?(authorization|auth|proxy-authorization|x-api-key|x-auth-token)$/i.test(name)) return false;
  const m = /^(Bearer|Basic|Token|Bot)\s+([A-Za-z0-9._~+/=-]{8,})$/i.exec(value.trim());
  if (!m || isPlaceholder(m[2])) return true;
  push({ messageId: 'auth', value: m[2], range, data: { scheme: m[1], name }, confidence: 'medium', priority: 2 });
  return true;
}

/* ------------------------------------------------------------------ raw text ----------------------------------------------------------------- */

function isExampleConfig(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /(^|[._-])(example|sample|template|dist|defaults?|tmpl|tpl)([._-]|$)/.test(base) && /(^\.?env|\.env|env\.|\.ini|\.cfg|\.conf|\.ya?ml|\.json|\.toml|\.properties)/.test(base);
}

function scanRaw(input: FileInput, push: (c: Candidate) => void, exampleEnv: boolean): void {
  const src = input.source;
  const rangeOf = (start: number, end: number): Range => ({ start: input.positionAt(start), end: input.positionAt(end) });
  for (const f of TOKEN_FORMATS) {
    if (f.name === 'JWT' && !src.includes('eyJ')) continue;
    f.re.lastIndex = 0;
    for (let m = f.re.exec(src); m; m = f.re.exec(src)) {
      const token = m[f.group ?? 0];
      if (isExampleToken(token)) continue;
      const start = m.index + m[0].indexOf(token);
      const name = nameBefore(src, start);
      const conf: Confidence = f.name === 'JWT' || f.name === 'Telegram bot token' ? 'medium' : 'high';
      push({
        messageId: name ? 'tokenNamed' : 'token',
        value: token,
        range: rangeOf(start, start + token.length),
        data: name ? { format: f.name, name } : { format: f.name },
        confidence: conf,
        priority: 5,
      });
    }
  }
  if (src.includes('PRIVATE KEY')) {
    PEM_HEADER.lastIndex = 0;
    for (let m = PEM_HEADER.exec(src); m; m = PEM_HEADER.exec(src)) {
      const body = pemBody(src, m.index + m[0].length);
      if (!body) continue;
      const lineEnd = src.indexOf('\n', m.index);
      const restOfLine = src.slice(m.index + m[0].length, lineEnd < 0 ? src.length : lineEnd);
      push({
        messageId: 'pem',
        value: body,
        range: rangeOf(m.index, m.index + m[0].length),
        data: { format: m[1].replace('PRIVATE KEY', 'private key').trim() },
        confidence: 'high',
        redact: restOfLine.length >= 3 ? [restOfLine.replace(/^["',\s]+|["',\s]+$/g, '')] : [],
        priority: 6,
      });
    }
  }
  if (!exampleEnv && src.includes('://')) {
    URL_CREDENTIALS.lastIndex = 0;
    for (let m = URL_CREDENTIALS.exec(src); m; m = URL_CREDENTIALS.exec(src)) {
      const [, scheme, user, pw, host] = m;
      if (!isUrlPassword(pw)) continue;
      if (/^(example\.(com|org|net)|host|hostname|server|domain|your[\w-]*)$/i.test(host) || /^(user|username|usr)$/i.test(user) && /^(pass\w*|pw|pwd)$/i.test(pw)) continue;
      const start = m.index + scheme.length + 3 + user.length + 1;
      push({
        messageId: 'url',
        value: pw,
        range: rangeOf(start, start + pw.length),
        data: { scheme: scheme.toLowerCase(), host },
        confidence: 'high',
        priority: 3,
      });
    }
  }
}

/** The identifier a literal on this line is assigned to (`GITHUB_TOKEN = "ghp_…"` → GITHUB_TOKEN), if any. */
function nameBefore(src: string, offset: number): string | undefined {
  const lineStart = src.lastIndexOf('\n', offset - 1) + 1;
  const head = src.slice(lineStart, offset);
  const m = /([A-Za-z_][\w.-]*)["']?\s*(?:=|:|=>)\s*["'`]?(?:Bearer\s+|token\s+)?$/i.exec(head);
  const name = m ? m[1].replace(/^.*\./, '') : undefined;
  return name && !/^(value|default|data|content|text|str|string|result|res|x|s|v)$/i.test(name) ? name : undefined;
}

/* ------------------------------------------------------------------ python ------------------------------------------------------------------ */

/** The value of a Python string literal, or null for f-strings with interpolation and other expressions. */
function pyString(node: SgNode | null): string | null {
  if (!node || node.kind() !== 'string') return null;
  const kids = node.children();
  if (kids.some((k) => k.kind() === 'interpolation')) return null;
  const start = kids.find((k) => k.kind() === 'string_start')?.text() ?? '"';
  const end = kids.find((k) => k.kind() === 'string_end')?.text() ?? '"';
  const text = node.text();
  return text.slice(start.length, text.length - end.length);
}

function pyTargetName(node: SgNode | null): string | null {
  if (!node) return null;
  switch (node.kind()) {
    case 'identifier':
      return node.text();
    case 'attribute':
      return node.field('attribute')?.text() ?? null;
    case 'subscript':
      return pyString(node.field('subscript'));
    default:
      return null;
  }
}

/*
 * Candidate nodes are matched natively (ast-grep, in Rust), so only they cross into JS: each alternative
 * accepts a superset of what the JS case for that kind accepts (those still decide). Before, every call and
 * assignment of a file was fetched and inspected in JS (a quarter of a scan's CPU).
 */
/**
 * Python: the JS cases below need a plain `string` literal value; calls must be env getters or `add_argument`.
 * Callee test: every name of PY_ENV_GETTERS contains `environ`, `getenv`, `config` or `settings` or starts
 * with `env`, and `…add_argument` contains `add_argument`. One-literal regexes, because a rule is compiled on
 * every `findAll` and the anchored 14-name alternation cost ≈ 0.2 ms to compile per file, more than the walk.
 */
const PY_CALLEE_WORDS = ['environ', 'getenv', 'config', 'settings', '^env', 'add_argument'].map((regex) => ({ regex }));
const PY_CANDIDATES = candidateQuery(
  ['python'],
  {
    any: [
      { kind: 'assignment', has: { field: 'right', kind: 'string' } },
      { kind: 'keyword_argument', has: { field: 'value', kind: 'string' } },
      { kind: 'pair', all: [{ has: { field: 'key', kind: 'string' } }, { has: { field: 'value', kind: 'string' } }] },
      { kind: 'default_parameter', has: { field: 'value', kind: 'string' } },
      { kind: 'typed_default_parameter', has: { field: 'value', kind: 'string' } },
      { kind: 'call', has: { field: 'function', any: PY_CALLEE_WORDS } },
      { kind: 'boolean_operator', all: [{ has: { field: 'left', kind: 'call' } }, { has: { field: 'right', kind: 'string' } }] },
    ],
  },
  { when: PREFILTER },
);

function scanPython(input: FileInput, push: (c: Candidate) => void): void {
  for (const n of candidates(input, PY_CANDIDATES)) {
    switch (n.kind()) {
      case 'assignment': {
        // The name first (cheap): only `os.environ[…] =` and secret-ish names can push anything, and most
        // string assignments are neither, so their value is never decoded.
        const left = n.field('left');
        const name = pyTargetName(left);
        if (!name) break;
        const environ = left?.kind() === 'subscript' && /^os\.environ$/.test(left.field('value')?.text() ?? '');
        if (!environ && !secretKindOfName(name)) break;
        const value = pyString(n.field('right'));
        if (value === null) break;
        if (environ) {
          envDefault(name, 'os.environ[…] =', value, fromSg(n.field('right')!.range()), push);
          break;
        }
        literalFor(name, value, n.field('right')!, push);
        break;
      }
      case 'keyword_argument': {
        const name = n.field('name')?.text();
        if (!name || name === 'default' || !secretKindOfName(name)) break;
        const value = pyString(n.field('value'));
        if (value === null) break;
        literalFor(name, value, n.field('value')!, push);
        break;
      }
      case 'pair': {
        const name = pyString(n.field('key'));
        const value = pyString(n.field('value'));
        if (!name || value === null) break;
        if (authHeader(name, value, fromSg(n.field('value')!.range()), push)) break;
        literalFor(name, value, n.field('value')!, push);
        break;
      }
      case 'default_parameter':
      case 'typed_default_parameter': {
        const name = n.field('name')?.text();
        const value = pyString(n.field('value'));
        if (!name || value === null) break;
        const fn = n.parent()?.parent();
        const func = fn?.kind() === 'function_definition' ? (fn.field('name')?.text() ?? 'lambda') : 'lambda';
        param(name, func, value, fromSg(n.field('value')!.range()), push);
        break;
      }
      case 'call': {
        const fn = n.field('function')?.text() ?? '';
        // Cheap name test first: the candidates include other rules' calls (shared walk).
        if (!PY_ENV_GETTERS.test(fn) && !/(^|\.)add_argument$/.test(fn)) break;
        const args = n.field('arguments');
        if (!args) break;
        const pos = args.children().filter((c) => c.isNamed() && c.kind() !== 'keyword_argument' && c.kind() !== 'comment');
        const kw = args.children().filter((c) => c.kind() === 'keyword_argument');
        const kwDefault = kw.find((k) => k.field('name')?.text() === 'default')?.field('value') ?? null;
        if (PY_ENV_GETTERS.test(fn)) {
          const name = pyString(pos[0] ?? null);
          const defNode = pos[1] ?? kwDefault;
          const value = pyString(defNode);
          if (name && value !== null && defNode) envDefault(name, fn, value, fromSg(defNode.range()), push);
        } else if (/(^|\.)add_argument$/.test(fn) && kwDefault) {
          const flag = pos.map(pyString).find((s) => s?.startsWith('--'));
          const value = pyString(kwDefault);
          if (flag && value !== null) param(flag.replace(/^-+/, ''), fn, value, fromSg(kwDefault.range()), push);
        }
        break;
      }
      case 'boolean_operator': {
        // os.environ.get("DB_PASS") or "secret"
        const left = n.field('left');
        const right = n.field('right');
        if (!left || left.kind() !== 'call' || !/\bor\b/.test(n.text().slice(left.text().length, n.text().length - (right?.text().length ?? 0)))) break;
        const fn = left.field('function')?.text() ?? '';
        if (!PY_ENV_GETTERS.test(fn)) break;
        const argsNode = left.field('arguments');
        const first = argsNode?.children().find((c) => c.isNamed()) ?? null;
        const name = pyString(first);
        const value = pyString(right);
        if (name && value !== null && right) envDefault(name, `${fn}(…) or`, value, fromSg(right.range()), push);
        break;
      }
      default:
        break;
    }
  }
}

function literalFor(name: string, value: string, valueNode: SgNode, push: (c: Candidate) => void): void {
  const kind = secretKindOfName(name);
  if (!kind) return;
  named(kind, name, value, fromSg(valueNode.range()), push);
}

/* ------------------------------------------------------------------ JS / TS ------------------------------------------------------------------ */

function jsString(node: SgNode | null): string | null {
  if (!node) return null;
  const k = node.kind();
  if (k === 'string') return node.text().slice(1, -1);
  if (k === 'template_string') {
    if (node.children().some((c) => c.kind() === 'template_substitution')) return null;
    return node.text().slice(1, -1);
  }
  return null;
}

function jsKeyName(node: SgNode | null): string | null {
  if (!node) return null;
  const k = node.kind();
  if (k === 'property_identifier' || k === 'identifier' || k === 'shorthand_property_identifier_pattern' || k === 'private_property_identifier') return node.text().replace(/^#/, '');
  if (k === 'string') return node.text().slice(1, -1);
  if (k === 'member_expression') return node.field('property')?.text() ?? null;
  if (k === 'subscript_expression') return jsString(node.field('index'));
  return null;
}

/** `process.env.X`, `process.env["X"]`, `import.meta.env.X`, `Deno.env.get("X")`, `Bun.env.X` → X. */
function jsEnvName(node: SgNode | null): string | null {
  if (!node) return null;
  const k = node.kind();
  if (k === 'member_expression' || k === 'subscript_expression') {
    const obj = node.field('object')?.text() ?? '';
    if (/^(process\.env|import\.meta\.env|Bun\.env)$/.test(obj)) return jsKeyName(node);
  }
  if (k === 'call_expression' && /^(Deno\.env\.get)$/.test(node.field('function')?.text() ?? '')) {
    return jsString(node.field('arguments')?.children().find((c) => c.isNamed()) ?? null);
  }
  return null;
}

function enclosingFunctionName(node: SgNode): string {
  for (let p = node.parent(); p; p = p.parent()) {
    const k = p.kind();
    if (k === 'function_declaration' || k === 'method_definition' || k === 'function_expression' || k === 'generator_function_declaration') {
      return p.field('name')?.text() ?? 'function';
    }
    if (k === 'arrow_function') {
      const d = p.parent();
      if (d?.kind() === 'variable_declarator') return d.field('name')?.text() ?? 'arrow function';
      return 'arrow function';
    }
  }
  return 'function';
}

const JS_KINDS = ['variable_declarator', 'assignment_expression', 'pair', 'field_definition', 'assignment_pattern', 'object_assignment_pattern', 'binary_expression'];
const TS_KINDS = ['variable_declarator', 'assignment_expression', 'pair', 'public_field_definition', 'required_parameter', 'optional_parameter', 'assignment_pattern', 'object_assignment_pattern', 'binary_expression'];

/**
 * JS/TS: every case below needs a string or template literal as its `value` or `right` child (native
 * pre-match). The literal test is one utility rule: written out in each of the 18 `has`, its kind names
 * cost 36 symbol-table searches (≈ 0.2 ms) on every compile, i.e. on every file.
 */
const JS_UTILS = { 'hardcoded-secret/stringish': { any: [{ kind: 'string' }, { kind: 'template_string' }] } };
const jsCandidates = (langs: readonly Lang[], kinds: readonly string[]) =>
  candidateQuery(
    langs,
    { any: kinds.map((kind) => ({ kind, any: [{ has: { field: 'value', matches: 'hardcoded-secret/stringish' } }, { has: { field: 'right', matches: 'hardcoded-secret/stringish' } }] })) },
    { when: PREFILTER, utils: JS_UTILS },
  );
const JS_CANDIDATES = jsCandidates(['javascript'], JS_KINDS);
const TS_CANDIDATES = jsCandidates(['typescript', 'tsx'], TS_KINDS);

function scanJs(input: FileInput, push: (c: Candidate) => void): void {
  for (const n of candidates(input, input.lang === 'javascript' ? JS_CANDIDATES : TS_CANDIDATES)) {
    switch (n.kind()) {
      case 'variable_declarator': {
        const name = n.field('name');
        const value = n.field('value');
        const s = jsString(value);
        if (name?.kind() === 'identifier' && s !== null && value) literalFor(name.text(), s, value, push);
        break;
      }
      case 'assignment_expression': {
        const left = n.field('left');
        const right = n.field('right');
        const s = jsString(right);
        const envName = jsEnvName(left);
        if (envName && s !== null && right) {
          envDefault(envName, 'process.env assignment', s, fromSg(right.range()), push);
          break;
        }
        const name = jsKeyName(left);
        if (name && s !== null && right) literalFor(name, s, right, push);
        break;
      }
      case 'pair': {
        const name = jsKeyName(n.field('key'));
        const value = n.field('value');
        const s = jsString(value);
        if (!name || s === null || !value) break;
        if (authHeader(name, s, fromSg(value.range()), push)) break;
        // `auth: { user: "…", pass: "…" }` (nodemailer, ftp and proxy clients): `pass` beside a user is a password.
        if (PASS_BESIDE_USER.test(name) && jsObjectHasKey(n.parent(), USER_KEY)) {
          named('password', name, s, fromSg(value.range()), push);
          break;
        }
        literalFor(name, s, value, push);
        break;
      }
      case 'public_field_definition':
      case 'field_definition': {
        const nameNode = n.field('name') ?? n.field('property') ?? n.children().find((c) => c.kind() === 'property_identifier' || c.kind() === 'private_property_identifier') ?? null;
        const value = n.field('value');
        const s = jsString(value);
        const name = jsKeyName(nameNode);
        if (name && s !== null && value) literalFor(name, s, value, push);
        break;
      }
      case 'required_parameter':
      case 'optional_parameter':
      case 'assignment_pattern': {
        const nameNode = n.field('pattern') ?? n.field('left');
        const value = n.field('value') ?? n.field('right');
        const s = jsString(value);
        if (nameNode?.kind() !== 'identifier' || s === null || !value) break;
        param(nameNode.text(), enclosingFunctionName(n), s, fromSg(value.range()), push);
        break;
      }
      case 'object_assignment_pattern': {
        const name = jsKeyName(n.field('left'));
        const value = n.field('right');
        const s = jsString(value);
        if (!name || s === null || !value) break;
        // const { DB_PASS = "…" } = process.env
        let p = n.parent();
        while (p && p.kind() === 'object_pattern') p = p.parent();
        const src = p?.kind() === 'variable_declarator' ? p.field('value')?.text() : undefined;
        if (src && /^(process\.env|import\.meta\.env|Bun\.env)$/.test(src)) envDefault(name, src, s, fromSg(value.range()), push);
        else param(name, enclosingFunctionName(n), s, fromSg(value.range()), push);
        break;
      }
      case 'binary_expression': {
        const op = n.field('operator')?.text() ?? n.children().find((c) => c.text() === '??' || c.text() === '||')?.text();
        if (op !== '??' && op !== '||') break;
        const envName = jsEnvName(n.field('left'));
        const right = n.field('right');
        const s = jsString(right);
        if (envName && s !== null && right) envDefault(envName, `process.env ${op}`, s, fromSg(right.range()), push);
        break;
      }
      default:
        break;
    }
  }
}

/* ------------------------------------------------------------------ bash ------------------------------------------------------------------ */

/** The literal text of a shell word (no expansions or substitutions), or null. */
function bashLiteral(node: SgNode | null): string | null {
  if (!node) return null;
  switch (node.kind()) {
    case 'word':
    case 'number': {
      const t = node.text();
      return /[$`]/.test(t) ? null : t.replace(/\\(.)/g, '$1');
    }
    case 'raw_string':
      return node.text().slice(1, -1);
    case 'string': {
      const kids = node.children().filter((c) => c.isNamed());
      if (kids.some((c) => c.kind() !== 'string_content')) return null;
      return node.text().slice(1, -1);
    }
    case 'concatenation': {
      let out = '';
      for (const c of node.children()) {
        const s = bashLiteral(c);
        if (s === null) return null;
        out += s;
      }
      return out;
    }
    default:
      return null;
  }
}

const MYSQL = /^(mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlshow|mysqlcheck)$/;

/**
 * Bash (native pre-match): an expansion default needs its `-`/`=` operator in the text; every command case
 * needs an argument starting with `-` (raw or backslash-escaped, so a `-` is in the command's text).
 */
const BASH_CANDIDATES = candidateQuery(['bash'], { any: [{ kind: 'variable_assignment' }, { kind: 'expansion', regex: '[-=]' }, { kind: 'command', regex: '-' }] }, { when: PREFILTER });

function scanBash(input: FileInput, push: (c: Candidate) => void): void {
  for (const n of candidates(input, BASH_CANDIDATES)) {
    switch (n.kind()) {
      case 'variable_assignment': {
        const name = n.field('name')?.text() ?? n.children().find((c) => c.kind() === 'variable_name')?.text();
        const valueNode = n.field('value') ?? n.children().filter((c) => c.isNamed())[1] ?? null;
        const s = bashLiteral(valueNode);
        if (name && s !== null && valueNode) literalFor(name, s, valueNode, push);
        break;
      }
      case 'expansion': {
        // ${DB_PASS:-secret} / ${DB_PASS-secret} / ${DB_PASS:=secret}
        const kids = n.children();
        const vi = kids.findIndex((c) => c.kind() === 'variable_name');
        const op = kids[vi + 1]?.text();
        if (vi < 0 || !op || !/^:?[-=]$/.test(op)) break;
        const valueNode = kids[vi + 2];
        if (!valueNode || valueNode.text() === '}') break;
        // The grammar splits words like `Pa55#word` oddly: take the text up to the closing brace.
        const full = n.text();
        const raw = full.slice(full.indexOf(op, kids[vi].range().end.index - n.range().start.index) + op.length, -1);
        if (/[$`]/.test(raw)) break;
        envDefault(kids[vi].text(), `\${${kids[vi].text()}${op}…}`, unquote(raw), fromSg(valueNode.range()), push);
        break;
      }
      case 'command': {
        // Other rules' commands (shared walk) without the `-` every case below needs: one crossing drops them.
        if (!n.text().includes('-')) break;
        const cmd = n.field('name')?.text() ?? '';
        const args = n.children().filter((c) => c.isNamed() && c.kind() !== 'command_name' && c.kind() !== 'variable_assignment' && c.kind() !== 'file_redirect' && c.kind() !== 'herestring_redirect');
        for (let i = 0; i < args.length; i++) {
          const a = args[i];
          const lit = bashLiteral(a);
          if (lit === null) continue;
          let m: RegExpExecArray | null;
          if ((m = /^--([A-Za-z][\w-]*)=(.+)$/.exec(lit)) && secretKindOfName(m[1])) {
            named(secretKindOfName(m[1])!, `--${m[1]}`, m[2], fromSg(a.range()), push);
          } else if ((m = /^--([A-Za-z][\w-]*)$/.exec(lit)) && secretKindOfName(m[1]) && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            if (v !== null) named(secretKindOfName(m[1])!, `--${m[1]}`, v, fromSg(args[i + 1].range()), push);
          } else if (MYSQL.test(cmd) && (m = /^-p(.+)$/.exec(lit))) {
            named('password', `${cmd} -p`, m[1], fromSg(a.range()), push);
          } else if (((cmd === 'redis-cli' && lit === '-a') || (/^(docker|podman|buildah|skopeo|helm)$/.test(cmd) && lit === '-p' && args.some((x) => x.text() === 'login'))) && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            if (v !== null) named('password', `${cmd}${cmd === 'redis-cli' ? '' : ' login'} ${lit}`, v, fromSg(args[i + 1].range()), push);
          } else if (cmd === 'sshpass' && lit === '-p' && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            if (v !== null) named('password', 'sshpass -p', v, fromSg(args[i + 1].range()), push);
          } else if (/^(curl|wget)$/.test(cmd) && (lit === '-u' || lit === '--user') && args[i + 1]) {
            const v = bashLiteral(args[i + 1]);
            const pw = v?.includes(':') ? v.slice(v.indexOf(':') + 1) : null;
            if (pw) named('password', `${cmd} ${lit}`, pw, fromSg(args[i + 1].range()), push);
          }
        }
        break;
      }
      default:
        break;
    }
  }
}

/* ------------------------------------------------------------------ YAML ------------------------------------------------------------------ */

const EXPANSION = /\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=])([^}$]*)\}/g;
const KEY_EQ_VALUE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$/;

function scalarText(s: Scalar): string | null {
  if (s.tag && !/^tag:yaml\.org,2002:(str|int)$/.test(s.tag)) return null;
  if (typeof s.value === 'string') return s.value;
  if (typeof s.value === 'number' && Number.isInteger(s.value)) return String(s.value);
  return null;
}

function scanYaml(input: FileInput, push: (c: Candidate) => void): void {
  const ci = input.role.startsWith('ci-');
  const rangeOf = (s: Scalar): Range | null => (s.range ? { start: input.positionAt(s.range[0]), end: input.positionAt(s.range[1]) } : null);
  for (const doc of input.yaml ?? ([] as readonly Document.Parsed[])) {
    visit(doc, {
      Map(_k, map, path) {
        if (ci && underCiServices(path)) return;
        // Kubernetes / ECS env: [{name: DB_PASSWORD, value: "…"}]
        const nameNode = map.get('name', true);
        const valueNode = map.get('value', true);
        if (isScalar(nameNode) && isScalar(valueNode) && typeof nameNode.value === 'string') {
          const v = scalarText(valueNode);
          const r = rangeOf(valueNode);
          const kind = secretKindOfName(nameNode.value);
          if (v !== null && r && kind) named(kind, nameNode.value, v, r, push);
        }
      },
      Scalar(key, node, path) {
        const parent = path[path.length - 1];
        const text = scalarText(node);
        if (text === null) return;
        const r = rangeOf(node);
        if (!r) return;
        // CI service containers (GitHub Actions / GitLab `services:`) are throwaway databases created for the
        // job: their passwords guard nothing. Only real token formats are still reported there.
        if (ci && underCiServices(path)) {
          if (!text.includes('\n')) flagSecrets(text, () => r, push);
          return;
        }
        if (isPair(parent) && key === 'value') {
          const k = isScalar(parent.key) ? String(parent.key.value) : '';
          if (ci && SHELL_KEYS.has(k)) return;
          const grand = path[path.length - 2];
          // {name: X, value: Y} handled by Map above.
          if (k === 'value' && isMap(grand) && grand.has('name')) return;
          if (authHeader(k, text, r, push)) return;
          const besideUser = PASS_BESIDE_USER.test(k) && isMap(grand) && grand.items.some((p) => isScalar(p.key) && USER_KEY.test(String(p.key.value)));
          const kind = secretKindOfName(k) ?? (besideUser ? 'password' : null);
          if (kind && !text.includes('\n')) named(kind, k, text, r, push);
          else if (!kind) yamlInline(text, r, push);
          return;
        }
        if (key === 'key') return;
        // Sequence items: compose `environment: ["DB_PASSWORD=…"]`, args lists …
        if (isSeq(parent)) {
          const pair = path[path.length - 2];
          if (ci && isPair(pair) && isScalar(pair.key) && SHELL_KEYS.has(String(pair.key.value))) return;
          yamlInline(text, r, push);
        }
      },
    });
  }
}

/** True inside a CI `services:` block (the job's ephemeral service containers). */
function underCiServices(path: readonly unknown[]): boolean {
  return path.some((p) => isPair(p) && isScalar(p.key) && p.key.value === 'services');
}

/** `KEY=value` and `${KEY:-default}` inside one YAML string. */
function yamlInline(text: string, r: Range, push: (c: Candidate) => void): void {
  if (text.includes('\n')) return;
  flagSecrets(text, () => r, push);
  const m = KEY_EQ_VALUE.exec(text);
  if (m && !/\s/.test(m[2])) {
    const kind = secretKindOfName(m[1]);
    if (kind && !m[2].includes('${')) named(kind, m[1], unquote(m[2]), r, push);
  }
  EXPANSION.lastIndex = 0;
  for (let e = EXPANSION.exec(text); e; e = EXPANSION.exec(text)) {
    envDefault(e[1], `\${${e[1]}${e[2]}…}`, unquote(e[3]), r, push);
  }
}

/** `--password=…` / `--requirepass "…"` in a command line held as text (compose `command:`, Dockerfile RUN). */
function flagSecrets(text: string, rangeAt: (index: number, value: string) => Range, push: (c: Candidate) => void): void {
  if (!text.includes('--')) return;
  for (const m of text.matchAll(/(?:^|\s)--([A-Za-z][\w-]*)(?:=|\s+)("[^"$]*"|'[^']*'|[^\s"'$-][^\s"'$]*)/g)) {
    const kind = secretKindOfName(m[1]);
    if (!kind) continue;
    const value = unquote(m[2]);
    named(kind, `--${m[1]}`, value, rangeAt((m.index ?? 0) + m[0].length - m[2].length, value), push);
  }
}

/**
 * A command line that is not parsed as shell (crontab jobs, systemd `Exec*=`): client password flags
 * (`mysqldump -p…`, `sshpass -p`), `--password x` flags and `NAME=value` prefixes (`PGPASSWORD=x pg_dump …`)
 * with a secret-like name and a literal value.
 */
function commandLineSecrets(text: string, lineNo: number, push: (c: Candidate) => void, offset = 0): void {
  const padded = ' '.repeat(offset) + text;
  COMMAND_PASSWORD.lastIndex = 0;
  for (let c = COMMAND_PASSWORD.exec(text); c; c = COMMAND_PASSWORD.exec(text)) {
    const what = c[1] ? `${c[1]} -p` : /sshpass/.test(c[0]) ? 'sshpass -p' : /PGPASSWORD/.test(c[0]) ? 'PGPASSWORD' : '--password';
    named('password', what, c[3], valueRange(lineNo, padded, c[3], offset + c.index), push);
  }
  flagSecrets(text, (idx, v) => valueRange(lineNo, ' '.repeat(offset) + text, v, offset + idx), push);
  for (const m of text.matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)=("[^"$]*"|'[^']*'|[^\s"'$;|&][^\s;|&]*)/g)) {
    const kind = secretKindOfName(m[1]);
    if (!kind) continue;
    const value = unquote(m[2]);
    if (value.includes('$')) continue;
    named(kind, m[1], value, valueRange(lineNo, ' '.repeat(offset) + text, value, offset + (m.index ?? 0)), push);
  }
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/* ------------------------------------------------------------------ line formats ------------------------------------------------------------------ */

function valueRange(line: number, text: string, value: string, from = 0): Range {
  const i = Math.max(0, text.indexOf(value, from));
  return lineRange(line, i, i + value.length);
}

/** Value of `KEY=value` in .env syntax: quotes removed, ` # comment` removed from unquoted values. */
function envValue(raw: string): string {
  const t = raw.trim();
  if (t[0] === '"' || t[0] === "'") {
    const end = t.indexOf(t[0], 1);
    return end > 0 ? t.slice(1, end) : t.slice(1);
  }
  return t.replace(/\s+#.*$/, '');
}

function lineExpansions(lineNo: number, text: string, push: (c: Candidate) => void): void {
  if (!text.includes('${')) return;
  EXPANSION.lastIndex = 0;
  for (let e = EXPANSION.exec(text); e; e = EXPANSION.exec(text)) {
    const v = unquote(e[3]);
    envDefault(e[1], `\${${e[1]}${e[2]}…}`, v, valueRange(lineNo, text, e[3], e.index), push);
  }
}

/** Command lines held as text (crontab, systemd): `mysqldump -pS3cret`, `--password=S3cret`, `PGPASSWORD=S3cret pg_dump`, `sshpass -p`. */
const COMMAND_PASSWORD = /(?:\b(mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^|;&\n]*?\s-p(?!\s)|\s--password=|\bPGPASSWORD=|\bsshpass\s+-p\s*)(["']?)([^\s"'$`;|&]+)\2/g;

function scanEnvLines(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*#/.test(text)) return;
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=(.*)$/.exec(text);
    if (!m) {
      // A crontab job line: its command is shell (`… PGPASSWORD=x pg_dump`, `… --password x`).
      if (input.lang === 'crontab') commandLineSecrets(text, i + 1, push);
      return;
    }
    const kind = secretKindOfName(m[1]);
    const value = envValue(m[2]);
    if (kind && !value.includes('${')) named(kind, m[1], value, valueRange(i + 1, text, value, m[0].indexOf('=')), push);
    lineExpansions(i + 1, text, push);
  });
}

function scanDockerfile(input: FileInput, push: (c: Candidate) => void): void {
  let inEnv = false;
  input.lines.forEach((text, i) => {
    const lineNo = i + 1;
    const instr = /^\s*(ENV|ARG)\s+(.*)$/i.exec(text);
    const body = instr ? instr[2] : inEnv ? text : null;
    const continues = /\\\s*$/.test(text);
    if (body !== null && !/^\s*#/.test(text)) {
      const pairs = [...body.replace(/\\\s*$/, '').matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)];
      if (pairs.length) {
        for (const p of pairs) {
          const kind = secretKindOfName(p[1]);
          const value = unquote(p[2]);
          if (kind && !value.includes('$')) named(kind, p[1], value, valueRange(lineNo, text, value, (p.index ?? 0) + (instr ? text.indexOf(instr[2]) : 0)), push);
        }
      } else if (instr && instr[1].toUpperCase() === 'ENV') {
        // Legacy form: ENV KEY value
        const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)\s*$/.exec(instr[2]);
        const kind = legacy && secretKindOfName(legacy[1]);
        if (legacy && kind) {
          const value = unquote(legacy[2]);
          if (!value.includes('$')) named(kind, legacy[1], value, valueRange(lineNo, text, value, text.indexOf(legacy[1]) + legacy[1].length), push);
        }
      }
    }
    if (!instr && !inEnv && !/^\s*#/.test(text)) flagSecrets(text, (idx, v) => valueRange(lineNo, text, v, idx), push);
    inEnv = (instr !== null || inEnv) && continues && (instr ? /^(ENV|ARG)$/i.test(instr[1]) : true);
    lineExpansions(lineNo, text, push);
  });
}

function scanIni(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*[#;[]/.test(text)) return;
    const redis = /^\s*(requirepass|masterauth)\s+(\S+)\s*$/.exec(text);
    if (redis) {
      named('password', redis[1], unquote(redis[2]), valueRange(i + 1, text, unquote(redis[2])), push);
      return;
    }
    const m = /^\s*([A-Za-z_][\w.-]*)\s*[=:]\s*(.*?)\s*$/.exec(text);
    if (!m) return;
    const kind = secretKindOfName(m[1]);
    let value = m[2];
    // HCL expressions (`file("~/.ssh/id_rsa")`, `random_password.db.result`) are not literals.
    const expression = /^[A-Za-z_][\w.]*\(/.test(value);
    if (value[0] === '"' || value[0] === "'") value = envValue(value);
    else value = value.replace(/\s+[#;].*$/, '');
    if (kind && !expression) named(kind, m[1], value, valueRange(i + 1, text, value, m[1].length), push);
    lineExpansions(i + 1, text, push);
  });
}

function scanSystemd(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*Exec\w*\s*=/.test(text)) commandLineSecrets(text.slice(text.indexOf('=') + 1), i + 1, push, text.indexOf('=') + 1);
    const m = /^\s*Environment\s*=\s*(.*)$/.exec(text);
    if (!m) return;
    for (const p of m[1].matchAll(/"?([A-Za-z_][A-Za-z0-9_]*)=([^"\s]*)"?/g)) {
      const kind = secretKindOfName(p[1]);
      if (kind && !p[2].includes('$')) named(kind, p[1], p[2], valueRange(i + 1, text, p[2], text.indexOf(p[0])), push);
    }
  });
}

function scanJson(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    for (const p of text.matchAll(/"([^"\\]+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
      const kind = secretKindOfName(p[1]);
      if (!kind) {
        authHeader(p[1], p[2], valueRange(i + 1, text, p[2], p.index ?? 0), push);
        continue;
      }
      if (p[2].startsWith('-----BEGIN')) continue; // PEM keys are found by format
      named(kind, p[1], p[2], valueRange(i + 1, text, p[2], (p.index ?? 0) + p[1].length + 2), push);
    }
  });
}

function scanGroovy(input: FileInput, push: (c: Candidate) => void): void {
  input.lines.forEach((text, i) => {
    if (/^\s*\/\//.test(text)) return;
    for (const p of text.matchAll(/\b([A-Za-z_]\w*)\s*[=:]\s*(['"])([^'"$]*)\2/g)) {
      const kind = secretKindOfName(p[1]);
      if (kind) named(kind, p[1], p[3], valueRange(i + 1, text, p[3], p.index ?? 0), push);
    }
  });
}
