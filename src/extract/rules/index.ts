import { DEAL_RULES } from './deals';
import { DEVELOP_RULES } from './develops';
import { INVESTMENT_RULES } from './investments';
import { MANUFACTURE_RULES } from './manufactures';
import { OWNERSHIP_RULES } from './ownership';
import { PARTNERSHIP_RULES } from './partnerships';
import { PEOPLE_RULES } from './people';
import { RIVALRY_RULES } from './rivalry';
import { CUSTOMER_RULES } from './customers';
import { SUPPLY_RULES } from './supply';
import { USE_RULES } from './uses';
import type { Rule } from './terms';

export type { Found, Rule } from './terms';
export { launcherIn } from './develops';
export { raiserIn } from './investments';
export { competingIn } from './rivalry';
export { backoff } from './backoff';

/** Every relation rule, by family; each reads one sentence (see rules/<family>.ts). */
export const RULES: readonly Rule[] = [
  ...DEAL_RULES,
  ...INVESTMENT_RULES,
  ...PARTNERSHIP_RULES,
  ...RIVALRY_RULES,
  ...DEVELOP_RULES,
  ...MANUFACTURE_RULES,
  ...SUPPLY_RULES,
  ...CUSTOMER_RULES,
  ...USE_RULES,
  ...PEOPLE_RULES,
  ...OWNERSHIP_RULES,
];
