from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/invoices", methods=["GET"])
def invoices():
    return jsonify(list_invoices(request.args.get("customer")))


@app.route("/invoices/<invoice_id>/pay", methods=["POST"])
def pay(invoice_id):
    return jsonify(charge(invoice_id))
