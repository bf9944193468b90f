const leftPad = require('left-pad');
module.exports = (n) => leftPad(n, 6);
