module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // RHDH dynamic plugin exports (scripts/export-dynamic)
  ignorePatterns: ['**/dist-dynamic/**'],
  overrides: [
    {
      // The fake API server and the CRD validator are test code, kept in
      // src/testUtils (not __testUtils__) where the tests expect them.
      files: ['src/testUtils/**'],
      rules: { '@backstage/no-undeclared-imports': 'off' },
    },
  ],
});
