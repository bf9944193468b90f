/**
 * The floor: the least any analyser of these files must do. Lists the files the scan analyses (same
 * discovery), reads and decodes each one (same reader), and parses it once with the same parser the scan
 * uses (tree-sitter through ast-grep; the yaml package for YAML) — no rules, no facts, no report. Runs across
 * the same number of worker threads as the scan, with the same native-memory reclaiming.
 *
 *   node --import tsx bench/floor.ts <dir> [--jobs N]     → prints {"files":…,"lines":…,"bytes":…}
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { classify } from '../src/discover/classify.js';
import { listFiles } from '../src/discover/walk.js';
import { vendoredPrefix } from '../src/discover/vendored.js';
import { reclaimNativeMemory } from '../src/engine/reclaim.js';
import { readForAnalysis } from '../src/engine/read-file.js';
import { hasTree, makeFileInput } from '../src/parse/parse.js';

interface Totals {
  files: number;
  lines: number;
  bytes: number;
}

function work(root: string, rels: string[]): Totals {
  const t: Totals = { files: 0, lines: 0, bytes: 0 };
  for (const rel of rels) {
    const abs = path.join(root, rel);
    const read = readForAnalysis(abs, sizeOf(abs));
    if (!read.ok) continue;
    const { lang, role } = classify(rel, read.text.slice(0, 128).split('\n')[0]);
    const input = makeFileInput({ path: rel, lang, role, context: 'product', component: '.' }, read.text);
    if (lang === 'yaml') void input.yaml;
    else if (hasTree(lang)) void input.root;
    t.files++;
    t.bytes += read.bytes;
    t.lines += input.lines.length;
  }
  reclaimNativeMemory(t.bytes);
  return t;
}

function sizeOf(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return 0;
  }
}

/** Parses in chunks, yielding between them so tree finalizers run (as the scan's workers do). */
async function chunked(root: string, rels: string[]): Promise<Totals> {
  const total: Totals = { files: 0, lines: 0, bytes: 0 };
  for (let i = 0; i < rels.length; i += 48) {
    const t = work(root, rels.slice(i, i + 48));
    total.files += t.files;
    total.lines += t.lines;
    total.bytes += t.bytes;
    await new Promise((r) => setImmediate(r));
  }
  return total;
}

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? '.');
  const ji = process.argv.indexOf('--jobs');
  const jobs = ji > 0 ? Number(process.argv[ji + 1]) : availableParallelism();
  const rels = listFiles(root).files.filter((f) => !f.skip && !vendoredPrefix(f.path)).map((f) => f.path);
  let totals: Totals;
  if (jobs <= 1) totals = await chunked(root, rels);
  else {
    const self = fileURLToPath(import.meta.url);
    const parts = await Promise.all(
      Array.from({ length: jobs }, (_, k) => {
        const slice = rels.filter((_, i) => i % jobs === k);
        return new Promise<Totals>((resolve, reject) => {
          const w = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(`file://${self}`)}); })`, {
            eval: true,
            workerData: { root, rels: slice },
          });
          w.once('message', (t: Totals) => {
            resolve(t);
            void w.terminate();
          });
          w.once('error', reject);
        });
      }),
    );
    totals = parts.reduce((a, b) => ({ files: a.files + b.files, lines: a.lines + b.lines, bytes: a.bytes + b.bytes }));
  }
  process.stdout.write(JSON.stringify(totals) + '\n');
}

if (isMainThread) await main();
else {
  const { root, rels } = workerData as { root: string; rels: string[] };
  parentPort!.postMessage(await chunked(root, rels));
}
