import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { Kind, visit, type FieldNode } from 'graphql';

// urql's document cache learns what a mutation changed from the __typename of every object in
// the answers, and adds __typename to every selection set but the operation's own before
// sending a query. A persisted document is sent by hash, so the server runs the manifest's
// text: that text must already carry those __typename selections (and no more: a root
// __typename would name every operation "query:__typename" in the metrics).
const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
const addTypenames: Types.DocumentTransformObject = {
  transform: ({ documents }) =>
    documents.map((d) => ({
      ...d,
      document: d.document && visit(d.document, {
        SelectionSet(node, _key, parent) {
          if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
          if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)) return undefined;
          return { ...node, selections: [...node.selections, typename] };
        },
      }),
    })),
};

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
      // persisted-documents.json: every operation of the app by the SHA-256 of its text. The
      // app sends only the hash (documentId, web/src/api.ts); the server embeds this file
      // (web/embed.go) and, with B40_DOCUMENTS=trusted, runs nothing else for browsers.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenames],
    },
  },
};
export default config;
