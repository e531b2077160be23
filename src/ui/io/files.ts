// Browser file helpers: save a Blob under a name, read a picked or dropped file as text.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Files larger than this are refused before reading: a sites file of 4,000 stations is ~2 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export async function readFileText(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`${file.name}: ${(file.size / 1048576).toFixed(1)} MB is larger than the ${MAX_IMPORT_BYTES / 1048576} MB limit`);
  }
  return file.text();
}
