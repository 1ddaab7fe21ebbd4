export interface SavedFile {
  filename: string;
  type: string;
  text: string;
}

/**
 * The next file the page saves through a link with `download` (as widgets save .ics files),
 * read instead of saved: a headless browser has nowhere to put it.
 */
export function nextDownload(): Promise<SavedFile> {
  const click = HTMLAnchorElement.prototype.click;
  return new Promise((resolve, reject) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      HTMLAnchorElement.prototype.click = click;
      const filename = this.download;
      fetch(this.href)
        .then(async (response) =>
          resolve({
            filename,
            type: response.headers.get('content-type') ?? '',
            text: await response.text(),
          }),
        )
        .catch(reject);
    };
  });
}
