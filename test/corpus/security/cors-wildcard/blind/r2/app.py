from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware import Middleware

middleware = [
    # expect: security/cors-wildcard
    Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"]),
]
app = FastAPI(middleware=middleware)

api = FastAPI()
# expect: security/cors-wildcard
api.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True)

# ok: security/cors-wildcard
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.acme\.io$"]
