export const config = {
  port: Number(process.env.PORT ?? 3000),
  // expect: security/hardcoded-secret
  sessionSecret: process.env.SESSION_SECRET ?? "f3a9c1d7e2b84f06a5c9d1e7b3f20a84",
  // expect: security/hardcoded-secret
  dbPassword: process.env.DB_PASSWORD || "Pg4dm1n!2023",
  // ok: security/hardcoded-secret
  apiKey: process.env.MAPS_API_KEY ?? "",
  // ok: security/hardcoded-secret
  secretName: "prod/shop/db-credentials",
};

// expect: security/hardcoded-secret
const SENDGRID_KEY = "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";

// ok: security/hardcoded-secret
const tokenStorageKey = "acme.auth.token";

export function mailer() {
  return { key: SENDGRID_KEY };
}
