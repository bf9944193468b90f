import Koa from 'koa';
import cors from '@koa/cors';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

// expect: security/cors-wildcard
app.use(cors({ credentials: true }));

router.get('/v1/prices', async (ctx) => {
  ctx.body = await prices();
});

router.options('/v1/quote', async (ctx) => {
  // expect: security/cors-wildcard
  ctx.set('Access-Control-Allow-Origin', '*');
  // ok: security/cors-wildcard
  ctx.set('Access-Control-Allow-Headers', '*');
  ctx.status = 204;
});

const allowed = new Set((process.env.CORS_ORIGINS ?? '').split(','));
// ok: security/cors-wildcard
app.use(cors({ origin: (ctx) => (allowed.has(ctx.get('Origin')) ? ctx.get('Origin') : '') }));
app.use(router.routes());
