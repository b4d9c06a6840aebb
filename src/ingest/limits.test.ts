import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, formatSize, tooLargeReason } from './limits.js';

describe('tooLargeReason()', () => {
  it('says "25.3 MB is over the 20 MB limit" for a 25.3 MiB file under the default limit', () => {
    expect(tooLargeReason(Math.round(25.3 * 1024 * 1024), DEFAULT_LIMITS)).toBe(
      '25.3 MB is over the 20 MB limit (set --max-mb)',
    );
  });
});

describe('formatSize()', () => {
  it('writes bytes, kilobytes and megabytes with at most one decimal', () => {
    expect([formatSize(300), formatSize(1536), formatSize(20 * 1024 * 1024)]).toEqual([
      '300 bytes',
      '1.5 KB',
      '20 MB',
    ]);
  });
});
