/** Vendored, generated and tool-state trees: never analysed as first-party code. */
export const VENDORED_DIRS = new Map<string, string>([
  ['node_modules', 'node_modules'],
  ['.venv', 'virtualenv'],
  ['venv', 'virtualenv'],
  ['site-packages', 'virtualenv'],
  ['vendor', 'vendored'],
  ['third_party', 'vendored'],
  ['bower_components', 'vendored'],
  ['dist', 'build output'],
  ['build', 'build output'],
  ['__pycache__', 'bytecode cache'],
  ['.pytest_cache', 'tool cache'],
  ['.mypy_cache', 'tool cache'],
  ['.ruff_cache', 'tool cache'],
  ['.tox', 'tool cache'],
  ['.eggs', 'build output'],
  ['.harden', 'harden state'],
  ['.git', 'git'],
]);

/**
 * A web root's library folder (`wwwroot/lib`, `static/vendor` …): `<lib>/<package>/dist` there is a third-party
 * library's distribution that the app serves as it is (the ASP.NET templates commit `wwwroot/lib/jquery/dist`;
 * LibMan and Bower lay libraries out the same way), not the project's own build output.
 */
const WEB_ROOT = /^(wwwroot|static|public|assets)$/;
const LIB_DIR = /^(lib|libs|vendor)$/;

/** File names that are generated artifacts even outside those folders. */
const ARTIFACT_FILE = /\.(pyc|pyo|class|o|so|dll|dylib|egg)$|\.min\.(js|css)$|\.egg-info(\/|$)/;

export interface VendoredMatch {
  /** The folder (or file) that makes the path vendored, relative to the root. */
  path: string;
  kind: string;
}

/** Returns the vendored folder a path sits in, or null for first-party code. */
export function vendoredPrefix(relPath: string): VendoredMatch | null {
  const parts = relPath.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] === 'dist' && i >= 3 && LIB_DIR.test(parts[i - 2]) && WEB_ROOT.test(parts[i - 3])) return { path: parts.slice(0, i).join('/'), kind: 'vendored' };
    const kind = VENDORED_DIRS.get(parts[i]);
    if (kind) return { path: parts.slice(0, i + 1).join('/'), kind };
    if (parts[i].endsWith('.egg-info')) return { path: parts.slice(0, i + 1).join('/'), kind: 'build output' };
  }
  if (ARTIFACT_FILE.test(relPath)) {
    return { path: relPath, kind: /\.min\./.test(relPath) ? 'minified' : 'compiled artifact' };
  }
  return null;
}

/** Git pathspecs that keep untracked vendored trees out of the listing (git never descends into them). */
export function vendoredExcludePathspecs(): string[] {
  return [...VENDORED_DIRS.keys()].map((d) => `:(exclude,glob)**/${d}/**`);
}
