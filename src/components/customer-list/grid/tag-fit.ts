/**
 * Which of a row's tags the Tags column shows as whole chips, and which go into "+N". Chips used to shrink
 * together, so "VIP" became "V…" beside a long tag that kept most of its text; a chip is now shown whole or
 * counted in "+N". Cheap enough for every row of every scroll frame: the column's width is observed (one
 * ResizeObserver on its header, not a measurement per row) and each tag name's width measured once on a canvas.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatNumber } from '../../../localization/labels.js';
import { canvasFont, remPixels, TextWidths } from '../../../internal/text-width.js';

export interface TagSplit {
  shown: readonly string[];
  hidden: readonly string[];
}

/** How many tags a row shows until the column's width is known (the first frame). */
const UNMEASURED_TAGS = 3;

/**
 * Packs whole chips into `available` pixels in the tags' order, skipping a tag that does not fit for a later
 * one that does, with room kept for "+N". When no chip fits whole, the first is shown anyway (it shrinks with an
 * ellipsis) rather than "+N" alone.
 */
export function fitTags(tags: readonly string[], available: number, chip: (tag: string) => number, more: (count: number) => number, gap: number): TagSplit {
  const all = tags.reduce((sum, tag, index) => sum + chip(tag) + (index ? gap : 0), 0);
  if (all <= available) return { shown: tags, hidden: [] };
  const room = available - gap - more(tags.length);
  const shown: string[] = [];
  const hidden: string[] = [];
  let used = 0;
  for (const tag of tags) {
    const need = chip(tag) + (shown.length ? gap : 0);
    if (used + need <= room) {
      shown.push(tag);
      used += need;
    } else {
      hidden.push(tag);
    }
  }
  if (!shown.length) shown.push(hidden.shift()!);
  return { shown, hidden };
}

export class TagFit implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private observed: HTMLElement | undefined;
  /** The Tags column's content width, once drawn. */
  private width: number | undefined;
  private text: TextWidths | undefined;
  private rem = 16;

  /** `header`: the Tags column's header cell, which has the same width and padding as its data cells. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly header: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentBoxSize[0]?.inlineSize;
      if (width === undefined || (this.width !== undefined && Math.abs(width - this.width) < 0.5)) return;
      // The font is read here, where style and layout are fresh, not in the render that first splits tags: a
      // getComputedStyle in a render forces a style recalc of whatever that render already changed. Bench (1)
      // paid 3–4 ms for it once the toolbar's `.command[aria-busy]` rule made the grid's aria-busy flip dirty style.
      this.widths();
      this.width = width;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.width = undefined;
  }

  /** Follows the header cell: the column can be hidden, moved (lit reuses the cell for another column) or drawn anew. */
  hostUpdated(): void {
    if (this.observed?.isConnected && this.observed.dataset.columnId === 'tags') return;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = this.header() ?? undefined;
    this.width = undefined;
    if (this.observed) this.observer?.observe(this.observed);
  }

  split(tags: readonly string[]): TagSplit {
    if (this.width === undefined) return { shown: tags.slice(0, UNMEASURED_TAGS), hidden: tags.slice(UNMEASURED_TAGS) };
    const text = this.widths();
    const rem = this.rem;
    // A chip's padding is 0.5rem each side and it is at most 10rem wide; 0.25rem between chips (list styles).
    const chip = (tag: string) => Math.min(Math.ceil(text.of(tag)) + rem + 1, 10 * rem);
    const more = (count: number) => Math.ceil(text.of(`+${formatNumber(count)}`)) + rem + 1;
    return fitTags(tags, this.width, chip, more, 0.25 * rem);
  }

  /** Chips are drawn in the list's font; measured once the column is first drawn (the list is styled by then). */
  private widths(): TextWidths {
    if (!this.text) {
      this.text = new TextWidths(canvasFont(getComputedStyle(this.host)));
      this.rem = remPixels();
    }
    return this.text;
  }
}
