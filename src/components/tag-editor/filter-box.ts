/**
 * The filter box of <tag-editor>, which also creates tags: its text, which tags it lets through, a name that
 * could never be a tag said at once while typing (not only on Enter), and its keys. While it holds text, the box
 * is a layer on the dismiss stack: Escape in it clears the text first; the next Escape is the editor's (discard
 * and close).
 */
import type { ReactiveControllerHost } from 'lit';
import { EscapeLayer } from '../../internal/overlay/index.js';
import { neverATag, tagKey, type TagError } from '../../model/tags.js';

export interface FilterOptions {
  /** The agent typed: `error` says why the text could never be a tag, undefined while it could be one. */
  typed(error: TagError | undefined): void;
  /** Escape emptied the box. */
  cleared(): void;
  /** Enter in the box. */
  enter(): void;
  /** ArrowDown in the box: into the list below. */
  down(): void;
  /** The box, once drawn: an Escape from inside it clears the text. */
  input(): HTMLInputElement | null | undefined;
}

export class FilterBox {
  text = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FilterOptions,
  ) {
    new EscapeLayer(host, {
      active: () => this.text !== '',
      element: () => options.input(),
      dismiss: () => {
        this.clear();
        options.cleared();
      },
    });
  }

  /** The tags whose name contains the text, case and runs of white space ignored; every tag when it is empty. */
  matches(tags: readonly string[]): readonly string[] {
    const needle = tagKey(this.text);
    return needle ? tags.filter((tag) => tagKey(tag).includes(needle)) : tags;
  }

  /** Why the text could never be a tag, whatever the tag set holds; undefined while it could be one. */
  get error(): TagError | undefined {
    return neverATag(this.text);
  }

  /** Empties the box; returns whether it held anything. */
  clear(): boolean {
    if (this.text === '') return false;
    this.text = '';
    this.host.requestUpdate();
    return true;
  }

  /** A create succeeded: the box empties unless the agent typed on meanwhile (that text is the next name). */
  created(text: string): void {
    if (this.text === text) this.clear();
  }

  readonly handleInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
    this.options.typed(this.error);
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.options.down();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.options.enter();
    }
  };
}
