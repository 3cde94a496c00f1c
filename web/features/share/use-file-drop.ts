// A file dropped anywhere on the page opens it. Only drags that carry files count, so dragging
// text inside the page keeps working.
import { type DragEvent, useCallback, useRef, useState } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** A file input takes its own drops (e.g. "Compare with…"): the page leaves them alone. */
const onFileInput = (event: DragEvent) =>
  event.target instanceof HTMLInputElement && event.target.type === 'file';

export function useFileDrop(onFile: (file: File) => void) {
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every child crossed; count to know when it left the page.
  const depth = useRef(0);

  const onDragEnter = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  }, []);
  const onDragOver = useCallback((event: DragEvent) => {
    if (!carriesFiles(event) || onFileInput(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDragLeave = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      if (!carriesFiles(event) || onFileInput(event)) return;
      // Without this the browser would leave the page to show the file.
      event.preventDefault();
      const file = event.dataTransfer.files[0];
      if (file) onFile(file);
    },
    [onFile],
  );

  return { dragging, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
