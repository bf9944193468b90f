from aiohttp import web


async def ingest(request: web.Request) -> web.Response:
    payload = await request.json()
    await request.app["queue"].put(payload)
    return web.json_response({"queued": True})


async def stats(request: web.Request) -> web.Response:
    return web.json_response(request.app["stats"])


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes([
        web.post("/ingest", ingest),
        web.get("/stats", stats),
    ])
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
