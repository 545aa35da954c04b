import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_INPUT_BYTES, allInOrder, readBytes, unpackedSize } from './inputFile';

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

/** A zip of `files` stored uncompressed, as the format lays it out: local entries, directory, end record. */
function storedZip(files: Record<string, string>, comment = ''): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), data);
    directory.push(entry, Buffer.from(name));
    offset += 30 + name.length + data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, ...directory, end, Buffer.from(comment)]);
}

describe('unpackedSize', () => {
  it("is the sum of the entries' sizes, read from the zip's directory", () => {
    const zip = storedZip(
      { 'a.xml': 'x'.repeat(1000), 'b/c.xml': 'y'.repeat(2345), 'empty.txt': '' },
      'note',
    );
    expect(unpackedSize(zip)).toBe(3345);
  });

  it('is unbounded for bytes that are no complete zip', () => {
    expect(unpackedSize(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe(Infinity);
    const zip = storedZip({ 'a.xml': 'x' });
    expect(unpackedSize(zip.subarray(0, zip.length - 22))).toBe(Infinity);
  });
});

describe('readBytes', () => {
  // A device states no size: read whole, /dev/zero never ended and the memory grew until the process died.
  (existsSync('/dev/zero') ? it : it.skip)('refuses a file that reads on past the limit', async () => {
    await expect(readBytes('/dev/zero')).rejects.toThrow(
      'cannot read /dev/zero: it goes on past 8.0 MB (8,388,608 bytes) (a device such as /dev/zero, or a stream that does not end), and input files are read whole up to that',
    );
  });

  it('reads a file of any size up to the limit, to its last byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-read-'));
    const exact = join(dir, 'exact.csv');
    writeFileSync(exact, Buffer.alloc(MAX_INPUT_BYTES, 0x61));
    expect((await readBytes(exact)).length).toBe(MAX_INPUT_BYTES);
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'Period,Kind,Name,Value\n');
    expect((await readBytes(small)).toString()).toBe('Period,Kind,Name,Value\n');
  });
});
