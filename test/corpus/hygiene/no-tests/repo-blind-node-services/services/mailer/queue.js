'use strict';

module.exports = function queue(x) {
  return x + 1;
};
