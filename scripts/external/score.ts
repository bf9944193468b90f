/** Precision/recall bookkeeping shared by every external source. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Findings nobody labelled (real repositories only). */
  unlabelled: number;
  debatable: number;
  /** Real repositories: labelled findings reported at info severity (notices, outside the plan's work items). */
  info: number;
}

export type Scores = Map<string, Map<string, Tally>>; // source -> harden rule -> tally

export function tally(scores: Scores, source: string, rule: string): Tally {
  let bySource = scores.get(source);
  if (!bySource) scores.set(source, (bySource = new Map()));
  let t = bySource.get(rule);
  if (!t) bySource.set(rule, (t = { tp: 0, fp: 0, fn: 0, unlabelled: 0, debatable: 0, info: 0 }));
  return t;
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '—');

export function precision(t: Tally): string {
  return ratio(t.tp, t.tp + t.fp);
}
export function recall(t: Tally): string {
  return ratio(t.tp, t.tp + t.fn);
}

function sum(ts: Iterable<Tally>): Tally {
  const s: Tally = { tp: 0, fp: 0, fn: 0, unlabelled: 0, debatable: 0, info: 0 };
  for (const t of ts) {
    s.tp += t.tp;
    s.fp += t.fp;
    s.fn += t.fn;
    s.unlabelled += t.unlabelled;
    s.debatable += t.debatable;
    s.info += t.info;
  }
  return s;
}

const row = (name: string, t: Tally, realworld: boolean): string =>
  realworld
    ? `| ${name} | ${t.tp} | ${t.fp} | ${t.debatable} | ${t.info} | ${t.unlabelled} | ${precision(t)} |`
    : `| ${name} | ${t.tp + t.fn} | ${t.tp} | ${t.fp} | ${t.fn} | ${precision(t)} | ${recall(t)} |`;

/** Markdown tables: per source and rule, per source, overall (peer recall / real-repository precision). */
export function formatScores(scores: Scores, realworldSources: ReadonlySet<string>): string {
  const out: string[] = [];
  const peer = [...scores].filter(([s]) => !realworldSources.has(s));
  const real = [...scores].filter(([s]) => realworldSources.has(s));
  if (peer.length) {
    out.push('### Peer-labelled suites', '', '| source / harden rule | labelled positives | TP | FP | FN | precision | recall |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const [source, rules] of peer) {
      for (const [rule, t] of [...rules].sort(([a], [b]) => a.localeCompare(b))) out.push(row(`${source} / ${rule}`, t, false));
      out.push(row(`**${source}**`, sum(rules.values()), false));
    }
    const byRule = new Map<string, Tally[]>();
    for (const [, rules] of peer) for (const [rule, t] of rules) byRule.set(rule, [...(byRule.get(rule) ?? []), t]);
    out.push('', '| harden rule (all peer suites) | labelled positives | TP | FP | FN | precision | recall |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const [rule, ts] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) out.push(row(rule, sum(ts), false));
    out.push(row('**all peer labels**', sum(peer.flatMap(([, r]) => [...r.values()])), false));
  }
  if (real.length) {
    out.push('', '### Adjudicated real repositories', '', '(precision = TP / (TP + FP) over findings at low severity and above; debatable, info-severity notices and unlabelled findings are counted apart)', '', '| repository | TP | FP | debatable | info | unlabelled | precision |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const [source, rules] of real) out.push(row(`**${source}**`, sum(rules.values()), true));
    const byRule = new Map<string, Tally[]>();
    for (const [, rules] of real) for (const [rule, t] of rules) byRule.set(rule, [...(byRule.get(rule) ?? []), t]);
    out.push('', '| harden rule (all real repositories) | TP | FP | debatable | info | unlabelled | precision |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const [rule, ts] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) out.push(row(rule, sum(ts), true));
    out.push(row('**all real repositories**', sum(real.flatMap(([, r]) => [...r.values()])), true));
  }
  return out.join('\n');
}
