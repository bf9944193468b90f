import json
import time

import pika


def on_message(ch, method, properties, body):
    event = json.loads(body)
    # expect: observability/print-logging
    print(f"[ingest] got event {event['id']}")
    store(event)
    print("[ingest] stored")
    ch.basic_ack(delivery_tag=method.delivery_tag)


def main():
    conn = pika.BlockingConnection()
    channel = conn.channel()
    channel.basic_consume("events", on_message)
    print("waiting for messages")
    channel.start_consuming()


if __name__ == "__main__":
    while True:
        try:
            main()
        except pika.exceptions.AMQPConnectionError:
            print("connection lost, retrying")
            time.sleep(5)
