import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';

type Server = Parameters<typeof request>[0];

/**
 * Requests to the plugin's API as a signed-in user:
 * `as(ALICE).post('/keys', body)`. `server` may be a getter, for tests that
 * start a new backend before each case.
 */
export function apiClient(server: Server | (() => Server)) {
  const target = () =>
    typeof server === 'function' && !('listen' in server)
      ? (server as () => Server)()
      : (server as Server);
  return (user: string) => {
    const auth = mockCredentials.user.header(user);
    const send =
      (method: 'post' | 'put' | 'patch') => (path: string, body?: object) =>
        request(target())
          [method](`/api/litemaas${path}`)
          .set('Authorization', auth)
          .send(body);
    return {
      get: (path: string) =>
        request(target())
          .get(`/api/litemaas${path}`)
          .set('Authorization', auth),
      post: send('post'),
      put: send('put'),
      patch: send('patch'),
      delete: (path: string) =>
        request(target())
          .delete(`/api/litemaas${path}`)
          .set('Authorization', auth),
    };
  };
}
