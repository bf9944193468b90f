export const APP_VERSION = process.env.appVersion;
export const ANALYTICS_ID = process.env.NEXT_PUBLIC_ANALYTICS_ID;
