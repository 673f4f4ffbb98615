import { DEAL_RULES } from './deals';
import { DEVELOP_RULES } from './develops';
import { OWNERSHIP_RULES } from './ownership';
import { PARTNERSHIP_RULES } from './partnerships';
import { PEOPLE_RULES } from './people';
import { RIVALRY_RULES } from './rivalry';
import { SUPPLY_RULES } from './supply';
import type { Rule } from './terms';

export type { Found, Rule } from './terms';
export { launcherIn } from './develops';
export { raiserIn } from './deals';

/** Every relation rule, by family; each reads one sentence (see rules/<family>.ts). */
export const RULES: readonly Rule[] = [
  ...DEAL_RULES,
  ...PARTNERSHIP_RULES,
  ...RIVALRY_RULES,
  ...DEVELOP_RULES,
  ...SUPPLY_RULES,
  ...PEOPLE_RULES,
  ...OWNERSHIP_RULES,
];
