from celery import Celery

app = Celery("proj", broker="redis://redis:6379/0")
app.conf.update(
    # ok: security/unsafe-deserialization
    task_serializer="json",
    # ok: security/unsafe-deserialization
    accept_content=["json"],
)
