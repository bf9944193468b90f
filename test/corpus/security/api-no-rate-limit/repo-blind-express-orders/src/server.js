const express = require("express");
const helmet = require("helmet");
const orders = require("./routes/orders");

const app = express();
app.use(helmet());
app.use(express.json());
app.use("/orders", orders);

app.listen(process.env.PORT || 3000);
