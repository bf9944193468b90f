import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runGit } from '../discover/git.js';
import { normaliseMatched } from '../engine/fingerprint.js';
import { InputError } from '../errors.js';
import type { Finding } from '../rules/types.js';

/**
 * A baseline is the set of findings accepted at some point (`harden baseline`), written by default to
 * `DIR/.harden/baseline.json` and read from there by `harden check`.
 *
 * Version 2 adds what the gate needs to follow a file that was renamed or moved since (`git mv`):
 * - `commit`: HEAD when the baseline was written (git repositories), the base of git's rename detection;
 * - `files`: content hash of every file that holds an accepted finding, for rename detection without git;
 * - per finding, `identity` (the finding without its path) and, for group findings, every path it covers.
 * Version 1 files (fingerprints only) are still read; they match by fingerprint alone.
 */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  /** The finding's identity without its path: rule, message, normalised snippet, occurrence in the file. */
  identity?: string;
  /** Every file the finding covers (one, or a group's: secrets in 9 files, copies of a module). */
  paths?: string[];
}

export interface Baseline {
  version: 1 | 2;
  commit?: string;
  files?: Record<string, string>;
  fingerprints: BaselineEntry[];
}

export const BASELINE_FILE = 'baseline.json';

/**
 * Path-free identity of each finding: the same defect at the same place of a file that moved keeps it. Two
 * findings of one rule with the same message and line text in one file are told apart by their order.
 */
export function identities(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}\0${f.message}\0${normaliseMatched(f.snippet)}`;
    const k = `${f.path}\0${base}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return createHash('sha1').update(`${base}\0${n}`).digest('hex').slice(0, 20);
  });
}

function pathsOf(f: Finding): string[] {
  return f.locations?.length ? [...new Set(f.locations.map((l) => l.path))].sort() : [f.path];
}

export function makeBaseline(findings: readonly Finding[], fileHashes: ReadonlyMap<string, string>, commit?: string): Baseline {
  const ids = identities(findings);
  const files: Record<string, string> = {};
  const entries = findings.map((f, i) => {
    const paths = pathsOf(f);
    for (const p of paths) {
      const h = fileHashes.get(p);
      if (h) files[p] = h;
    }
    // Every finding lists its files: a secret found once is one group of one place, and a copy of it in a
    // new file keeps the fingerprint while reaching a file the baseline did not accept.
    return { fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, identity: ids[i], paths } satisfies BaselineEntry;
  });
  entries.sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path) || a.fingerprint.localeCompare(b.fingerprint));
  return {
    version: 2,
    ...(commit ? { commit } : {}),
    files: Object.fromEntries(Object.entries(files).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    fingerprints: entries,
  };
}

export function readBaseline(file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: cannot read baseline (${(e as Error).message.split('\n')[0]})`, 'write one with `harden baseline DIR`');
  }
  const b = data as Partial<Baseline> | null;
  const list = b?.fingerprints;
  if (!Array.isArray(list) || !list.every((x) => x && typeof x.fingerprint === 'string')) {
    throw new InputError(`${file}: not a harden baseline (no "fingerprints" list)`);
  }
  return {
    version: b?.version === 2 ? 2 : 1,
    commit: typeof b?.commit === 'string' && /^[0-9a-f]{40,64}$/.test(b.commit) ? b.commit : undefined,
    files: b?.files && typeof b.files === 'object' ? b.files : undefined,
    fingerprints: list,
  };
}

/** HEAD of the git work tree at `root`, when there is one. */
export function headCommit(root: string): string | undefined {
  const out = runGit(root, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim();
  return out && /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
}

/**
 * Files renamed or moved since the baseline: new path → path in the baseline.
 * - With git and the baseline's commit: git's own rename detection between that commit and the work tree
 *   (`git diff --find-renames`, similarity ≥ 50 %), so a moved file that was also edited is still followed.
 * - Otherwise (no git, an unknown commit, or a file git does not track): a file whose content is byte for
 *   byte that of a baseline file that no longer exists.
 * A copy is not a rename: when the old path still exists, the new file is new.
 */
export function renamesSince(root: string, baseline: Baseline, current: ReadonlyMap<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  if (baseline.commit) {
    const diff = runGit(root, ['diff', '--find-renames', '--name-status', '-z', baseline.commit, '--', '.']);
    if (diff !== null) {
      const parts = diff.split('\0');
      for (let i = 0; i < parts.length; ) {
        const status = parts[i];
        if (!status) break;
        if (status.startsWith('R')) {
          const [from, to] = [parts[i + 1], parts[i + 2]];
          if (!current.has(from)) out.set(to, from);
          i += 3;
        } else if (status.startsWith('C')) i += 3;
        else i += 2;
      }
    }
  }
  if (baseline.files) {
    const byHash = new Map<string, string[]>();
    for (const [p, h] of Object.entries(baseline.files)) {
      if (current.has(p)) continue; // still there: a file with the same content elsewhere is a copy
      const list = byHash.get(h);
      if (list) list.push(p);
      else byHash.set(h, [p]);
    }
    const taken = new Set(out.values());
    for (const [p, h] of current) {
      if (!h || out.has(p) || baseline.files[p] !== undefined) continue;
      const from = byHash.get(h)?.find((q) => !taken.has(q));
      if (from) {
        out.set(p, from);
        taken.add(from);
      }
    }
  }
  return out;
}

export interface GateVerdict<F extends Finding = Finding> {
  /** Findings that are not in the baseline, with why. */
  fresh: Array<{ finding: F; why: 'new' | 'new-file' }>;
  /** Findings accepted because their file moved (git rename or same content), for the summary. */
  followed: number;
}

/**
 * Splits findings into accepted (in the baseline, possibly under the name their file had then) and new.
 * A group finding (one secret in several files, copies of a module) that reaches a file it did not cover
 * in the baseline, other than by a rename, is new: a known secret copied into a new file is a regression.
 */
export function compareWithBaseline<F extends Finding>(findings: readonly F[], baseline: Baseline, renames: ReadonlyMap<string, string>): GateVerdict<F> {
  const byFp = new Map(baseline.fingerprints.map((e) => [e.fingerprint, e]));
  const byIdentity = new Set(baseline.fingerprints.filter((e) => e.identity).map((e) => `${e.path}\0${e.identity}`));
  const ids = identities(findings);
  const fresh: GateVerdict<F>['fresh'] = [];
  let followed = 0;
  findings.forEach((f, i) => {
    const original = (p: string) => renames.get(p) ?? p;
    const e = byFp.get(f.fingerprint);
    if (e) {
      if (e.paths) {
        const known = new Set(e.paths);
        if (pathsOf(f).some((p) => !known.has(original(p)))) {
          fresh.push({ finding: f, why: 'new-file' });
          return;
        }
      }
      return;
    }
    const from = renames.get(f.path);
    if (from && byIdentity.has(`${from}\0${ids[i]}`)) {
      followed++;
      return;
    }
    fresh.push({ finding: f, why: 'new' });
  });
  return { fresh, followed };
}
