exports.fmt = (x) => String(x);
