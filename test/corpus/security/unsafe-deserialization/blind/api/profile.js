const serialize = require("node-serialize");

function readProfile(req) {
  const raw = Buffer.from(req.cookies.profile, "base64").toString();
  // expect: security/unsafe-deserialization
  return serialize.unserialize(raw);
}

function writeProfile(res, profile) {
  // ok: security/unsafe-deserialization
  res.cookie("profile", Buffer.from(serialize.serialize(profile)).toString("base64"));
}

function readPrefs(req) {
  // ok: security/unsafe-deserialization
  return JSON.parse(req.cookies.prefs || "{}");
}

module.exports = { readProfile, writeProfile, readPrefs };
