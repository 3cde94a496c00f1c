// Tells an upload file (LDJSON, or a JSON array of objects) from a saved result or a Gong answer
// by the first bytes of its content, not its name: a dropped file goes to the right reader.
// Pure; imports nothing.

/** How much of a file's start `looksLikeUploadFile` wants. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * True when `head` (the file's first characters) reads as an upload file: it starts with a JSON
 * array, or its first line is a whole JSON object that is not a result file or a Gong answer.
 */
export function looksLikeUploadFile(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('[')) return true;
  if (!text.startsWith('{')) return false;
  const newline = text.indexOf('\n');
  const firstLine = (newline === -1 ? text : text.slice(0, newline)).trim();
  if (/"crmObjectsMap"\s*:|"format"\s*:\s*"crm-inspector-/.test(firstLine)) return false;
  // A pretty-printed result opens with a lone `{`; an upload line is a whole object.
  if (!firstLine.endsWith('}')) return false;
  try {
    JSON.parse(firstLine);
    return true;
  } catch {
    return false;
  }
}
