/**
 * Widths of text in a font, measured on a canvas and cached per text: no DOM, no layout, so a render (scroll
 * frames included) can size columns and tag chips to their words without measuring a drawn element.
 */

let context: OffscreenCanvasRenderingContext2D | null | undefined;

function canvas(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  return context;
}

export interface FontOverrides {
  weight?: string;
  /** Multiplies the element's font size (an `em` size, e.g. 0.8). */
  scale?: number;
  family?: string;
}

/** The canvas `font` of an element's computed style, with what a descendant's rule changes (its weight, size, family). */
export function canvasFont(style: CSSStyleDeclaration, { weight, scale = 1, family }: FontOverrides = {}): string {
  return `${style.fontStyle} ${weight ?? style.fontWeight} ${parseFloat(style.fontSize) * scale}px ${family ?? style.fontFamily}`;
}

/** Text widths in one font, in CSS pixels; each text measured once. */
export class TextWidths {
  private readonly widths = new Map<string, number>();

  constructor(readonly font: string) {}

  of(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      const measure = canvas();
      // Without a canvas (a non-browser host), a typical character width: callers only need room, not a layout.
      if (measure) measure.font = this.font;
      width = measure ? measure.measureText(text).width : text.length * 0.6 * (parseFloat(/([\d.]+)px/.exec(this.font)?.[1] ?? '14') || 14);
      this.widths.set(text, width);
    }
    return width;
  }
}

/** The root font size in pixels: what `rem` lengths in a stylesheet come to. */
export function remPixels(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
