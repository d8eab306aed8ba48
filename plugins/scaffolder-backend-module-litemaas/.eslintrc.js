module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // RHDH dynamic plugin exports (scripts/export-dynamic)
  ignorePatterns: ['**/dist-dynamic/**'],
});
