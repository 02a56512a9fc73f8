import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const BENCH_ROOT = resolve(__dirname, '..');

export interface MachineInfo {
  date: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  loadAverage: [number, number, number];
  node: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  const load = loadavg();
  return {
    date: new Date().toISOString(),
    cpuModel: list[0]?.model ?? 'unknown',
    cores: list.length,
    memoryGiB: round1(totalmem() / 2 ** 30),
    freeMemoryGiB: round1(freemem() / 2 ** 30),
    loadAverage: [round1(load[0]), round1(load[1]), round1(load[2])],
    node: process.version,
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
