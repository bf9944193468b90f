'use strict';

module.exports = function smtp(x) {
  return x + 1;
};
