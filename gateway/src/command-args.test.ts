import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommandArgs } from './command-args.js';

const options = { url: { type: 'string' }, reset: { type: 'boolean', default: false } } as const;

describe('parseCommandArgs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns the flags, with defaults', () => {
    expect(parseCommandArgs(['--url', 'postgres://x'], options, 'usage')).toEqual({
      url: 'postgres://x',
      reset: false,
    });
  });

  it('answers 2 with the reason and the usage on stderr for an unknown flag', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(parseCommandArgs(['--nope'], options, 'the usage')).toBe(2);
    expect(stderr.mock.calls.flat().join('\n')).toMatch(/Unknown option '--nope'[\s\S]*the usage/);
  });

  it('answers 0 with the usage on stdout for --help and -h', () => {
    const stdout = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(parseCommandArgs(['--help'], options, 'the usage')).toBe(0);
    expect(parseCommandArgs(['-h'], options, 'the usage')).toBe(0);
    expect(stdout.mock.calls).toEqual([['the usage'], ['the usage']]);
  });
});
