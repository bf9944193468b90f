const path = require('path');

// ok: observability/print-logging
console.log('building gateway bundle for', process.env.NODE_ENV);
module.exports = { entry: './src/server.js', output: { path: path.resolve(__dirname, 'dist') } };
