exports.fmtOld = (x) => "" + x;
