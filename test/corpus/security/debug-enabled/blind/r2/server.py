from werkzeug.serving import run_simple

from wsgi import application

if __name__ == "__main__":
    # expect: security/debug-enabled
    run_simple("0.0.0.0", 8080, application, use_debugger=True, use_reloader=True)
