// Where the server's log lines go. Written after the turn of the event loop that made them, in
// one write for all of them: a console.log per request wrote to the terminal (synchronous for a
// TTY, a pipe or a file on Linux) before the answer went out, a quarter of a millisecond of
// every call in bench/ (the proxy as users run it).
export function lineSink(write: (text: string) => void): (line: string) => void {
  let lines: string[] = [];
  return (line) => {
    if (lines.length === 0) {
      setImmediate(() => {
        const text = `${lines.join('\n')}\n`;
        lines = [];
        write(text);
      });
    }
    lines.push(line);
  };
}
