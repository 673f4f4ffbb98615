import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL (the contract); `npm test` fails when src/generated is stale.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../graphql/context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        // Dates travel as YYYY-MM-DD strings (see graphql/scalars.ts); date-times as ISO strings.
        scalars: { Date: 'string', DateTime: 'string' },
        mappers: {
          Entity: '../repo/types#EntityRecord',
          Relation: '../repo/types#RelationRecord',
          ChipProgram: '../repo/types#ChipProgramRecord',
          Article: '../repo/types#ArticleRecord',
          Evidence: '../repo/types#EvidenceRecord',
          SearchHit: '../repo/types#SearchHitRecord',
          IngestResult: '../repo/types#IngestResultRecord',
          RelationConnection: '../repo/types#RelationConnectionRecord',
          ArticleConnection: '../repo/types#ArticleConnectionRecord',
          ChipProgramConnection: '../repo/types#ChipProgramConnectionRecord',
          TimelineConnection: '../repo/types#TimelineConnectionRecord',
          EvidenceConnection: '../repo/types#EvidenceConnectionRecord',
          ChangeConnection: '../repo/types#ChangeConnectionRecord',
          TimelineEntry: '../repo/types#TimelineEntryRecord',
          Change: '../repo/types#ChangeRecord',
          Neighbourhood: '../repo/types#NeighbourhoodRecord',
          Path: '../repo/types#PathRecord',
          Stats: '../repo/types#StatsRecord',
          Curation: '../repo/types#CurationRecord',
          CurationConnection: '../repo/types#CurationConnectionRecord',
        },
      },
    },
  },
};
export default config;
