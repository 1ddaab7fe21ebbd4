/**
 * One process at a time on an embedded data directory. PGlite writes a
 * postmaster.pid but never reads it, so two gateways on one directory would
 * both start and write, each with its own buffers, and corrupt it. This lock
 * file refuses the second one the way PostgreSQL refuses a second postmaster:
 * it names the process holding the directory, and a lock left by a process
 * that no longer exists (killed, crashed) is stale and taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'coachwork.lock';

export class DataDirectoryInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holderPid} ` +
        `(lock file ${join(dataDir, LOCK_FILE)}). Only one process may open it at a time: stop that ` +
        'gateway first, or give this one another --data-dir, or run both on PostgreSQL (DATABASE_URL).',
    );
    this.name = 'DataDirectoryInUse';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): { pid: number; host: string } | null {
  try {
    const [pid, host] = readFileSync(path, 'utf8').split('\n');
    const parsed = Number(pid);
    return Number.isInteger(parsed) && parsed > 0 ? { pid: parsed, host: host ?? '' } : null;
  } catch {
    return null;
  }
}

export interface DataDirectoryLock {
  release(): void;
}

/** Takes the directory's lock, or throws DataDirectoryInUse naming the live holder. */
export function lockDataDirectory(dataDir: string): DataDirectoryLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(path);
      // Another host's process cannot be checked from here: its lock is honoured.
      const local = holder === null || holder.host === hostname();
      if (holder && (!local || isAlive(holder.pid))) throw new DataDirectoryInUse(dataDir, holder.pid);
      // Stale (its process is gone) or unreadable (a holder killed while writing it).
      try {
        unlinkSync(path);
      } catch {
        // Another process removed it first; the next attempt decides.
      }
      continue;
    }
    writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
    closeSync(fd);
    const onExit = () => release();
    const release = () => {
      process.off('exit', onExit);
      if (holderOf(path)?.pid !== process.pid) return;
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    };
    process.on('exit', onExit);
    return { release };
  }
  throw new Error(`could not take the lock ${path}`);
}
