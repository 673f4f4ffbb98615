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

export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  parseValue: (value: unknown) => checked(() => toDay(DateResolver.parseValue(value))),
  parseLiteral: (ast: ValueNode) => checked(() => toDay(DateResolver.parseLiteral(ast, {}))),
});

export const DateTimeScalar = DateTimeResolver;
