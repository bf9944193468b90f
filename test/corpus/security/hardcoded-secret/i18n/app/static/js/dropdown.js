// A first-party widget: its namespaced event names are not keys.
// ok: security/hardcoded-secret
const DATA_API_KEY = '.data-api';
// expect: security/hardcoded-secret
const SIGNING_KEY = 'Zq8Lw3Xr9Tb2Vn6Hs1Kd0Pq';
export { DATA_API_KEY, SIGNING_KEY };
