export default {
  define: { api: process.env.API_URL, mode: process.env.MODE },
};
