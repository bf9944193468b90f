const fastify = require("fastify")({ logger: true });

// ok: security/api-no-rate-limit
fastify.get("/prices/:sku", async (request) => ({ sku: request.params.sku, price: 10 }));

fastify.listen({ port: 3000, host: "0.0.0.0" });
