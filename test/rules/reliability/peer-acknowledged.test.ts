import { expect, test } from 'vitest';
import { scan } from '../../../src/index.js';
import bareExcept from '../../../src/rules/reliability/bare-except.js';
import broadException from '../../../src/rules/reliability/broad-exception.js';
import swallowed from '../../../src/rules/reliability/swallowed-exception/index.js';
import { acknowledgedByPeer } from '../../../src/rules/reliability/_peer-acknowledged.js';
import { tempRepo } from '../../helpers/temp-repo.js';

test('only a suppression of the same check acknowledges a handler', () => {
  const ok = (line: string) => acknowledgedByPeer([line], 1);
  expect(ok('    except:  # pylint: disable=bare-except')).toBe(true);
  expect(ok('    except Exception:  # pylint: disable=too-many-branches,broad-except')).toBe(true);
  expect(ok('    except Exception as e:  # noqa: BLE001')).toBe(true);
  expect(ok('    except:  # noqa')).toBe(true);
  expect(ok('    except Exception:  # nosec')).toBe(true);
  expect(ok('    except Exception:  # nosec B110')).toBe(true);
  expect(ok('    except Exception:  # nosec B602')).toBe(false);
  expect(ok('    except Exception:  # noqa: E501')).toBe(false);
  expect(ok('    except Exception:  # pylint: disable=line-too-long')).toBe(false);
  expect(ok('    except Exception:  # cache is best effort')).toBe(false);
});

test('handlers accepted for another linter are info notices; the same handlers without the comment are not', async () => {
  const dir = tempRepo({
    'app/engine.py': [
      'def a(x):',
      '    try:',
      '        return x.fetch()',
      '    except:  # pylint: disable=bare-except',
      '        pass',
      '',
      'def b(x):',
      '    try:',
      '        return x.fetch()',
      '    except Exception:  # noqa: BLE001',
      '        x.count += 1',
      '',
      'def c(x):',
      '    try:',
      '        return x.fetch()',
      '    except:  # noqa: E722',
      '        x.count += 1',
      '',
      'def d(x):',
      '    try:',
      '        return x.fetch()',
      '    except Exception:',
      '        x.count += 1',
      '',
      'def e(x, logger):',
      '    try:',
      '        notify(x)',
      '    except Exception as err:',
      '        logger.error(err)',
      '',
      'def f(x):',
      '    # pylint: disable=broad-exception-caught',
      '    try:',
      '        return x.fetch()',
      '    except Exception:',
      '        x.count += 1',
      '',
    ].join('\n'),
  });
  const res = await scan(dir, { rules: [swallowed, broadException, bareExcept], config: {} });
  const at = (rule: string, line: number) => res.findings.find((f) => f.ruleId === rule && f.line === line)?.severity;
  expect(at(swallowed.id, 4)).toBe('info');
  expect(at(broadException.id, 10)).toBe('info');
  expect(at(bareExcept.id, 16)).toBe('info');
  expect(at(broadException.id, 22)).toBe('low');
  // Logged without its traceback: a notice saying to keep the traceback.
  const logged = res.findings.find((f) => f.ruleId === broadException.id && f.line === 28);
  expect(logged?.severity).toBe('info');
  expect(logged?.message).toMatch(/traceback/);
  // A pylint disable line above in the same function covers the handler.
  expect(at(broadException.id, 35)).toBe('info');
});
