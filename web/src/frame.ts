/**
 * Rendering once per animation frame: views mark themselves dirty as watch events arrive, and the
 * next frame renders each dirty view once, however many events came in between.
 */

const dirty = new Set<() => void>();
let scheduled = false;

export function schedule(render: () => void): void {
  dirty.add(render);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(flush);
}

function flush(): void {
  scheduled = false;
  const renders = [...dirty];
  dirty.clear();
  for (const render of renders) {
    try {
      render();
    } catch (error) {
      console.error("render failed", error);
    }
  }
}
