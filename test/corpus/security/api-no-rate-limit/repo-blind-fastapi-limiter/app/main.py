import redis.asyncio as redis
from fastapi import Depends, FastAPI
from fastapi_limiter import FastAPILimiter
from fastapi_limiter.depends import RateLimiter

app = FastAPI()


@app.on_event("startup")
async def startup():
    await FastAPILimiter.init(redis.from_url("redis://redis:6379"))


# ok: security/api-no-rate-limit
@app.post("/otp", dependencies=[Depends(RateLimiter(times=3, seconds=60))])
async def send_otp():
    return {"sent": True}
