import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', DB_PATH: 'data/communique.sqlite', LOG_LEVEL: 'info' });
  });

  it('parses values from the environment', () => {
    expect(loadConfig({ PORT: '8080', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' })).toMatchObject({ PORT: 8080, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: 0 });
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' });
    } catch (err) {
      expect(String(err)).toMatch(/PORT/);
      expect(String(err)).toMatch(/LOG_LEVEL/);
    }
  });
});

describe('CORS_ORIGINS', () => {
  it('is * by default, or a list of origins', () => {
    expect(loadConfig({}).CORS_ORIGINS).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: 'https://dash.example, https://app.example' }).CORS_ORIGINS).toEqual(['https://dash.example', 'https://app.example']);
    expect(() => loadConfig({ CORS_ORIGINS: 'not an origin' })).toThrow(/CORS_ORIGINS/);
  });
});
