import type { Component } from '../rules/types.js';
import { isComponentManifest } from './classify.js';

const GROUP_DIRS = new Set(['services', 'packages', 'apps', 'libs', 'modules', 'components', 'microservices', 'functions', 'lambdas']);

/**
 * Components are the top-level service/package folders: `services/<x>`, `packages/<x>`, `apps/<x>` …,
 * folders (up to two levels deep) that hold their own manifest, and otherwise the top-level folder.
 * Files at the root belong to the component `.`.
 */
export class ComponentIndex {
  private readonly roots: ReadonlySet<string>;
  private readonly reasons = new Map<string, string>();

  constructor(paths: readonly string[]) {
    const found = new Map<string, string>();
    for (const p of paths) {
      const parts = p.split('/');
      if (parts.length >= 3 && GROUP_DIRS.has(parts[0])) {
        found.set(`${parts[0]}/${parts[1]}`, `${parts[0]}/* folder`);
        continue;
      }
      const base = parts[parts.length - 1];
      if (parts.length >= 2 && parts.length <= 3 && isComponentManifest(base)) {
        const dir = parts.slice(0, -1).join('/');
        if (!found.has(dir)) found.set(dir, `own manifest (${base})`);
      }
    }
    // Keep the shallowest: a manifest folder nested in another component does not split it.
    const sorted = [...found.keys()].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
    const kept: string[] = [];
    for (const c of sorted) {
      if (!kept.some((k) => c.startsWith(`${k}/`))) kept.push(c);
    }
    for (const k of kept) this.reasons.set(k, found.get(k)!);
    this.roots = new Set(kept);
  }

  /**
   * The component of a path: its deepest ancestor folder that is a component root (the longest root the
   * path starts with, then `/`), else its top-level folder. Looks up the path's few ancestors instead of
   * testing every root (a 1M-line monorepo has hundreds of services, for each of its thousands of files).
   */
  of(path: string): string {
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
      const dir = path.slice(0, i);
      if (this.roots.has(dir)) return dir;
    }
    const slash = path.indexOf('/');
    return slash === -1 ? '.' : path.slice(0, slash);
  }

  reason(name: string): string {
    return this.reasons.get(name) ?? (name === '.' ? 'repository root' : 'top-level folder');
  }
}

export function summariseComponents(
  index: ComponentIndex,
  files: ReadonlyArray<{ component: string; context: string; analysed: boolean }>,
): Component[] {
  const by = new Map<string, Component>();
  for (const f of files) {
    if (!f.analysed) continue;
    let c = by.get(f.component);
    if (!c) {
      c = { name: f.component, path: f.component, reason: index.reason(f.component), files: 0, testFiles: 0, productFiles: 0 };
      by.set(f.component, c);
    }
    c.files++;
    if (f.context === 'test') c.testFiles++;
    if (f.context === 'product') c.productFiles++;
  }
  return [...by.values()].sort((a, b) => a.name.localeCompare(b.name));
}
