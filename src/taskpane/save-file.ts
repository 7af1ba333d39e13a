/** Hands a file to the browser to save, as a click on a download link would. */
export function saveAs(file: { url: string; name: string }): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
}
