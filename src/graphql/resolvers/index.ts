import type { Resolvers } from '../../generated/graphql';
import type { ConnectionRecord } from '../../repo/types';
import { Article, Entity } from './entity';
import { ChipProgram, Relation } from './evidence';
import { Mutation } from './mutation';
import { Query } from './query';
import { Subscription } from './subscription';

/** A connection's total runs its count query only when a client selects it. */
const counted = { totalCount: (c: ConnectionRecord<unknown>) => c.totalCount() };

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Subscription,
  Entity,
  Article,
  Relation,
  ChipProgram,
  RelationConnection: counted,
  ArticleConnection: counted,
  ChipProgramConnection: counted,
  TimelineConnection: counted,
  EvidenceConnection: counted,
};
