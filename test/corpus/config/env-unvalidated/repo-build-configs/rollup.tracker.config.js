export default {
  input: "src/tracker.js",
  define: { host: process.env.COLLECT_HOST, endpoint: process.env.COLLECT_ENDPOINT },
};
