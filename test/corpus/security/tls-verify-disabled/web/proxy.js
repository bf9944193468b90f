const https = require('https');
const axios = require('axios');

// expect: security/tls-verify-disabled
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

const api = axios.create({
  baseURL: process.env.UPSTREAM_URL,
  httpsAgent: agent,
  timeout: 5000,
});

// ok: security/tls-verify-disabled
const strictAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: true });

module.exports = { api, strictAgent };
