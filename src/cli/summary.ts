import type { Outcome, OutcomeStatus } from '../ingest/web/batch';

const ORDER: OutcomeStatus[] = ['added', 'changed', 'skipped', 'failed'];
/** Lists longer than this are cut (failures never are: each one may need acting on). */
const MAX_LISTED = 50;

/** The line for one item: what became of it and why. */
export function describe(o: Outcome): string {
  if (o.result) {
    const r = o.result;
    return `${o.status} ${o.label}: "${r.article.title}" (${r.entities} entities, ${r.relations} relations, ${r.chipPrograms} chip programs)`;
  }
  return `${o.status} ${o.label}: ${o.code ? `${o.code} ` : ''}${o.reason ?? ''}`;
}

export const counts = (outcomes: readonly Outcome[]) =>
  Object.fromEntries(ORDER.map((s) => [s, outcomes.filter((o) => o.status === s).length])) as Record<OutcomeStatus, number>;

/** What the batch added, changed, skipped and failed: a count line, then the items of each. */
export function summary(outcomes: readonly Outcome[], seconds: number): string {
  const n = counts(outcomes);
  const lines = [`${ORDER.map((s) => `${n[s]} ${s}`).join(', ')} (${outcomes.length} items in ${seconds.toFixed(1)} s)`];
  for (const status of ORDER) {
    const these = outcomes.filter((o) => o.status === status);
    if (!these.length) continue;
    lines.push(`${status}:`);
    const shown = status === 'failed' ? these : these.slice(0, MAX_LISTED);
    for (const o of shown) lines.push(`  ${describe(o).slice(status.length + 1)}`);
    if (shown.length < these.length) lines.push(`  … and ${these.length - shown.length} more`);
  }
  return lines.join('\n');
}
