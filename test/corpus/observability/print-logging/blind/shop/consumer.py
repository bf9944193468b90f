import json
import os

from kafka import KafkaConsumer

from shop.services import inventory


def main():
    consumer = KafkaConsumer("stock-events", bootstrap_servers=os.environ["KAFKA"], group_id="shop")
    for msg in consumer:
        event = json.loads(msg.value)
        # expect: observability/print-logging
        print(
            "stock event",
            event["sku"],
            flush=True,
        )
        inventory.apply(event)


if __name__ == "__main__":
    main()
