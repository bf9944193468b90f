export const beta = import.meta.env.MODE === 'beta';
export const mapsKey = process.env.NEXT_PUBLIC_MAPS_KEY;
export const debug = import.meta.env.DEV;
