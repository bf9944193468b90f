const express = require("express");

const app = express();

// A browser `throttle()` helper elsewhere is a debounce, not a request limit: still reported.
// expect: security/api-no-rate-limit
app.post("/login", (req, res) => res.json({ ok: check(req.body) }));
app.get("/orders", (req, res) => res.json([]));

function check() {
  return true;
}

app.listen(3000);
