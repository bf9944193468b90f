import { defineConfig } from 'vite';
// ok: observability/print-logging
console.log('building with vite');
export default defineConfig({});
