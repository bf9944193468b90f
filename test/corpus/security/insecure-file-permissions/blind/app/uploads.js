const fs = require("fs");

function publish(file) {
  // expect: security/insecure-file-permissions
  fs.chmodSync(file, 0o666);
}

function prepare(dir) {
  // ok: security/insecure-file-permissions
  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
  // ok: security/insecure-file-permissions
  fs.chmodSync(dir, 0o750);
}

module.exports = { publish, prepare };
