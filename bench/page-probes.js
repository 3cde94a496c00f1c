// Timing probes the page bench (page.ts) installs in the page with addInitScript. They watch
// the page as a person sees it, frame by frame; nothing in the product knows about them.
// Times are performance.now() in the page; an event's time is its timeStamp (same clock), so
// a main thread busy when the input arrived counts against the page.
(() => {
  performance.setResourceTimingBufferSize(10_000);

  const grid = () => document.querySelector('table[aria-label="CRM objects"]');

  /**
   * Runs `then` as soon as the current frame's rendering is done: a task posted from
   * requestAnimationFrame runs after it, and at user-blocking priority it goes before the tasks
   * the page itself queued (React's effects), which are not part of drawing the frame.
   */
  const afterRendering = (then) => {
    if (globalThis.scheduler?.postTask) {
      globalThis.scheduler.postTask(then, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  };

  /** Resolves with the time just after the first frame painted in which `check()` holds. */
  const afterFrameWhere = (check) =>
    new Promise((resolve) => {
      const onFrame = () => {
        if (check()) afterRendering(() => resolve(performance.now()));
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    });

  const nextEvent = (type) =>
    new Promise((resolve) =>
      document.addEventListener(type, (event) => resolve(event.timeStamp), {
        capture: true,
        once: true,
      }),
    );

  const gridShows = (columns) => {
    const table = grid();
    return (
      table !== null &&
      table.getAttribute('aria-colcount') === String(columns) &&
      table.querySelector('td') !== null
    );
  };

  const countText = () => {
    for (const element of document.querySelectorAll('[aria-live]')) {
      if (/^\d+ of \d+ fields?$/.test(element.textContent ?? '')) return element.textContent;
    }
    return undefined;
  };

  const probes = {
    /**
     * Puts `text` into the labelled text box as a paste does: one input event. (Playwright's
     * fill types it through the input method, which takes seconds for 10,000 lines.)
     */
    paste(label, text) {
      const box = [...document.querySelectorAll('label')].find(
        (l) => l.textContent === label,
      )?.control;
      if (!box) throw new Error(`no text box labelled ${label}`);
      box.focus();
      const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value').set;
      setValue.call(box, text);
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },

    /** Arms `probes.shown`: from the next `eventType` to the grid showing `columns` columns. */
    armGrid(eventType, columns) {
      const started = nextEvent(eventType);
      probes.shown = (async () => {
        const painted = await afterFrameWhere(() => gridShows(columns));
        const answers = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/api/crm/entities'));
        const lastAnswer = Math.max(...answers.map((entry) => entry.responseEnd));
        return {
          fromEvent: painted - (await started),
          fromLastAnswer: answers.length > 0 ? painted - lastAnswer : undefined,
          calls: answers.length,
        };
      })();
    },

    /** Arms `probes.changed`: from the next `eventType` to the field count's text changing. */
    armCount(eventType) {
      const before = countText();
      const started = nextEvent(eventType);
      probes.changed = (async () => {
        const painted = await afterFrameWhere(() => countText() !== before);
        return { ms: painted - (await started), text: countText() };
      })();
    },

    /** Resolves once the page has had a moment with nothing to do (up to 2 s). */
    settled() {
      return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
    },

    /** Grid cells in the DOM now. */
    cells() {
      const table = grid();
      return table ? table.querySelectorAll('td, th').length : 0;
    },

    /**
     * Scrolls the grid programmatically, `frames` frames per leg (down, right, back up and
     * left), and returns each frame's main-thread time: from the frame's start (the
     * requestAnimationFrame time, before scroll handlers run) to the end of its rendering.
     */
    async scrollFrames(frames) {
      const scroller = grid()?.closest('.fg-scroller') ?? grid()?.parentElement;
      if (!scroller) throw new Error('no grid to scroll');
      const legs = [
        [0, 84],
        [200, 0],
        [-200, -84],
      ];
      const work = [];
      let cellsMax = 0;
      for (const [dx, dy] of legs) {
        for (let i = 0; i < frames; i++) {
          const frameStart = await new Promise((resolve) => requestAnimationFrame(resolve));
          scroller.scrollBy(dx, dy);
          const done = await new Promise((resolve) =>
            afterRendering(() => resolve(performance.now())),
          );
          work.push(done - frameStart);
          cellsMax = Math.max(cellsMax, probes.cells());
        }
      }
      return { work, cellsMax };
    },
  };
  window.benchProbes = probes;
})();
