// Long values are shown cut: the cut must never fall between the two halves of a surrogate
// pair, or the page shows a broken character where an emoji was.

/** The first `limit` UTF-16 units of `text`, one fewer when the last would be half a pair. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const splitsPair = (text.charCodeAt(limit - 1) & 0xfc00) === 0xd800;
  return text.slice(0, splitsPair ? limit - 1 : limit);
}
