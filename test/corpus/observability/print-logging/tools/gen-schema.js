#!/usr/bin/env node
const fs = require('fs');
const out = process.argv[2] || 'schema.json';
fs.writeFileSync(out, JSON.stringify(buildSchema(), null, 2));
// ok: observability/print-logging
console.log(`wrote ${out}`);
