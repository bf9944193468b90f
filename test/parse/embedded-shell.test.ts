import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { analyzeFile } from '../../src/engine/analyze-file.js';
import { classify } from '../../src/discover/classify.js';
import { defineRule } from '../../src/rules/define.js';
import { fromSg } from '../../src/parse/position.js';
import { tempRepo } from '../helpers/temp-repo.js';

/** A probe rule: reports every `rm` command with its exact position. */
const probe = defineRule({
  id: 'shell/probe-rm',
  title: 'probe',
  category: 'shell',
  status: 'experimental',
  since: 'test',
  severity: 'low',
  confidence: 'high',
  scope: { kind: 'file', languages: ['bash'] },
  messages: { rm: 'rm' },
  docs: { what: '', why: '', bad: { path: 'a.sh', code: '' }, good: { path: 'a.sh', code: '' }, fix: '' },
  remediation: { effort: 'XS', kind: 'mechanical', track: 'shell' },
  check({ root }) {
    if (!root) return [];
    return root.findAll({ rule: { kind: 'command', has: { kind: 'command_name', regex: '^rm$' } } }).map((n) => ({ messageId: 'rm', range: fromSg(n.range()) }));
  },
});

function run(rel: string, text: string) {
  const dir = tempRepo({ [rel]: text });
  const abs = path.join(dir, rel);
  writeFileSync(abs, text);
  const { lang, role } = classify(rel);
  return analyzeFile({ abs, path: rel, size: statSync(abs).size, lang, role, context: 'product', component: '.' }, { rules: [probe] });
}

test('GitHub Actions run: blocks are analysed as shell at the YAML file’s lines and columns', () => {
  const yml = [
    'on: push', //                                  1
    'jobs:', //                                     2
    '  build:', //                                  3
    '    runs-on: ubuntu-latest', //                4
    '    services:', //                             5
    '      db: { image: postgres }', //             6
    '    steps:', //                                7
    '      - run: rm -rf "$OUT"', //                8
    '      - name: multi', //                       9
    '        run: |', //                            10
    '          echo start', //                      11
    '          cat <<EOF > x', //                   12
    '          rm -rf inside-heredoc', //           13
    '          EOF', //                             14
    '          rm -rf "$DIR/"*', //                 15
    '      - run: "rm -f quoted"', //               16
  ].join('\n');
  const res = run('.github/workflows/ci.yml', yml);
  const got = res.findings.map((f) => `${f.line}:${f.column}`);
  expect(got).toEqual(['8:14', '15:11', '16:15']);
});

test('GitLab script lists and Cloud Build bash -c args', () => {
  const gl = ['build:', '  script:', '    - docker build .', '    - rm -rf $CACHE', '  after_script: rm x'].join('\n');
  expect(run('.gitlab-ci.yml', gl).findings.map((f) => `${f.line}:${f.column}`)).toEqual(['4:7', '5:17']);
  const cb = ['steps:', "  - name: 'gcr.io/cloud-builders/docker'", '    entrypoint: bash', '    args:', "      - -c", '      - |', '        rm -rf /workspace/$_DIR', '        docker build .'].join('\n');
  expect(run('cloudbuild.yaml', cb).findings.map((f) => `${f.line}:${f.column}`)).toEqual(['7:9']);
});

test('Jenkinsfile sh steps (all string forms, named arguments, GStrings) are shell at the host lines', () => {
  const jf = [
    'pipeline {', //                                                      1
    '  stages { stage("x") { steps {', //                                 2
    "    sh 'rm -f a'", //                                                3
    '    sh "rm -f ${env.B}"', //                                         4
    "    sh(returnStdout: true, script: 'rm -f c')", //                   5
    "    sh label: 'clean', script: '''", //                              6
    '      rm -f d', //                                                   7
    "    '''", //                                                         8
    '    // sh "rm -f commented"', //                                      9
    "    echo \"sh 'rm -f inside a string'\"", //                         10
    '    /* sh "rm -f in a block comment" */', //                        11
    '    def sh2 = 1; sh """', //                                         12
    '      rm -f e', //                                                   13
    '    """', //                                                        14
    '  } } }', //                                                         15
    '}', //                                                               16
  ].join('\n');
  expect(run('Jenkinsfile', jf).findings.map((f) => `${f.line}:${f.column}`)).toEqual(['3:9', '4:9', '5:37', '7:7', '13:7']);
});

test('a GString hands the shell its interpolations as variables and \\$ as a literal $', async () => {
  const { extractJenkinsShell } = await import('../../src/parse/jenkins-shell.js');
  const [a, b] = extractJenkinsShell('sh "rm -rf ${params.DIR}/x $NAME \\$HOME"\nsh \'echo \\\'q\\\' $X\'\n');
  expect(a.text.trim()).toBe('rm -rf ${DIR}/x ${NAME} $HOME');
  expect(b.text.trim()).toBe("echo 'q' $X");
  expect(b.line).toBe(2);
});

test('Dockerfile RUN (shell form) is shell at the Dockerfile lines; exec form, comments and ARG defaults handled', () => {
  const df = [
    'FROM debian:12', //                                   1
    'ARG OUT=/srv/out', //                                  2
    'RUN rm -f a \\', //                                    3
    '    # a comment Docker drops', //                      4
    '    && rm -f b', //                                    5
    'RUN ["rm", "-f", "exec-form"]', //                    6
    'RUN --mount=type=cache,target=/c rm -f "$OUT/c"', //  7
  ].join('\n');
  expect(run('Dockerfile', df).findings.map((f) => `${f.line}:${f.column}`)).toEqual(['3:5', '5:8', '7:34']);
});
