from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .settings import settings

app = FastAPI(title="orders")

# expect: security/cors-wildcard
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

admin = FastAPI(title="orders-admin")
admin.add_middleware(
    CORSMiddleware,
    # ok: security/cors-wildcard
    allow_origins=settings.cors_origins,
    # ok: security/cors-wildcard
    allow_methods=["*"],
    # ok: security/cors-wildcard
    allow_headers=["*"],
)
