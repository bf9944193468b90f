'use strict';

module.exports = function index(x) {
  return x + 1;
};
