/** Registers <activity-log>. `ActivityLog.define('other-name')` registers it under another name. */
import { ActivityLog } from './activity-log.component.js';

ActivityLog.define();

declare global {
  interface HTMLElementTagNameMap {
    'activity-log': ActivityLog;
  }
}

export { ActivityLog };
