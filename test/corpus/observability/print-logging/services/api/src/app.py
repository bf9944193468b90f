from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/predict", methods=["POST"])
def predict():
    features = request.get_json()
    # expect: observability/print-logging
    print("predict called with", len(features), "features")
    score = model.predict(features)
    return jsonify(score=score)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)
