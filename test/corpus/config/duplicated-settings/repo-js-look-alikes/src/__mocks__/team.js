module.exports = {
  id: 1,
  createdAt: '2024-01-01T00:00:00Z',
  status: 'active',
  name: 'team',
};
