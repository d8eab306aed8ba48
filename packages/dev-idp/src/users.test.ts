import path from 'node:path';
import { loadUsers, parseUsers } from './users';

describe('users', () => {
  it('reads User entities and skips other kinds and users without email', () => {
    const users = parseUsers(`
kind: Group
metadata: { name: payments }
---
kind: User
metadata: { name: bob }
spec:
  profile: { displayName: Bob Developer, email: bob@example.com }
  memberOf: [payments, group:default/ml-platform]
---
kind: User
metadata: { name: nomail }
spec:
  profile: { displayName: No Mail }
---
kind: User
metadata: { name: plain }
spec:
  profile: { email: plain@example.com }
`);
    expect(users).toEqual([
      {
        sub: 'bob',
        name: 'Bob Developer',
        email: 'bob@example.com',
        groups: ['payments', 'group:default/ml-platform'],
      },
      { sub: 'plain', name: 'plain', email: 'plain@example.com', groups: [] },
    ]);
  });

  it('rejects broken YAML', () => {
    expect(() => parseUsers('kind: User\n  metadata: [')).toThrow(
      /Invalid YAML/,
    );
  });

  // The dev portal's sign-in relies on these people being in the example org.
  it('finds the example users of the repository', async () => {
    const users = await loadUsers(
      path.resolve(__dirname, '../../../examples/org.yaml'),
    );
    expect(users.map(u => u.sub)).toEqual(
      expect.arrayContaining(['alice', 'bob', 'carol', 'dana']),
    );
    expect(users.find(u => u.sub === 'alice')).toEqual({
      sub: 'alice',
      name: 'Alice Developer',
      email: 'alice@example.com',
      groups: ['payments'],
    });
  });
});
