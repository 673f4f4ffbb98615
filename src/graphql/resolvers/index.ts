import type { Resolvers } from '../../generated/graphql';
import type { ConnectionRecord } from '../../repo/types';
import { DateScalar, DateTimeScalar } from '../scalars';
import { Article, Entity } from './entity';
import { ChipProgram, Relation } from './evidence';
import { Mutation } from './mutation';
import { Curation, auditLog, curationMutations } from './curation';
import { nodeIds } from './node';
import { Query } from './query';
import { Subscription } from './subscription';

/** A connection's total runs its count query only when a client selects it. */
const counted = { totalCount: (c: ConnectionRecord<unknown>) => c.totalCount() };

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, auditLog },
  Mutation: { ...Mutation, ...curationMutations },
  Curation,
  Subscription,
  Node: nodeIds.Node,
  Entity: { ...Entity, ...nodeIds.Entity },
  Article: { ...Article, ...nodeIds.Article },
  Relation: { ...Relation, ...nodeIds.Relation },
  ChipProgram: { ...ChipProgram, ...nodeIds.ChipProgram },
  Change: nodeIds.Change,
  RelationConnection: counted,
  ArticleConnection: counted,
  ChipProgramConnection: counted,
  TimelineConnection: counted,
  EvidenceConnection: counted,
  CurationConnection: counted,
};
