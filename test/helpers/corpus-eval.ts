import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAnnotations } from '../../src/engine/annotations.js';
import { scan } from '../../src/index.js';
import type { Rule } from '../../src/rules/types.js';

export const CORPUS = path.resolve(import.meta.dirname, '..', 'corpus');

export interface RuleScore {
  ruleId: string;
  tp: number;
  fp: number;
  fn: number;
  positives: number;
  negatives: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  misses: string[];
}

interface CaseRoot {
  dir: string;
  /** The rule whose corpus folder this is: all its findings here must be expected. */
  owner: string;
}

function caseRoots(): CaseRoot[] {
  const out: CaseRoot[] = [];
  if (!existsSync(CORPUS)) return out;
  for (const cat of readdirSync(CORPUS).sort()) {
    const catDir = path.join(CORPUS, cat);
    if (!statSync(catDir).isDirectory()) continue;
    for (const name of readdirSync(catDir).sort()) {
      const dir = path.join(catDir, name);
      if (!statSync(dir).isDirectory()) continue;
      const owner = `${cat}/${name}`;
      out.push({ dir, owner });
      for (const sub of readdirSync(dir).sort()) {
        if (sub.startsWith('repo-') && statSync(path.join(dir, sub)).isDirectory()) out.push({ dir: path.join(dir, sub), owner });
      }
    }
  }
  return out;
}

function filesOf(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const abs = path.join(dir, n);
    if (statSync(abs).isDirectory()) {
      if (dir === base && n.startsWith('repo-')) continue;
      out.push(...filesOf(abs, base));
    } else out.push(abs);
  }
  return out;
}

/**
 * Scans every corpus case with all rules and scores each rule: a finding is a true positive on a line
 * annotated `expect: <rule>`; a false positive when it lands on a line annotated `ok: <rule>`, or anywhere
 * unannotated inside the rule's own corpus folder; an `expect:` line with no finding is a miss.
 */
export async function evaluateCorpus(rules: readonly Rule[]): Promise<RuleScore[]> {
  const scores = new Map<string, RuleScore>();
  const score = (id: string) => {
    let s = scores.get(id);
    if (!s) scores.set(id, (s = { ruleId: id, tp: 0, fp: 0, fn: 0, positives: 0, negatives: 0, precision: 1, recall: 1, falsePositives: [], misses: [] }));
    return s;
  };
  for (const r of rules) score(r.id);
  for (const { dir, owner } of caseRoots()) {
    const expectSet = new Set<string>();
    const okSet = new Set<string>();
    const okPaths = new Set<string>();
    for (const abs of filesOf(dir)) {
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (rel === 'expected.yaml') continue;
      let text: string;
      try {
        text = readFileSync(abs, 'utf8');
      } catch {
        continue;
      }
      for (const a of parseAnnotations(text)) {
        if (a.kind === 'expect') expectSet.add(`${a.ruleId}\0${rel}\0${a.line}`);
        if (a.kind === 'ok') okSet.add(`${a.ruleId}\0${rel}\0${a.line}`);
      }
    }
    const spec = path.join(dir, 'expected.yaml');
    if (existsSync(spec)) {
      const y = (parseYaml(readFileSync(spec, 'utf8')) ?? {}) as { expect?: Array<{ rule: string; path?: string; line?: number }>; ok?: Array<{ rule: string; path?: string }> };
      for (const e of y.expect ?? []) expectSet.add(`${e.rule}\0${e.path ?? ''}\0${e.line ?? 0}`);
      for (const o of y.ok ?? []) okPaths.add(`${o.rule}\0${o.path ?? ''}`);
    }
    for (const k of expectSet) score(k.split('\0')[0]).positives++;
    for (const k of okSet) score(k.split('\0')[0]).negatives++;
    for (const k of okPaths) score(k.split('\0')[0]).negatives++;

    const res = await scan(dir, { rules, config: { experimental: true, exclude: ['repo-*/', '/expected.yaml'] } });
    const found = new Set<string>();
    for (const f of [...res.findings, ...res.suppressed]) {
      // Every location is matched; a finding whose locations all sit in its own file (each print() of a file
      // reported once) needs an annotation at its first line only: its other lines count when annotated.
      const sameFile = !!f.locations?.length && f.locations.every((l) => l.path === f.path);
      const locs = f.locations?.length ? f.locations : [{ path: f.path, line: f.line }];
      for (const l of locs) {
        const k = `${f.ruleId}\0${l.path}\0${l.line}`;
        if (!sameFile || l.line === f.line || expectSet.has(k)) found.add(k);
      }
    }
    const label = path.relative(CORPUS, dir);
    for (const k of found) {
      const [id, p, line] = k.split('\0');
      const s = score(id);
      if (expectSet.has(k)) s.tp++;
      else if (okSet.has(k) || okPaths.has(`${id}\0${p}`) || id === owner) {
        s.fp++;
        s.falsePositives.push(`${label}/${p}:${line}`);
      }
    }
    for (const k of expectSet) {
      if (found.has(k)) continue;
      const [id, p, line] = k.split('\0');
      const s = score(id);
      s.fn++;
      s.misses.push(`${label}/${p}:${line}`);
    }
  }
  for (const s of scores.values()) {
    s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  }
  return [...scores.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

export function formatScores(scores: readonly RuleScore[]): string {
  const rows = scores.map(
    (s) => `| ${s.ruleId} | ${s.positives} | ${s.negatives} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`,
  );
  const tp = scores.reduce((a, s) => a + s.tp, 0);
  const fp = scores.reduce((a, s) => a + s.fp, 0);
  const fn = scores.reduce((a, s) => a + s.fn, 0);
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return [
    '| rule | positives | negatives | TP | FP | FN | precision | recall |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    `| **overall** | | | ${tp} | ${fp} | ${fn} | ${p.toFixed(2)} | ${r.toFixed(2)} |`,
  ].join('\n');
}
