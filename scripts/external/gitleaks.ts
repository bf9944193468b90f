/**
 * gitleaks' rule definitions (cmd/generate/config/rules/*.go) label every known token format with true-positive
 * and false-positive samples, written as Go expressions (literals, concatenation, `secrets.NewSecret(regex)`,
 * `utils.GenerateSampleSecrets(id, secret)` …). This module evaluates those expressions without Go: a small
 * tokenizer and expression evaluator, the helper patterns and sample templates read from the local copy's
 * utils/*.go at run time, and random strings drawn from the regexes by randexp with a fixed seed (so the figures
 * repeat). Statements it cannot evaluate are counted and listed, never guessed.
 *
 * Each sample becomes one file (its extension follows the template: `.py`, `.yaml`, `.json`, `.ini`, else `.txt`);
 * a true-positive sample is a hit when harden reports security/hardcoded-secret in it, a false-positive sample
 * counts as a false positive when it does.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { findingsOf } from './harden-run.js';
import type { SourceMapping } from './mapping.js';
import { tally, type Scores } from './score.js';

interface RandExpLike {
  max: number;
  randInt: (a: number, b: number) => number;
  gen(): string;
}
const randexpModule = createRequire(import.meta.url)('randexp') as { default?: new (re: RegExp) => RandExpLike } & (new (re: RegExp) => RandExpLike);
const RandExp = randexpModule.default ?? randexpModule;

type Tok = { t: 'str' | 'id' | 'num' | 'op' | 'nl'; v: string };

function unquote(raw: string): string {
  // Go interpreted string literal → value.
  return raw.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{3}|.)/g, (_, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[e] ?? e;
  });
}

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      out.push({ t: 'nl', v: '\n' });
      i++;
    } else if (/\s/.test(c)) i++;
    else if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (src.startsWith('/*', i)) {
      const e = src.indexOf('*/', i + 2);
      i = e < 0 ? src.length : e + 2;
    } else if (c === '`') {
      const e = src.indexOf('`', i + 1);
      const end = e < 0 ? src.length : e;
      out.push({ t: 'str', v: src.slice(i + 1, end).replace(/\r/g, '') });
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'str', v: unquote(src.slice(i, j + 1)) });
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== "'") j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'num', v: String(unquote(src.slice(i, j + 1)).charCodeAt(0)) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(src.slice(i, i + 50))!;
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else {
      const three = src.slice(i, i + 3);
      const two = src.slice(i, i + 2);
      const op = three === '...' ? three : [':=', '==', '!=', '&&', '||', '+=', '<=', '>='].includes(two) ? two : c;
      out.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  return out;
}

/** Go's automatic semicolons, enough for function bodies: a newline ends a statement outside brackets after an operand. */
function statements(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  let depth = 0;
  for (const tok of toks) {
    if (tok.t === 'nl') {
      const last = cur[cur.length - 1];
      const ends = last && (last.t !== 'op' || [')', ']', '}'].includes(last.v));
      if (depth === 0 && ends) {
        out.push(cur);
        cur = [];
      }
      continue;
    }
    if (tok.t === 'op' && ['(', '[', '{'].includes(tok.v)) depth++;
    if (tok.t === 'op' && [')', ']', '}'].includes(tok.v)) depth--;
    cur.push(tok);
  }
  if (cur.length) out.push(cur);
  return out;
}

type Val = string | string[] | number;

class Unsupported extends Error {}

export interface GoHelpers {
  /** utils.X(size) → a regex fragment with the size put in. */
  patterns: Map<string, (args: string[]) => string>;
  /** GenerateSampleSecrets templates: name → text with {i}, {I}, {s}. */
  templates: Array<{ name: string; text: string }>;
  /** GenerateSampleSecret's format (two %s). */
  singleFormat: string;
}

/** Reads the helpers from the local copy of gitleaks (utils/patterns.go and utils/generate.go). */
export function readHelpers(gitleaksRoot: string): GoHelpers {
  const utils = path.join(gitleaksRoot, 'cmd', 'generate', 'config', 'utils');
  const patterns = new Map<string, (args: string[]) => string>();
  const pat = readFileSync(path.join(utils, 'patterns.go'), 'utf8');
  for (const m of pat.matchAll(/func (\w+)\(([^)]*)\) string \{\s*return ([^\n]+)\n/g)) {
    const body = tokenize(m[3]);
    patterns.set(m[1], (args) => {
      const params = m[2].split(',').map((p) => p.trim().split(/\s+/)[0]).filter(Boolean);
      const env = new Map<string, Val>(params.map((p, i) => [p, args[i] ?? '']));
      return String(evalExpr(body, env, { patterns, templates: [], singleFormat: '' }, () => 0.5));
    });
  }
  const gen = readFileSync(path.join(utils, 'generate.go'), 'utf8');
  const block = /func GenerateSampleSecrets\([^)]*\) \[\]string \{([\s\S]*?)\n\}/.exec(gen)?.[1] ?? '';
  const templates: GoHelpers['templates'] = [];
  for (const line of block.split('\n')) {
    const m = /^\s*("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*"|`[^`]*`)\s*,/.exec(line);
    if (!m) continue;
    templates.push({ name: unquote(m[1]), text: m[2].startsWith('`') ? m[2].slice(1, -1) : unquote(m[2]) });
  }
  const single = /func GenerateSampleSecret\([^)]*\) string \{\s*return fmt\.Sprintf\(("(?:[^"\\]|\\.)*")/.exec(gen);
  return { patterns, templates, singleFormat: single ? unquote(single[1]) : '%s_api_token = "%s"' };
}

function sprintf(fmt: string, args: Val[]): string {
  let k = 0;
  return fmt.replace(/%([-+ 0#]*\d*)([sdvqx%])/g, (_, _f: string, verb: string) => {
    if (verb === '%') return '%';
    const a = args[k++];
    if (verb === 'q') return JSON.stringify(String(a));
    return Array.isArray(a) ? a.join(' ') : String(a);
  });
}

let sampleTemplateNames: string[] = [];

function sampleSecrets(h: GoHelpers, id: string, secret: string): string[] {
  sampleTemplateNames = h.templates.map((t) => t.name);
  return h.templates.map((t) => t.text.replaceAll('{i}', id).replaceAll('{I}', id.toUpperCase()).replaceAll('{s}', secret));
}

/** Go regex → a JavaScript one randexp understands (inline flags dropped, `\z` → `$`, POSIX classes). */
function jsRegex(re: string): RegExp {
  const src = re
    .replace(/\(\?[imsU]+\)/g, '')
    .replace(/\(\?[imsU]+:/g, '(?:')
    .replace(/\\z/g, '$')
    .replace(/\[:alnum:\]/g, 'a-zA-Z0-9')
    .replace(/\[:alpha:\]/g, 'a-zA-Z')
    .replace(/\[:digit:\]/g, '0-9')
    .replace(/\\x60/g, '`');
  return new RegExp(src);
}

function generate(re: string, rand: () => number): string {
  const r = new RandExp(jsRegex(re));
  r.max = 1;
  r.randInt = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  return r.gen();
}

/** Evaluates one expression (a token list); throws Unsupported for anything outside the sample dialect. */
function evalExpr(toks: Tok[], env: Map<string, Val>, h: GoHelpers, rand: () => number): Val {
  let i = 0;
  const peek = () => toks[i];
  const expect = (v: string) => {
    if (toks[i]?.v !== v) throw new Unsupported(`expected ${v} at ${toks[i]?.v}`);
    i++;
  };
  const list = (close: string): Val[] => {
    const items: Val[] = [];
    while (peek() && peek().v !== close) {
      // map literal entries: key: value → value
      const v = sum();
      if (peek()?.v === ':') {
        i++;
        items.push(sum());
      } else items.push(v);
      if (peek()?.v === '...') {
        i++;
        const last = items.pop()!;
        items.push(...(Array.isArray(last) ? last : [last]));
      }
      if (peek()?.v === ',') i++;
    }
    expect(close);
    return items;
  };
  const call = (name: string, args: Val[]): Val => {
    const s = (k: number) => {
      const a = args[k];
      if (Array.isArray(a)) throw new Unsupported(`${name}: list argument`);
      return String(a);
    };
    switch (name) {
      case 'secrets.NewSecret':
        return generate(s(0), rand);
      case 'utils.GenerateSampleSecrets':
        return sampleSecrets(h, s(0), s(1));
      case 'utils.GenerateSampleSecret':
        return sprintf(h.singleFormat, [s(0), s(1)]);
      case 'fmt.Sprintf':
        return sprintf(s(0), args.slice(1));
      case 'strings.Repeat':
        return s(0).repeat(Number(args[1]));
      case 'strings.ToUpper':
        return s(0).toUpperCase();
      case 'strings.ToLower':
        return s(0).toLowerCase();
      case 'strings.Join':
        return (args[0] as string[]).join(s(1));
      case 'append':
        return [...(args[0] as string[]), ...args.slice(1).flatMap((a) => (Array.isArray(a) ? a : [String(a)]))];
      case 'string':
        return s(0);
    }
    if (name.startsWith('utils.') && h.patterns.has(name.slice(6))) return h.patterns.get(name.slice(6))!(args.map(String));
    throw new Unsupported(`call ${name}`);
  };
  const primary = (): Val => {
    const tok = toks[i++];
    if (!tok) throw new Unsupported('end of expression');
    if (tok.t === 'str') return tok.v;
    if (tok.t === 'num') return Number(tok.v);
    if (tok.t === 'op' && tok.v === '(') {
      const v = sum();
      expect(')');
      return v;
    }
    if (tok.t === 'op' && tok.v === '[') {
      // []string{…}
      expect(']');
      const ty = toks[i++];
      if (ty?.v !== 'string') throw new Unsupported('slice type');
      expect('{');
      return list('}').map(String);
    }
    if (tok.t === 'id' && tok.v === 'map') {
      // map[string]string{…}
      while (peek() && peek().v !== '{') i++;
      expect('{');
      return list('}').map(String);
    }
    if (tok.t === 'id') {
      let name = tok.v;
      while (peek()?.v === '.' && toks[i + 1]?.t === 'id') {
        name += `.${toks[i + 1].v}`;
        i += 2;
      }
      if (peek()?.v === '(') {
        i++;
        return call(name, list(')'));
      }
      if (env.has(name)) {
        const v = env.get(name)!;
        if (peek()?.v === '[') throw new Unsupported('indexing');
        return v;
      }
      throw new Unsupported(`identifier ${name}`);
    }
    throw new Unsupported(`token ${tok.v}`);
  };
  const sum = (): Val => {
    let v = primary();
    while (peek()?.v === '+') {
      i++;
      const r = primary();
      if (typeof v === 'number' && typeof r === 'number') v += r;
      else v = `${String(v)}${String(r)}`;
    }
    return v;
  };
  const v = sum();
  if (i < toks.length) throw new Unsupported(`trailing ${toks[i].v}`);
  return v;
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RuleSamples {
  ruleId: string;
  file: string;
  tps: Array<{ text: string; template?: string }>;
  fps: Array<{ text: string; template?: string }>;
  unevaluated: string[];
}

const hash = (s: string) => [...s].reduce((a, c) => (Math.imul(a, 31) + c.charCodeAt(0)) >>> 0, 7);

/** Package-level `var NAME = …` blocks and `func NAME() *config.Rule { … }` bodies, found on the tokens (braces matched). */
function splitFile(toks: Tok[]): { globals: Tok[][]; funcs: Array<{ name: string; body: Tok[] }> } {
  const globals: Tok[][] = [];
  const funcs: Array<{ name: string; body: Tok[] }> = [];
  const closeOf = (start: number): number => {
    let depth = 0;
    for (let j = start; j < toks.length; j++) {
      const v = toks[j].t === 'op' ? toks[j].v : '';
      if (v === '(' || v === '[' || v === '{') depth++;
      if (v === ')' || v === ']' || v === '}') depth--;
      if (depth === 0 && j > start && toks[j].t !== 'nl' && (v === ')' || v === ']' || v === '}')) return j;
    }
    return toks.length - 1;
  };
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (tk.t === 'id' && tk.v === 'func') {
      const open = toks.findIndex((t, j) => j > i && t.t === 'op' && t.v === '{');
      if (open < 0) break;
      const end = closeOf(open);
      const sig = toks.slice(i + 1, open).map((t) => t.v).join('');
      const m = /^(\w+)\(\)\*config\.Rule$/.exec(sig);
      if (m) funcs.push({ name: m[1], body: toks.slice(open + 1, end) });
      i = end;
    } else if (tk.t === 'id' && tk.v === 'var' && (i === 0 || toks[i - 1].t === 'nl')) {
      let j = i + 1;
      while (j < toks.length && toks[j].t !== 'nl') {
        if (toks[j].t === 'op' && ['(', '[', '{'].includes(toks[j].v)) j = closeOf(j);
        j++;
      }
      globals.push(toks.slice(i, j).filter((t) => t.t !== 'nl'));
      i = j;
    }
  }
  return { globals, funcs };
}

/** Every rule function of one rules/*.go file, with its samples. */
export function samplesOfFile(file: string, src: string, h: GoHelpers): RuleSamples[] {
  const out: RuleSamples[] = [];
  const { globals, funcs } = splitFile(tokenize(src));
  const globalEnv = new Map<string, Val>();
  for (const g of globals) {
    const opAt = g.findIndex((t) => t.t === 'op' && t.v === '=');
    if (g[1]?.t !== 'id' || opAt < 0) continue;
    try {
      globalEnv.set(g[1].v, evalExpr(g.slice(opAt + 1), globalEnv, h, seeded(hash(g[1].v))));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  for (const fn of funcs) {
    const bodyToks = fn.body;
    const body = bodyToks.map((t) => (t.t === 'str' ? JSON.stringify(t.v) : t.v)).join(' ');
    const ruleId = /RuleID\s*:\s*"([^"]+)"/.exec(body)?.[1] ?? fn.name;
    const rand = seeded(hash(ruleId));
    const env = new Map<string, Val>(globalEnv);
    const tpNames: Array<string | undefined> = [];
    const fpNames: Array<string | undefined> = [];
    const unevaluated: string[] = [];
    for (const st of statements(bodyToks)) {
      // NAME := expr | NAME = expr | var NAME [type] = expr
      let k = 0;
      if (st[0]?.v === 'var') k = 1;
      const name = st[k]?.t === 'id' ? st[k].v : undefined;
      const opAt = st.findIndex((t, j) => j > k && t.t === 'op' && (t.v === ':=' || t.v === '='));
      if (!name || opAt < 0 || name === 'r' || st[0]?.v === 'for' || st[0]?.v === 'if' || st[0]?.v === 'return') {
        if (/\b(tps|fps)\b/.test(st.map((t) => t.v).join(' ')) && st[0]?.v !== 'return') unevaluated.push(`${ruleId}: ${st.map((t) => t.v).join(' ').slice(0, 80)}`);
        continue;
      }
      if (st.slice(k + 1, opAt).some((t) => t.v === ',' || t.v === '.')) continue; // multiple assignment, field set
      sampleTemplateNames = [];
      try {
        const v = evalExpr(st.slice(opAt + 1), env, h, rand);
        env.set(name, v);
        const names = [...sampleTemplateNames];
        if (name === 'tps' || name === 'fps') {
          const arr = name === 'tps' ? tpNames : fpNames;
          const list = Array.isArray(v) ? v : [String(v)];
          // the templates' names go with the samples a GenerateSampleSecrets call just added (at the end)
          const added = list.length - arr.length;
          for (let j = 0; j < added; j++) arr.push(names.length && added >= names.length && j >= added - names.length ? names[j - (added - names.length)] : undefined);
        }
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        if (['tps', 'fps'].includes(name) || /\b(tps|fps)\b/.test(st.map((t) => t.v).join(' '))) unevaluated.push(`${ruleId}: ${name} — ${e.message}`);
        env.delete(name);
      }
    }
    const asList = (v: Val | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [String(v)]);
    out.push({
      ruleId,
      file,
      tps: asList(env.get('tps')).map((text, j) => ({ text, template: tpNames[j] })),
      fps: asList(env.get('fps')).map((text, j) => ({ text, template: fpNames[j] })),
      unevaluated,
    });
  }
  return out;
}

function extensionOf(template: string | undefined): string {
  if (!template) return '.txt';
  if (template.startsWith('python')) return '.py';
  if (template.startsWith('yaml')) return '.yaml';
  if (template.startsWith('json')) return '.json';
  if (template.startsWith('ini')) return '.ini';
  return '.txt';
}

export async function scoreGitleaks(root: string, mapping: SourceMapping, work: string, scores: Scores, log: string[]): Promise<number> {
  const h = readHelpers(root);
  const rulesDir = path.join(root, 'cmd', 'generate', 'config', 'rules');
  const all: RuleSamples[] = [];
  for (const f of readdirSync(rulesDir).sort()) {
    if (!f.endsWith('.go') || f.endsWith('_test.go')) continue;
    all.push(...samplesOfFile(f, readFileSync(path.join(rulesDir, f), 'utf8'), h));
  }
  const files = new Map<string, { ruleId: string; positive: boolean; harden: string }>();
  // A false-positive sample of one rule that is a true-positive sample of another (the Cloudflare rules list each
  // other's keys as their non-matches) is a secret either way: it is not scored as a negative.
  const allTps = new Set(all.flatMap((r) => r.tps.map((s) => s.text)));
  let crossRule = 0;
  let skippedRules = 0;
  for (const r of all) {
    const map = mapping.mapped[r.ruleId] ?? mapping.mapped['*'];
    const skip = mapping.skipped?.[r.ruleId];
    log.push(...r.unevaluated.map((u) => `gitleaks unevaluated sample statement: ${u}`));
    if (skip || !map) {
      skippedRules++;
      continue;
    }
    const write = (kind: 'tp' | 'fp', list: RuleSamples['tps']) =>
      list.forEach((s, j) => {
        const rel = `app/${r.ruleId}/${kind}-${j}${extensionOf(s.template)}`;
        mkdirSync(path.join(work, path.dirname(rel)), { recursive: true });
        writeFileSync(path.join(work, rel), `${s.text}\n`);
        files.set(rel, { ruleId: r.ruleId, positive: kind === 'tp', harden: map.rule });
      });
    write('tp', r.tps);
    const fps = r.fps.filter((s) => !allTps.has(s.text));
    crossRule += r.fps.length - fps.length;
    write('fp', fps);
  }
  const found = await findingsOf(work);
  const hitFiles = new Map<string, string[]>();
  for (const f of found) hitFiles.set(`${f.rule}\0${f.path}`, [...(hitFiles.get(`${f.rule}\0${f.path}`) ?? []), f.message]);
  for (const [rel, c] of files) {
    const t = tally(scores, 'gitleaks', c.harden);
    const hit = hitFiles.has(`${c.harden}\0${rel}`);
    if (c.positive && hit) t.tp++;
    else if (c.positive) {
      t.fn++;
      log.push(`gitleaks miss: ${c.ruleId} ${rel}`);
    } else if (hit) {
      t.fp++;
      log.push(`gitleaks false positive: ${c.ruleId} ${rel} — ${hitFiles.get(`${c.harden}\0${rel}`)!.join('; ')}`);
    }
  }
  log.push(`gitleaks: ${all.length} rules read, ${skippedRules} skipped by the mapping, ${files.size} samples written, ${crossRule} false-positive samples left out as another rule's true positive`);
  return files.size;
}
