/**
 * ruff's rule fixtures scored against their snapshot files: every diagnostic of a mapped rule in a snapshot is a
 * labelled positive at its exact line; a finding of the mapped harden rule on any other line of that fixture is a
 * false positive (lines of an unmapped variant of the same peer rule are left out).
 *
 * Where ruff also keeps a preview snapshot for the rule and fixture (`…__tests__preview__CODE_FIXTURE.snap`: the
 * diagnostics that preview mode adds and removes), the labels are the stable snapshot with that diff applied:
 * preview is where ruff's maintainers correct a rule before stabilising it (S506 no longer reports
 * `Loader=BaseLoader`, which builds no objects; S301/S307 also report `map(pickle.load, …)` and `foo = eval`),
 * so it is their newer verdict on the same fixture lines. Applied uniformly to every mapped rule that has one.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findingsOf } from './harden-run.js';
import type { Mapped, SourceMapping } from './mapping.js';
import { tally, type Scores } from './score.js';

const LINTERS = ['flake8_bandit', 'flake8_blind_except', 'pycodestyle', 'flake8_print'];

interface PeerDiag {
  code: string;
  message: string;
  line: number;
}

/** Both snapshot styles: `CODE message` then ` --> FILE:L:C`, and the older `FILE:L:C: CODE message`. */
export function parseSnapshot(text: string): PeerDiag[] {
  const out: PeerDiag[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([A-Z]+[0-9]+) (.*)$/.exec(lines[i]);
    const arrow = head ? /^\s*-->\s*[^:]+:(\d+):\d+/.exec(lines[i + 1] ?? '') : null;
    if (head && arrow) {
      out.push({ code: head[1], message: head[2], line: Number(arrow[1]) });
      continue;
    }
    const old = /^[^:\s]+\.pyi?:(\d+):\d+: ([A-Z]+[0-9]+) (.*)$/.exec(lines[i]);
    if (old) out.push({ code: old[2], message: old[3], line: Number(old[1]) });
  }
  return out;
}

/** A preview snapshot's diff: the diagnostics under `--- Added ---` and under `--- Removed ---`. */
export function parsePreviewDiff(text: string): { added: PeerDiag[]; removed: PeerDiag[] } {
  const sections = text.split(/^--- (Added|Removed) ---$/m);
  const added: PeerDiag[] = [];
  const removed: PeerDiag[] = [];
  for (let i = 1; i + 1 < sections.length; i += 2) (sections[i] === 'Added' ? added : removed).push(...parseSnapshot(sections[i + 1]));
  return { added, removed };
}

export async function scoreRuff(root: string, mapping: SourceMapping, work: string, scores: Scores, log: string[]): Promise<number> {
  const crate = path.join(root, 'crates', 'ruff_linter');
  const cases: Array<{ code: string; file: string; positives: Set<number>; excluded: Set<number>; rule: string; alsoBy?: Mapped['alsoBy'] }> = [];
  for (const linter of LINTERS) {
    const snapDir = path.join(crate, 'src', 'rules', linter, 'snapshots');
    if (!existsSync(snapDir)) continue;
    for (const snap of readdirSync(snapDir).sort()) {
      const m = new RegExp(`^ruff_linter__rules__${linter}__tests__([A-Z]+[0-9]+)_(.+\\.py)\\.snap$`).exec(snap);
      if (!m) continue;
      const [, code, fixture] = m;
      const map = mapping.mapped[code];
      if (!map) continue;
      const src = path.join(crate, 'resources', 'test', 'fixtures', linter, fixture);
      if (!existsSync(src)) {
        log.push(`ruff: ${code} fixture ${fixture} missing — skipped`);
        continue;
      }
      const dest = path.join(work, 'service', linter, fixture);
      mkdirSync(path.dirname(dest), { recursive: true });
      copyFileSync(src, dest);
      const positives = new Set<number>();
      const excluded = new Set<number>();
      const preview = path.join(snapDir, `ruff_linter__rules__${linter}__tests__preview__${code}_${fixture}.snap`);
      const diff = existsSync(preview) ? parsePreviewDiff(readFileSync(preview, 'utf8')) : { added: [], removed: [] };
      const removed = new Set(diff.removed.filter((d) => d.code === code).map((d) => d.line));
      if (removed.size + diff.added.length > 0) log.push(`ruff: ${code} ${fixture} scored with its preview labels (${diff.added.length} added, ${removed.size} removed)`);
      for (const d of [...parseSnapshot(readFileSync(path.join(snapDir, snap), 'utf8')), ...diff.added]) {
        if (d.code !== code || removed.has(d.line)) continue;
        if (!map.only || d.message.includes(map.only)) positives.add(d.line);
        else excluded.add(d.line);
      }
      cases.push({ code, file: `service/${linter}/${fixture}`, positives, excluded, rule: map.rule, alsoBy: map.alsoBy });
    }
  }
  const found = await findingsOf(work);
  let labels = 0;
  for (const c of cases) {
    const mine = found.filter((f) => f.path === c.file && (f.rule === c.rule || (c.alsoBy && f.rule === c.alsoBy.rule && f.message.includes(c.alsoBy.message))));
    const t = tally(scores, 'ruff', c.rule);
    for (const line of c.positives) {
      labels++;
      if (mine.some((f) => f.line <= line && line <= f.endLine)) t.tp++;
      else {
        t.fn++;
        log.push(`ruff miss: ${c.code} ${c.file}:${line} (${c.rule})`);
      }
    }
    const reported = new Set(mine.map((f) => f.line));
    for (const line of reported) {
      if (c.positives.has(line) || c.excluded.has(line)) continue;
      const f = mine.find((x) => x.line === line)!;
      if ([...c.positives].some((p) => f.line <= p && p <= f.endLine)) continue;
      t.fp++;
      log.push(`ruff false positive: ${c.code} ${c.file}:${line} (${c.rule})`);
    }
  }
  return labels;
}
