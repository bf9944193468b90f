import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';

const app = Fastify({ logger: true });
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });

app.post('/uploads', async (req) => saveUpload(req.body));
app.get('/uploads/:id', async (req) => loadUpload(req.params.id));

await app.listen({ port: 3000, host: '0.0.0.0' });
