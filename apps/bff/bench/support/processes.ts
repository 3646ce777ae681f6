// The benchmark's separate processes: each started with its own Node, its output in a file,
// its CPU time read from /proc as the kernel counts it.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';

export interface BenchProcess {
  pid: number;
  /** User + system CPU time the process has used so far, in ms; undefined where /proc is missing. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

const TICKS_PER_SECOND = 100; // USER_HZ, the unit of /proc/<pid>/stat on Linux

export function cpuMsOf(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces) start at the state, field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime: fields 14 and 15
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Starts `node <args>` and waits until `readyUrl` answers (any status below 500). */
export async function startProcess(options: { args: string[]; env: Record<string, string>; logFile: string; readyUrl: string }): Promise<BenchProcess> {
  const log = openSync(options.logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, options.args, { env: { PATH: process.env.PATH ?? '', ...options.env }, stdio: ['ignore', log, log] });
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`${options.args.join(' ')} exited (${child.exitCode}); see ${options.logFile}`);
    if (await fetch(options.readyUrl).then((r) => r.status < 500, () => false)) break;
    if (waited > 30_000) throw new Error(`${options.args.join(' ')} did not answer; see ${options.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pid: child.pid!,
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
