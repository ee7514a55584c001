import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { scenarioCheck } from './data/check-scenarios.ts';
import { tourCheck } from './data/check-tours.ts';

export default defineConfig({
  plugins: [svelte(), scenarioCheck(), tourCheck()],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'data/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
