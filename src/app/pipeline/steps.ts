/**
 * Runs a generator of small steps on the main thread without blocking it: after each step it
 * checks the time, and once a slice of a few milliseconds is used up it gives the thread back
 * (to input, painting and sigma) before carrying on. Building a 65,000-tie graph this way takes
 * a little longer in total but never freezes the page.
 */
const SLICE_MILLISECONDS = 8;

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function inSteps<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStarted = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStarted > SLICE_MILLISECONDS) {
      await nextTask();
      sliceStarted = performance.now();
    }
  }
}
