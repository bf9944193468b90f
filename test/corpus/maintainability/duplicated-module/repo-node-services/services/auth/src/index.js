const express = require('express');
const errorHandler = require('./middleware/errorHandler');
const login = require('./routes/login');

const app = express();
app.use(express.json());
app.post('/login', login);
app.use(errorHandler);
app.listen(process.env.PORT || 3000);
