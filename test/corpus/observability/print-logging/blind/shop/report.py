import logging

from rich.console import Console

log = logging.getLogger(__name__)
console = Console()


class Report:
    def print(self, rows):
        for row in rows:
            log.info("row %s", row)

    def render(self, rows):
        # ok: observability/print-logging
        self.print(rows)
        # ok: observability/print-logging
        console.print("[bold]report ready[/bold]")
        # ok: observability/print-logging
        log.info("print job queued for %d rows", len(rows))


def print_summary(rows):
    log.info("%d rows", len(rows))


def finish(rows):
    # ok: observability/print-logging
    print_summary(rows)
