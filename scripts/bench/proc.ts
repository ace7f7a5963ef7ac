// Memory of a process read from Linux's /proc: VmHWM is its peak resident set
// since start (or since the last reset), so no sampling loop can miss a spike.
import { readFileSync, writeFileSync } from 'node:fs';

function statusField(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null; // not Linux, or the process is gone
  }
}

/** Peak resident memory in MB, or null where /proc is not available. */
export const peakRssMb = (pid: number) => statusField(pid, 'VmHWM');
export const rssMb = (pid: number) => statusField(pid, 'VmRSS');

/**
 * Resets the peak to the current resident set (writing 5 to clear_refs), so the
 * next reading is the peak of what ran in between. False when not permitted;
 * the peak then runs on from process start.
 */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
