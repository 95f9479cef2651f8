/** A file made in the browser, ready to save. */
export interface ExportFile {
  filename: string;
  blob: Blob;
}

/** Saves a file through a temporary link; its own module so views without a canvas can use it. */
export function download({ filename, blob }: ExportFile): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
