import { allInOrder } from './inputFile';

const later = <T>(ms: number, run: () => T): Promise<T> =>
  new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(run());
      } catch (error) {
        reject(error);
      }
    }, ms),
  );

describe('allInOrder', () => {
  it('gives every value in the order of the reads', async () => {
    await expect(allInOrder([later(20, () => 'a'), later(1, () => 'b')])).resolves.toEqual(['a', 'b']);
  });

  it("fails with the first read's failure even when a later read failed sooner", async () => {
    const reads = [
      later(30, () => {
        throw new Error('contract');
      }),
      later(1, () => {
        throw new Error('actuals');
      }),
    ];
    await expect(allInOrder(reads)).rejects.toThrow('contract');
  });
});
