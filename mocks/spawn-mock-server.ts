/** Starts `npm run mock-server` in its own process on a free port, for Node tests and benchmarks. */
import { spawn } from 'node:child_process';

export interface SpawnedMockServer {
  url: string;
  stop(): void;
}

export async function spawnMockServer(env: { ROWS?: number; SEED?: number; ACTIVITY?: number } = {}): Promise<SpawnedMockServer> {
  const vars = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value)]));
  const child = spawn('npm', ['run', '-s', 'mock-server'], { env: { ...process.env, ...vars, PORT: '0' }, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  // The npm wrapper and tsx run the server as children: stop the whole process group.
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('mock-server did not start within 30 s')), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const found = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString())?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mock-server exited with ${code}`));
    });
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { url, stop };
}
