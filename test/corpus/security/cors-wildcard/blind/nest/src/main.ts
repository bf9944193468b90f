import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  // expect: security/cors-wildcard
  app.enableCors();
  await app.listen(3000);
}

async function bootstrapAdmin() {
  const app = await NestFactory.create(AppModule);
  // ok: security/cors-wildcard
  app.enableCors({ origin: process.env.ADMIN_ORIGINS?.split(","), credentials: true });
  await app.listen(3001);
}

void bootstrap();
void bootstrapAdmin();
