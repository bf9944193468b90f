const fastify = require("fastify")();
const koa = new (require("koa"))();
const kcors = require("@koa/cors");

// expect: security/cors-wildcard
fastify.register(require("@fastify/cors"), { origin: "*" });
// expect: security/cors-wildcard
koa.use(kcors());

function allow(req, res, allowed) {
  const o = req.headers.origin;
  // ok: security/cors-wildcard
  res.setHeader("Access-Control-Allow-Origin", allowed.includes(o) ? o : "null");
}

module.exports = { fastify, koa, allow };
