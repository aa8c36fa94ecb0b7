/**
 * The log's period as the agent types it in From and To: the fields hold what was typed ('' while a date is
 * half-typed or cleared), the period applies after a typing pause (or when a field is left) once both dates are
 * whole, and a period set from outside is written into the fields. Says why a period is refused.
 *
 * The fields are written here, once per period set from outside, not bound to a value in the template: a date
 * field reads '' while a segment is half-typed, and a binding would write that '' (or the old date) back under
 * the agent's next keystroke unless it compared with the field on every render (lit's `live()`, 531 B of the
 * log's first load for four fields).
 */
import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../adapter/adapter-error.js';
import { DebouncedInput } from '../../controllers/debounced-input.js';
import { defaultPeriod, periodProblem, unenteredDates, type PeriodField, type PeriodProblem } from '../../model/activity.js';

/** Typing pause after which a typed date applies. */
const PERIOD_PAUSE_MS = 400;

export interface ActivityPeriodOptions {
  /** The host's `from` and `to` properties ('' for the default). */
  from(): string;
  to(): string;
  /** A whole period was typed: the host sets its `from` and `to`. */
  commit(from: string, to: string): void;
  /** The From and To fields as drawn. */
  fields(): { from: HTMLInputElement | null; to: HTMLInputElement | null };
}

export class ActivityPeriod implements ReactiveController {
  /** What From and To hold, as the agent typed it: '' while a date is half-typed or cleared. */
  fromText = '';
  toText = '';
  /** The dates left half-typed or empty when typing paused: the period is refused until they are whole. */
  unentered: PeriodField[] = [];
  /** The properties last written into the fields; undefined before the first render. */
  private shown: { from: string; to: string } | undefined;
  /** A period set from outside waits to be written into the fields after the update draws them. */
  private unwritten = false;

  /**
   * A date field changes with every digit, so the period applies after a pause (or when the field is left), not
   * once per keystroke with the dates in between. Held as `from|to`.
   */
  private readonly typed: DebouncedInput;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActivityPeriodOptions,
  ) {
    this.typed = new DebouncedInput(host, {
      delay: () => PERIOD_PAUSE_MS,
      commit: (text) => {
        const [from = '', to = ''] = text.split('|');
        // A half-typed date is refused, not read as "the default": the properties keep the last whole period.
        this.unentered = unenteredDates(from, to);
        host.requestUpdate();
        if (!this.unentered.length) options.commit(from, to);
      },
      // Nothing typed since the period was last set (the draft is '' then): leaving a field only passed through
      // keeps the period, rather than committing an empty one.
      accepts: (text) => text !== '',
    });
    host.addController(this);
  }

  /**
   * Only a period set from outside (or the first) is written into the fields. While the agent types, the fields
   * hold what was typed, '' included: refilling a field whose value is '' because a segment is half-typed (as
   * this once did) writes the old date back under the agent's next keystroke.
   */
  hostUpdate(): void {
    const from = this.options.from();
    const to = this.options.to();
    if (this.shown && this.shown.from === from && this.shown.to === to) return;
    this.shown = { from, to };
    const period = this.current();
    this.fromText = period.from;
    this.toText = period.to;
    this.unentered = [];
    // What was typed before is gone from the fields: it must not commit over this period after the pause.
    this.typed.reset();
    this.unwritten = true;
  }

  hostUpdated(): void {
    if (!this.unwritten) return;
    this.unwritten = false;
    const { from, to } = this.options.fields();
    if (from) from.value = this.fromText;
    if (to) to.value = this.toText;
  }

  /** The period in effect: the properties, or the last 30 days. */
  current(): { from: string; to: string } {
    const fallback = defaultPeriod();
    return { from: this.options.from() || fallback.from, to: this.options.to() || fallback.to };
  }

  /** A date typed in From or To: the period follows after a pause, once both dates are readable. */
  type(field: PeriodField, text: string): void {
    if (field === 'from') this.fromText = text;
    else this.toText = text;
    this.typed.input(`${this.fromText}|${this.toText}`);
  }

  /** A date field was left: what was typed applies now. */
  done(): void {
    this.typed.flush();
  }

  /** Why the period is refused (half-typed, reversed, older than kept), as the error the log shows; else undefined. */
  refusal(): AdapterError | undefined {
    if (this.unentered.length) return new AdapterError('invalid', unenteredMessage(this.unentered), { code: 'period' });
    const { from, to } = this.current();
    const problem = periodProblem(from, to);
    return problem ? new AdapterError('invalid', periodMessage(problem), { code: 'period' }) : undefined;
  }

  /** The fields to mark invalid while the period is refused. */
  invalidFields(): PeriodField[] {
    return this.unentered.length ? this.unentered : ['from', 'to'];
  }
}

function unenteredMessage(fields: readonly PeriodField[]): string {
  if (fields.length > 1) return msg('Enter whole From and To dates.');
  return fields[0] === 'from' ? msg('Enter a whole From date.') : msg('Enter a whole To date.');
}

function periodMessage(problem: PeriodProblem): string {
  switch (problem) {
    case 'bad-date':
      return msg('Enter both dates of the period.');
    case 'start-after-end':
      return msg('The period ends before it starts: choose a To date on or after the From date.');
    case 'older-than-retention':
      return msg('Activity records are kept for 90 days: choose a From date within the last 90 days.');
  }
}
