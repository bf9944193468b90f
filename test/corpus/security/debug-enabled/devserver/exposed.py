import os

from flask import Flask

app = Flask(__name__)

# expect: security/debug-enabled
app.run(debug=True)

if __name__ == "__main__":
    # expect: security/debug-enabled
    app.run(host=os.environ.get("HOST", "0.0.0.0"), debug=True)
