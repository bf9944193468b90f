import docker

client = docker.from_env()


def start_builder(image: str):
    # expect: security/privileged-container
    return client.containers.run(image, detach=True, privileged=True, name="builder")


def start_worker(image: str):
    # ok: security/privileged-container
    return client.containers.run(image, detach=True, cap_drop=["ALL"], read_only=True)
