import os
from celery import Celery

app = Celery("beat")
app.conf.update({
    "broker_url": os.environ.get("BROKER_URL"),
    "result_backend": os.environ.get("RESULT_BACKEND"),
    "task_serializer": "json",
    "timezone": "UTC",
})
