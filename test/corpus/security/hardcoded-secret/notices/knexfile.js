module.exports = {
  development: {
    client: 'postgresql',
    connection: {
      database: 'shop',
      user: 'shop',
      // expect: security/hardcoded-secret
      password: 'shopdev2024',
    },
  },
  test: {
    client: 'postgresql',
    connection: {
      database: 'shop_test',
      user: 'shop_test',
      // expect: security/hardcoded-secret
      password: 'test1234',
    },
  },
};
