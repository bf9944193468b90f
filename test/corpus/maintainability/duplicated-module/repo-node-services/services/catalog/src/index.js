const express = require('express');
const errorHandler = require('./middleware/errorHandler');
const products = require('./routes/products');

const app = express();
app.use('/products', products);
app.use(errorHandler);
app.listen(process.env.PORT || 3001);
