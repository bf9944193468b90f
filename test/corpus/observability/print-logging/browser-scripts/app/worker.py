import time


def run(queue):
    while True:
        job = queue.pop()
        # expect: observability/print-logging
        print("processing", job)
        time.sleep(1)
