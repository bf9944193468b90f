require("./lib/mail");
