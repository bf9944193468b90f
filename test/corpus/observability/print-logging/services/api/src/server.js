const express = require('express');
const app = express();

app.post('/orders', async (req, res) => {
  // expect: observability/print-logging
  console.log('new order', req.body.id);
  try {
    await saveOrder(req.body);
    res.status(201).end();
  } catch (err) {
    console.error('order failed', err);
    res.status(500).end();
  }
});

app.listen(process.env.PORT || 3000);
