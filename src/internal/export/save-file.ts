/**
 * The one place a file leaves the browser. An object, not a bare import, so tests replace `fileSaver.saveAs`
 * at this module boundary and capture the exact Blob a user would receive.
 */
import FileSaver from 'file-saver';

export const fileSaver: { saveAs: (blob: Blob, filename: string) => void } = {
  // file-saver ships UMD; its default export is what works under every bundler and the test runner.
  saveAs: (blob, filename) => FileSaver.saveAs(blob, filename),
};
