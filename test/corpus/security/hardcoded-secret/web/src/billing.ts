import Stripe from 'stripe';

// expect: security/hardcoded-secret
const STRIPE_KEY = process.env.STRIPE_KEY ?? 'rk_test_51NfQ2eKc8Hj3Lm4Pq7Rs9Tu';
// expect: security/hardcoded-secret
const SENDGRID_KEY = process.env.SENDGRID_KEY || 'q7WmZ2pXc4Rt8Vb1Nk6Ls3Jd';
// ok: security/hardcoded-secret
const PUBLISHABLE = process.env.STRIPE_PUBLISHABLE_KEY ?? '';
// ok: security/hardcoded-secret
const CACHE_KEY = 'billing:plans:v2';

export const stripe = new Stripe(STRIPE_KEY, { apiVersion: '2024-06-20' });
export const mail = { key: SENDGRID_KEY, from: 'billing@example.com', cacheKey: CACHE_KEY, pk: PUBLISHABLE };
