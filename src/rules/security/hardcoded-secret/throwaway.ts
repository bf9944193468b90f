/**
 * Files and blocks whose credentials belong to something thrown away after a test run (security/hardcoded-secret):
 * their secrets are test data, reported as info notices.
 */

/** A saved web page (`tests/data/recipe.html`): a third party's document captured as test input, with its widget keys. */
const SAVED_PAGE = /\.(html?|xhtml|mhtml)$/i;

/**
 * A test environment that says of itself that it is insecure or for testing only (`secret: 'insecure_session_secret'`,
 * `# only intended for testing`): its keys and passwords are the throw-away set-up of a local test stack.
 */
const DECLARED_INSECURE = /\binsecure[_-][a-z]|\b(?:for testing only|only (?:intended )?for testing|not for production use|do not use (?:this )?in production)\b/i;

/** Called for files of test context only. */
export function isThrowawayTestFile(path: string, source: string): boolean {
  return SAVED_PAGE.test(path) || DECLARED_INSECURE.test(source);
}

/** A settings block for the test environment: `test:` / `testing:` (knexfile, Rails `database.yml`, Sequelize config). */
export const TEST_BLOCK_KEY = /^(test|testing)$/;
