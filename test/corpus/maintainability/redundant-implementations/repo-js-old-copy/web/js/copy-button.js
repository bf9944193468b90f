function fallbackCopyText(text) {
  const area = document.createElement("textarea");
  area.value = text;
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

function showMessage(el, msg) {
  el.textContent = msg;
}

export function bindCopy(button) {
  button.addEventListener("click", () => {
    if (navigator.clipboard) navigator.clipboard.writeText(button.dataset.text);
    else fallbackCopyText(button.dataset.text);
    showMessage(button, "Copied");
  });
}
