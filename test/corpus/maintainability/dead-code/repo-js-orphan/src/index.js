const { fmt } = require("./format");
console.log(fmt(1));
