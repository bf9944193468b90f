from fastapi import FastAPI

probe = FastAPI()


# ok: security/api-no-rate-limit
@probe.get("/healthz")
def healthz():
    return {"status": "ok"}


@probe.get("/readyz")
def readyz():
    return {"status": "ready"}
