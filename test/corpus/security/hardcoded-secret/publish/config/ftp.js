const ftp = require('basic-ftp');

async function upload(file) {
  const client = new ftp.Client();
  // expect: security/hardcoded-secret
  await client.access({ host: 'ftp.partner.example', user: 'acme-upload', pass: 'Ftp!Upl0ad-2024' });
  await client.uploadFrom(file, 'incoming/' + file);
  // ok: security/hardcoded-secret
  const grade = { pass: 'threshold-60', fail: 'below-60' };
  return grade;
}

module.exports = { upload };
