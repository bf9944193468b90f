const express = require('express');

const app = express();

app.get('/api/me', (req, res) => {
  // expect: security/cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ user: req.user });
});

module.exports = app;
