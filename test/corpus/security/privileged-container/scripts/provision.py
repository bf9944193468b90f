"""Spins up the build sandbox for each job."""
import docker

client = docker.from_env()


def start_sandbox(job_id: str):
    return client.containers.run(
        "registry.example.com/sandbox:2.0",
        name=f"sandbox-{job_id}",
        detach=True,
        # expect: security/privileged-container
        privileged=True,
    )


def start_worker(job_id: str):
    # ok: security/privileged-container
    return client.containers.run("registry.example.com/worker:2.0", detach=True, cap_drop=["ALL"])
