// The results table, for the terminal and for bench/results/latest.md, with what it ran on.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { isFailed, type Measurement, meetsBudget, type Outcome, type Unit } from './measure';

export interface Machine {
  date: string;
  cores: string;
  cpu: string;
  node: string;
  chromium: string;
  command: string;
  /** 1-minute load average when the run began and ended: other work on the machine skews times. */
  load: string;
}

function nproc(): string {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return String(cpus().length);
  }
}

export function describeMachine(chromium: string, command: string, loadAtStart: number): Machine {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: nproc(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    chromium,
    command,
    load: `${loadAtStart.toFixed(2)} at start, ${(loadavg()[0] ?? 0).toFixed(2)} at end`,
  };
}

function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return String(value);
  switch (unit) {
    case '×':
      return `${value.toFixed(2)}×`;
    case 'cells':
      return String(Math.round(value));
    case 'kB':
      return `${value.toFixed(1)} kB`;
    case 's':
      return `${value.toFixed(2)} s`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
  }
}

const budgetText = (m: Measurement) =>
  m.budget === undefined ? '—' : `≤ ${format(m.budget, m.unit)}`;

function verdict(outcome: Outcome): string {
  if (isFailed(outcome)) return 'FAILED';
  const met = meetsBudget(outcome);
  return met === undefined ? 'info' : met ? 'pass' : '**MISS**';
}

const HEADER = ['what', 'median', 'runs', 'budget', 'result', 'side by side'];

function rowOf(outcome: Outcome): string[] {
  if (isFailed(outcome)) return [outcome.what, '—', '—', '—', 'FAILED', outcome.error];
  return [
    outcome.what,
    format(outcome.value, outcome.unit),
    String(outcome.runs),
    budgetText(outcome),
    verdict(outcome),
    outcome.comparison ?? '',
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(outcomes: readonly Outcome[]): string {
  const lines = [HEADER, HEADER.map(() => '---'), ...outcomes.map(rowOf)];
  return lines.map((cells) => `| ${cells.map(cell).join(' | ')} |`).join('\n');
}

export function markdownReport(outcomes: readonly Outcome[], machine: Machine): string {
  const misses = outcomes.filter((o) => !isFailed(o) && meetsBudget(o) === false).length;
  const failed = outcomes.filter(isFailed).length;
  return [
    '# Benchmark results',
    '',
    `- date: ${machine.date}`,
    `- machine: ${machine.cores} cores (\`nproc\`), ${machine.cpu}`,
    `- Node ${machine.node}, Chromium ${machine.chromium}`,
    `- command: \`${machine.command}\``,
    `- load average: ${machine.load} (the bench itself adds about 1; more means other work shared the cores)`,
    `- ${misses} budget${misses === 1 ? '' : 's'} missed, ${failed} measurement${failed === 1 ? '' : 's'} failed`,
    '',
    'Medians; comparisons (lossless vs JSON.parse, proxy vs direct) were interleaved in one run.',
    '',
    markdownTable(outcomes),
    '',
  ].join('\n');
}
