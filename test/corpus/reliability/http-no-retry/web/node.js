const axios = require('axios');

async function ping(url) {
  // expect: reliability/http-no-retry
  return axios.head(url, { timeout: 1000 });
}

module.exports = { ping };
