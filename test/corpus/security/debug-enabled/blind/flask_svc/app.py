import logging
import os

from flask import Flask

app = Flask(__name__)
# expect: security/debug-enabled
app.config["DEBUG"] = True
# ok: security/debug-enabled
logging.basicConfig(level=logging.DEBUG)


def create_admin_app():
    admin = Flask("admin")
    # expect: security/debug-enabled
    admin.debug = True
    return admin


if __name__ == "__main__":
    # expect: security/debug-enabled
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)), debug=True)
