const { Pool } = require("pg");

// expect: security/hardcoded-secret
const pool = new Pool({ connectionString: "postgres://admin:Adm1nPass-77@prod-db.internal:5432/app" });

const mailer = {
  host: "smtp.mailgun.org",
  auth: {
    user: "postmaster@mg.acme.io",
    // expect: security/hardcoded-secret
    pass: "mG7!kq2Lz9Vw",
  },
};

// ok: security/hardcoded-secret
const token = req => req.headers["x-api-token"];

module.exports = { pool, mailer, token };
