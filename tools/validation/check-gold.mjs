#!/usr/bin/env node
// Checks a hand-written validation batch: node check-gold.mjs /work/val/bNNN
// Every gold file must parse, name its article, use the ontology's types, have relation ends and
// program owners that are gold entity names, and name only entities the article text contains.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { norm, asList } from './contract.mjs';
import { join } from 'node:path';

const ENTITY = new Set(['Organization', 'Person', 'Chip', 'Product', 'Place', 'Event']);
const RELATION = new Set([
  'PARTNERS_WITH',
  'COMPETES_WITH',
  'ACQUIRES',
  'INVESTS_IN',
  'DEVELOPS',
  'MANUFACTURES',
  'SUPPLIES',
  'USES',
  'WORKS_FOR',
  'SUBSIDIARY_OF',
]);
const STATUS = new Set(['exploring', 'developing', 'announced', 'deployed', 'setback']);

const dir = process.argv[2];
if (!dir || !existsSync(join(dir, 'gold'))) {
  console.error('usage: check-gold.mjs BATCH_DIR   (holding articles/ and gold/)');
  process.exit(2);
}
const problems = [];
const count = { articles: 0, entities: 0, optionalEntities: 0, relations: 0, optionalRelations: 0, programs: 0 };
const articles = readdirSync(join(dir, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const golds = readdirSync(join(dir, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort();
for (const a of articles) if (!golds.includes(a.replace(/\.txt$/, '.json'))) problems.push(`${a}: no gold file`);

for (const f of golds) {
  const say = (m) => problems.push(`${f}: ${m}`);
  let g;
  try {
    g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'));
  } catch (e) {
    say(`not JSON: ${e.message}`);
    continue;
  }
  const articlePath = join(dir, 'articles', g.article ?? '');
  if (g.article !== f.replace(/\.json$/, '.txt') || !existsSync(articlePath)) {
    say(`"article" must be ${f.replace(/\.json$/, '.txt')} and exist`);
    continue;
  }
  count.articles++;
  const text = norm(readFileSync(articlePath, 'utf8'));
  const byName = new Map();
  for (const [i, e] of (g.entities ?? []).entries()) {
    const names = asList(e.names);
    if (!names.length || names.some((n) => typeof n !== 'string' || !n.trim())) say(`entity ${i}: names must be non-empty strings`);
    for (const t of asList(e.type)) if (!ENTITY.has(t)) say(`entity ${names[0]}: type ${t}`);
    for (const n of names) {
      const k = norm(n);
      if (byName.has(k) && byName.get(k) !== i) say(`name "${n}" belongs to two entities`);
      byName.set(k, i);
    }
    if (e.optional) count.optionalEntities++;
    else {
      count.entities++;
      // an entity named only elliptically ("MTIA 450 and 500") carries a "note" saying so
      if (!e.note && !names.some((n) => text.includes(norm(n)))) say(`entity ${names[0]}: none of its names occurs in the article`);
    }
  }
  const entityOf = (n) => (g.entities ?? [])[byName.get(norm(n))];
  for (const r of g.relations ?? []) {
    const label = `${JSON.stringify(r.subject)} ${r.type} ${JSON.stringify(r.object)}`;
    if (!RELATION.has(r.type)) say(`relation ${label}: type`);
    for (const end of [...asList(r.subject), ...asList(r.object)])
      if (!entityOf(end)) say(`relation ${label}: "${end}" is no gold entity name`);
    const types = (ends) => asList(ends).flatMap((n) => asList(entityOf(n)?.type));
    if (r.type === 'WORKS_FOR' && !types(r.subject).includes('Person')) say(`relation ${label}: WORKS_FOR needs a Person subject`);
    if (['DEVELOPS', 'MANUFACTURES', 'USES'].includes(r.type) && !types(r.object).some((t) => t === 'Chip' || t === 'Product'))
      say(`relation ${label}: ${r.type} needs a Chip or Product object`);
    if (r.type === 'SUBSIDIARY_OF' && !types(r.object).includes('Organization')) say(`relation ${label}: parent must be an Organization`);
    if (r.optional) count.optionalRelations++;
    else count.relations++;
  }
  for (const p of g.chipPrograms ?? []) {
    for (const o of asList(p.owner)) if (!entityOf(o)) say(`program ${JSON.stringify(p.owner)}: "${o}" is no gold entity name`);
    for (const c of asList(p.chips)) if (!entityOf(c)) say(`program ${JSON.stringify(p.owner)}: chip "${c}" is no gold entity name`);
    if (p.status && !STATUS.has(p.status)) say(`program ${JSON.stringify(p.owner)}: status ${p.status}`);
    if (!p.optional) count.programs++;
  }
}
console.log(
  Object.entries(count)
    .map(([k, v]) => `${k} ${v}`)
    .join(', '),
);
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
console.log('ok');
