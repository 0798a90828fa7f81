import { eachAtOnce } from "../../src/concurrency.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("eachAtOnce", () => {
  it("does every item once, never more than the limit at a time", async () => {
    const done: number[] = [];
    let active = 0;
    let most = 0;
    await eachAtOnce([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      active += 1;
      most = Math.max(most, active);
      await tick();
      done.push(n);
      active -= 1;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it("throws the first failure and starts no item after it", async () => {
    const started: number[] = [];
    const run = eachAtOnce([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 2) throw new Error("item 2 failed");
    });
    await expect(run).rejects.toThrow("item 2 failed");
    expect(started).toEqual([1, 2, 3]);
  });

  it("does nothing for no items", async () => {
    let calls = 0;
    await eachAtOnce([], 4, () => {
      calls += 1;
      return Promise.resolve();
    });
    expect(calls).toBe(0);
  });
});
