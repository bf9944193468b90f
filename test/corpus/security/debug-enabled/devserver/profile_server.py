import argparse

from shop import create_app

parser = argparse.ArgumentParser()
parser.add_argument("--port", default=4000)
args = parser.parse_args()

app = create_app()
# expect: security/debug-enabled
app.run(debug=True, host="localhost", port=args.port)
