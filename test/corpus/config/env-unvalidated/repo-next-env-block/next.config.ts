const basePath = process.env.BASE_PATH || '';
const cloudUrl = process.env.CLOUD_URL || '';

export default {
  basePath,
  env: {
    basePath,
    cloudUrl,
    appVersion: '2.1.0',
  },
};
