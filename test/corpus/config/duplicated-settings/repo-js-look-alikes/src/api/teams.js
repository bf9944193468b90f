module.exports = function teams(req, res) {
  if (!req.user) {
    return res.status(401).json({ ok: false, error: 'unauthorized', code: 401 });
  }
  return res.json({ ok: true, items: [] });
};
