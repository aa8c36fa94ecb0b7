/**
 * Apps that consume the package as npm ships it: `npm pack` of this repository into a temporary folder, and
 * fixture apps (test/consumers/<app>/) copied beside the tarball and installed from it, outside the source tree.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ConsoleMessage, Page } from 'playwright-core';
import { repo } from './example-app.js';

/** The tarball's name beside the fixtures: their package.json depend on `file:../customer-list-elements.tgz`. */
export const TARBALL = 'customer-list-elements.tgz';

export interface Packed {
  /** The temporary folder holding the tarball and the fixture apps. */
  root: string;
  /** Bytes of the .tgz, and of the files in it. */
  size: number;
  unpackedSize: number;
  entryCount: number;
  remove(): void;
}

/**
 * Runs a command and resolves with its output, or rejects with the command, its exit status and its output.
 * npm's own `npm_*` variables are left out: under `npm test` they would point a nested npm at this repository. So
 * is `NODE_TEST_CONTEXT`, which would make a nested `node --test` report to this test instead of running its files.
 */
export function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<string> {
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_') && name !== 'NODE_TEST_CONTEXT')), ...extraEnv };
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error) reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${error.message}\n${output}`));
      else resolve(output);
    });
  });
}

/** `npm pack` of the built repository (run `npm run build` first) into a new temporary folder. */
export async function pack(): Promise<Packed> {
  const root = mkdtempSync(join(tmpdir(), 'consumers-'));
  const [info] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', root], repo)) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  renameSync(join(root, info!.filename), join(root, TARBALL));
  return { root, size: info!.size, unpackedSize: info!.unpackedSize, entryCount: info!.entryCount, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Copies test/consumers/<name> beside the tarball and installs it as a fresh app would: the package from the
 * tarball, everything else at the newest versions its package.json allows (npm's cache serves repeat runs).
 */
export async function installFixture(packed: Packed, name: string): Promise<string> {
  const dir = join(packed.root, name);
  cpSync(join(repo, 'test/consumers', name), dir, { recursive: true, filter: (source) => !/\/(node_modules|dist|dist-dev)$/.test(source) });
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

/** Bytes of the JavaScript files in a built app's folder (Vite: dist/assets), raw and gzipped (-9). */
export function scriptSize(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Every page error, console error and console warning the page logs from now on, but those `ignore` matches. */
export function collectProblems(page: Page, ignore?: RegExp): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !ignore?.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return problems;
}

/** The Lit copies a page loaded: each of Lit's packages records its version in a global array as it loads. */
export function litCopies(page: Page): Promise<Record<'litElementVersions' | 'litHtmlVersions' | 'reactiveElementVersions', string[]>> {
  return page.evaluate(() => {
    const global = globalThis as unknown as Record<string, string[] | undefined>;
    return {
      litElementVersions: global.litElementVersions ?? [],
      litHtmlVersions: global.litHtmlVersions ?? [],
      reactiveElementVersions: global.reactiveElementVersions ?? [],
    };
  });
}
