let source = null;

function connect() {
  // ok: observability/print-logging
  console.debug("[live-reload] connecting");
  source = new EventSource("/live_reload");
  source.addEventListener("file_change", (event) => {
    console.log("[live-reload] changed:", JSON.parse(event.data).path);
    window.location.reload();
  });
}

document.addEventListener("DOMContentLoaded", connect);
