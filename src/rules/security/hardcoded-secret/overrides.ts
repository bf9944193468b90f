/**
 * What other files say about a committed secret (security/hardcoded-secret), gathered in the file pass as per-file
 * tags and applied by the scan (FindingDraft.infoWhenTagged):
 *
 * - a placeholder the application refuses at start-up: code compares the setting with that literal and stops
 *   (`if get_setting("server.secret_key") == "ultrasecretkey": sys.exit(1)`): the value can never run in production;
 * - a development key that a sibling settings module replaces: `settings/base.py` holds a literal `SECRET_KEY`,
 *   `settings/prod.py` assigns `SECRET_KEY` from the environment, a file or a generator.
 *
 * Tags carry a hash of the value, never the value.
 */
import type { FileInput, PerFileFacts } from '../../types.js';
import { secretGroupKey, secretKindOfName } from '../_secret-patterns.js';

const REFUSED_TAG = 'secret-refused:';
const REPLACED_TAG = 'secret-replaced:';

/** A string literal compared for (in)equality: `== 'ultrasecretkey'`, `"changeme" === value`. */
const COMPARED_LITERAL = /(?:[!=]==?)\s*(['"])([^'"\\\s]{6,100})\1|(['"])([^'"\\\s]{6,100})\3\s*[!=]==?/g;
/** What stops the program: exit, abort, raise/throw. */
const STOPS = /\b(?:sys\.exit|os\._exit|exit|abort|process\.exit)\s*\(|\braise\b|\bthrow\b/;
/** A settings package or module: `settings/prod.py`, `config/settings/production.py`, `settings_prod.py`. */
const SETTINGS_PATH = /(^|\/)(settings|config)\/[^/]+\.py$|(^|\/)settings[_.][^/]*\.py$/;
/** An upper-case setting assigned something other than a string literal (any indentation: inside `try:`). */
const NON_LITERAL_SETTING = /^[ \t]*([A-Z][A-Z0-9_]*)[ \t]*=[ \t]*(?!['"rbuf]{0,2}['"])(?![ \t]*$)(\S.*)$/gm;

function dirOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/** Per-file extractor (file pass). */
export function secretOverrideSignals(input: FileInput): PerFileFacts | undefined {
  // Product code only: a test that compares a value and fails (`if token == "…": raise AssertionError`) says nothing
  // about what the application accepts.
  if (input.context !== 'product' || (input.lang !== 'python' && input.lang !== 'javascript' && input.lang !== 'typescript')) return undefined;
  const src = input.source;
  const tags: string[] = [];
  if ((src.includes('==') || src.includes('!=')) && STOPS.test(src)) {
    COMPARED_LITERAL.lastIndex = 0;
    for (let m = COMPARED_LITERAL.exec(src); m; m = COMPARED_LITERAL.exec(src)) {
      // The stop must follow within the next lines (the body of the check).
      const after = src.slice(m.index, m.index + 400).split('\n').slice(0, 4).join('\n');
      if (STOPS.test(after)) tags.push(REFUSED_TAG + secretGroupKey(m[2] ?? m[4]));
    }
  }
  if (input.lang === 'python' && SETTINGS_PATH.test(input.path)) {
    NON_LITERAL_SETTING.lastIndex = 0;
    for (let m = NON_LITERAL_SETTING.exec(src); m; m = NON_LITERAL_SETTING.exec(src)) {
      if (secretKindOfName(m[1])) tags.push(`${REPLACED_TAG}${dirOf(input.path)}:${m[1]}`);
    }
  }
  return tags.length ? { tags } : undefined;
}

/** A module that production does not load as is: base, common, default, development or local settings. */
const DEV_SETTINGS_MODULE = /(^|\/)(settings|config)\/(base|common|defaults?|dev|development|local|__init__)\.py$/;

/** The tags that make a secret found in `path` under `name` an info notice, each with the note to add. */
export function overrideTags(path: string, name: string | undefined, value: string): Array<{ tag: string; note: string }> {
  const out = [{ tag: REFUSED_TAG + secretGroupKey(value), note: 'a placeholder the application refuses at start-up' }];
  if (name && /^[A-Z][A-Z0-9_]*$/.test(name) && DEV_SETTINGS_MODULE.test(path)) {
    out.push({ tag: `${REPLACED_TAG}${dirOf(path)}:${name}`, note: 'a development value that another settings module of the package replaces' });
  }
  return out;
}
