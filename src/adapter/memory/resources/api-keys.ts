/**
 * The partner's API keys: listed by name and prefix, created with a secret that is answered
 * once (the hub keeps only its SHA-256; a replay of the same request answers `secret: null`),
 * revoked at once. Owners only (the permissions table).
 */
import type { MutationOptions, ReadOptions } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { ApiKey, ApiKeyInput, CreatedApiKey } from '../../schemas.js';
import { invalid, onlyKeys } from '../checks.js';
import type { MemoryHub } from '../hub.js';

/** At most this many keys per partner account. */
export const MAX_API_KEYS = 20;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters from the platform's cryptographic random source (never the seeded one). */
function randomText(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let out = '';
  // 62 letters: bytes of 248 and above are dropped so every character is equally likely.
  for (const b of bytes) {
    if (b < 248) out += ALPHABET[b % 62];
    if (out.length === length) return out;
  }
  return out + randomText(length - out.length);
}

/** Lower-case hex SHA-256 of `text` (UTF-8). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The visible start of a secret: `phk_` and four characters. */
export function prefixOf(secret: string): string {
  return secret.slice(0, 8);
}

export function apiKeyMethods(hub: MemoryHub) {
  return {
    listApiKeys(options?: ReadOptions): Promise<ApiKey[]> {
      return hub.read('listApiKeys', options, (account) => account.apiKeys.map((k) => k.key));
    },

    createApiKey(input: ApiKeyInput, options: MutationOptions): Promise<CreatedApiKey> {
      return hub.mutate(
        'createApiKey',
        options,
        input,
        async (account): Promise<CreatedApiKey> => {
          const changes = onlyKeys(input, ['name'], 'API key');
          const raw = changes['name'];
          const name = typeof raw === 'string' ? raw.trim() : '';
          if (!name) invalid({ name: 'Give the key a name, so you can tell it apart later.' });
          if (name.length > 80) invalid({ name: 'Use at most 80 characters.' });
          const lower = name.toLowerCase();
          if (account.apiKeys.some((k) => k.key.name.toLowerCase() === lower)) {
            invalid({ name: 'Another key already has this name. Choose another.' });
          }
          if (account.apiKeys.length >= MAX_API_KEYS) {
            invalid({
              name: `An account has at most ${MAX_API_KEYS} API keys. Revoke one you no longer use first.`,
            });
          }
          const secret = `phk_${randomText(40)}`;
          const key: ApiKey = {
            id: `key_${randomText(12)}`,
            name,
            prefix: prefixOf(secret),
            createdAt: new Date(hub.world.now).toISOString(),
            lastUsedAt: null,
          };
          account.apiKeys.push({ key, hash: await sha256Hex(secret) });
          return { key, secret };
        },
        undefined,
        (created) => ({ ...created, secret: null }),
      );
    },

    revokeApiKey(id: string, options: MutationOptions): Promise<ApiKey[]> {
      return hub.mutate('revokeApiKey', options, id, (account) => {
        const at = account.apiKeys.findIndex((k) => k.key.id === id);
        if (at < 0) throw new AdapterError('not_found', 'This API key no longer exists.');
        account.apiKeys.splice(at, 1);
        return account.apiKeys.map((k) => k.key);
      });
    },
  };
}
