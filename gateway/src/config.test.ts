import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from './config.js';

describe('runtime settings from the environment', () => {
  it('turns dev mode on only for an explicit COACHWORK_ENV=dev, never for NODE_ENV', () => {
    expect(settingsFromEnv({ NODE_ENV: 'development' }).dev).toBe(false);
    expect(settingsFromEnv({ NODE_ENV: 'dev' }).dev).toBe(false);
    expect(settingsFromEnv({ COACHWORK_ENV: 'production', NODE_ENV: 'development' }).dev).toBe(false);
    expect(settingsFromEnv({}).dev).toBe(false);
    expect(settingsFromEnv({ COACHWORK_ENV: 'dev' }).dev).toBe(true);
  });

  it('binds dev mode to 127.0.0.1 unless HOST says otherwise, and production to every interface', () => {
    expect(settingsFromEnv({ COACHWORK_ENV: 'dev' }).host).toBe('127.0.0.1');
    expect(settingsFromEnv({ COACHWORK_ENV: 'dev', HOST: '::1' }).host).toBe('::1');
    expect(settingsFromEnv({}).host).toBeUndefined();
    expect(settingsFromEnv({ HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('keeps introspection off in production unless asked for', () => {
    expect(settingsFromEnv({ NODE_ENV: 'development' }).introspection).toBe(false);
    expect(settingsFromEnv({ COACHWORK_ENV: 'dev' }).introspection).toBe(true);
    expect(settingsFromEnv({ COACHWORK_INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
