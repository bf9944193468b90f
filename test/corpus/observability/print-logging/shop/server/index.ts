import express from 'express';

const app = express();
app.get('/health', (_req, res) => res.send('ok'));
app.listen(3000, () => {
  // expect: observability/print-logging
  console.error('listening on 3000');
});
