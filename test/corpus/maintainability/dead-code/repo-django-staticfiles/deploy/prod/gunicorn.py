bind = "unix:/run/shop/gunicorn.sock"
workers = 3
timeout = 30
