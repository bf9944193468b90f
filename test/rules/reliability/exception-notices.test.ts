import { expect, test } from 'vitest';
import { scan } from '../../../src/index.js';
import bareExcept from '../../../src/rules/reliability/bare-except.js';
import broadException from '../../../src/rules/reliability/broad-exception.js';
import swallowed from '../../../src/rules/reliability/swallowed-exception/index.js';
import { isProse } from '../../../src/rules/reliability/swallowed-exception/documented.js';
import { tempRepo } from '../../helpers/temp-repo.js';

const rules = [swallowed, broadException, bareExcept];

/** Severity of each rule's finding by line, for a one-file repository. */
async function severities(files: Record<string, string>): Promise<(rule: string, path: string, line: number) => string | undefined> {
  const res = await scan(tempRepo(files), { rules, config: {} });
  return (rule, path, line) => res.findings.find((f) => f.ruleId === rule && f.path === path && f.line === line)?.severity;
}

test('only prose explains a handler: not a to-do, a directive or commented-out code', () => {
  expect(isProse('# when the database is locked, another process already set the journal mode')).toBe(true);
  expect(isProse('// Ignore')).toBe(true);
  expect(isProse('/* no-op */')).toBe(true);
  expect(isProse('# TODO: log this')).toBe(false);
  expect(isProse('# pylint: disable=bare-except')).toBe(false);
  expect(isProse('// eslint-disable-next-line no-empty')).toBe(false);
  expect(isProse('# log.warning("failed: %s", e)')).toBe(false);
  expect(isProse('// console.error(err);')).toBe(false);
  expect(isProse('# result = None')).toBe(false);
  expect(isProse('# pass')).toBe(false);
  expect(isProse('# expect: reliability/swallowed-exception')).toBe(false);
});

test('documented handlers, expected-control-flow probes and send-and-forget requests are notices; look-alikes are not', async () => {
  const at = await severities({
    'app/store.py': [
      'import sqlite3', //                                                     1
      'def a(conn):',
      '    try:',
      '        conn.execute("PRAGMA journal_mode=WAL")',
      '    except sqlite3.OperationalError:', //                               5
      '        # locked: another process already set the journal mode',
      '        pass',
      'def b(conn):',
      '    try:',
      '        conn.execute("VACUUM")', //                                     10
      '    except sqlite3.OperationalError:',
      '        # TODO: log this',
      '        pass',
      'def c(conn):',
      '    try:', //                                                            15
      '        conn.execute("VACUUM")',
      '    # no rows to fetch for this statement',
      '    except sqlite3.OperationalError:',
      '        pass',
      'def d(group, user, session):', //                                        20
      '    try:',
      '        group.users.remove(user)',
      '        session.commit()',
      '    except ValueError:',
      '        pass', //                                                         25
      'def e(group, user, session):',
      '    try:',
      '        session.commit()',
      '        group.users.remove(user)',
      '    except ValueError:', //                                              30
      '        pass',
      'def f(conn):',
      '    try:',
      '        conn.execute("VACUUM")',
      '    except:', //                                                         35
      '        # best effort',
      '        pass',
      '',
    ].join('\n'),
    'web/beacon.js': [
      'export function send(url, body) {',
      '  return fetch(url, { method: "POST", body }).catch(() => {});',
      '}',
      'export function save(api, doc) {',
      '  return api.save(doc).catch(() => {});', //                              5
      '}',
      '',
    ].join('\n'),
  });
  expect(at(swallowed.id, 'app/store.py', 5)).toBe('info');
  expect(at(swallowed.id, 'app/store.py', 11)).toBe('medium');
  expect(at(swallowed.id, 'app/store.py', 18)).toBe('info');
  expect(at(swallowed.id, 'app/store.py', 24)).toBe('info');
  // The probe is not the try's first statement: the ValueError may come from the commit.
  expect(at(swallowed.id, 'app/store.py', 30)).toBe('medium');
  // A bare `except:` still catches Ctrl-C, whatever the comment says.
  expect(at(swallowed.id, 'app/store.py', 35)).toBe('medium');
  expect(at(swallowed.id, 'web/beacon.js', 2)).toBe('info');
  expect(at(swallowed.id, 'web/beacon.js', 5)).toBe('medium');
});

test('fake-data generators and developer tooling: notices; a broad fallback for unreadable input: a notice', async () => {
  const at = await severities({
    'populate.py': ['from faker import Faker', 'def run(db):', '    try:', '        db.add(Faker().name())', '    except Exception:', '        pass', ''].join('\n'),
    'app/debug.py': [
      'def ping(service, log):',
      '    try:',
      '        return {"ok": True, "r": service.ping()}',
      '    except Exception as e:',
      '        log.exception(e)', //                                            5
      '        return {"ok": False, "r": f"failed: {e}"}',
      'def detect(service, log):',
      '    try:',
      '        return {"r": service.detect()}, 200',
      '    except Exception as e:', //                                           10
      '        log.exception(e)',
      '        return {"error": str(e)}, 400',
      '',
    ].join('\n'),
    'app/sync.py': ['def run(db, name):', '    try:', '        db.add(name)', '    except Exception:', '        pass', ''].join('\n'),
    'app/session.py': [
      'def open_session(serializer, val, fresh):',
      '    try:',
      '        data = serializer.loads(val)',
      '        return fresh(data)',
      '    except Exception:', //                                               5
      '        return fresh({})',
      'def load_user(repo, uid):',
      '    try:',
      '        user = repo.get(uid)',
      '    except Exception:', //                                               10
      '        user = None',
      '    return user',
      'def run(job):',
      '    try:',
      '        job.run()', //                                                   15
      '    except:',
      '        job.log.warning("failed")',
      '        raise',
      '',
    ].join('\n'),
  });
  expect(at(swallowed.id, 'populate.py', 5)).toBe('info');
  expect(at(swallowed.id, 'app/sync.py', 4)).toBe('medium');
  expect(at(broadException.id, 'app/session.py', 5)).toBe('info');
  expect(at(broadException.id, 'app/session.py', 10)).toBe('low');
  expect(at(broadException.id, 'app/debug.py', 4)).toBe('info');
  expect(at(broadException.id, 'app/debug.py', 10)).toBe('low');
  // Nothing is swallowed by a bare except that re-raises: a style notice.
  expect(at(bareExcept.id, 'app/session.py', 16)).toBe('info');
});
