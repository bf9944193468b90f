import { afterEach, expect, test } from 'vitest';
import rule, { formatBytes } from '../../../src/rules/hygiene/committed-artifact.js';
import { scan } from '../../../src/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';
import { makeGitRepo } from './git-repo.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function findings(files: Record<string, string | number>, tracked?: string[]) {
  const repo = makeGitRepo(files, tracked);
  cleanups.push(repo.cleanup);
  const res = await scan(repo.dir, { rules: [rule], config: {} });
  return res.findings.filter((f) => f.ruleId === rule.id).map((f) => ({ path: f.path, line: f.line, message: f.message }));
}

test('hygiene/committed-artifact fixtures (tracked by this project: vendor/ and minified assets are not reported)', async () => {
  await expectFixtures(rule);
});

test('a tracked virtualenv is one finding with its file count and size', async () => {
  const got = await findings({
    'app.py': 'print("hi")\n',
    'services/ingest/.venv/pyvenv.cfg': 'home = /usr/bin\nversion = 3.11.4\n',
    'services/ingest/.venv/lib/python3.11/site-packages/requests/__init__.py': 2000,
    'services/ingest/.venv/lib/python3.11/site-packages/requests/api.py': 1_500_000,
    'services/ingest/.venv/bin/python': 48,
  });
  expect(got).toEqual([{ path: 'services/ingest/.venv', line: 0, message: 'tracked virtualenv services/ingest/.venv (4 files, 1.4 MB)' }]);
});

test('a virtualenv with an unusual name is found by its pyvenv.cfg', async () => {
  const got = await findings({
    'main.py': 'print(1)\n',
    'pyenv311/pyvenv.cfg': 'home = /usr/bin\n',
    'pyenv311/lib/python3.11/site-packages/six.py': 34_000,
  });
  expect(got.map((f) => f.message)).toEqual(['tracked virtualenv pyenv311 (2 files, 33.2 KB)']);
});

test('node_modules, __pycache__, dist, egg-info and loose .pyc files: one finding per folder', async () => {
  const got = await findings({
    'web/package.json': '{"name":"web"}\n',
    'web/node_modules/left-pad/index.js': 'module.exports = 1;\n',
    'web/node_modules/left-pad/package.json': '{}\n',
    'web/dist/app.js': 'console.log(1)\n',
    'api/app/__pycache__/main.cpython-311.pyc': 900,
    'api/app/main.py': 'print(1)\n',
    'api/app/util.pyc': 300,
    'api/app/models.pyc': 300,
    'api/orders_api.egg-info/PKG-INFO': 'Name: orders-api\n',
  });
  expect(got.map((f) => f.message).sort()).toEqual([
    'tracked build output api/orders_api.egg-info (1 file, 17 B)',
    'tracked build output web/dist (1 file, 15 B)',
    'tracked bytecode cache api/app/__pycache__ (1 file, 900 B)',
    'tracked compiled files in api/app (2 files, 600 B)',
    'tracked node_modules web/node_modules (2 files, 23 B)',
  ]);
});

test('untracked (ignored or never added) artifacts are not reported', async () => {
  const got = await findings(
    {
      '.gitignore': '.venv/\nnode_modules/\n__pycache__/\n',
      'app.py': 'print(1)\n',
      '.venv/pyvenv.cfg': 'home = /usr/bin\n',
      '.venv/lib/site.py': 100,
      'node_modules/x/index.js': 'x\n',
      '__pycache__/app.cpython-311.pyc': 100,
      'build/out.js': 'x\n',
    },
    ['.gitignore', 'app.py'],
  );
  expect(got).toEqual([]);
});

test('vendor trees and minified assets committed on purpose are not reported', async () => {
  const got = await findings({
    'go.mod': 'module x\n',
    'vendor/github.com/pkg/errors/errors.go': 'package errors\n',
    'static/js/jquery-3.7.1.min.js': 'x',
    'third_party/proto/api.proto': 'syntax = "proto3";\n',
    'builder/make_image.py': 'print(1)\n',
  });
  expect(got).toEqual([]);
});

test("a web root's library folder (wwwroot/lib/<package>/dist) is vendored; a package's own dist/ is build output", async () => {
  // The ASP.NET templates and LibMan commit the client libraries the app serves under wwwroot/lib. Tested here, not
  // in the corpus: a folder of this project cannot hold tracked build output of a mini-repository.
  const got = await findings({
    'Shop/wwwroot/lib/jquery/dist/jquery.js': '/*! jQuery v3.6.0 */\n(function () {})();\n',
    'Shop/wwwroot/lib/bootstrap/dist/css/bootstrap.css': 'body { margin: 0; }\n',
    'Shop/wwwroot/js/site.js': 'document.title = "shop";\n',
    'portal/package.json': '{ "name": "portal", "main": "dist/index.js" }\n',
    'portal/dist/index.js': 'export const x = 1;\n',
  });
  expect(got.map((f) => f.path)).toEqual(['portal/dist']);
});

test('coverage reports, a Maven/Cargo target/ and a lone compiled extension are reported; a target/ package is not', async () => {
  const got = await findings({
    'pom.xml': '<project/>\n',
    'target/classes/com/acme/App.class': 120,
    'target/maven-status/inputFiles.lst': 'App.java\n',
    'htmlcov/index.html': '<html></html>\n',
    'web/.next/build-manifest.json': '{}\n',
    'src/fastmath/__init__.py': 'from ._speedups import dot\n',
    'src/fastmath/_speedups.cpython-311-x86_64-linux-gnu.so': 64,
    'planner/target/__init__.py': 'TARGETS = []\n',
  });
  expect(got.map((f) => f.message).sort()).toEqual([
    'tracked build output target (2 files, 129 B)',
    'tracked build output web/.next (1 file, 3 B)',
    'tracked compiled file src/fastmath/_speedups.cpython-311-x86_64-linux-gnu.so (1 file, 64 B)',
    'tracked coverage report htmlcov (1 file, 14 B)',
  ]);
});

test('sizes', () => {
  expect(formatBytes(512)).toBe('512 B');
  expect(formatBytes(47_815_065)).toBe('45.6 MB');
});
