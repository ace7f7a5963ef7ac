// The only place that reads process.env: one zod schema, parsed once at start-up.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DB_PATH: z.string().min(1).default('data/communique.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Bearer token for writes (POST /articles). Unset: writes are refused with 403. */
  API_KEY: z.string().min(16, 'API_KEY must be at least 16 characters').optional(),
  /** Requests a minute per client; 0 turns rate limiting off. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  /** Megabytes of JSON answers kept for repeated requests (see http/response-cache.ts); 0 turns the cache off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
  /**
   * Browser origins allowed to read (CORS): `*` for any, or a comma-separated list
   * such as `https://dash.example,https://app.example`. Writes are never offered cross-origin.
   */
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((v) => (v.trim() === '*' ? '*' : v.split(',').map((o) => o.trim()).filter(Boolean)))
    .pipe(z.union([z.literal('*'), z.array(z.url('CORS_ORIGINS must be * or a comma-separated list of origins')).min(1)])),
  /** Load seeds/ into an empty database at start-up. */
  SEED_ON_EMPTY: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment, or throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const parsed = ConfigSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
