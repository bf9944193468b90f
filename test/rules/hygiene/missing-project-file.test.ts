import { test } from 'vitest';
import rule from '../../../src/rules/hygiene/missing-project-file.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('hygiene/missing-project-file fixtures', async () => {
  await expectFixtures(rule);
});
