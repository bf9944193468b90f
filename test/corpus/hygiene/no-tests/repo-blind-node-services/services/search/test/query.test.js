const assert = require('assert');
const query = require('../query');

describe('query', () => { it('adds', () => assert.strictEqual(query(1), 2)); });
