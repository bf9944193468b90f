# expect: security/container-runs-as-root
FROM python:3.11-bookworm
WORKDIR /worker
COPY . .
RUN pip install -r requirements.txt
CMD ["celery", "-A", "tasks", "worker", "--loglevel=info", "--concurrency=4"]
