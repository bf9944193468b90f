import os

from app import app

if __name__ == "__main__":
    # ok: security/debug-enabled
    app.run(host="0.0.0.0", debug=os.environ.get("FLASK_DEBUG") == "1")
