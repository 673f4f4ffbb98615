// Prints what the extractor reads in a text: npx tsx tools/validation/try.ts "text" [RELATION_TYPE]
import { extractText } from '../../src/extract';

const [text, only] = process.argv.slice(2);
if (!text) {
  process.stderr.write('usage: npx tsx tools/validation/try.ts "text" [RELATION_TYPE]\n');
  process.exit(2);
}
const x = extractText(text);
for (const e of x.entities) console.log(`entity   ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? `  (${e.aliases.join(', ')})` : ''}`);
for (const r of x.relations.filter((r) => !only || r.type === only))
  console.log(`relation ${r.subject} ${r.type} ${r.object}  ${r.confidence}`);
for (const p of x.chipPrograms)
  console.log(`program  ${p.owner} ${p.status ?? ''} [${p.chips.join(', ')}]${p.since ? ` since ${p.since}` : ''}`);
