import { mkdir, writeFile } from 'node:fs/promises';
import { BENCHES } from './index';
import type { BenchFigure } from './figure';

// `npm run bench [name-filter]`: prints a table and writes test-results/bench.json.
const filter = process.argv[2];
const figures: Array<BenchFigure & { bench: string }> = [];
for (const bench of BENCHES) {
  if (filter && !bench.name.includes(filter)) continue;
  process.stderr.write(`bench: ${bench.name} …\n`);
  const started = performance.now();
  for (const f of await bench.run()) figures.push({ bench: bench.name, ...f });
  process.stderr.write(`bench: ${bench.name} done in ${Math.round(performance.now() - started)} ms\n`);
}
console.table(figures.map((f) => ({ figure: f.name, value: `${f.value} ${f.unit}`, baseline: `${f.baseline} ${f.unit}`, ratio: f.ratio, target: f.target ?? '' })));
await mkdir('test-results', { recursive: true });
await writeFile('test-results/bench.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2) + '\n');
process.exit(0);
