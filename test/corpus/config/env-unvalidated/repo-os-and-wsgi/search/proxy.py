class ReverseProxied:
    """WSGI middleware: reads the request's headers from the WSGI environ."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        script_name = environ.get("HTTP_X_SCRIPT_NAME", "")
        scheme = environ.get("HTTP_X_SCHEME", "")
        if script_name:
            environ["SCRIPT_NAME"] = script_name
        if scheme:
            environ["wsgi.url_scheme"] = scheme
        return self.app(environ, start_response)
