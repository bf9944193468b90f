const axios = require('axios');

const client = axios.create({ baseURL: process.env.API_URL, timeout: 8000 });

async function listOrders() {
  // ok: reliability/http-no-timeout
  return (await client.get('/orders')).data;
}

async function payments(id) {
  // expect: reliability/http-no-timeout
  const res = await axios({ method: 'get', url: `/payments/${id}` });
  return res.data;
}

async function refund(id) {
  // ok: reliability/http-no-timeout
  return axios({ method: 'post', url: `/payments/${id}/refund`, timeout: 5000 });
}

async function remove(id) {
  // expect: reliability/http-no-timeout
  return axios.delete(`/orders/${id}`);
}

async function patch(id, body, opts) {
  // ok: reliability/http-no-timeout
  return axios.patch(`/orders/${id}`, body, opts);
}

async function browserFetch(url) {
  // ok: reliability/http-no-timeout
  return fetch(url);
}

module.exports = { listOrders, payments, refund, remove, patch, browserFetch };
