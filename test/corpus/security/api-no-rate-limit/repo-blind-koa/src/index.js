const Koa = require("koa");
const Router = require("@koa/router");
const { koaBody } = require("koa-body");

const app = new Koa();
const router = new Router({ prefix: "/files" });

// expect: security/api-no-rate-limit
router.post("/upload", koaBody({ multipart: true }), async (ctx) => {
  ctx.body = { id: await store(ctx.request.files.file) };
});

router.get("/:id", async (ctx) => {
  ctx.body = await load(ctx.params.id);
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(8080);

async function store() {
  return "1";
}

async function load(id) {
  return { id };
}
