import express from "express";
import { rateLimit } from "express-rate-limit";

const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 100, standardHeaders: "draft-7" }));

// ok: security/api-no-rate-limit
app.post("/login", (req, res) => {
  res.json({ ok: true });
});

export default app;
