// A bounded pool of concurrent async work, for the batched seed load and the benchmark's closed loops.

/** Runs `work` on every item, `limit` at a time; the first failure stops new work and is thrown. */
export async function eachAtOnce<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
