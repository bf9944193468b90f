from celery import Celery

app = Celery("worker", broker="redis://redis:6379/0")


@app.task(bind=True, max_retries=3)
def resize(self, image_id):
    return image_id
