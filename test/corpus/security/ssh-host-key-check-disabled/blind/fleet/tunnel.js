const { Client } = require("ssh2");

function open(host, privateKey) {
  const conn = new Client();
  conn.connect({
    host,
    username: "ops",
    privateKey,
    // expect: security/ssh-host-key-check-disabled
    hostVerifier: () => true,
  });
  return conn;
}

function openPinned(host, privateKey, expected) {
  const conn = new Client();
  conn.connect({
    host,
    username: "ops",
    privateKey,
    // ok: security/ssh-host-key-check-disabled
    hostVerifier: (key) => key.toString("base64") === expected,
  });
  return conn;
}

module.exports = { open, openPinned };
