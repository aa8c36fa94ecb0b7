/** Building a framework example with Vite as its host would, serving it, and watching a page for errors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type AliasOptions } from 'vite';
import { serveStatic, type StaticServer } from './static-server.js';

export const repo = new URL('../../..', import.meta.url).pathname;

export interface BuiltExample {
  site: StaticServer;
  remove(): Promise<void>;
}

/** Builds `examples/<name>` for production into a temporary folder and serves it. */
export async function buildExample(name: string, options: { alias?: AliasOptions; define?: Record<string, string> } = {}): Promise<BuiltExample> {
  const outDir = mkdtempSync(join(tmpdir(), `${name}-example-`));
  await build({
    configFile: false,
    root: join(repo, 'examples', name),
    logLevel: 'warn',
    base: './',
    resolve: { alias: options.alias ?? [] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), ...options.define },
    build: { outDir, emptyOutDir: true },
  });
  const site = await serveStatic(outDir);
  return {
    site,
    async remove() {
      await site.stop();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Every page error and console error the page logs from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}
