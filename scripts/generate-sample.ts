/**
 * `npm run sample`: rewrites the committed 津南区 sample (data/sample-jinnan-long.csv,
 * data/sample-jinnan-2024H1-wide-gbk.csv) and the measured-plants block of data/README.md,
 * then prints that block. Deterministic: running it twice writes identical bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceFactsBlock } from './sample/facts-markdown';
import { generateSample } from './sample/sample-files';

const root = new URL('../', import.meta.url);
const sample = generateSample();
for (const file of sample.files) {
  writeFileSync(new URL(file.name, root), file.bytes);
  console.log(`wrote ${file.name} (${file.bytes.length} bytes)`);
}
const readmeUrl = new URL('data/README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const updated = replaceFactsBlock(readme, sample.factsMarkdown);
if (updated !== readme) writeFileSync(readmeUrl, updated);
console.log(`${updated === readme ? 'unchanged' : 'updated'} data/README.md planted block\n`);
console.log(sample.factsMarkdown);
if (!sample.facts.widening?.risesMonthly) {
  console.error('warning: the planted widening gap no longer rises every month; retune scripts/sample/plants.ts');
  process.exitCode = 1;
}
