/**
 * Runs fn over items, `limit` at a time. Failures go to onError when given,
 * else the first one is thrown once all items are done.
 */
export async function forEachLimit<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
  onError?: (item: T, error: unknown) => void,
) {
  let next = 0;
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++];
        try {
          await fn(item);
        } catch (error) {
          if (onError) onError(item, error);
          else errors.push(error);
        }
      }
    }),
  );
  if (errors.length) throw errors[0];
}
