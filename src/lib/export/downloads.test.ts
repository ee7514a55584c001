import { describe, expect, it } from 'vitest';
import { download, type ExportFile } from './downloads.ts';

const file: ExportFile = { blob: new Blob(['x']), name: 'x.csv' };

describe('download', () => {
  it('saves the file it made and reports nothing', async () => {
    const kept: ExportFile[] = [];
    expect(
      await download(
        async () => file,
        (f) => kept.push(f),
      ),
    ).toBeNull();
    expect(kept).toEqual([file]);
  });

  it('gives back why a file could not be made, and never rejects', async () => {
    const kept: ExportFile[] = [];
    const failed = await download(
      () => Promise.reject(new Error('the image could not be encoded')),
      (f) => kept.push(f),
    );
    expect(failed?.message).toBe('the image could not be encoded');
    expect(
      (
        await download(
          () => Promise.reject('chunk failed'),
          () => {},
        )
      )?.message,
    ).toBe('chunk failed');
    expect(
      (
        await download(
          () => {
            throw new Error('no map to export');
          },
          () => {},
        )
      )?.message,
    ).toBe('no map to export');
    expect(kept).toEqual([]);
  });
});
