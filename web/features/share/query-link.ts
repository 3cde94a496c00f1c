// The query in a link's fragment: `#integration=…&type=DEAL&ids=a,b` (each id percent-encoded,
// so a comma inside an id is %2C), or `zids=` holding the ids deflated and base64url-encoded
// when that is shorter. The fragment never reaches a server, and never holds results or secrets.
import { z } from 'zod/mini';
import { integrationIdSchema, objectTypeSchema } from '../../../proxy/contract';
import { hasLoneSurrogate } from '../../../proxy/crm-id-rules';
import type { CrmQuery } from '../../model/query';

/** Chat tools and some browsers cut or refuse longer links. */
export const LONG_LINK = 2000;
/** Short lists stay readable in the link; longer ones are compressed when that saves space. */
const PLAIN_IDS_LIMIT = 300;
/** A decompression bomb must not fill the tab's memory: 100,000 ids of 256 characters fit. */
const MAX_DECODED_CHARS = 32 * 1024 * 1024;

async function transform(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_DECODED_CHARS) {
      await reader.cancel();
      throw new Error('the ids expand to more than 32 MB');
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...bytes) overflows the stack on large arrays.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the compressed ids are not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

// Ids cannot hold control characters (crmIdSchema), so a line break separates them safely.
async function compressIds(ids: readonly string[]): Promise<string> {
  const bytes = new TextEncoder().encode(ids.join('\n'));
  return toBase64Url(await transform(bytes, new CompressionStream('deflate-raw')));
}

async function decompressIds(text: string): Promise<string[]> {
  const bytes = await transform(fromBase64Url(text), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n');
}

/** encodeURIComponent, plus the marks it leaves that end links in Markdown and chat tools. */
function encodeStrict(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Why `query` cannot travel in a link, or undefined. Half of a surrogate pair (possible in an
 * opened file) has no UTF-8 form: percent-encoding throws on it and compression would turn it
 * into U+FFFD, a different id.
 */
export function linkProblem(query: CrmQuery): string | undefined {
  return query.ids.some(hasLoneSurrogate)
    ? 'an id holds half of a surrogate pair, which a link cannot carry'
    : undefined;
}

export async function encodeQueryFragment(query: CrmQuery): Promise<string> {
  const head = `integration=${encodeStrict(query.integrationId)}&type=${query.objectType}`;
  const plain = query.ids.map(encodeStrict).join(',');
  if (plain.length > PLAIN_IDS_LIMIT && typeof CompressionStream === 'function') {
    const packed = await compressIds(query.ids);
    if (packed.length < plain.length) return `${head}&zids=${packed}`;
  }
  return `${head}&ids=${plain}`;
}

const linkSchema = z.object({
  integration: z.string().check(
    z.refine((id) => id === '' || integrationIdSchema.safeParse(id).success, {
      error: 'must be 1 to 19 digits',
    }),
  ),
  type: objectTypeSchema,
});

export type DecodedLink =
  | { readonly ok: true; readonly query: CrmQuery }
  | { readonly ok: false; readonly problem: string };

/**
 * A problem is a clause the notice ends with its own full stop; a browser's message ("Compressed
 * input was truncated.") brings one already.
 */
const asClause = (message: string) => message.replace(/\.+$/, '');

/** The query in a fragment (without `#`); undefined when the fragment holds none. */
export async function decodeQueryFragment(fragment: string): Promise<DecodedLink | undefined> {
  const params = new Map<string, string>();
  for (const part of fragment.split('&')) {
    const at = part.indexOf('=');
    if (at > 0) params.set(part.slice(0, at), part.slice(at + 1));
  }
  if (!params.has('ids') && !params.has('zids')) return undefined;
  try {
    const head = linkSchema.safeParse({
      integration: decodeURIComponent(params.get('integration') ?? ''),
      type: params.get('type'),
    });
    if (!head.success) {
      const issue = head.error.issues[0];
      return { ok: false, problem: `${issue?.path.join('.')} ${issue?.message}` };
    }
    const zids = params.get('zids');
    const ids =
      zids !== undefined
        ? await decompressIds(zids)
        : (params.get('ids') ?? '').split(',').map(decodeURIComponent);
    const nonEmpty = ids.filter((id) => id !== '');
    const { integration, type } = head.data;
    return { ok: true, query: { integrationId: integration, objectType: type, ids: nonEmpty } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: asClause(message) };
  }
}
