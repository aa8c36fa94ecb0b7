/**
 * The columns' default widths, from the words they must show in the active locale: a header label ("Nazwa
 * domeny podstawowej"), a relationship name ("Odsprzedawca pośredni"), a GUID. Fixed rem minimums clipped the
 * Polish labels in every row at 1280 px while Microsoft ID kept 312 px for 36 characters. Measured on a canvas
 * once per locale and font, so a render (scroll frames included) only looks the result up.
 */
import { KNOWN_RELATIONSHIPS } from '../../../model/customer.js';
import type { ColumnId } from '../../../model/query.js';
import { columnLabel, relationshipLabel } from '../../../localization/labels.js';
import { getLocale } from '../../../localization/localization.js';
import { MONO_FONT } from '../../../internal/grid-styles.js';
import { canvasFont, remPixels, TextWidths } from '../../../internal/text-width.js';

/** How a column shares the row's width beyond its minimum; Microsoft ID is fixed-width text and takes none. */
const SHARE: Record<Exclude<ColumnId, 'id'>, string> = { companyName: '1.4fr', primaryDomain: '1.3fr', relationship: '1fr', tags: '1.2fr' };
/** The least a column gets, in rem, whatever its words: room for a name, a domain, a few chips. */
const LEAST: Record<Exclude<ColumnId, 'id'>, number> = { companyName: 12, primaryDomain: 12, relationship: 8, tags: 10 };
/** Used until the list is in a document (nothing to measure the font of). */
const UNMEASURED: Record<ColumnId, string> = {
  id: '17rem',
  companyName: 'minmax(12rem, 1.4fr)',
  primaryDomain: 'minmax(12rem, 1.3fr)',
  relationship: 'minmax(11rem, 1fr)',
  tags: 'minmax(10rem, 1.2fr)',
};
/** A GUID's widest form: hex digits are one width in a monospace font. */
const GUID = '00000000-0000-0000-0000-000000000000';

export class DefaultTracks {
  private key = '';
  private tracks: Record<ColumnId, string> = UNMEASURED;

  constructor(private readonly host: HTMLElement) {}

  /** `grid-template-columns` tracks for each column the agent has not sized. */
  get(): Record<ColumnId, string> {
    if (!this.host.isConnected) return UNMEASURED;
    const key = getLocale();
    if (key !== this.key) {
      this.tracks = this.measure();
      this.key = key;
    }
    return this.tracks;
  }

  /**
   * The cell's padding (0.6rem each side, grid-styles) around the text; a header adds the gap and the sort
   * arrow beside its label (0.25rem, 0.7em), in the header's weight (600).
   */
  private measure(): Record<ColumnId, string> {
    const style = getComputedStyle(this.host);
    const rem = remPixels();
    const size = parseFloat(style.fontSize);
    const text = new TextWidths(canvasFont(style));
    const header = new TextWidths(canvasFont(style, { weight: '600' }));
    const mono = new TextWidths(canvasFont(style, MONO_FONT));
    const padding = 1.2 * rem + 2;
    const headerWidth = (id: ColumnId) => header.of(columnLabel(id)) + padding + 0.25 * rem + 0.7 * size;
    const relationships = Math.max(...KNOWN_RELATIONSHIPS.map((relationship) => text.of(relationshipLabel(relationship)))) + padding;
    const least = (id: Exclude<ColumnId, 'id'>, ...widths: number[]) => `minmax(${Math.ceil(Math.max(LEAST[id] * rem, headerWidth(id), ...widths))}px, ${SHARE[id]})`;
    return {
      id: `${Math.ceil(Math.max(mono.of(GUID) + padding, headerWidth('id')))}px`,
      companyName: least('companyName'),
      primaryDomain: least('primaryDomain'),
      relationship: least('relationship', relationships),
      tags: least('tags'),
    };
  }
}
