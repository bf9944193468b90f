const serialize = require('node-serialize');

module.exports = function sessionFrom(req) {
  const cookie = Buffer.from(req.cookies.profile, 'base64').toString();
  // expect: security/unsafe-deserialization
  return serialize.unserialize(cookie);
};
