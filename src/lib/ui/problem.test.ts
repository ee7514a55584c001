import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../data/load.ts';
import { en } from '../i18n/en.ts';
import { uk } from '../i18n/uk.ts';
import { historyErrorText, loadErrorText } from './problem.ts';

describe('loading failures in words', () => {
  it('names an altered file and tells the host what to do, in both languages', () => {
    const err = new DataLoadError('areas.json', 'is truncated or altered', true);
    expect(loadErrorText(err, en)).toMatch(/areas\.json is truncated or altered.*npm run data/);
    expect(loadErrorText(err, uk)).toMatch(/areas\.json обрізаний або змінений.*npm run data/);
    expect(historyErrorText(err, en)).toMatch(/areas\.json is truncated or altered.*latest day/);
  });

  it('keeps the detail of any other failure', () => {
    const err = new DataLoadError('history.bin', 'HTTP 503');
    expect(historyErrorText(err, en)).toContain('history.bin: HTTP 503');
    expect(loadErrorText(new Error('tours/x.json: bad'), en)).toContain('tours/x.json: bad');
  });
});
