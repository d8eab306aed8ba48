// Where the portal under test answers. e2e/run.js sets LITEMAAS_E2E_MODE
// before it loads the tests: 'production' (the default) is the production
// build, app and API both on :7007; 'dev' is scripts/start, the app on :3000.
const DEV = process.env.LITEMAAS_E2E_MODE === 'dev';

module.exports = {
  APP: DEV ? 'http://localhost:3000' : 'http://localhost:7007',
  BACKEND: 'http://localhost:7007',
  /** The auth environment of the app-config in use (auth.environment). */
  AUTH_ENV: DEV ? 'development' : 'production',
};
