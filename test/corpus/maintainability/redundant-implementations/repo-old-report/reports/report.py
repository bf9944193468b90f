def build_report(rows):
    return [r * 1 for r in rows]


def send_report(report):
    return len(report)
