'use strict';

module.exports = function query(x) {
  return x + 1;
};
