from flask import Flask

app = Flask(__name__)


@app.route("/orders/<int:order_id>")
def order(order_id):
    # expect: observability/print-logging
    print("loading order", order_id)
    return {"id": order_id}
