import type { Resolvers } from '../../generated/graphql';
import { Article, Entity } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = { Query, Mutation, Entity, Article };
