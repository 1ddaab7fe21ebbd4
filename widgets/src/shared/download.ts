/** A file made in the page, to be saved by the browser. */
export interface FileToSave {
  readonly content: BlobPart;
  readonly filename: string;
  /** Its media type, e.g. `text/csv;charset=utf-8` or `text/calendar;charset=utf-8`. */
  readonly type: string;
}

/**
 * Saves a file the page made (a CSV export, an .ics invitation) through a link with `download`:
 * no round trip to a server, and the host page is not navigated. Widgets import it with
 * `import()` when the user asks, so no widget's first load carries it (the size budget,
 * docs/ARCHITECTURE.md).
 */
export function saveFile({ content, filename, type }: FileToSave): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked a moment later: revoking during the click can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
