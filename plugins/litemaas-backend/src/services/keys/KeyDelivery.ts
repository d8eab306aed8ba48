import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  randomUUID,
  timingSafeEqual,
} from 'node:crypto';
import { Config, readDurationFromConfig } from '@backstage/config';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { KeyDeliveryStore } from '../../database/KeyDeliveryStore';
import { portalLinks } from '../portalLinks';

/** One issued value in a delivery. */
export interface DeliveredKey {
  participant: string;
  alias: string;
  value: string;
}

/** What the portal hands out instead of the values: a link, used once. */
export interface DeliveryLink {
  id: string;
  url: string;
  expiresAt: string;
}

export interface KeyDeliveryOptions {
  store: KeyDeliveryStore;
  /** `litemaas.keyDelivery.secret`: what the sealing key is derived from. */
  secret?: string;
  /** How long a delivery waits for its download (default 1 hour). */
  ttlMs?: number;
  /** The app page a link opens, e.g. https://portal/litemaas/deliveries. */
  pageUrl: string;
  now?: () => Date;
}

const DEFAULT_TTL_MS = 60 * 60 * 1000;
const MIN_SECRET_LENGTH = 32;

/**
 * Keys issued for automation (the scaffolder action) reach their owner as
 * a single-use download rather than in a task's output, which Backstage
 * keeps in its database for anyone who may read tasks. The values are
 * sealed with AES-256-GCM under a key derived from config, bound to the
 * delivery's id, and deleted on first download or at expiry. The link's
 * token is stored only as its hash; the link works only for its owner.
 */
export class KeyDelivery {
  private readonly key?: Buffer;
  private readonly ttlMs: number;

  static fromConfig(
    config: Config,
    options: Omit<KeyDeliveryOptions, 'secret' | 'ttlMs' | 'pageUrl'>,
  ): KeyDelivery {
    const section = config.getOptionalConfig('litemaas.keyDelivery');
    // Without the app's address (tests, odd setups) the link is relative.
    const appBase = (config.getOptionalString('app.baseUrl') ?? '').replace(
      /\/+$/,
      '',
    );
    const path =
      section?.getOptionalString('pagePath') ?? portalLinks(config).deliveries;
    return new KeyDelivery({
      ...options,
      secret: section?.getOptionalString('secret'),
      ttlMs: section?.has('ttl')
        ? durationToMilliseconds(
            readDurationFromConfig(section, { key: 'ttl' }),
          )
        : undefined,
      pageUrl: `${appBase}${path}`,
    });
  }

  constructor(private readonly options: KeyDeliveryOptions) {
    if (options.secret !== undefined) {
      if (options.secret.length < MIN_SECRET_LENGTH) {
        throw new Error(
          `litemaas.keyDelivery.secret must be at least ${MIN_SECRET_LENGTH} characters`,
        );
      }
      this.key = Buffer.from(
        hkdfSync(
          'sha256',
          options.secret,
          'litemaas-key-delivery',
          'aes-256-gcm',
          32,
        ),
      );
    }
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /** Whether deliveries can be made (a secret is configured). */
  get available(): boolean {
    return Boolean(this.key);
  }

  /** Seals the values for their owner; answers the link to them. */
  async seal(
    ownerRef: string,
    aliasPrefix: string,
    keys: DeliveredKey[],
  ): Promise<DeliveryLink> {
    if (!this.key) {
      throw new ServiceUnavailableError(
        'Key delivery is not set up: litemaas.keyDelivery.secret (32+ random characters) is missing in the backend config',
      );
    }
    const id = randomUUID();
    const token = randomBytes(32).toString('base64url');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(id));
    const data = Buffer.concat([
      cipher.update(JSON.stringify(keys), 'utf8'),
      cipher.final(),
    ]);
    const sealed = [iv, cipher.getAuthTag(), data]
      .map(b => b.toString('base64'))
      .join('.');
    const createdAt = this.now();
    const expiresAt = new Date(createdAt.getTime() + this.ttlMs);
    await this.options.store.insert({
      id,
      tokenHash: sha256(token),
      ownerRef,
      sealed,
      count: keys.length,
      aliasPrefix,
      createdAt,
      expiresAt,
    });
    return {
      id,
      url: `${this.options.pageUrl}/${id}?token=${token}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /**
   * The values, once, to their owner with the link's token. Used, expired,
   * someone else's or a wrong token: all a 404 that says which it may be.
   */
  async claim(
    callerRef: string,
    id: string,
    token: string,
  ): Promise<{ aliasPrefix: string; keys: DeliveredKey[] }> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token ?? '')) {
      throw new InputError('token must be the one in the download link');
    }
    const gone = new NotFoundError(
      'No such download: it was used, it expired, or it is not yours',
    );
    if (!this.key) throw gone;
    const taken = await this.options.store.take(
      id,
      delivery =>
        sameHash(delivery.tokenHash, sha256(token)) &&
        delivery.ownerRef.toLocaleLowerCase('en-US') ===
          callerRef.toLocaleLowerCase('en-US'),
    );
    if (!taken || taken === 'refused') throw gone;
    if (taken.expiresAt.getTime() <= this.now().getTime()) throw gone;
    const [iv, tag, data] = taken.sealed
      .split('.')
      .map(part => Buffer.from(part, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(Buffer.from(taken.id));
    decipher.setAuthTag(tag);
    const keys = JSON.parse(
      Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'),
    ) as DeliveredKey[];
    return { aliasPrefix: taken.aliasPrefix, keys };
  }

  /** Deletes deliveries nobody downloaded in time. */
  deleteExpired(): Promise<number> {
    return this.options.store.deleteExpired(this.now());
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
