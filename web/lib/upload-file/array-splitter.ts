// A JSON array upload file cut into its top-level elements as it streams past, each element
// parsed on its own and numbered by the line it starts on. Pure; imports only this room.
import { parseEntry } from './parse-entry';
import type { UploadEntry } from './upload-entries';

/** Cuts a streamed JSON array into its top-level elements, each parsed on its own. */
export class ArraySplitter {
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private element = '';
  private elementLine = 0;
  private closedAt = 0;
  private trailing: UploadEntry | undefined;

  *push(text: string): Generator<UploadEntry> {
    let sliceStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (this.closedAt > 0) {
        if (c > 32 && this.trailing === undefined) {
          this.trailing = {
            type: 'not-json',
            line: this.line,
            text: text.slice(i, i + 40),
            error: `Text after the closing ] of the JSON array (line ${this.closedAt})`,
          };
        }
        continue;
      }
      if (c === 34) this.inString = true;
      if (this.depth === 1 && this.elementLine === 0 && c > 32 && c !== 44 && c !== 93) {
        this.elementLine = this.line;
      }
      if (c === 91 || c === 123) {
        this.depth++;
        if (this.depth === 1) sliceStart = i + 1;
      } else if (c === 93 || c === 125) {
        this.depth--;
        if (this.depth === 0) {
          this.element += text.slice(sliceStart, i);
          sliceStart = i + 1;
          yield* this.flush();
          this.closedAt = this.line;
        }
      } else if (c === 44 && this.depth === 1) {
        this.element += text.slice(sliceStart, i);
        sliceStart = i + 1;
        yield* this.flush();
      }
    }
    if (this.depth >= 1 && this.closedAt === 0) this.element += text.slice(sliceStart);
  }

  private *flush(): Generator<UploadEntry> {
    const line = this.elementLine;
    const text = this.element;
    this.element = '';
    this.elementLine = 0;
    if (line === 0) return;
    yield parseEntry(line, text);
  }

  *end(): Generator<UploadEntry> {
    if (this.closedAt === 0) {
      yield {
        type: 'not-json',
        line: this.line,
        text: '',
        error: 'The JSON array is not closed: the file ends before its ]',
      };
      return;
    }
    if (this.trailing) yield this.trailing;
  }
}
