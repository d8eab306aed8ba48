import { ResponseCache } from './ResponseCache';

describe('ResponseCache', () => {
  it('serializes once per key, with an ETag of the body', () => {
    const cache = new ResponseCache(1_000);
    let built = 0;
    const build = () => {
      built += 1;
      return { items: [1, 2, 3] };
    };
    const a = cache.get('k', build);
    const b = cache.get('k', build);
    expect(built).toBe(1);
    expect(b).toBe(a);
    expect(a.body.toString()).toBe('{"items":[1,2,3]}');
    expect(a.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.get('other', () => ({ items: [1, 2, 4] })).etag).not.toBe(
      a.etag,
    );
  });

  it('drops the least recently used first to stay within its size', () => {
    const cache = new ResponseCache(30);
    const body = (n: number) => () => ({ n: 'x'.repeat(n) });
    cache.get('a', body(3)); // 13 bytes
    cache.get('b', body(3));
    cache.get('a', body(3)); // a is now the most recent
    cache.get('c', body(3)); // 39 > 30: b goes
    expect(cache.size).toBe(2);
    let rebuilt = false;
    cache.get('a', () => {
      rebuilt = true;
      return {};
    });
    expect(rebuilt).toBe(false);
    cache.get('b', () => {
      rebuilt = true;
      return { n: 'xxx' };
    });
    expect(rebuilt).toBe(true);
  });

  it('does not keep a body larger than the whole cache', () => {
    const cache = new ResponseCache(10);
    const made = cache.get('big', () => ({ n: 'x'.repeat(20) }));
    expect(made.body.length).toBeGreaterThan(10);
    expect(cache.size).toBe(0);
  });
});
