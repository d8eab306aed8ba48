import { createHash } from 'node:crypto';

/** A response body as sent (UTF-8, encoded once), with its entity tag. */
export interface CachedResponse {
  body: Buffer;
  etag: string;
}

/**
 * Serialized responses by a key that names everything they depend on,
 * least recently used first out, bounded by their total size.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The cached response for the key, else the one `build` makes (kept). */
  get(key: string, build: () => unknown): CachedResponse {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used goes last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const body = Buffer.from(JSON.stringify(build()));
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const made = { body, etag };
    if (body.length <= this.maxBytes) {
      while (this.bytes + body.length > this.maxBytes) {
        const [oldestKey, oldest] = this.entries.entries().next().value!;
        this.entries.delete(oldestKey);
        this.bytes -= oldest.body.length;
      }
      this.entries.set(key, made);
      this.bytes += body.length;
    }
    return made;
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  get size() {
    return this.entries.size;
  }
}
