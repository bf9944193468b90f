'use strict';

module.exports = function indexer(x) {
  return x + 1;
};
