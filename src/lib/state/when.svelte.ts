/** Waiting on reactive state from plain async code. */

/** Resolves once `condition`, read as reactive state, is true. */
export function when(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = $effect.root(() => {
      $effect(() => {
        if (!condition()) return;
        resolve();
        // The root cannot be torn down from inside its own effect's run.
        queueMicrotask(() => stop());
      });
    });
  });
}
