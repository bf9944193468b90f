function fallbackCopyText(text) {
  const area = document.createElement("textarea");
  area.value = text;
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  document.body.removeChild(area);
}

function showMessage(el, msg) {
  el.innerText = msg;
  setTimeout(() => (el.innerText = "Copy"), 1500);
}

export function attach(button) {
  button.onclick = () => { fallbackCopyText(button.dataset.text); showMessage(button, "Copied!"); };
}
