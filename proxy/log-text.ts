// What a log line quotes from a request or from Gong is shown with its control and direction
// characters escaped: a request for /x%0aGET%20… must not forge a line of its own, and
// %1b]0;…%07 must not retitle or clear the terminal the proxy runs in.
const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function logText(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
