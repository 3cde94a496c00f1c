import type { Prng } from './prng';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * An 18-character Salesforce id: key prefix (001 account, 003 contact, 006 opportunity, 00Q
 * lead), pod and zero padding, a case-sensitive tail, then Salesforce's real 3-character
 * case-insensitive checksum, so the ids survive any id validator a CRM person might apply.
 */
export function salesforceId(keyPrefix: string, rng: Prng): string {
  let tail = '';
  for (let i = 0; i < 5; i++) tail += rng.pick([...ALPHANUMERIC]);
  const id15 = `${keyPrefix}5g00000${tail}`;
  return id15 + salesforceChecksum(id15);
}

export function salesforceChecksum(id15: string): string {
  let checksum = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15.charAt(chunk * 5 + i);
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    checksum += CHECKSUM_ALPHABET.charAt(bits);
  }
  return checksum;
}

/** HubSpot record ids are plain digit strings, 8 to 11 digits long. */
export function hubspotId(rng: Prng): string {
  return String(rng.int(10_000_000, 99_999_999_999));
}
