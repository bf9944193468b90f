function copyLink(button) {
  const textarea = document.createElement('textarea');
  textarea.value = button.dataset.url;
  document.body.appendChild(textarea);
  try {
    document.execCommand('copy');
  } catch (err) {
    // ok: observability/print-logging
    console.error('Fallback: unable to copy', err);
  }
  document.body.removeChild(textarea);
}
