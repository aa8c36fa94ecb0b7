/**
 * The noise floor: the same 300 timed frames on an empty page with nothing scrolling. Frames over 20 ms here
 * come from the machine (other processes on its 2 cores), not from any grid.
 */
import { assertIsolated, LONG_FRAME_MS, SCROLL_FRAMES } from './common.js';

assertIsolated();

function idleFrames(): Promise<number> {
  return new Promise((resolve) => {
    let over = 0;
    let last = -1;
    let step = 0;
    const tick = () => {
      const now = performance.now();
      if (last >= 0 && now - last > LONG_FRAME_MS) over++;
      last = now;
      if (step++ === SCROLL_FRAMES) resolve(over);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

declare global {
  interface Window {
    idleFrames?: () => Promise<number>;
  }
}

window.idleFrames = idleFrames;
