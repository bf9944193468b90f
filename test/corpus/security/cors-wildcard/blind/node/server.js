const express = require("express");
const cors = require("cors");

const app = express();
// expect: security/cors-wildcard
app.use(cors());

const publicApi = express.Router();
// expect: security/cors-wildcard
publicApi.use(cors({ origin: "*", methods: ["GET"] }));

const account = express.Router();
account.use(
  // expect: security/cors-wildcard
  cors({
    origin: true,
    credentials: true,
  }),
);

const admin = express.Router();
// ok: security/cors-wildcard
admin.use(cors({ origin: ["https://admin.acme.io"], credentials: true }));

app.get("/embed.js", (req, res) => {
  // expect: security/cors-wildcard
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.type("js").send("/* widget */");
});

app.get("/status", (req, res) => {
  // ok: security/cors-wildcard
  res.set("Access-Control-Allow-Origin", "https://status.acme.io");
  res.json({ ok: true });
});

module.exports = { app, publicApi, account, admin };
