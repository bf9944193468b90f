'use strict';

module.exports = function test_utils(x) {
  return x + 1;
};
