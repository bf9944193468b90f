#!/usr/bin/env node
const { db } = require('./db');

(async () => {
  await db.migrate.latest();
  // ok: observability/print-logging
  console.log('migrations applied');
})();
