import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's own schema; `npm run codegen` rewrites src/gql, and CI
// fails when the committed files differ from what this produces.
const config: CodegenConfig = {
  schema: '../schema.graphqls',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', Date: 'string', CountryCode: 'string', URL: 'string', Email: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
