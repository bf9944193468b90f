const express = require("express");
const Redis = require("ioredis");
const { RateLimiterRedis } = require("rate-limiter-flexible");

const limiter = new RateLimiterRedis({ storeClient: new Redis(), points: 50, duration: 1 });
const app = express();
app.use((req, res, next) => limiter.consume(req.ip).then(() => next()).catch(() => res.status(429).end()));

// ok: security/api-no-rate-limit
app.get("/quote", (req, res) => res.json({ q: 1 }));
app.listen(3000);
