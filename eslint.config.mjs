// ESLint: typescript-eslint's recommended type-checked rules; formatting is Prettier's (npm run format).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-bench/', 'scratch/', 'src/generated/', 'tools/', 'node_modules/', '.data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused names are allowed when they say they are unused (`_x`), e.g. fields dropped by destructuring.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  // .js files are CommonJS here (package.json has no "type"): `module`, `require` and `exports` come with
  // the source type; the other Node globals a config file uses are listed (the `globals` package is not installed).
  {
    files: ['*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly' },
    },
  },
  // The explorer's page scripts run in the browser.
  { files: ['src/web/public/**/*.js'], languageOptions: { sourceType: 'module', globals: globals.browser } },
  prettier,
);
