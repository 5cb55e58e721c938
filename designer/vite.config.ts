/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the designer on :5173 and forwards API calls to a FlowBuilder server
// (FLOWBUILDER_URL, default the README's http://127.0.0.1:5080). `npm run build` writes dist/,
// which FlowBuilder.Server serves at its root.
const server = process.env.FLOWBUILDER_URL ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': server, '/hooks': server, '/health': server, '/widget': server } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
