import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precachePlugin } from './src/offline/precache-plugin';
import { compileHintsPlugin } from './scripts/build/compile-hints-plugin';

/**
 * Production Content-Security-Policy (reliability-notes §3.3): no remote connections, no inline
 * scripts. Injected only for `vite build`, because the dev server relies on inline scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMetaForBuild(): Plugin {
  return {
    name: 'shequ-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      // Right after <meta charset>: the charset must stay first, the policy must precede every script.
      handler: (html) => {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error('index.html must contain <meta charset="UTF-8" /> for the CSP plugin');
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMetaForBuild(), precachePlugin('src/offline/service-worker.ts'), compileHintsPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // One production build per run for the journey files (tests/setup/app-build.ts).
    globalSetup: ['tests/setup/app-build.ts'],
    // At least two workers (vitest's default is cores − 1: one on a 2-core machine, where journeys
    // and CLI tests mostly wait on Chromium or a child process and left the second core idle).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
