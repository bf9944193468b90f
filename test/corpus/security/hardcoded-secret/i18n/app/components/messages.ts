// Message ids of the UI: each names a text of the translation catalogue.
export const labels = {
  // ok: security/hardcoded-secret
  newPassword: 'label.new-password',
  // ok: security/hardcoded-secret
  noMatchPassword: 'message.no-match-password',
  // ok: security/hardcoded-secret
  apiKey: 'label.api-key',
};

export const seedAccount = {
  user: 'admin',
  // expect: security/hardcoded-secret
  password: 'Adm1n-Pa55!seed',
};
