from prometheus_client import start_http_server

start_http_server(9100)
