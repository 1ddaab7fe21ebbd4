import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openNote, sealNote } from './crypto.js';

const identity = { orgId: 'org-a', sessionId: 'session-1', coachId: 'coach-1' };

describe('session note sealing (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and seals the same text differently each time', () => {
    const text = 'Tension with the team lead — مثال — 例';
    const first = sealNote(key, identity, text);
    expect(openNote(key, identity, first)).toBe(text);
    expect(sealNote(key, identity, text).equals(first)).toBe(false);
  });

  it('refuses an altered body, another row, another organisation’s key and an unknown version', () => {
    const sealed = sealNote(key, identity, 'private');
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => openNote(key, identity, flipped)).toThrow();
    expect(() => openNote(key, { ...identity, sessionId: 'session-2' }, sealed)).toThrow();
    expect(() => openNote(key, { ...identity, coachId: 'coach-2' }, sealed)).toThrow();
    expect(() => openNote(randomBytes(32), identity, sealed)).toThrow();
    const version = Buffer.from(sealed);
    version[0] = 2;
    expect(() => openNote(key, identity, version)).toThrow(/format/);
  });
});
