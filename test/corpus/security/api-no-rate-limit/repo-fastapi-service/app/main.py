from fastapi import FastAPI

from .routers import users

app = FastAPI(title="accounts")
app.include_router(users.router)


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.post("/auth/login")
async def login(body: dict):
    return await authenticate(body)
