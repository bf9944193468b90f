const path = require('path');

const file = path.join(__dirname, '../logs/app.log');
module.exports = { file };
