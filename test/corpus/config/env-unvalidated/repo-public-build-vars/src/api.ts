export const apiBase = import.meta.env.VITE_API_BASE;
export const sentryDsn = import.meta.env.VITE_SENTRY_DSN;
