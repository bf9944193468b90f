import { InputError } from '../errors.js';
import { ISSUE_LABEL, MARKER_RE, resolveRefs, type IssueDraft } from '../report/issues.js';

export interface FileIssuesOptions {
  owner: string;
  repo: string;
  token: string;
  /** GitHub Enterprise (or a test server): the REST API root. */
  baseUrl?: string;
}

export interface FiledIssue {
  /** The work item's stable identity (the marker in the issue body). */
  key: string;
  /** The item's short id in this run's plan. */
  id: string;
  number: number;
  url: string;
  created: boolean;
}

const LABEL_COLORS: Record<string, string> = { P0: 'b60205', P1: 'd93f0b', P2: 'fbca04', P3: 'c5def5', [ISSUE_LABEL]: '5319e7' };

export function parseRepo(value: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  if (!m) throw new InputError(`--github ${value}: expected OWNER/REPO`);
  return { owner: m[1], repo: m[2] };
}

/**
 * Files the drafts in order (blockers first), skipping items already filed by an earlier run (found by the
 * marker in their body, open or closed: the marker holds the item's stable identity, rules and scope, not
 * its short id, which changes when an earlier item is fixed), creating missing labels, and writing "Blocked by #N" with the real
 * numbers of the blockers.
 */
export async function fileIssues(drafts: readonly IssueDraft[], opts: FileIssuesOptions): Promise<FiledIssue[]> {
  // Octokit is loaded by this command only (≈ 50 ms of module loading every other command would pay).
  const { Octokit } = await import('@octokit/rest');
  const gh = new Octokit({ auth: opts.token, baseUrl: opts.baseUrl, userAgent: 'harden' });
  const { owner, repo } = opts;
  const existing = await gh.paginate(gh.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'all', per_page: 100 });
  const numbers = new Map<string, number>();
  const urls = new Map<string, string>();
  for (const issue of existing) {
    const key = MARKER_RE.exec(issue.body ?? '')?.[1];
    if (key && !numbers.has(key)) {
      numbers.set(key, issue.number);
      urls.set(key, issue.html_url);
    }
  }
  const labels = new Set((await gh.paginate(gh.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 })).map((l) => l.name));
  for (const name of new Set(drafts.flatMap((d) => d.labels))) {
    if (labels.has(name)) continue;
    try {
      await gh.rest.issues.createLabel({ owner, repo, name, color: LABEL_COLORS[name] ?? 'ededed' });
    } catch (e) {
      if ((e as { status?: number }).status !== 422) throw e; // 422: created meanwhile
    }
    labels.add(name);
  }
  const out: FiledIssue[] = [];
  for (const d of drafts) {
    const known = numbers.get(d.key);
    if (known !== undefined) {
      out.push({ key: d.key, id: d.id, number: known, url: urls.get(d.key) ?? '', created: false });
      continue;
    }
    const res = await gh.rest.issues.create({ owner, repo, title: d.title, body: resolveRefs(d.body, numbers), labels: d.labels });
    numbers.set(d.key, res.data.number);
    out.push({ key: d.key, id: d.id, number: res.data.number, url: res.data.html_url, created: true });
  }
  return out;
}
