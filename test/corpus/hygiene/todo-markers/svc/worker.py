"""Background worker."""
import time

# expect: hygiene/todo-markers
RETRIES = 3  # HACK: upstream rate-limits us at 4

def run():
    # XXX: this loop never backs off
    while True:
        time.sleep(1)
