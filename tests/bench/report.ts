import { writeFile } from 'node:fs/promises';

/** One measured figure beside its baseline from the same run, and the target it is held to. */
export interface Figure {
  profile: string;
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'x' | 'count';
  baseline?: { name: string; value: number };
  target?: string;
  met?: boolean;
}

export class BenchReport {
  readonly figures: Figure[] = [];

  add(figure: Figure): void {
    this.figures.push(figure);
    const base = figure.baseline ? `   baseline ${figure.baseline.name}: ${format(figure.baseline.value, figure.unit)}` : '';
    const target = figure.target ? `   target ${figure.target}: ${figure.met ? 'met' : 'NOT MET'}` : '';
    console.log(`[${figure.profile}] ${figure.name}: ${format(figure.value, figure.unit)}${base}${target}`);
  }

  async writeJson(file: string): Promise<void> {
    await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, figures: this.figures }, null, 2)}\n`);
  }
}

function format(value: number, unit: Figure['unit']): string {
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'count') return String(value);
  return `${value.toFixed(unit === 'ms' && value < 10 ? 2 : 1)} ${unit}`;
}
