const { Router } = require("express");

const router = Router();

// expect: security/api-no-rate-limit
router.get("/", async (req, res) => {
  res.json(await listOrders(req.query));
});

router.post("/", async (req, res) => {
  res.status(201).json(await createOrder(req.body));
});

async function listOrders() {
  return [];
}

async function createOrder(body) {
  return body;
}

module.exports = router;
