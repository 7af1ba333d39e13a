/**
 * Puts both forms on the clipboard from a click. The copy event works in every Office web view and
 * browser, also where the asynchronous Clipboard API is blocked.
 */
export function copyToClipboard(content: { html: string; text: string }): boolean {
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/html', content.html);
    event.clipboardData?.setData('text/plain', content.text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
