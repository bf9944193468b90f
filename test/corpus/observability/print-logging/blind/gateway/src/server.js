const express = require('express');
const { proxy } = require('./proxy');

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  // expect: observability/print-logging
  console.log(`${req.method} ${req.url}`);
  next();
});

app.use('/api', proxy);

app.use((err, req, res, next) => {
  console.error('unhandled error', err);
  res.status(500).json({ error: 'internal' });
});

app.listen(process.env.PORT || 3000, () => console.log('gateway listening'));
