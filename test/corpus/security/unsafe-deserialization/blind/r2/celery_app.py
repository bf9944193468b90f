from celery import Celery

app = Celery("billing", broker="amqp://rabbitmq//")
# expect: security/unsafe-deserialization
app.conf.task_serializer = "pickle"
# expect: security/unsafe-deserialization
app.conf.accept_content = ["application/x-python-serialize", "json"]
