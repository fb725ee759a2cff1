import { spawn } from 'node:child_process';
import { ROOT } from './app-process.ts';

/** Runs `node --import tsx <script> …args` in the repository; resolves with its exit code and output (killed after `timeoutMs`). */
export function runScript(script: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const kill = () => child.kill('SIGKILL');
    process.once('exit', kill);
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs / 1000} s)`;
      kill();
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      process.off('exit', kill);
      resolve({ code, stdout, stderr });
    });
  });
}
