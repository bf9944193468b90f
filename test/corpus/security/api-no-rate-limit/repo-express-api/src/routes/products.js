const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/', async (req, res) => {
  res.json(await db.query('SELECT * FROM products LIMIT 50'));
});

router.get('/:id', async (req, res, next) => {
  try {
    res.json(await db.one('SELECT * FROM products WHERE id = $1', [req.params.id]));
  } catch (e) {
    next(e);
  }
});

router.post('/', requireAdmin, createProduct);

module.exports = router;
