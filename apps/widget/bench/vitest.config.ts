// pnpm bench runs the widget's query logic here (jsdom, the app's own build setup, simulated
// time); the figures are printed and the targets asserted, so a missed target fails `pnpm bench`.
import { defineConfig, mergeConfig } from 'vitest/config';
import app from '../vite.config.ts';

const config = mergeConfig(app, defineConfig({ test: { root: new URL('..', import.meta.url).pathname, testTimeout: 300_000 } }));
// Not merged: the benchmark alone, without the tests' MSW server (it answers fetch itself).
config.test = { ...config.test, include: ['bench/**/*.bench-run.tsx'], setupFiles: [] };
export default config;
