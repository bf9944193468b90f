export default {
  basePath: process.env.BASE_PATH,
  env: { cloud: process.env.CLOUD_MODE, url: process.env.CLOUD_URL },
};
