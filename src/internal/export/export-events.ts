/**
 * The events every export of this library fires (<export-button>, <activity-log>), typed once. All bubble and
 * cross shadow roots (composed).
 */
import { publicEventInit } from '../events.js';


/** An export is about to start. Cancel it (`preventDefault()`) to veto it. */
export class ExportStartEvent extends Event {
  static readonly eventName = 'export-start';
  constructor() {
    super(ExportStartEvent.eventName, publicEventInit(true));
  }
}

/**
 * Another page arrived: `rows` written so far of `total`. `total` is undefined while the source has not said it
 * (a source whose capabilities say `totals: false` counts nothing; the total is known once the last page arrived).
 */
export class ExportProgressEvent extends Event {
  static readonly eventName = 'export-progress';
  constructor(
    readonly rows: number,
    readonly total: number | undefined,
  ) {
    super(ExportProgressEvent.eventName, publicEventInit());
  }
}

/** The file was handed to the browser to save. */
export class ExportCompleteEvent extends Event {
  static readonly eventName = 'export-complete';
  constructor(
    readonly rows: number,
    readonly bytes: number,
    readonly filename: string,
  ) {
    super(ExportCompleteEvent.eventName, publicEventInit());
  }
}

/** The export failed and nothing was saved. */
export class ExportErrorEvent extends Event {
  static readonly eventName = 'export-error';
  constructor(readonly error: unknown) {
    super(ExportErrorEvent.eventName, publicEventInit());
  }
}

/** The user cancelled the export and nothing was saved. */
export class ExportCancelEvent extends Event {
  static readonly eventName = 'export-cancel';
  constructor(readonly rows: number) {
    super(ExportCancelEvent.eventName, publicEventInit());
  }
}

declare global {
  interface HTMLElementEventMap {
    'export-start': ExportStartEvent;
    'export-progress': ExportProgressEvent;
    'export-complete': ExportCompleteEvent;
    'export-error': ExportErrorEvent;
    'export-cancel': ExportCancelEvent;
  }
}
