import { GraphQLScalarType, type ValueNode } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { badInput } from '../errors';

/**
 * graphql-scalars' Date, checked the same way, but read into the `YYYY-MM-DD` string the rest of
 * the code compares, and refused with BAD_USER_INPUT (a literal too, where graphql-js would say
 * only that validation failed).
 */
const toDay = (d: unknown) => (d as Date).toISOString().slice(0, 10);
const checked = <T>(read: () => T) => {
  try {
    return read();
  } catch (err) {
    throw badInput((err as Error).message);
  }
};

/**
 * Date strings graphql-scalars has already accepted. Its check builds a regular expression and
 * slices the string on every call, and an answer serializes a date per article or piece of
 * evidence, mostly the same few hundred; a string it accepted once is answered as it is (what its
 * serialize returns for a valid string). Bounded: past the bound, strings are checked every time.
 */
const servedDates = new Set<string>();
const serializeDate = (value: unknown) => {
  if (typeof value === 'string' && servedDates.has(value)) return value;
  const out: unknown = DateResolver.serialize(value);
  if (typeof value === 'string' && servedDates.size < 10_000) servedDates.add(value);
  return out;
};

export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  serialize: serializeDate,
  parseValue: (value: unknown) => checked(() => toDay(DateResolver.parseValue(value))),
  parseLiteral: (ast: ValueNode) => checked(() => toDay(DateResolver.parseLiteral(ast, {}))),
});

export const DateTimeScalar = DateTimeResolver;
