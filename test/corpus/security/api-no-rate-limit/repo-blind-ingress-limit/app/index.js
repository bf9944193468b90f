const express = require("express");
const app = express();

// ok: security/api-no-rate-limit
app.get("/search", (req, res) => res.json([]));

app.listen(8080);
