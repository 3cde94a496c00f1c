// Gong's request-status names the file's lines; with the file open, each line is shown with its
// objectId, so an error points at the object. Pure; tested without React.
import type { UploadRead } from '../../lib/upload-file/read-upload';

/** Words for a line of the open file (`line 0` is the file as a whole, as Gong uses it). */
export function lineDescriber(name: string, read: UploadRead): (line: number) => string {
  // Built on the first question, not when the file opens: a big file has 100,000s of lines.
  let maps: { idOfLine: Map<number, string>; problemOfLine: Map<number, string> } | undefined;
  const build = () => {
    const idOfLine = new Map<number, string>();
    for (const object of read.objects) {
      for (const line of object.lines ?? [object.line]) idOfLine.set(line, object.objectId);
    }
    const problemOfLine = new Map<number, string>();
    for (const problem of read.problems) {
      if (!problemOfLine.has(problem.line)) problemOfLine.set(problem.line, problem.message);
    }
    return { idOfLine, problemOfLine };
  };
  return (line) => {
    if (line === 0) return `the whole file ${name}`;
    if (line > read.lines) return `${name} has no line ${line} (it has ${read.lines})`;
    maps ??= build();
    const id = maps.idOfLine.get(line);
    if (id !== undefined) return `${name} line ${line}: objectId ${id}`;
    const problem = maps.problemOfLine.get(line);
    return problem ? `${name} line ${line}: ${problem}` : `${name} line ${line}`;
  };
}
