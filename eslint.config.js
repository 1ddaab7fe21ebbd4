import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

const code = ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'packages/schema/src/gql/**',
      'widgets/src/locales/**',
      '**/.data/**',
      'test/screenshots/**',
      // Mutation testing's sandboxes and reports (pnpm mutation).
      '**/.stryker-tmp/**',
      'reports/**',
    ],
  },
  // Scoped to code so the SDL below is left to the GraphQL parser and rules; a config that names its own
  // files (typescript-eslint's TypeScript-only overrides) keeps them.
  ...[js.configs.recommended, ...tseslint.configs.recommended].map((config) => ({
    ...config,
    files: config.files ?? code,
  })),
  {
    files: code,
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['widgets/**/*.ts', 'packages/client/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    // Each event file merges its entry into the global CoachworkEventMap with an interface that only
    // extends CoachworkEventEntry<…>: declaration merging, which a type alias cannot do.
    files: ['widgets/src/events/*.ts'],
    rules: {
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // The module SDL is the API's documentation: developers querying the gateway read these descriptions in
    // the generated reference (docs/api/), since introspection is off in production.
    files: ['gateway/src/modules/*/schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'gateway/src/modules/*/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          // Every module extends the root types under `type Query`/`type Mutation`; they are described once,
          // in core (Query) and viewer (Mutation). Their fields are still checked one by one.
          ignoredSelectors: ['ObjectTypeDefinition[name.value=/^(Query|Mutation)$/]'],
        },
      ],
      // Both styles are valid and the SDL uses a one-line "…" for short descriptions, """ for paragraphs.
      '@graphql-eslint/description-style': 'off',
      // A data-modelling rule, not a documentation one: value types (connections, figures, payloads) have no
      // identity of their own, and giving them one would change the API.
      '@graphql-eslint/strict-id-in-types': 'off',
      '@graphql-eslint/require-deprecation-reason': 'error',
      '@graphql-eslint/no-hashtag-description': 'error',
    },
  },
  prettier,
);
