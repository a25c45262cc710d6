import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the app with hot reload and forwards the API to a running b40 serve
// (B40_API, default http://127.0.0.1:8080).
const api = process.env.B40_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One file name per content: the binary serves them with a long cache lifetime.
    assetsDir: 'assets',
    sourcemap: false,
    reportCompressedSize: true,
    // Two pages: the app, and GraphiQL (loaded only at /graphiql).
    rollupOptions: { input: { app: 'index.html', graphiql: 'graphiql.html' } },
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/graphql': api, '/reports': api } },
});
