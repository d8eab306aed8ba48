import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';

/** A person the dev IdP can sign in, taken from a catalog User entity. */
export interface DevUser {
  /** The catalog entity name, used as the OIDC subject. */
  sub: string;
  email: string;
  name: string;
  /** The User's `spec.memberOf`, as written in the catalog file. */
  groups: string[];
}

type UserEntity = {
  kind?: unknown;
  metadata?: { name?: unknown };
  spec?: {
    profile?: { email?: unknown; displayName?: unknown };
    memberOf?: unknown;
  };
};

/**
 * Reads the User entities of a catalog file (several YAML documents).
 * Users without an email are left out: the portal matches OIDC sign-ins to
 * catalog users by email, so such a user could never get in this way.
 */
export function parseUsers(text: string): DevUser[] {
  const users: DevUser[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`Invalid YAML: ${doc.errors[0].message}`);
    }
    const entity = doc.toJS() as UserEntity | null;
    if (!entity || entity.kind !== 'User') continue;
    const sub = entity.metadata?.name;
    const email = entity.spec?.profile?.email;
    if (typeof sub !== 'string' || typeof email !== 'string') continue;
    const displayName = entity.spec?.profile?.displayName;
    const memberOf = entity.spec?.memberOf;
    users.push({
      sub,
      email,
      name: typeof displayName === 'string' ? displayName : sub,
      groups: Array.isArray(memberOf) ? memberOf.map(String) : [],
    });
  }
  return users;
}

export async function loadUsers(orgFile: string): Promise<DevUser[]> {
  const users = parseUsers(await readFile(orgFile, 'utf8'));
  if (users.length === 0) {
    throw new Error(`No User entities with an email in ${orgFile}`);
  }
  return users;
}
