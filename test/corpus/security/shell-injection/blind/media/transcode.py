import logging
import subprocess

log = logging.getLogger(__name__)


def transcode(src: str, dst: str, bitrate: str = "128k") -> None:
    log.info(f"transcoding {src} -> {dst}")
    # expect: security/shell-injection
    proc = subprocess.Popen(f"ffmpeg -y -i '{src}' -b:a {bitrate} '{dst}'",
                            shell=True,
                            stdout=subprocess.PIPE)
    proc.wait()


def probe(src: str) -> bytes:
    # ok: security/shell-injection
    return subprocess.run(["ffprobe", "-v", "quiet", "-print_format", "json", "-show_streams", src],
                          capture_output=True, check=True).stdout
