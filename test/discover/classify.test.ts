import { expect, test } from 'vitest';
import { classify, fileContext } from '../../src/discover/classify.js';
import { ComponentIndex } from '../../src/discover/components.js';
import { vendoredPrefix } from '../../src/discover/vendored.js';

test.each([
  ['services/api/app.py', '', 'python', 'source'],
  ['deploy/run', '#!/usr/bin/env bash', 'bash', 'source'],
  ['bin/tool', '#!/usr/bin/python3', 'python', 'source'],
  ['.github/workflows/ci.yml', '', 'yaml', 'ci-github'],
  ['.gitlab-ci.yml', '', 'yaml', 'ci-gitlab'],
  ['services/a/cloudbuild.yaml', '', 'yaml', 'ci-cloudbuild'],
  ['Jenkinsfile', '', 'groovy', 'ci-jenkins'],
  ['docker-compose.prod.yml', '', 'yaml', 'compose'],
  ['compose.yaml', '', 'yaml', 'compose'],
  ['services/a/Dockerfile', '', 'dockerfile', 'dockerfile'],
  ['Dockerfile.dev', '', 'dockerfile', 'dockerfile'],
  ['deploy/app.service', '', 'systemd', 'systemd'],
  ['ops/crontab', '', 'crontab', 'crontab'],
  ['.env.production', '', 'env', 'env'],
  ['requirements-dev.txt', '', 'text', 'manifest'],
  ['NOTES.txt', '', 'markdown', 'docs'],
  ['k8s/deploy.yaml', '', 'yaml', 'k8s'],
  ['docs/guide.md', '', 'markdown', 'docs'],
  ['web/src/App.tsx', '', 'tsx', 'source'],
])('%s → %s/%s', (p, first, lang, role) => {
  expect(classify(p, first)).toEqual({ lang, role });
});

test('contexts keep tests, examples and docs apart', () => {
  expect(fileContext('services/a/tests/test_x.py', 'python')).toBe('test');
  expect(fileContext('test_api.py', 'python')).toBe('test');
  expect(fileContext('web/src/a.spec.ts', 'typescript')).toBe('test');
  expect(fileContext('examples/demo.py', 'python')).toBe('example');
  expect(fileContext('README.md', 'markdown')).toBe('docs');
  expect(fileContext('services/a/app.py', 'python')).toBe('product');
  expect(fileContext('tests_async/transport/compliance.py', 'python')).toBe('test');
  expect(fileContext('system_tests/system_tests_sync/conftest.py', 'python')).toBe('test');
  expect(fileContext('web/integration-tests/helpers.ts', 'typescript')).toBe('test');
  expect(fileContext('shop/orders/tests.py', 'python')).toBe('test');
  expect(fileContext('contest/latest/app.py', 'python')).toBe('product');
  expect(fileContext('cypress/e2e/login.cy.ts', 'typescript')).toBe('test');
  expect(fileContext('cypress.config.ts', 'typescript')).toBe('test');
  expect(fileContext('web/playwright.config.ts', 'typescript')).toBe('test');
  expect(fileContext('docker-compose.test.yml', 'yaml')).toBe('test');
  expect(fileContext('docker-compose.yml', 'yaml')).toBe('product');
  expect(fileContext('docker-compose.prod.yml', 'yaml')).toBe('product');
  expect(fileContext('src/config.ts', 'typescript')).toBe('product');
  expect(fileContext('dev/code-generation/gen_ts_types.py', 'python')).toBe('example');
  expect(fileContext('app/dev/settings.py', 'python')).toBe('product');
  expect(classify('infra/rds.tf').lang).toBe('ini');
  expect(classify('infra/prod.tfvars').lang).toBe('ini');
});

test('vendored trees and artifacts', () => {
  expect(vendoredPrefix('services/a/.venv/lib/x.py')).toEqual({ path: 'services/a/.venv', kind: 'virtualenv' });
  expect(vendoredPrefix('web/node_modules/x/index.js')?.kind).toBe('node_modules');
  expect(vendoredPrefix('app/__pycache__/m.cpython-311.pyc')?.path).toBe('app/__pycache__');
  expect(vendoredPrefix('static/app.min.js')?.kind).toBe('minified');
  expect(vendoredPrefix('services/a/app.py')).toBeNull();
  // A web root's library folder holds third-party distributions served as they are; a package's own dist/ is output.
  expect(vendoredPrefix('Shop/wwwroot/lib/jquery/dist/jquery.js')).toEqual({ path: 'Shop/wwwroot/lib/jquery', kind: 'vendored' });
  expect(vendoredPrefix('site/static/vendor/bootstrap/dist/css/bootstrap.css')?.kind).toBe('vendored');
  expect(vendoredPrefix('portal/dist/index.js')).toEqual({ path: 'portal/dist', kind: 'build output' });
  expect(vendoredPrefix('src/lib/utils/dist/x.js')?.kind).toBe('build output');
});

test('components: services/*, own manifests, top-level folders, root', () => {
  const idx = new ComponentIndex([
    'services/ingest/app.py',
    'services/ingest/utils/x.py',
    'collectors/requirements.txt',
    'collectors/hourly.py',
    'tools/web/package.json',
    'tools/web/src/a.ts',
    'deploy/deploy.sh',
    'setup.py',
  ]);
  expect(idx.of('services/ingest/utils/x.py')).toBe('services/ingest');
  expect(idx.of('collectors/hourly.py')).toBe('collectors');
  expect(idx.of('tools/web/src/a.ts')).toBe('tools/web');
  expect(idx.of('deploy/deploy.sh')).toBe('deploy');
  expect(idx.of('setup.py')).toBe('.');
});
