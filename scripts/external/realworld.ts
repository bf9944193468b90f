/**
 * Real repositories adjudicated by hand: test/realworld/*-adjudications.json hold one label per finding location
 * (repo, commit, path, line, rule, verdict TP|FP|debatable, one-line reason — never the repository's text). The
 * scan is re-run on the local copy; a finding with no label is "unlabelled", a TP label with no finding is lost.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findingsOf, type FoundAt } from './harden-run.js';
import { tally, type Scores } from './score.js';

export interface Adjudication {
  repo: string;
  commit: string;
  path: string;
  line: number;
  rule: string;
  verdict: 'TP' | 'FP' | 'debatable';
  reason: string;
}

export const REALWORLD_DIR = path.resolve(import.meta.dirname, '..', '..', 'test', 'realworld');

export function loadAdjudications(): Adjudication[] {
  if (!existsSync(REALWORLD_DIR)) return [];
  const out: Adjudication[] = [];
  for (const f of readdirSync(REALWORLD_DIR).sort()) {
    if (!f.endsWith('-adjudications.json')) continue;
    // A file is a list of labels, or an object with `labels` or `findings` (verdicts in any case: tp, FP …).
    const data = JSON.parse(readFileSync(path.join(REALWORLD_DIR, f), 'utf8')) as Adjudication[] | { labels?: Adjudication[]; findings?: Adjudication[] };
    const list = Array.isArray(data) ? data : (data.labels ?? data.findings ?? []);
    out.push(...list.map((l) => ({ ...l, verdict: (l.verdict.toLowerCase() === 'debatable' ? 'debatable' : l.verdict.toUpperCase()) as Adjudication['verdict'] })));
  }
  return out;
}

/** Repositories named by the labels, each with its commit (several commits of one repository are kept apart). */
export function labelledRepos(labels: readonly Adjudication[]): Array<{ repo: string; commit: string }> {
  const seen = new Map<string, { repo: string; commit: string }>();
  for (const l of labels) seen.set(`${l.repo}@${l.commit}`, { repo: l.repo, commit: l.commit });
  return [...seen.values()];
}

export const localName = (repo: string): string => repo.split('/').pop()!;

export async function scoreRealworld(
  dir: string,
  repo: string,
  commit: string,
  labels: readonly Adjudication[],
  scores: Scores,
  log: string[],
): Promise<FoundAt[]> {
  const source = localName(repo);
  const found = await findingsOf(dir);
  const mine = labels.filter((l) => l.repo === repo && l.commit === commit);
  const byKey = new Map(mine.map((l) => [`${l.rule}\0${l.path}\0${l.line}`, l]));
  const hit = new Set<string>();
  const unlabelled: FoundAt[] = [];
  for (const f of found) {
    const k = `${f.rule}\0${f.path}\0${f.line}`;
    const t = tally(scores, source, f.rule);
    const l = byKey.get(k);
    if (!l && f.extra) continue;
    if (!l) {
      t.unlabelled++;
      unlabelled.push(f);
      log.push(`${source} unlabelled: ${f.rule} ${f.path}:${f.line} — ${f.message}`);
      continue;
    }
    if (hit.has(k)) continue;
    hit.add(k);
    if (f.severity === 'info') t.info++;
    else if (l.verdict === 'TP') t.tp++;
    else if (l.verdict === 'FP') {
      t.fp++;
      log.push(`${source} false positive: ${f.rule} ${f.path}:${f.line} — ${l.reason}`);
    }
    else t.debatable++;
  }
  for (const [k, l] of byKey) {
    if (hit.has(k) || l.verdict !== 'TP') continue;
    tally(scores, source, l.rule).fn++;
    log.push(`${source} lost true positive: ${l.rule} ${l.path}:${l.line} — ${l.reason}`);
  }
  return unlabelled;
}
