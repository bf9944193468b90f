def batch(rows, resp):
    if len(rows) > 50:
        flush(rows)
    if resp.status_code >= 500:
        retry()
    for attempt in range(5):
        if attempt > 3:
            break
