from fastapi import FastAPI

from shop.services import catalog

app = FastAPI()


@app.on_event("startup")
async def startup():
    await catalog.connect()
    # expect: observability/print-logging
    print("catalog connected")


@app.get("/products/{sku}")
async def product(sku: str):
    return await catalog.get(sku)
