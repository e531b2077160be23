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

/** Binary import formats: spreadsheets and GIS files (a Shapefile's parts may come together). */
export const isBinaryImportName = (name: string): boolean => /\.(xlsx|zip|kml|kmz|shp|dbf|prj|cpg|shx)$/i.test(name);

/** Several files (a Shapefile's .shp/.dbf/.prj/.cpg) as bytes, refused whole past the same size limit. */
export async function readFilesBytes(files: File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const size = files.reduce((a, f) => a + f.size, 0);
  if (size > MAX_IMPORT_BYTES) {
    throw new Error(`${files.map((f) => f.name).join(' + ')}: ${(size / 1048576).toFixed(1)} MB is larger than the ${MAX_IMPORT_BYTES / 1048576} MB limit`);
  }
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
