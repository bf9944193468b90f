FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
USER 10001
# expect: security/debug-enabled
CMD gunicorn --reload --bind 0.0.0.0:8000 config.wsgi
