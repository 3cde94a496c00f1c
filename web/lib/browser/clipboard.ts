// Room web/lib/browser: clipboard, download, stored state, chunk-load failures; imports
// nothing outside the room.
// The clipboard, which the grid's values, shared results and links are all copied to.

export type CopyResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

type ClipboardLike = Pick<Clipboard, 'writeText'>;

/** Never throws: the clipboard is refused on plain http, in some iframes, or by permission. */
export async function copyToClipboard(
  text: string,
  clipboard: ClipboardLike | undefined = globalThis.navigator?.clipboard,
): Promise<CopyResult> {
  if (!clipboard) return { ok: false, message: 'this browser offers no clipboard here' };
  try {
    await clipboard.writeText(text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function copyMessage(result: CopyResult, what: string): string {
  return result.ok ? `Copied ${what}` : `Could not copy ${what}: ${result.message}`;
}
