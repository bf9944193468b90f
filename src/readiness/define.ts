/** Helpers for control modules: verdict constructors and evidence shortcuts. */
import type { Control, Evidence, ReadinessContext, Verdict } from './types.js';

export const defineControl = (c: Control): Control => c;

export const done = (evidence: Evidence[]): Verdict => ({ status: 'done', evidence: evidence.slice(0, 5) });
export const partial = (evidence: Evidence[], missing: string): Verdict => ({ status: 'partial', evidence: evidence.slice(0, 5), missing });
export const missing = (what?: string): Verdict => ({ status: 'missing', missing: what });
export const na = (why: string): Verdict => ({ status: 'n/a', why });

/** Evidence of any of the signals, in product files (or the given contexts), first file first. */
export function signals(ctx: ReadinessContext, ids: readonly string[], contexts?: readonly string[]): Evidence[] {
  return ids.flatMap((id) => ctx.signal(id, { contexts })).sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}

/** done when there is evidence, otherwise missing. */
export function presentOr(evidence: Evidence[], what: string): Verdict {
  return evidence.length ? done(evidence) : missing(what);
}

export const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Not applicable unless the repository has the trait. */
export function requires(ctx: ReadinessContext, trait: 'code' | 'webApi' | 'database' | 'containers' | 'deployable' | 'outboundHttp' | 'jobs' | 'auth'): string | undefined {
  if (ctx.app[trait]) return undefined;
  const reasons: Record<typeof trait, string> = {
    code: 'no Python or JavaScript/TypeScript product code',
    webApi: 'no HTTP API (no routes found)',
    database: 'no database (no client library, no database service)',
    containers: 'no Dockerfile, compose file or Kubernetes manifest',
    deployable: 'nothing is deployed or run as a service (no containers, units, web API or deploy step)',
    outboundHttp: 'no outbound HTTP calls found',
    jobs: 'no job queue or background worker found',
    auth: 'no authentication code (no JWT, login or password handling)',
  };
  return reasons[trait];
}
