import type { SubscriptionResolvers } from '../../generated/graphql';
import type { Context } from '../context';
import { followChanges, type ChangeEdgeRecord } from '../changes';
import { createLoaders } from '../loaders';

export const Subscription: SubscriptionResolvers = {
  factChanges: {
    subscribe: (_, args, { reader, feed }, info) => followChanges(args, reader, feed, info),
    // A subscription lives long: each event gets fresh loaders, so nothing cached by an earlier one is served.
    resolve: (event: { factChanges: ChangeEdgeRecord }, _args: unknown, ctx: Context) => {
      ctx.loaders = createLoaders(ctx.reader);
      return event.factChanges;
    },
  },
};
