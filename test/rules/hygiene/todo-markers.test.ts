import { test } from 'vitest';
import rule from '../../../src/rules/hygiene/todo-markers.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('hygiene/todo-markers fixtures', async () => {
  await expectFixtures(rule);
});
