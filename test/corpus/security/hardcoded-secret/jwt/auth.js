const jwt = require('jsonwebtoken');

function sign(user) {
  // expect: security/hardcoded-secret
  return jwt.sign({ sub: user.id }, 'acme-api-s1gning-k3y', { expiresIn: '1h' });
}

function signOk(user) {
  // ok: security/hardcoded-secret
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

module.exports = { sign, signOk };
