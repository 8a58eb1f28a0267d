import { sha256Hex } from './sha256';

/**
 * A salted SHA-256 of the key: lets Key Doctor recognise a key it has seen without keeping it.
 * The salt is random per install, so fingerprints cannot be compared across installs.
 */
export function fingerprint(key: string, salt: string): string {
  if (salt.length < 16) throw new Error('fingerprint salt too short');
  return sha256Hex(`key-doctor:${salt}:${key}`);
}
