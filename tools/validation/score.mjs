#!/usr/bin/env node
// Scores validation batches kept outside the repository (tools/validation/README.md).
//
//   node tools/validation/score.mjs TAG SET...            pooled counts and F1 per set and over all sets
//   node tools/validation/score.mjs TAG SET... --extract  first extracts every article (predictions/TAG/SET)
//   node tools/validation/score.mjs TAG SET... --list     also every missed and extra relation and program
//   node tools/validation/score.mjs TAG SET... --diff OLD relations that differ from the predictions of OLD
//   node tools/validation/score.mjs TAG SET... --by-confidence  counts of right and wrong relations per type and
//                                                        confidence (counts only: usable on blind batches)
//
// SET is a batch folder name under $VAL_DIR (default /work/val), holding articles/ and gold/, or "seeds"
// for the project's own seeds/. The matching rules are those of ../shared/tools/score-extraction.mjs,
// counted exactly rather than rounded, so that small changes over many batches can be seen.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { norm, asList } from './contract.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VAL = process.env.VAL_DIR ?? '/work/val';
const [tag, ...rest] = process.argv.slice(2);
const flag = (f) => rest.includes(f);
const diffWith = rest.includes('--diff') ? rest[rest.indexOf('--diff') + 1] : null;
const sets = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--diff');
if (!tag || !sets.length) {
  console.error('usage: score.mjs TAG SET... [--extract] [--list] [--diff OLDTAG]');
  process.exit(2);
}
const folder = (set) => (set === 'seeds' ? join(ROOT, 'seeds') : join(VAL, set));
const predDir = (t, set) => join(VAL, 'predictions', t, set);

if (flag('--extract'))
  for (const set of sets)
    execFileSync('npx', ['tsx', 'src/cli/extract.ts', '--dir', join(folder(set), 'articles'), '--out', predDir(tag, set)], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });

// the scorer's matching
const SYMMETRIC = new Set(['PARTNERS_WITH', 'COMPETES_WITH']);

function score(gold, pred) {
  const byName = new Map();
  gold.entities.forEach((g, i) => g.names.forEach((n) => byName.set(norm(n), i)));
  const goldIdOf = (n) => byName.get(norm(n));
  const predToGold = new Map();
  const e = { tp: 0, fp: 0, fn: 0 };
  const seen = new Set();
  for (const p of pred.entities ?? []) {
    const names = [p.name, ...asList(p.aliases)];
    const gid = names.map(goldIdOf).find((x) => x !== undefined);
    names.forEach((n) => gid !== undefined && predToGold.set(norm(n), gid));
    if (gid === undefined) {
      e.fp++;
      continue;
    }
    const g = gold.entities[gid];
    if (seen.has(gid)) {
      if (!g.optional) e.fp++;
      continue;
    }
    seen.add(gid);
    if (g.optional) continue;
    if (asList(g.type).includes(p.type)) e.tp++;
    else {
      e.fp++;
      e.fn++;
    }
  }
  gold.entities.forEach((g, i) => !g.optional && !seen.has(i) && e.fn++);

  const resolve = (n) => predToGold.get(norm(n)) ?? goldIdOf(n);
  const goldRel = gold.relations.map((r) => ({ ...r, s: asList(r.subject).map(goldIdOf), o: asList(r.object).map(goldIdOf) }));
  const r = { tp: 0, fp: 0, fn: 0 };
  const right = new Set(),
    wrong = [],
    missed = [];
  const hit = new Set();
  const byConf = new Map();
  const tally = (p, ok) => {
    const k = `${p.type} ${p.confidence}`;
    const t = byConf.get(k) ?? { right: 0, wrong: 0 };
    t[ok ? 'right' : 'wrong']++;
    byConf.set(k, t);
  };
  for (const p of pred.relations ?? []) {
    const s = resolve(p.subject),
      o = resolve(p.object);
    const m = goldRel.findIndex(
      (g) => g.type === p.type && ((g.s.includes(s) && g.o.includes(o)) || (SYMMETRIC.has(g.type) && g.s.includes(o) && g.o.includes(s))),
    );
    const key = `${p.subject} ${p.type} ${p.object}`;
    tally(p, m >= 0);
    if (m < 0) {
      r.fp++;
      wrong.push(`${key}   «${String(p.evidence ?? '').slice(0, 140)}»`);
      continue;
    }
    right.add(key);
    if (goldRel[m].optional || hit.has(m)) continue;
    hit.add(m);
    r.tp++;
  }
  goldRel.forEach((g, i) => {
    if (!g.optional && !hit.has(i)) {
      r.fn++;
      missed.push(`${asList(g.subject)[0]} ${g.type} ${asList(g.object)[0]}`);
    }
  });
  const pr = { tp: 0, fp: 0, fn: 0 };
  const goldProg = (gold.chipPrograms ?? []).map((g) => ({ ...g, owners: asList(g.owner).map(goldIdOf) }));
  const progHit = new Set(),
    progWrong = [],
    progMissed = [];
  for (const p of pred.chipPrograms ?? []) {
    const m = goldProg.findIndex((g) => g.owners.includes(resolve(p.owner)));
    if (m < 0) {
      pr.fp++;
      progWrong.push(p.owner);
      continue;
    }
    if (goldProg[m].optional || progHit.has(m)) continue;
    progHit.add(m);
    pr.tp++;
  }
  goldProg.forEach((g, i) => {
    if (!g.optional && !progHit.has(i)) {
      pr.fn++;
      progMissed.push(asList(g.owner)[0]);
    }
  });
  return { e, r, pr, right, wrong, missed, progWrong, progMissed, byConf };
}

const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
const line = (c) => `${f1(c).toFixed(3)} (${c.tp} right, ${c.fp} wrong, ${c.fn} missed)`;
const zero = () => ({ e: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 }, pr: { tp: 0, fp: 0, fn: 0 } });
const add = (t, s) => {
  for (const k of ['e', 'r', 'pr']) for (const m of ['tp', 'fp', 'fn']) t[k][m] += s[k][m];
};
const readPred = (t, set, f) => {
  const p = join(predDir(t, set), f);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : { entities: [], relations: [], chipPrograms: [] };
};

const all = zero();
const confAll = new Map();
for (const set of sets) {
  const total = zero();
  const goldDir = join(folder(set), 'gold');
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    const s = score(gold, readPred(tag, set, f));
    add(total, s);
    for (const [k, v] of s.byConf) {
      const t = confAll.get(k) ?? { right: 0, wrong: 0 };
      t.right += v.right;
      t.wrong += v.wrong;
      confAll.set(k, t);
    }
    if (flag('--list') && (s.wrong.length || s.missed.length || s.progWrong.length || s.progMissed.length)) {
      console.log(`  ${set}/${f}`);
      for (const m of s.missed) console.log(`    missed   ${m}`);
      for (const w of s.wrong) console.log(`    wrong    ${w}`);
      for (const p of s.progMissed) console.log(`    missed program ${p}`);
      for (const p of s.progWrong) console.log(`    wrong program  ${p}`);
    }
    if (diffWith) {
      const old = score(gold, readPred(diffWith, set, f));
      const keys = (x) => new Set([...x.right, ...x.wrong.map((w) => w.split('   «')[0])]);
      const now = keys(s),
        before = keys(old);
      for (const k of now) if (!before.has(k)) console.log(`  + ${s.right.has(k) ? 'RIGHT' : 'WRONG'} ${set}/${f} ${k}`);
      for (const k of before) if (!now.has(k)) console.log(`  - ${old.right.has(k) ? 'RIGHT' : 'WRONG'} ${set}/${f} ${k}`);
    }
  }
  add(all, total);
  console.log(`${set.padEnd(6)} entities ${line(total.e)} | relations ${line(total.r)} | programs ${line(total.pr)}`);
}
if (sets.length > 1) console.log(`ALL    entities ${line(all.e)} | relations ${line(all.r)} | programs ${line(all.pr)}`);
if (flag('--by-confidence'))
  for (const [k, v] of [...confAll].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong))
    console.log(`  ${k.padEnd(24)} right ${String(v.right).padStart(4)}  wrong ${String(v.wrong).padStart(4)}`);
