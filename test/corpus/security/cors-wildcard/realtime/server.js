const http = require('http');
const express = require('express');
const { Server } = require('socket.io');

const app = express();

app.use((req, res, next) => {
  // expect: security/cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/embed', (req, res, next) => {
  const allowed = ['https://partner.example.com'];
  const origin = req.get('origin');
  // ok: security/cors-wildcard
  if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', allowed[allowed.indexOf(origin)]);
  next();
});

app.use('/widgets', (req, res, next) => {
  if (['https://shop.example.com', 'https://blog.example.com'].includes(req.headers.origin)) {
    // ok: security/cors-wildcard
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  }
  next();
});

const server = http.createServer(app);
const io = new Server(server, {
  // expect: security/cors-wildcard
  cors: { origin: '*', methods: ['GET', 'POST'] },
});
const admin = new Server(server, {
  path: '/admin-ws',
  // ok: security/cors-wildcard
  cors: { origin: ['https://admin.example.com'], credentials: true },
});

io.on('connection', (socket) => socket.emit('hello'));
admin.on('connection', (socket) => socket.emit('hello'));
server.listen(3000);
