import { defineRule } from '../define.js';
import { basename, dirname, ImportIndex, isJs, isPython, listNames, PLUGIN_MIN, pluginFolders, signalFiles } from '../_repo-signals.js';
import { GENERATED_PATH } from './_module-fingerprint.js';
import { thousands } from './_thousands.js';
import type { FileFact, RepoFindingDraft } from '../types.js';

/** Files that frameworks and tools load by convention, never by an import. */
const PY_CONVENTION =
  /(^|\/)(__init__|__main__|manage|wsgi|asgi|setup|conftest|settings|urls|apps|admin|models|views|forms|serializers|signals|tasks|celery|celeryconfig|gunicorn|gunicorn[._]conf|gunicorn_config|fabfile|noxfile|dodo|main|app|application|server|handler|lambda_function|lambda_handler|run|cli|__version__|_version|version|config|local_settings|routers?|schemas?|dependencies|hooks|plugins?)\.py$|(^|\/)(migrations|management\/commands|templatetags|alembic|versions|scripts|bin|tools|dev|hooks|plugins|dags|notebooks)\//;
/** Folders of assets that pages load by URL (`<script src>`, `{% static %}`), never by an import. */
const STATIC_DIR = /(^|\/)(public|static|static[_-]?files|staticfiles|static_root|collected[_-]?static|htdocs|wwwroot|webroot)\//;
const JS_CONVENTION =
  /(^|\/)(pages|app|routes|api|scripts|bin|tools|plugins|middleware|stories|\.storybook|\.vitepress|\.docusaurus|e2e|cypress|playwright|emails)\/|(^|\/)(index|main|server|app|cli|worker|middleware|instrumentation|entry|bootstrap|preload|setupTests|setupProxy|service-worker|sw|polyfills)\.[cm]?[jt]sx?$|\.(config|conf|rc|setup|stories|story|d|worker)\.[cm]?[jt]sx?$|(^|\/)\.?[\w-]+rc\.[cm]?js$/;
const CENTRAL_NAME = /(^|[_-])(utils?|common|shared|core|helpers?|config|settings|db|database|client|base|lib)([_-]|\.|$)/i;

export default defineRule({
  id: 'maintainability/dead-code',
  title: 'Module that nothing imports or runs',
  category: 'maintainability',
  status: 'stable',
  since: '0.2.0',
  severity: 'low',
  confidence: 'medium',
  likelihood: 'low',
  impact: 'low',
  scope: { kind: 'repo' },
  nonProduct: 'drop',
  messages: {
    dead: '`{name}` ({lines} lines) is imported by no module and started by no command, container, cron job or CI step',
    central: '`{name}` ({lines} lines) was written to replace copies ({defs} are also defined in {copies} other files) but nothing imports it',
  },
  docs: {
    what:
      'Python and JS/TS product modules that no other file imports and that are not entry points: not run as a script (`if __name__ == "__main__"`, a shebang), not named by a Dockerfile, compose file, systemd unit, crontab, CI step, Procfile, Makefile, shell script or manifest (`console_scripts`, package.json `main`/`bin`/`scripts`), and not loaded by a framework convention (Django apps, template tags, Next.js pages and routes, the `src/setupProxy.js` of Create React App, Nuxt auto-imported folders, React Email templates, migrations, management commands, config files, tests). A central module (utils/common/db/config …) whose functions other files still define for themselves is reported as written to replace those copies but never imported.',
    why:
      'Dead modules cost reviews, upgrades and security fixes for code that never runs, and mislead the next engineer about which implementation is live — they fix the bug in the copy nobody imports. An unused central module is worse: the consolidation was started and abandoned, and every copy it was meant to replace is still live.',
    bad: {
      path: 'collectors/legacy_prices.py',
      code: 'import requests\n\n\ndef fetch_prices():\n    return requests.get(URL, timeout=5).json()\n',
      files: {
        'collectors/prices.py': 'import requests\n\n\ndef fetch():\n    return requests.get(URL, timeout=5).json()\n\n\nif __name__ == "__main__":\n    fetch()\n',
      },
    },
    good: {
      path: 'collectors/parsing.py',
      code: 'def parse(rows):\n    return [r for r in rows if r]\n',
      files: {
        'collectors/prices.py': 'from collectors.parsing import parse\n\n\ndef fetch():\n    return parse([])\n\n\nif __name__ == "__main__":\n    fetch()\n',
      },
    },
    fix: 'Confirm with the owners and the deploy configuration that nothing runs the module (search cron, hosts and notebooks outside the repository), then delete it — git keeps the history. For an unused central module, finish the migration: import it from the modules that still carry their own copies, then delete the copies.',
    falsePositives:
      'Entry points are recognised by main guards, shebangs, commands and configuration that name the file or module, and framework conventions (listed above); modules of a plugin folder — a module in the folder or its parent imports by computed name (`importlib.import_module`, `__import__`, `spec_from_file_location`, `load_module`, ``require(`./plugins/${name}`)``) and three or more modules of the folder define the same public function — are not reported unless most modules of that folder are imported by name in code (a registry module listing them), in which case the one nothing imports is; scripts of a static folder (`static/`, `public/`, `static_files/` …) are reported only when pages or templates name other scripts of the same folder with their folder (`{% static "js/x.js" %}`, `<script src="/static/js/x.js">`) and none names this one — with no script named, the pages may live outside the repository (collected framework assets); other plugin systems (entry points named only in configuration the scan does not read) and modules run by hand from outside the repository look dead: suppress with the reason. Python imports match any dotted suffix of a module path (`import db` keeps every `db.py`), and any relative string path in JS keeps its target, so the rule errs towards silence. Libraries (no container, compose, cron or systemd file) are not checked inside their Python packages, whose modules are public API. `__init__.py`, generated files, tests, examples and docs are never reported.',
  },
  remediation: { effort: 'XS', perExtraOccurrence: 0.2, perFile: 0.25, cap: 8, kind: 'mechanical', track: 'quality' },
  check(facts) {
    const imports = new ImportIndex(facts);
    const entry = new Set((facts.entryPoints ?? []).map((e) => e.file));
    const library = !facts.dockerfiles.length && !facts.compose.length && !(facts.cron ?? []).length && !(facts.systemd ?? []).length;
    // Nuxt auto-imports these folders of the app that holds nuxt.config.*: nothing imports their modules by path.
    const nuxtRoots = facts.files.filter((f) => /^nuxt\.config\.[cm]?[jt]s$/.test(basename(f.path))).map((f) => dirname(f.path));
    const nuxtLoaded = (p: string) => nuxtRoots.some((r) => new RegExp(`^${r ? `${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/` : ''}(composables|utils|components|layouts|middleware|plugins|server|stores|pages|modules)/`).test(p));
    const packages = new Set(facts.files.filter((f) => basename(f.path) === '__init__.py').map((f) => dirname(f.path)));
    const defFiles = new Map<string, Set<string>>();
    const files = signalFiles(facts, { all: true });
    for (const { file, sig } of files) {
      if (file.context !== 'product') continue;
      for (const [name] of sig.defs ?? []) {
        if (name.startsWith('_') || /^(main|run|setup|handler|init|index|default)$/i.test(name)) continue;
        (defFiles.get(name) ?? defFiles.set(name, new Set()).get(name)!).add(file.path);
      }
    }
    const out: RepoFindingDraft[] = [];
    const referenced = (f: FileFact) => imports.importers(f).length > 0 || imports.importedByAlias(f) || imports.mentionedBy(f);
    // The product modules of each folder, for the folder-wide exemptions below (a static or plugin folder).
    const byDir = new Map<string, FileFact[]>();
    for (const f of facts.files)
      if (f.context === 'product' && (isPython(f) || isJs(f)) && !/^(__init__\.py|index\.[cm]?[jt]sx?)$/.test(basename(f.path)))
        (byDir.get(dirname(f.path)) ?? byDir.set(dirname(f.path), []).get(dirname(f.path))!).push(f);
    const siblingsNamed = new Map<string, { named: number; total: number; pages: number }>();
    const named = (dir: string) => {
      let v = siblingsNamed.get(dir);
      if (!v) {
        const files = byDir.get(dir) ?? [];
        v = { named: files.filter(referenced).length, total: files.length, pages: files.filter((f) => imports.namedWithFolder(f)).length };
        siblingsNamed.set(dir, v);
      }
      return v;
    };
    // A static folder whose other scripts pages name with their folder (`<script src="/static/js/x.js">`,
    // `{% static 'js/x.js' %}`) loads its scripts by name: one that nothing names is not loaded. With no script named at all, the pages that load
    // them may live outside the repository (collected framework assets): the folder stays silent.
    const staticLoaded = (f: FileFact) => STATIC_DIR.test(f.path) && named(dirname(f.path)).pages === 0;
    const candidates: FileFact[] = facts.files.filter(
      (f) =>
        f.context === 'product' &&
        (isPython(f) || isJs(f)) &&
        !entry.has(f.path) &&
        !GENERATED_PATH.test(f.path) &&
        !(isPython(f) ? PY_CONVENTION : JS_CONVENTION).test(f.path) &&
        !(isJs(f) && staticLoaded(f)) &&
        !(library && isPython(f) && packages.has(dirname(f.path))) &&
        !(isJs(f) && nuxtLoaded(f.path)),
    );
    const dead = candidates.filter((file) => {
      const sig = facts.perFile.get(file.path)?.signals ?? {};
      if (sig.flags?.includes('generated')) return false;
      if (file.lines === 0) return false; // empty modules
      return !referenced(file);
    });
    const plugin = pluginFolders(facts);
    for (const file of dead) {
      // A plugin folder whose modules are mostly imported by name in code (a registry module listing them) is
      // not loaded by computed name: the one module that nothing imports there is dead.
      if (plugin.has(dirname(file.path))) {
        const { named: n, total } = named(dirname(file.path));
        if (!(n >= PLUGIN_MIN - 1 && n * 2 >= total)) continue;
      }
      const sig = facts.perFile.get(file.path)?.signals ?? {};
      const name = basename(file.path);
      // Other files defining the name: counted and united without copying each name's set of files.
      const others = (d: string) => {
        const defs = defFiles.get(d);
        return defs ? defs.size - (defs.has(file.path) ? 1 : 0) : 0;
      };
      const copied = CENTRAL_NAME.test(name) ? (sig.defs ?? []).map(([d]) => d).filter((d) => others(d) >= 2) : [];
      const copies = new Set<string>();
      for (const d of copied) for (const p of defFiles.get(d) ?? []) if (p !== file.path) copies.add(p);
      out.push({
        messageId: copied.length ? 'central' : 'dead',
        data: { name: file.path, lines: thousands(file.lines), defs: listNames(copied, 3), copies: copies.size },
        path: file.path,
        matched: `dead:${file.path}`,
      });
    }
    return out;
  },
});
