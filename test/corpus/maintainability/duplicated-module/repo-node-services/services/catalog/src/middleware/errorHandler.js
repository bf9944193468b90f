/* copied from services/auth */
const logger = require('../logger');

function errorHandler(err, req, res, next) {
  // let express close the connection
  if (res.headersSent) {
    return next(err);
  }
  const status = err.status || err.statusCode || 500;
  const body = { error: status >= 500 ? 'internal error' : err.message };
  if (status >= 500) {
    logger.error({ err, path: req.path, method: req.method }, 'request failed');
  }
  if (err.code === 'VALIDATION') {
    body.details = err.details;
  }
  res.status(status).json(body);
}

module.exports = errorHandler;
