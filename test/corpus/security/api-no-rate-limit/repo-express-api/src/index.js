const express = require('express');
const helmet = require('helmet');
const products = require('./routes/products');

const app = express();
app.use(helmet());
app.use(express.json());
app.use('/products', products);
app.listen(process.env.PORT || 3000);
