/**
 * Per-rule cost on a corpus: what each file rule's `check` (with its `applies` test: scope + text
 * pre-filter) costs, per language, over inputs that are already read and parsed — so the cost of every rule
 * is visible apart from the floor (read + parse) and from the other rules.
 *
 *   node scripts/run-tsx.mjs bench/rule-costs.ts <corpus> [--reps 3] [--chunk 64] [--json out.json] [--drafts out.jsonl]
 *                                                 [--rule id,id…]   (only these rules)
 *
 * `--drafts` writes every draft of every rule (and every per-file extractor result) as JSON lines, in the
 * order they were produced: diff two dumps to check that a performance edit of a rule changed nothing.
 *
 * The file list, languages, roles and contexts are exactly the scan's (the scan is asked for its tasks and
 * stopped there). Files are processed in chunks (bounded native memory): a chunk is read and parsed once
 * (syntax tree, YAML documents, embedded CI shell), then every rule runs alone over the whole chunk, `reps`
 * times; each rep sees a fresh view of the inputs (`Object.create(input)`: same tree, no per-input memo
 * from an earlier rep). Reported per rule: the median over reps of the summed chunk times. Also timed: read,
 * parse, the content sha1, the repo facts extractor and the per-file extractors (duplicated-module
 * fingerprint, API signals). Single thread, no workers, no cache.
 *
 * After the timed reps, one untimed pass counts each rule's calls into the native tree (every SgNode method
 * call crosses N-API) and its full-tree walks (`find`/`findAll`: each visits every node of the tree it is
 * called on, ≈ 100 µs for a 250-line Python file whose parse takes ≈ 1.3 ms).
 */
import { SgNode } from '@ast-grep/napi';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { extractFacts } from '../src/discover/extract.js';
import { applies, type FileTask } from '../src/engine/analyze-file.js';
import { reclaimNativeMemory } from '../src/engine/reclaim.js';
import { readForAnalysis } from '../src/engine/read-file.js';
import { scanRepository } from '../src/engine/scan.js';
import { DEFAULT_EXTRACTORS } from '../src/index.js';
import { primeCandidates } from '../src/parse/candidates.js';
import { extractShell, paddedSource } from '../src/parse/embedded-shell.js';
import { registerLanguages } from '../src/parse/langs.js';
import { makeFileInput } from '../src/parse/parse.js';
import { isFileRule } from '../src/rules/define.js';
import { ALL_RULES } from '../src/rules/index.js';
import type { FileInput, FileRule } from '../src/rules/types.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const corpus = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '.');
const reps = Math.max(1, Number(opt('--reps', '3')));
const chunkSize = Math.max(1, Number(opt('--chunk', '64')));
const jsonOut = args.includes('--json') ? opt('--json', '') : '';
const draftsOut = args.includes('--drafts') ? opt('--drafts', '') : '';
const dump: string[] = [];

registerLanguages();
const onlyRules = args.includes('--rule') ? opt('--rule', '').split(',') : null;
const fileRules = (ALL_RULES.filter(isFileRule) as FileRule[]).filter((r) => !onlyRules || onlyRules.includes(r.id));

/** The scan's own tasks (discovery, classification, contexts), without analysing anything. */
async function scanTasks(root: string): Promise<FileTask[]> {
  let tasks: FileTask[] = [];
  await scanRepository({
    root,
    rules: [],
    runTasks: async (ts) => {
      tasks = ts;
    },
  });
  return tasks;
}

/** ms per key, one array slot per rep. */
class Costs {
  readonly byKey = new Map<string, number[]>();
  readonly files = new Map<string, number>();
  add(key: string, rep: number, ms: number): void {
    let a = this.byKey.get(key);
    if (!a) this.byKey.set(key, (a = new Array<number>(reps).fill(0)));
    a[rep] += ms;
  }
  count(key: string, n: number): void {
    this.files.set(key, (this.files.get(key) ?? 0) + n);
  }
  median(key: string): number {
    const a = [...(this.byKey.get(key) ?? [0])].sort((x, y) => x - y);
    return a[Math.floor(a.length / 2)];
  }
}

const ruleCost = new Costs(); // key: `${ruleId}\0${lang}`
const crossings = new Map<string, { calls: number; walks: number }>();

/** Runs `fn` with every SgNode method counted into `into`. */
function counted(into: { calls: number; walks: number }, fn: () => void): void {
  const proto = SgNode.prototype as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  for (const name of Object.getOwnPropertyNames(proto)) {
    const orig = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
    if (name === 'constructor' || typeof orig !== 'function') continue;
    saved.set(name, orig);
    const walk = name === 'find' || name === 'findAll';
    proto[name] = function (this: unknown, ...a: unknown[]) {
      into.calls++;
      if (walk) into.walks++;
      return (orig as (...x: unknown[]) => unknown).apply(this, a);
    };
  }
  try {
    fn();
  } finally {
    for (const [name, orig] of saved) proto[name] = orig;
  }
}
const stage = new Costs(); // key: stage name (rep 0 only for read/parse: they run once)
let findings = 0;

function parseChunk(chunk: FileTask[]): FileInput[] {
  const inputs: FileInput[] = [];
  for (const task of chunk) {
    let t0 = performance.now();
    const read = readForAnalysis(task.abs, task.size);
    stage.add('read + decode (and GC pauses it triggers)', 0, performance.now() - t0);
    if (!read.ok) continue;
    const input = makeFileInput(task, read.text);
    t0 = performance.now();
    if (task.lang === 'yaml') void input.yaml;
    else void input.root;
    void input.lines;
    stage.add(`parse (${task.lang === 'yaml' ? 'yaml package' : input.root ? 'tree-sitter' : 'lines only'})`, 0, performance.now() - t0);
    stage.count('files', 1);
    inputs.push(input);
    if (task.lang === 'yaml' && task.role.startsWith('ci-')) {
      t0 = performance.now();
      for (const snip of extractShell(input.yaml ?? [], read.text, task.role)) {
        const sh = makeFileInput({ ...task, lang: 'bash', role: 'source' }, paddedSource(snip), {
          embedded: { host: task.role, columnOffset: snip.columnOffset, firstLine: snip.line },
        });
        void sh.root;
        void sh.lines;
        inputs.push(sh);
      }
      stage.add('embedded CI shell: extract + parse', 0, performance.now() - t0);
    }
    t0 = performance.now();
    createHash('sha1').update(read.text).digest('hex');
    stage.add('content sha1', 0, performance.now() - t0);
  }
  return inputs;
}

function countChunk(inputs: FileInput[]): void {
  const views = inputs.map((i) => Object.create(i) as FileInput);
  for (const rule of fileRules) {
    let c = crossings.get(rule.id);
    if (!c) crossings.set(rule.id, (c = { calls: 0, walks: 0 }));
    counted(c, () => {
      for (const inp of views) if (applies(rule, inp)) rule.check(inp);
    });
  }
}

function runChunk(inputs: FileInput[]): void {
  for (let rep = 0; rep < reps; rep++) {
    const views = inputs.map((i) => Object.create(i) as FileInput);
    // The shared candidate walk (parse/candidates.ts) serves every rule of a tree: timed apart, once per
    // tree and rep, so no rule is charged for the walk the others use.
    for (const inp of views) {
      const t0 = performance.now();
      primeCandidates(inp, true);
      stage.add(`shared candidate walk: ${inp.lang}${inp.embedded ? ' (embedded CI shell)' : ''}`, rep, performance.now() - t0);
      stage.count(`shared candidate walk: ${inp.lang}${inp.embedded ? ' (embedded CI shell)' : ''}`, rep === 0 && inp.root ? 1 : 0);
    }
    for (const rule of fileRules) {
      let ran = 0;
      for (const inp of views) {
        const t0 = performance.now();
        if (!applies(rule, inp)) {
          ruleCost.add(`${rule.id}\0${inp.lang}`, rep, performance.now() - t0);
          continue;
        }
        const drafts = rule.check(inp);
        ruleCost.add(`${rule.id}\0${inp.lang}`, rep, performance.now() - t0);
        ran++;
        if (rep === 0) {
          findings += drafts.length;
          if (draftsOut) for (const d of drafts) dump.push(JSON.stringify({ rule: rule.id, path: inp.path, embedded: inp.embedded?.firstLine, d }));
        }
      }
      if (rep === 0) ruleCost.count(rule.id, ran);
    }
    for (const inp of views) {
      if (inp.embedded) continue;
      let t0 = performance.now();
      extractFacts(inp);
      stage.add('facts (extractFacts)', rep, performance.now() - t0);
      for (const ex of DEFAULT_EXTRACTORS) {
        t0 = performance.now();
        const pf = ex(inp);
        stage.add(`extractor ${ex.name}`, rep, performance.now() - t0);
        if (rep === 0 && draftsOut) dump.push(JSON.stringify({ extractor: ex.name, path: inp.path, pf: pf ?? null }));
      }
    }
  }
}

async function main(): Promise<void> {
  // Garbage-collector pauses land inside whichever stage allocates when V8 decides to collect (often the
  // reads: large buffers count as external memory): reported separately, and included in the stage times.
  let gcMs = 0;
  const gcObs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gcObs.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  const tasks = await scanTasks(corpus);
  const discoverMs = performance.now() - t0;
  for (let i = 0; i < tasks.length; i += chunkSize) {
    const inputs = parseChunk(tasks.slice(i, i + chunkSize));
    runChunk(inputs);
    countChunk(inputs);
    const parsedBytes = inputs.reduce((n, inp) => n + Buffer.byteLength(inp.source), 0);
    inputs.length = 0;
    reclaimNativeMemory(parsedBytes);
    await new Promise((r) => setImmediate(r));
  }

  const langs = [...new Set([...ruleCost.byKey.keys()].map((k) => k.split('\0')[1]))].sort();
  const perRule = fileRules.map((r) => {
    const byLang: Record<string, number> = {};
    let total = 0;
    for (const l of langs) {
      const ms = ruleCost.byKey.has(`${r.id}\0${l}`) ? ruleCost.median(`${r.id}\0${l}`) : 0;
      if (ms > 0) byLang[l] = ms;
      total += ms;
    }
    return { rule: r.id, files: ruleCost.files.get(r.id) ?? 0, total, byLang, napiCalls: crossings.get(r.id)?.calls ?? 0, treeWalks: crossings.get(r.id)?.walks ?? 0 };
  });
  perRule.sort((a, b) => b.total - a.total);
  const rulesTotal = perRule.reduce((s, r) => s + r.total, 0);
  const stages = [...stage.byKey.keys()].map((k) => ({ stage: k, ms: stage.median(k) }));
  // read/parse/sha1 ran once (rep 0): their median over reps would be 0 when reps ≥ 3.
  for (const s of stages) if (!s.stage.startsWith('facts') && !s.stage.startsWith('extractor') && !s.stage.startsWith('shared')) s.ms = stage.byKey.get(s.stage)![0];

  const shownLangs = langs.filter((l) => perRule.some((r) => (r.byLang[l] ?? 0) >= 1));
  const f = (ms: number) => (ms >= 10 ? ms.toFixed(0) : ms.toFixed(1));
  const out: string[] = [];
  out.push(`corpus ${corpus}: ${stage.files.get('files') ?? 0} files, discovery ${f(discoverMs)} ms, ${findings} findings, medians of ${reps} reps (ms, one thread)`);
  out.push('');
  out.push(`| rule | files run | total ms | share of rules | N-API calls | tree walks | ${shownLangs.join(' | ')} |`);
  out.push(`|---|---:|---:|---:|---:|---:|${shownLangs.map(() => '---:').join('|')}|`);
  for (const r of perRule) {
    const c = crossings.get(r.rule) ?? { calls: 0, walks: 0 };
    out.push(
      `| ${r.rule} | ${r.files} | ${f(r.total)} | ${((100 * r.total) / rulesTotal).toFixed(1)} % | ${c.calls} | ${c.walks} | ${shownLangs.map((l) => ((r.byLang[l] ?? 0) >= 0.05 ? f(r.byLang[l]) : '')).join(' | ')} |`,
    );
  }
  const allCalls = [...crossings.values()].reduce((a, c) => ({ calls: a.calls + c.calls, walks: a.walks + c.walks }), { calls: 0, walks: 0 });
  out.push(`| **all file rules** | | **${f(rulesTotal)}** | 100 % | ${allCalls.calls} | ${allCalls.walks} | ${shownLangs.map((l) => f(perRule.reduce((s, r) => s + (r.byLang[l] ?? 0), 0))).join(' | ')} |`);
  out.push('');
  out.push('| stage | ms |');
  out.push('|---|---:|');
  for (const s of stages) {
    const trees = s.stage.startsWith('shared') ? ` (${stage.files.get(s.stage) ?? 0} trees)` : '';
    out.push(`| ${s.stage}${trees} | ${f(s.ms)} |`);
  }
  gcObs.disconnect();
  out.push(`| garbage collection, all reps (inside the times above; forced collections between chunks included) | ${f(gcMs)} |`);
  process.stdout.write(out.join('\n') + '\n');
  if (draftsOut) writeFileSync(draftsOut, dump.join('\n') + '\n');
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ corpus, reps, findings, discoverMs, gcMs, rules: perRule, stages }, null, 2) + '\n');
}

await main();
